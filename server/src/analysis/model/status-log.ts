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

/**
 * The top-level blocks that are status updates: paragraphs holding a status label at the start of
 * a line, in a document whose status labels make a log (two at least, one of them a word only a
 * status page uses, such as "Identified", "Monitoring" or "Update"). Empty for any other document:
 * a single "**Resolved:** 14:05" is a field of a report.
 */
export function statusUpdates(children: readonly RootContent[]): Set<number> {
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
 * A line that stamps a posted update with when it was posted, as status pages print it under each
 * update: "Posted Mar 3, 2025 - 14:05 UTC", "Posted 2 days ago. Mar 3, 2025 - 14:05 CET",
 * "_Posted on 3 March at 9:40 am PST_". The whole line is the stamp.
 */
const POSTED_STAMP = /^[ \t>]*[*_]*posted\b[^\n]{0,80}?\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:[A-Z]{2,5}|UTC[+-]\d{1,2})\)?)?[*_.]*[ \t]*$/im;

const stampedOf = new WeakMap<Paragraph, boolean>();

/** True when a line of the paragraph (its first 2,000 characters) is a posting stamp. */
function stamped(paragraph: Paragraph): boolean {
  let found = stampedOf.get(paragraph);
  if (found !== undefined) return found;
  found = POSTED_STAMP.test(toString(paragraph).slice(0, 2000));
  stampedOf.set(paragraph, found);
  return found;
}

/**
 * True when the document is a status page's stream of updates: a paragraph holds a line that stamps
 * an update as posted ("Posted Mar 3, 2025 - 14:05 UTC"). What such updates say is under way or
 * needed ("We're investigating.", "we need to take the queue offline to …") is the response while
 * the incident lasted, not follow-up work. Each paragraph's verdict is remembered per node.
 */
export function postedStream(children: readonly RootContent[]): boolean {
  for (const block of children) if (block.type === 'paragraph' && stamped(block)) return true;
  return false;
}
