import { strict as assert } from 'node:assert';
import type { List } from 'mdast';
import { parseMarkdown } from '../../../server/src/analysis/parse/parse';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { check } from '../../../server/src/analysis/engine/engine';
import type { Finding, Fix } from '../../../server/src/analysis/base/findings';
import type { ActionItem } from '../../../server/src/analysis/model/model';
import { defaultSettings, type Settings } from '../../../server/src/analysis/base/settings';
import { applyEdits } from '../../../server/src/analysis/base/findings';

export const NOW = new Date('2026-03-10T12:00:00Z');
export const PATH = 'postmortems/2026-03-04-test.md';

/** A post-mortem whose action-item section holds `body`. */
export function postmortem(body: string, eol = '\n', front = 'severity: SEV2\n'): string {
  const text = `---\ntitle: Test incident\ndate: 2026-03-04\n${front}---\n\n# Post-mortem: Test incident\n\n## Summary\n\nA test.\n\n## Action Items\n\n${body}\n`;
  return eol === '\n' ? text : text.replace(/\r?\n/g, eol);
}

export function items(text: string, settings: Settings = defaultSettings()): ActionItem[] {
  return analyzeDocument(text, PATH, settings).model.actionItems;
}

/** The texts of the items read from `text`. */
export function itemTexts(text: string, settings: Settings = defaultSettings()): string[] {
  return items(text, settings).map((i) => i.text);
}

/** The first top-level list of `md`. */
export function firstList(md: string): List {
  const list = parseMarkdown(md).children.find((c) => c.type === 'list');
  assert.ok(list && list.type === 'list');
  return list;
}

/** An undated path: the document's date, if any, is the one it writes. */
export const UNDATED_PATH = 'postmortems/test.md';

export function findings(text: string, settings: Settings = defaultSettings(), ruleIds?: string[], path = PATH): Finding[] {
  const result = check(text, { path, settings, now: NOW });
  return result.findings.filter((f) => (ruleIds ? ruleIds.includes(f.ruleId) : f.ruleId.startsWith('action-item')));
}

/** Applies a fix's edits, checking that they do not overlap. */
export function apply(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  let at = 0;
  for (const edit of edits) {
    assert.ok(edit.start >= at, 'edits overlap');
    assert.ok(edit.end <= text.length);
    at = edit.end;
  }
  return applyEdits(text, edits);
}

/**
 * Checks that the text outside the fix's edits is unchanged: removing each edit's new text from
 * the result, and putting back what it replaced, must give the original byte for byte.
 */
export function assertOnlyEdits(before: string, after: string, fix: Fix): void {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  let shift = 0;
  let rebuilt = '';
  let at = 0;
  for (const edit of edits) {
    const newStart = edit.start + shift;
    rebuilt += after.slice(at, newStart) + before.slice(edit.start, edit.end);
    assert.equal(after.slice(newStart, newStart + edit.newText.length), edit.newText);
    at = newStart + edit.newText.length;
    shift += edit.newText.length - (edit.end - edit.start);
  }
  rebuilt += after.slice(at);
  assert.equal(rebuilt, before);
}
