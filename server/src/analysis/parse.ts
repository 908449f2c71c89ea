import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** One frozen processor: building it costs more than a small parse. */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/** Moves every position in the tree `by` characters (columns too, on the first line). */
function shift(node: Nodes, by: number): void {
  const position = node.position;
  if (position) {
    if (position.start.offset !== undefined) position.start.offset += by;
    if (position.end.offset !== undefined) position.end.offset += by;
    if (position.start.line === 1) position.start.column += by;
    if (position.end.line === 1) position.end.column += by;
  }
  if ('children' in node) for (const child of node.children) shift(child as Nodes, by);
}

/**
 * Parses Markdown (CommonMark + GFM + front matter) into an mdast tree with positions.
 * Offsets always index into `text` as given: micromark skips a leading byte order mark
 * without counting it, so positions are moved past it here.
 */
export function parseMarkdown(text: string): Root {
  const root = processor.parse(text);
  if (text.charCodeAt(0) === 0xfeff) {
    for (const child of root.children) shift(child, 1);
    if (root.position) root.position.end.offset = text.length;
  }
  return root;
}
