import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../../server/src/analysis/engine/engine';
import { mergeSettings, normaliseLayer } from '../../server/src/analysis/base/settings';
import { parseJsonc, RULE_CONFIG } from '../../server/src/config-file';
import { findConfigFile, resolveSettings } from '../../server/src/node/config-file';

const layer = (raw: unknown) => normaliseLayer(raw, '.postmortemrc.json', RULE_CONFIG);

describe('configuration', () => {
  it('reads severities, rule switches and section changes', () => {
    const { layer: l, problems } = layer({
      rules: { 'empty-section': 'info', 'metadata-date': false, 'required-sections': { severity: 'error' } },
      sections: { 'lessons-learned': false, impact: { title: 'Customer Impact', aliases: ['Blast radius'] }, detection: { title: 'Detection' } },
    });
    assert.deepEqual(problems, []);
    const settings = mergeSettings([l]);
    assert.equal(settings.rules['empty-section'].severity, 'info');
    assert.equal(settings.rules['metadata-date'].severity, 'off');
    assert.equal(settings.rules['required-sections'].severity, 'error');
    assert.deepEqual(
      settings.sections.map((s) => s.id),
      ['summary', 'timeline', 'root-cause', 'impact', 'action-items', 'detection'],
    );
    const impact = settings.sections.find((s) => s.id === 'impact')!;
    assert.equal(impact.title, 'Customer Impact');
    assert.ok(impact.aliases.includes('Blast radius') && impact.aliases.includes('Impact Assessment'));
  });

  it('names the file and key of every bad value and keeps the defaults for them', () => {
    const { layer: l, problems } = layer({
      rules: { 'empty-section': 'loud', 'no-such-rule': 'warning', 'metadata-date': { severity: 'error', colour: 'red' } },
      files: 'postmortems/*.md',
      owners: ['Ana', 42],
      sections: { impact: { title: '' }, timeline: 3 },
      maxDocumentSize: -1,
      surprise: true,
    });
    const text = problems.map((p) => `${p.source} ${p.key}: ${p.message}`).join('\n');
    assert.match(text, /\.postmortemrc\.json rules\.empty-section: must be one of off, hint, info, warning, error, not the string "loud"/);
    assert.match(text, /rules\.no-such-rule: is not a known rule/);
    assert.match(text, /rules\.metadata-date\.colour: is not an option of metadata-date; it has none/);
    assert.match(text, /files: must be a list of strings, not the string/);
    assert.match(text, /owners\[1\]: must be a string, not a number/);
    assert.match(text, /sections\.impact\.title: must be a non-empty string/);
    assert.match(text, /sections\.timeline: must be false or an object/);
    assert.match(text, /maxDocumentSize: must be a number of bytes/);
    assert.match(text, /surprise: is not a known setting/);
    const settings = mergeSettings([l]);
    assert.equal(settings.rules['metadata-date'].severity, 'error', 'the good part of a rule setting is kept');
    assert.equal(settings.rules['empty-section'].severity, undefined);
    assert.deepEqual(settings.owners, ['Ana']);
    assert.ok(settings.files.length > 0);
  });

  it('survives any JSON value at the top', () => {
    for (const raw of [null, 3, 'x', [], true]) {
      const { problems } = layer(raw);
      assert.ok(raw === null || problems.length === 1);
    }
  });

  it('bounds user-supplied lists so no setting can make checking slow', () => {
    const { layer: l, problems } = layer({ placeholders: Array.from({ length: 600 }, (_, i) => `p${i}`), owners: ['x'.repeat(500)] });
    assert.equal(mergeSettings([l]).placeholders.length, 500);
    assert.ok(problems.some((p) => /more than 500 entries/.test(p.message)));
    assert.ok(problems.some((p) => /longer than 200 characters/.test(p.message)));
  });

  describe('the config file', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'pm-config-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('is found by walking up from the document, and wins over editor settings', () => {
      mkdirSync(join(dir, 'postmortems', '2026'), { recursive: true });
      writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ rules: { 'empty-section': 'error' } }));
      const found = findConfigFile(join(dir, 'postmortems', '2026'));
      assert.equal(found, join(dir, '.postmortemrc.json'));
      const { settings, problems } = resolveSettings({ rules: { 'empty-section': 'hint', 'metadata-date': 'info' } }, found);
      assert.deepEqual(problems, []);
      assert.equal(settings.rules['empty-section'].severity, 'error');
      assert.equal(settings.rules['metadata-date'].severity, 'info');
    });

    it('is not looked for above the folder given as the stop', () => {
      mkdirSync(join(dir, 'ws', 'postmortems'), { recursive: true });
      writeFileSync(join(dir, '.postmortemrc.json'), '{}');
      assert.equal(findConfigFile(join(dir, 'ws', 'postmortems'), join(dir, 'ws')), null);
    });

    it('invalid JSON is named with the file, and the defaults apply', () => {
      writeFileSync(join(dir, '.postmortemrc.json'), '{ "rules": ');
      const { settings, problems } = resolveSettings(undefined, join(dir, '.postmortemrc.json'));
      assert.match(problems[0].message, /is not valid JSON/);
      assert.equal(problems[0].source, join(dir, '.postmortemrc.json'));
      assert.equal(settings.enable, true);
    });

    it('reads comments and trailing commas, as VS Code settings files allow', () => {
      const rc = join(dir, '.postmortemrc.json');
      writeFileSync(rc, '{\n  // Our house rules\n  "rules": {\n    "metadata-date": "off", /* not yet */\n  },\n}\n');
      const { settings, problems } = resolveSettings(undefined, rc);
      assert.deepEqual(problems, []);
      assert.equal(settings.rules['metadata-date']?.severity, 'off');
    });

    it('gives the line and column of a syntax error', () => {
      const rc = join(dir, '.postmortemrc.json');
      writeFileSync(rc, '{\n  "rules": {\n    "metadata-date" "off"\n  }\n}\n');
      const { problems } = resolveSettings(undefined, rc);
      assert.match(problems[0].message, /is not valid JSON \(line 3, column 21: a colon was expected\); using the defaults/);
      const errorOf = (text: string) => {
        const read = parseJsonc(text);
        return 'error' in read ? read.error : '';
      };
      assert.match(errorOf('{ "a": 1 /* open'), /^line 1, column 10: a comment is not closed$/);
      assert.match(errorOf('[1, 2'), /^line 1, column 6: a closing bracket was expected$/);
    });

    it('keeps a key named __proto__ an ordinary key, and refuses nesting the parser cannot hold', () => {
      const read = parseJsonc('{ "__proto__": { "enable": false }, "a": [1, { "b": null }] }');
      assert.ok('value' in read);
      const value = read.value as Record<string, unknown>;
      assert.equal(Object.getPrototypeOf(value), Object.prototype);
      assert.deepEqual(Object.keys(value), ['__proto__', 'a']);
      assert.deepEqual(value.a, [1, { b: null }]);
      const deep = parseJsonc(`${'['.repeat(200000)}${']'.repeat(200000)}`);
      assert.ok('error' in deep ? deep.error === 'nested too deeply' : Array.isArray(deep.value));
    });
  });
});

describe('inline control comments', () => {
  const text = (body: string) => `# Post-mortem: A\n\n## Summary\n\nText.\n\n${body}\n`;
  const rules = (t: string) => check(t, { path: 'postmortems/a.md', settings: mergeSettings([]) }).findings.map((f) => f.ruleId);

  it('disable … enable switches a rule off for a stretch of the document', () => {
    const doc = text('<!-- postmortem-disable empty-section -->\n\n## Timeline\n\n<!-- postmortem-enable empty-section -->\n\n## Impact\n');
    const found = check(doc, { path: 'postmortems/a.md', settings: mergeSettings([]) }).findings.filter((f) => f.ruleId === 'empty-section');
    assert.deepEqual(
      found.map((f) => doc.slice(f.start, f.end)),
      ['## Impact'],
    );
  });

  it('disable-next-line covers exactly the next line', () => {
    const doc = text('<!-- postmortem-disable-next-line empty-section -->\n## Timeline\n\n## Impact\n');
    const found = check(doc, { path: 'postmortems/a.md', settings: mergeSettings([]) }).findings.filter((f) => f.ruleId === 'empty-section');
    assert.deepEqual(
      found.map((f) => doc.slice(f.start, f.end)),
      ['## Impact'],
    );
  });

  it('disable-file with no rule silences every rule', () => {
    assert.deepEqual(rules(text('<!-- postmortem-disable-file -->')), []);
  });

  it('offers both suppression fixes on every finding, and each silences exactly its finding', () => {
    const doc = text('## Timeline\n');
    const result = check(doc, { path: 'postmortems/a.md', settings: mergeSettings([]) });
    for (const finding of result.findings) {
      for (const fix of finding.fixes.filter((f) => f.kind === 'suppress')) {
        const [edit] = fix.edits;
        const fixed = doc.slice(0, edit.start) + edit.newText + doc.slice(edit.end);
        const after = check(fixed, { path: 'postmortems/a.md', settings: mergeSettings([]) }).findings;
        const same = after.filter((f) => f.ruleId === finding.ruleId && f.message === finding.message);
        assert.equal(same.length, 0, `${fix.title} did not silence "${finding.message}"`);
      }
    }
  });
});

describe('suppression inside front matter', () => {
  const settings = mergeSettings([]);
  it('uses a YAML comment that leaves the value intact and silences the finding', () => {
    const doc = '---\ndate: 2026-13-45\ntitle: A\n---\n# Post-mortem: A\n';
    const finding = check(doc, { path: 'postmortems/a.md', settings }).findings.find((f) => f.ruleId === 'metadata-date')!;
    const fix = finding.fixes.find((f) => f.title === 'Disable metadata-date for this line')!;
    const [edit] = fix.edits;
    const fixed = doc.slice(0, edit.start) + edit.newText + doc.slice(edit.end);
    assert.equal(fixed, '---\ndate: 2026-13-45 # postmortem-disable-line metadata-date\ntitle: A\n---\n# Post-mortem: A\n');
    const after = check(fixed, { path: 'postmortems/a.md', settings });
    assert.equal(after.doc!.model.frontMatter!.data.date, '2026-13-45', 'the YAML value is unchanged');
    assert.ok(!after.findings.some((f) => f.ruleId === 'metadata-date'));
  });

  it('offers no line fix where a comment could change a YAML value', () => {
    const doc = '---\ndate: "2026-13-45"\n---\n# Post-mortem: A\n';
    const finding = check(doc, { path: 'postmortems/a.md', settings }).findings.find((f) => f.ruleId === 'metadata-date')!;
    assert.ok(!finding.fixes.some((f) => f.title.endsWith('for this line')));
    assert.ok(finding.fixes.some((f) => f.title.endsWith('for this file')));
  });
});
