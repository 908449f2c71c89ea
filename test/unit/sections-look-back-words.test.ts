/**
 * Words that only hint at a section, read against what the section holds: "Postmortem" as a status
 * page heads its last update (the causes found, the changes promised), and "Architecture overview"
 * over how the service is built. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';

const kindsOf = (text: string) =>
  analyzeDocument(text, 'postmortems/x.md', defaultSettings()).model.sections.map((s) => [s.heading.text, s.kinds.join('+') || null]);

const update = (heading: string, body: string) =>
  `# Some requests to the API failed\n\nIncident report for Example Cloud\n\n## ${heading}\n\n${body}\n\nPosted Mar 03, 2031 - 10:12 UTC\n`;

const CAUSES_AND_PLAN = [
  'After the incident we met and found that the failures came from:',
  '',
  '- A long spike in traffic from a single customer',
  '- Slow answers from the load balancers due to the flood of requests',
  '- Requests dropped by the routers due to the backlog',
  '',
  'To keep this from happening again we will make these changes:',
  '',
  '- We will add limits per client to the public endpoints',
  '- We will add a dashboard of traffic per client',
  '- We will page the on-call engineer when the backlog grows',
  '- We will move batch traffic to routers of its own',
].join('\n');

describe('"Postmortem" over the causes found and the work promised', () => {
  it('reads the update as the plan, and the cause its list ties', () => {
    assert.deepEqual(kindsOf(update('Postmortem', CAUSES_AND_PLAN)), [['Postmortem', 'action-items+root-cause']]);
  });

  it('reads it as the plan alone when no cause is tied', () => {
    const plan = CAUSES_AND_PLAN.split('\n').slice(6).join('\n');
    assert.deepEqual(kindsOf(update('Post-mortem', plan)), [['Post-mortem', 'action-items']]);
  });

  it('keeps the look back where the section draws a lesson', () => {
    const lesson = `${CAUSES_AND_PLAN}\n\nThe lesson we learned is that one customer can fill the whole pool.`;
    assert.deepEqual(kindsOf(update('Postmortem', lesson)), [['Postmortem', 'lessons-learned']]);
    const prose = 'We learned that the pool is shared by every customer, and that we should have known sooner.';
    assert.deepEqual(kindsOf(update('Postmortem', prose)), [['Postmortem', 'lessons-learned']]);
  });

  it('leaves a heading that names the lessons plainly to its name', () => {
    assert.deepEqual(kindsOf(update('Lessons learned', CAUSES_AND_PLAN)), [['Lessons learned', 'lessons-learned']]);
  });

  it('reads no section from the word over a list of one promise, or of facts: it is the post the page prints', () => {
    const one = 'We met after the incident.\n\n- We will add limits per client';
    assert.deepEqual(kindsOf(update('Postmortem', one)), [['Postmortem', null]]);
    const facts = '- The spike lasted four hours\n- Two routers dropped requests\n- No data was lost';
    assert.deepEqual(kindsOf(update('Postmortem', facts)), [['Postmortem', null]]);
  });
});

describe('an overview of how the service is built', () => {
  const report = (heading: string) =>
    `# Checkout down for twenty minutes\n\nOn Monday checkout failed for twenty minutes after a spike in traffic.\n\n## ${heading}\n\nRequests reach the shop through two gateways, which send them on to a pool of workers.\n\n## Timeline\n\n- 10:02 traffic rose\n- 10:22 checkout worked again\n`;

  it('reads "Architecture overview" and "System overview" as background, no summary', () => {
    for (const heading of ['Architecture overview', 'System overview', 'Systems Overview'])
      assert.deepEqual(kindsOf(report(heading))[0], [heading, null], heading);
  });

  it('keeps an overview of the incident the summary', () => {
    for (const heading of ['Overview', 'Incident overview']) assert.deepEqual(kindsOf(report(heading))[0], [heading, 'summary'], heading);
  });
});
