/**
 * An action item's public fields for a test: its text (as its title too), nothing else set,
 * then `extra`. The owners follow `extra.owner` as the checker splits them.
 */
import type { ActionItemFields } from '../../server/src/analysis/model/action-item-fields';
import { splitOwners } from '../../server/src/analysis/model/action-items/owners';

export function itemFields(text: string, extra: Partial<ActionItemFields> = {}): ActionItemFields {
  const owner = extra.owner ?? null;
  return {
    line: 0,
    text,
    title: text,
    owner,
    owners: owner ? splitOwners(owner) : [],
    due: null,
    dueText: null,
    done: false,
    dropped: null,
    ticket: null,
    priority: null,
    category: null,
    implicit: false,
    ...extra,
  };
}
