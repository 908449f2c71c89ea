import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { codeownersNames, completionSlot, hoverMarkdown, itemAt } from '../../../server/src/analysis/model/action-items/editor';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { NOW, PATH, postmortem } from './helpers';

function docOf(body: string) {
  return analyzeDocument(postmortem(body), PATH, defaultSettings());
}

/** The offset just after `marker` in the document's text. */
function after(text: string, marker: string): number {
  const at = text.indexOf(marker);
  assert.ok(at !== -1, `"${marker}" is in the text`);
  return at + marker.length;
}

describe('action items: editor helpers', () => {
  it('offers owners after @, with the typed part replaced', () => {
    const doc = docOf('- [ ] Add a quota alert @an');
    const slot = completionSlot(doc, after(doc.text, '@an'));
    assert.deepEqual(slot && { kind: slot.kind, handle: slot.handle, typed: doc.text.slice(slot.start, after(doc.text, '@an')) }, {
      kind: 'owner',
      handle: true,
      typed: 'an',
    });
  });

  it('offers owners after owner: and due dates after due', () => {
    const doc = docOf('- [ ] Add a quota alert (owner: Iv, due 20');
    assert.equal(completionSlot(doc, after(doc.text, 'owner: Iv'))?.kind, 'owner');
    assert.equal(completionSlot(doc, after(doc.text, 'due 20'))?.kind, 'due');
    assert.equal(completionSlot(doc, after(doc.text, 'Add a'))?.kind, undefined);
  });

  it('offers owners in an owner cell and dates in a due cell, nothing in the header or item cell', () => {
    const doc = docOf('| Action | Owner | Due |\n| --- | --- | --- |\n| Add a canary | Li | 2026 |');
    const text = doc.text;
    assert.equal(completionSlot(doc, after(text, '| Li'))?.kind, 'owner');
    assert.equal(completionSlot(doc, after(text, '| 2026'))?.kind, 'due');
    assert.equal(completionSlot(doc, after(text, '| Add a'))?.kind, undefined);
    assert.equal(completionSlot(doc, after(text, '| Own'))?.kind, undefined);
    const slot = completionSlot(doc, after(text, '| Li'))!;
    assert.equal(text.slice(slot.start, after(text, '| Li')), 'Li');
  });

  it('hovers an item with its owner, days left or overdue, and ticket', () => {
    const doc = docOf('- [ ] Add retries OPS-12 (owner: Ida Lund, due 2026-03-01)\n- [ ] Add a canary @li (due 2026-03-17)\n- [ ] Rotate keys (due soon)');
    const [late, soon, vague] = doc.model.actionItems;
    assert.equal(itemAt(doc, after(doc.text, 'Add ret')), late);
    assert.equal(hoverMarkdown(late, NOW), '**Action item** (open) · owner: Ida Lund · due: 2026-03-01 (9 days overdue) · ticket: OPS-12');
    assert.match(hoverMarkdown(soon, NOW), /due: 2026-03-17 \(in 7 days\)/);
    assert.match(hoverMarkdown(vague, NOW), /due: "soon" \(not a calendar date\)/);
    assert.equal(itemAt(doc, after(doc.text, 'A tes')), null);
  });

  it('hovers an item in one block that leaves out what its findings say and does not quote the item', () => {
    const doc = docOf('- [ ] Add retries to the payment client\n- [ ] Add a canary (owner: Ana and Ben, due 2026-03-01)');
    const [bare, shared] = doc.model.actionItems;
    // Without findings the hover says what is missing; with them it does not say it again.
    assert.equal(hoverMarkdown(bare, NOW), '**Action item** (open) · owner: none · due: none');
    assert.equal(hoverMarkdown(bare, NOW, new Set(['action-item-owner', 'action-item-due-date'])), '**Action item** (open)');
    assert.equal(hoverMarkdown(shared, NOW, new Set(['action-item-overdue'])), '**Action item** (open) · owners: Ana, Ben · due: 2026-03-01');
    for (const item of [bare, shared]) assert.ok(!hoverMarkdown(item, NOW).includes('Add '), 'the item is not quoted');
    assert.ok(!hoverMarkdown(bare, NOW).includes('\n'), 'one block');
  });

  it('reads owners from CODEOWNERS, skipping comments and section headers', () => {
    const text = '# Owners\n*       @acme/platform @ana\n/docs/ docs@example.com @ana # the docs\n[Section]\n/x/ @bo\n';
    assert.deepEqual(codeownersNames(text), ['@acme/platform', '@ana', 'docs@example.com', '@bo']);
  });
});
