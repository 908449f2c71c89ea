/**
 * What the action-item rules share: which items to look at, the names fixes offer, and the
 * raw words of an item. Kept here so each rule file holds only its own check.
 */
import type { ActionItem, AnalysedDocument } from '../model';
import type { Settings } from '../../base/settings';
import { DEFAULT_VAGUE_OWNERS, ownerProblem } from './vague';

/** The placeholder an "add owner" fix writes when no name is known; the vague-owner rule keeps reporting it. */
export const OWNER_PLACEHOLDER = 'TBD';

/** The subject of a finding about the whole item, for the engine's arbitration between rules. */
export function itemSubject(item: ActionItem): string {
  return `action-item@${item.start}`;
}

/** The Markdown of an item's own words (its first paragraph, or its item cell). */
export function rawWords(doc: AnalysedDocument, item: ActionItem): string {
  return doc.text.slice(item.textSpan.start, item.textSpan.end);
}

/** Where a finding about the whole item points: its words, up to the end of their first line. */
export function itemRange(doc: AnalysedDocument, item: ActionItem): { start: number; end: number } {
  const start = item.textSpan.start < item.textSpan.end ? item.textSpan.start : item.start;
  const lineEnd = doc.lines.lineEnd(doc.lines.positionAt(start).line);
  const end = item.textSpan.start < item.textSpan.end ? Math.min(item.textSpan.end, lineEnd) : Math.min(item.end, lineEnd);
  return { start, end: Math.max(start, end) };
}

/** Names to offer as owners: the configured roster, then accountable owners already named in the document. */
export function ownerSuggestions(doc: AnalysedDocument, settings: Settings, limit = 6): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  const vague = (settings.rules['action-item-vague-owner']?.options.words as string[] | undefined) ?? DEFAULT_VAGUE_OWNERS;
  const add = (name: string) => {
    const key = name.trim().toLowerCase();
    if (!key || seen.has(key) || names.length >= limit) return;
    seen.add(key);
    names.push(name.trim());
  };
  for (const owner of settings.owners) add(owner);
  for (const item of doc.model.actionItems) if (item.owner && !ownerProblem(item.owner, vague, true, true)) add(item.owner);
  return names;
}
