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

/** A template's stand-in for a value still to be written: `{{DATE}}`, `<service name>`, `YYYY-MM-DD`, `HH:MM`. */
const STAND_IN =
  /\{\{[^{}\n]{1,40}\}\}|<(?:[a-z]+[ _-]){0,3}(?:date|time|name|title|service|owner|link|url|description|summary|incident|team|system|component|number|id)>|\bYYYY-MM-DD\b|\bHH:MM\b/i;

/**
 * True when a template's stand-in stands anywhere in `text` ("Outage of {{DATE}}", "<service name>
 * incident"), whatever else it says: a form not yet filled. `PlaceholderTest.isPlaceholder` asks
 * the other question, whether a text is nothing but a stand-in, with the words the settings give.
 */
export function holdsStandIn(text: string): boolean {
  return STAND_IN.test(text);
}

/** Decides whether a piece of text is only a stand-in for content still to be written. */
export class PlaceholderTest {
  private readonly words: Set<string>;
  /** What each block holds, by node: an incremental parse hands back the same objects for unchanged text. */
  private readonly blocks = new WeakMap<object, BodyContent>();

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

  /** What one block holds; see `bodyContent`. */
  blockContent(block: RootContent): BodyContent {
    let content = this.blocks.get(block);
    if (!content) {
      content = readBlock(block, this);
      this.blocks.set(block, content);
    }
    return content;
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
  for (const block of blocks) {
    const content = test.blockContent(block);
    if (content.hasPlaceholder) result.hasPlaceholder = true;
    if (content.hasContent) {
      result.hasContent = true;
      break;
    }
  }
  return result;
}

/** Reads one block until it finds real content. */
function readBlock(block: RootContent, test: PlaceholderTest): BodyContent {
  const result: BodyContent = { hasContent: false, hasPlaceholder: false };
  const fragment = (text: string) => {
    if (result.hasContent || !text.trim()) return;
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
        // Stop at the first real cell: a long timeline table need not be read to the end.
        for (let r = 1; r < node.children.length && !result.hasContent; r++) {
          for (const cell of node.children[r].children) {
            fragment(toString(cell, { includeHtml: true }));
            if (result.hasContent) break;
          }
        }
        return;
      case 'list':
      case 'listItem':
      case 'blockquote':
        for (const child of node.children) visit(child);
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
  visit(block);
  return result;
}
