import { strict as assert } from 'node:assert';
import { holdsStandIn, PlaceholderTest } from '../../server/src/analysis/model/placeholders';

// placeholders.ts tells stand-ins both ways: one standing somewhere in a text (a form not filled
// yet), and a text that is nothing but one (an empty section).
describe('stand-ins for values still to be written', () => {
  for (const text of ['Outage of {{DATE}}', '<service name> went down', 'Started YYYY-MM-DD at HH:MM', 'Owner: <team>']) {
    it(`finds the stand-in in "${text}"`, () => assert.equal(holdsStandIn(text), true));
  }
  for (const text of ['Outage of 2024-05-02', 'The <b> tag broke the page', 'Backups at 10:30', 'a {{', '']) {
    it(`finds none in "${text}"`, () => assert.equal(holdsStandIn(text), false));
  }
  it('tells a text that holds a stand-in from one that is nothing but one', () => {
    const test = new PlaceholderTest(['TBD']);
    assert.equal(holdsStandIn('Outage of {{DATE}}'), true);
    assert.equal(test.isPlaceholder('Outage of {{DATE}}'), false);
    assert.equal(test.isPlaceholder('{{DATE}}'), true);
    assert.equal(test.isPlaceholder('TBD'), true);
    assert.equal(holdsStandIn('TBD'), false);
  });
});
