import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../server/src/analysis/engine/engine';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { dateVariables, expandSnippet, parseSnippet, stopIndexes, type Expansion, type SnippetNode } from '../../server/src/analysis/authoring/snippet-syntax';
import { RULES } from '../../server/src/rules/index';
import { ALLOWED_WHEN_WRITTEN, CONTENT_STILL_TO_WRITE } from './helpers/template-rules';

const root = join(__dirname, '..', '..');
const SNIPPET_FILE = 'snippets/postmortem.code-snippets';

interface SnippetEntry {
  prefix: string | string[];
  body: string | string[];
  description: string;
  isFileTemplate?: boolean;
  scope?: string;
}

const snippets: Record<string, SnippetEntry> = JSON.parse(readFileSync(join(root, SNIPPET_FILE), 'utf8'));
const fullDocuments = Object.entries(snippets).filter(([, s]) => s.isFileTemplate);

const NOW = new Date(2026, 2, 4, 10, 30);
const TODAY = '2026-03-04';
const variables = { ...dateVariables(NOW), TM_SELECTED_TEXT: '' };

function bodyText(entry: SnippetEntry): string {
  return typeof entry.body === 'string' ? entry.body : entry.body.join('\n');
}

function expandEntry(entry: SnippetEntry, values?: Record<number, string>): Expansion {
  return expandSnippet(parseSnippet(entry.body), { variables, values });
}

/** Every placeholder and choice node, nested ones included. */
function stopNodes(nodes: readonly SnippetNode[], out: SnippetNode[] = []): SnippetNode[] {
  for (const node of nodes) {
    if (node.type === 'placeholder' || node.type === 'choice' || node.type === 'tabstop') out.push(node);
    if (node.type === 'placeholder') stopNodes(node.children, out);
    if (node.type === 'variable' && node.children) stopNodes(node.children, out);
  }
  return out;
}

function checkText(text: string) {
  return check(text, { path: `postmortems/${TODAY}-from-snippet.md`, settings: defaultSettings(), now: NOW });
}

describe('snippets', () => {
  describe('file structure', () => {
    it('is contributed for Markdown in package.json', () => {
      const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      assert.deepEqual(manifest.contributes.snippets, [{ language: 'markdown', path: `./${SNIPPET_FILE}` }]);
    });

    it('has a prefix, a body and a full-sentence description for every snippet, and nothing else', () => {
      assert.ok(Object.keys(snippets).length >= 13, 'all the snippets the issue lists are there');
      for (const [name, entry] of Object.entries(snippets)) {
        assert.deepEqual(
          Object.keys(entry).filter((k) => !['prefix', 'body', 'description', 'isFileTemplate', 'scope'].includes(k)),
          [],
          `${name} has only keys the editor reads`,
        );
        const prefixes = Array.isArray(entry.prefix) ? entry.prefix : [entry.prefix];
        assert.ok(prefixes.length > 0, `${name} has a prefix`);
        for (const p of prefixes) assert.match(p, /^[a-z][a-z0-9-]*$/, `${name}: prefix "${p}"`);
        assert.ok(typeof entry.body === 'string' || (Array.isArray(entry.body) && entry.body.every((l) => typeof l === 'string')), `${name} has a string body`);
        assert.match(entry.description, /^[A-Z][^]*[a-z)][.]$/, `${name}: the description is a sentence`);
        assert.ok(entry.description.split(/\s+/).length >= 8, `${name}: the description says enough`);
        if (entry.isFileTemplate !== undefined) assert.equal(typeof entry.isFileTemplate, 'boolean');
      }
    });

    it('uses each prefix once', () => {
      const all = Object.values(snippets).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
      assert.deepEqual(
        all.filter((p, i) => all.indexOf(p) !== i),
        [],
      );
    });

    it('are all listed in the README table, with their first prefix', () => {
      const readme = readFileSync(join(root, 'README.md'), 'utf8');
      const table = readme.slice(readme.indexOf('<!-- snippets:start -->'), readme.indexOf('<!-- snippets:end -->'));
      const listed = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
      assert.deepEqual(
        listed,
        Object.values(snippets).map((s) => (Array.isArray(s.prefix) ? s.prefix[0] : s.prefix)),
      );
    });

    it('has the snippets the issue asks for', () => {
      const prefixes = new Set(Object.values(snippets).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix])));
      for (const p of [
        'pm-postmortem',
        'pm-postmortem-lite',
        'pm-premortem',
        'pm-timeline-row',
        'pm-action-task',
        'pm-action-row',
        'pm-five-whys',
        'pm-start-stop-continue',
        'pm-root-cause-categories',
        'pm-disable-next-line',
        'pm-disable-line',
        'pm-disable-block',
        'pm-disable-file',
      ]) {
        assert.ok(prefixes.has(p), `missing ${p}`);
      }
    });
  });

  for (const [name, entry] of Object.entries(snippets)) {
    describe(name, () => {
      it('parses and expands with the editor defaults', () => {
        const nodes = parseSnippet(entry.body);
        assert.ok(!nodes.some((n) => n.type === 'transform'));
        const result = expandEntry(entry);
        assert.ok(result.text.trim().length > 0);
        assert.ok(!/\$\{|\$[A-Z_]{3,}|\$\d/.test(result.text), `no snippet syntax is left over: ${result.text}`);
      });

      it('numbers its tab stops 1…n without gaps, each with text to replace or a choice', () => {
        const nodes = parseSnippet(entry.body);
        const indexes = stopIndexes(nodes)
          .filter((i) => i !== 0)
          .sort((a, b) => a - b);
        assert.deepEqual(
          indexes,
          indexes.map((_, i) => i + 1),
        );
        for (const node of stopNodes(nodes)) {
          if (node.type === 'placeholder') assert.ok(node.children.length > 0, `$${node.index} has a default`);
          if (node.type === 'choice') assert.ok(node.options.length >= 2 && node.options.every(Boolean), `$${node.index} offers real choices`);
        }
      });

      it('puts every prompt (TODO, TBD) inside a tab stop, so Tab reaches it', () => {
        const result = expandEntry(entry);
        const ranges = [...result.stops.entries()].filter(([i]) => i !== 0).flatMap(([, r]) => r);
        for (const m of result.text.matchAll(/TODO:[^|\n(]*|\bTBD\b/g)) {
          const start = m.index;
          const end = start + m[0].trimEnd().length;
          assert.ok(
            ranges.some((r) => r.start <= start && end <= r.end),
            `"${m[0]}" is not a tab stop in ${name}`,
          );
        }
      });

      it('dates every date today', () => {
        const result = expandEntry(entry);
        const dates = [...result.text.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)].map((m) => m[0]);
        for (const date of dates) assert.equal(date, TODAY);
        if (/\$CURRENT_DATE/.test(bodyText(entry))) assert.ok(dates.length > 0);
      });
    });
  }

  describe('full documents checked by the engine', () => {
    it('are the full, the lightweight and the pre-mortem', () => {
      assert.deepEqual(fullDocuments.map(([, s]) => (Array.isArray(s.prefix) ? s.prefix[0] : s.prefix)).sort(), [
        'pm-postmortem',
        'pm-postmortem-lite',
        'pm-premortem',
      ]);
    });

    for (const [name, entry] of fullDocuments) {
      it(`${name}: as expanded, only rules about content still to be written fire`, () => {
        const result = checkText(expandEntry(entry).text);
        assert.ok(result.doc?.model.isPostmortem, 'it is taken for a post-mortem');
        const unexpected = result.findings.filter((f) => !CONTENT_STILL_TO_WRITE.includes(f.ruleId));
        assert.deepEqual(
          unexpected.map((f) => `${f.ruleId}: ${f.message}`),
          [],
        );
      });

      it(`${name}: once every prompt is written, no rule fires`, () => {
        const nodes = parseSnippet(entry.body);
        const values: Record<number, string> = {};
        for (const node of stopNodes(nodes)) {
          if (node.type !== 'placeholder') continue;
          const text = expandSnippet(node.children, { variables }).text;
          if (/^TODO\b/.test(text)) values[node.index] = `Written answer number ${node.index}, with a concrete change to the deploy pipeline.`;
          else if (text === 'TBD') values[node.index] = 'Priya Raman';
        }
        const result = checkText(expandEntry(entry, values).text);
        assert.ok(Object.keys(values).length > 0);
        const unexpected = result.findings.filter((f) => !ALLOWED_WHEN_WRITTEN.includes(f.ruleId));
        assert.deepEqual(
          unexpected.map((f) => `${f.ruleId}: ${f.message}`),
          [],
        );
      });
    }

    it('the full post-mortem, as expanded, does report its empty summary (the allow-list is not a blanket)', () => {
      const [, full] = fullDocuments.find(([, s]) => (Array.isArray(s.prefix) ? s.prefix[0] : s.prefix) === 'pm-postmortem')!;
      const text = expandEntry(full).text;
      const findings = checkText(text).findings.filter((f) => f.ruleId === 'empty-section');
      assert.ok(findings.some((f) => text.slice(f.start, f.end).includes('Summary')));
    });

    it('a shape mistake in a template would be caught: dropping the timeline is reported', () => {
      const [, full] = fullDocuments.find(([, s]) => (Array.isArray(s.prefix) ? s.prefix[0] : s.prefix) === 'pm-postmortem')!;
      const text = expandEntry(full).text.replace('## Timeline', '## Chronicle of the day');
      const rules = checkText(text).findings.map((f) => f.ruleId);
      assert.ok(rules.includes('required-sections'));
      assert.ok(
        rules.some((r) => !CONTENT_STILL_TO_WRITE.includes(r)),
        'the shape check above would fail on this text',
      );
    });
  });

  describe('disable comments', () => {
    const disable = Object.entries(snippets).filter(([, s]) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]).some((p) => p.startsWith('pm-disable')));

    it('offer exactly the registered rule ids', () => {
      assert.equal(disable.length, 4);
      for (const [name, entry] of disable) {
        const choice = stopNodes(parseSnippet(entry.body)).find((n) => n.type === 'choice');
        assert.ok(choice && choice.type === 'choice', `${name} offers a choice of rules`);
        assert.deepEqual([...choice.options].sort(), RULES.map((r) => r.meta.id).sort(), `${name}: add new rule ids to the choice in ${SNIPPET_FILE}`);
      }
    });

    it('expand to comments the engine obeys', () => {
      const base = ['# Post-Mortem: Disk full', '', '## Summary', '', 'The disk filled up.'].join('\n');
      const plain = checkText(base).findings.filter((f) => f.ruleId === 'required-sections');
      assert.ok(plain.length > 0);
      const [, fileEntry] = disable.find(([, s]) => s.prefix === 'pm-disable-file')!;
      const comment = expandEntry(fileEntry, { 1: 'required-sections' }).text;
      assert.equal(comment, '<!-- postmortem-disable-file required-sections -->');
      const suppressed = checkText(`${comment}\n${base}`).findings.filter((f) => f.ruleId === 'required-sections');
      assert.deepEqual(suppressed, []);
    });

    it('wrap the selection in a disable/enable pair naming the same rule', () => {
      const [, block] = disable.find(([, s]) => s.prefix === 'pm-disable-block')!;
      const result = expandSnippet(parseSnippet(block.body), { variables: { ...variables, TM_SELECTED_TEXT: 'Some lines.' }, values: { 1: 'metadata-date' } });
      assert.equal(result.text, '<!-- postmortem-disable metadata-date -->\nSome lines.\n<!-- postmortem-enable metadata-date -->');
    });
  });
});
