import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { factCompletion } from '../../../server/src/analysis/model/facts/completion';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

const settings = defaultSettings();
settings.facts.services = [
  { name: 'billing-api', aliases: ['Billing'] },
  { name: 'search', aliases: [] },
];

/** Completion where `|` stands in the text. */
function complete(withCursor: string) {
  const offset = withCursor.indexOf('|');
  const text = withCursor.replace('|', '');
  return factCompletion(analyzeDocument(text, 'postmortems/a.md', settings), offset, settings);
}

describe('facts in the editor: completion', () => {
  it('offers service names under services, filtered by what is typed', () => {
    assert.deepEqual(
      complete('---\nservices:\n  - bi|\n---\n# T\n')?.choices.map((c) => c.label),
      ['billing-api'],
    );
    assert.deepEqual(
      complete('---\nservices: [search, |]\n---\n# T\n')?.choices.map((c) => c.label),
      ['billing-api', 'search'],
    );
  });

  it('offers the taxonomy under contributing_factors and trigger', () => {
    assert.deepEqual(
      complete('---\ncontributing_factors:\n  - |\n---\n# T\n')?.choices.map((c) => c.label),
      ['human_action', 'process_gap', 'tooling_failure', 'design_weakness', 'communication_breakdown'],
    );
    assert.ok(complete('---\ntrigger: |\n---\n# T\n')?.choices.some((c) => c.label === 'configuration'));
  });

  it('offers labelled categories at the start of a Contributing factors item, replacing the bold marker typed', () => {
    const text = '# T\n\n## Root Cause\n\n### Contributing factors\n\n- **|\n';
    const result = complete(text)!;
    assert.equal(result.choices[1].insert, '**Process gap:** ');
    assert.equal(result.start, text.indexOf('**'));
  });

  it('offers nothing elsewhere: another key, the key itself, a list outside Contributing factors', () => {
    assert.equal(complete('---\ntitle: |\n---\n# T\n'), null);
    assert.equal(complete('---\nserv|\n---\n# T\n'), null);
    assert.equal(complete('# T\n\n## Action Items\n\n- |\n'), null);
  });
});
