/**
 * The fields of an action item that leave the checker: printed by `postmortem model` and
 * `postmortem actions`, kept by the workspace index, and sent to the client. One definition,
 * so the four stay the same.
 */
export interface ActionItemFields {
  /** Zero-based line in the model and over the protocol; the CLI prints it 1-based. */
  line: number;
  text: string;
  /** The item's words without its own owner, due and status tokens, for lists that show those beside it. */
  title: string;
  /** The owner as written ("Ana, Ben"), or null. */
  owner: string | null;
  /** The people the owner names, once each: "Ana, Ben", "Ana and Ben" and "Ana/Ben" are two. Empty without an owner. */
  owners: string[];
  /** ISO date (yyyy-mm-dd), or null when there is none or it cannot be read. */
  due: string | null;
  /** The due date as written. */
  dueText: string | null;
  /** True when the item is marked done. A dropped item is not done. */
  done: boolean;
  /**
   * The words that say the team decided not to do the item ("Won't do", "Cancelled", "Superseded
   * by #123"; "struck through" for words struck through), or null. A dropped item is closed, as a
   * done one is, but counted apart from it.
   */
  dropped: string | null;
  ticket: string | null;
  priority: string | null;
  category: string | null;
  /**
   * True for a commitment read from prose ("We will add …") in a document that keeps no list of
   * action items: the author did not write it as an item, the checker read it as one.
   */
  implicit: boolean;
}

/** Copies exactly the public fields of an item (which may carry offsets and spans besides). */
export function actionItemFields(item: ActionItemFields): ActionItemFields {
  const { line, text, title, owner, owners, due, dueText, done, dropped, ticket, priority, category, implicit } = item;
  return { line, text, title, owner, owners: [...owners], due, dueText, done, dropped, ticket, priority, category, implicit };
}

/**
 * The state of an item as the lists show it. `dropped` is optional because the client may hear
 * from a server older than the field, whose items are then done or open.
 */
export interface ItemProgress {
  done: boolean;
  dropped?: string | null;
}

/** True when an item is closed: done, or dropped by its team ("Won't do", struck through). Rules and counts of open work skip closed items. */
export function isClosed(item: ItemProgress): boolean {
  return item.done || isDropped(item);
}

/** True when the team decided not to do the item. Its words are never empty, so a plain truth test tells a missing field from a present one. */
export function isDropped(item: ItemProgress): item is ItemProgress & { dropped: string } {
  return typeof item.dropped === 'string' && item.dropped !== '';
}

/** An item's state in one word, as the exports, the CLI and the view's menus write it: `done`, `dropped` or `open`. */
export function itemStatus(item: ItemProgress): 'done' | 'dropped' | 'open' {
  return isDropped(item) ? 'dropped' : item.done ? 'done' : 'open';
}

/** "dropped (Won't do)", "dropped (struck through)": a dropped item's state with the words that say so. */
export function droppedLabel(words: string): string {
  return `dropped (${words})`;
}

/** The state with the team's words when the item is dropped: "open", "done", "dropped (Won't do)". */
export function statusLabel(item: ItemProgress): string {
  return isDropped(item) ? droppedLabel(item.dropped) : itemStatus(item);
}
