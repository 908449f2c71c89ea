/** A document's timeline as tests read it: the model's timeline, and the ids of the timeline findings. */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { check } from '../../server/src/analysis/engine/engine';
import type { Timeline } from '../../server/src/analysis/model/model';
import { defaultSettings } from '../../server/src/analysis/base/settings';

const settings = defaultSettings();

/** The timeline the model reads in `text`, kept in a post-mortem folder; fails when there is none. */
export function readTimeline(text: string, path = 'postmortems/x.md'): Timeline {
  const t = analyzeDocument(text, path, settings).model.timeline;
  assert.ok(t, 'a timeline is found');
  return t;
}

/** The ids of the `timeline-*` findings a check of `text` reports. */
export function timelineRuleIds(text: string, path = 'postmortems/x.md'): string[] {
  return check(text, { path, settings })
    .findings.map((f) => f.ruleId)
    .filter((id) => id.startsWith('timeline-'));
}
