/** Every user-supplied value that steers matching is bounded, and what is refused is named. */
import { strict as assert } from 'node:assert';
import { RULE_CONFIG } from '../../server/src/config-file';
import { globProblem, LIMITS, mergeSettings, normaliseLayer, type RuleConfigInfo } from '../../server/src/analysis/base/settings';
import { classifyPath } from '../../server/src/analysis/model/detect';
import { fastest } from '../support/engine-properties';

function normalise(raw: unknown, rules: ReadonlyMap<string, RuleConfigInfo> = RULE_CONFIG) {
  const { layer, problems } = normaliseLayer(raw, '.postmortemrc.json', rules);
  return { settings: mergeSettings([layer]), problems: problems.map((p) => `${p.key}: ${p.message}`) };
}

describe('settings bounds', () => {
  it('accepts the default globs and ordinary ones', () => {
    for (const glob of [
      '**/{postmortems,incidents}/**/*.{md,markdown}',
      '**/*{postmortem,incident}*.{md,markdown}',
      'docs/**/incidents/**/*.md',
      '**/{templates,.templates}/**',
    ]) {
      assert.equal(globProblem(glob), null, glob);
    }
  });

  it('refuses globs with enough wildcards to make matching slow, and keeps the others', () => {
    const { settings, problems } = normalise({ files: ['**/*a*a*a/*a*ab', 'incidents/**/*.md', '**/*a*a/**/*a*ab'] });
    assert.deepEqual(settings.files, ['incidents/**/*.md']);
    assert.deepEqual(problems, [
      `files[0]: has more than ${LIMITS.segmentWildcards} wildcards between two slashes; ignored`,
      `files[2]: has more than ${LIMITS.globWildcards} wildcards; ignored`,
    ]);
  });

  it('reads extended-glob syntax literally, so nested patterns cannot backtrack', () => {
    const { settings } = normalise({ files: ['+(+(a|aa))b/*.md'] });
    let kind = '';
    // CPU time, not the clock: a busy machine's other work does not count.
    const ms = fastest(() => (kind = classifyPath(`${'a'.repeat(40)}c/x.md`, settings)), 1);
    assert.equal(kind, 'unknown');
    assert.ok(ms < 1000, `${ms.toFixed(0)} ms`);
  });

  it('stops reading a long list once, with one problem, instead of one per extra entry', () => {
    const { settings, problems } = normalise({ owners: Array.from({ length: 10000 }, (_, i) => `person${i}`) });
    assert.equal(settings.owners.length, LIMITS.listItems);
    assert.deepEqual(problems, [`owners: has more than ${LIMITS.listItems} entries; the rest are ignored`]);
  });

  it("enforces a rule option's maxItems", () => {
    const rules = new Map<string, RuleConfigInfo>([
      ['phrases-rule', { options: { phrases: { type: 'string[]', default: [], maxItems: 3, maxLength: 20, description: 'Phrases.' } } }],
    ]);
    const { settings, problems } = normalise({ rules: { 'phrases-rule': { phrases: ['a', 'b', 'c', 'd', 'x'.repeat(21)] } } }, rules);
    assert.deepEqual(settings.rules['phrases-rule'].options.phrases, ['a', 'b', 'c']);
    assert.deepEqual(problems, ['rules.phrases-rule.phrases: has more than 3 entries; the rest are ignored']);
  });

  it('bounds the number of required sections and the length of their ids', () => {
    const sections: Record<string, unknown> = {};
    for (let i = 0; i < 200; i++) sections[`extra-${i}`] = { title: `Extra ${i}` };
    sections['x'.repeat(300)] = { title: 'Long' };
    const { settings, problems } = normalise({ sections });
    assert.equal(settings.sections.length, LIMITS.sections);
    assert.ok(problems.includes(`sections: has more than ${LIMITS.sections} sections; the rest are ignored`), problems.join('\n'));
  });
});
