/**
 * A page saved from a status site may keep a line of its navigation above the title ("Back to
 * overview", a breadcrumb). The stamps under the title are read as they are when the title comes
 * first; a document whose opening above the first heading is long prose keeps its heading as a
 * section heading. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { check } from '../../server/src/analysis/engine/engine';
import type { Timeline } from '../../server/src/analysis/model/model';
import { defaultSettings } from '../../server/src/analysis/base/settings';

const settings = defaultSettings();

function timelineOf(text: string): Timeline | null {
  return analyzeDocument(text, 'postmortems/x.md', settings).model.timeline;
}

/** A status page's log, newest first, each stamp on a line of its own over what happened. */
const LOG = [
  'Jun 4 at 11:20am CEST',
  '',
  'Checkout is working again for every shop.',
  '',
  'Jun 4 at 10:55am CEST',
  '',
  'We rolled the payment proxy back to the previous build.',
  '',
  'Jun 4 at 10:31am CEST',
  '',
  'Checkout fails for some shops.',
  '',
].join('\n');

describe('timeline: a line above the title', () => {
  it('reads the stamps under the title with a navigation line above it, as without one', () => {
    const bare = timelineOf(`# Checkout errors\n\n${LOG}`);
    const withNav = timelineOf(`Back to all incidents\n\n# Checkout errors\n\n${LOG}`);
    assert.ok(bare && withNav);
    assert.equal(withNav.entries.length, bare.entries.length);
    assert.deepEqual(
      withNav.entries.map((e) => e.instant),
      bare.entries.map((e) => e.instant),
    );
    const order = check(`Back to all incidents\n\n# Checkout errors\n\n${LOG}`, { path: 'postmortems/x.md', settings }).findings.filter(
      (f) => f.ruleId === 'timeline-order',
    );
    assert.ok(order.length > 0);
  });

  it('reads no further than the opening when the line stands under the title or is long prose', () => {
    // Under a first title, a second top heading opens a part of its own, as before.
    const under = timelineOf(`# Checkout errors\n\nBack to all incidents\n\n# Checkout log\n\n${LOG}`);
    const twoTitles = timelineOf(`# Checkout errors\n\nA note on the outage of the fourth.\n\n# Checkout log\n\n${LOG}`);
    assert.deepEqual(
      under?.entries.map((e) => e.line),
      twoTitles?.entries.map((e) => e.line),
    );
    // Long prose above a heading is the document's own opening, not a page's navigation.
    const prose = 'We write this note for the shop owners who saw checkout fail on the morning of the fourth. '.repeat(2).trim();
    const long = timelineOf(`${prose}\n\n# Checkout errors\n\n${LOG}`);
    const short = timelineOf(`Back to all incidents\n\n# Checkout errors\n\n${LOG}`);
    assert.equal(short?.entries.length, 3);
    assert.notEqual(long?.entries.length ?? 0, 3);
  });

  it('reads broken input above the title without failing', () => {
    for (const above of ['', '*', '[', '<!-- -->', '\u0000', 'Jun 4 at', '# \n#']) {
      assert.doesNotThrow(() => timelineOf(`${above}\n\n# Checkout errors\n\n${LOG}`));
    }
  });
});
