/**
 * A sorted list of names stored compactly, for the first-name lists the blameless reader knows:
 * each name is written as the number of leading letters it shares with the name before it (one
 * digit, at most 9) followed by the letters that differ. Names hold no digits, so the digits
 * also mark where each name starts. The two lists' JSON arrays took 80 KB of the web worker's
 * bundle; packed, they take 26 KB (`first-names-data.ts`, written by `npm run generate:names`).
 */

/** The names of a packed list, in order. */
export function unpackNames(packed: string): string[] {
  const names: string[] = [];
  let previous = '';
  for (const [, shared, rest] of packed.matchAll(/(\d)(\D+)/g)) {
    previous = previous.slice(0, Number(shared)) + rest;
    names.push(previous);
  }
  return names;
}

/** Packs sorted, distinct names that hold no digit; `unpackNames` gives them back. */
export function packNames(names: readonly string[]): string {
  let packed = '';
  let previous = '';
  for (const name of names) {
    if (!name || /\d/.test(name) || name <= previous) throw new Error(`Cannot pack "${name}": names must be sorted, distinct, non-empty and without digits.`);
    let shared = 0;
    while (shared < 9 && shared < previous.length && previous[shared] === name[shared]) shared++;
    packed += `${shared}${name.slice(shared)}`;
    previous = name;
  }
  return packed;
}
