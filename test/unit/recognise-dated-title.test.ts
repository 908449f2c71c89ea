/**
 * A title that names one incident on its day ("Outage of 3 May", "Incident on 2026-05-03") over
 * prose in which its authors tell it in the past: the report's own name, as the genre's would be,
 * though its answer and cause are told in words no cue reads. Authors who say they were not hit
 * tell of someone else's outage. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { detection } from '../support/recognition';

const body = [
  'The mail relay was set to send through the old gateway, which I had kept for the move.',
  '',
  'When the gateway was switched off on the Sunday, every message queued and none left the building.',
  '',
  'I pointed the relay at the new gateway by hand; the queue drained within the hour.',
  '',
];

describe('recognising a title that names one incident on its day', () => {
  it('takes first-person prose in the past under a dated incident title', () => {
    assert.equal(detection(['# Mail outage of 3 May', '', ...body].join('\n')), 'content');
  });

  it('takes it so with CRLF line ends and an ISO date', () => {
    assert.equal(detection(['# Outage on 2026-05-03', '', ...body].join('\r\n')), 'content');
  });

  it('takes the date written with hyphens: one-digit parts, or the month by its name', () => {
    for (const title of ['# 2026-5-3 mail outage', '# Mail outage - 2026-May-03', '# Relay outage on 03-May-2026', '# Outage, 2026-12-1']) {
      assert.equal(detection([title, '', ...body].join('\n')), 'content', title);
    }
  });

  it('reads no date in a version or a longer run of numbers with hyphens', () => {
    for (const title of ['# Mail outage in 2026-5-31-2', '# Mail outage, part 2026-5', '# Outage of relay 12-Mayfield-7']) {
      assert.notEqual(detection([title, '', ...body].join('\n')), 'content', title);
    }
  });

  it('does not take the same prose under a title without a date', () => {
    assert.notEqual(detection(['# Mail outage', '', ...body].join('\n')), 'content');
  });

  it("does not take a note on someone else's outage whose authors say they were not hit", () => {
    const note = [
      '# The hosting outage of 3 May',
      '',
      'Our hosting provider had an outage in one region on 3 May, and several shops were down all day.',
      '',
      'Our own services were not affected: they run in another region.',
      '',
      'The provider has published a report, linked below.',
      '',
    ];
    assert.notEqual(detection(note.join('\n')), 'content');
  });

  it('does not take it without a telling in the first person', () => {
    const third = ['# Mail outage of 3 May', '', 'The relay sent through the old gateway.', '', 'The gateway was switched off.', ''];
    assert.notEqual(detection(third.join('\n')), 'content');
  });

  it('reads odd input without failing', () => {
    assert.doesNotThrow(() => detection('# Outage of 3 May\n'));
    assert.doesNotThrow(() => detection('# Outage of 3 May\n\n\u0000 I was down.\n'));
  });
});
