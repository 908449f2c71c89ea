/**
 * Two sentences whose deploy or failure words name no trigger: one asked, not told (a guess, a
 * question the text then answers), and a change shipped to ease what was going wrong (a step of
 * the response). The answer to the question, and a change shipped for anything else, still name
 * one. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { triggerOf as trigger, withSections } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const doc = withSections('Outage of the tide tables');
const cause = (...lines: string[]) => trigger(...doc(['Root cause', ...lines]));

describe('facts: a trigger asked, or a change shipped to ease the failure', () => {
  it('reads no trigger from a question or a guess', () => {
    assert.equal(cause('A network partition? We checked the switches first, and the queue kept stalling.'), null);
    assert.equal(cause('Was it the kernel upgrade? Was it a power cut? Neither: the queue filled with one stuck message.'), null);
    assert.equal(cause('hardware failure???   nope'), null);
    // The answer is told, and names the trigger.
    assert.equal(cause('What set it off? A deploy of the new billing build at noon.'), 'change');
  });

  it('reads no trigger from a change shipped to ease what was going wrong', () => {
    assert.equal(cause('We rolled out a change to reduce the retry storm from the apps, but the queue stayed full.'), null);
    assert.equal(cause('At noon we deployed a patch that would help us stop the timeouts; the queue kept growing.'), null);
    // A change shipped for anything else still is the trigger.
    assert.equal(cause('We deployed a change that would let users upload larger files, and the uploads then filled the disk.'), 'change');
  });

  it('stays linear on long runs of questions and of shipped changes', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    assertLinear(
      'a long run of short questions',
      (n) => `${'a deploy? '.repeat(n)}the disk failed.`,
      (text) => cause(text),
      200,
    );
    assertLinear(
      'a long run of shipped changes',
      (n) => `we deployed a change ${'and a change '.repeat(n)}to reduce the load`,
      (text) => cause(text),
      200,
    );
  });
});
