/**
 * "Fix", "The fix" as a heading of its own over a table of the files changed or a shell block: the
 * fix that ended the incident, though its content tells the change in no words of its own. The
 * same heading over work still ahead, or inside a plan, is no such fix. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';

const analyse = (text: string) => analyzeDocument(text, 'postmortems/2031-04-02-cache.md', defaultSettings()).model;
const kindsOf = (text: string, heading: string) => analyse(text).sections.find((s) => s.heading.text === heading)?.kinds ?? [];

const report = (fix: string) =>
  [
    '# Thumbnails missing after the cache move',
    '',
    '## Summary',
    '',
    'For two hours on 2 April the gallery showed grey boxes instead of thumbnails, because the new cache host refused writes from the resizer.',
    '',
    '## Technical notes',
    '',
    '### Root cause',
    '',
    'The resizer wrote with an old token, so the cache rejected every write and readers fell back to nothing.',
    '',
    fix,
    '',
    '## Lessons learned',
    '',
    '- A token rotation needs a check on every writer, not only the readers.',
    '',
  ].join('\n');

const table = [
  '| File | Change |',
  '| --- | --- |',
  '| `resizer/config.yaml` | Swapped the old token for the one the cache issues now. |',
  '| `cache/acl.conf` | Dropped the stale writer entry. |',
].join('\n');

const shell = ['```bash', 'kubectl -n media rollout restart deploy/resizer', '# and check one write:', 'curl -X PUT cache.internal/probe', '```'].join('\n');

describe('sections: "Fix" named alone', () => {
  for (const heading of ['Fix', 'The fix', 'Our fix:', '**Fix**']) {
    it(`reads "### ${heading}" over a table of the files changed as the resolution`, () => {
      const text = report(`### ${heading}\n\n${table}`);
      const section = analyse(text).sections.find((s) => s.kinds.includes('resolution'));
      assert.ok(section, 'a resolution is read');
      assert.equal(section.heading.line, text.split('\n').indexOf(`### ${heading}`));
    });
  }

  it('reads "### Fix" over a shell block and nothing else as the resolution', () => {
    assert.deepEqual(kindsOf(report(`### Fix\n\n${shell}`), 'Fix'), ['resolution']);
  });

  it('keeps "Fix" over work still ahead a plan or nothing, never the fix made', () => {
    const ahead = report('### Fix\n\n- [ ] Rotate the resizer token with the cache one.\n- [ ] Add a probe write to the deploy check.');
    assert.notDeepEqual(kindsOf(ahead, 'Fix'), ['resolution']);
    const promised = report('### Fix\n\nWe will swap the token next week, once the cache team has issued one.');
    assert.notDeepEqual(kindsOf(promised, 'Fix'), ['resolution']);
    const should = report('### Fix\n\nWe should swap the token on every writer before the next move.');
    assert.notDeepEqual(kindsOf(should, 'Fix'), ['resolution']);
    const tasks = report('### Fix\n\n| Task | Owner |\n| --- | --- |\n| Add a probe write to the deploy check | kim |\n| Rotate the resizer token | lee |');
    assert.notDeepEqual(kindsOf(tasks, 'Fix'), ['resolution']);
  });

  it('leaves "Fix" over prose that tells no change, or over nothing but a placeholder, unread', () => {
    assert.deepEqual(kindsOf(report('### Fix\n\nIt took us a while to find the right token.'), 'Fix'), []);
    assert.deepEqual(kindsOf(report('### Fix\n\nTBD'), 'Fix'), []);
    assert.deepEqual(kindsOf(report('### Fix\n'), 'Fix'), []);
  });

  it('leaves "Fix" inside a plan a topic of the plan', () => {
    const plan = [
      '# Thumbnails missing',
      '',
      '## Summary',
      '',
      'The gallery showed grey boxes for two hours because the cache refused writes.',
      '',
      '## Action items',
      '',
      '### Detection',
      '',
      '| Item | Owner |',
      '| --- | --- |',
      '| Alert on rejected cache writes | kim |',
      '',
      '### Fix',
      '',
      table,
      '',
    ].join('\n');
    assert.deepEqual(kindsOf(plan, 'Fix'), []);
    const deeper = plan.replace('## Action items\n\n### Detection', '## Action items\n\n### Backend\n\n#### Detection').replace('### Fix', '#### Fix');
    assert.deepEqual(kindsOf(deeper, 'Fix'), []);
  });

  it('leaves headings that only hold the word alone ("Fix rollout plan") to their own reading', () => {
    assert.notDeepEqual(kindsOf(report(`### Fix rollout plan\n\n${table}`), 'Fix rollout plan'), ['resolution']);
  });

  it('reads ugly input without failing', () => {
    for (const text of ['### Fix\n', '### Fix\n\n|\n|-|\n', `### Fix\n\n${'| a | b |\n'.repeat(2000)}`, `### ${'Fix '.repeat(5000)}\n\ntext\n`]) analyse(text);
  });
});
