/**
 * Short reports pasted from a status page or an issue often keep their parts as plain lines that
 * ask a question at some length ("What are we changing so that it cannot recur?") or open on a
 * question word and end on a colon ("What we intend to do next:"), with no heading marker. Every
 * document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { SectionMatcher } from '../../server/src/analysis/model/sections';
import { DEFAULT_SECTIONS } from '../../server/src/analysis/base/settings';

function sections(text: string): [string, string | null][] {
  return analyzeDocument(text, 'notes/2031-04-02-queue.md', defaultSettings()).model.sections.map((s) => [s.heading.text, s.kind]);
}

const OPENING = [
  'On Tuesday between 09:12 and 09:40 UTC the billing queue stopped draining and invoices were',
  'sent late. A worker pool ran out of memory after a configuration change raised its batch size.',
  '',
].join('\n');

describe('sections: titles asked at length in a report without headings', () => {
  it('reads a long question line that plainly names the plan as the action items', () => {
    const text = [OPENING, 'What we intend to do next?', '', 'We will cap the batch size and alert on queue depth before it grows.', ''].join('\n');
    assert.deepEqual(sections(text), [['What we intend to do next?', 'action-items']]);
  });

  it('reads a clause ending on a colon, its words only hinting at the plan, when a list of work confirms it', () => {
    const text = [
      OPENING,
      'What are we changing so that it cannot recur:',
      '',
      '- We will cap the batch size of every pool.',
      '- We will page on queue depth instead of worker restarts.',
      '',
    ].join('\n');
    assert.deepEqual(sections(text), [['What are we changing so that it cannot recur', 'action-items']]);
  });

  it('leaves a title that only hints at the plan when nothing under it is work to do', () => {
    const text = [OPENING, 'What are we changing so that it cannot recur:', '', 'The vendor has not answered our questions yet.', ''].join('\n');
    assert.deepEqual(sections(text), []);
  });

  it('reads the aim of making the harm smaller as the plan, not as the impact', () => {
    const text = [OPENING, 'What could be done to lessen the impact next time:', '', '- [ ] Alert on queue depth.', ''].join('\n');
    assert.deepEqual(sections(text), [['What could be done to lessen the impact next time', 'action-items']]);
  });

  it('takes no sentence that leads into a list for a title', () => {
    const text = [OPENING, 'We had to restart the following workers by hand:', '', '- billing-1', '- billing-2', ''].join('\n');
    assert.deepEqual(sections(text), []);
  });

  it('takes no line of more than twelve words, nor one that ends on no mark', () => {
    const long = [OPENING, 'What are we changing in the billing service so that this kind of thing cannot recur?', '', 'We will cap it.', ''];
    assert.deepEqual(sections(long.join('\n')), []);
    const open = [OPENING, 'What we intend to do about the billing queue', '', 'We will cap the batch size.', ''];
    assert.deepEqual(sections(open.join('\n')), []);
  });

  it('keeps to reports whose titles lost their markers: beside real headings the line is prose', () => {
    const text = ['## Summary', '', OPENING, 'What we intend to do next?', '', 'We will cap the batch size.', ''].join('\n');
    assert.deepEqual(sections(text), [['Summary', 'summary']]);
  });

  it('survives broken input: a lone mark, an empty question, a line of marks', () => {
    for (const line of ['What ?', 'What    ::', 'How, how, how, how, how?', '?', 'What is ## this — ## thing here?']) {
      assert.doesNotThrow(() => sections([OPENING, line, '', 'We will look.', ''].join('\n')));
    }
  });
});

describe('section names: the harm a plan means to lessen', () => {
  const matcher = new SectionMatcher(DEFAULT_SECTIONS);
  it('reads the harm after a verb of making smaller as the aim of a plan', () => {
    assert.deepEqual(matcher.read('Reducing the blast radius').kinds, ['action-items']);
    assert.equal(matcher.read('How we will limit customer impact').kinds.includes('impact'), false);
    assert.deepEqual(matcher.read('Minimising the damage').kinds, []);
  });

  it('still reads the harm told as such, a participle before it included', () => {
    assert.deepEqual(matcher.read('Limited impact').kinds, ['impact']);
    assert.deepEqual(matcher.read('Impact and mitigation').kinds, ['impact', 'resolution']);
    assert.deepEqual(matcher.read('Customer impact').kinds, ['impact']);
  });
});

describe('sections: a title line answered by yes or no alone', () => {
  it('reads no section from questions whose only answer is a bare yes or no', () => {
    const text = [OPENING, 'Could it have been caught sooner?', '', 'Yes', '', 'Could it have been prevented?', '', 'No.', ''].join('\n');
    assert.deepEqual(sections(text), []);
  });

  it('still reads the question when its answer says more than yes or no', () => {
    const text = [OPENING, 'Could it have been prevented?', '', '- We will add a check on the batch size before each deploy.', ''].join('\n');
    assert.deepEqual(sections(text), [['Could it have been prevented?', 'action-items']]);
  });

  it('does not stop at an answer that only starts with yes', () => {
    const text = [OPENING, 'Why did it happen?', '', 'Yes, the pool ran out of memory because the batch size was raised.', ''].join('\n');
    assert.deepEqual(sections(text), [['Why did it happen?', 'root-cause']]);
  });
});
