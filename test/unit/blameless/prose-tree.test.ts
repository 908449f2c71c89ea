/**
 * The prose parser with its replaced steps (the full stops that end no sentence, and the marks
 * joined to words inside a sentence: "&co", "pre-", "didn't", "i/o", "u.s.", each run in one pass
 * instead of one splice per join) gives the trees the library's own parser gives, and reads long
 * runs of each in linear time. The texts are written for the test or generated from small pieces,
 * and the blameless corpus and examples are read as well.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParseEnglish } from 'parse-english';
import { proseTree, sentencesOf } from '../../../server/src/analysis/model/blameless/tokens';
import { assertLinear } from '../../support/growth';
import { CORPUS_PATH, HOLDOUT_PATH } from '../../fixtures/blameless/load';

const library = new ParseEnglish();

const WRITTEN = [
  'the disk filled. then the queue stalled. nobody saw it.',
  'we use tools, e.g. grep, etc. and more. it was fine.',
  'Mr. Osei and Dr. Lund met at 3 p.m. on Jan. 4. They agreed.',
  'the build broke . . . and then it worked. ok.',
  'see fig. 2 and vol. 3 . the end.',
  '. leading stop, then words. and a trailing one .',
  'stops: . .. ... ?. !. and "quoted." words. (and this.) fine.',
  'v1.2.3 shipped. the api.example.org host moved. u.s. users saw it.',
  'A. B. C. initials here. x. y. z.',
  'one\n\ntwo. three.\n\n  four . five .',
  '',
  '.',
  '. .',
  'word.',
  'it broke.\u2026 and then? yes!. no.',
  'R&D and &co met at AT&T; & then &more & & x.',
  'pre- and post-checks, a - b, x-, -y, we- -- and-!',
  "we didn't check. it's the on-call's pager, a.b.c, x:y=z?w@q, foo_bar __init__ a'-'b' done.",
  'i/o and a/b/c, http/2, abc/de, w/ care, x/ /y, /z.',
  'the u.s. team, e.g. here, 1.2.3. and a.b.c.) then i.e.", 4.5. ok.',
  'U.S.A. and N.Y.C.; then v.1. and 12.3.4.',
];

/** Pieces the generated texts are made of: words, marks every replaced step joins, and spaces. */
const WORD_PIECES = ['a', 'ab', 'didn', 't', 'U', '1', 'e.g', 'u.s.', '1.2', 'i/o', 'pre-', '&co'];
const MARK_PIECES = ["'", '\u2019', '-', '.', ':', '=', '?', '@', '&', '_', '/', '!', '"', '(', ')', ',', '\u00AD', '\u2010'];
const PIECES = [...WORD_PIECES, ...MARK_PIECES, ' ', ' ', '\n', '\n\n'];

/** `count` texts of up to 30 pieces each, the same on every run. */
function generated(count: number): string[] {
  let seed = 20261208;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return Array.from({ length: count }, () => {
    let text = '';
    for (let k = 1 + Math.floor(next() * 30); k > 0; k--) text += PIECES[Math.floor(next() * PIECES.length)];
    return text;
  });
}

function examples(): string[] {
  const dir = join(__dirname, '..', '..', '..', 'examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

describe('blameless prose tree', () => {
  it('gives the library parser tree on written, corpus and example texts', () => {
    const texts = [...WRITTEN, ...WRITTEN.map((t) => t.toLowerCase()), readFileSync(CORPUS_PATH, 'utf8'), readFileSync(HOLDOUT_PATH, 'utf8'), ...examples()];
    for (const text of texts) {
      assert.deepEqual(proseTree(text), library.parse(text), text.slice(0, 80));
      const lower = text.toLowerCase();
      assert.deepEqual(proseTree(lower), library.parse(lower), lower.slice(0, 80));
    }
  });

  it('gives the library parser tree on generated texts', function () {
    this.timeout(120_000);
    for (const text of generated(4000)) assert.deepEqual(proseTree(text), library.parse(text), JSON.stringify(text));
  });

  // Without a full stop a whole paragraph is one sentence, and each join used to move the rest of it.
  for (const unit of ["we didn't check ", '&x ', 'we- ', 'a/b ', 'u.s.) ']) {
    it(`joins the marks of one long sentence of "${unit.trim()}" in linear time`, () => {
      assertLinear(`a run of "${unit}"`, (n) => unit.repeat(n), sentencesOf, 500);
    });
  }

  it('splits a long run of lower-case sentences in linear time', function () {
    this.timeout(120_000);
    assertLinear('lower-case sentences', (n) => 'the cache is stale. then ola paged. '.repeat(n), sentencesOf, 100);
  });
});
