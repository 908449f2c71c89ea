/**
 * The facts of a post-mortem about the system it tells of: services affected, severity, when the
 * incident started, contributing factors and trigger, the chain of whys, impact figures, and the
 * kind of each action item. Each is read from the model and the text (never from a new parse),
 * on first use, and kept with the document version it was read from.
 */
import type { AnalysedDocument } from '../model';
import type { Settings } from '../../base/settings';
import { readCauses, type CausesFact } from './causes';
import { readRootCause, type RootCauseShape } from './five-whys';
import { readImpact, type ImpactFigure } from './impact';
import { readIncidentStart, type IncidentStart } from './incident-start';
import { itemKindsOf, type ItemKindFact } from './item-kind';
import { readServices, type FrontMatterProblem, type ServiceFact } from './services';
import { readSeverity, type SeverityFact } from './severity';

export type { CausesFact, CategoryFact, TriggerFact, UnknownLabel } from './causes';
export type { FiveWhys, RootCauseShape } from './five-whys';
export type { ImpactFigure, ImpactUnit } from './impact';
export type { IncidentStart } from './incident-start';
export type { ItemKind, ItemKindFact } from './item-kind';
export type { ServiceFact, FrontMatterProblem } from './services';
export type { SeverityFact } from './severity';

/** Every fact of one document version. Each property is computed when first read. */
export interface Facts {
  readonly services: ServiceFact[];
  readonly severity: SeverityFact | null;
  readonly incidentStart: IncidentStart | null;
  readonly causes: CausesFact;
  readonly rootCause: RootCauseShape | null;
  readonly impact: ImpactFigure[];
  /** One per action item of the model, in the same order. */
  readonly itemKinds: ItemKindFact[];
  /** Front matter values that could not be read as the facts need them. */
  readonly problems: FrontMatterProblem[];
}

const memo = new WeakMap<AnalysedDocument, { settings: Settings; facts: Facts }>();

/** The facts of a document, read lazily and kept for as long as the analysed document lives. */
export function factsOf(doc: AnalysedDocument, settings: Settings): Facts {
  const kept = memo.get(doc);
  if (kept && kept.settings === settings) return kept.facts;
  const s = settings.facts;
  const problems: FrontMatterProblem[] = [];
  const cache: Partial<Record<keyof Facts, unknown>> = {};
  const lazy = <K extends keyof Facts>(key: K, read: () => Facts[K]): Facts[K] => (key in cache ? (cache[key] as Facts[K]) : (cache[key] = read()));
  const facts: Facts = {
    get services() {
      return lazy('services', () => readServices(doc, s, problems));
    },
    get severity() {
      return lazy('severity', () => readSeverity(doc.model.metadata, s));
    },
    get incidentStart() {
      return lazy('incidentStart', () => readIncidentStart(doc.model.timeline, s.timeZone));
    },
    get causes() {
      return lazy('causes', () => readCauses(doc, s));
    },
    get rootCause() {
      return lazy('rootCause', () => readRootCause(doc));
    },
    get impact() {
      return lazy('impact', () => readImpact(doc));
    },
    get itemKinds() {
      return lazy('itemKinds', () => itemKindsOf(doc));
    },
    get problems() {
      // The services are where front matter lists are read; reading them first makes the list complete.
      void this.services;
      return problems;
    },
  };
  memo.set(doc, { settings, facts });
  return facts;
}

/** The facts as `postmortem model` prints them: plain JSON, 1-based lines. */
export function publicFacts(facts: Facts) {
  const { services, severity, incidentStart, causes, rootCause, impact, problems } = facts;
  return {
    services: services.map((s) => ({ ...s, line: s.line + 1 })),
    severity: severity && { ...severity, line: severity.line + 1 },
    incidentStart: incidentStart && { ...incidentStart, line: incidentStart.line + 1 },
    contributingFactors: causes.categories.map((c) => ({ ...c, line: c.line + 1 })),
    trigger: causes.trigger && { ...causes.trigger, line: causes.trigger.line + 1 },
    unknownCategories: causes.unknown.map((u) => ({ ...u, line: u.line + 1 })),
    rootCause: rootCause && {
      whys: rootCause.whys && { ...rootCause.whys, line: rootCause.whys.line + 1 },
      sentences: rootCause.sentences,
      explained: rootCause.explained,
      namesGap: rootCause.namesGap,
      blamesPerson: rootCause.blamesPerson,
    },
    impact: impact.map((f) => ({ ...f, line: f.line + 1 })),
    problems,
  };
}
