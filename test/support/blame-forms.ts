/**
 * Forms of blaming writing as tests: each form has sentences that must be reported and look-alikes
 * (the same words doing something else) that must not. Shared by the blameless test files that
 * list forms this way.
 */
import { strict as assert } from 'node:assert';
import { runOurs } from '../fixtures/blameless/load';

/** Each form by name: its blaming sentences and its look-alikes. */
export type BlameForms = Record<string, { blame: string[]; clean: string[] }>;

/** Two tests per form, inside the caller's `describe`: every blaming sentence reported, no look-alike. */
export function itReadsForms(forms: BlameForms): void {
  for (const [form, { blame, clean }] of Object.entries(forms)) {
    it(`reports ${form}`, () => {
      const missed = blame.filter((s) => runOurs(s).blame.length === 0);
      assert.deepEqual(missed, [], `not reported:\n${missed.join('\n')}`);
    });
    it(`leaves its look-alikes alone (${form})`, () => {
      const flagged = clean.filter((s) => runOurs(s).blame.length > 0);
      assert.deepEqual(flagged, [], `reported:\n${flagged.join('\n')}`);
    });
  }
}
