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
import { MONTH_NAMES } from '../base/dates';
import { normaliseHeading } from '../base/normalise';
import type { Section } from './model';
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

/** A month or a weekday, written out or cut short: what a dated update's heading may open its date with. */
const MONTH_OR_DAY = `(?:${MONTH_NAMES}|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)`;

/**
 * The heading of one update of a stream posted while the incident lasted, in heading form (as
 * `normaliseHeading` folds it): the status word "Update" with the date, the time or the number of
 * the update ("## Update 2031-04-09", "### Update 3 (14:05 UTC)", "## Status update: June 3", "##
 * 2031-04-09 update"). It is the label a status page gives an entry ("**Update**: …", read by
 * `labelledUpdates` above), written as a heading. "Update the runbook" or "Update 2FA settings" is none.
 */
const UPDATE_HEADING = new RegExp(
  String.raw`^(?:(?:status|progress|incident|recovery|restore) )?update (?:\d{1,4}(?: |$)|${MONTH_OR_DAY} \d{1,2}(?:st|nd|rd|th)?(?: |$)|\d{1,2}(?:st|nd|rd|th)? ${MONTH_OR_DAY}(?: |$))|^(?:\d{4} \d{1,2} \d{1,2}|\d{1,2}(?:st|nd|rd|th)? ${MONTH_OR_DAY}(?: \d{4})?|${MONTH_OR_DAY} \d{1,2}(?:st|nd|rd|th)?(?: \d{4})?) (?:status |progress )?update$`,
);

/** Update headings a document needs before they are read as a stream: one may be a note added to a report. */
const MIN_UPDATE_HEADINGS = 2;

/**
 * The blocks under the headings of dated updates (`UPDATE_HEADING`), 1 for each, when the document
 * has two such headings at least; null when it has fewer. What such an update says will be done
 * ("we will assemble the data tomorrow", "we are still working on the metadata") is the next step
 * of the response while it runs, not follow-up work. `whole` is true when the updates are the
 * document: no heading at their level or above names anything else, apart from one title above
 * them. Its other prose (an opening over the first update) is then posted with them; a report with
 * two updates added at its end keeps its own prose as it is.
 */
export function updateSections(sections: readonly Section[], blocks: number): { at: Uint8Array; whole: boolean } | null {
  const found = updateHeadings(sections);
  if (!found) return null;
  const at = new Uint8Array(blocks);
  for (const section of found.updates) for (let i = section.blocks[0]; i < section.blocks[1] && i < blocks; i++) at[i] = 1;
  return { at, whole: found.whole };
}

/** The sections under update headings (`UPDATE_HEADING`), two at least, and whether they are the document (see `updateSections`); null with fewer. */
function updateHeadings(sections: readonly Section[]): { updates: Section[]; whole: boolean } | null {
  const headed = sections.filter((s) => s.source === 'heading');
  const updates = headed.filter((s) => UPDATE_HEADING.test(normaliseHeading(s.heading.text.slice(0, 120))));
  if (updates.length < MIN_UPDATE_HEADINGS) return null;
  const level = Math.min(...updates.map((s) => s.heading.depth));
  const own = new Set(updates);
  const others = headed.filter((s) => s.heading.depth <= level && !own.has(s));
  const whole = others.length === 0 || (others.length === 1 && others[0].heading.depth < level);
  return { updates, whole };
}

/**
 * The sections of a document that is a stream of updates in heading form and nothing else
 * (`updateSections` with `whole`), in document order: what the stream tells, update by update,
 * is the incident's log. Empty for any other document, and for a report with updates added to it.
 */
export function updateStream(sections: readonly Section[]): Section[] {
  const found = updateHeadings(sections);
  return found?.whole ? found.updates : [];
}

/** The words that name a heading an update, before its date or number: "Update", "Status update:", "Progress update -". */
export const UPDATE_WORD = /^[ \t]*(?:#{1,6}[ \t]+)?[*_]*(?:(?:status|progress|incident|recovery|restore)[ \t]+)?update[*_]*(?:[ \t]*[:\u2013\u2014-])?[ \t]*/i;
