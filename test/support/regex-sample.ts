/**
 * Text made from a pattern: a walk over its syntax that writes one string its branches, groups,
 * classes and repeats could match, taking each alternation's branches in turn (so that as many
 * walks as the widest alternation has branches take every branch) and random counts for repeats,
 * random words for wide classes. Lookarounds and anchors write nothing, so some strings do not
 * match: tests keep those the pattern matches. Used to hold a pattern's key (base/regex-key.ts)
 * to what the pattern can match, words added to it included.
 */
import { random } from './random';

const WORD_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_';
/** Characters tried for a class written as a set or a negation: a word character, a space, punctuation. */
const TRIALS = ['a', 'e', 'q', 'z', 'x', ' ', '-', '1', '.', ',', "'", ':', '/', 'A', 'Z', '\u2019'];

interface Node {
  kind: 'alt' | 'seq' | 'lit' | 'class' | 'repeat' | 'empty' | 'group';
  branches?: Node[];
  parts?: Node[];
  text?: string;
  /** For a class: a test of one character. */
  accepts?: (c: string) => boolean;
  item?: Node;
  min?: number;
  max?: number;
  /** Walks so far through this alternation. */
  turn?: number;
}

function classTest(body: string, flags: string): (c: string) => boolean {
  let re: RegExp;
  try {
    re = new RegExp(`^[${body}]$`, flags.replace(/[gy]/g, ''));
  } catch {
    return () => false;
  }
  return (c) => re.test(c);
}

function parse(src: string, flags: string): Node {
  let i = 0;
  const alternation = (): Node => {
    const branches = [sequence()];
    while (src[i] === '|') {
      i++;
      branches.push(sequence());
    }
    return branches.length === 1 ? branches[0] : { kind: 'alt', branches, turn: 0 };
  };
  const sequence = (): Node => {
    const parts: Node[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let node = atom();
      for (;;) {
        const c = src[i];
        let min: number;
        let max: number;
        if (c === '?') [min, max] = [0, 1];
        else if (c === '*') [min, max] = [0, 3];
        else if (c === '+') [min, max] = [1, 3];
        else if (c === '{') {
          const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i, i + 24));
          if (!m) break;
          min = Number(m[1]);
          max = m[2] === undefined ? min : m[3] === '' ? min + 3 : Number(m[3]);
          i += m[0].length - 1;
        } else break;
        i++;
        if (src[i] === '?') i++;
        node = { kind: 'repeat', item: node, min, max };
      }
      parts.push(node);
    }
    return { kind: 'seq', parts };
  };
  const atom = (): Node => {
    const c = src[i++];
    if (c === '(') {
      let look = false;
      if (src.startsWith('?:', i)) i += 2;
      else if (src.startsWith('?=', i) || src.startsWith('?!', i)) {
        i += 2;
        look = true;
      } else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) {
        i += 3;
        look = true;
      } else if (src.startsWith('?<', i)) i = src.indexOf('>', i) + 1;
      const inner = alternation();
      i++;
      return look ? { kind: 'empty' } : { kind: 'group', item: inner };
    }
    if (c === '[') {
      let j = i;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      for (; j < src.length && src[j] !== ']'; j++) if (src[j] === '\\') j++;
      const body = src.slice(i, j);
      i = j + 1;
      return { kind: 'class', accepts: classTest(body, flags) };
    }
    if (c === '^' || c === '$') return { kind: 'empty' };
    if (c === '.') return { kind: 'class', accepts: (ch) => ch !== '\n' };
    if (c === '\\') {
      const e = src[i++];
      if (e === 'b' || e === 'B') return { kind: 'empty' };
      if (e === 'u' && /^[0-9a-fA-F]{4}/.test(src.slice(i))) {
        const ch = String.fromCharCode(parseInt(src.slice(i, i + 4), 16));
        i += 4;
        return { kind: 'lit', text: ch };
      }
      if (e === 'x' && /^[0-9a-fA-F]{2}/.test(src.slice(i))) {
        const ch = String.fromCharCode(parseInt(src.slice(i, i + 2), 16));
        i += 2;
        return { kind: 'lit', text: ch };
      }
      if (/[wWsSdD]/.test(e)) return { kind: 'class', accepts: classTest(`\\${e}`, flags) };
      if (e === 'n') return { kind: 'lit', text: '\n' };
      if (e === 't') return { kind: 'lit', text: '\t' };
      return { kind: 'lit', text: e };
    }
    return { kind: 'lit', text: c };
  };
  return alternation();
}

/** Writes strings made from `pattern`, the same ones for the same seed. */
export function sampler(pattern: RegExp, seed = 1): () => string {
  const tree = parse(pattern.source, pattern.flags);
  const next = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const word = () => Array.from({ length: 1 + Math.floor(next() * 6) }, () => pick([...WORD_CHARS])).join('');
  const write = (node: Node): string => {
    switch (node.kind) {
      case 'alt': {
        const branch = node.branches![node.turn! % node.branches!.length];
        node.turn!++;
        return write(branch);
      }
      case 'seq':
        return node.parts!.map(write).join('');
      case 'group':
        return write(node.item!);
      case 'lit':
        return next() < 0.2 ? node.text!.toUpperCase() : node.text!;
      case 'empty':
        return '';
      case 'class': {
        const fits = [...TRIALS, ...word()].filter((c) => node.accepts!(c));
        return fits.length ? pick(fits) : '';
      }
      case 'repeat': {
        const count = node.min! + Math.floor(next() * (Math.min(node.max!, node.min! + 3) - node.min! + 1));
        let out = '';
        for (let k = 0; k < count; k++) out += write(node.item!);
        return out;
      }
    }
  };
  return () => write(tree);
}

/** Strings made from `pattern` that it matches, each set in a line of other words, at most `count` tries. */
export function matchingLines(pattern: RegExp, count: number, seed = 1): string[] {
  const make = sampler(pattern, seed);
  const next = random(seed + 1);
  const around = ['', 'The ', 'we saw that ', '- ', '**Note:** ', 'Then '];
  const after = ['', '.', ' today.', ', and then it stopped.', ' (see above)'];
  const test = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const line = around[Math.floor(next() * around.length)] + make() + after[Math.floor(next() * after.length)];
    if (test.test(line)) out.push(line);
  }
  return out;
}
