import type { AnalyzedDocument, Timeline } from './model';
import type { Settings } from './settings';

/**
 * Reads the timeline section into entries with times and milestones. Until the timeline
 * parser lands (see the timeline issue) this returns null: the model has no timeline yet.
 */
export function extractTimeline(_doc: AnalyzedDocument, _settings: Settings): Timeline | null {
  return null;
}
