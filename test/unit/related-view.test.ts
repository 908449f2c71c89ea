import { strict as assert } from 'node:assert';
import { relatedDescription, relatedLabel, relatedMessage, relatedTooltip } from '../../client/src/features/related-model';
import type { RelatedInfo } from '../../server/src/protocol';

const item: RelatedInfo = {
  uri: 'file:///ws/postmortems/2026-03-04%20checkout.md',
  title: 'Checkout *latency*',
  date: '2026-03-04',
  score: 0.4312,
  earlier: true,
  why: 'both checkout-api; shared words "connection pool" (root cause)',
  terms: [{ text: 'connection pool', fields: ['rootCause', 'summary'] }],
  services: ['checkout-api'],
  categories: ['design_weakness'],
  trigger: 'capacity',
  openItems: 1,
  totalItems: 3,
  line: 12,
};

describe('Related Post-Mortems view: labels', () => {
  it('labels a row with the title, or the file name without one', () => {
    assert.equal(relatedLabel(item), 'Checkout *latency*');
    assert.equal(relatedLabel({ ...item, title: null }), '2026-03-04 checkout.md');
  });

  it('describes a row with the date and why', () => {
    assert.equal(relatedDescription(item), '2026-03-04 · both checkout-api; shared words "connection pool" (root cause)');
    assert.match(relatedDescription({ ...item, date: null }), /^no date · /);
  });

  it('explains in the tooltip: similarity, the facts both give, the shared words with their fields, open items', () => {
    assert.equal(
      relatedTooltip(item),
      [
        '**Checkout \\*latency\\*** (2026-03-04, earlier)',
        '',
        'Similarity 43%',
        '',
        'Both: services checkout-api; contributing factors design weakness; trigger capacity',
        '',
        'Shared words: "connection pool" (root cause, summary)',
        '',
        'Action items: 1 of 3 still open',
      ].join('\n'),
    );
  });

  it('says why the list is empty', () => {
    assert.match(relatedMessage(null)!, /Open a post-mortem/);
    assert.match(relatedMessage({ isPostmortem: false, items: 0, archiveSize: 5 })!, /not a post-mortem/);
    assert.match(relatedMessage({ isPostmortem: true, items: 0, archiveSize: 1 })!, /No other post-mortems/);
    assert.match(relatedMessage({ isPostmortem: true, items: 0, archiveSize: 9 })!, /shares its words or facts/);
    assert.equal(relatedMessage({ isPostmortem: true, items: 2, archiveSize: 9 }), undefined);
  });
});
