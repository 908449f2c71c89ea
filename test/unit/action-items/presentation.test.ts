/**
 * What a team sees of its action items: several owners in one cell are several people, an
 * item's words without its own tokens, and findings that say things once.
 */
import { strict as assert } from 'node:assert';
import { splitOwners } from '../../../server/src/analysis/model/action-items/owners';
import { itemTitle } from '../../../server/src/analysis/model/action-items/title';
import { publicModel } from '../../../server/src/analysis/model/public-model';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { ownerMatches } from '../../../server/src/workspace/index-core';
import { findings, items, PATH, postmortem } from './helpers';
import { assertLinear } from '../../support/growth';

describe('action items: several owners in one cell', () => {
  it('reads a list of owners as several people, once each, in the order written', () => {
    assert.deepEqual(splitOwners('Ana Lima, Ben Okafor'), ['Ana Lima', 'Ben Okafor']);
    assert.deepEqual(splitOwners('ana,ben,carla,dev'), ['ana', 'ben', 'carla', 'dev']);
    assert.deepEqual(splitOwners('Ana and Ben'), ['Ana', 'Ben']);
    assert.deepEqual(splitOwners('Ana/Ben'), ['Ana', 'Ben']);
    assert.deepEqual(splitOwners('Ana & Ben; Carla + Dev'), ['Ana', 'Ben', 'Carla', 'Dev']);
    assert.deepEqual(splitOwners('Ana, ana'), ['Ana']);
  });

  it('keeps one name whole: team handles, single-letter pairs, brackets, names holding "and"', () => {
    assert.deepEqual(splitOwners('@acme/payments'), ['@acme/payments']);
    assert.deepEqual(splitOwners('N/A'), ['N/A']);
    assert.deepEqual(splitOwners('R&D'), ['R&D']);
    assert.deepEqual(splitOwners('Ana (SRE, Lisbon)'), ['Ana (SRE, Lisbon)']);
    assert.deepEqual(splitOwners('Sandy Anderson'), ['Sandy Anderson']);
    assert.deepEqual(splitOwners('Ana Lima <ana@example.com>, Ben'), ['Ana Lima <ana@example.com>', 'Ben']);
  });

  it('is linear on a long owner cell', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    assertLinear('an owner cell of slashes', (n) => 'a/'.repeat(n), splitOwners);
    assertLinear('an owner cell of many names', (n) => 'Ana, '.repeat(n), splitOwners);
  });

  it('gives every item its owners in the model, the public model included', () => {
    const text = postmortem(
      '| Action | Owner | Due |\n| --- | --- | --- |\n| Add a queue alert | ana,ben,carla | 2026-04-01 |\n| Rotate the keys | Ben Okafor | 2026-04-02 |\n\n- [ ] Write the runbook (owner: Ana and Dev, due 2026-04-03)',
    );
    const [alert, keys, runbook] = items(text);
    assert.deepEqual(alert.owners, ['ana', 'ben', 'carla']);
    assert.equal(alert.owner, 'ana,ben,carla');
    assert.deepEqual(keys.owners, ['Ben Okafor']);
    assert.deepEqual(runbook.owners, ['Ana', 'Dev']);
    const model = publicModel('x.md', analyzeDocument(text, PATH, defaultSettings()));
    assert.deepEqual((model.actionItems[0] as { owners: string[] }).owners, ['ana', 'ben', 'carla']);
  });

  it('has the vague-owner rule ask for one accountable person among them, without quoting the item', () => {
    const [finding] = findings(postmortem('- [ ] Add a queue alert (owner: Ana and Ben, due 2026-04-01)'), defaultSettings(), ['action-item-vague-owner']);
    assert.ok(finding, 'a finding');
    assert.match(finding.message, /2 owners \(Ana, Ben\): one person should be accountable/);
    assert.doesNotMatch(finding.message, /queue alert/);
    const slash = findings(
      postmortem('| Action | Owner |\n| --- | --- |\n| Add a queue alert | ana/ben |\n| Rotate the keys | @acme/payments |'),
      defaultSettings(),
      ['action-item-vague-owner'],
    );
    assert.match(slash[0].message, /^2 owners \(ana, ben\)/);
    assert.match(slash[1].message, /is a group/);
  });

  it('matches "My items" on any of the owners', () => {
    assert.ok(ownerMatches('Ben Okafor, Ana Lima', ['Ana Lima']));
    assert.ok(ownerMatches('carla/ana', ['ana']));
    assert.ok(!ownerMatches('Anabel and Ben', ['Ana']));
  });
});

describe('action items: the words without their own tokens', () => {
  it("cuts the owner, due and status tokens out of an item's words", () => {
    assert.equal(itemTitle('Add an alert (owner: Ana, due 2026-04-01)', ['Ana', '2026-04-01']), 'Add an alert');
    assert.equal(itemTitle('Add an alert @ana by 2026-04-01', ['@ana', '2026-04-01']), 'Add an alert');
    assert.equal(itemTitle('Add an alert — Ana Lima', ['Ana Lima']), 'Add an alert');
    assert.equal(itemTitle('Rotate keys (owner: Ana, OPS-12)', ['Ana']), 'Rotate keys (OPS-12)');
    assert.equal(itemTitle('Rotate keys. Owner: Ana. Due: April 1, 2026', ['Ana', 'April 1, 2026']), 'Rotate keys.');
    assert.equal(itemTitle('Rotate keys Status: Done', ['Done']), 'Rotate keys');
  });

  it('leaves words alone when there is no token, or nothing else', () => {
    assert.equal(itemTitle('Ana', ['Ana']), 'Ana');
    assert.equal(itemTitle('Add an alert', [null, undefined]), 'Add an alert');
    assert.equal(itemTitle('Add an alert', ['Ben']), 'Add an alert');
  });

  it('gives each item its title in the model', () => {
    const [task, table] = items(
      postmortem('- [ ] Add a queue alert (owner: Ana Lima, due 2026-04-01)\n\n| Action | Owner |\n| --- | --- |\n| Rotate the keys | Ben |'),
    );
    assert.equal(task.text, 'Add a queue alert (owner: Ana Lima, due 2026-04-01)');
    assert.equal(task.title, 'Add a queue alert');
    assert.equal(table.title, 'Rotate the keys');
  });

  it('is linear on a long item full of separators', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    assertLinear(
      'an item of separators',
      (n) => `${', ;'.repeat(n)}x`,
      (text) => itemTitle(text, ['x']),
    );
  });
});

describe('action items: findings say things once', () => {
  it('does not quote the item in the owner, due and overdue findings', () => {
    const text = postmortem('- [ ] Add a queue alert for the billing workers\n- [ ] Rotate the signing keys (owner: Ana Lima, due 2026-03-01)');
    const found = findings(text, defaultSettings(), ['action-item-owner', 'action-item-due-date', 'action-item-overdue']);
    assert.deepEqual(found.map((f) => f.ruleId).sort(), ['action-item-due-date', 'action-item-overdue', 'action-item-owner']);
    for (const f of found) assert.doesNotMatch(f.message, /queue alert|signing keys/, f.message);
  });

  it('says to add an Owner column when the table has none, and the fix adds it', () => {
    const text = postmortem('| Action | Due |\n| --- | --- |\n| Add a queue alert | 2026-04-01 |');
    const [finding] = findings(text, { ...defaultSettings(), owners: ['Ana Lima'] }, ['action-item-owner']);
    assert.match(finding.message, /add an Owner column/);
    assert.ok(
      finding.fixes.some((fix) => fix.edits.some((e) => /Owner/.test(e.newText))),
      'a fix writes the column',
    );
    const [cell] = findings(postmortem('| Action | Owner | Due |\n| --- | --- | --- |\n| Add a queue alert |  | 2026-04-01 |'), defaultSettings(), [
      'action-item-owner',
    ]);
    assert.match(cell.message, /Owner cell/);
  });

  it('names a missing section in a few words', () => {
    const result = findings('# Post-mortem: Queue stall\n\n## Summary\n\nThe queue stalled.\n', defaultSettings(), ['required-sections']);
    assert.ok(result.length >= 5);
    for (const f of result) {
      assert.match(f.message, /^No "[^"]+" section/);
      assert.ok(f.message.length <= 100, f.message);
    }
  });
});
