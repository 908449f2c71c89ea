/** Words for why two post-mortems are similar, for the rule's message, the view and the command line. */
import type { Explanation, TextField } from './types';

const FIELD_NAMES: Record<TextField, string> = { title: 'title', summary: 'summary', rootCause: 'root cause', impact: 'impact' };

/** Lists words in prose: "a", "a and b", "a, b and c". */
export function listInProse(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The facts both share and the words that weighed most, in one line: "both: checkout-api, design weakness; words: "connection pool" (root cause) …". */
export function describeWhy(why: Explanation, terms = 4): string {
  const parts: string[] = [];
  const facts = [...why.services, ...why.categories.map((c) => c.replace(/_/g, ' ')), ...(why.trigger ? [`${why.trigger} trigger`] : [])];
  if (facts.length) parts.push(`both ${listInProse(facts)}`);
  const words = why.terms.slice(0, terms).map((t) => `"${t.text}"${t.fields.length ? ` (${t.fields.map((f) => FIELD_NAMES[f]).join(', ')})` : ''}`);
  if (words.length) parts.push(`shared words ${words.join(', ')}`);
  return parts.join('; ') || 'similar wording';
}
