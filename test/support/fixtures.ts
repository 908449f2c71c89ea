/**
 * Rule fixtures: Markdown files whose expected findings are written at the end, in a comment:
 *
 *   <!-- expect
 *   metadata-date @ "2026-02-30" ~ February 2026 has 28 days
 *   required-sections @ "# Post-mortem: Cache stampede" ~ No "Impact" section
 *   -->
 *
 * Each line names the rule, the exact text the finding covers, and a fragment of its message.
 * `<!-- expect none -->` says the file must get no finding from the rule under test.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../server/src/analysis/engine/engine';
import type { Finding } from '../../server/src/analysis/base/findings';
import { defaultSettings, type Settings } from '../../server/src/analysis/base/settings';

export interface Expectation {
  ruleId: string;
  covers: string;
  message: string;
}

export function readExpectations(text: string): Expectation[] | 'none' {
  const block = /<!-- expect(?: (none))?([\s\S]*?)-->\s*$/.exec(text);
  if (!block) throw new Error('the fixture has no <!-- expect … --> block at its end');
  if (block[1] === 'none') return 'none';
  return block[2]
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^([a-z-]+) @ "((?:[^"\\]|\\.)*)" ~ (.+)$/.exec(line);
      if (!m) throw new Error(`cannot read the expectation line: ${line}`);
      return { ruleId: m[1], covers: JSON.parse(`"${m[2]}"`) as string, message: m[3] };
    });
}

/** Runs one rule's fixtures: every expected finding is reported, and nothing else by that rule. */
export function describeRuleFixtures(ruleId: string, settings: Settings = defaultSettings(), now = new Date('2026-06-01T12:00:00Z')): void {
  const dir = join(__dirname, '..', 'fixtures', 'rules', ruleId);
  describe(`${ruleId} fixtures`, () => {
    for (const name of readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .sort()) {
      it(name, () => {
        const text = readFileSync(join(dir, name), 'utf8');
        const expected = readExpectations(text);
        const result = check(text, { path: `postmortems/${name}`, settings, now });
        const actual = result.findings.filter((f: Finding) => f.ruleId === ruleId);
        const shown = actual.map((f) => `${f.ruleId} @ ${JSON.stringify(text.slice(f.start, f.end))} ~ ${f.message}`).join('\n');
        if (expected === 'none') {
          assert.equal(actual.length, 0, `expected no ${ruleId} finding, got:\n${shown}`);
          return;
        }
        assert.equal(actual.length, expected.length, `expected ${expected.length} findings, got:\n${shown}`);
        const remaining = [...actual];
        for (const e of expected) {
          const index = remaining.findIndex((f) => text.slice(f.start, f.end) === e.covers && f.message.includes(e.message));
          assert.ok(index !== -1, `no finding ${e.ruleId} @ "${e.covers}" ~ ${e.message}; got:\n${shown}`);
          remaining.splice(index, 1);
        }
      });
    }
  });
}
