/**
 * A lead-in that gives its purpose first and then announces the planned work ("To keep this from
 * happening again, we have scheduled the following work:") hands the list after it its items, as
 * one with the purpose last does, in a document with no headings too. "Have planned" places the
 * work ahead. Look-alikes (steps taken or changes carried out in the response, advice to customers)
 * give no item. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { items as readItems } from './helpers';

function doc(lead: string): string {
  return [
    'Last Tuesday the nightly export stopped for six hours after a schema change.',
    '',
    'We looked into why the export was not retried:',
    '',
    '- The retry limit was set to zero',
    '- Nobody was paged when the export failed',
    '',
    lead,
    '',
    '- Set a retry limit on the export job',
    '- Page the data rota when an export fails twice',
    '- Review schema changes with the export owners before they ship',
    '',
  ].join('\n');
}

function read(lead: string): [string, boolean | null][] {
  return readItems(doc(lead)).map((i) => [i.text.slice(0, 20), i.done]);
}

const PLANNED: [string, boolean | null][] = [
  ['Set a retry limit on', false],
  ['Page the data rota w', false],
  ['Review schema change', false],
];

describe('action items: a lead-in with its purpose first', () => {
  it('reads the list after it as open follow-up work', () => {
    for (const lead of [
      'To keep this from happening again, we have planned these tasks:',
      'To close these gaps and stop a repeat of this outage, we have scheduled the following tasks:',
      'In order to avoid similar incidents, the data team has agreed on the following actions:',
      'To stop this from recurring, we are planning the following changes:',
      'To close the gaps we found in the review above, and to avoid any repeat of a stalled export in the months ahead, we have planned the following changes:',
    ])
      assert.deepEqual(read(lead), PLANNED, lead);
  });

  it('gives no item for look-alikes', () => {
    for (const lead of [
      'To keep the export running that night, we took the following steps:',
      'To keep the export running that night, the data team carried out the following changes:',
      'To avoid a repeat, customers should do the following:',
    ])
      assert.deepEqual(read(lead), [], lead);
  });
});
