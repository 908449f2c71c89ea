import { actionItemFields } from './action-item-fields';
import { documentTitle } from './build';
import { factsOf, publicFacts } from './facts/index';
import type { AnalysedDocument } from './model';
import { defaultSettings, type Settings } from '../base/settings';

/** The model as the CLI prints it and the `postmortem/model` request returns it: plain JSON, 1-based lines. */
export function publicModel(file: string, doc: AnalysedDocument, settings: Settings = defaultSettings()) {
  const { model } = doc;
  const facts = factsOf(doc, settings);
  const kinds = facts.itemKinds;
  const metadata: Record<string, string> = {};
  for (const field of model.metadata) metadata[field.canonical ?? field.key] ??= field.value;
  return {
    file,
    isPostmortem: model.isPostmortem,
    isTemplate: model.isTemplate,
    kind: model.kind,
    title: documentTitle(model),
    metadata,
    sections: model.sections.map((s) => ({
      kind: s.kind,
      heading: s.heading.text,
      line: s.heading.line + 1,
      empty: s.empty,
      kinds: s.kinds,
      decidedBy: s.decidedBy,
      because: s.because,
      source: s.source,
    })),
    timeline: model.timeline && {
      timezone: model.timeline.timezone,
      zoneSource: model.timeline.zoneSource,
      metrics: model.timeline.metrics,
      stated: model.timeline.stated.map(({ kind, label, minutes, approximate, line }) => ({ kind, label, minutes, approximate, line: line + 1 })),
      entries: model.timeline.entries.map(({ line, text, time, coarse, milestone, zone }) => ({ line: line + 1, text, time, coarse, milestone, zone })),
    },
    actionItems: model.actionItems.map((item, i) => ({
      ...actionItemFields(item),
      line: item.line + 1,
      shape: item.shape,
      foundBy: item.byDirective ? ('directive' as const) : ('reading' as const),
      kind: kinds[i],
    })),
    ...publicFacts(facts),
  };
}
