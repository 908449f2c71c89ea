/**
 * A review told impersonally: no "we" and no "I", names and roles instead, under an outline that
 * has both what was learned and the work to follow. Those two parts are its authors' own answer,
 * as a commentary or a case study in a course does not give one; the incident itself must still
 * be told in the past. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { detection } from '../support/recognition';

const lines = (...parts: string[]) => parts.join('\n\n') + '\n';

describe('a review told without the first person', () => {
  it('takes an impersonal review with lessons and follow-up work', () => {
    const text = lines(
      '# wiki: login page returned errors for six hours',
      'Impact: the login page of the team wiki was giving certificate errors to every visitor, due to a lapsed certificate.',
      '## What went well',
      '- The uptime probe fired within two minutes.',
      '- Nobody on the rota saw the probe, since it posted to an archived channel.',
      '## Follow-up',
      '- [ ] Move the probe to the live alert channel (owner: dana)',
    );
    assert.equal(detection(text), 'content');
  });

  it('does not take the same outline when nothing is told as gone wrong', () => {
    const text = lines(
      '# wiki: login page',
      'Impact: the login page of the team wiki is the door for every visitor.',
      '## What went well',
      '- The page is quick to load.',
      '## Follow-up',
      '- [ ] Add a second probe (owner: dana)',
    );
    assert.notEqual(detection(text), 'content');
  });

  it('does not take an impersonal outline with lessons only', () => {
    const text = lines(
      '# wiki: login page returned errors for six hours',
      'Impact: the login page of the team wiki was giving certificate errors to every visitor, due to a lapsed certificate.',
      '## What went well',
      '- The uptime probe fired within two minutes.',
      '- Nobody on the rota saw the probe, since it posted to an archived channel.',
    );
    assert.notEqual(detection(text), 'content');
  });

  it('reads odd input without failing', () => {
    assert.doesNotThrow(() => detection('## What went well\n\n## Follow-up\n'));
    assert.doesNotThrow(() => detection('# x\n\n## Lessons\n\n\u0000\n\n## Action items\n\n- [ ]\n'));
  });
});
