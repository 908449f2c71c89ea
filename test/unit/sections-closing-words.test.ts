/**
 * The closing parts of a report in their writers' words: "Why this matters" tells what the
 * incident meant for the people it hit (the impact), and a "Conclusion" whose content draws a
 * lesson ("this showed us the value of …", "a good reminder that …") is the lessons learned.
 * Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';

function sections(text: string): [string, string[]][] {
  return analyzeDocument(text, 'postmortems/2031-03-09-mirror.md', defaultSettings()).model.sections.map((s) => [s.heading.text, s.kinds]);
}

const kindsOf = (text: string, heading: string) => sections(text).find(([t]) => t === heading)?.[1] ?? [];

const report = (extra: string) =>
  [
    '# Package mirror was offline for a day',
    '',
    'On Sunday our package mirror stopped answering after the host shut off its network.',
    '',
    '## What went on',
    '',
    '- The host saw our sync traffic as a scan and cut the machine off.',
    '- We asked twice for the block to be lifted; it was lifted on Monday.',
    '',
    extra,
  ].join('\n');

describe('sections: "Why this matters" is the impact', () => {
  it('reads "Why This Matters" and "Why it matters to you" as the impact, not the cause', () => {
    for (const heading of ['Why This Matters', 'Why it matters to you', 'Why does this matter?']) {
      const text = report(`## ${heading}\n\n- Thousands of build jobs could not fetch packages and failed.\n`);
      assert.deepEqual(kindsOf(text, heading), ['impact'], heading);
    }
  });

  it('still reads a plain "Why" question as the cause', () => {
    for (const heading of ['Why did it happen?', 'Why the host blocked us']) {
      const text = report(`## ${heading}\n\nThe sync ran from one address to many, because it fans out.\n`);
      assert.deepEqual(kindsOf(text, heading), ['root-cause'], heading);
    }
  });
});

describe('sections: a conclusion that draws a lesson', () => {
  it('reads "Conclusion" as lessons learned when its prose says what the incident showed', () => {
    for (const sentence of [
      'This outage highlights the real importance of a second host for anything public.',
      'The whole episode showed us the value of keeping a copy of the mirror elsewhere.',
      'It was a good reminder that a cheap host is only cheap until it blocks you.',
      'The day underscored the need of a written runbook for moving the mirror.',
    ]) {
      const text = report(`## Conclusion\n\n${sentence}\n\nThanks to everyone for bearing with us.\n`);
      assert.deepEqual(kindsOf(text, 'Conclusion'), ['lessons-learned'], sentence);
    }
  });

  it('leaves a conclusion that only thanks and apologises unread', () => {
    const text = report('## Conclusion\n\nWe are sorry for the trouble. Thank you for your patience and support.\n');
    assert.deepEqual(kindsOf(text, 'Conclusion'), []);
  });

  it('does not take a figure or a chart that "shows" something for a lesson', () => {
    const text = report('## Conclusion\n\nThe graph shows the traffic of the day. We thank everyone who wrote in.\n');
    assert.deepEqual(kindsOf(text, 'Conclusion'), []);
  });
});

describe('sections: the right steps seen in hindsight', () => {
  it('reads "What I should have done" over a list of steps as the lessons, not a plan', () => {
    for (const heading of ['What I Should Have Done', "What we should've done differently", 'What should have been done']) {
      const text = report(`## ${heading}\n\n1. **Try it on a copy** before touching the live mirror\n2. **Ask first** before any step that deletes data\n`);
      assert.deepEqual(kindsOf(text, heading), ['lessons-learned'], heading);
    }
  });

  it('leaves headings of work ahead or of what should happen as they were', () => {
    const plan = report('## What we will do\n\n- Add a second host for the mirror\n- Write the move down as a runbook\n');
    assert.deepEqual(kindsOf(plan, 'What we will do'), ['action-items']);
    const next = report('## What should happen next\n\n- Add a second host for the mirror\n- Write the move down as a runbook\n');
    assert.notDeepEqual(kindsOf(next, 'What should happen next'), ['lessons-learned']);
  });
});
