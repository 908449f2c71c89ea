/**
 * HTML comments inside an item or a sentence of the plan: a note or a control comment written
 * into the words is not part of what they say, so it never changes the owner, the due date or
 * whether a sentence is a promise. One helper (`blankComments`) serves the token scan and the
 * prose reading. Every item here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { blankComments, scanTokens } from '../../../server/src/analysis/model/action-items/tokens';
import { assertLinear } from '../../support/growth';

function items(...body: string[]) {
  const text = ['# Cache stampede', '', ...body, ''].join('\n');
  return analyzeDocument(text, 'postmortems/2026-07-02-test.md', defaultSettings()).model.actionItems;
}

describe('action items: HTML comments in the words', () => {
  it('blanks each closed comment with as many spaces, keeping every offset', () => {
    const text = 'Cap retries <!-- see thread --> (owner: Ana, due 2026-08-01)';
    const blanked = blankComments(text);
    assert.equal(blanked.length, text.length);
    assert.equal(blanked.indexOf('(owner'), text.indexOf('(owner'));
    assert.ok(!blanked.includes('thread'));
  });

  it('keeps an unclosed opener as written, as a paragraph shows it', () => {
    assert.equal(blankComments('Cap retries <!-- unfinished note'), 'Cap retries <!-- unfinished note');
    assert.equal(blankComments('a <!-- b --> c <!-- d'), 'a            c <!-- d');
  });

  it('leaves text without comments alone, including a lone closer', () => {
    for (const text of ['', 'plain words', 'an arrow --> here', '-->', '<!-->']) {
      const out = blankComments(text);
      assert.equal(out.length, text.length, text);
    }
  });

  it('reads owner and due past a comment, never inside one', () => {
    const t = scanTokens('Add a lag alert <!-- owner: Nobody --> (owner: Ana Ruiz, due 2026-08-01)');
    assert.equal(t.owner?.value, 'Ana Ruiz');
    assert.equal(t.due?.text, '2026-08-01');
    const hidden = scanTokens('Add a lag alert <!-- owner: Ana Ruiz, due 2026-08-01 -->');
    assert.equal(hidden.owner, null);
    assert.equal(hidden.due, null);
  });

  it('reads a promise in prose with a control comment written into it', () => {
    const found = items(
      '## What happened',
      '',
      'A cache flush sent every request to the database at once.',
      '',
      '## What we will change',
      '',
      'We will add jitter to cache expiry <!-- postmortem-disable-line action-item-missing-owner --> by 2026-08-15.',
    );
    assert.equal(found.length, 1);
    assert.match(found[0].text, /jitter/);
    assert.ok(!found[0].text.includes('postmortem-disable'), found[0].text);
  });

  it('grows linearly with many unclosed openers', () => {
    assertLinear(
      'many unclosed openers',
      (n) => 'x <!-- '.repeat(n),
      (s) => blankComments(s),
      200,
    );
    assertLinear(
      'many closed comments',
      (n) => '<!-- a -->'.repeat(n) + ' tail',
      (s) => blankComments(s),
      200,
    );
  });
});
