/**
 * A sorted list of names stored compactly, for the first-name lists the blameless reader knows.
 * First, each name is written as the number of leading letters it shares with the name before it
 * (one digit, at most 9) followed by the letters that differ; names hold no digits, so the digits
 * also mark where each name starts. Then the pairs of characters that come back most often
 * ("in", "a0", "ne") are each written as one character the text does not hold, as long as that
 * saves room, pairs of such characters included (a Re-Pair grammar). The packed text opens with its
 * pairs, three characters each (the character, then the two it stands for), and the names follow
 * from the first digit on. The two lists' JSON arrays took 80 KB of the web worker's bundle; the
 * shared prefixes alone took them to 26 KB, the pairs to 18 KB (`first-names-data.ts`, written by
 * `npm run generate:names`).
 */

/** Characters that may stand for a pair: printable, never a digit, a quote or a backslash. */
const PAIR_SYMBOLS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ!"#$%&()*+,./:;<=>?@[]^_`{|}~ ';

/** The names of a packed list, in order. */
export function unpackNames(packed: string): string[] {
  // What each pair character stands for, spelled out: a pair may hold characters made before it.
  const spelled = new Map<string, string>();
  let start = 0;
  for (; start < packed.length && !/\d/.test(packed[start]); start += 3) {
    spelled.set(packed[start], (spelled.get(packed[start + 1]) ?? packed[start + 1]) + (spelled.get(packed[start + 2]) ?? packed[start + 2]));
  }
  let text = '';
  for (let at = start; at < packed.length; at++) text += spelled.get(packed[at]) ?? packed[at];
  const names: string[] = [];
  let previous = '';
  for (const [, shared, rest] of text.matchAll(/(\d)(\D+)/g)) {
    previous = previous.slice(0, Number(shared)) + rest;
    names.push(previous);
  }
  return names;
}

/** Packs sorted, distinct names that hold no digit; `unpackNames` gives them back. */
export function packNames(names: readonly string[]): string {
  let text = '';
  let previous = '';
  for (const name of names) {
    if (!name || /\d/.test(name) || name <= previous) throw new Error(`Cannot pack "${name}": names must be sorted, distinct, non-empty and without digits.`);
    let shared = 0;
    while (shared < 9 && shared < previous.length && previous[shared] === name[shared]) shared++;
    text += `${shared}${name.slice(shared)}`;
    previous = name;
  }
  let pairs = '';
  for (const symbol of PAIR_SYMBOLS) {
    if (text.includes(symbol)) continue;
    const pair = mostSavingPair(text);
    if (!pair) break;
    text = text.split(pair).join(symbol);
    pairs += symbol + pair;
  }
  return pairs + text;
}

/** The pair whose occurrences, written as one character, save the most beyond the three its entry takes; null if none saves. */
function mostSavingPair(text: string): string | null {
  const seen = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.slice(i, i + 2);
    seen.set(pair, (seen.get(pair) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestSaving = 0;
  // Overlapping occurrences ("aaa" holds "aa" twice) can only be fewer once replaced: most seen first, stop when none can win.
  for (const [pair, count] of [...seen].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    if (count - 3 <= bestSaving) break;
    const saving = text.split(pair).length - 1 - 3;
    if (saving > bestSaving) {
      best = pair;
      bestSaving = saving;
    }
  }
  return best;
}
