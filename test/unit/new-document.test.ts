import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { posix, win32, join } from 'node:path';
import fc from 'fast-check';
import {
  calendarValues,
  checkFolder,
  declaredIncidentIds,
  fillBuiltInTemplate,
  fillTeamTemplate,
  formatFileName,
  MAX_SEGMENT_BYTES,
  nextIncidentId,
  parseIdFormat,
  safeRelativePath,
  sanitizeSegment,
  slugify,
  summarySelection,
  withCounter,
  type FileNameValues,
  type IdFormat,
} from '../../server/src/analysis/authoring/new-document';
import { check } from '../../server/src/analysis/engine/engine';
import { defaultSettings, DEFAULT_SECTIONS } from '../../server/src/analysis/base/settings';
import { CONTENT_STILL_TO_WRITE } from './helpers/template-rules';

const root = join(__dirname, '..', '..');
const snippets = JSON.parse(readFileSync(join(root, 'snippets', 'postmortem.code-snippets'), 'utf8'));
const NOW = new Date(2026, 2, 4, 10, 30);

function idFormat(format: string): IdFormat {
  const parsed = parseIdFormat(format, 'postmortem.newFile.incidentId');
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
  return parsed.value;
}

function values(over: Partial<FileNameValues> = {}): FileNameValues {
  return { ...calendarValues(NOW), slug: 'db-outage', id: 'INC-2026-004', kind: 'postmortem', ...over };
}

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

describe('new document', () => {
  describe('slugify', () => {
    it('lower-cases, joins words with hyphens and drops punctuation', () => {
      assert.equal(slugify('Checkout latency after the connection-pool change!'), 'checkout-latency-after-the-connection-pool-change');
      assert.equal(slugify('  API 5xx errors (EU region)  '), 'api-5xx-errors-eu-region');
    });

    it('drops accents and keeps letters of other scripts', () => {
      assert.equal(slugify('Überlastung der Zahlungs-API'), 'uberlastung-der-zahlungs-api');
      assert.equal(slugify('数据库 故障'), '数据库-故障');
    });

    it('gives "untitled" when nothing is left, and cuts long titles at a word', () => {
      assert.equal(slugify('!!! ???'), 'untitled');
      assert.equal(slugify(''), 'untitled');
      const long = slugify('the quick brown fox jumps over the lazy dog and keeps running through the whole afternoon');
      assert.ok(long.length <= 60);
      assert.ok(!long.endsWith('-'));
      assert.ok('the quick brown fox jumps over the lazy dog and keeps running through the whole afternoon'.replace(/ /g, '-').startsWith(long));
      assert.equal(slugify('a'.repeat(100)).length, 60);
    });
  });

  describe('file names', () => {
    it('fills the default pattern', () => {
      assert.deepEqual(formatFileName('${date}-${slug}.md', values(), 'postmortem.newFile.fileName'), { ok: true, value: '2026-03-04-db-outage.md' });
      assert.deepEqual(formatFileName('${year}/${id}-${slug}.md', values(), 'x'), { ok: true, value: '2026/INC-2026-004-db-outage.md' });
    });

    it('names the setting and the unknown token in its message', () => {
      const result = formatFileName('${date}-${title}.md', values(), 'postmortem.newFile.fileName');
      assert.ok(!result.ok);
      assert.match(result.reason, /postmortem\.newFile\.fileName/);
      assert.match(result.reason, /\$\{title\}/);
    });

    it('refuses a pattern that gives every file the same name', () => {
      assert.ok(!formatFileName('incident.md', values(), 'x').ok);
      assert.ok(!formatFileName('   ', values(), 'x').ok);
    });

    it('never lets a value add folders', () => {
      const result = formatFileName('${id}.md', values({ id: '../../INC/7' }), 'x');
      assert.ok(result.ok);
      assert.ok(!result.value.includes('/'));
    });

    it('finds the next free name with a counter', () => {
      assert.deepEqual(withCounter(['postmortems', '2026-03-04-db.md'], 2), ['postmortems', '2026-03-04-db-2.md']);
      const long = ['x'.repeat(MAX_SEGMENT_BYTES - 3) + '.md'];
      assert.ok(utf8(withCounter(long, 12)[0]) <= MAX_SEGMENT_BYTES);
      assert.match(withCounter(long, 12)[0], /-12\.md$/);
    });
  });

  describe('path safety', () => {
    it('accepts relative folders and refuses ones that leave the workspace', () => {
      assert.deepEqual(checkFolder('postmortems', 's'), { ok: true, value: ['postmortems'] });
      assert.deepEqual(checkFolder('./docs//incidents/', 's'), { ok: true, value: ['docs', 'incidents'] });
      assert.deepEqual(checkFolder('', 's'), { ok: true, value: [] });
      for (const bad of [
        '../postmortems',
        'docs/../../x',
        '/etc',
        '\\\\server\\share',
        'C:\\Users\\x',
        'c:relative',
        '~/notes',
        'docs/CON',
        'a\u0000b',
        'trailing.',
      ]) {
        const result = checkFolder(bad, 'postmortem.newFile.folder');
        assert.ok(!result.ok, `"${bad}" is refused`);
        assert.match(result.reason, /postmortem\.newFile\.folder/);
      }
    });

    it('turns hostile file names into plain names inside the folder', () => {
      const cases: [string, string[]][] = [
        ['../../etc/passwd', ['postmortems', 'etc', 'passwd.md']],
        ['/absolute/x.md', ['postmortems', 'absolute', 'x.md']],
        ['C:\\Windows\\evil.md', ['postmortems', 'C-', 'Windows', 'evil.md']],
        ['CON.md', ['postmortems', '_CON.md']],
        ['nul', ['postmortems', '_nul.md']],
        ['lpt1.txt.md', ['postmortems', '_lpt1.txt.md']],
        ['a\u0007b\u202Ec.md', ['postmortems', 'abc.md']],
        ['what? <really> "yes" | no*.md', ['postmortems', 'what- -really- -yes- - no-.md']],
        ['....md', ['postmortems', 'untitled.md']],
        ['..', ['postmortems', 'untitled.md']],
        ['.md', ['postmortems', 'untitled.md']],
        ['notes.txt', ['postmortems', 'notes.txt.md']],
      ];
      for (const [name, expected] of cases) {
        const result = safeRelativePath(['postmortems'], name);
        assert.ok(result.ok);
        assert.deepEqual(result.value, expected, name);
      }
    });

    it('keeps long names within the byte limit of file systems, without splitting a character', () => {
      const segment = sanitizeSegment(`${'故障'.repeat(200)}.md`);
      assert.ok(utf8(segment) <= MAX_SEGMENT_BYTES);
      assert.ok(segment.endsWith('.md'));
      assert.ok(!segment.includes('\uFFFD'));
    });

    it('never leaves the folder, whatever the title and pattern (property)', () => {
      const token = fc.constantFrom('${date}', '${slug}', '${id}', '${year}', '/', '\\', '..', '.', 'C:', 'CON', 'nul.', '\u0000', '\u202E', ' ', '.md');
      const pattern = fc
        .array(fc.oneof(token, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 12 })
        .map((parts) => parts.join(''));
      const anything = fc.string({ unit: 'binary', maxLength: 300 });
      fc.assert(
        fc.property(pattern, anything, anything, (pat, title, id) => {
          const name = formatFileName(pat, values({ slug: slugify(title), id }), 's');
          const raw = name.ok ? name.value : pat;
          const result = safeRelativePath(['postmortems'], raw);
          if (!result.ok) return true;
          const segments = result.value;
          assert.equal(segments[0], 'postmortems');
          for (const s of segments) {
            assert.ok(s && s !== '.' && s !== '..', JSON.stringify(segments));
            assert.ok(!/[<>:"/\\|?*\p{Cc}\p{Cf}]/u.test(s), JSON.stringify(s));
            assert.ok(!/^[\s.]|[\s.]$/.test(s), JSON.stringify(s));
            assert.ok(!/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(s.split('.')[0].trim()), JSON.stringify(s));
            assert.ok(utf8(s) <= MAX_SEGMENT_BYTES);
          }
          assert.match(segments[segments.length - 1], /\.(md|markdown)$/i);
          const ws = '/home/me/ws';
          assert.ok(posix.resolve(ws, ...segments).startsWith(`${ws}/postmortems/`));
          assert.ok(win32.resolve('C:\\ws', ...segments).startsWith('C:\\ws\\postmortems\\'));
          return true;
        }),
        { numRuns: 2000, seed: 20261121 },
      );
    });
  });

  describe('incident IDs', () => {
    it('numbers after the highest ID of this year', () => {
      const format = idFormat('INC-${year}-${number}');
      assert.equal(nextIncidentId(format, ['INC-2026-007', 'INC-2026-012', 'INC-2025-099', 'inc-2026-003'], NOW), 'INC-2026-013');
      assert.equal(nextIncidentId(format, [], NOW), 'INC-2026-001');
      assert.equal(nextIncidentId(format, ['INC-2025-040'], NOW), 'INC-2026-001', 'a new year starts again at 1');
    });

    it('finds IDs inside file names and longer text, but not inside longer numbers', () => {
      const format = idFormat('INC-${year}-${number}');
      assert.equal(nextIncidentId(format, ['2026-03-01-INC-2026-020-dns.md', 'see XINC-2026-500 and INC-2026-0211'], NOW), 'INC-2026-212');
      assert.equal(nextIncidentId(format, ['INC-2026-1234567890'], NOW), 'INC-2026-001', 'more than nine digits is not an ID');
    });

    it('supports formats without a year and with a width', () => {
      const format = idFormat('PM-${number:4}');
      assert.equal(nextIncidentId(format, ['PM-0041', 'PM-7'], NOW), 'PM-0042');
      assert.equal(nextIncidentId(idFormat('${year}.${number:2}'), ['2026.09', '2026x10'], NOW), '2026.10', 'the dot is literal');
    });

    it('refuses formats without exactly one number, or with unknown tokens, naming the setting', () => {
      for (const bad of ['INC-${year}', 'INC-${number}-${number}', 'INC-${month}-${number}', 'x'.repeat(61) + '${number}']) {
        const result = parseIdFormat(bad, 'postmortem.newFile.incidentId');
        assert.ok(!result.ok, bad);
        assert.match(result.reason, /postmortem\.newFile\.incidentId/);
      }
    });

    it('reads declared IDs from front matter and metadata lines, with CRLF', () => {
      const text = [
        '---',
        'title: x',
        'incident_id: INC-2026-031',
        '---',
        '',
        '# Post-Mortem: x',
        '',
        '- **Incident ID:** INC-2026-032',
        'Incident: "INC-2026-033"',
        '',
        'Unrelated: INC-2026-099',
      ].join('\r\n');
      assert.deepEqual(declaredIncidentIds(text), ['INC-2026-031', 'INC-2026-032', 'INC-2026-033']);
    });
  });

  describe('templates', () => {
    const full = snippets['Post-mortem (full)'];
    const pre = snippets['Pre-mortem'];

    it('fills the built-in post-mortem with the title, severity, ID and today, and selects the summary prompt', () => {
      const filled = fillBuiltInTemplate('postmortem', full.body, { title: 'Checkout latency', severity: 'SEV2', incidentId: 'INC-2026-013', now: NOW });
      assert.match(filled.text, /^# Post-Mortem: Checkout latency$/m);
      assert.match(filled.text, /^- \*\*Severity:\*\* SEV2$/m);
      assert.match(filled.text, /^- \*\*Incident ID:\*\* INC-2026-013$/m);
      assert.match(filled.text, /^- \*\*Date:\*\* 2026-03-04$/m);
      const selected = filled.text.slice(filled.selection.start, filled.selection.end);
      assert.match(selected, /^TODO: /);
      const before = filled.text.slice(0, filled.selection.start);
      assert.match(before, /## Summary\n\n$/);
    });

    it('keeps a title with snippet syntax or control characters as plain text on one line', () => {
      const filled = fillBuiltInTemplate('postmortem', full.body, {
        title: 'Costs $1 ${2:x}\n## Injected\u0000',
        severity: 'SEV1',
        incidentId: 'INC-2026-001',
        now: NOW,
      });
      assert.match(filled.text, /^# Post-Mortem: Costs \$1 \$\{2:x\} ## Injected$/m);
      assert.ok(!/^## Injected/m.test(filled.text));
    });

    it('the filled post-mortem and pre-mortem pass the engine apart from content still to be written', () => {
      for (const [kind, body] of [
        ['postmortem', full.body],
        ['premortem', pre.body],
      ] as const) {
        const filled = fillBuiltInTemplate(kind, body, { title: 'Payment retries', severity: 'SEV3', incidentId: 'INC-2026-002', now: NOW });
        const result = check(filled.text, { path: 'postmortems/2026-03-04-payment-retries.md', settings: defaultSettings(), now: NOW });
        assert.ok(result.doc?.model.isPostmortem);
        assert.deepEqual(
          result.findings.filter((f) => !CONTENT_STILL_TO_WRITE.includes(f.ruleId)).map((f) => f.message),
          [],
        );
      }
    });

    it('fills the pre-mortem title and selects its first success criterion', () => {
      const filled = fillBuiltInTemplate('premortem', pre.body, { title: 'Billing migration', severity: '', incidentId: '', now: NOW });
      assert.match(filled.text, /^# Pre-Mortem: Billing migration$/m);
      assert.match(filled.text.slice(0, filled.selection.start), /## Success criteria\n\n- $/);
    });

    it("fills a team's template tokens and keeps everything else", () => {
      const template = [
        '# {{ title }} ({{id}})',
        '',
        'Severity: {{severity}} · Date: {{date}} · {{owner}} · ${{cost}}',
        '',
        '## Overview',
        '',
        '<Write the overview>',
        '',
        '## Timeline',
      ].join('\n');
      const filled = fillTeamTemplate(template, { title: 'Queue backlog', severity: 'SEV2', incidentId: 'INC-2026-003', now: NOW }, DEFAULT_SECTIONS);
      assert.equal(filled.text.split('\n')[0], '# Queue backlog (INC-2026-003)');
      assert.equal(filled.text.split('\n')[2], 'Severity: SEV2 · Date: 2026-03-04 · {{owner}} · ${{cost}}');
      assert.equal(filled.text.slice(filled.selection.start, filled.selection.end), '<Write the overview>');
    });

    it("finds the summary under the team's own configured name for it, or a heading that starts with a name", () => {
      const sections = DEFAULT_SECTIONS.map((s) => (s.id === 'summary' ? { ...s, aliases: [...s.aliases, 'Executive brief'] } : s));
      const text = ['# Title', '', '## Executive brief', '', '<Say what happened>', '', '## Impact'].join('\n');
      const own = summarySelection(text, sections);
      assert.equal(text.slice(own.start, own.end), '<Say what happened>');
      const prefixed = ['# Title', '', '## Summary of events', '', 'TBD', '', '## Impact'].join('\n');
      const at = summarySelection(prefixed, DEFAULT_SECTIONS);
      assert.equal(prefixed.slice(at.start, at.end), 'TBD');
      // A heading no configured name starts is not taken for the summary: the cursor goes after the title.
      const other = summarySelection(['# Title', '', '## Executive brief', '', 'x'].join('\n'), DEFAULT_SECTIONS);
      assert.equal(other.start, '# Title'.length);
    });

    it('places the cursor sensibly in templates without a written summary', () => {
      const text = ['# Title', '', '```md', '## Summary', 'not this', '```', '', '## Summary', '', '## Impact'].join('\n');
      const empty = summarySelection(text, DEFAULT_SECTIONS);
      assert.equal(empty.start, empty.end);
      assert.equal(text.slice(0, empty.start).split('\n').length, 8, 'after the real Summary heading, not the one in the fence');
      const none = summarySelection('# Only a title\r\n\r\nText', DEFAULT_SECTIONS);
      assert.equal(none.start, '# Only a title'.length);
      assert.deepEqual(summarySelection('', DEFAULT_SECTIONS), { start: 0, end: 0 });
    });
  });
});
