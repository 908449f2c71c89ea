/**
 * A plan's sub-heading that names the logs as the area it changes gives its items detection (log
 * coverage, in LABELS.md), as one naming monitoring or alerting does. Every item here is written
 * for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { itemKindsOf } from '../../../server/src/analysis/model/facts/item-kind';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

function kindsOf(text: string): [string, string][] {
  const doc = analyzeDocument(text, 'postmortems/2026-06-01-test.md', defaultSettings());
  const kinds = itemKindsOf(doc);
  return doc.model.actionItems.map((item, i) => [item.text, kinds[i].kind]);
}

const plan = (body: string[]) =>
  ['# Billing export outage', '', '## Summary', '', 'The export job dropped invoices for a day.', '', '## Action items', '', ...body, ''].join('\n');

describe('facts: kinds of action items under a sub-heading that names the logs', () => {
  it('gives the items of a logging part detection when they name no kind of their own', () => {
    assert.deepEqual(
      kindsOf(
        plan([
          '### What we changed in logging',
          '',
          '1. **Deleted rows are copied first.** The purge job now keeps a copy of each row it removes.',
          '2. **Caller in the gateway record.** Every gateway line now carries the id of the caller.',
          '',
          '### Audit trail',
          '',
          '- Keep the approval records for seven years',
          '',
          '### Capacity',
          '',
          '- Double the export workers',
        ]),
      ).map(([, k]) => k),
      ['detection', 'detection', 'detection', 'prevention'],
    );
  });

  it('leaves items that name their own kind, and headings that only point at the logs', () => {
    assert.deepEqual(
      kindsOf(
        plan([
          '### Logging',
          '',
          '- Write a runbook for reading the gateway records',
          '- Set memory limits on the log shipper pods',
          '',
          '### Next steps from the logs',
          '',
          '- Double the export workers',
        ]),
      ).map(([, k]) => k),
      ['response', 'prevention', 'prevention'],
    );
  });

  it('reads ugly headings without trouble', () => {
    assert.deepEqual(
      kindsOf(plan(['### logs logs ' + 'logs '.repeat(2000), '', '- Keep a copy of each row'])).map(([, k]) => k),
      ['detection'],
    );
    assert.deepEqual(
      kindsOf(plan(['### **Logging**:', '', '- [ ] Keep a copy of each row'])).map(([, k]) => k),
      ['detection'],
    );
    assert.deepEqual(
      kindsOf(plan(['### backlogs and catalogs', '', '- Keep a copy of each row'])).map(([, k]) => k),
      ['prevention'],
    );
  });
});
