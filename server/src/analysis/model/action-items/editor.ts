/**
 * The pure part of the editor features for action items: which item is under the cursor, what
 * its hover says, what kind of value is being typed at a position, and the owners named in a
 * CODEOWNERS file. The language-server side is in `features/action-items.ts`.
 */
import { daysBetween, isoDay } from '../../base/dates';
import type { ActionItem, AnalysedDocument } from '../model';

/** The action item whose line(s) hold `offset`, if any. */
export function itemAt(doc: AnalysedDocument, offset: number): ActionItem | null {
  for (const item of doc.model.actionItems) {
    if (offset >= item.start && offset <= item.end) return item;
  }
  return null;
}

/** The due date in words, or null when a finding on the item already says all there is to say. */
function dueLine(item: ActionItem, now: Date, said: ReadonlySet<string>): string | null {
  if (item.due) {
    const left = daysBetween(isoDay(now), item.due);
    // The overdue finding says how late the item is; the hover then gives the date alone.
    const when =
      item.done || item.dropped !== null || (left < 0 && said.has('action-item-overdue'))
        ? ''
        : left > 0
          ? ` (in ${left} day${left === 1 ? '' : 's'})`
          : left === 0
            ? ' (today)'
            : ` (${-left} day${left === -1 ? '' : 's'} overdue)`;
    // A window written in the plan's heading ("0-7 days", "This week") says where its date comes from.
    const from = item.dueKind === 'window' ? `, "${item.dueText}" counted from the post-mortem's date` : '';
    return `${item.due}${when}${from}`;
  }
  if (item.dueText && said.has('action-item-vague-due')) return `"${item.dueText}"`;
  if (item.dueText && item.dueKind === 'ambiguous' && item.dueReadings) return `"${item.dueText}" (${item.dueReadings[0]} or ${item.dueReadings[1]})`;
  if (item.dueText) return `"${item.dueText}" (not a calendar date)`;
  return said.has('action-item-due-date') ? null : 'none';
}

/**
 * Markdown for the hover of an item, in one short block: its state, owners, due date with days
 * left or overdue, ticket. The editor shows the item's findings above it, so what they say
 * (rule ids in `said`: no owner, no due date, how late it is) is not said again, and the item's
 * words are not quoted: the hover sits on them.
 */
export function hoverMarkdown(item: ActionItem, now: Date, said: ReadonlySet<string> = new Set()): string {
  const state = item.done ? 'done' : item.dropped !== null ? `dropped: ${item.dropped}` : 'open';
  const parts = [`**Action item** (${state})`];
  if (item.owners.length > 1) parts.push(`owners: ${item.owners.join(', ')}`);
  else if (item.owner) parts.push(`owner: ${item.owner}`);
  else if (!said.has('action-item-owner')) parts.push('owner: none');
  const due = dueLine(item, now, said);
  if (due) parts.push(`due: ${due}`);
  if (item.ticket) parts.push(`ticket: ${item.ticket}`);
  if (item.priority) parts.push(`priority: ${item.priority}`);
  if (item.category) parts.push(`category: ${item.category}`);
  return parts.join(' · ');
}

/** What is being typed at a position: an owner or a due date, and where the typed value starts. */
export interface CompletionSlot {
  kind: 'owner' | 'due';
  /** Offset where the value being typed starts (the text from there to the cursor is replaced). */
  start: number;
  /** True after `@`, where names are offered as handles. */
  handle: boolean;
}

const OWNER_BEFORE = /(?:^|[\s(,;*_])(?:owners?|assignee|assigned to|dri|who|responsible)[*_]{0,2}\s*[:=][*_]{0,2}\s*([^,;()|\n]{0,60})$/i;
const DUE_BEFORE =
  /(?:^|[\s(,;*_])(?:due(?: date)?|deadline|eta|target date)[*_]{0,2}\s*[:=]?[*_]{0,2}\s+([^,;()|\n]{0,30})$|(?:^|[\s(,;*_])(?:due(?: date)?|deadline|eta|target date)[*_]{0,2}\s*[:=][*_]{0,2}()$/i;
const HANDLE_BEFORE = /(?:^|[\s(,;|])@([\p{L}\p{N}_.-]{0,39})$/u;

/** Decides whether the cursor is where an owner or a due date goes. */
export function completionSlot(doc: AnalysedDocument, offset: number): CompletionSlot | null {
  const { line } = doc.lines.positionAt(offset);
  const before = doc.text.slice(doc.lines.lineStart(line), offset);
  let m = HANDLE_BEFORE.exec(before);
  if (m) return { kind: 'owner', start: offset - m[1].length, handle: true };
  m = OWNER_BEFORE.exec(before);
  if (m) return { kind: 'owner', start: offset - m[1].length, handle: false };
  m = DUE_BEFORE.exec(before);
  if (m) return { kind: 'due', start: offset - (m[1] ?? '').length, handle: false };
  // In a table cell: the column's role decides.
  for (const item of doc.model.actionItems) {
    const table = item.table;
    if (!table || offset < table.start || offset > table.end) continue;
    const row = table.rows.find((r) => offset >= r.start && offset <= r.end);
    if (!row) return null;
    const index = row.cells.findIndex((c, i) => offset > c.start && (offset < c.end || (i === row.cells.length - 1 && offset <= c.end)));
    if (index === -1 || row === table.rows[0]) return null;
    const role = table.columns.owner === index ? 'owner' : table.columns.due === index ? 'due' : null;
    if (!role) return null;
    const cell = row.cells[index];
    let start = cell.start + (doc.text[cell.start] === '|' ? 1 : 0);
    while (start < offset && /[ \t]/.test(doc.text[start])) start++;
    return { kind: role, start, handle: false };
  }
  return null;
}

/** The owners a CODEOWNERS file names: `@user`, `@org/team` and e-mail addresses, in order, once each. */
export function codeownersNames(text: string): string[] {
  const names = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line || line.startsWith('[')) continue;
    const [, ...owners] = line.split(/\s+/);
    for (const owner of owners) if (/^@[\w.-]+(?:\/[\w.-]+)?$|^[^@\s]+@[^@\s]+$/.test(owner)) names.add(owner);
  }
  return [...names];
}
