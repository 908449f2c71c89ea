/**
 * Scores the facts against the labels (the last section of LABELS.md): the kind of each action
 * item, the contributing-factor categories of each document (precision and recall over the set
 * of categories a document names) and its trigger (accuracy over the documents where the engine
 * answers, with how often it answers: an abstention costs coverage, not accuracy).
 *
 * A scorer of `npm run eval` (see `scorers.ts`): it reads what the engine made of each document
 * and adds rows to the table, the tuned part's misses, and a `facts` block to eval-results.json.
 */
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { factsOf } from '../../server/src/analysis/model/facts/index';
import { defaultSettings, type Settings } from '../../server/src/analysis/base/settings';

type Part = 'tuned' | 'heldOut';

/** The labels this scorer reads. */
export interface FactLabels {
  action_items: { line: number; text: string; kind?: string }[];
  root_cause_categories?: { category: string; line: number; uncertain?: boolean }[];
  trigger?: string | null;
}

/** Counts of one part of the corpus. */
export interface FactTally {
  kindLabelled: number;
  kindMatched: number;
  kindRight: number;
  categoryDocuments: number;
  categoryTrue: number;
  categoryFalse: number;
  categoryMissed: number;
  triggerLabelled: number;
  triggerAnswered: number;
  triggerRight: number;
}

/** A tally with nothing counted yet. */
export const emptyTally = (): FactTally => ({
  kindLabelled: 0,
  kindMatched: 0,
  kindRight: 0,
  categoryDocuments: 0,
  categoryTrue: 0,
  categoryFalse: 0,
  categoryMissed: 0,
  triggerLabelled: 0,
  triggerAnswered: 0,
  triggerRight: 0,
});

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** The figures of a tally, with the names eval-results.json promises. */
export function factFigures(t: FactTally) {
  return {
    itemKind: { accuracy: ratio(t.kindRight, t.kindMatched), matched: t.kindMatched, labelled: t.kindLabelled },
    categories: {
      precision: ratio(t.categoryTrue, t.categoryTrue + t.categoryFalse),
      recall: ratio(t.categoryTrue, t.categoryTrue + t.categoryMissed),
      documents: t.categoryDocuments,
    },
    trigger: { accuracy: ratio(t.triggerRight, t.triggerAnswered), answered: t.triggerAnswered, labelled: t.triggerLabelled },
  };
}

/** Settings for a document named outright, as the harness checks it. */
function evalSettings(): Settings {
  return { ...defaultSettings(), files: ['**'], exclude: [] };
}

/**
 * Scores one document's facts into `tally`, reporting each miss through `miss` (line, message).
 * An action item is matched to the engine's item whose lines hold the labelled line.
 */
export function scoreFacts(
  text: string,
  labels: FactLabels,
  tally: FactTally,
  miss: (line: number | null, message: string) => void,
  settings: Settings = evalSettings(),
): void {
  const doc = analyzeDocument(text, 'postmortems/document.md', settings);
  const facts = factsOf(doc, settings);
  const items = doc.model.actionItems.map((item) => ({
    first: item.line + 1,
    last: doc.lines.positionAt(Math.max(item.start, item.end - 1)).line + 1,
    said: said(item.text),
  }));
  // Several items of a paragraph start on one line: a label whose words one of them says takes
  // that one first, and no other label takes it, as the action-item scorer matches them.
  const saidBy = new Map<FactLabels['action_items'][number], number>();
  for (const label of labels.action_items ?? []) {
    const words = said(label.text);
    if (!label.kind || words.length < 12) continue;
    const index = items.findIndex((i, at) => i.first <= label.line && label.line <= i.last && i.said.includes(words) && ![...saidBy.values()].includes(at));
    if (index >= 0) saidBy.set(label, index);
  }
  const taken = new Set(saidBy.values());
  for (const label of labels.action_items ?? []) {
    if (!label.kind) continue;
    tally.kindLabelled++;
    // Else the item that starts on the labelled line, else the smallest whose lines hold it (so a
    // parent does not take its child's label), as the action-item scorer matches them.
    let index = saidBy.get(label) ?? items.findIndex((i, at) => i.first === label.line && !taken.has(at));
    if (index < 0)
      for (const [i, item] of items.entries())
        if (
          !taken.has(i) &&
          item.first <= label.line &&
          label.line <= item.last &&
          (index < 0 || item.last - item.first < items[index].last - items[index].first)
        )
          index = i;
    if (index < 0) continue;
    tally.kindMatched++;
    const got = facts.itemKinds[index];
    if (got.kind === label.kind) tally.kindRight++;
    else miss(label.line, `item kind: expected ${label.kind}, got ${got.kind}${got.evidence.length ? ` (from "${got.evidence[0]}")` : ''}`);
  }
  if (labels.root_cause_categories) {
    tally.categoryDocuments++;
    const expected = new Set(labels.root_cause_categories.map((c) => c.category));
    const found = new Map(facts.causes.categories.map((c) => [c.category, c]));
    for (const [category, fact] of found) {
      if (expected.has(category)) tally.categoryTrue++;
      else {
        tally.categoryFalse++;
        miss(fact.line + 1, `category: got ${category} (from "${fact.evidence.slice(0, 2).join('", "')}"), not labelled`);
      }
    }
    for (const category of expected) {
      if (found.has(category)) continue;
      tally.categoryMissed++;
      miss(labels.root_cause_categories.find((c) => c.category === category)!.line, `category: expected ${category}, got nothing`);
    }
  }
  if (labels.trigger) {
    tally.triggerLabelled++;
    const got = facts.causes.trigger;
    if (got) {
      tally.triggerAnswered++;
      if (got.trigger === labels.trigger) tally.triggerRight++;
      else miss(got.line + 1, `trigger: expected ${labels.trigger}, got ${got.trigger} (from "${got.evidence.slice(0, 2).join('", "')}")`);
    }
  }
}

/** Words of a text as the scorers compare them: lower case, letters and digits. */
const said = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const fmt = (value: number | null, digits = 2) => (value === null ? '—' : value.toFixed(digits));

/** The scorer as `npm run eval` runs it. */
export function factsScorer() {
  const tallies: Record<Part, FactTally> = { tuned: emptyTally(), heldOut: emptyTally() };
  // The last column of the table (our own documents, or the folder named with --own): scored
  // apart from the corpus, its misses always shown.
  const own = emptyTally();
  const missed: string[] = [];
  const ownMissed: string[] = [];
  const all = (): FactTally => {
    const out = emptyTally();
    for (const t of Object.values(tallies)) for (const key of Object.keys(out) as (keyof FactTally)[]) out[key] += t[key];
    return out;
  };
  const row = (name: string, value: (f: ReturnType<typeof factFigures>) => string, target: string) => [
    name,
    value(factFigures(tallies.tuned)),
    value(factFigures(tallies.heldOut)),
    value(factFigures(all())),
    target,
  ];
  return {
    name: 'facts',
    add(part: Part, file: string, labels: FactLabels, reading: { text: string }) {
      // The held-out part's misses are never kept: nobody tuning the reading may see them.
      const miss = part === 'tuned' ? (line: number | null, message: string) => missed.push(`${file}:${line ?? '-'} ${message}`) : () => {};
      scoreFacts(reading.text, labels, tallies[part], miss);
    },
    addOwn(file: string, labels: FactLabels, reading: { text: string }) {
      scoreFacts(reading.text, labels, own, (line, message) => ownMissed.push(`${file}:${line ?? '-'} ${message}`));
    },
    ownCells: (): string[] => {
      const f = factFigures(own);
      return [
        `${fmt(f.itemKind.accuracy)} (of ${f.itemKind.matched})`,
        fmt(f.categories.precision),
        fmt(f.categories.recall),
        `${fmt(f.trigger.accuracy)} (${f.trigger.answered}/${f.trigger.labelled})`,
      ];
    },
    ownMisses: () => ownMissed,
    rows: (): string[][] => [
      row('action item kind right', (f) => `${fmt(f.itemKind.accuracy)} (of ${f.itemKind.matched})`, '≥ 0.85'),
      row('categories precision', (f) => fmt(f.categories.precision), '≥ 0.8'),
      row('categories recall', (f) => fmt(f.categories.recall), '≥ 0.6'),
      row('trigger right (when answered)', (f) => `${fmt(f.trigger.accuracy)} (${f.trigger.answered}/${f.trigger.labelled})`, '≥ 0.7'),
    ],
    misses: () => missed,
    results: () => ({ tuned: factFigures(tallies.tuned), heldOut: factFigures(tallies.heldOut), all: factFigures(all()), own: factFigures(own) }),
  };
}
