/**
 * The property-based tests of the engine, shared by `npm test` (a few thousand cases, fixed
 * seed) and `npm run fuzz` (at least 100,000 cases, new seed each run). Each entry says how
 * many cases it gets in `npm test`; the fuzz run scales them up.
 */
import fc from 'fast-check';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { LineIndex } from '../../server/src/analysis/base/text';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { assertEngineInvariants, assertTimeBound, FIXED_NOW, postmortemOptions } from '../support/engine-properties';
import { FORMATTERS, assertFormatterKeepsCells } from '../support/formatter-properties';
import {
  CORPUS_DIR,
  HARD_CHARACTERS,
  largeMarkdownArb,
  markdownArb,
  mutatedDocumentArb,
  pathologicalMarkdownArb,
  realDocuments,
} from '../support/markdown-arbitraries';
import { check } from '../../server/src/analysis/engine/engine';
import { parseMarkdown } from '../../server/src/analysis/parse/parse';
import { generatePostmortem } from '../bench/generate';

export interface FuzzProperty {
  name: string;
  /** Cases in `npm test`. */
  runs: number;
  /** Cases in `npm run fuzz`. */
  fuzzRuns: number;
  /** Builds the property; `tick` is called once per case, for progress. */
  build(tick: () => void): fc.IProperty<never> | null;
  /** Why the property was left out, when `build` returns null. */
  skipped?: string;
}

const documents = realDocuments();
const pathArb = fc.constantFrom<string | undefined>(
  'postmortems/fuzz.md',
  'postmortems/fuzz.md',
  'templates/postmortem-template.md',
  'notes/readme-ish.md',
  undefined,
);

function property<T>(arb: fc.Arbitrary<T>, tick: () => void, predicate: (value: T) => void): fc.IProperty<never> {
  return fc.property(arb, (value) => {
    tick();
    predicate(value);
  }) as unknown as fc.IProperty<never>;
}

/**
 * The pathological property's stall detector: a check may take this many ordinary parses of the
 * same length, plus this slack for small inputs and a busy machine. Mixtures of the shapes,
 * sampled 240 at a time after the guard learnt nested emphasis pairs, markers of the other kind
 * passed and wide tables (issue 19), took at most 16 ordinary parses on a loaded machine: the
 * bound leaves a margin over that, and the bench holds the tight target (10× at 200 KB).
 */
const STALL = { ratio: 20, slackMs: 200 };

export const PROPERTIES: FuzzProperty[] = [
  {
    name: 'any text: the check never throws and every range lies inside the document (whatever the path)',
    runs: 1500,
    fuzzRuns: 60000,
    build: (tick) =>
      property(
        fc.tuple(
          fc.oneof(
            markdownArb,
            fc.string({ unit: 'binary', maxLength: 200 }),
            fc.array(fc.constantFrom(...HARD_CHARACTERS, '\n', '\r', '# ', '---\n')).map((a) => a.join('')),
          ),
          pathArb,
        ),
        tick,
        ([text, path]) => {
          assertEngineInvariants(text, { path, settings: defaultSettings(), now: FIXED_NOW }, { fixes: false });
        },
      ),
  },
  {
    name: 'generated post-mortems: every fix of every finding applies cleanly and removes its finding',
    runs: 250,
    fuzzRuns: 15000,
    build: (tick) => property(markdownArb, tick, (text) => void assertEngineInvariants(text, postmortemOptions())),
  },
  {
    name: 'mutated real documents: every fix of every finding applies cleanly and removes its finding',
    runs: 100,
    fuzzRuns: 3000,
    build: (tick) => property(mutatedDocumentArb(documents), tick, (text) => void assertEngineInvariants(text, postmortemOptions())),
  },
  {
    name: 'server and editor agree on every position (line breaks \\n, \\r\\n and \\r alike)',
    runs: 1000,
    fuzzRuns: 25000,
    build: (tick) =>
      property(
        fc.oneof(
          markdownArb,
          fc.array(fc.constantFrom('a', '\r', '\n', '\r\n', '😀', '\ud800')).map((a) => a.join('')),
        ),
        tick,
        (text) => {
          const ours = new LineIndex(text);
          const editors = TextDocument.create('file:///x.md', 'markdown', 1, text);
          for (let offset = 0; offset <= text.length; offset++) {
            const a = ours.positionAt(offset);
            const b = editors.positionAt(offset);
            if (a.line !== b.line || a.character !== b.character)
              throw new Error(`offset ${offset}: server ${a.line}:${a.character}, editor ${b.line}:${b.character}`);
            if (ours.offsetAt(a) !== editors.offsetAt(b))
              throw new Error(`position ${a.line}:${a.character}: server offset ${ours.offsetAt(a)}, editor ${editors.offsetAt(b)}`);
          }
        },
      ),
  },
  {
    name: 'large and hostile documents: checking costs at most a bounded multiple of parsing',
    runs: 25,
    fuzzRuns: 1000,
    build: (tick) => property(largeMarkdownArb, tick, (text) => assertTimeBound(text, postmortemOptions())),
  },
  {
    name: 'pathological shapes: checked or noticed, never a crash, within a bounded multiple of an ordinary parse',
    runs: 12,
    fuzzRuns: 400,
    build: (tick) =>
      property(pathologicalMarkdownArb, tick, (text) => {
        // Timed as the server, the index and the CLI check: the "disable for this line" fixes are
        // computed only when the editor asks for one line's fixes, so they are not part of a check.
        const options = { ...postmortemOptions(), disableFixes: false };
        const started = performance.now();
        const result = check(text, options);
        const took = performance.now() - started;
        if (result.notice) {
          // NULs make a text binary, which has its own notice.
          if (!/too costly to parse \(.+ at line \d+\)|does not look like text/.test(result.notice.message))
            throw new Error(`unexpected notice: ${result.notice.message}`);
        } else assertEngineInvariants(text, options, { fixes: false });
        const plain = generatePostmortem({ lines: Math.max(20, Math.round(text.length / 48)), seed: 1 });
        const measure = () => {
          const t = performance.now();
          parseMarkdown(plain);
          const parse = performance.now() - t;
          const u = performance.now();
          check(text, options);
          return { parse, took: performance.now() - u };
        };
        let { parse, took: again } = measure();
        const bound = () => STALL.ratio * parse + STALL.slackMs;
        // A measure over the bound is taken again before it counts: a busy machine is slow on some runs.
        if (Math.min(took, again) > bound()) ({ parse, took: again } = measure());
        if (Math.min(took, again) > bound())
          throw new Error(
            `checking took ${Math.min(took, again).toFixed(0)} ms, more than ${STALL.ratio} × an ordinary parse of the same length (${parse.toFixed(0)} ms) + ${STALL.slackMs} ms, for ${text.length} characters`,
          );
      }),
  },
  ...FORMATTERS.map((formatter): FuzzProperty => ({
    name: `${formatter.name}: formatting is idempotent and keeps every cell's content`,
    runs: 500,
    fuzzRuns: 20000,
    build: (tick) => property(fc.oneof(markdownArb, mutatedDocumentArb(documents)), tick, (text) => assertFormatterKeepsCells(formatter, text)),
  })),
];

/** Said once by both runners, so nobody thinks the corpus was fuzzed when it was not there. */
export function corpusNote(): string {
  const corpus = documents.filter((d) => d.source === 'corpus').length;
  return corpus > 0
    ? `mutating ${documents.length} real documents (${documents.length - corpus} examples, ${corpus} from the shared corpus)`
    : `the shared corpus (${CORPUS_DIR}) is absent: mutating the ${documents.length} examples only`;
}
