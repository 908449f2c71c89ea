/**
 * "Export Action Items" formats: CSV (safe to open in a spreadsheet), JSON and a Markdown table.
 * Pure, so it is unit-tested.
 */
import type { ActionItemInfo } from '../../../server/src/protocol';
import { itemStatus, statusLabel } from '../../../server/src/shared/action-items';
import { documentName, dueLabel, itemLabel } from './action-items-model';

export type ExportFormat = 'csv' | 'json' | 'markdown';

const COLUMNS = ['Action', 'Owner', 'Due', 'Status', 'Dropped as', 'Ticket', 'Priority', 'Category', 'Post-mortem', 'File', 'Line'] as const;

function row(item: ActionItemInfo, relativePath: (path: string) => string): string[] {
  return [
    itemLabel(item),
    item.owner ?? '',
    item.due ?? item.dueText ?? '',
    itemStatus(item),
    item.dropped ?? '',
    item.ticket ?? '',
    item.priority ?? '',
    item.category ?? '',
    documentName(item),
    relativePath(item.path),
    String(item.line + 1),
  ];
}

/**
 * One CSV cell. Spreadsheets run a cell that starts with `=`, `+`, `-`, `@` (or a tab or carriage
 * return) as a formula, so such cells get a leading apostrophe; cells with commas, quotes or line
 * breaks are quoted.
 */
export function csvCell(value: string): string {
  let cell = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  if (/[",\r\n]/.test(cell)) cell = `"${cell.replace(/"/g, '""')}"`;
  return cell;
}

function markdownCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The export in one format. `relativePath` shortens file paths (workspace-relative). */
export function exportItems(items: readonly ActionItemInfo[], format: ExportFormat, today: string, relativePath: (path: string) => string = (p) => p): string {
  switch (format) {
    case 'csv':
      return `${[COLUMNS as readonly string[], ...items.map((i) => row(i, relativePath))].map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
    case 'json':
      return `${JSON.stringify(
        items.map((i) => ({
          text: i.text,
          owner: i.owner,
          due: i.due,
          dueText: i.dueText,
          done: i.done,
          status: itemStatus(i),
          dropped: i.dropped,
          ticket: i.ticket,
          priority: i.priority,
          category: i.category,
          postmortem: documentName(i),
          file: relativePath(i.path),
          line: i.line + 1,
        })),
        null,
        2,
      )}\n`;
    case 'markdown': {
      const header = ['Action', 'Owner', 'Due', 'Status', 'Ticket', 'Post-mortem'];
      const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
      for (const item of items) {
        const due = item.due ? `${item.due} (${dueLabel(item, today)})` : (item.dueText ?? '');
        const doc = `[${markdownCell(documentName(item))}](${encodeURI(relativePath(item.path).replace(/\\/g, '/'))}#L${item.line + 1})`;
        lines.push(`| ${[itemLabel(item), item.owner ?? '', due, statusLabel(item), item.ticket ?? ''].map(markdownCell).join(' | ')} | ${doc} |`);
      }
      return `${lines.join('\n')}\n`;
    }
  }
}
