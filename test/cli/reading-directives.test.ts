import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(__dirname, '..', '..', 'bin', 'postmortem.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const PLAIN = `# Post-mortem: Relay stall

## Action Items

- Add a lag alert on the relay
- Write the failover runbook
`;

const CORRECTED = `# Post-mortem: Relay stall

## Action Items

- Add a lag alert on the relay
- Write the failover runbook <!-- postmortem-not-action-item -->

## Warning signs

<!-- postmortem-action-items -->
- Page the relay owner @ana (due 2026-04-01)
`;

describe('postmortem CLI and the reading directives', function () {
  this.timeout(20000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-cli-directives-'));
    mkdirSync(join(dir, 'postmortems'));
    writeFileSync(join(dir, 'postmortems', 'plain.md'), PLAIN);
    writeFileSync(join(dir, 'postmortems', 'corrected.md'), CORRECTED);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('never writes a directive: the command line applies no fix (there is no --fix) and prints none', () => {
    const refused = run(['check', '.', '--fix'], dir);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /Unknown option '--fix'/);
    assert.equal(readFileSync(join(dir, 'postmortems', 'plain.md'), 'utf8'), PLAIN);
    for (const format of ['text', 'json', 'sarif']) {
      const { stdout } = run(['check', join('postmortems', 'plain.md'), '--format', format], dir);
      assert.match(stdout, /action-item-owner/);
      assert.doesNotMatch(stdout, /postmortem-(?:not-action-item|no-action-items|action-items)|Not an action item/, format);
    }
    assert.equal(readFileSync(join(dir, 'postmortems', 'plain.md'), 'utf8'), PLAIN);
  });

  it('reads the directives a document holds: in check, model and actions', () => {
    const check = JSON.parse(run(['check', join('postmortems', 'corrected.md'), '--format', 'json'], dir).stdout) as { line: number; ruleId: string }[];
    assert.deepEqual(
      check.filter((f) => f.ruleId === 'action-item-owner').map((f) => f.line),
      [5],
    );
    const model = JSON.parse(run(['model', join('postmortems', 'corrected.md')], dir).stdout) as { actionItems: { text: string; foundBy: string }[] };
    assert.deepEqual(
      model.actionItems.map((i) => [i.text, i.foundBy]),
      [
        ['Add a lag alert on the relay', 'reading'],
        ['Page the relay owner @ana (due 2026-04-01)', 'directive'],
      ],
    );
    const actions = JSON.parse(run(['actions', join('postmortems', 'corrected.md'), '--format', 'json'], dir).stdout) as unknown;
    const listed = JSON.stringify(actions);
    assert.ok(listed.includes('Page the relay owner'));
    assert.ok(!listed.includes('Write the failover runbook'));
  });
});
