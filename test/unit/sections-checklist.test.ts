/**
 * A heading that is no section only by its word "checklist" ("Checklist", "Recovery checklist",
 * "Post-incident checklist") over boxes of work, most of them opening on a verb of work and one at
 * least still open, is the plan, its sub-sections' boxes counted too. Boxes all ticked (the
 * response told as done) and boxes of checks ("Timeline written") name no plan. Every document
 * here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { check } from '../../server/src/analysis/engine/engine';
import { postmortemOptions } from '../support/engine-properties';
import { sectionReader } from './helpers/sections';

const { kindsOf } = sectionReader('postmortems/2031-04-02-queue.md');

const report = (heading: string, body: string) =>
  [
    '# Queue stall on the second of April',
    '',
    '## Summary',
    '',
    'The invoice queue stood still for ninety minutes because one worker filled its disk with logs.',
    '',
    '## Timeline',
    '',
    '- 09:10 the queue stops draining',
    '- 10:40 the worker is restarted',
    '',
    `## ${heading}`,
    '',
    body,
    '',
  ].join('\n');

const work = '- [ ] Add an alert on the disk of each worker\n- [ ] Move the spool to its own volume\n- [x] Write down how to restart a worker';

describe('sections: a checklist of work', () => {
  for (const heading of ['Checklist', 'Recovery checklist', 'Post-incident checklist', 'Cleanup Checklist']) {
    it(`reads "${heading}" over boxes of work as the action items`, () => {
      assert.deepEqual(kindsOf(report(heading, work), heading), ['action-items']);
    });
  }

  it('tells no missing action items section when the only plan is such a checklist', () => {
    const found = check(report('Checklist', work), postmortemOptions()).findings.filter((f) => f.ruleId === 'required-sections');
    assert.ok(!found.some((f) => /action/i.test(f.message)), found.map((f) => f.message).join('; '));
  });

  it('counts the boxes of its sub-sections', () => {
    const body =
      '### Today\n\n- [x] Turn off the noisy job\n- [ ] Set a quota on the log folder\n\n### Later\n\n- [ ] Review every job that writes logs\n- [ ] Document the spool layout';
    const text = report('Recovery checklist', body);
    assert.deepEqual(kindsOf(text, 'Recovery checklist'), ['action-items']);
  });

  it('leaves boxes all ticked as no plan (the response told as done)', () => {
    const body = '- [x] Page the person on call\n- [x] Restart the stuck worker\n- [x] Post an update on the status page';
    assert.deepEqual(kindsOf(report('Response checklist', body), 'Response checklist'), []);
  });

  it('leaves boxes of checks on the write-up as no plan', () => {
    const body = '- [ ] Timeline filled in\n- [ ] Owners named for every item\n- [x] Reviewed by the team';
    assert.deepEqual(kindsOf(report('Postmortem checklist', body), 'Postmortem checklist'), []);
  });

  it('needs two boxes in three to open on a verb of work', () => {
    const body = '- [ ] Add an alert on the disk\n- [ ] Disk alert tuned\n- [ ] Spool moved';
    assert.deepEqual(kindsOf(report('Checklist', body), 'Checklist'), []);
  });

  it('reads ugly input without failing: one box, empty boxes, a plain list', () => {
    assert.deepEqual(kindsOf(report('Checklist', '- [ ] Add an alert'), 'Checklist'), []);
    assert.deepEqual(kindsOf(report('Checklist', '- [ ]\n- [ ] \n- [x]'), 'Checklist'), []);
    assert.deepEqual(kindsOf(report('Checklist', '- Add an alert\n- Move the spool'), 'Checklist'), []);
    assert.deepEqual(kindsOf(report('Checklist', ''), 'Checklist'), []);
  });

  it('keeps a heading that names something besides the checklist as it reads', () => {
    assert.deepEqual(kindsOf(report('Checklist: references', work), 'Checklist: references'), []);
  });
});
