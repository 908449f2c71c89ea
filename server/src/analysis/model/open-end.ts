/**
 * Whether the document ends inside a block that would take in text appended after it: a fenced
 * code block without its closing fence, or an HTML block that ends at a marker (`-->`, `?>`,
 * `]]>`, `>`, `</script>` ...) it never reaches. Read from the last block's own text, by the
 * CommonMark rules for where those blocks end, so nothing parses the document again.
 */
import type { Root } from 'mdast';

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const RAW_TAG = /^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i;
const RAW_END = /<\/(?:script|pre|style|textarea)>/i;

/** The last line of `text` (without its line break), read from its end. */
function lastLine(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  const start = Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf('\r', end - 1)) + 1;
  return text.slice(start, end);
}

/** True when a fenced code block's text has no closing fence. */
function openFence(block: string): boolean {
  const open = FENCE_OPEN.exec(block);
  if (!open) return false;
  const firstBreak = block.search(/[\r\n]/);
  if (firstBreak === -1) return true;
  const close = FENCE_CLOSE.exec(lastLine(block.slice(firstBreak)));
  return !close || close[1][0] !== open[1][0] || close[1].length < open[1].length;
}

/** True when an HTML block's text starts one of the kinds that end at a marker, and the marker never comes. */
function openHtml(block: string): boolean {
  const at = block.indexOf('<');
  if (at === -1 || at > 3) return false;
  if (RAW_TAG.test(block)) return !RAW_END.test(block);
  if (block.startsWith('<!--', at)) return !block.includes('-->', at + 4);
  if (block.startsWith('<?', at)) return !block.includes('?>', at + 2);
  if (block.startsWith('<![CDATA[', at)) return !block.includes(']]>', at + 9);
  if (/^<![A-Za-z]/.test(block.slice(at, at + 3))) return !block.includes('>', at + 2);
  return false;
}

/** The offset where the document's last block starts when text appended after it would become part of it, else null. */
export function openBlockAtEnd(text: string, root: Root): number | null {
  const last = root.children[root.children.length - 1];
  if (!last || (last.type !== 'code' && last.type !== 'html')) return null;
  const start = last.position?.start.offset ?? 0;
  const block = text.slice(start, last.position?.end.offset ?? text.length);
  return (last.type === 'code' ? openFence(block) : openHtml(block)) ? start : null;
}
