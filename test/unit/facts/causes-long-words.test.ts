/**
 * A line holding one very long hyphenated word (letters joined by hyphens, thousands of them) is
 * read for causes in time that grows with the line, not with its square. Several patterns began a
 * branch with a free word (`[\w-]+`), tried from every word start inside the long word and read to
 * its end each time. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { categoriesOf as cats, causesOf, withSection } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const section = withSection('Outage of the ferry ticket office');
const joined = (n: number) => Array.from({ length: n }, () => 'q').join('-');

describe('facts: causes of a line with a very long hyphenated word', () => {
  const shapes: [string, (word: string) => string][] = [
    ['a rise of what users saw', (w) => `Checkout ${w} times spiked after the rollout.`],
    ['a shipped remedy', (w) => `The fix for the ${w} bug has been deployed.`],
    ['a failed machine', (w) => `The ${w} host crashed and went down.`],
    ['staff acting by mistake', (w) => `Our ${w} staff accidentally dropped the table.`],
    ['safeguards that held recovery back', (w) => `The ${w} safeguards kept the pool from recovering.`],
    ['a plain line with a dot', (w) => `We looked at ${w} again.`],
    ['a component that could not work, named after the long word', (w) => `The ${w} relay could not decode the new frames.`],
    ['a symptom first, then a component that could not work', (w) => `Every ${w} could not be opened; the relay could not decode frames.`],
  ];
  for (const [what, line] of shapes) {
    it(`reads ${what} in linear time`, function () {
      this.timeout(120_000);
      assertLinear(
        what,
        (n) => section('Root cause', line(joined(n))),
        (lines) => causesOf(lines),
        250,
      );
    });
  }

  it('still reads the same lines when their words are short', () => {
    assert.deepEqual(cats(...section('Root cause', 'Our night-shift staff accidentally dropped the table.')), ['human_action']);
    assert.equal(causesOf(section('Root cause', 'A schema migration was deployed, and then checkout-api times spiked.')).trigger?.trigger, 'change');
  });
});
