/**
 * Runs the engine as the command line does and turns what it read into the scorer's plain data.
 */
import { check } from '../../server/src/analysis/engine/engine';
import { defaultSettings, type Settings } from '../../server/src/analysis/base/settings';
import type { Reading } from './score';

/** Settings for a document named outright: checked whatever its path, as `postmortem check --all` does. */
export function evalSettings(): Settings {
  return { ...defaultSettings(), files: ['**'], exclude: [] };
}

/**
 * True when the engine takes `text` for a post-mortem by itself: under a path that names no
 * post-mortem folder, with the default settings (no rule runs: only the reading is asked).
 */
export function recognisedByItself(text: string, now = new Date('2026-12-01T00:00:00Z')): boolean {
  return judgeByItself(text, now).taken;
}

/** `recognisedByItself`, with how the engine decided (the model's `detection`, or that the quick scan ruled the text out). */
export function judgeByItself(text: string, now = new Date('2026-12-01T00:00:00Z')): { taken: boolean; how: string } {
  const doc = check(text, { path: 'notes/document.md', settings: defaultSettings(), now, rules: [], disableFixes: false }).doc;
  // Without a document, the light look every Markdown file gets ruled the text out before any parse.
  return { taken: doc?.model.isPostmortem === true, how: doc?.model.detection ?? 'ruled out by the quick scan' };
}

/** Checks `text` with the engine and returns what it read, with 1-based lines. */
export function readDocument(text: string, settings: Settings = evalSettings(), now = new Date('2026-12-01T00:00:00Z')): Reading {
  const result = check(text, { path: 'postmortems/document.md', settings, now, disableFixes: false });
  const doc = result.doc;
  const recognised = recognisedByItself(text, now);
  if (!doc) return { text, sections: [], items: [], timeline: null, findings: [], recognised };
  const line = (offset: number) => doc.lines.positionAt(offset).line + 1;
  return {
    text: doc.text,
    // A compound heading ("Recovery and lessons learned") counts as each section it names.
    sections: doc.model.sections.flatMap((s) =>
      (s.kinds.length ? s.kinds : [s.kind]).map((kind) => ({ kind, line: s.heading.line + 1, heading: s.heading.text })),
    ),
    items: doc.model.actionItems.map((item) => ({
      line: item.line + 1,
      endLine: line(Math.max(item.start, item.end - 1)),
      text: item.text,
      owner: item.owner,
      due: item.due,
      dueText: item.dueText,
      done: item.done,
      implicit: (item as { implicit?: boolean }).implicit === true,
    })),
    timeline: doc.model.timeline && { entries: doc.model.timeline.entries.map((e) => ({ line: e.line + 1, time: e.time ?? e.coarse })) },
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      start: f.start,
      end: f.end,
      line: line(f.start),
      endLine: line(Math.max(f.start, f.end - 1)),
      message: f.message,
    })),
    recognised,
  };
}
