import type { Root } from 'mdast';
import type { Node } from 'unist';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** One frozen processor: building it costs more than a small parse. */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/**
 * Parses Markdown (CommonMark + GFM + front matter) into an mdast tree with positions. Offsets
 * are into `text` as given: the parser drops a leading byte order mark, so they are shifted back.
 */
export function parseMarkdown(text: string): Root {
  const root = processor.parse(text);
  if (text.charCodeAt(0) === 0xfeff) shiftOffsets(root);
  return root;
}

function shiftOffsets(node: Node): void {
  const { position } = node;
  if (position) {
    if (position.start.offset !== undefined) position.start.offset += 1;
    if (position.end.offset !== undefined) position.end.offset += 1;
    if (position.start.line === 1) position.start.column += 1;
    if (position.end.line === 1) position.end.column += 1;
  }
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) shiftOffsets(child);
}
