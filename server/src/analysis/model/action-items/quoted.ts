/**
 * Words quoted from someone else inside the author's sentence: "All we got back was "we're looking
 * into it" from the host", "The reply said "we will move off that provider soon"". What another
 * party wrote or said is reported, not promised by the authors: a commitment read inside the quote
 * is none of theirs. A sentence that is all quote, opening on its mark, is left to be read as usual.
 */

/** Double quotation marks: straight, and curly opening and closing. */
const MARK = /["“”„]/g;

/**
 * True when offset `at` of `sentence` falls inside a double-quoted passage that opens after the
 * author's own words (a letter before the opening mark). A quote still open at the sentence's end
 * runs on to it: the reader's sentence may stop at a full stop inside the quote.
 */
export function insideQuote(sentence: string, at: number): boolean {
  if (at <= 0 || at >= sentence.length) return false;
  let open = -1;
  MARK.lastIndex = 0;
  for (let m = MARK.exec(sentence); m && m.index < at; m = MARK.exec(sentence)) {
    const mark = m[0];
    // A curly mark says which way it faces; a straight one toggles.
    if (mark === '“' || mark === '„') open = m.index;
    else if (mark === '”') open = -1;
    else open = open === -1 ? m.index : -1;
  }
  return open > 0 && /\p{L}/u.test(sentence.slice(0, open));
}
