/**
 * The pure part of the editor features for action items: which item is under the cursor, what
 * its hover says, what kind of value is being typed at a position, and the owners named in a
 * CODEOWNERS file. The language-server side is in `features/action-items.ts`.
 */
import { daysBetween, isoDay } from '../dates';
import type { ActionItem, AnalyzedDocument } from '../model';

/** The action item whose line(s) hold `offset`, if any. */
export function itemAt(doc: AnalyzedDocument, offset: number): ActionItem | null {
  for (const item of doc.model.actionItems) {
    if (offset >= item.start && offset <= item.end) return item;
  }
  return null;
}

function dueLine(item: ActionItem, now: Date): string {
  if (item.due) {
    const left = daysBetween(isoDay(now), item.due);
    const when = item.done ? '' : left > 0 ? ` (in ${left} day${left === 1 ? '' : 's'})` : left === 0 ? ' (today)' : ` (${-left} day${left === -1 ? '' : 's'} overdue)`;
    return `${item.due}${when}`;
  }
  if (item.dueText && item.dueKind === 'ambiguous' && item.dueReadings) return `"${item.dueText}" — could be ${item.dueReadings[0]} or ${item.dueReadings[1]}`;
  if (item.dueText) return `"${item.dueText}" — not a calendar date`;
  return 'none';
}

/** Markdown for the hover of an item: owner, due date with days left or overdue, status and ticket. */
export function hoverMarkdown(item: ActionItem, now: Date): string {
  const lines = [
    `**Action item** (${item.done ? 'done' : 'open'})`,
    '',
    `- Owner: ${item.owner ?? 'none'}`,
    `- Due: ${dueLine(item, now)}`,
    `- Ticket: ${item.ticket ?? 'none'}`,
  ];
  if (item.priority) lines.push(`- Priority: ${item.priority}`);
  if (item.category) lines.push(`- Category: ${item.category}`);
  return lines.join('\n');
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
const DUE_BEFORE = /(?:^|[\s(,;*_])(?:due(?: date)?|deadline|eta|target date)[*_]{0,2}\s*[:=]?[*_]{0,2}\s+([^,;()|\n]{0,30})$|(?:^|[\s(,;*_])(?:due(?: date)?|deadline|eta|target date)[*_]{0,2}\s*[:=][*_]{0,2}()$/i;
const HANDLE_BEFORE = /(?:^|[\s(,;|])@([\p{L}\p{N}_.-]{0,39})$/u;

/** Decides whether the cursor is where an owner or a due date goes. */
export function completionSlot(doc: AnalyzedDocument, offset: number): CompletionSlot | null {
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
