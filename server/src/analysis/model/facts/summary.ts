import type { AnalysedDocument } from '../model';
import type { Settings } from '../../base/settings';
import { factsOf } from './index';
import type { ItemKind } from './item-kind';

/**
 * The facts the workspace index keeps per post-mortem, for counting an archive (incidents per
 * service, per weekday and hour, per contributing factor and trigger, action items per kind).
 * Plain JSON, small, and sharing no memory with the document's text.
 */
export interface FactSummary {
  /** Service names (the catalogue's name when known). */
  services: string[];
  severity: { text: string; rank: number | null } | null;
  /** The start of the incident: ISO instant (UTC when `zoneKnown`), weekday (1 = Monday) and hour in `postmortem.insights.timeZone`. */
  start: { instant: string; zoneKnown: boolean; weekday: number; hour: number } | null;
  /** Contributing-factor categories, each marked explicit or inferred. */
  categories: { category: string; source: 'explicit' | 'inferred' }[];
  trigger: { trigger: string; source: 'explicit' | 'inferred' } | null;
  /** The kind of each action item, in the order of the file's action items. */
  itemKinds: ItemKind[];
}

/** A copy of a string that shares no memory with the document text (see `detach` in the index). */
const copy = (s: string): string => (s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string));

/** Summarises the facts of an analysed post-mortem for the workspace index. */
export function summariseFacts(doc: AnalysedDocument, settings: Settings): FactSummary {
  const facts = factsOf(doc, settings);
  const { severity, incidentStart: start, causes } = facts;
  return {
    services: facts.services.map((s) => copy(s.name)),
    severity: severity && { text: copy(severity.text), rank: severity.rank },
    start: start && { instant: start.instant, zoneKnown: start.zoneKnown, weekday: start.weekday, hour: start.hour },
    categories: causes.categories.map((c) => ({ category: c.category, source: c.source })),
    trigger: causes.trigger && { trigger: causes.trigger.trigger, source: causes.trigger.source },
    itemKinds: facts.itemKinds.map((k) => k.kind),
  };
}

/** True when a value read back from a persisted index has the shape of a summary. */
export function isFactSummary(v: unknown): v is FactSummary {
  const f = v as FactSummary;
  if (!f || typeof f !== 'object') return false;
  const strings = (a: unknown) => Array.isArray(a) && a.every((s) => typeof s === 'string');
  return (
    strings(f.services) &&
    strings(f.itemKinds) &&
    Array.isArray(f.categories) &&
    f.categories.every((c) => c && typeof c.category === 'string') &&
    (f.severity === null || (typeof f.severity === 'object' && typeof f.severity.text === 'string')) &&
    (f.start === null ||
      (typeof f.start === 'object' && typeof f.start.instant === 'string' && Number.isInteger(f.start.weekday) && Number.isInteger(f.start.hour))) &&
    (f.trigger === null || (typeof f.trigger === 'object' && typeof f.trigger.trigger === 'string'))
  );
}
