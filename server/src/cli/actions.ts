/**
 * `postmortem actions`: lists the action items of many post-mortems for trackers and
 * spreadsheets, as JSON, CSV or a Markdown table.
 */
import { actionItemFields, statusLabel, type ActionItemFields } from '../analysis/model/action-item-fields';
import type { ActionItem } from '../analysis/model/model';

/** One action item as the CLI lists it. Lines are 1-based. */
export interface ListedItem extends ActionItemFields {
  file: string;
}

export function listed(file: string, item: ActionItem): ListedItem {
  return { file, ...actionItemFields(item), line: item.line + 1 };
}

const COLUMNS: (keyof ListedItem)[] = ['file', 'line', 'text', 'title', 'owner', 'due', 'dueText', 'done', 'dropped', 'ticket', 'priority', 'category'];

/**
 * One CSV field. A value that a spreadsheet would run as a formula (starting with =, +, -, @,
 * a tab or a carriage return) gets a leading single quote, and every field is quoted.
 */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(items: ListedItem[]): string {
  const lines = [COLUMNS.map(csvField).join(',')];
  for (const item of items) lines.push(COLUMNS.map((c) => csvField(item[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function markdownCell(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');
}

export function toMarkdown(items: ListedItem[]): string {
  const lines = ['| Status | Action | Owner | Due | Ticket | File |', '| --- | --- | --- | --- | --- | --- |'];
  for (const item of items) {
    const due = item.due ?? (item.dueText ? `${item.dueText} (not a date)` : '');
    lines.push(
      `| ${markdownCell(statusLabel(item))} | ${markdownCell(item.title)} | ${markdownCell(item.owner ?? '')} | ${markdownCell(due)} | ${markdownCell(item.ticket ?? '')} | ${markdownCell(`${item.file}:${item.line}`)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
