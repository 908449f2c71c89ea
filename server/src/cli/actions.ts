/**
 * `postmortem actions`: lists the action items of many post-mortems for trackers and
 * spreadsheets, as JSON, CSV or a Markdown table.
 */
import type { ActionItem } from '../analysis/model';

/** One action item as the CLI lists it. Lines are 1-based. */
export interface ListedItem {
  file: string;
  line: number;
  text: string;
  owner: string | null;
  due: string | null;
  dueText: string | null;
  done: boolean;
  ticket: string | null;
  priority: string | null;
  category: string | null;
}

export function listed(file: string, item: ActionItem): ListedItem {
  return { file, line: item.line + 1, text: item.text, owner: item.owner, due: item.due, dueText: item.dueText, done: item.done, ticket: item.ticket, priority: item.priority, category: item.category };
}

const COLUMNS: (keyof ListedItem)[] = ['file', 'line', 'text', 'owner', 'due', 'dueText', 'done', 'ticket', 'priority', 'category'];

/**
 * One CSV field. A value that a spreadsheet would run as a formula (starting with =, +, -, @,
 * a tab or a carriage return) gets a leading single quote, and every field is quoted.
 */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(items: ListedItem[]): string {
  const lines = [COLUMNS.map(csvField).join(',')];
  for (const item of items) lines.push(COLUMNS.map((c) => csvField(item[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function markdownCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

export function toMarkdown(items: ListedItem[]): string {
  const lines = ['| Done | Action | Owner | Due | Ticket | File |', '| --- | --- | --- | --- | --- | --- |'];
  for (const item of items) {
    const due = item.due ?? (item.dueText ? `${item.dueText} (not a date)` : '');
    lines.push(`| ${item.done ? 'x' : ' '} | ${markdownCell(item.text)} | ${markdownCell(item.owner ?? '')} | ${markdownCell(due)} | ${markdownCell(item.ticket ?? '')} | ${markdownCell(`${item.file}:${item.line}`)} |`);
  }
  return `${lines.join('\n')}\n`;
}
