import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Frozen processors: building one costs more than a small parse. */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const withoutFrontMatter = unified().use(remarkParse).use(remarkGfm).freeze();

/** A first line that opens front matter (`---` or `+++`), after an optional byte order mark. */
const OPENS_FRONT_MATTER = /^\ufeff?(?:---|\+\+\+)[ \t]*(?:\r\n|\r|\n|$)/;

type Positioned = { position?: { start: { offset?: number; line: number; column: number }; end: { offset?: number; line: number; column: number } }; children?: Positioned[] };

/** Moves every position one character on, past a byte order mark the parser skipped. */
function shiftPastBom(node: Positioned): void {
  const { position } = node;
  if (position) {
    for (const point of [position.start, position.end]) {
      if (point.offset !== undefined) point.offset += 1;
      if (point.line === 1) point.column += 1;
    }
  }
  if (node.children) for (const child of node.children) shiftPastBom(child);
}

/**
 * Parses Markdown (CommonMark + GFM + front matter) into an mdast tree with positions. Offsets
 * are into `text` itself: the parser skips a leading byte order mark and counts from after it,
 * which would put every position in such a document one character early.
 */
export function parseMarkdown(text: string): Root {
  let root = processor.parse(text);
  // When a document opens front matter but never closes it, the front matter extension still
  // changes how the lines below are read (a list then cannot interrupt a paragraph), and
  // appending anything to the first line changes the whole parse. Such a document has no front
  // matter, so it is parsed as plain Markdown.
  const first = root.children[0];
  if (OPENS_FRONT_MATTER.test(text) && first?.type !== 'yaml' && (first?.type as string) !== 'toml') root = withoutFrontMatter.parse(text);
  if (text.charCodeAt(0) === 0xfeff) {
    // The root starts at the BOM itself; its children and its end move past it.
    for (const child of root.children) shiftPastBom(child as Positioned);
    if (root.position) {
      if (root.position.end.offset !== undefined) root.position.end.offset += 1;
      if (root.position.end.line === 1) root.position.end.column += 1;
    }
  }
  return root;
}
