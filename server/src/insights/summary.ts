/**
 * What the workspace index keeps per post-mortem for insights across the archive, beyond the
 * facts summary: the lines each fact comes from (so every number can be traced), the timeline's
 * milestones and durations, the required sections that are missing, whether the impact is
 * quantified, and the root cause's words (for the phrases that recur). Read once from the
 * analysed document when the index builds its summary; the insights never parse again.
 * Pure: no Node, no editor.
 */
import { requiredSections } from '../analysis/model/build';
import { factsOf } from '../analysis/model/facts/index';
import { plain, sectionLines, sectionsOfKind } from '../analysis/model/facts/passages';
import type { AnalysedDocument } from '../analysis/model/model';
import type { Settings } from '../analysis/base/settings';
import { milestoneEntries } from '../analysis/model/timeline/extract';

/** Milestones of the timeline the durations are measured between. */
export type MilestoneName = 'start' | 'detection' | 'mitigation' | 'resolution';

/** The per-file insight facts. Lines are zero-based, like every line the index keeps. */
export interface InsightSummary {
  /** Where the facts of the facts summary and the metadata are written, for tracing a number to its line. */
  lines: {
    title: number | null;
    date: number | null;
    incidentId: number | null;
    severity: number | null;
    /** One per service of the facts summary, in its order. */
    services: number[];
    /** One per category of the facts summary, in its order. */
    categories: number[];
    trigger: number | null;
  };
  /** The timeline, or null when the post-mortem has none. */
  timeline: {
    /** Line of the timeline's heading (or its first entry). */
    line: number;
    entries: number;
    /** Entries whose time could be read. */
    timed: number;
    /** Lines of the entries that anchor each milestone, or null when no entry (with a time) marks it. */
    milestones: Record<MilestoneName, number | null>;
    /** Minutes from the start to detection, mitigation and resolution, or null when they cannot be computed. */
    minutes: { detect: number | null; mitigate: number | null; resolve: number | null };
  } | null;
  /** The required sections (ids) that are missing or hold only placeholders. */
  missingSections: string[];
  /** The impact section's figures: how many, and the line of the first. */
  impact: { figures: number; line: number | null };
  /** Lines of the root cause as plain text (at most 40 lines and 2,000 characters), for recurring phrases. */
  rootCause: { line: number; text: string }[];
}

/** A copy of a string that shares no memory with the document's text. */
const copy = (s: string): string => (s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string));

const ROOT_CAUSE_LINES = 40;
const ROOT_CAUSE_CHARS = 2000;

/** Reads the insight facts of an analysed post-mortem. */
export function summariseInsight(doc: AnalysedDocument, settings: Settings): InsightSummary {
  const { model } = doc;
  const facts = factsOf(doc, settings);
  const metaLine = (canonical: string): number | null => model.metadata.find((f) => f.canonical === canonical)?.line ?? null;

  let timeline: InsightSummary['timeline'] = null;
  if (model.timeline) {
    const t = model.timeline;
    const anchors = milestoneEntries(t.entries);
    const lineOf = (m: MilestoneName) => anchors[m]?.line ?? null;
    timeline = {
      line: t.heading?.line ?? t.entries[0]?.line ?? doc.lines.positionAt(t.start).line,
      entries: t.entries.length,
      timed: t.entries.filter((e) => e.instant !== null).length,
      milestones: { start: lineOf('start'), detection: lineOf('detection'), mitigation: lineOf('mitigation'), resolution: lineOf('resolution') },
      minutes: { detect: t.metrics.timeToDetect, mitigate: t.metrics.timeToMitigate, resolve: t.metrics.timeToResolve },
    };
  }

  const missingSections: string[] = [];
  for (const spec of requiredSections(model, settings)) {
    if (!model.sections.some((s) => s.kinds.includes(spec.id) && !s.empty && !s.placeholderOnly)) missingSections.push(spec.id);
  }

  const rootCause: InsightSummary['rootCause'] = [];
  let chars = 0;
  for (const section of sectionsOfKind(doc, 'root-cause')) {
    for (const passage of sectionLines(doc, section)) {
      if (rootCause.length >= ROOT_CAUSE_LINES || chars >= ROOT_CAUSE_CHARS) break;
      const text = plain(passage.text)
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, ROOT_CAUSE_CHARS - chars);
      if (!text) continue;
      chars += text.length;
      rootCause.push({ line: passage.line, text: copy(text) });
    }
  }

  return {
    lines: {
      title: model.title?.line ?? null,
      date: metaLine('date'),
      incidentId: metaLine('incidentId'),
      severity: facts.severity?.line ?? null,
      services: facts.services.map((s) => s.line),
      categories: facts.causes.categories.map((c) => c.line),
      trigger: facts.causes.trigger?.line ?? null,
    },
    timeline,
    missingSections,
    impact: { figures: facts.impact.length, line: facts.impact[0]?.line ?? null },
    rootCause,
  };
}

const isLine = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isLineOrNull = (v: unknown): boolean => v === null || isLine(v);
const isMinutes = (v: unknown): boolean => v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0);

/** True when a value read back from a persisted index has the shape of an insight summary. */
export function isInsightSummary(v: unknown): v is InsightSummary {
  const s = v as InsightSummary;
  if (!s || typeof s !== 'object' || !s.lines || typeof s.lines !== 'object') return false;
  const l = s.lines;
  if (![l.title, l.date, l.incidentId, l.severity, l.trigger].every(isLineOrNull)) return false;
  if (!Array.isArray(l.services) || !l.services.every(isLine) || !Array.isArray(l.categories) || !l.categories.every(isLine)) return false;
  if (!Array.isArray(s.missingSections) || !s.missingSections.every((m) => typeof m === 'string')) return false;
  if (!s.impact || !Number.isInteger(s.impact.figures) || !isLineOrNull(s.impact.line)) return false;
  if (!Array.isArray(s.rootCause) || !s.rootCause.every((p) => p && isLine(p.line) && typeof p.text === 'string')) return false;
  if (s.timeline === null) return true;
  const t = s.timeline;
  if (!t || typeof t !== 'object' || !isLine(t.line) || !Number.isInteger(t.entries) || !Number.isInteger(t.timed)) return false;
  if (!t.milestones || !['start', 'detection', 'mitigation', 'resolution'].every((m) => isLineOrNull(t.milestones[m as MilestoneName]))) return false;
  return !!t.minutes && isMinutes(t.minutes.detect) && isMinutes(t.minutes.mitigate) && isMinutes(t.minutes.resolve);
}
