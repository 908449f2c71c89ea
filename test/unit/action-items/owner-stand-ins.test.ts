/**
 * Owners written in other ways: initials in square brackets that end the item ("… [JK]",
 * "… [RT to file it] [done]"), and a word in the owner's place that names no one ("Backlog",
 * "Pending"), which leaves the item without an owner and is reported as a vague owner. Every item
 * here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { scanTokens } from '../../../server/src/analysis/model/action-items/tokens';
import { findings } from './helpers';
import { assertLinear } from '../../support/growth';

function analysed(...entries: string[]) {
  const text = ['# Queue stall', '', '## Action items', '', ...entries, ''].join('\n');
  return analyzeDocument(text, 'postmortems/2026-07-01-test.md', defaultSettings());
}

function owners(...entries: string[]): (string | null)[] {
  return analysed(...entries).model.actionItems.map((i) => i.owner);
}

describe('action items: owners as bracketed initials and stand-in words', () => {
  it('reads initials in square brackets that end the item', () => {
    assert.deepEqual(
      owners(
        '* Move the runbook into the wiki [KM]',
        '* Add a synthetic probe for the gateway [RT to file the ticket] ',
        '* Open a channel for incidents (#ops-incident) [PLS] [done]',
        '* Write the failover plan [AB/CD]',
      ),
      ['KM', 'RT', 'PLS', 'AB/CD'],
    );
    assert.equal(analysed('* Open a channel for incidents [PLS] [done]').model.actionItems[0].done, true);
  });

  it('leaves brackets that name a thing, a state, a key or a note', () => {
    for (const item of [
      'Store the session data in the [DB]',
      'Check the [DB] load before the next release',
      'Document the Recovery Time Objective [RTO]',
      'Upgrade the ingress chart [WIP]',
      'Fix the flaky integration check [OPS-123]',
      'Rotate the signing credentials [1]',
      'Add paging for the cache nodes [JK] [see notes]',
    ])
      assert.equal(scanTokens(item).owner, null, item);
  });

  it('reads a stand-in word in an owner column or after an owner key as no owner, reported as vague', () => {
    const table = [
      '| Action | Owner | Status |',
      '|---|---|---|',
      '| Add a queue depth alert | Backlog | Open |',
      '| Cap the worker pool | Pending | Open |',
      '| Split the topic per tenant | Ana Ruiz | Open |',
      '| Retire the old scheduler | TBD | Open |',
    ];
    const doc = analysed(...table);
    assert.deepEqual(
      doc.model.actionItems.map((i) => i.owner),
      [null, null, 'Ana Ruiz', 'TBD'],
    );
    assert.deepEqual(
      doc.model.actionItems.map((i) => i.ownerStandIn?.value ?? null),
      ['Backlog', 'Pending', null, null],
    );
    const text = ['# Queue stall', '', '## Action items', '', ...table, '', '- Page the rota on lag (owner: Backlog)', ''].join('\n');
    const found = findings(text);
    const vague = found.filter((f) => f.ruleId === 'action-item-vague-owner').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(vague, ['Backlog', 'Pending', 'TBD', 'Backlog']);
    // The stand-in is reported once, as a vague owner, not again as a missing one.
    assert.equal(found.filter((f) => f.ruleId === 'action-item-owner').length, 0);
  });

  it('keeps a closed row with a stand-in word quiet', () => {
    const text = ['# Queue stall', '', '## Action items', '', '| Action | Owner | Status |', '|---|---|---|', '| Add a lag alert | Backlog | Done |', ''].join(
      '\n',
    );
    assert.equal(findings(text).filter((f) => f.ruleId === 'action-item-vague-owner').length, 0);
  });

  it('reads long items in linear time', () => {
    assertLinear(
      'trailing initials',
      (n) => `Rotate ${'the keys '.repeat(n)}[JK] ${'['.repeat(n)}`,
      (s) => scanTokens(s),
    );
  });
});
