import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canon, regexKeys, requiredPieces, type RegexKeys } from '../../server/src/analysis/base/regex-key';
import { LINE_PATTERNS } from '../../server/src/analysis/model/facts/causes';
import { assertLinear } from '../support/growth';
import { random } from '../support/random';
import { matchingLines } from '../support/regex-sample';

/** What the keys must say, read the slow way: some piece of the pattern is in the text, both folded by `canon`. */
const piecesOf = new Map<RegExp, string[] | null>();
function naiveMay(pattern: RegExp, text: string): boolean {
  if (!piecesOf.has(pattern)) piecesOf.set(pattern, requiredPieces(pattern));
  const pieces = piecesOf.get(pattern);
  if (!pieces) return true;
  let folded = '';
  for (let i = 0; i < text.length; i++) folded += String.fromCharCode(canon(text.charCodeAt(i)));
  return pieces.some((piece) => folded.includes(piece));
}

/** Texts that hold pieces of the patterns, whole, cut short, run together and overlapping, among odd characters. */
function mixedTexts(patterns: readonly RegExp[], count: number, seed: number): string[] {
  const rnd = random(seed);
  const pieces = patterns.flatMap((p) => requiredPieces(p) ?? []);
  const filler = ['', ' ', 'x', 'é', '’', 'ſ', 'İ', '\u0000', '\ud800', 'ab', '--'];
  const texts: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = '';
    for (let k = Math.floor(rnd() * 6); k >= 0; k--) {
      const piece = pieces[Math.floor(rnd() * pieces.length)];
      const cut = rnd() < 0.4 ? piece.slice(0, Math.max(1, Math.floor(rnd() * piece.length))) : piece;
      text += (rnd() < 0.5 ? cut.toLowerCase() : cut) + filler[Math.floor(rnd() * filler.length)];
    }
    texts.push(text);
  }
  return texts;
}

const ROOT = join(__dirname, '..', '..');

/** Every Markdown line of the examples and the own-written documents: real-shaped text. */
function realLines(): string[] {
  const lines: string[] = [];
  const read = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) read(path);
      else if (entry.name.endsWith('.md')) lines.push(...readFileSync(path, 'utf8').split(/\r?\n/));
    }
  };
  read(join(ROOT, 'examples'));
  read(join(ROOT, 'test', 'eval', 'own'));
  return lines;
}

/** Fails naming the pattern and the text when the pattern matches a text its key turns away. */
function assertSound(keys: RegexKeys, pattern: RegExp, texts: readonly string[]): void {
  const plain = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  for (const text of texts)
    if (plain.test(text)) assert.ok(keys.may(pattern, text), `/${pattern.source.slice(0, 80)}…/ matches ${JSON.stringify(text)}, which its key turns away`);
}

describe('regex keys: the pieces a pattern cannot match without', () => {
  it('reads literal runs, alternations, classes and repeats', () => {
    assert.deepEqual(requiredPieces(/\bno alert/i), ['NO ALERT']);
    assert.deepEqual(requiredPieces(/\b(?:no|without) (?:any )?alerts?\b/i)?.sort(), ['NO ALERT', 'NO ANY A', 'WITHOUT ']);
    // The longest run of literal parts is kept, cut to eight characters.
    assert.deepEqual(requiredPieces(/(?:[\w-]+ ){0,3}configuration drift/i), ['CONFIGUR']);
    // A class of a few characters is spelt out; a wide one holds nothing.
    assert.deepEqual(requiredPieces(/reali[sz]ed/)?.sort(), ['REALISED', 'REALIZED']);
    assert.deepEqual(requiredPieces(/\w+ (?:was|were) lost/i)?.sort(), [' WAS LOS', ' WERE LO']);
    // At least once is as good as once; a part that may be missing holds nothing.
    assert.deepEqual(requiredPieces(/(?:ab)+c/), ['AB']);
    assert.equal(requiredPieces(/(?:alert)?\d+/), null);
    // A lookaround consumes nothing: its words are not required of the match.
    assert.deepEqual(requiredPieces(/(?<!not )failed(?= hard)/), ['FAILED']);
    // Escapes are their characters.
    assert.deepEqual(requiredPieces(/a\.b\/c/), ['A.B/C']);
  });

  it('has no key when some branch needs no literal', () => {
    assert.equal(requiredPieces(/alert|\w+(?:ing)?/), null);
    assert.deepEqual(requiredPieces(/alert|\w+ing/)?.sort(), ['ALERT', 'ING']);
    assert.equal(requiredPieces(/^\s*$/), null);
    assert.equal(requiredPieces(/x/u), null, 'the u flag changes the case rule: no key');
  });

  it('drops pieces that hold another', () => {
    assert.deepEqual(requiredPieces(/\b(?:config|config change|configuration)\b/i), ['CONFIG']);
  });

  it('tests patterns as the patterns themselves do, skipping only what cannot match', () => {
    const a = /\b(?:no|without) alerts?\b/i;
    const b = /\bCNAME records?\b/;
    const c = /(?:spike|surge)s? in load/gi;
    const keys = regexKeys([a, b, c]);
    for (const text of ['We had NO alert at all', 'the cname record', 'The CNAME record was stale', 'Spikes in load and a surge in load', 'nothing here', '']) {
      assert.equal(keys.test(a, text), a.test(text), text);
      assert.deepEqual(keys.exec(b, text), b.exec(text), text);
      assert.equal(keys.replace(text, c, '_'), text.replace(c, '_'), text);
    }
    assert.equal(keys.may(a, 'nothing here'), false);
    // A case-sensitive pattern's key is case-blind: more texts pass, never fewer.
    assert.equal(keys.may(b, 'the cname record'), true);
    assert.equal(keys.test(b, 'the cname record'), false);
    assert.throws(() => keys.test(c, 'a spike in load'), /lastIndex/);
    assert.throws(() => keys.may(/other/, 'x'), /unknown pattern/);
  });

  it('reads text in other scripts and with odd characters as the patterns do', () => {
    const p = /\bcafé (?:crashed|failed)/i;
    const q = /\u2019s fault/i;
    const r = /straße (?:closed|ſhut)/i;
    const keys = regexKeys([p, q, r]);
    for (const text of [
      'CAFÉ FAILED',
      'Café crashed',
      'the cafe failed',
      'it was the vendor’s fault',
      'ſ K İ ı ß',
      '\u0000\uffff\ud800',
      'STRAßE CLOSED',
      'strasse closed',
      'Straße ſhut',
      'Straße SHUT',
    ]) {
      for (const pattern of [p, q, r]) assert.equal(keys.test(pattern, text), pattern.test(text), `${pattern.source} on ${text}`);
    }
  });

  it('says what a plain search for each piece says, for many patterns at once', () => {
    // Seventy patterns (more than one word of bits), pieces that begin or end others, and text in other scripts.
    const made: RegExp[] = [];
    const stems = ['alert', 'alerting', 'lert', 'page', 'pager', 'ager', 'café', 'straße', 'a.b', 'x-y', 'no ', 'not'];
    for (let i = 0; i < 70; i++) made.push(new RegExp(`${stems[i % stems.length]}${i % 5 ? '' : 's?'}|${stems[(i * 7 + 3) % stems.length]}${i}`, 'i'));
    made.push(/\w+/, /[^.]+ing/);
    for (const set of [made, LINE_PATTERNS]) {
      const keys = regexKeys(set);
      for (const text of [...mixedTexts(set, 600, set.length), '', 'ALERT', 'alerting0', 'CAFÉ', 'cafe', 'STRASSE']) {
        for (const pattern of set)
          assert.equal(keys.may(pattern, text), naiveMay(pattern, text), `/${pattern.source.slice(0, 60)}/ on ${JSON.stringify(text)}`);
      }
    }
  });

  it('holds every pattern a line of causes is read with to its key, on text made from the pattern', function () {
    this.timeout(120000);
    const keys = regexKeys(LINE_PATTERNS);
    let checked = 0;
    for (const [i, pattern] of LINE_PATTERNS.entries()) {
      const lines = matchingLines(pattern, 1500, i + 1);
      assertSound(keys, pattern, lines);
      checked += lines.length;
    }
    assert.ok(checked > 20000, `only ${checked} generated lines matched their pattern`);
  });

  it('holds them on every line of the examples and the own-written documents', () => {
    const keys = regexKeys(LINE_PATTERNS);
    const lines = realLines();
    assert.ok(lines.length > 1000);
    for (const pattern of LINE_PATTERNS) assertSound(keys, pattern, lines);
  });

  it('turns most lines away from most patterns', () => {
    // Not soundness but the point of the keys: a pattern tried on every line is what they save.
    const keys = regexKeys(LINE_PATTERNS);
    const lines = realLines().filter((l) => l.trim());
    let passed = 0;
    for (const line of lines) for (const pattern of LINE_PATTERNS) if (keys.may(pattern, line)) passed++;
    assert.ok(passed / (lines.length * LINE_PATTERNS.length) < 0.25, `keys passed ${passed} of ${lines.length * LINE_PATTERNS.length}`);
  });

  it('reads a text in time linear in its length, however hostile', function () {
    this.timeout(120000);
    const keys = regexKeys(LINE_PATTERNS);
    // Runs of a piece's beginning, each broken off before the piece ends, make the automaton fall back on every character.
    for (const unit of ['configur', 'no aler', 'a', ' ', 'notnotnot ', 'é’\u0000']) {
      let round = 0;
      assertLinear(
        `keys over "${unit}"`,
        (n) => unit.repeat(n),
        (text) => keys.may(LINE_PATTERNS[0], `${text}${round++}`),
        256,
      );
    }
  });
});
