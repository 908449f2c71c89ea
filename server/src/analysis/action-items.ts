import type { ActionItem, AnalyzedDocument } from './model';
import type { Settings } from './settings';

/**
 * Reads action items from the document. Until the action-item parser lands (see the
 * action-items issue) this returns none.
 */
export function extractActionItems(_doc: AnalyzedDocument, _settings: Settings): ActionItem[] {
  return [];
}
