import type { Nodes, Root } from 'mdast';
import { fromMarkdown, type Options } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { MAX_DEPTH } from './guard';
import { linearTables, type LinearTablesOptions } from './linear-tables';

/**
 * The parser: CommonMark, GFM with tables read in linear time (`linear-tables.ts`), and front
 * matter when `frontMatter` is set. `tables` is for the tests that count the tables' work.
 *
 * It is what `unified().use(remarkParse).use(remarkGfm).use(linearTables).use(remarkFrontmatter,
 * ['yaml', 'toml'])` parses with, without unified and vfile around it (some 11 KB of the web
 * worker, for a pipeline that only ever parses): remark-parse hands mdast-util-from-markdown the
 * syntax and tree extensions its plugins registered, in their order, and remark-gfm and
 * remark-frontmatter register those of the packages they are built on (their halves for writing
 * Markdown back, which nothing here does, are left out too). `test/unit/linear-tables.test.ts`
 * parses with the published plugins and compares the trees.
 */
export function markdownProcessor(frontMatter: boolean, tables?: LinearTablesOptions): { parse(text: string): Root } {
  const extensions: NonNullable<Options['extensions']> = [gfm()];
  const mdastExtensions: NonNullable<Options['mdastExtensions']> = [gfmFromMarkdown().map(gateLiteralLinks)];
  linearTables(extensions, tables);
  if (frontMatter) {
    extensions.push(frontmatter(['yaml', 'toml']));
    mdastExtensions.push(frontmatterFromMarkdown(['yaml', 'toml']));
  }
  // Options by the literal links a text may hold (bits of `LITERAL_STARTS`), built when first met.
  const byLinks: Options[] = [];
  const optionsFor = (links: number) => (byLinks[links] ??= { extensions: extensions.map((e) => withLiteralLinks(e, links)), mdastExtensions });
  return { parse: (text) => fromMarkdown(text, optionsFor(literalLinksIn(text))) };
}

type SyntaxExtension = NonNullable<Options['extensions']>[number];
type Construct = { name?: string };

/**
 * GFM's three literal links, by the name of their construct, each with what a text must hold for
 * one to be read anywhere in it: a mail address a character of its local part (ASCII letters and
 * digits, `+`, `-`, `.`, `_`) right before an `@`; the others `www.` or `http://`/`https://`, in any
 * case. Each construct reads these characters as one run of the source, so a text without them
 * holds no such link, however its blocks and inlines fall.
 */
const LITERAL_STARTS: readonly [name: string, hint: RegExp][] = [
  ['emailAutolink', /[\w+.-]@/],
  ['wwwAutolink', /www\./i],
  ['protocolAutolink', /https?:\/\//i],
];
const ALL_LITERAL_LINKS = (1 << LITERAL_STARTS.length) - 1;

/** The literal links `text` may hold, one bit each (the order of `LITERAL_STARTS`). */
function literalLinksIn(text: string): number {
  let links = 0;
  for (let i = 0; i < LITERAL_STARTS.length; i++) if (LITERAL_STARTS[i][1].test(text)) links |= 1 << i;
  return links;
}

/**
 * The syntax extension with only the literal-link constructs of `links` (bits of `LITERAL_STARTS`).
 * The literal links are tried at the start of words: a mail address at every word (any ASCII
 * letter or digit may open one), the others at every `h` and `w`, and given up when the word is
 * no link, an attempt per word that costs more than the words' plain text does. In a text without
 * a construct's hint every attempt is given up, so the tree is the same without it (the plain text
 * comes in longer runs, which the tokenizer joins all the same). Constructs are told by their
 * names, which minifying keeps.
 */
function withLiteralLinks(extension: SyntaxExtension, links: number): SyntaxExtension {
  const text = (extension as { text?: Record<string, Construct | Construct[]> }).text;
  if (links === ALL_LITERAL_LINKS || !text) return extension;
  const left = new Set(LITERAL_STARTS.filter((_, i) => !(links & (1 << i))).map(([name]) => name));
  const kept: Record<string, Construct[]> = {};
  let removed = 0;
  for (const [code, constructs] of Object.entries(text)) {
    const all = Array.isArray(constructs) ? constructs : [constructs];
    const others = all.filter((c) => !left.has(c.name ?? ''));
    removed += all.length - others.length;
    if (others.length) kept[code] = others;
  }
  if (!removed) throw new Error("withLiteralLinks: expected remark-gfm's literal-link constructs, found none");
  return { ...extension, text: kept } as SyntaxExtension;
}

type TreeExtension = ReturnType<typeof gfmFromMarkdown>[number];

/**
 * What a text node must hold for GFM's literal-link pass to change it: `http://`, `https://` or
 * `www.` (any case) for an address, or an address character right before an `@` and a domain
 * character after it for a mail address (`xmpp:` and `mailto:` forms hold one too). Only a
 * necessary condition: the pass itself decides.
 */
const LITERAL_LINK_HINT = /https?:\/\/|www\.|[\w+.-]@[\w-]/i;

/**
 * True when some text node of the tree, outside links and link references (which the pass skips),
 * may hold a literal link. Walks with a stack of its own: the pass runs before the depth guard.
 */
function mayHoldLiteralLinks(tree: Root): boolean {
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'text') {
      if (LITERAL_LINK_HINT.test(node.value)) return true;
    } else if (node.type !== 'link' && node.type !== 'linkReference' && 'children' in node) {
      for (const child of node.children) stack.push(child);
    }
  }
  return false;
}

/**
 * The literal-link tree extension of GFM with its pass run only on a tree that may hold such a
 * link. The pass (mdast-util-gfm-autolink-literal) walks the whole tree once for each of its four
 * patterns, and a tree with no text that any of them can match leaves it unchanged; one walk that
 * tests each text once tells such a tree. Other extensions are returned as they are. The literal-link
 * extension is told by the token it reads (`literalAutolink`), a name that minifying keeps.
 */
function gateLiteralLinks(extension: TreeExtension): TreeExtension {
  if (!extension.transforms?.length || !extension.enter || !('literalAutolink' in extension.enter)) return extension;
  const transforms = extension.transforms.map((transform) => (tree: Root) => (mayHoldLiteralLinks(tree) ? transform(tree) : undefined));
  return { ...extension, transforms };
}

/** Built once: building a parser costs more than a small parse. */
const processor = markdownProcessor(true);
const withoutFrontMatter = markdownProcessor(false);

/** A first line that opens front matter (`---` or `+++`), after an optional byte order mark. */
const OPENS_FRONT_MATTER = /^\ufeff?(?:---|\+\+\+)[ \t]*(?:\r\n|\r|\n|$)/;

/** A YAML mapping key opening a line ("title:", "incident_start:", "'on call':"). */
const YAML_KEY = /^["']?[\p{L}\p{N}_$.-][\p{L}\p{N}_ $./-]{0,60}["']?[ \t]*:(?:[ \t]|$)/u;
/** An ATX heading: 1 to 6 `#`, a space, then text. In YAML such a line is a comment. */
const ATX_HEADING = /^#{1,6}[ \t]+\S/;

/**
 * True when what `---` lines fence at the top of a document is Markdown, not YAML: a document
 * that opens and ends (or breaks) with a thematic break ("---⏎⏎# Incident report⏎⏎Date: …⏎…⏎---").
 * It holds a heading and a line of prose. YAML holds neither together: a `#` line in it is a
 * comment, and its other lines are keys, list entries, indented values, comments or blank.
 */
export function markdownBetweenRules(fenced: string): boolean {
  let heading = false;
  let prose = false;
  for (let at = 0; at < fenced.length && !(heading && prose);) {
    let end = fenced.indexOf('\n', at);
    if (end === -1) end = fenced.length;
    const line = fenced.slice(at, Math.min(end, at + 200)).replace(/\r$/, '');
    at = end + 1;
    // Blank or indented (a YAML value), a comment, a list entry, a document marker, a key, a flow collection.
    if (!line.trim() || /^[ \t]/.test(line)) continue;
    if (ATX_HEADING.test(line)) heading = true;
    else if (!/^(?:#|-(?:[ \t]|$)|\.\.\.|---|[[{])/.test(line) && !YAML_KEY.test(line)) prose = true;
  }
  return heading && prose;
}

/** Offset after the closing line of front matter, 0 when there is none, -1 when it never closes. */
export function frontMatterEnd(text: string): number {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const marker = text.slice(start, start + 3);
  if (marker !== '---' && marker !== '+++') return 0;
  // The closing fence is the marker alone on its line, trailing spaces allowed (micromark-extension-frontmatter).
  const closing = marker === '---' ? /\n---[ \t]*(?:\r?\n|\r?$)/g : /\n\+\+\+[ \t]*(?:\r?\n|\r?$)/g;
  closing.lastIndex = start;
  const m = closing.exec(text);
  if (!m) return -1;
  // Markdown between two thematic breaks is no front matter.
  if (marker === '---' && markdownBetweenRules(text.slice(start + 3, m.index))) return 0;
  return m.index + m[0].length;
}

type Positioned = {
  position?: { start: { offset?: number; line: number; column: number }; end: { offset?: number; line: number; column: number } };
  children?: Positioned[];
};

/** Moves every position one character on, past a byte order mark the parser skipped (without recursion: trees can be deep). */
function shiftPastBom(root: Positioned): void {
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const { position } = node;
    if (position) {
      for (const point of [position.start, position.end]) {
        if (point.offset !== undefined) point.offset += 1;
        if (point.line === 1) point.column += 1;
      }
    }
    if (node.children) for (const child of node.children) stack.push(child);
  }
}

/** Thrown when a parse gives a tree nested deeper than `MAX_DEPTH`: walks over it could exhaust the stack. */
export class NestingError extends Error {
  constructor(
    readonly depth: number,
    /** Zero-based line of the deepest node, in the parsed text. */
    readonly line: number,
    /** The text of the segment the line counts in, when an incremental parse met it in one. */
    readonly within?: string,
  ) {
    super(`Markdown nested ${depth.toLocaleString('en-US')} levels deep`);
  }
}

/** Throws a `NestingError` when a node lies more than `MAX_DEPTH` levels below `nodes`' parent. */
export function assertShallow(nodes: readonly Positioned[]): void {
  // Two parallel stacks: no allocation per node.
  const stack: Positioned[] = [...nodes];
  const depths: number[] = nodes.map(() => 1);
  while (stack.length) {
    const node = stack.pop()!;
    const depth = depths.pop()!;
    const children = node.children;
    if (!children?.length) continue;
    if (depth >= MAX_DEPTH) throw new NestingError(depth + 1, (children[0].position?.start.line ?? 1) - 1);
    for (let i = 0; i < children.length; i++) {
      stack.push(children[i]);
      depths.push(depth + 1);
    }
  }
}

/**
 * Parses Markdown (CommonMark + GFM + front matter) into an mdast tree with positions. Offsets
 * are into `text` itself: the parser skips a leading byte order mark and counts from after it,
 * which would put every position in such a document one character early. Throws a
 * `NestingError` for a tree deeper than `MAX_DEPTH` (see `guard.ts`), so that no recursive walk
 * meets one. The parse itself is only bounded when the text passed `findHazard` first.
 */
export function parseMarkdown(text: string): Root {
  // A first `---` over the document's own headings and prose, closed by another `---`, is a
  // thematic break, not front matter: told from the text, so such a document is parsed once.
  const betweenRules = OPENS_FRONT_MATTER.test(text) && frontMatterEnd(text) === 0;
  let root = (betweenRules ? withoutFrontMatter : processor).parse(text);
  // When a document opens front matter but never closes it, the front matter extension still
  // changes how the lines below are read (a list then cannot interrupt a paragraph), and
  // appending anything to the first line changes the whole parse. Such a document has no front
  // matter, so it is parsed as plain Markdown.
  // Nor has a document whose first `---` is a thematic break over its own headings and prose
  // (read from the text above; the parsed value is checked too, should the two fences differ).
  const first = root.children[0];
  if (!betweenRules && OPENS_FRONT_MATTER.test(text) && (first?.type === 'yaml' ? markdownBetweenRules(first.value) : (first?.type as string) !== 'toml')) {
    root = withoutFrontMatter.parse(text);
  }
  assertShallow(root.children);
  if (text.charCodeAt(0) === 0xfeff) {
    // The root starts at the BOM itself; its children and its end move past it.
    for (const child of root.children) shiftPastBom(child);
    if (root.position) {
      if (root.position.end.offset !== undefined) root.position.end.offset += 1;
      if (root.position.end.line === 1) root.position.end.column += 1;
    }
  }
  return root;
}
