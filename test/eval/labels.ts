/**
 * The answer key of the accuracy benchmark: what a careful reader found in each real post-mortem
 * of `../shared/corpus` (`labels/<file>.json`, defined in its `LABELS.md`). Only the fields the
 * scorer reads are typed; the files hold more.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The labels' names of the sections a post-mortem can have. */
export type LabelSection = 'summary' | 'timeline' | 'root_cause' | 'impact' | 'lessons_learned' | 'action_items' | 'detection' | 'resolution';

export interface LabelledSection {
  section: LabelSection;
  heading: string;
  line: number;
  is_markdown_heading?: boolean;
  uncertain?: boolean;
}

export interface LabelledItem {
  line: number;
  text: string;
  has_owner: boolean;
  owner_text: string | null;
  owner_vague?: boolean;
  has_due_date: boolean;
  due_text: string | null;
  done: boolean | null;
  implicit?: boolean;
  parent_line?: number;
  uncertain?: boolean;
  kind?: string;
}

export interface LabelledTimeline {
  format: 'table' | 'list' | 'none' | 'other';
  entries: number;
  timezone_stated: boolean;
  in_order: boolean | null;
}

export interface LabelledSentence {
  line: number;
  text: string;
  category?: string;
  uncertain?: boolean;
}

/** One labelled document. */
export interface DocumentLabels {
  file: string;
  line_count: number;
  sections_present: LabelledSection[];
  sections_missing: LabelSection[];
  action_items: LabelledItem[];
  timeline: LabelledTimeline | null;
  blaming_sentences: LabelledSentence[];
  vague_owner_items: { line: number; text: string; owner_text: string; uncertain?: boolean }[];
  non_blaming_distractors: LabelledSentence[];
  root_cause_categories?: { category: string; line: number; uncertain?: boolean }[];
  trigger?: string | null;
  trigger_uncertain?: boolean;
}

/**
 * The documents set aside before any tuning: their figures are reported, but no one working on
 * the reading looks at their text, their labels or their misses. They measure how well a reading
 * rule generalises. The choice is by number (documents 40 and up), less the two that an issue
 * already quoted as cases (41 and 49), which were read while filing it.
 */
export const HELD_OUT = new Set(['40', '42', '43', '44', '45', '46', '47', '48', '50']);

/** Which part of the corpus a document belongs to, by the number its file name starts with. */
export function partOf(file: string): 'tuned' | 'heldOut' {
  return HELD_OUT.has(file.slice(0, 2)) ? 'heldOut' : 'tuned';
}

/** A labelled document with its text. */
export interface LabelledDocument {
  file: string;
  text: string;
  labels: DocumentLabels;
}

/** Reads every labelled document of a corpus folder (its `labels/` beside the files). */
export function loadCorpus(dir: string): LabelledDocument[] {
  const labelDir = join(dir, 'labels');
  if (!existsSync(labelDir)) return [];
  const out: LabelledDocument[] = [];
  for (const name of readdirSync(labelDir).sort()) {
    if (!name.endsWith('.md.json')) continue;
    const file = name.slice(0, -'.json'.length);
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const labels = JSON.parse(readFileSync(join(labelDir, name), 'utf8')) as DocumentLabels;
    out.push({ file, text: readFileSync(path, 'utf8'), labels });
  }
  return out;
}
