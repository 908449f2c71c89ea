/**
 * Arbitration between rules: when two rules would report the same thing, one of them speaks.
 * It runs once, in the engine, over the findings that survived the control comments, so a rule
 * never reads another rule's options, and a finding silenced by a comment leaves the other
 * rule free to report. Each precedence is data: add one here rather than a check in a rule.
 */
import type { Finding } from '../base/findings';

/** Two findings are the same thing when their ranges overlap, or when their rules name the same subject. */
export interface Precedence {
  winner: string;
  loser: string;
  same: 'overlap' | 'subject';
}

export const PRECEDENCE: readonly Precedence[] = [
  // Words that blame a person ("should have checked") are reported once, as blame.
  { winner: 'blaming-language', loser: 'hindsight-language', same: 'overlap' },
  // An item due "soon" is reported as a vague due, not also as an item with no due date.
  { winner: 'action-item-vague-due', loser: 'action-item-due-date', same: 'subject' },
];

/** True for a loser's range that overlaps one of the winners' ranges (sorted by start, with the running maximum of their ends). */
function overlapsAny(starts: readonly number[], maxEnds: readonly number[], start: number, end: number): boolean {
  // The winners that start before this range ends: the last of them is found by binary search.
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < Math.max(end, start + 1)) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && maxEnds[lo - 1] > start;
}

/**
 * The findings without those a precedence gives to another rule. `subjects` holds what a
 * finding is about, for the rules that say (`Report.subject`). Order is kept.
 */
export function arbitrate(findings: readonly Finding[], subjects: ReadonlyMap<Finding, string>, precedence: readonly Precedence[] = PRECEDENCE): Finding[] {
  const dropped = new Set<Finding>();
  for (const { winner, loser, same } of precedence) {
    const winners = findings.filter((f) => f.ruleId === winner);
    if (!winners.length) continue;
    const losers = findings.filter((f) => f.ruleId === loser);
    if (!losers.length) continue;
    if (same === 'subject') {
      const named = new Set(winners.map((f) => subjects.get(f)).filter((s) => s !== undefined));
      for (const f of losers) {
        const subject = subjects.get(f);
        if (subject !== undefined && named.has(subject)) dropped.add(f);
      }
    } else {
      const sorted = [...winners].sort((a, b) => a.start - b.start);
      const starts = sorted.map((f) => f.start);
      const maxEnds: number[] = [];
      // An empty range stands for its one position.
      for (const f of sorted) maxEnds.push(Math.max(maxEnds[maxEnds.length - 1] ?? -1, Math.max(f.end, f.start + 1)));
      for (const f of losers) if (overlapsAny(starts, maxEnds, f.start, f.end)) dropped.add(f);
    }
  }
  return dropped.size ? findings.filter((f) => !dropped.has(f)) : [...findings];
}
