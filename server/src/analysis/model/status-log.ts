/**
 * Status-page updates: paragraphs that open on a bold or italic status word ("**Investigating:** …", "*Identified* - …",
 * "**Identified:** …", "**Monitoring:** …", "**Update**: …", "**Resolved:** …"), often one after
 * another in the same paragraph (joined by hard breaks) or one a paragraph, each stamped with its
 * time. Such a label is the state of an entry of the incident's log, not a section of a report,
 * and what an update says will happen ("we will restart the nodes tonight") is the response under
 * way, not follow-up work. Read per paragraph (its first 50 inline nodes) and remembered per node.
 */
import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { closingStamp } from './timeline/stamps';

/** The state words of a status page, with "Issue"/"Problem" before them and a "?" after them allowed. */
const STATUS_LABEL =
  /^(?:(?:issue|problem|incident)\s+)?(?:investigating|identified|monitoring|updated?|resolved?|notice|verifying|scheduled|in progress|completed|recovering|postmortem)\s*\??$/i;

/** The words that only a status page uses as labels: no report names a section so. */
const ONLY_STATUS = /^(?:(?:issue|problem|incident)\s+)?(?:investigating|identified|monitoring|updated?|notice|verifying)\s*\??$/i;

/** Status labels a document needs before its bold status words are read as a log's labels. */
const MIN_LABELS = 2;

/** True when a bold or italic label is a status page's state word ("Identified", "Resolved?", "Issue identified"). */
export function isStatusWord(label: string): boolean {
  const text = label
    .replace(/[:：]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length <= 30 && STATUS_LABEL.test(text);
}

/** The status labels that open a line of the paragraph (the first line or one after a break), at most 50 nodes read. */
const labelsOf = new WeakMap<Paragraph, string[]>();

function statusLabels(paragraph: Paragraph): string[] {
  let labels = labelsOf.get(paragraph);
  if (labels) return labels;
  labels = [];
  const children = paragraph.children;
  for (let j = 0; j < children.length && j < 50; j++) {
    const node = children[j];
    if (node.type !== 'strong' && node.type !== 'emphasis') continue;
    const before = children[j - 1];
    const lineStart = j === 0 || before.type === 'break' || (before.type === 'text' && /\n[ \t]*$/.test(before.value));
    if (!lineStart) continue;
    const raw = toString(node).trim();
    const after = children[j + 1];
    // A label, not emphasis: a colon ends it or follows it ("**Update**: …", "**Monitoring:** …"),
    // or a spaced dash follows it ("*Identified* - …").
    const colon = /[:：]$/.test(raw) || (after?.type === 'text' && /^\s*(?:[:：]|[-–—]\s)/.test(after.value));
    if (colon && isStatusWord(raw)) labels.push(raw.replace(/[:：]\s*$/, '').trim());
  }
  labelsOf.set(paragraph, labels);
  return labels;
}

/** Whether a paragraph closes on the line that says when it was posted ("Posted Mar 3, 2024 - 09:12 UTC"), remembered per node. */
const postedOf = new WeakMap<Paragraph, boolean>();

function closesOnPosted(paragraph: Paragraph): boolean {
  let posted = postedOf.get(paragraph);
  if (posted === undefined) {
    const last = paragraph.children[paragraph.children.length - 1];
    const text = last?.type === 'text' ? last.value : '';
    const line = text.slice(Math.max(text.lastIndexOf('\n') + 1, text.length - 200));
    posted = /posted/i.test(line) && closingStamp(line) !== null;
    postedOf.set(paragraph, posted);
  }
  return posted;
}

/**
 * The top-level blocks that are labelled status updates: paragraphs holding a status label at the
 * start of a line, in a document whose status labels make a log (two at least, one of them a word
 * only a status page uses, such as "Identified", "Monitoring" or "Update"). Empty for any other
 * document: a single "**Resolved:** 14:05" is a field of a report.
 */
export function labelledUpdates(children: readonly RootContent[]): Set<number> {
  const found = new Set<number>();
  let labels = 0;
  let onlyStatus = false;
  for (let i = 0; i < children.length; i++) {
    const block = children[i];
    if (block.type !== 'paragraph') continue;
    const own = statusLabels(block);
    if (!own.length) continue;
    found.add(i);
    labels += own.length;
    if (!onlyStatus) onlyStatus = own.some((l) => ONLY_STATUS.test(l));
  }
  return labels >= MIN_LABELS && onlyStatus ? found : new Set();
}

/**
 * The top-level paragraphs that close on the line saying when they were posted ("Posted Mar 3,
 * 2024 - 09:12 UTC"), two at least: the updates of a status page's stream, labelled or not. A
 * single such line may be a byline. News and maintenance notices are posted so too: what they
 * tell is for the reader of the stream to judge (see `contentSaysPostmortem`).
 */
export function postedUpdates(children: readonly RootContent[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < children.length; i++) {
    const block = children[i];
    if (block.type === 'paragraph' && closesOnPosted(block)) found.add(i);
  }
  return found.size >= MIN_LABELS ? found : new Set();
}

/** The top-level blocks that are status updates: labelled ones (`labelledUpdates`) and those closed by their "Posted" line (`postedUpdates`). */
export function statusUpdates(children: readonly RootContent[]): Set<number> {
  const found = labelledUpdates(children);
  for (const i of postedUpdates(children)) found.add(i);
  return found;
}

/**
 * True when the document is what a status page posted: a stream of posted updates
 * (`postedUpdates`), or a single post whose text ends on the line saying when it was posted (a
 * byline heads a post; the page prints that line under it). What such updates say is under way or
 * needed ("We're investigating.", "we need to take the queue offline to …") is the response while
 * the incident lasted, not follow-up work.
 */
export function postedStream(children: readonly RootContent[]): boolean {
  if (postedUpdates(children).size > 0) return true;
  const last = children[children.length - 1];
  return last?.type === 'paragraph' && closesOnPosted(last);
}
