import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSections } from '../../support/causes';
import { assertLinear } from '../../support/growth';

type Part = [string, ...string[]];
const doc = withSections('Outage of the tram timetable feed');
const cause: Part = ['Root cause', 'The feed importer kept an old copy of the stop list after the rename.'];

describe('facts: a part headed as why the failure was not caught sooner', () => {
  it('reads a heading that asks it as a gap in detection', () => {
    for (const heading of [
      "Why wasn't it caught?",
      'Why it took nine hours to notice',
      'Detection was slow',
      'Delays in detecting the outage',
      'Why this had not surfaced earlier',
    ])
      assert.deepEqual(cats(...doc(cause, [heading, 'The importer wrote its usual summary and the numbers looked fine.'])), ['tooling_failure'], heading);
  });

  it('reads a bold label that asks it, alone on its line or opening a paragraph', () => {
    assert.deepEqual(
      cats(
        ...doc([
          'What went wrong',
          'The stop list was stale.',
          '',
          '**Why it was not caught sooner:**',
          '- The import finished cleanly',
          '- The stale stops looked valid',
        ]),
      ),
      ['tooling_failure'],
    );
    assert.deepEqual(cats(...doc(cause, ['Detection', "**Why it wasn't spotted:** the riders' app kept its cached copy."])), ['tooling_failure']);
  });

  it('does not read look-alikes as the gap', () => {
    // Why the recovery took long is the response; a heading with nothing under it tells nothing.
    assert.deepEqual(cats(...doc(cause, ['Why did the recovery take so long?', 'The rebuild of the stop index ran for an hour.'])), []);
    assert.deepEqual(cats(...doc(cause, ["Why wasn't it caught?"])), []);
    // A question in the plan, or one about something else found, is not it.
    assert.deepEqual(cats(...doc(cause, ['Action items', "- [ ] Write up why it wasn't caught (owner: Ines)"])), []);
    assert.deepEqual(cats(...doc(cause, ['What we found', 'The old stop list was found in a cache we had forgotten.'])), []);
  });

  it('reads ugly input without failing, in linear time', () => {
    assert.doesNotThrow(() => cats(...doc(['**Why**', '****'], ['Why not', '** why not caught **'])));
    const many = (n: number) => {
      const lines: Part = ['What went wrong'];
      for (let i = 0; i < n; i++) lines.push(`**Why ${'not '.repeat(10)} ${i}**`, `- the import ran ${'x '.repeat(20)}`);
      return doc(lines);
    };
    assertLinear('many bold labels that almost ask it', many, (args) => cats(...args));
  });
});
