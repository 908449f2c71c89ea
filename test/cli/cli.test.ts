import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUBLIC_MODEL_KEYS } from '../support/public-model';

const BIN = join(__dirname, '..', '..', 'bin', 'postmortem.js');
const EXAMPLES = join(__dirname, '..', '..', 'examples');

function run(args: string[], cwd = process.cwd()) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('postmortem CLI', function () {
  this.timeout(20000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-cli-'));
    mkdirSync(join(dir, 'postmortems'));
    writeFileSync(join(dir, 'postmortems', 'a.md'), '# Post-mortem: A\n\nDate: 2026-02-30\n\n## Summary\n\nText.\n');
    writeFileSync(join(dir, 'README.md'), '# Project\n\n## Summary\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('checks the examples and prints every finding (npm start)', () => {
    const { code, stdout } = run(['check', EXAMPLES]);
    assert.equal(code, 0);
    assert.match(stdout, /2026-05-19-search-index-outage\.md/);
    assert.match(stdout, /metadata-date/);
    // Findings of one file are the indented lines under its name.
    assert.match(stdout, /2026-07-08-cdn-cache-purge\.md\n(?: {2}.*\n)*? {2}.*impact-unquantified/);
    assert.match(stdout, /2026-06-12-order-history-timeouts\.md\n(?: {2}.*\n)*? {2}.*blaming-language/);
    assert.match(stdout, /\d+ findings in 12 post-mortems \(1 other Markdown file was skipped: not post-mortems\)\./);
    assert.doesNotMatch(stdout, /README/);
  });

  it('prints JSON with 1-based positions, and skips the README', () => {
    const { code, stdout } = run(['check', '.', '--format', 'json'], dir);
    assert.equal(code, 0);
    const findings = JSON.parse(stdout) as {
      file: string;
      line: number;
      column: number;
      endColumn: number;
      ruleId: string;
      severity: string;
      message: string;
    }[];
    const date = findings.find((f) => f.ruleId === 'metadata-date')!;
    assert.deepEqual([date.file, date.line, date.column, date.endColumn, date.severity], [join('postmortems', 'a.md'), 3, 7, 17, 'warning']);
    assert.ok(findings.every((f) => f.file !== 'README.md'));
  });

  it('prints SARIF 2.1.0 with every rule described and linked', () => {
    const { stdout } = run(['check', '.', '--format', 'sarif'], dir);
    const log = JSON.parse(stdout);
    assert.equal(log.version, '2.1.0');
    const run0 = log.runs[0];
    for (const rule of run0.tool.driver.rules) assert.match(rule.helpUri, new RegExp(`^file://.*/docs/rules/${rule.id}\\.md$`));
    const result = run0.results.find((r: { ruleId: string }) => r.ruleId === 'metadata-date');
    assert.equal(result.level, 'warning');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 3, startColumn: 7, endLine: 3, endColumn: 17 });
    assert.equal(run0.tool.driver.rules[result.ruleIndex].id, 'metadata-date');
  });

  it('includes the files it could not check, in JSON and in SARIF', () => {
    writeFileSync(join(dir, 'postmortems', 'brackets.md'), `# Post-Mortem: Brackets\n\n## Summary\n\n${'a]'.repeat(20000)}\n`);
    writeFileSync(join(dir, 'postmortems', 'binary.md'), '# Post-Mortem: Binary\n\u0000\u0000\u0000\n');
    const { code, stdout } = run(['check', '.', '--format', 'json'], dir);
    assert.equal(code, 0);
    const entries = JSON.parse(stdout) as { file: string; line: number; ruleId: string | null; severity: string; message: string }[];
    const notices = entries.filter((e) => e.ruleId === null);
    assert.deepEqual(notices.map((n) => [n.file, n.line, n.severity]).sort(), [
      [join('postmortems', 'binary.md'), 1, 'notice'],
      [join('postmortems', 'brackets.md'), 1, 'notice'],
    ]);
    assert.match(notices.find((n) => n.file.endsWith('brackets.md'))!.message, /too costly to parse \(20,000 unmatched or nested brackets at line 5\)/);
    assert.match(notices.find((n) => n.file.endsWith('binary.md'))!.message, /does not look like text/);
    assert.ok(
      entries.some((e) => e.ruleId === 'metadata-date'),
      'the findings of the other file are still there',
    );
    const log = JSON.parse(run(['check', '.', '--format', 'sarif'], dir).stdout);
    const notes = log.runs[0].invocations[0].toolExecutionNotifications as {
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    assert.deepEqual(notes.map((n) => n.locations[0].physicalLocation.artifactLocation.uri).sort(), ['postmortems/binary.md', 'postmortems/brackets.md']);
    assert.ok(notes.every((n) => n.level === 'note' && n.message.text.startsWith('This file')));
  });

  it('exits 1 when a finding is at error level', () => {
    writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ rules: { 'metadata-date': 'error' } }));
    assert.equal(run(['check', '.'], dir).code, 1);
  });

  it('exits 2 and names the file and key for a bad config file', () => {
    writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ rules: { 'metadata-date': 'loud' } }));
    const { code, stderr } = run(['check', '.'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /\.postmortemrc\.json: "rules\.metadata-date" must be one of/);
  });

  it('exits 2 for usage errors', () => {
    assert.equal(run(['check', '--format', 'xml'], dir).code, 2);
    assert.equal(run(['frobnicate']).code, 2);
    assert.equal(run(['check', 'does-not-exist'], dir).code, 2);
    assert.match(run(['check', '--bogus'], dir).stderr, /Usage:/);
  });

  it('takes globs, and --all checks a named file that is not a post-mortem', () => {
    const globbed = JSON.parse(run(['check', 'postmortems/*.md', '--format', 'json'], dir).stdout) as unknown[];
    assert.ok(globbed.length > 0);
    assert.deepEqual(JSON.parse(run(['check', 'README.md', '--format', 'json'], dir).stdout), []);
    assert.ok((JSON.parse(run(['check', 'README.md', '--all', '--format', 'json'], dir).stdout) as unknown[]).length > 0);
  });

  it('prints the model as JSON', () => {
    const { code, stdout } = run(['model', join('postmortems', 'a.md')], dir);
    assert.equal(code, 0);
    const model = JSON.parse(stdout);
    assert.deepEqual(Object.keys(model), PUBLIC_MODEL_KEYS);
    assert.equal(model.isPostmortem, true);
    assert.equal(model.metadata.date, '2026-02-30');
    assert.deepEqual(model.sections, [
      { kind: 'summary', heading: 'Summary', line: 5, empty: false, kinds: ['summary'], decidedBy: 'alias', because: ['Summary'], source: 'heading' },
    ]);
  });

  it('adds the components of a catalog-info.yaml beside the config file, and names bad front matter and unknown categories', () => {
    writeFileSync(join(dir, '.postmortemrc.json'), '{}');
    writeFileSync(join(dir, 'catalog-info.yaml'), 'kind: Component\nmetadata:\n  name: ledger-sync\n  title: Ledger Sync\n');
    writeFileSync(
      join(dir, 'postmortems', 'c.md'),
      '---\nsystems: 7\ncontributing_factors: [weather]\n---\n# Post-mortem: C\n\n## Summary\n\nLedger Sync stalled.\n',
    );
    const { code, stdout, stderr } = run(['model', join('postmortems', 'c.md')], dir);
    assert.equal(code, 0);
    const model = JSON.parse(stdout);
    assert.deepEqual(model.services, [{ name: 'ledger-sync', source: 'mention', key: 'Ledger Sync', line: 9 }]);
    assert.match(stderr, /c\.md: front matter "systems" must be a list of names/);
    assert.match(stderr, /c\.md:1: front matter "contributing_factors": "weather" is not in the taxonomy; ignored/);
  });

  it('adds the components of catalog-info.yaml files found below the config file, not those in node_modules', () => {
    writeFileSync(join(dir, '.postmortemrc.json'), '{}');
    mkdirSync(join(dir, 'services', 'ledger'), { recursive: true });
    writeFileSync(join(dir, 'services', 'ledger', 'catalog-info.yaml'), 'kind: Component\nmetadata:\n  name: ledger-sync\n  title: Ledger Sync\n');
    mkdirSync(join(dir, 'node_modules', 'lib'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'lib', 'catalog-info.yaml'), 'kind: Component\nmetadata:\n  name: stall-lib\n  title: Stalled\n');
    writeFileSync(join(dir, 'postmortems', 'c.md'), '# Post-mortem: C\n\n## Summary\n\nLedger Sync stalled.\n');
    const { code, stdout } = run(['model', join('postmortems', 'c.md')], dir);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout).services, [{ name: 'ledger-sync', source: 'mention', key: 'Ledger Sync', line: 5 }]);
  });

  it('does not read a catalog-info.yaml that is not YAML or too large, and says which file', () => {
    writeFileSync(join(dir, '.postmortemrc.json'), '{}');
    writeFileSync(join(dir, 'catalog-info.yaml'), 'x'.repeat(5 * 1024 * 1024));
    const big = run(['model', join('postmortems', 'a.md')], dir);
    // A configuration problem exits 2, as any other does; the model is still printed.
    assert.equal(big.code, 2);
    assert.equal(JSON.parse(big.stdout).isPostmortem, true);
    assert.match(big.stderr, /catalog-info\.yaml: is larger than 1 MB; its components are not read/);
    writeFileSync(join(dir, 'catalog-info.yaml'), 'kind: [unclosed\n');
    assert.match(run(['model', join('postmortems', 'a.md')], dir).stderr, /catalog-info\.yaml: "document 1" is not valid YAML/);
  });

  it('reports a binary post-mortem with a note instead of failing', () => {
    writeFileSync(join(dir, 'postmortems', 'b.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const { code, stdout } = run(['check', '.'], dir);
    assert.equal(code, 0);
    assert.match(stdout, /note {2}This file does not look like text/);
  });
});
