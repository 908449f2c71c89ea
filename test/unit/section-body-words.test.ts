import assert from 'node:assert/strict';
import { bodySigns } from '../../server/src/analysis/model/section-body';
import { parseMarkdown } from '../../server/src/analysis/parse/parse';

/** The body signs of a whole Markdown text (no heading in it). */
function signs(text: string) {
  return bodySigns(parseMarkdown(text).children, text);
}

describe('the words a section body is read by', () => {
  it('keep a word boundary between list items, so a cue that opens a later item counts', () => {
    const list = '- The queue filled up\n- Because the consumer was paused, messages piled up\n- That meant checkout waited\n';
    assert.equal(signs(list).causal, 2, 'because, that meant');
    const lessons = '1. Alerts fired late\n2. In hindsight the limit was too high\n3. Next time we page earlier\n';
    assert.equal(signs(lessons).lessons, 2, 'in hindsight, next time');
  });

  it('keep one between the paragraphs of an item and of a quote, and inside nested lists', () => {
    const item = '- The disk filled\n\n  Because logs were never rotated, writes stopped\n';
    assert.equal(signs(item).causal, 1);
    const quote = '> Writes stopped\n>\n> Because logs were never rotated\n';
    assert.equal(signs(quote).causal, 1);
    const nested = '- What broke\n  - Because the cron job died\n  - Due to a missing alert\n';
    assert.equal(signs(nested).causal, 2);
  });

  it('sum the same blocks alike when asked again, and follow a changed block, another range or another order', () => {
    const text =
      'The cache filled because eviction was off.\n\n- Because the job stalled, rows piled up\n- We will add an alert\n\n## Next\n\nDue to the backlog, pages slowed.\n';
    const blocks = parseMarkdown(text).children;
    const first = bodySigns(blocks, text);
    assert.equal(first.causal, 2, 'up to the heading only');
    assert.deepEqual(bodySigns(blocks, text), first);
    assert.deepEqual(bodySigns([...blocks], text), first, 'another array of the same blocks');
    assert.equal(bodySigns(blocks.slice(0, 1), text).causal, 1, 'fewer blocks from the same first one');
    assert.equal(bodySigns(blocks, text).causal, 2, 'and all of them again');
    assert.equal(bodySigns([blocks[1], blocks[0]], text).causal, 2);
    assert.equal(bodySigns([blocks[1]], text).causal, 1);
    const edited = text.replace('eviction was off', 'eviction was off, due to a flag');
    assert.equal(bodySigns(parseMarkdown(edited).children, edited).causal, 3, 'a block parsed again is a new node');
    assert.equal(bodySigns([], text).items, 0);
    assert.equal(bodySigns(blocks.slice(2), text).items, 0, 'a heading first: nothing');
  });

  it('read a single paragraph as before, and an empty or huge list without failing', () => {
    assert.equal(signs('The deploy failed because the image was missing.').causal, 1);
    assert.equal(signs('-\n-\n').causal, 0);
    const huge = Array.from({ length: 3_000 }, (_, i) => `- step ${i} because`).join('\n');
    assert.ok(signs(huge).causal > 0);
  });

  it('count a sentence that names the cause as such, not a cause told in passing or looked for', () => {
    assert.equal(signs('The logins failed. The root cause was an expired key.').causeNamed, 1);
    assert.equal(signs('- Jobs piled up.\n- The problem occurred because the queue was full.').causeNamed, 1);
    assert.equal(signs('The cause of the slow pages is a missing index.').causeNamed, 1);
    assert.equal(signs('The outage was caused by an expired key.').causeNamed, 0);
    assert.equal(signs('We looked for the cause of the crash all night.').causeNamed, 0);
    assert.equal(signs('Because the cause was unclear, we waited.').causeNamed, 0);
  });

  it('count a change made or promised against a repeat, not an assurance that it will not happen again', () => {
    assert.equal(signs('This will never happen again.').prevention, 0);
    assert.equal(signs('We are confident this will not happen again.').prevention, 0);
    assert.equal(signs('We will never deploy on a Friday again, so this cannot recur.').prevention, 1);
    assert.equal(signs('The new check will catch this in the future.').prevention, 1);
    assert.equal(signs('The queue will not accept oversized jobs in the future.').prevention, 1);
  });
});
