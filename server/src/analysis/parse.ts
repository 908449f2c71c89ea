import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** One frozen processor: building it costs more than a small parse. */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/** Moves every position of the tree one character on, for text that starts with a byte order mark. */
function shiftPastBom(node: Nodes): void {
  const position = node.position;
  if (position) {
    for (const point of [position.start, position.end]) {
      if (point.offset !== undefined) point.offset += 1;
      if (point.line === 1) point.column += 1;
    }
  }
  if ('children' in node) for (const child of node.children) shiftPastBom(child as Nodes);
}

/**
 * Parses Markdown (CommonMark + GFM + front matter) into an mdast tree with positions. The parser
 * drops a leading byte order mark and counts offsets without it; the tree is parsed without the
 * mark and shifted, so offsets stay offsets into `text` and edits land where they should.
 */
export function parseMarkdown(text: string): Root {
  if (text.charCodeAt(0) !== 0xfeff) return processor.parse(text);
  const root = processor.parse(text.slice(1));
  shiftPastBom(root);
  return root;
}
