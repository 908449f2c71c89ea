/**
 * Phrases that recur across root causes ("connection pool", "retry storm"): word sequences of
 * two to four words shared by two or more post-mortems, ranked by how many share them. A phrase may not start or end with a function word
 * ("of the", "was a"), and a shorter phrase that only ever appears inside a longer one is left
 * to the longer one. Pure and linear in the text: longer phrases are only grown from shorter
 * ones that are already shared.
 */
import type { Phrase, Ref } from './types';

/** Function words and words every post-mortem uses, which neither start nor end a phrase. */
const STOP = new Set(
  (
    'a an the and or but nor so yet of to in on at by for from with without into onto over under about after before during since until ' +
    'is are was were be been being am has have had do does did not no yes it its this that these those there here then than ' +
    'as if when while which who whom whose what where why how all any each every some such more most less few many much ' +
    'we our us you your they their them he she his her i me my one two also only just very can could would should will may might must ' +
    'because due via per up down out off again further once both own same other another too new old now'
  ).split(' '),
);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const MAX_PHRASES = 12;
const MAX_N = 4;

/** Root-cause lines of one post-mortem: `doc` indexes the report's incidents; lines are zero-based. */
export interface RootCauseText {
  doc: number;
  lines: { line: number; text: string }[];
}

interface Gram {
  docs: Map<number, number>;
  n: number;
}

const usable = (w: string) => !STOP.has(w) && !/^\d+$/.test(w) && w.length > 1;

/** The phrases shared by two or more root causes, most salient first. `total` is the number of post-mortems counted. */
export function phrasesOf(texts: readonly RootCauseText[], total: number): Phrase[] {
  // Tokens per line, with the line each came from.
  const tokenised = texts.map(({ doc, lines }) => ({
    doc,
    lines: lines.map(({ line, text }) => ({ line, words: text.toLowerCase().replace(/’/g, "'").match(WORD) ?? [] })),
  }));
  let grams = new Map<string, Gram>();
  const all = new Map<string, Gram>();
  const record = (map: Map<string, Gram>, key: string, n: number, doc: number, line: number) => {
    let g = map.get(key);
    if (!g) map.set(key, (g = { docs: new Map(), n }));
    if (!g.docs.has(doc)) g.docs.set(doc, line);
  };
  // Pairs of adjacent words first; then only sequences whose every shorter part is shared grow.
  for (let n = 2; n <= MAX_N; n++) {
    const next = new Map<string, Gram>();
    for (const { doc, lines } of tokenised) {
      for (const { line, words } of lines) {
        for (let i = 0; i + n <= words.length; i++) {
          // A phrase may hold a function word inside ("rate of retries"), never at its start; one
          // that ends in a function word is kept only to grow.
          if (!usable(words[i])) continue;
          if (n > 2) {
            // Grow only from a shared prefix, and from a shared suffix when the suffix is a phrase itself.
            if (!grams.has(words.slice(i, i + n - 1).join(' '))) continue;
            if (usable(words[i + 1]) && !grams.has(words.slice(i + 1, i + n).join(' '))) continue;
          }
          record(next, words.slice(i, i + n).join(' '), n, doc, line);
        }
      }
    }
    grams = new Map([...next].filter(([, g]) => g.docs.size >= 2));
    for (const [key, g] of grams) if (usable(key.slice(key.lastIndexOf(' ') + 1))) all.set(key, g);
    if (!grams.size) break;
  }
  // Ranked by how many root causes share a phrase, then the longer (more specific) first. A
  // phrase that more than half of an archive of ten or more holds is the template's wording,
  // not a cause that recurs, and is left out.
  if (total >= 10) for (const [key, g] of all) if (g.docs.size > total / 2) all.delete(key);
  const ranked = [...all].sort(([ka, a], [kb, b]) => b.docs.size - a.docs.size || b.n - a.n || (ka < kb ? -1 : 1));
  const out: Phrase[] = [];
  const kept: { key: string; docs: Map<number, number> }[] = [];
  const signatures = new Set<string>();
  for (const [key, g] of ranked) {
    // A phrase inside a kept longer one, shared by no more post-mortems than it, adds nothing.
    if (kept.some((k) => ` ${k.key} `.includes(` ${key} `) && k.docs.size >= g.docs.size)) continue;
    // A phrase held by exactly the post-mortems of a kept one is most likely more of the same
    // sentence ("job opened more connections", "more connections than the"): keep the first.
    const signature = [...g.docs.keys()].sort((a, b) => a - b).join(',');
    if (signatures.has(signature)) continue;
    signatures.add(signature);
    kept.push({ key, docs: g.docs });
    const refs: Ref[] = [...g.docs].sort(([a], [b]) => a - b).map(([doc, line]) => ({ doc, line: line + 1 }));
    out.push({ phrase: key, count: g.docs.size, refs });
    if (out.length >= MAX_PHRASES) break;
  }
  return out;
}
