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

/** True when an item is closed: done, or dropped by its team ("Won't do", struck through). Rules and counts of open work skip closed items. */
export function isClosed(item: Pick<ActionItemFields, 'done' | 'dropped'>): boolean {
  return item.done || item.dropped !== null;
}
