/**
 * fast-check generators of Markdown as people (and broken tools) write it: every heading form,
 * ragged tables, nested and task lists, unclosed fences, HTML and our control comments, broken
 * front matter, hard Unicode, mixed line endings, BOM, tabs and NULs. Also mutations of real
 * documents (the examples, and the shared corpus when it is there).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DEFAULT_PLACEHOLDERS, DEFAULT_SECTIONS } from '../../server/src/analysis/base/settings';
import { RULES } from '../../server/src/rules/index';
import { PATHOLOGICAL } from './pathological';

const SECTION_NAMES = DEFAULT_SECTIONS.flatMap((s) => [s.title, ...s.aliases.slice(0, 3)]);
const RULE_IDS = RULES.map((r) => r.meta.id);

/** Characters that are hard for parsers, offset maths and editors. */
export const HARD_CHARACTERS: readonly string[] = [
  '\t',
  '\u0000',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffd',
  '事故',
  '根本原因',
  '障害',
  '复盘',
  '😀',
  '👩‍💻',
  '🇺🇦',
  '🔥',
  'é',
  'e\u0301',
  'a\u0308\u0301',
  '\u0301',
  'Ω',
  'مراجعة',
  'תקרית',
  '\u202e',
  '\u202d',
  '\u200f',
  '\ud800',
  '\udc00',
  '\udbff\udfff',
  '\\',
  '`',
  '|',
  '*',
  '_',
  '<',
  '>',
  '&',
  '[',
  ']',
];

const WORDS: readonly string[] = [
  'the',
  'database',
  'failover',
  'took',
  'minutes',
  'customers',
  'saw',
  'errors',
  'we',
  'rolled',
  'back',
  'deploy',
  'alert',
  'paged',
  'on-call',
  'latency',
  'queue',
  'backlog',
  'UTC',
  '11:45',
  '2026-04-31',
  '2026-03-04',
  '04/05/2026',
  'March 4, 2026',
  '31/12/2026',
  'root',
  'cause',
  'impact',
  'owner',
  '@alice',
  'JIRA-123',
  'http://example.com/x',
  ...DEFAULT_PLACEHOLDERS,
];

const eolArb = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

const wordArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...HARD_CHARACTERS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,40}[.):]?[a-z]?$/) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('`code`', '`a|b`', '**bold**', '_em_', '[link](http://x)', '<span>', '<!-- note -->', '\\|', '~~gone~~', '![img](a.png)'),
  },
);

/** A short run of inline text, sometimes with hard characters and runs of spaces. */
export const inlineArb: fc.Arbitrary<string> = fc
  .tuple(fc.array(wordArb, { minLength: 0, maxLength: 8 }), fc.constantFrom(' ', ' ', ' ', '  ', '\t', '   '))
  .map(([words, sep]) => words.join(sep));

const headingTextArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SECTION_NAMES) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'Post-Mortem: Checkout errors',
      'Incident Report: DNS',
      'Retrospective',
      'Template',
      '1. Summary',
      'IV) Impact',
      '🔥 Timeline',
      'Root Cause(s)',
      'Date',
      'Owner',
    ),
  },
  { weight: 2, arbitrary: inlineArb },
);

const atxHeadingArb = fc
  .tuple(
    fc.integer({ min: 1, max: 7 }),
    fc.constantFrom(' ', '  ', '\t', ''),
    headingTextArb,
    fc.constantFrom('', ' #', ' ##', ' #  ', ' '),
    fc.constantFrom('', ' ', '   '),
  )
  .map(([depth, gap, text, closing, indent]) => `${indent}${'#'.repeat(depth)}${gap}${text}${closing}`);

const setextHeadingArb = fc
  .tuple(headingTextArb, fc.constantFrom('=', '-'), fc.integer({ min: 1, max: 5 }), eolArb)
  .map(([text, ch, n, eol]) => `${text}${eol}${ch.repeat(n)}`);

const keyValueArb = fc
  .tuple(
    fc.constantFrom('Date', '**Date:**', '**Owner**:', 'Incident Date', 'Status', 'Severity', '- **Authors**:', 'Last Updated', 'date of incident'),
    fc.constantFrom(': ', ':', ' : ', ''),
    inlineArb,
  )
  .map(([key, colon, value]) => (key.includes(':') ? `${key} ${value}` : `${key}${colon}${value}`));

const paragraphArb = fc
  .tuple(fc.array(fc.oneof({ weight: 3, arbitrary: inlineArb }, { weight: 1, arbitrary: keyValueArb }), { minLength: 1, maxLength: 4 }), eolArb)
  .map(([lines, eol]) => lines.join(eol));

const cellArb = fc.oneof(inlineArb, fc.constantFrom('', ' ', '`a | b`', 'a \\| b', '**x**', '<br>', '[ ]', '2026-02-30'));

const tableArb = fc
  .tuple(
    fc.integer({ min: 1, max: 5 }),
    fc.array(fc.array(cellArb, { minLength: 0, maxLength: 7 }), { minLength: 0, maxLength: 5 }),
    fc.boolean(),
    fc.boolean(),
    fc.constantFrom('---', ':--', '--:', ':-:', '-', ' --- '),
    eolArb,
  )
  .chain(([columns, rows, leading, trailing, delimiter, eol]) =>
    fc.array(cellArb, { minLength: columns, maxLength: columns }).map((header) => {
      const row = (cells: string[]) => `${leading ? '| ' : ''}${cells.join(' | ')}${trailing ? ' |' : ''}`;
      return [row(header), row(header.map(() => delimiter)), ...rows.map(row)].join(eol);
    }),
  );

const listItemArb = fc
  .tuple(
    fc.constantFrom('', '  ', '    ', '\t', '   '),
    fc.constantFrom('-', '*', '+', '1.', '2)', '10.'),
    fc.constantFrom(' ', '  ', ' [ ] ', ' [x] ', ' [X] ', ' [] '),
    fc.oneof(inlineArb, keyValueArb),
  )
  .map(([indent, marker, gap, text]) => `${indent}${marker}${gap}${text}`);

const listArb = fc.tuple(fc.array(listItemArb, { minLength: 1, maxLength: 6 }), eolArb).map(([items, eol]) => items.join(eol));

const fenceArb = fc
  .tuple(
    fc.constantFrom('```', '~~~', '````', '  ```'),
    fc.constantFrom('', 'md', 'yaml', 'sh {x}'),
    fc.array(fc.oneof(inlineArb, atxHeadingArb), { maxLength: 4 }),
    fc.boolean(),
    eolArb,
  )
  .map(([fence, info, lines, closed, eol]) => [`${fence}${info}`, ...lines, ...(closed ? [fence.trim()] : [])].join(eol));

const controlArb = fc
  .tuple(
    fc.constantFrom('disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file', 'disable-nope'),
    fc.subarray([...RULE_IDS, 'no-such-rule']),
    fc.constantFrom(' -->', '-->', ' --', ''),
  )
  .map(([kind, rules, close]) => `<!-- postmortem-${kind} ${rules.join(', ')}${close}`);

const htmlArb = fc.oneof(
  controlArb,
  fc.constantFrom(
    '<!-- a comment -->',
    '<!--',
    '<!-- open\nstill open',
    '<div>',
    '<div>\n<p>text</p>\n</div>',
    '<pre>',
    '<pre>\ncode\n</pre>',
    '<?php echo 1; ?>',
    '<![CDATA[ x ]]>',
    '<!DOCTYPE html>',
    '<details><summary>More</summary>',
    '</details>',
    '<script>',
    '<style>a{}</style>',
  ),
);

const yamlLineArb = fc.oneof(
  fc.constantFrom(
    'type: postmortem',
    'type: incident',
    'postmortem: false',
    'template: true',
    'title: "Post-Mortem: X"',
    'date: 2026-02-30',
    'date: 2026-03-04',
    'date: 04/05/2026',
    'owner: [a, b]',
    'tags:\n  - a\n  - b',
  ),
  fc.constantFrom(
    'a: &x [1, 2]',
    'b: *x',
    'c: *missing',
    '"unclosed: x',
    'key: : value',
    '\tkey: tab',
    '- item',
    '? complex',
    'k: !!binary aGVsbG8=',
    'k: !!js/function "x"',
    'date: TBD',
  ),
  inlineArb.map((v) => `note: ${v}`),
);

const frontMatterArb = fc
  .tuple(fc.constantFrom('---', '---', '+++', '--- '), fc.array(yamlLineArb, { maxLength: 6 }), fc.constantFrom('---', '---', '...', '+++', ''), eolArb)
  .map(([open, lines, close, eol]) => [open, ...lines, close].join(eol));

const blockArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: atxHeadingArb },
  { weight: 1, arbitrary: setextHeadingArb },
  { weight: 5, arbitrary: paragraphArb },
  { weight: 2, arbitrary: tableArb },
  { weight: 2, arbitrary: listArb },
  { weight: 1, arbitrary: fenceArb },
  { weight: 1, arbitrary: inlineArb.map((t) => `    ${t}`) },
  { weight: 2, arbitrary: htmlArb },
  { weight: 1, arbitrary: inlineArb.map((t) => `> ${t}`) },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '___', '', ' ', '\t') },
);

/** A whole generated Markdown document. */
export const markdownArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '', '\ufeff'),
    fc.option(frontMatterArb, { freq: 3 }),
    fc.array(blockArb, { minLength: 0, maxLength: 14 }),
    fc.array(fc.constantFrom('\n', '\n\n', '\n\n', '\r\n\r\n', '\r\r', '\n \n'), { minLength: 1, maxLength: 1 }),
    fc.constantFrom('', '\n', '\r\n', '\n\n'),
  )
  .map(([bom, fm, blocks, [sep], end]) => `${bom}${fm !== null ? `${fm}${sep}` : ''}${blocks.join(sep)}${end}`);

/** Real documents to mutate: the examples, and the shared corpus when present. */
export function realDocuments(): RealDocument[] {
  const out: RealDocument[] = [];
  const read = (dir: string, source: RealDocument['source']) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .sort())
      out.push({ name, source, text: readFileSync(join(dir, name), 'utf8') });
  };
  read(join(__dirname, '..', '..', 'examples', 'postmortems'), 'examples');
  read(CORPUS_DIR, 'corpus');
  return out;
}

export interface RealDocument {
  name: string;
  source: 'examples' | 'corpus';
  text: string;
}

/** The shared corpus of real post-mortems, when this machine has it. */
export const CORPUS_DIR = join(__dirname, '..', '..', '..', 'shared', 'corpus');

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'eol'; eol: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'bom' };

const fractionArb = fc.integer({ min: 0, max: 1_000_000 });

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fractionArb,
      text: fc.oneof(blockArb, inlineArb, fc.constantFrom(...HARD_CHARACTERS), eolArb),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fractionArb, length: fc.integer({ min: 1, max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fractionArb, length: fc.integer({ min: 1, max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('eol' as const), eol: fc.constantFrom('\r\n', '\r', '\n') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fractionArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bom' as const) }) },
);

function mutate(text: string, m: Mutation): string {
  const at = (fraction: number) => Math.floor((fraction / 1_000_000) * text.length);
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    case 'delete':
      return text.slice(0, at(m.at)) + text.slice(at(m.at) + m.length);
    case 'duplicate':
      return text.slice(0, at(m.at) + m.length) + text.slice(at(m.at), at(m.at) + m.length) + text.slice(at(m.at) + m.length);
    case 'eol':
      return text.replace(/\r\n|\r|\n/g, m.eol);
    case 'truncate':
      return text.slice(0, at(m.at));
    case 'bom':
      return `\ufeff${text}`;
  }
}

/** A real document with a few random mutations. */
export function mutatedDocumentArb(documents: readonly RealDocument[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...documents), fc.array(mutationArb, { minLength: 1, maxLength: 5 }))
    .map(([doc, mutations]) => mutations.reduce(mutate, doc.text));
}

/** Large documents, with runs that trip slow regular expressions, for the time bound. */
export const largeMarkdownArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(markdownArb, { minLength: 5, maxLength: 40 }),
    fc.array(
      fc.tuple(
        fc.constantFrom('# ', '', 'Date: ', '<!-- postmortem-disable x\n', '| ', '- ', ' ', '1', '*', '`', '<!--', '---\n', ':a'),
        fc.constantFrom('1', ' ', '*', '_', ':', '|', 'a', '<!-- postmortem-disable x\n', '[', '\t', '-', '.', '!', '\n'),
        fc.integer({ min: 100, max: 5000 }),
      ),
      { maxLength: 3 },
    ),
  )
  .map(([docs, runs]) => [...docs, ...runs.map(([prefix, unit, n]) => `${prefix}${unit.repeat(n)}x`)].join('\n\n'));

/**
 * Pathological shapes (`pathological.ts`: the CommonMark and cmark-gfm suites, deep nesting,
 * huge tables) at random sizes, alone or between ordinary Markdown, sometimes several at once
 * and sometimes cut short, so the guard meets them at every offset and size.
 */
export const pathologicalMarkdownArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(markdownArb, { minLength: 0, maxLength: 6 }),
    fc.array(fc.tuple(fc.constantFrom(...PATHOLOGICAL), fc.integer({ min: 200, max: 24000 }), fc.integer({ min: 0, max: 100 })), {
      minLength: 1,
      maxLength: 3,
    }),
    fc.constantFrom('\n\n', '\n', '\n> ', '\n- ', '\n| a |\n| - |\n| '),
  )
  .map(([docs, shapes, joiner]) => {
    const parts = [...docs];
    for (const [pattern, size, cutPercent] of shapes) {
      const body = pattern.body(size);
      // Sometimes only a part of the shape, so its runs end anywhere.
      const kept = cutPercent < 70 ? body : body.slice(0, Math.max(1, Math.floor((body.length * cutPercent) / 100)));
      parts.splice(Math.floor((parts.length * cutPercent) / 101), 0, kept);
    }
    return `# Post-Mortem: Generated\n\n## Summary\n\n${parts.join(joiner)}\n`;
  });
