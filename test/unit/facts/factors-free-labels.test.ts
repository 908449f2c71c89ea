/**
 * A "Contributing factors" list labelled in the author's own words ("**Queue load:**", "**Missing
 * alert:**") is no sorting into the taxonomy, though a label may open on a category's word
 * ("System", "Process"): its items are read as the story is, and its labels are neither categories
 * nor unknown names. A list labelled with the taxonomy's names is read as the author's categories,
 * as before. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { causesOf, categoriesOf as cats, withSection } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const section = withSection('Stalled invoice queue');

describe("facts: a contributing-factors list with labels of the authors' own", () => {
  it('reads the items of a list whose labels name no category, though one opens on a category word', () => {
    const list = section(
      'Contributing factors',
      '- **System load:** the invoice workers could not keep up with the month-end batch.',
      '- **Missing alert:** no alert fired while the queue grew for two hours.',
      '- **Late notice:** nobody told the billing desk until the next morning.',
    );
    const causes = causesOf(list);
    assert.deepEqual(causes.categories.map((c) => [c.category, c.source]).sort(), [
      ['communication_breakdown', 'inferred'],
      ['design_weakness', 'inferred'],
      ['tooling_failure', 'inferred'],
    ]);
    assert.deepEqual(causes.unknown, []);
  });

  it("reads a list of two labels, one a category name and one not, as the authors' own", () => {
    const list = section(
      'Contributing factors',
      '- **Monitoring:** no alert fired for the stalled queue.',
      '- **Handover:** nobody told the billing desk for a day.',
    );
    assert.deepEqual(cats(...list), ['communication_breakdown', 'tooling_failure']);
  });

  it("keeps reading a list labelled with the taxonomy as the authors' categories, a stray label reported", () => {
    const list = section(
      'Contributing factors',
      '- **Process gap:** the month-end run had no rehearsal.',
      '- **Tooling failure:** the queue dashboard stayed green.',
      '- **Design weakness:** one queue served every tenant.',
      '- **Proces gapp:** a typo in the label itself.',
    );
    const causes = causesOf(list);
    assert.deepEqual(
      causes.categories.map((c) => [c.category, c.source]),
      [
        ['process_gap', 'explicit'],
        ['tooling_failure', 'explicit'],
        ['design_weakness', 'explicit'],
      ],
    );
    assert.deepEqual(
      causes.unknown.map((u) => u.text),
      ['Proces gapp'],
    );
    // Labels answered None or left as TODO are not counted either way.
    assert.deepEqual(
      cats(...section('Contributing factors', '- **Queue depth:** None', '- **Alerts:** TODO', '- **Process gap:** the run had no rehearsal.')),
      ['process_gap'],
    );
  });

  it('reads ugly input without failing, in linear time', () => {
    assert.doesNotThrow(() => cats(...section('Contributing factors', '- **:**', '- ****:', '- **System', '- __Load:__ ')));
    const many = (n: number) => {
      const lines = ['Contributing factors'];
      for (let i = 0; i < n; i++) lines.push(`- **Label ${i}:** the ${'queue '.repeat(10)}grew`);
      return section(...(lines as [string, ...string[]]));
    };
    assertLinear('a long list of free labels', many, (args) => cats(...args));
  });
});
