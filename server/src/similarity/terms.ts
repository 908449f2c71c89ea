/**
 * The terms similarity counts: Porter stems of the words (so "pooled" and "pool" meet), without
 * common English words and the words every post-mortem uses, plus each pair of neighbouring
 * words in a sentence ("connection pool"), which carries more meaning than either word alone.
 * Linear in the text, with no backtracking pattern.
 */
import { stemmer } from 'stemmer';

/** English function words and the words any incident report uses, which say nothing about which incident. */
const STOP = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them then there these they this those through to too under until up us very was we were what when where which while who whom why will with would you your yours ' +
    'however also within without across via per one two three four five six seven eight nine ten first second third then next later again still yet since around approximately about ' +
    'incident incidents outage issue issues problem problems root cause causes caused causing impact impacted impacting affected affect affecting customer customers user users ' +
    'minute minutes min mins hour hours hrs second seconds day days week weeks time times team teams result resulted resulting due summary postmortem post mortem report ' +
    'utc am pm during began started start ended end happened occurred led lead leading made make makes several many much some'
  ).split(' '),
);

/** A term of a text: the stem (or `stem_stem` for a pair) and the words as written. */
export interface Term {
  term: string;
  surface: string;
}

/** Words: a letter, then letters and digits (so "s3" and "http2" are words, and "2026" is not); or a sentence break. */
const WORD_OR_BREAK = /(\p{L}[\p{L}\p{N}]*)|[.;:!?()]/gu;

/** Terms longer than this are not words (a hash, a base64 run): they are left out. */
const MAX_WORD = 40;

/**
 * The terms of a text in order: every content word's stem, and after each word that follows
 * another content word in the same sentence, the pair of their stems.
 */
export function termsOf(text: string): Term[] {
  const out: Term[] = [];
  let previous: Term | null = null;
  for (const match of text.matchAll(WORD_OR_BREAK)) {
    const raw = match[1];
    if (raw === undefined) {
      previous = null;
      continue;
    }
    const word = raw.toLowerCase();
    if (word.length < 2 || word.length > MAX_WORD || STOP.has(word)) {
      // A function word between two content words breaks the pair: "pool of connections" is two terms.
      previous = null;
      continue;
    }
    const stem = stemmer(word);
    if (STOP.has(stem)) {
      previous = null;
      continue;
    }
    const term: Term = { term: stem, surface: word };
    if (previous && previous.term !== stem) out.push({ term: `${previous.term}_${stem}`, surface: `${previous.surface} ${word}` });
    out.push(term);
    previous = term;
  }
  return out;
}

/** True for a pair of words rather than one. */
export const isPhrase = (term: string): boolean => term.includes('_');
