/**
 * The prose parser with its one replaced step (the full stops that end no sentence, joined to a
 * word in one pass instead of one splice each) gives the trees the library's own parser gives, and
 * reads a long run of lower-case sentences in linear time. The texts are written for the test,
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
];

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

  it('splits a long run of lower-case sentences in linear time', function () {
    this.timeout(120_000);
    assertLinear('lower-case sentences', (n) => 'the cache is stale. then ola paged. '.repeat(n), sentencesOf, 100);
  });
});
