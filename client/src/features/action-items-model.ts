/**
 * The Action Items tree as plain data: grouping (by status, owner, document or kind), sorting, and
 * the words shown for each item ("in 3 days", "5 days overdue"). Pure: no `vscode` import, so
 * it is unit-tested; `action-items-view.ts` only turns it into tree items.
 */
import type { ActionItemInfo } from '../../../server/src/protocol';
import { droppedLabel, isClosed, isDropped, statusLabel } from '../../../server/src/shared/action-items';

export type GroupBy = 'status' | 'owner' | 'document' | 'kind';
/** The kind groups: what an item serves, as the server read it, and `other` when it could not say. */
export type KindGroup = 'detection' | 'response' | 'prevention' | 'communication' | 'other';
export type ItemState = 'overdue' | 'thisWeek' | 'later' | 'noDue' | 'archived' | 'done' | 'dropped';

export interface ItemGroup {
  /** Stable id, so the tree keeps groups expanded across refreshes. */
  id: string;
  label: string;
  /** What the items are grouped by. */
  by: GroupBy;
  /** For status groups, the state every item shares. */
  state?: ItemState;
  /** For owner groups, the person (folded), or '' for items with no owner. */
  owner?: string;
  /** For kind groups, the kind every item shares. */
  kind?: KindGroup;
  items: ActionItemInfo[];
}

const STATE_LABELS: Record<ItemState, string> = {
  overdue: 'Overdue',
  thisWeek: 'Due this week',
  later: 'Later',
  noDue: 'No due date',
  archived: 'Archived',
  done: 'Done',
  dropped: 'Dropped',
};
const STATE_ORDER: ItemState[] = ['overdue', 'thisWeek', 'later', 'noDue', 'archived', 'done', 'dropped'];

const KIND_LABELS: Record<KindGroup, string> = {
  detection: 'Detection',
  response: 'Response',
  prevention: 'Prevention',
  communication: 'Communication',
  other: 'Other',
};
/** The order of the guidance: find out sooner, respond faster, keep it from happening, tell people; then the rest. */
const KIND_ORDER: KindGroup[] = ['detection', 'response', 'prevention', 'communication', 'other'];

/** The kind group of an item: the server's kind, or `other` when it sent none (an older server or cache). */
export function kindOf(item: Pick<ActionItemInfo, 'kind'>): KindGroup {
  return item.kind && item.kind in KIND_LABELS ? item.kind : 'other';
}

/** Whole days from `from` to `to` (yyyy-mm-dd). */
export function daysFrom(from: string, to: string): number {
  const utc = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/**
 * The group an item falls in: overdue, due within seven days, later, no (readable) due date,
 * archived (an open item of a closed post-mortem, or one past its follow-up window), done, or
 * dropped (the team decided not to do it: "Won't do", struck through). A server older than the
 * `dropped` field sends none: such an item is not dropped.
 */
export function stateOf(item: Pick<ActionItemInfo, 'done' | 'due'> & { dropped?: string | null; archived?: string | null }, today: string): ItemState {
  if (isDropped(item)) return 'dropped';
  if (item.done) return 'done';
  if (item.archived) return 'archived';
  if (!item.due) return 'noDue';
  const days = daysFrom(today, item.due);
  if (days < 0) return 'overdue';
  if (days <= 7) return 'thisWeek';
  return 'later';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** When the item is due, in words relative to today. */
export function dueLabel(
  item: Pick<ActionItemInfo, 'done' | 'due' | 'dueText'> & { dropped?: string | null; archived?: string | null },
  today: string,
): string {
  if (!item.due) return item.dueText ? `due "${item.dueText}"` : 'no due date';
  const days = daysFrom(today, item.due);
  // An archived or a dropped item is not chased: its date is history, not a count of days overdue.
  if (isClosed(item) || (item.archived && days < 0)) return `was due ${item.due}`;
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  if (days > 0) return `in ${plural(days, 'day')}`;
  return `${plural(-days, 'day')} overdue`;
}

/** Folds a person for grouping: no case, no leading `@`, single spaces. */
function foldPerson(name: string): string {
  return name.trim().replace(/^@/, '').replace(/\s+/g, ' ').toLowerCase();
}

/** The people an item names as owners (the owner as written when the server sent no list). */
function ownersOf(item: ActionItemInfo): string[] {
  if (item.owners?.length) return item.owners;
  return item.owner?.trim() ? [item.owner.trim()] : [];
}

/** The words shown for an item: its text without its own owner and due tokens (shown beside it). */
export function itemLabel(item: Pick<ActionItemInfo, 'text' | 'title'>): string {
  return item.title?.trim() || item.text;
}

/**
 * The line beside the item's text: owner and due, leaving out what its group already says
 * (the owner under an owner group, "no due date" under "No due date").
 */
export function itemDescription(item: ActionItemInfo, today: string, group?: Pick<ItemGroup, 'by' | 'state' | 'owner'>): string {
  const parts: string[] = [];
  const owners = ownersOf(item);
  if (group?.by === 'owner') {
    const others = owners.filter((o) => foldPerson(o) !== group.owner);
    if (group.owner && others.length) parts.push(`with ${others.join(', ')}`);
  } else parts.push(owners.length ? owners.join(', ') : 'no owner');
  const due = dueLabel(item, today);
  if (!(group?.state === 'noDue' && !item.due && !item.dueText)) parts.push(due);
  // "dropped (Won't do)": the team's words, shown in every grouping, as the state is not always the group.
  if (isDropped(item)) parts.push(droppedLabel(item.dropped));
  return parts.join(' · ');
}

/** The name of the post-mortem an item comes from: its title, else its file name. */
export function documentName(item: Pick<ActionItemInfo, 'documentTitle' | 'path'>): string {
  return item.documentTitle?.trim() || item.path.split(/[\\/]/).pop() || item.path;
}

/** The hover text of an item, in Markdown. */
export function itemTooltip(item: ActionItemInfo, today: string): string {
  const lines = [`**${escapeMarkdown(item.text)}**`, ''];
  const owners = ownersOf(item);
  lines.push(`${owners.length > 1 ? 'Owners' : 'Owner'}: ${owners.length ? owners.map(escapeMarkdown).join(', ') : 'none'}  `);
  lines.push(`Due: ${item.due ?? (item.dueText ? escapeMarkdown(item.dueText) : 'none')}${item.due ? ` (${dueLabel(item, today)})` : ''}  `);
  if (item.archived && !isClosed(item)) lines.push(`Archived: ${escapeMarkdown(item.archived)}; not counted as overdue  `);
  if (item.ticket) lines.push(`Ticket: ${escapeMarkdown(item.ticket)}  `);
  if (item.priority) lines.push(`Priority: ${escapeMarkdown(item.priority)}  `);
  if (item.kind) lines.push(`Kind: ${item.kind}  `);
  lines.push(`Status: ${escapeMarkdown(statusLabel(item))}`, '', `From the post-mortem *${escapeMarkdown(documentName(item))}*, line ${item.line + 1}`);
  return lines.join('\n');
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~-]/g, '\\$&');
}

/** Sorts by due date (none last), then text. */
function byDue(a: ActionItemInfo, b: ActionItemInfo): number {
  if (a.due !== b.due) {
    if (!a.due) return 1;
    if (!b.due) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return a.text.localeCompare(b.text);
}

/** The items by `keyOf`, in the order of `order`, each group sorted by due date; keys with no items are left out. */
function groupsInOrder<K>(items: readonly ActionItemInfo[], keyOf: (item: ActionItemInfo) => K, order: readonly K[]): [K, ActionItemInfo[]][] {
  const groups = new Map<K, ActionItemInfo[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return order.filter((key) => groups.has(key)).map((key) => [key, groups.get(key)!.sort(byDue)]);
}

/** Groups items; groups with no items are left out. */
export function groupItems(items: readonly ActionItemInfo[], by: GroupBy, today: string): ItemGroup[] {
  if (by === 'status') {
    return groupsInOrder(items, (item) => stateOf(item, today), STATE_ORDER).map(([state, group]) => ({
      id: `status:${state}`,
      label: STATE_LABELS[state],
      by,
      state,
      items: group,
    }));
  }
  if (by === 'kind') {
    return groupsInOrder(items, kindOf, KIND_ORDER).map(([kind, group]) => ({ id: `kind:${kind}`, label: KIND_LABELS[kind], by, kind, items: group }));
  }
  const groups = new Map<string, { label: string; items: ActionItemInfo[] }>();
  const add = (key: string, label: string, item: ActionItemInfo) => {
    const group = groups.get(key) ?? { label, items: [] };
    group.items.push(item);
    groups.set(key, group);
  };
  for (const item of items) {
    if (by === 'document') add(item.uri, documentName(item), item);
    else {
      // An item with several owners is listed under each of them, whatever order they are written in.
      const owners = ownersOf(item);
      if (!owners.length) add('', 'No owner', item);
      for (const owner of owners) add(foldPerson(owner), owner, item);
    }
  }
  const entries = [...groups.entries()];
  entries.sort(([ka, a], [kb, b]) => {
    // "No owner" goes last; documents sort by name.
    if (by === 'owner' && (ka === '' || kb === '')) return ka === '' ? 1 : -1;
    return a.label.localeCompare(b.label);
  });
  return entries.map(([key, group]) => ({
    id: `${by}:${key}`,
    label: group.label,
    by,
    ...(by === 'owner' ? { owner: key } : {}),
    items: by === 'document' ? group.items.sort((a, b) => a.line - b.line) : group.items.sort(byDue),
  }));
}

/** The item as one Markdown task line, to paste into another document or a chat. */
export function itemAsMarkdown(item: ActionItemInfo): string {
  const details = [item.owner ? `owner: ${item.owner}` : null, item.due ? `due: ${item.due}` : item.dueText ? `due: ${item.dueText}` : null].filter(Boolean);
  // A dropped item is pasted struck through, as the checker reads a dropped item.
  const label = isDropped(item) ? `~~${itemLabel(item)}~~` : itemLabel(item);
  return `- [${item.done ? 'x' : ' '}] ${label}${details.length ? ` (${details.join(', ')})` : ''}${item.ticket ? ` ${item.ticket}` : ''}`;
}

/** The ticket as a web link, when it is one (only http and https are opened). */
export function ticketLink(ticket: string | null): string | null {
  if (!ticket) return null;
  const match = /https?:\/\/[^\s<>()]+/i.exec(ticket);
  return match ? match[0] : null;
}

/**
 * The line above the tree: whose items it shows ("My Items"), and how many files the index could
 * not read (a remote file system that refused or stalled a read), so a short list says why.
 */
export function viewMessage(mine: readonly string[] | undefined, unreadable: number): string | undefined {
  const parts: string[] = [];
  if (mine) parts.push(`Items owned by ${mine.join(' or ')}`);
  if (unreadable > 0)
    parts.push(
      `${unreadable} file${unreadable === 1 ? '' : 's'} could not be read and ${unreadable === 1 ? 'is' : 'are'} not listed (see the Post-Mortem output)`,
    );
  return parts.length ? `${parts.join('. ')}.` : undefined;
}
