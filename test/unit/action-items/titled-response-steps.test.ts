/**
 * Under a heading of the response ("Our first response", "Emergency response"), entries that open on
 * a bold title and then tell a step taken ("**Paging**: Paged the storage lead at once") record
 * the response, as the same steps without a title do: they are not follow-up work. Titled entries
 * that ask for work ("**Runbooks**: Write a runbook …") stay items. Every document here is written
 * for the test.
 */
import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../../../server/src/analysis/parse/parse';
import { recordsResponse } from '../../../server/src/analysis/model/action-items/plan-sections';
import { assertLinear } from '../../support/growth';
import { itemTexts as texts } from './helpers';

const doc = (entries: string[]) =>
  [
    '# Queue outage',
    '',
    '## Summary',
    '',
    'The job queue stopped taking work for forty minutes on 2 May.',
    '',
    '## Actions',
    '',
    '### Our first response',
    '',
    ...entries,
    '',
    '### Later work',
    '',
    '1. **Alerting**: Add an alert on queue depth',
    '2. **Capacity**: Move the queue to a larger host',
    '',
  ].join('\n');

describe('action items: titled steps of the response', () => {
  it('reads no item in titled entries that tell the steps taken', () => {
    const found = texts(
      doc([
        '1. **Noticing**: The on-call engineer spotted the stalled workers',
        '2. **First attempt**: Restarted the workers, which did not help',
        '3. **Escalation**: Traced the fault to the storage layer once restarts failed',
        '4. **Vendor contact**: Opened an urgent case with the storage vendor',
      ]),
    );
    assert.deepEqual(found, ['Alerting: Add an alert on queue depth', 'Capacity: Move the queue to a larger host']);
  });

  it('keeps titled entries that ask for work under the same heading', () => {
    const found = texts(doc(['1. **Runbooks**: Write a runbook for a stalled queue', '2. **Paging**: Page the storage lead on queue stalls']));
    assert.ok(
      found.some((t) => t.includes('Write a runbook for a stalled queue')),
      found.join(' | '),
    );
    assert.ok(
      found.some((t) => t.includes('Page the storage lead')),
      found.join(' | '),
    );
  });

  it('judges the same entries alike with and without their titles', () => {
    const titled = parseMarkdown('- **Restart**: Restarted the workers\n- **Failover**: Moved traffic to the spare host\n').children;
    const bare = parseMarkdown('- Restarted the workers\n- Moved traffic to the spare host\n').children;
    assert.equal(recordsResponse('Emergency response', titled), true);
    assert.equal(recordsResponse('Emergency response', bare), true);
    // A heading of work still to come is never a record of the response, titled or not.
    assert.equal(recordsResponse('Work planned for later', titled), false);
  });

  it('takes only a short bold title for a title (ugly input)', () => {
    // A long bold phrase before the colon is the entry's words, not a title: a task stays a task.
    const long = parseMarkdown('- **Add a second queue host in another zone before summer**: Restarted the workers\n').children;
    assert.equal(recordsResponse('Emergency response', long), false);
    // A colon with nothing after it, a title that is not bold, and an empty title change nothing.
    for (const md of ['- **Restart**:\n', '- Restart: Restart the workers\n', '- ****: Restarted the workers\n']) {
      assert.doesNotThrow(() => recordsResponse('Emergency response', parseMarkdown(md).children), md);
    }
    assert.equal(recordsResponse('Emergency response', parseMarkdown('- Restart: Restart the workers\n').children), false);
  });

  it('reads a long titled entry in linear time', () => {
    // The whole document is read, so the work grows with the entry (a single entry is read up to a bound).
    assertLinear(
      'titled entry',
      (n) => doc([`1. **Step one**: ${'Restarted the workers and '.repeat(n)}stopped`]),
      (text) => texts(text),
    );
    assertLinear(
      'many words before a colon',
      (n) => doc([`1. **${'word '.repeat(n)}**: ${'a '.repeat(n)}`]),
      (text) => texts(text),
    );
  });
});
