import { strict as assert } from 'node:assert';
import { sentencesOf } from '../../../server/src/analysis/model/blameless/tokens';
import { runOurs } from '../../fixtures/blameless/load';
import { timedDetect } from '../../support/blameless-timing';

const words = (text: string) => sentencesOf(text).map((s) => s.map((t) => t.raw).join(' '));

/**
 * Prose written all in lower case: the English parser keeps a full stop on the word before a
 * lower-case word ("broken. this") and runs the two sentences together. Every sentence here is our own.
 */
describe('blameless sentences in lower-case prose', () => {
  it('ends a sentence at a full stop glued to a word', () => {
    assert.deepEqual(words('the patch is broken. this is not a config problem.'), ['the patch is broken .', 'this is not a config problem .']);
  });

  it('keeps short forms and initialisms inside their sentence', () => {
    assert.deepEqual(words('we use tools, e.g. grep, etc. and more.'), ['we use tools , e.g. grep , etc. and more .']);
    assert.deepEqual(words('acme inc. said no.'), ['acme inc. said no .']);
  });

  it('keeps offsets of the split word and its stop on the text', () => {
    const text = 'it was late. then sam forgot the backup.';
    for (const sentence of sentencesOf(text)) for (const token of sentence) assert.equal(text.slice(token.start, token.end), token.raw);
  });

  it('splits a long run of lower-case sentences in linear time', () => {
    // Timed in turn over up to five rounds, each size keeping its fastest: a collection late in a
    // long test run slows one measure, quadratic work slows every one.
    let small = Infinity;
    let large = Infinity;
    for (let round = 0; round < 5 && (round === 0 || large >= small * 40 + 20); round++) {
      large = Math.min(large, timedDetect('the patch is broken. then sam left. '.repeat(1500), { names: new Set<string>() }).ms);
      small = Math.min(small, timedDetect('the patch is broken. then sam left. '.repeat(150), { names: new Set<string>() }).ms);
    }
    assert.ok(large < small * 40 + 20, `small: ${small.toFixed(0)} ms, large: ${large.toFixed(0)} ms`);
  });

  it('reads blame at the end of a lower-case sentence, and nothing from the next one', () => {
    assert.equal(runOurs('honestly, your implementation is broken. nothing in the spec allows that.').blame.length, 1);
    assert.equal(runOurs('the old build was broken. your fix solved it.').blame.length, 0);
  });
});
