/**
 * An apology that names what it is for as something that happened or was caused ("I am sorry this
 * happened", "we apologise for the inconvenience this has caused") tells the incident in the past
 * by itself, when the prose dates it: a note to users whose failure is put in words no other cue
 * reads ("the bridge deleted every link"). A help article is sorry for what happened to its
 * reader on no day, a page's "last updated" line dates the page and not what it tells, a notice of
 * planned work apologises for what it caused too, and "this may have caused" tells nothing.
 * Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { detection } from '../support/recognition';

function note(apology: string, dated = 'Shortly after 02:00 on March 4th, 2025 the relay bot deleted every link between the rooms it joined.'): string[] {
  return ['# A reset of the room links', '', 'Hi all,', '', dated, '', 'Links have to be made again by hand; the steps are on the help page.', '', apology, ''];
}

describe('recognising an apology for what happened', () => {
  it('takes a dated note whose apology says it happened', () => {
    assert.equal(detection(note('I am very sorry this happened.').join('\n')), 'content');
  });

  it('takes one whose apology names what it caused, with CRLF line ends', () => {
    assert.equal(detection(note('We apologise for the inconvenience this has caused.').join('\r\n')), 'content');
  });

  it('takes one whose apology names what the event had', () => {
    assert.equal(detection(note('We are sorry for the trouble this event had brought to everyone.').join('\n')), 'content');
  });

  it('does not take the same note without a date', () => {
    assert.notEqual(detection(note('I am very sorry this happened.', 'The relay bot deleted every link between the rooms it joined.').join('\n')), 'content');
  });

  it('does not take a help article dated only by its last update', () => {
    const article = [
      '# Room links gone',
      '',
      "We're sorry this happened to you.",
      '',
      'Links go when a room is made private. Make the room public and link it again.',
      '',
      'Last updated on March 4th, 2025.',
      '',
    ];
    assert.notEqual(detection(article.join('\n')), 'content');
  });

  it('does not take a notice of planned work', () => {
    const notice = note(
      'We apologise for the inconvenience this has caused.',
      'The planned move of the relay bot on March 4th, 2025 deleted every link between the rooms it joined.',
    );
    assert.notEqual(detection(notice.join('\n')), 'content');
  });

  it('does not take an apology for what may have happened, nor one put as a case', () => {
    assert.notEqual(detection(note('We apologise for any inconvenience this may have caused.').join('\n')), 'content');
    assert.notEqual(detection(note('If this happened to you, we are sorry.').join('\n')), 'content');
  });

  it('reads odd and long input without failing', () => {
    assert.doesNotThrow(() => detection('# x\n\n\u0000 I am sorry this happened on March 4th, 2025.\n'));
    assert.doesNotThrow(() => detection(note(`I am sorry ${'this this has '.repeat(4000)}happened.`).join('\n')));
    // The time the reading takes as such an apology grows: test/unit/linear-time.test.ts.
  });
});
