import type { Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

const BRACKETED = /^(?:\[[^\]]*\]|<[^<>]*>|\{\{[^{}]*\}\}|\{[^{}]*\}|_+|\.{3,}|…)$/;
const LEADING_MARKER = /^(?:todo|tbd|tba|fixme|xxx)\b\s*[:\-–—]?/i;

const LEADING = '*_`"\'(';
const TRAILING = '*_`"\'.:!)';
const SPACE = /\s/;

/** Drops emphasis, quotes, brackets and punctuation around a word, in one pass from each end. */
function stripWrapping(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (LEADING.includes(text[start]) || SPACE.test(text[start]))) start++;
  while (end > start && (TRAILING.includes(text[end - 1]) || SPACE.test(text[end - 1]))) end--;
  return text.slice(start, end);
}

/** Decides whether a piece of text is only a stand-in for content still to be written. */
export class PlaceholderTest {
  private readonly words: Set<string>;

  constructor(placeholders: readonly string[]) {
    this.words = new Set(placeholders.map((p) => p.trim().toLowerCase()));
  }

  isPlaceholder(text: string): boolean {
    const t = text.trim();
    if (!t) return true;
    if (this.words.has(t.toLowerCase())) return true;
    const bare = stripWrapping(t).toLowerCase();
    if (!bare || this.words.has(bare)) return true;
    if (BRACKETED.test(t)) return true;
    return LEADING_MARKER.test(t);
  }
}

export interface BodyContent {
  /** Some text that is not a placeholder. */
  hasContent: boolean;
  /** Some text that is a placeholder. */
  hasPlaceholder: boolean;
}

/**
 * Looks at the blocks of a section body and says whether any of it is real content.
 * Headings are labels, not content; a table's header row is too; HTML comments are notes.
 */
export function bodyContent(blocks: readonly RootContent[], test: PlaceholderTest): BodyContent {
  const result: BodyContent = { hasContent: false, hasPlaceholder: false };
  const fragment = (text: string) => {
    if (!text.trim()) return;
    if (test.isPlaceholder(text)) result.hasPlaceholder = true;
    else result.hasContent = true;
  };
  const visit = (node: Nodes): void => {
    if (result.hasContent) return;
    switch (node.type) {
      case 'heading':
      case 'thematicBreak':
      case 'definition':
      case 'yaml':
      case 'toml' as Nodes['type']:
        return;
      case 'html':
        if (/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) return;
        fragment(node.value);
        return;
      case 'code':
        fragment(node.value);
        return;
      case 'table':
        node.children.slice(1).forEach((row) => row.children.forEach((cell) => fragment(toString(cell, { includeHtml: true }))));
        return;
      case 'list':
      case 'listItem':
      case 'blockquote':
        node.children.forEach((child) => visit(child as Nodes));
        return;
      case 'paragraph': {
        const text = node.children
          .filter((c) => !(c.type === 'html' && c.value.startsWith('<!--')))
          .map((c) => (c.type === 'image' ? c.url || 'image' : toString(c, { includeHtml: true })))
          .join('');
        for (const line of text.split('\n')) fragment(line);
        return;
      }
      default:
        fragment(toString(node, { includeHtml: true }));
    }
  };
  for (const block of blocks) visit(block as Nodes);
  return result;
}
