/**
 * "Remediation", "Corrective actions" over a lead that tells the list under it as done ("Done:",
 * "Each of these steps was finished before noon:") and steps told as done, with no work ahead: the
 * response that ended the incident, the resolution. The same heading over work still ahead, with a
 * promise beside the done steps, inside a plan or under a section of another kind keeps its reading.
 * Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { assertLinear } from '../support/growth';

const settings = defaultSettings();
const sections = (text: string) => analyzeDocument(text, 'postmortems/2031-06-02-thumbnails.md', settings).model.sections;
/** The kinds of the section whose heading is the line `heading` of the text. */
const kindsOf = (text: string, heading: string) => {
  const at = text.split('\n').indexOf(heading);
  assert.ok(at >= 0, `no line ${heading}`);
  return sections(text).find((s) => s.heading.line === at)?.kinds ?? [];
};

const report = (heading: string, body: string) =>
  [
    '# Thumbnails vanished from the gallery',
    '',
    '## Summary',
    '',
    'For three hours on 2 June the gallery showed grey boxes instead of thumbnails.',
    '',
    '## Root cause',
    '',
    'A cleanup job deleted the thumbnail bucket because its prefix filter was left empty.',
    '',
    heading,
    '',
    body,
    '',
  ].join('\n');

const doneSteps = ['- Paused the cleanup job.', '- Regenerated every thumbnail from the originals.', '- Purged the CDN cache for the gallery.'].join('\n');

describe('sections: a plan heading over work told as done', () => {
  for (const lead of ['Done:', 'Completed:', 'Each of these steps was finished before noon:', 'Every step below had been carried out by 11:00:']) {
    it(`reads "## Remediation" over "${lead}" and done steps as the resolution`, () => {
      assert.deepEqual(kindsOf(report('## Remediation', `${lead}\n\n${doneSteps}`), '## Remediation'), ['resolution']);
    });
  }

  it('reads a numbered or decorated plan heading so too', () => {
    assert.deepEqual(kindsOf(report('## 6. Corrective actions', `Done:\n\n${doneSteps}`), '## 6. Corrective actions'), ['resolution']);
    assert.deepEqual(kindsOf(report('## ==[ Remediation ]==', `Completed:\n\n${doneSteps}`), '## ==[ Remediation ]=='), ['resolution']);
  });

  it('keeps the heading the action items when work is still ahead', () => {
    const open = `Done:\n\n${doneSteps}\n\nStill open:\n\n- [ ] Make the prefix filter required.`;
    assert.deepEqual(kindsOf(report('## Remediation', open), '## Remediation'), ['action-items']);
    const promised = `Done:\n\n${doneSteps}\n\nWe will make the prefix filter a required setting next sprint.`;
    assert.deepEqual(kindsOf(report('## Remediation', promised), '## Remediation'), ['action-items']);
    const tasks = `Done:\n\n- Paused the cleanup job.\n\nNext:\n\n- Add a dry-run mode to the cleanup job.\n- Require a prefix before any delete.`;
    assert.deepEqual(kindsOf(report('## Remediation', tasks), '## Remediation'), ['action-items']);
  });

  it('keeps a plan with no lead that tells its list as done the action items', () => {
    assert.deepEqual(kindsOf(report('## Remediation', doneSteps), '## Remediation'), ['action-items']);
    const sentence = `The cleanup job is done for now:\n\n${doneSteps}`;
    assert.deepEqual(kindsOf(report('## Remediation', sentence), '## Remediation'), ['action-items']);
  });

  it('keeps "Done:" inside a plan a part of the plan', () => {
    const text = [
      '# Thumbnails vanished',
      '',
      '## Summary',
      '',
      'The gallery showed grey boxes for three hours because a cleanup job emptied the bucket.',
      '',
      '## Action items',
      '',
      '### Remediation',
      '',
      'Done:',
      '',
      doneSteps,
      '',
    ].join('\n');
    assert.ok(!kindsOf(text, '### Remediation').includes('resolution'));
  });

  it('keeps the label alone: "Done" inside a sentence is no lead', () => {
    const text = report('## Remediation', `Cleanup is done: we checked the bucket.\n\n${doneSteps}`);
    assert.deepEqual(kindsOf(text, '## Remediation'), ['action-items']);
  });

  it('survives ugly input: a lead with no list, stray colons, empty items', () => {
    for (const body of ['Done:', 'Done::\n\n-\n-', 'Completed:   \n\n- \n', ':\n\nDone:\n\n1.\n2. Paused.']) {
      assert.ok(Array.isArray(kindsOf(report('## Remediation', body), '## Remediation')));
    }
    assert.doesNotThrow(() => sections('## Remediation\n\nDone:\n'));
  });

  it('reads a long lead and a long list in linear time', function () {
    this.timeout(120_000);
    assertLinear(
      'a long lead before the done steps',
      (n) => `# T\n\n## Remediation\n\n${'each of '.repeat(n)}these steps was finished:\n\n${doneSteps}\n`,
      (t) => sections(t),
      64,
    );
    assertLinear(
      'a long list under a done lead',
      (n) => `# T\n\n## Remediation\n\nDone:\n\n${'- Purged one more cache.\n'.repeat(n)}`,
      (t) => sections(t),
      32,
    );
  });
});
