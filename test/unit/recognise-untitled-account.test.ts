/**
 * A post-mortem told without any heading, as a blog post or a mail is: a word of context first,
 * then, in one of the first paragraphs, a failure told in the past, its cause and what was done or
 * will change further on. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { detection as taken, isTaken } from '../support/recognition';

/** Paragraphs of context and detail that tell neither a failure, a cause nor an answer. */
const context = 'Our team runs the booking site for a chain of small climbing gyms, with a database and two web servers.';
const detail = [
  'Two of us looked at the dashboards while a third read through the web server logs.',
  'The graphs for the web servers looked calm apart from slow requests to the database.',
  'Bookings for the evening sessions are the busiest part of the day.',
  'The database runs on a single host with a replica in another zone.',
  'Nobody had deployed anything since the previous Thursday.',
  'The replica kept up with the primary throughout.',
];
const failure = 'On Tuesday evening the booking page failed for about two hours, and members could not reserve a slot.';
const cause = 'The stall was caused by a nightly report that locked the bookings table while it ran.';
const answer = 'We moved the report to the replica, and we will add an alert on lock waits next week.';

const post = (paragraphs: readonly string[]) => paragraphs.join('\n\n') + '\n';

describe('recognising a post-mortem told without headings', () => {
  it('takes a failure told in the second paragraph, its cause and answer after the detail', () => {
    assert.equal(taken(post([context, failure, ...detail, cause, answer])), 'content');
  });

  it('takes it with the failure in the third paragraph, with CRLF line ends and with lines wrapped', () => {
    assert.equal(taken(post([context, detail[2], failure, ...detail, cause, answer])), 'content');
    assert.equal(taken(post([context, failure, ...detail, cause, answer]).replace(/\n/g, '\r\n')), 'content');
    assert.equal(taken(post([context, failure.replace('and ', '\nand '), ...detail, cause, answer.replace('and ', '\nand ')])), 'content');
  });

  it('takes it when the cause and the answer stand far down, past the opening the quick reading first looks at', () => {
    // Thirty paragraphs of some 170 characters: past the quick reading's first 4 KB, within the story's forty paragraphs.
    const long = Array.from({ length: 30 }, (_, i) => `${detail[i % detail.length]} ${detail[(i + 1) % detail.length]} (${i})`);
    assert.ok(long.join('\n\n').length > 4096);
    assert.equal(taken(post([context, failure, ...long, cause, answer])), 'content');
  });

  it('does not take a failure told only after the opening paragraphs', () => {
    assert.equal(isTaken(post([context, detail[0], detail[1], detail[2], failure, cause, answer])), false);
  });

  it('does not take an opening failure without its cause, or without an answer', () => {
    assert.equal(isTaken(post([context, failure, ...detail, answer])), false);
    assert.equal(isTaken(post([context, failure, ...detail, cause])), false);
  });

  it('does not take a case put, a question or a failure told ahead', () => {
    const cases = [
      'If the booking page fails in the evening, members cannot reserve a slot.',
      'What happens when the booking page failed for two hours?',
      'The booking page will be down on Tuesday evening for the upgrade.',
    ];
    for (const c of cases) assert.equal(isTaken(post([context, c, ...detail, cause, answer])), false, c);
  });

  it('does not take a message of two paragraphs, nor empty or odd input', () => {
    assert.equal(isTaken(post([failure, `${cause} ${answer}`])), false);
    for (const odd of ['', '\n\n\n', '> \n\n> \n', `${failure}\n`.repeat(3), '\u0000'.repeat(50)]) assert.equal(isTaken(odd), false);
  });
});
