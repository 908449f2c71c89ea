import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { judgeByItself as judge } from '../../eval/read';
import { MAX_BYTES, figures, judgeFiles, markdownFiles, readText, type Verdict } from '../../eval/recognition';

const POSTMORTEM = [
  '# Post-mortem: search was down for 40 minutes',
  '',
  '## Summary',
  '',
  'On 3 March 2026 search returned errors for 40 minutes after an index rebuild filled the disk.',
  '',
  '## Timeline (UTC)',
  '',
  '| Time | Event |',
  '| --- | --- |',
  '| 09:02 | Index rebuild started |',
  '| 09:10 | Disk alert fired |',
  '| 09:42 | Old index deleted; search answers again |',
  '',
  '## Root Cause',
  '',
  'The rebuild writes a full copy before deleting the old one, and the disk had room for only one.',
  '',
  '## Action Items',
  '',
  '- [ ] Alert at 70% disk on search nodes (owner: Mei, due 2026-04-01)',
  '',
].join('\n');

const RUNBOOK = [
  '# Runbook: rotate the API keys',
  '',
  '1. Create the new key in the vault.',
  '2. Deploy the services that read it.',
  '3. Revoke the old key after an hour.',
  '',
].join('\n');

describe('npm run eval:recognition', () => {
  it('reads text, and names why a file is not text (binary, not UTF-8, too large)', () => {
    assert.deepEqual(readText(Buffer.from('# Title\n')), { text: '# Title\n' });
    assert.deepEqual(readText(Buffer.from([0x23, 0x00, 0x41])), { reason: 'binary (holds a NUL byte)' });
    assert.deepEqual(readText(Buffer.from([0x23, 0xc3, 0x28])), { reason: 'not UTF-8' });
    assert.match((readText(Buffer.alloc(MAX_BYTES + 1, 0x61)) as { reason: string }).reason, /^larger than 2 MB$/);
  });

  it('takes a post-mortem and leaves a runbook, saying how it decided', () => {
    const pm = judge(POSTMORTEM);
    assert.equal(pm.taken, true);
    assert.notEqual(pm.how, 'not-a-postmortem');
    assert.equal(judge(RUNBOOK).taken, false);
  });

  it('counts post-mortems taken and look-alikes taken apart', () => {
    const v = (expected: Verdict['expected'], taken: boolean): Verdict => ({ file: 'f.md', expected, taken, how: '' });
    const f = figures([v('postmortem', true), v('postmortem', false), v('postmortem', true), v('not', true), v('not', false)]);
    assert.deepEqual(f, { postmortems: 3, taken: 2, lookalikes: 2, falseTakes: 1, recall: 2 / 3, falseTakeRate: 0.5 });
    assert.deepEqual(figures([]), { postmortems: 0, taken: 0, lookalikes: 0, falseTakes: 0, recall: null, falseTakeRate: null });
  });

  it('finds Markdown in subfolders, leaves the folder notes out, and counts an unreadable file as not taken', () => {
    const root = mkdtempSync(join(tmpdir(), 'recognition-'));
    try {
      mkdirSync(join(root, 'pm', '2026'), { recursive: true });
      writeFileSync(join(root, 'pm', '2026', 'search.md'), POSTMORTEM);
      writeFileSync(join(root, 'pm', 'broken.md'), Buffer.from([0x23, 0x20, 0x00, 0xff]));
      writeFileSync(join(root, 'pm', 'README.md'), '# About these files\n');
      writeFileSync(join(root, 'pm', 'notes.txt'), 'not Markdown');
      const files = markdownFiles(join(root, 'pm'));
      assert.deepEqual(
        files.map((f) => f.slice(root.length + 1)),
        [join('pm', '2026', 'search.md'), join('pm', 'broken.md')],
      );
      const verdicts = judgeFiles(files, 'postmortem', root);
      assert.deepEqual(
        verdicts.map((v) => [v.file, v.taken, v.how === 'binary (holds a NUL byte)']),
        [
          [join('pm', '2026', 'search.md'), true, false],
          [join('pm', 'broken.md'), false, true],
        ],
      );
      assert.deepEqual(markdownFiles(join(root, 'missing')), []);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
