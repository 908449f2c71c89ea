/**
 * A person named doing a plain act in an entry of the timeline ("10:02 @dana merged the pull
 * request") is the log of who did what, as a page sent or a call made is: no person's act as a
 * contributing factor. A slip told there, and the same act told as the cause outside the timeline,
 * still are. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSections } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const doc = withSections('Outage of the tide tables');

describe('facts: a plain act logged in the timeline', () => {
  it('reads a person named doing a plain act in a timeline entry as no factor', () => {
    assert.deepEqual(cats(...doc(['Timeline', '- 10:02 @dana merged the pull request for the billing page', '- 10:30 the billing page returned errors'])), []);
    assert.deepEqual(
      cats(
        ...doc([
          'Timeline',
          '| Time | Event |',
          '|------|-------|',
          '| 10:02 | The developer removed the app from the store |',
          '| 10:30 | Users reported errors |',
        ]),
      ),
      [],
    );
    assert.deepEqual(cats(...doc(['Timeline', '* 09:15   SHE RAN the nightly import by hand', '* 09:40 imports resumed'])), []);
  });

  it('still reads a slip logged in the timeline, and the act told as the cause elsewhere', () => {
    assert.deepEqual(cats(...doc(['Timeline', '- 10:02 @dana accidentally pushed the test keys to main', '- 10:30 the billing page returned errors'])), [
      'human_action',
    ]);
    assert.deepEqual(
      cats(
        ...doc(
          ['Timeline', '- 10:02 the pull request was merged', '- 10:30 the billing page returned errors'],
          ['Root cause', 'The index on the fares table was dropped when @dana merged the pull request on Friday.'],
        ),
      ),
      ['human_action'],
    );
  });

  it('stays linear on a long timeline entry', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    assertLinear(
      'a long entry of plain acts',
      (n) => `- 10:02 @dana merged ${'the pull request and '.repeat(n)}the fix`,
      (entry) => cats(...doc(['Timeline', entry, '- 10:30 errors'])),
      200,
    );
  });
});
