/**
 * Corrective actions told in the past tense, each a numbered line closed by a colon with its
 * detail (a setting, a commit) in a code sub-bullet: the line is the item, the detail is not one
 * more. The same list may sit under a plain "- Corrective actions:" label inside a dated heading.
 * Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

function read(text: string): { text: string; done: boolean }[] {
  return analyzeDocument(text, 'postmortems/2026-06-01-test.md', defaultSettings()).model.actionItems.map((i) => ({ text: i.text, done: i.done }));
}

describe('action items: a corrective line over its detail', () => {
  it('takes the line closed by a colon as the item, not the code under it', () => {
    const text = [
      '# Release build failed',
      '',
      '## Corrective Actions',
      '1. Pinned the build image to a supported tag:',
      '   - `image: builder-22`',
      '2. Set the toolchain version explicitly:',
      '   - linux job `toolchain: 1.78`',
      '3. Commit with the fix:',
      '   - `a1b2c3d` (`ci: pin image and toolchain`)',
      '',
    ].join('\n');
    assert.deepEqual(read(text), [
      { text: 'Pinned the build image to a supported tag:', done: true },
      // "Set" is a past form too, beside an entry told done.
      { text: 'Set the toolchain version explicitly:', done: true },
    ]);
  });

  it('leaves an entry open beside done ones when it opens on no past form', () => {
    const text = [
      '# Release build failed',
      '',
      '## Corrective Actions',
      '1. Pinned the build image.',
      '2. Set the toolchain version.',
      '3. Add a smoke test of the installer.',
      '',
    ].join('\n');
    assert.deepEqual(
      read(text).map((i) => i.done),
      [true, false, false],
    );
  });

  it('keeps open the commands beside one marked done when no entry is told in the past alone', () => {
    const text = [
      '# Queue stall',
      '',
      '## Action Items',
      '- Set up paging on queue depth. **(finished during the response)**',
      '- Set up a weekly report of the oldest message.',
      '- Put the purge job on a schedule.',
      '',
    ].join('\n');
    assert.deepEqual(
      read(text).map((i) => i.done),
      [true, false, false],
    );
  });

  it('still reads "Set" as past beside an entry told in the past alone', () => {
    const text = ['# Queue stall', '', '## Follow-up', '- Raised the consumer limit (done).', '- Set the purge job to run hourly.', ''].join('\n');
    assert.deepEqual(
      read(text).map((i) => i.done),
      [true, true],
    );
  });

  it('keeps a label over tasks a group, its tasks the items', () => {
    const text = [
      '# Release build failed',
      '',
      '## Action Items',
      '- Improve the pipeline:',
      '  - Add a smoke test of the installer',
      '  - Pin the runner label',
      '',
    ].join('\n');
    assert.deepEqual(
      read(text).map((i) => i.text),
      ['Add a smoke test of the installer', 'Pin the runner label'],
    );
  });

  it('reads the list under a plain "- Corrective actions:" label in an incident log', () => {
    const text = [
      '# Release incidents',
      '',
      '## 2026-01-10: installer fails on drive D',
      '- Root causes:',
      '  1. The start script changed directory without switching drives.',
      '- Corrective actions:',
      '  1. Added a smoke check for the start script.',
      '  2. Patched the packaging step to write the script as:',
      '     - `cd /d "%~dp0"`',
      '- Triage action taken:',
      '  - Asked the reporter for the setup log.',
      '',
    ].join('\n');
    assert.deepEqual(read(text), [
      { text: 'Added a smoke check for the start script.', done: true },
      { text: 'Patched the packaging step to write the script as:', done: true },
    ]);
  });
});
