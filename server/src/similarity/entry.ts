/**
 * Builds the similarity entry of a post-mortem, from an analysed document (the one being checked)
 * or from the workspace index's summary of a file (the rest of the archive). Both give the same
 * entry for the same text, so a document compares with the archive as the archive compares with it.
 */
import { documentTitle } from '../analysis/model/build';
import { readDate } from '../analysis/base/dates';
import { factsOf } from '../analysis/model/facts/index';
import type { AnalysedDocument } from '../analysis/model/model';
import type { Settings } from '../analysis/base/settings';
import { isClosed } from '../analysis/model/action-item-fields';
import { incidentText } from './text';
import type { IncidentEntry, IncidentText } from './types';

/** What an entry needs of the index's summary of a file (a structural subset of `FileSummary`). */
export interface SummaryLike {
  uri: string;
  isPostmortem: boolean;
  isTemplate: boolean;
  title: string | null;
  metadata: Record<string, string>;
  actionItems: readonly { done: boolean; dropped: string | null; due: string | null }[];
  facts?: {
    services: string[];
    categories: { category: string }[];
    trigger: { trigger: string } | null;
    start: { instant: string } | null;
  } | null;
  incident?: IncidentText | null;
}

/** The incident's day: the metadata date when it is a real date, else the day the timeline says it started. */
export function incidentDay(metadataDate: string | undefined, startInstant: string | null | undefined): string | null {
  if (metadataDate) {
    const reading = readDate(metadataDate);
    if (reading.kind === 'date') return reading.iso;
  }
  return startInstant && /^\d{4}-\d{2}-\d{2}/.test(startInstant) ? startInstant.slice(0, 10) : null;
}

function itemsOf(items: readonly { done: boolean; dropped: string | null; due: string | null }[]): IncidentEntry['items'] {
  let open = 0;
  let latestDue: string | null = null;
  for (const item of items) {
    // A dropped item ("Won't do") is closed, as a done one is: no work is left on it.
    if (!isClosed(item)) open++;
    if (item.due && (!latestDue || item.due > latestDue)) latestDue = item.due;
  }
  return { total: items.length, open, latestDue };
}

/** The entry of an analysed post-mortem (the document being checked), with its facts read under `settings`. */
export function entryFromDocument(id: string, doc: AnalysedDocument, settings: Settings): IncidentEntry {
  const facts = factsOf(doc, settings);
  const start = facts.incidentStart;
  const date = doc.model.metadata.find((m) => m.canonical === 'date')?.value;
  return {
    id,
    title: documentTitle(doc.model),
    day: incidentDay(date, start?.instant),
    text: incidentText(doc),
    services: facts.services.map((s) => s.name),
    categories: facts.causes.categories.map((c) => c.category),
    trigger: facts.causes.trigger?.trigger ?? null,
    items: itemsOf(doc.model.actionItems),
  };
}

/** The entry of an indexed file, or null when it is not a post-mortem one can compare with (a template, or no text read). */
export function entryFromSummary(summary: SummaryLike): IncidentEntry | null {
  if (!summary.isPostmortem || summary.isTemplate || !summary.incident) return null;
  const facts = summary.facts ?? null;
  return {
    id: summary.uri,
    title: summary.title,
    day: incidentDay(summary.metadata.date, facts?.start?.instant),
    text: summary.incident,
    services: facts?.services ?? [],
    categories: facts?.categories.map((c) => c.category) ?? [],
    trigger: facts?.trigger?.trigger ?? null,
    items: itemsOf(summary.actionItems),
  };
}
