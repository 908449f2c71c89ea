import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { check } from '../../server/src/analysis/engine/engine';
import { cutPoints, IncrementalParser } from '../../server/src/analysis/parse/incremental';
import { parseMarkdown } from '../../server/src/analysis/parse/parse';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { generatePostmortem } from '../bench/generate';
import { CORPUS_DIR } from '../support/corpus';

const ROOT = join(__dirname, '..', '..');
/** Fixed so `npm test` is repeatable; set PROPERTY_SEED / PROPERTY_RUNS to explore further. */
const SEED = Number(process.env.PROPERTY_SEED ?? 20260521);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 1);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

const examples = markdownFiles(join(ROOT, 'examples', 'postmortems'));
const corpus = existsSync(CORPUS_DIR) ? markdownFiles(CORPUS_DIR) : [];
const generated = [
  generatePostmortem({ lines: 60, seed: 1 }),
  generatePostmortem({ lines: 120, seed: 2, frontMatter: true }),
  generatePostmortem({ lines: 90, seed: 3, frontMatter: false, eol: '\r\n' }),
  `\ufeff${generatePostmortem({ lines: 70, seed: 4, frontMatter: false })}`,
  generatePostmortem({ lines: 200, seed: 5, references: false }),
];
const documents = [...examples, ...corpus, ...generated];

/** Pieces of Markdown that change how the text around them parses. */
const FRAGMENTS = [
  'x',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '#',
  '# ',
  '## Heading\n',
  '\n\n## Impact\n\n',
  'Paragraph text\n',
  '\n===\n',
  '\n---\n',
  '---\n',
  '+++\n',
  '```\n',
  '```js\n',
  '~~~\n',
  '    indented code\n',
  '<!--',
  '-->',
  '<!-- postmortem-disable empty-section -->\n',
  '<script>\n',
  '</script>\n',
  '<div>\n',
  '<?php\n',
  '?>',
  '- ',
  '1. ',
  '* item\n',
  '> ',
  '| a | b |\n| - | - |\n',
  '[design]: https://example.com/d\n\n',
  '[ref]: /r "t"\n',
  '[^vendor]: A note.\n\n',
  '[^1]: First.\n',
  '[ref]',
  '[^1]',
  '[design]',
  '\\',
  '`',
  '*',
  '_',
  '[',
  ']',
  '\t',
  '---\ntitle: x\ntype: postmortem\n---\n',
];

/**
 * A base text: a window of whole lines from one of the documents (small, so the full parse the
 * test compares against stays cheap), or, now and then, a whole document.
 */
const baseArb = fc.oneof(
  {
    weight: 15,
    arbitrary: fc.record({
      index: fc.nat({ max: documents.length - 1 }),
      from: fc.double({ min: 0, max: 1, noNaN: true }),
      lines: fc.integer({ min: 3, max: 40 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ index: fc.nat({ max: documents.length - 1 }), from: fc.constant(0), lines: fc.constant(Infinity) }) },
);
type Base = typeof baseArb extends fc.Arbitrary<infer T> ? T : never;

function baseText(base: Base): string {
  const text = documents[base.index];
  if (base.lines === Infinity) return text;
  const lines = text.split('\n');
  const from = Math.floor(base.from * lines.length);
  return lines.slice(from, from + base.lines).join('\n');
}

type Edit =
  { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'replace'; at: number; length: number; text: string };

/** Where an edit happens: anywhere, at a line start or end, or at the very start or end. */
const place = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((f) => ({ where: 'any' as const, f })) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((f) => ({ where: 'line-start' as const, f })) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((f) => ({ where: 'line-end' as const, f })) },
  { weight: 1, arbitrary: fc.constant({ where: 'start' as const, f: 0 }) },
  { weight: 1, arbitrary: fc.constant({ where: 'end' as const, f: 1 }) },
);
type Place = typeof place extends fc.Arbitrary<infer T> ? T : never;

function offsetOf(text: string, p: Place): number {
  if (p.where === 'start') return 0;
  if (p.where === 'end') return text.length;
  const at = Math.min(text.length, Math.floor(p.f * (text.length + 1)));
  if (p.where === 'any') return at;
  if (p.where === 'line-start') return text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end > 0 && text[end - 1] === '\r' ? end - 1 : end;
}

const fragment = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });
const editArb = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), place, text: fragment }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), place, length: fc.integer({ min: 1, max: 120 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), place, length: fc.integer({ min: 1, max: 40 }), text: fragment }) },
);
type EditSpec = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, spec: EditSpec): { text: string; edit: Edit } {
  const at = offsetOf(text, spec.place);
  if (spec.kind === 'insert') return { text: text.slice(0, at) + spec.text + text.slice(at), edit: { kind: 'insert', at, text: spec.text } };
  const length = Math.min(spec.length, text.length - at);
  if (spec.kind === 'delete') return { text: text.slice(0, at) + text.slice(at + length), edit: { kind: 'delete', at, length } };
  return { text: text.slice(0, at) + spec.text + text.slice(at + length), edit: { kind: 'replace', at, length, text: spec.text } };
}

/** Equal trees (types, values, positions of every node) or a failure that shows where they part. */
function assertSameTree(text: string, parser: IncrementalParser, history: Edit[]): void {
  const incremental = parser.parse(text);
  const whole = parseMarkdown(text);
  try {
    assert.deepStrictEqual(incremental, whole);
  } catch (error) {
    throw new Error(
      `incremental parse differs after edits ${JSON.stringify(history)} on ${JSON.stringify(text.slice(0, 2000))}: ${(error as Error).message.slice(0, 3000)}`,
    );
  }
}

describe('incremental parsing', function () {
  this.timeout(300000);

  before(function () {
    if (!corpus.length) console.log(`      (no corpus at ${CORPUS_DIR}: the property test runs on examples and generated documents only)`);
  });

  it('parses every document whole or in segments to the same tree as one full parse', () => {
    for (const text of documents) {
      for (const minSegment of [0, 1500]) assert.deepStrictEqual(new IncrementalParser(minSegment).parse(text), parseMarkdown(text));
    }
  });

  it('cuts realistic post-mortems into many segments and re-parses only the edited one', () => {
    const text = generatePostmortem({ lines: 400, seed: 9 });
    const parser = new IncrementalParser(0);
    parser.parse(text);
    assert.ok(parser.stats.segments > 10, `only ${parser.stats.segments} segments`);
    const at = text.indexOf('## Root Cause') + '## Root Cause'.length;
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    assert.deepStrictEqual(parser.parse(edited), parseMarkdown(edited));
    assert.equal(parser.stats.parsed, 1);
    assert.equal(parser.stats.reused, parser.stats.segments - 1);
  });

  it('keeps segments at least the minimum length, and an edit still re-parses few of them', () => {
    const text = generatePostmortem({ lines: 2000, seed: 11 });
    const cuts = [0, ...cutPoints(text)];
    assert.ok(cuts.length > 20, `only ${cuts.length} segments`);
    assert.ok(cuts.every((c, i) => i === 0 || c - cuts[i - 1] >= 1500));
    const parser = new IncrementalParser();
    parser.parse(text);
    for (const fraction of [0.1, 0.5, 0.9]) {
      const at = text.indexOf('\n', Math.floor(text.length * fraction));
      const edited = text.slice(0, at) + ' more words' + text.slice(at);
      assert.deepStrictEqual(parser.parse(edited), parseMarkdown(edited));
      assert.ok(parser.stats.parsed <= 2, `re-parsed ${parser.stats.parsed} segments`);
      parser.parse(text);
    }
  });

  it('never cuts inside front matter, and parses text with lone carriage returns whole', () => {
    const fm = '---\ntitle: x\n\n# a YAML comment\n\nkey: value\n---\n\n# Title\n\nText\n\n## Summary\n\nMore\n';
    const cuts = cutPoints(fm, 0);
    assert.ok(
      cuts.every((c) => c > fm.indexOf('\n---\n')),
      `cut inside front matter: ${cuts}`,
    );
    assert.ok(cuts.includes(fm.indexOf('## Summary')));
    assert.deepStrictEqual(cutPoints('# A\r\rpara\r\r# B\r', 0), []);
    const parser = new IncrementalParser(0);
    assert.deepStrictEqual(parser.parse('# A\r\rpara\r\r# B\r'), parseMarkdown('# A\r\rpara\r\r# B\r'));
    assert.equal(parser.stats.whole, true);
  });

  it('reads a document between two thematic breaks as Markdown, whole or in segments, and keeps YAML with comments as front matter', () => {
    const body = [
      '# Queue stalled after the broker upgrade',
      '',
      'Date: 2026-03-02',
      '**Severity:** SEV3',
      '',
      '## Summary',
      '',
      'Jobs piled up for two hours while the workers waited on a renamed queue.',
      '',
      '## Root Cause',
      '',
      'The upgrade renamed a setting and the workers kept the old name.',
      '',
    ].join('\n');
    for (const text of [
      `---\n\n${body}\n---\n`,
      `---\n${body}---\n\n## Follow-up\n\n- Pin the setting name\n`,
      `---\r\n\r\n${body.replace(/\n/g, '\r\n')}---\r\n`,
    ]) {
      const tree = parseMarkdown(text);
      assert.notEqual(tree.children[0].type, 'yaml', JSON.stringify(text.slice(0, 40)));
      assert.equal(tree.children[0].type, 'thematicBreak');
      assert.ok(tree.children.some((c) => c.type === 'heading' && c.depth === 2));
      assert.ok(cutPoints(text, 0).length > 0, 'segments may start inside what looked like front matter');
      const parser = new IncrementalParser(0);
      assert.deepStrictEqual(parser.parse(text), tree);
    }
    // YAML whose comment looks like a heading, with keys, lists and indented values only.
    for (const yaml of [
      '# Owned by the SRE team\ntitle: Queue stall\nservices:\n  - broker\n- loose entry\n',
      '## notes\nsummary: >\n  Folded text\n  over lines\n...\n',
      'título: Cola\n# comentario\n',
    ]) {
      const text = `---\n${yaml}---\n\n# Queue stall\n\nText.\n`;
      assert.equal(parseMarkdown(text).children[0].type, 'yaml', yaml);
    }
    // Ugly input: a heading and prose alone, nothing, unclosed.
    assert.equal(parseMarkdown('---\n# a\nb\n---').children[0].type, 'thematicBreak');
    assert.equal(parseMarkdown('---\n---\n').children[0].type, 'yaml');
    assert.equal(parseMarkdown('---\n# a\nb\n').children[0].type, 'thematicBreak');
  });

  it('re-parses segments that refer to a link definition added elsewhere', () => {
    const text = '# T\n\nSee [design] and [^n].\n\n## Impact\n\nNone.\n';
    const parser = new IncrementalParser(0);
    assert.deepStrictEqual(parser.parse(text), parseMarkdown(text));
    const withDefs = `${text}\n## Links\n\n[design]: https://example.com\n\n[^n]: A note.\n`;
    const tree = parser.parse(withDefs);
    assert.deepStrictEqual(tree, parseMarkdown(withDefs));
    const paragraph = JSON.stringify(tree.children[1]);
    assert.match(paragraph, /linkReference/);
    assert.match(paragraph, /footnoteReference/);
  });

  it('closes and opens fences across segments like a full parse', () => {
    const text = '# T\n\n```\ncode\n\n# not a heading\n\n```\n\n## After\n\nText\n';
    const parser = new IncrementalParser(0);
    assert.deepStrictEqual(parser.parse(text), parseMarkdown(text));
    const unclosed = text.replace('```\n\n## After', '\n\n## After');
    assert.deepStrictEqual(parser.parse(unclosed), parseMarkdown(unclosed));
    assert.equal(parseMarkdown(unclosed).children.filter((c) => c.type === 'heading').length, 1);
  });

  it(`equals a full parse after every step of random edit sequences (seed ${SEED})`, () => {
    fc.assert(
      // Mostly with cuts wherever they are safe (minimum segment 0), so that small texts are cut too.
      fc.property(baseArb, fc.array(editArb, { minLength: 1, maxLength: 6 }), fc.constantFrom(0, 0, 0, 200), (base, specs, minSegment) => {
        let text = baseText(base);
        const parser = new IncrementalParser(minSegment);
        parser.parse(text);
        const history: Edit[] = [];
        for (const spec of specs) {
          const step = apply(text, spec);
          text = step.text;
          history.push(step.edit);
          assertSameTree(text, parser, history);
        }
      }),
      { seed: SEED, numRuns: 1500 * RUNS, verbose: 1 },
    );
  });

  it('sees a name become known in an unchanged paragraph when an owner is edited elsewhere', () => {
    const settings = defaultSettings();
    const doc = (owner: string) =>
      `# Post-Mortem: Billing export\n\nDate: 2026-03-02\n\n## Summary\n\nThe export stopped for two hours. Oluwaseun missed the page.\n\n${'Background paragraph about the export and its queue, long enough to stand alone.\n\n'.repeat(30)}## Action Items\n\n- [ ] Page a second responder after ten minutes (owner: ${owner}, due 2026-12-01)\n`;
    const parser = new IncrementalParser(0);
    const parse = (t: string) => parser.parse(t);
    const options = { path: 'postmortems/doc.md', settings, parse, now: new Date('2026-06-01') };
    const blame = (text: string, opts = options) =>
      check(text, opts)
        .findings.filter((f) => f.ruleId === 'blaming-language')
        .map((f) => text.slice(f.start, f.end));
    assert.deepEqual(blame(doc('Priya')), [], 'an unknown name with a verb systems share is not blame');
    const summary = parser.parse(doc('Priya')).children.find((n) => n.type === 'paragraph');
    const edited = doc('Oluwaseun');
    assert.deepEqual(blame(edited), ['Oluwaseun missed'], 'the owner makes the name a person');
    assert.ok(parser.stats.reused > 0 && parser.parse(edited).children.includes(summary!), 'the summary paragraph was reused, not parsed again');
    assert.deepEqual(blame(edited, { ...options, parse: undefined as never }), ['Oluwaseun missed'], 'a full check agrees');
    assert.deepEqual(blame(doc('Priya')), [], 'and the name is forgotten again when the owner changes back');
  });

  it(`gives the same findings as a full check after random edits (seed ${SEED})`, () => {
    const settings = defaultSettings();
    fc.assert(
      fc.property(baseArb, fc.array(editArb, { minLength: 1, maxLength: 4 }), (base, specs) => {
        let text = baseText(base);
        const parser = new IncrementalParser(0);
        const parse = (t: string) => parser.parse(t);
        check(text, { path: 'postmortems/doc.md', settings, parse, now: new Date('2026-06-01') });
        for (const spec of specs) {
          text = apply(text, spec).text;
          const incremental = check(text, { path: 'postmortems/doc.md', settings, parse, now: new Date('2026-06-01') });
          const whole = check(text, { path: 'postmortems/doc.md', settings, now: new Date('2026-06-01') });
          assert.deepStrictEqual(incremental.findings, whole.findings);
          assert.deepStrictEqual(incremental.doc?.model, whole.doc?.model);
        }
      }),
      { seed: SEED + 1, numRuns: 300 * RUNS, verbose: 1 },
    );
  });
});
