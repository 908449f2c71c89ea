import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { detectSentence, detectSentenceUngated, mayHit, mayHitBlock } from '../../../server/src/analysis/model/blameless/detect';
import { PhraseTable } from '../../../server/src/analysis/model/blameless/phrase-table';
import * as lexicon from '../../../server/src/analysis/model/blameless/lexicon';
import type { People } from '../../../server/src/analysis/model/blameless/people';
import { sentencesOf } from '../../../server/src/analysis/model/blameless/tokens';
import { generatePostmortem } from '../../bench/generate';
import { CORPUS_PATH, HOLDOUT_PATH, loadCorpus } from '../../fixtures/blameless/load';
import { assertLinear } from '../../support/growth';
import { random } from '../../support/random';

/**
 * The gate before the blameless reading: every pass and form of `detect.ts` is tried only at a
 * word its key passes, so a sentence with no such word is not read at all. These tests hold the
 * gated reading equal to the reading that tries everything at every word, on our own sentences
 * and on word soups drawn from the lexicon itself (so words added to its lists are tried too).
 */

const ROOT = join(__dirname, '..', '..', '..');
const PEOPLE: People = { names: new Set(['Bob', 'Dana', 'Priyanka', 'Tomasz', '@kwame', 'Sam']) };

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...markdownFiles(path));
    else if (name.endsWith('.md')) out.push(path);
  }
  return out;
}

/** Both readings of every sentence of a text (split at blank lines, Markdown left in), as a heading's and as prose. */
function assertSameReadings(text: string, where: string): number {
  let hits = 0;
  for (const block of text.split(/\n[ \t]*\n/)) {
    const sentences = sentencesOf(block);
    sentences.forEach((sentence, i) => {
      for (const heading of [false, true]) {
        const gated = detectSentence(sentence, PEOPLE, sentences[i + 1], heading);
        const ungated = detectSentenceUngated(sentence, PEOPLE, sentences[i + 1], heading);
        assert.deepEqual(gated, ungated, `${where}: ${sentence.map((t) => t.raw).join(' ')}`);
        hits += gated.length;
        if (!mayHit(sentence)) assert.equal(ungated.length, 0);
        // The gate before the split: a block it refuses holds no hit in any of its sentences.
        if (ungated.length) assert.ok(mayHitBlock(block), `${where}: block gate refused ${sentence.map((t) => t.raw).join(' ')}`);
      }
    });
  }
  return hits;
}

/** Every word of the lexicon's lists, tables and phrases, lower case. */
function lexiconWords(): string[] {
  const words = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string') for (const word of value.split(/\s+/)) if (word) words.add(word.toLowerCase());
  };
  for (const value of Object.values(lexicon)) {
    if (value instanceof Set || Array.isArray(value)) for (const item of value) add(item);
    else if (value instanceof Map) for (const [key, item] of value) [key, item].forEach(add);
  }
  return [...words].sort();
}

const FILLERS = [
  'the',
  'a',
  'we',
  'I',
  'he',
  'they',
  'Bob',
  'Dana',
  '@kwame',
  'engineer',
  'team',
  'job',
  'was',
  'were',
  'not',
  'never',
  'by',
  'to',
  'have',
  'had',
  'been',
  'and',
  'it',
  'this',
  'our',
  'on',
  'of',
  'in',
];
const MARKS = ['.', ',', '?', ';', ' -', ':', '!'];

describe('blameless: the gate before the reading', () => {
  it('reads no sentence none of whose words passes a key, and reads one that holds a key word', () => {
    for (const text of ['Cache warmed up after restart.', 'Latency stayed flat; memory climbed steadily', '| 12:00 | pods | 3 |', '']) {
      for (const sentence of sentencesOf(text)) assert.equal(mayHit(sentence), false, text);
    }
    for (const text of ['Bob forgot to run the migration.', 'Who pushed this?', 'It was human error.', 'We should have known.']) {
      const sentences = sentencesOf(text);
      assert.ok(sentences.length && sentences.every(mayHit), text);
    }
  });

  it('lets every phrase of the lexicon through, and every word of its lists', () => {
    // The needs are the lexicon's own lists: a phrase or word added to one of them passes without a change here.
    for (const phrase of [...lexicon.STRONG_FAULT_PHRASES, ...lexicon.WEAK_FAULT_PHRASES]) {
      const [sentence] = sentencesOf(`${phrase} x`);
      assert.ok(mayHit(sentence), phrase);
      assert.ok(mayHitBlock(`x ${phrase} x`), phrase);
    }
    for (const word of [...lexicon.CHARACTER_WORDS, ...lexicon.MANNER_ADVERBS, ...lexicon.PASSIVE_FAULT, ...lexicon.FAULT_NOUNS]) {
      const [sentence] = sentencesOf(`x ${word} x`);
      if (sentence.filter((t) => t.kind === 'word').length === 3) assert.ok(mayHit(sentence), word);
    }
  });

  it('needs one word of each phrase, the longest, and lets a sentence of the phrase without it by only for another pass', () => {
    const table = new PhraseTable(['did not pay attention', 'pointed fingers', 'was not careful']);
    // Each phrase needs its longest word, and beside it its next longest: "pointed" with "fingers".
    assert.deepEqual(table.needs('fingers'), ['pointed']);
    assert.deepEqual(table.needs('careful'), ['was']);
    assert.equal(table.needs('did'), false);
    assert.equal(table.needs('pointed'), false);
    assert.equal(new PhraseTable(['blunder', 'blunder by']).needs('blunder'), true);
    assert.ok(!sentencesOf('The logs pointed to the cache.').some(mayHit));
    assert.ok(sentencesOf('Nobody pointed fingers.').some(mayHit));
    // "We" opens no fault of ours outside a heading's fault verb, and "in" no connective but "in spite of".
    for (const text of ['We saw the queue grow in the evening.', 'We watched the graphs for an hour.', 'We in for the a to on did not was']) {
      for (const sentence of sentencesOf(text)) assert.equal(mayHit(sentence), false, text);
      assert.equal(mayHitBlock(text), false, text);
    }
    for (const text of ['How We Broke Search', 'Bob merged it in spite of the failing checks.', 'Bob restarted it for no reason.']) {
      assert.ok(sentencesOf(text).some(mayHit), text);
      assert.ok(mayHitBlock(text), text);
    }
  });

  it('finds a needed word before the split wherever the parser would: quoted, hyphened, with curly apostrophes, in mixed case', () => {
    for (const text of [
      'Nobody "didn\u2019t" care.',
      "(didn't)",
      'x.didn`t.y',
      'A FINGER-POINTING culture',
      '**Finger-pointing**',
      'it was an over-confident call',
      'so-called-finger-pointing-x',
      'who\u2019s on call?',
    ]) {
      const sentences = sentencesOf(text);
      if (sentences.some(mayHit)) assert.ok(mayHitBlock(text), text);
    }
    assert.equal(mayHitBlock(''), false);
    assert.equal(mayHitBlock('| 12:00 | pods | 3 |'), false);
  });

  it('costs time linear in the length of a block before the split, with long hyphened runs', () => {
    assertLinear(
      'block gate on long runs',
      (n) => Array.from({ length: n }, (_, i) => (i % 7 === 6 ? 'a-b-c-d-e-f-g-h-i-j ' : 'lorem-ipsum.dolor ')).join(''),
      (text) => mayHitBlock(text),
    );
  });

  it('gives the same hits as the ungated reading on our own labelled sentences', () => {
    let hits = 0;
    for (const path of [CORPUS_PATH, HOLDOUT_PATH]) for (const c of loadCorpus(path)) hits += assertSameReadings(c.text, `${path}:${c.line}`);
    assert.ok(hits > 100, `only ${hits} hits: the comparison would prove little`);
  });

  it('gives the same hits on every own-written document, example and fixture', () => {
    let hits = 0;
    for (const dir of ['examples', 'test/eval/own', 'test/fixtures']) {
      for (const path of markdownFiles(join(ROOT, dir))) hits += assertSameReadings(readFileSync(path, 'utf8'), path);
    }
    assert.ok(hits > 100, `only ${hits} hits`);
  });

  it('gives the same hits on generated post-mortems', () => {
    for (const seed of [1, 2, 3]) assertSameReadings(generatePostmortem({ lines: 300, seed }), `generated ${seed}`);
  });

  it('gives the same hits on word soups drawn from the lexicon, ugly ones included', () => {
    const words = lexiconWords();
    const rnd = random(57);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
    const sentences: string[] = [];
    for (let n = 0; n < 2500; n++) {
      const parts: string[] = [];
      const length = 3 + Math.floor(rnd() * 12);
      for (let k = 0; k < length; k++) {
        const r = rnd();
        let word = r < 0.45 ? pick(words) : pick(FILLERS);
        if (r > 0.97) word = `"${word}"`;
        else if (r > 0.94) word = word.toUpperCase();
        else if (r > 0.92) word = `**${word}**`;
        parts.push(word + (rnd() < 0.08 ? pick(MARKS) : ''));
      }
      sentences.push(`${parts.join(' ').replace(/^./, (c) => c.toUpperCase())}${pick(MARKS)}`);
    }
    const hits = assertSameReadings(sentences.join('\n\n'), 'word soup');
    assert.ok(hits > 200, `only ${hits} hits`);
  });

  it('answers the same for a word after its memo has been emptied by many other words', () => {
    const texts = ['Dana carelessly skipped the review.', 'Disk usage rose all night', 'Who approved this rollout?', 'We ought to have caught it.'];
    const readAll = () => texts.map((text) => sentencesOf(text).map((s) => [mayHit(s), detectSentence(s, PEOPLE)]));
    const first = readAll();
    assert.ok(first.flat().filter(([, hits]) => (hits as unknown[]).length).length >= 2, 'too few hits to compare');
    // More distinct words than either memo keeps, so both are emptied on the way: made-up ones, key words and empty ones.
    for (let i = 0; i < 21000; i += 500) {
      const soup = Array.from({ length: 500 }, (_, k) => (k % 50 === 0 ? 'blame' : `zq${i + k}x`)).join(' ');
      for (const sentence of sentencesOf(soup)) mayHit(sentence);
      for (const sentence of sentencesOf(soup)) detectSentence(sentence, PEOPLE);
    }
    assert.deepEqual(readAll(), first);
    assert.deepEqual(readAll(), first);
  });

  it('costs time linear in the length of a sentence of key words', () => {
    assertLinear(
      'gated reading of a long sentence of key words',
      (n) => sentencesOf(Array.from({ length: n }, (_, i) => ['Bob', 'forgot', 'carelessly', 'the', 'mistake', 'should'][i % 6]).join(' ')),
      (sentences) => sentences.forEach((s) => detectSentence(s, PEOPLE)),
    );
  });
});
