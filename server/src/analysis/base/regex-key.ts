/**
 * Cheap necessary tests for large patterns, read from the patterns themselves: the literal pieces
 * of text at least one of which every match of a pattern must contain. A text that holds none of
 * them cannot match, so the pattern need not be tried there. The pieces are derived from each
 * pattern's own source when the keys are built, never written by hand: words added to a pattern
 * are in its key by themselves (test/unit/regex-key.test.ts holds the derivation to that, on text
 * generated from the patterns and on every example and own-written document).
 *
 * The derivation reads the pattern's syntax: a literal character is itself; a sequence holds what
 * one of its parts holds, or a run of literal parts joined; an alternation holds one of its
 * branches' pieces; a part that may be absent (`?`, `*`, `{0,n}`), a lookaround, a word boundary
 * or a wide character class (`\w`, `.`, `[^.;]`) holds nothing. A pattern with a branch that holds
 * nothing has no key and is always tried.
 */

/** Pieces at least one of which every match of a part contains, with the length of the shortest. */
interface Pieces {
  list: string[];
  min: number;
}

/** What one part of a pattern can match, as far as literals go. */
interface Literals {
  /** Every string the part can match, when they are few and short; null when not known. */
  exact: string[] | null;
  /** Its pieces; null when none is known. */
  any: Pieces | null;
}

/** At most this many exact strings are kept for a part, each at most `MAX_EXACT` long. */
const MAX_SET = 32;
const MAX_EXACT = 24;
/** Pieces are cut to their first `MAX_PIECE` characters: as selective, and a smaller automaton. */
const MAX_PIECE = 8;

const NOTHING: Literals = { exact: null, any: null };
const EMPTY: Literals = { exact: [''], any: null };

const unique = (strings: string[]): string[] => (strings.length < 2 ? strings : [...new Set(strings)]);
const exactly = (strings: string[]): Literals => ({ exact: strings, any: null });

/** Strings as pieces: cut to `MAX_PIECE`; null when one is empty (it guarantees nothing). */
function asPieces(strings: string[]): Pieces | null {
  const list: string[] = [];
  let min = MAX_PIECE;
  for (const s of strings) {
    if (!s) return null;
    list.push(s.slice(0, MAX_PIECE));
    min = Math.min(min, s.length);
  }
  return { list, min };
}

/** A part's exact strings, or only its pieces when they are too many or too long. */
function bounded(strings: string[]): Literals {
  const u = unique(strings);
  return u.length > MAX_SET || u.some((s) => s.length > MAX_EXACT) ? { exact: null, any: asPieces(u) } : exactly(u);
}

const pieces = (l: Literals): Pieces | null => (l.exact ? asPieces(l.exact) : l.any);

/** The more selective of two sets of pieces: the longer shortest piece, then fewer pieces. */
const better = (a: Pieces | null, b: Pieces | null): Pieces | null =>
  !a ? b : !b ? a : a.min !== b.min ? (a.min > b.min ? a : b) : a.list.length <= b.list.length ? a : b;

/** Every concatenation of a string of `a` with one of `b`, or null when too many or too long. */
function cross(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_SET) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return out.some((s) => s.length > MAX_EXACT) ? null : out;
}

/** A sequence of parts: the best of each part's pieces and of each run of exact parts joined. */
function sequence(parts: Literals[]): Literals {
  if (parts.length === 1) return parts[0];
  let exact: string[] | null = [''];
  let best: Pieces | null = null;
  let run = [''];
  for (const part of parts) {
    best = better(best, part.any);
    const grown = part.exact && cross(run, part.exact);
    if (!grown) best = better(best, asPieces(run));
    run = grown ?? part.exact ?? [''];
    exact = exact && part.exact && cross(exact, part.exact);
  }
  return { exact: exact && unique(exact), any: better(best, asPieces(run)) };
}

/** An alternation of branches: one branch's pieces, whichever it is. */
function alternation(branches: Literals[]): Literals {
  if (branches.length === 1) return branches[0];
  if (branches.every((b) => b.exact)) return bounded(branches.flatMap((b) => b.exact!));
  const list: string[] = [];
  let min = MAX_PIECE;
  for (const b of branches) {
    const p = pieces(b);
    if (!p) return NOTHING;
    for (const piece of p.list) list.push(piece);
    min = Math.min(min, p.min);
  }
  return { exact: null, any: { list, min } };
}

/**
 * A character code as a case-blind pattern compares it: its upper case, as ECMAScript's
 * `Canonicalize` reads it without the `u` flag (a non-ASCII letter never becomes an ASCII one).
 * Keys compare text and pieces this way whatever the pattern's flags: for a case-sensitive pattern
 * its pieces are then still found, and only some more texts pass.
 */
export function canon(code: number): number {
  if (code < 128) return code > 96 && code < 123 ? code - 32 : code;
  const upper = String.fromCharCode(code).toUpperCase();
  return upper.length === 1 && upper.charCodeAt(0) > 127 ? upper.charCodeAt(0) : code;
}

const folded = (c: string) => String.fromCharCode(canon(c.charCodeAt(0)));

/** An escaped character as itself (`\.`, `\-`), or null for a set, a code, a control or a back-reference (`\w`, `\u2019`, `\n`, `\1`). */
const escaped = (e: string | undefined): string | null => (e === undefined || /[\dA-Za-z]/.test(e) ? null : e);

/** The characters a class lists (`[sz]`, `[- ]`, `[a-c]`), or null when it is negated, wide or has escapes. */
function classChars(body: string): string[] | null {
  if (/^\^|\\/.test(body)) return null;
  const chars: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const from = body.charCodeAt(i);
    const to = body[i + 1] === '-' && i + 2 < body.length ? body.charCodeAt((i += 2)) : from;
    for (let k = from; k <= to; k++) chars.push(String.fromCharCode(k));
    if (chars.length > 8) return null;
  }
  return unique(chars.map(folded));
}

/** Characters that stand for themselves in a pattern's source. */
const PLAIN = /[\w ,'":;\u0080-\uffff-]+/y;

/** What a pattern's source can match, read part by part. */
function read(src: string): Literals {
  let i = 0;
  const alternative = (): Literals => {
    const branches = [sequenceAt()];
    while (src[i] === '|') {
      i++;
      branches.push(sequenceAt());
    }
    return alternation(branches);
  };
  const sequenceAt = (): Literals => {
    const parts: Literals[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      // A run of plain characters, none repeated, is one literal part.
      PLAIN.lastIndex = i;
      let j = PLAIN.test(src) ? PLAIN.lastIndex : i;
      if (/[?*+{]/.test(src[j])) j--;
      if (j > i + 1) {
        const run = src.slice(i, j);
        parts.push(exactly([/[^\0-\x7f]/.test(run) ? run.split('').map(folded).join('') : run.toUpperCase()]));
        i = j;
      } else parts.push(quantified(atom()));
    }
    return sequence(parts);
  };
  const quantified = (part: Literals): Literals => {
    for (;;) {
      const m = /^(?:([?*+])|\{(\d+)(,(\d*))?\})\??/.exec(src.slice(i, i + 24));
      if (!m) return part;
      i += m[0].length;
      const min = m[1] ? (m[1] === '+' ? 1 : 0) : Number(m[2]);
      const max = m[1] === '?' || (!m[1] && !m[3]) ? Math.max(min, 1) : m[4] ? Number(m[4]) : Infinity;
      if (min === 0) part = max === 1 && part.exact ? bounded(['', ...part.exact]) : NOTHING;
      else if (min > 1 || max > 1) part = { exact: null, any: pieces(part) };
    }
  };
  const atom = (): Literals => {
    const c = src[i++];
    if (c === '(') {
      // A lookaround consumes nothing: what it looks at may lie outside the match.
      const look = /^\?<?[=!]/.exec(src.slice(i, i + 3));
      if (look) i += look[0].length;
      else if (src[i] === '?') {
        if (src[i + 1] !== ':' && src[i + 1] !== '<') throw new Error('regex-key: unknown group');
        i = src[i + 1] === ':' ? i + 2 : src.indexOf('>', i) + 1;
      }
      const inner = alternative();
      if (src[i++] !== ')') throw new Error('regex-key: open group');
      return look ? EMPTY : inner;
    }
    if (c === '[') {
      let j = i;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      const chars = classChars(src.slice(i, j));
      i = j + 1;
      return chars ? exactly(chars) : NOTHING;
    }
    if (c === '^' || c === '$') return EMPTY;
    if (c !== '\\') return c === '.' ? NOTHING : exactly([folded(c)]);
    const e = src[i++];
    if (e === 'b' || e === 'B') return EMPTY;
    // A named class or reference (`\p{L}`, `\k<name>`) or a code (`\u2019`, `\x41`, `\cJ`): its tail goes with it.
    if (/[pPk]/.test(e) && /[{<]/.test(src[i])) i = src.indexOf(src[i] === '{' ? '}' : '>', i) + 1;
    else i += e === 'u' ? (src[i] === '{' ? src.indexOf('}', i) + 1 - i : 4) : e === 'x' ? 2 : e === 'c' ? 1 : 0;
    const itself = escaped(e);
    return itself === null ? NOTHING : exactly([folded(itself)]);
  };
  const out = alternative();
  if (i !== src.length) throw new Error('regex-key: extra )');
  return out;
}

/**
 * The literal pieces at least one of which every match of `pattern` contains, each character as
 * `canon` gives it, none the beginning of another (a text that holds the longer holds the shorter),
 * or null when the pattern has a branch that needs none, or a flag whose case rule the reading does
 * not follow (`u`, `v`).
 */
export function requiredPieces(pattern: RegExp): string[] | null {
  if (/[uv]/.test(pattern.flags)) return null;
  const found = pieces(read(pattern.source));
  if (!found) return null;
  const kept = new Set<string>();
  for (const piece of unique(found.list).sort((a, b) => a.length - b.length)) {
    let held = false;
    for (let to = 1; to <= piece.length && !held; to++) held = kept.has(piece.slice(0, to));
    if (!held) kept.add(piece);
  }
  return [...kept];
}

/** Which of a set of patterns could match a text, and the patterns tried only where they could. */
export interface RegexKeys {
  /** False only when `pattern` (one of the set) cannot match `text`. */
  may(pattern: RegExp, text: string): boolean;
  /** `pattern.exec(text)`, skipped where it cannot match; for a pattern without `g` or `y` (their `lastIndex` would differ). */
  exec(pattern: RegExp, text: string): RegExpExecArray | null;
  /** `pattern.test(text)`, skipped where it cannot match; for a pattern without `g` or `y`. */
  test(pattern: RegExp, text: string): boolean;
  /** `text.replace(pattern, by)`, skipped where nothing can be replaced. */
  replace(text: string, pattern: RegExp, by: string): string;
}

/**
 * The keys of a set of patterns, tested in one pass over a text: which of the patterns could match
 * it, as some piece each needs is in it. One automaton (Aho-Corasick) holds every piece of every
 * pattern, so the pass costs the text's length however many patterns and pieces there are. It is
 * built whole: every state has a move for every character the pieces use (and one for all others),
 * and the patterns a state's pieces belong to are one bit each, so a character costs one look-up
 * and an OR, with no fall-back walk. The last few texts read are remembered: a line is read by many
 * patterns in turn.
 */
export function regexKeys(patterns: readonly RegExp[]): RegexKeys {
  const ids = new Map<RegExp, number>();
  const found: (string[] | null)[] = [];
  for (const pattern of patterns) {
    if (ids.has(pattern)) continue;
    ids.set(pattern, ids.size);
    found.push(requiredPieces(pattern));
  }
  // The characters the pieces use, each a symbol from 1; 0 is every other character.
  const symbolOf = new Map<number, number>();
  let length = 0;
  for (const list of found)
    for (const piece of list ?? []) {
      length += piece.length;
      for (let i = 0; i < piece.length; i++) if (!symbolOf.has(piece.charCodeAt(i))) symbolOf.set(piece.charCodeAt(i), symbolOf.size + 1);
    }
  const width = symbolOf.size + 1;
  /** The symbol of each ASCII character as `canon` folds it; a character past ASCII folds to one past ASCII. */
  const asciiSymbol = new Uint16Array(128);
  for (let c = 0; c < 128; c++) asciiSymbol[c] = symbolOf.get(canon(c)) ?? 0;
  const wide = [...symbolOf.keys()].some((c) => c > 127);
  /** Bits per state: one a pattern, in `words` words. */
  const words = Math.max(1, Math.ceil(ids.size / 32));
  // The trie of the pieces: `move[state × width + symbol]`, 0 where no piece goes on (no piece leads back to the start).
  let move = new Int32Array((length + 1) * width);
  let bits = new Uint32Array((length + 1) * words);
  let states = 1;
  const always = new Uint32Array(words);
  for (let id = 0; id < found.length; id++) {
    const list = found[id];
    if (!list) always[id >> 5] |= 1 << (id & 31);
    else
      for (const piece of list) {
        let state = 0;
        for (let i = 0; i < piece.length; i++) {
          const at = state * width + symbolOf.get(piece.charCodeAt(i))!;
          if (!move[at]) move[at] = states++;
          state = move[at];
        }
        bits[state * words + (id >> 5)] |= 1 << (id & 31);
      }
  }
  move = move.slice(0, states * width);
  bits = bits.slice(0, states * words);
  // Fail links, breadth first: each state takes in its fail state's patterns, and where no piece
  // goes on from it, its fail state's move (already whole, being nearer the start).
  const fail = new Int32Array(states);
  const queue = new Int32Array(states);
  let tail = 0;
  for (let a = 1; a < width; a++) if (move[a]) queue[tail++] = move[a];
  for (let head = 0; head < tail; head++) {
    const state = queue[head];
    const f = fail[state];
    for (let k = 0; k < words; k++) bits[state * words + k] |= bits[f * words + k];
    for (let a = 0; a < width; a++) {
      const at = state * width + a;
      const to = move[at];
      if (to) {
        fail[to] = move[f * width + a];
        queue[tail++] = to;
      } else move[at] = move[f * width + a];
    }
  }
  const recent: [string, Uint32Array][] = [];
  const allowed = (text: string): Uint32Array => {
    for (const [seen, a] of recent) if (seen === text) return a;
    const a = always.slice();
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      state = move[state * width + (c < 128 ? asciiSymbol[c] : wide ? (symbolOf.get(canon(c)) ?? 0) : 0)];
      for (let k = 0; k < words; k++) a[k] |= bits[state * words + k];
    }
    recent.unshift([text, a]);
    recent.length = Math.min(recent.length, 4);
    return a;
  };
  const may = (pattern: RegExp, text: string): boolean => {
    const id = ids.get(pattern);
    if (id === undefined) throw new Error('regex-key: unknown pattern');
    return ((allowed(text)[id >> 5] >>> (id & 31)) & 1) === 1;
  };
  const once = (pattern: RegExp) => {
    if (pattern.global || pattern.sticky) throw new Error('regex-key: lastIndex');
  };
  return {
    may,
    exec: (pattern, text) => (once(pattern), may(pattern, text) ? pattern.exec(text) : null),
    test: (pattern, text) => (once(pattern), may(pattern, text) && pattern.test(text)),
    replace: (text, pattern, by) => (may(pattern, text) ? text.replace(pattern, by) : text),
  };
}
