/**
 * How well "related post-mortems" finds incidents of the same cause, measured on generated
 * archives (`related-archive.ts`) in which same-cause incidents are told in other words. The
 * "tuned" column is the archive of seed 1, which the weights and the threshold were chosen on;
 * "held out" is the archive of seed 2, which nobody tuned on (same generator, other draws).
 * Each document goes through the real reading: Markdown, the model and its facts, the entry.
 */
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { RECURRING_THRESHOLD } from '../../server/src/rules/recurring-incident';
import { RelatedIndex } from '../../server/src/similarity/archive';
import { entryFromDocument } from '../../server/src/similarity/entry';
import { generateArchive, toMarkdown, type GeneratedIncident } from './related-archive';
import type { Scorer } from './scorers';

/** Documents per generated archive: five per cause family, each told in its own words. */
export const ARCHIVE_SIZE = 50;
export const SEEDS = { tuned: 1, heldOut: 2 } as const;

/** The figures of one archive. */
export interface RelatedFigures {
  documents: number;
  /** Mean share of the three best results that have the query's cause. */
  precisionAt3: number;
  /** At the rule's threshold: share of the earlier post-mortems it names that have the document's cause. */
  flaggedPrecision: number;
  /** Share of documents with an earlier one of the same cause that the rule names at least one of. */
  flaggedRecall: number;
  flagged: number;
}

/** Builds the index of an archive through the real reading, and the family of each entry. */
export function indexArchive(archive: GeneratedIncident[]) {
  const settings = defaultSettings();
  const index = new RelatedIndex();
  const family = new Map<string, string>();
  const entries = archive.map((g) => {
    const id = `file:///archive/${g.id}.md`;
    const entry = entryFromDocument(id, analyzeDocument(toMarkdown(g), `postmortems/${g.id}.md`, settings), settings);
    family.set(id, g.family);
    index.upsert(entry);
    return entry;
  });
  return { index, family, entries };
}

/** Precision at 3 and the rule's precision and recall at a threshold, on one archive. */
export function measure(archive: GeneratedIncident[], threshold = RECURRING_THRESHOLD): RelatedFigures {
  const { index, family, entries } = indexArchive(archive);
  let p3 = 0;
  let queries = 0;
  let flagged = 0;
  let flaggedRight = 0;
  let recallable = 0;
  let recalled = 0;
  for (const entry of entries) {
    const own = family.get(entry.id);
    const peers = entries.filter((e) => e.id !== entry.id && family.get(e.id) === own);
    if (peers.length >= 3) {
      const top = index.related(entry, { limit: 3 });
      p3 += top.filter((r) => family.get(r.entry.id) === own).length / 3;
      queries++;
    }
    const earlier = index.related(entry, { limit: 3, minScore: threshold, before: entry.day });
    flagged += earlier.length;
    const right = earlier.filter((r) => family.get(r.entry.id) === own).length;
    flaggedRight += right;
    if (peers.some((p) => p.day && entry.day && p.day < entry.day)) {
      recallable++;
      if (right) recalled++;
    }
  }
  return {
    documents: entries.length,
    precisionAt3: queries ? p3 / queries : 0,
    flaggedPrecision: flagged ? flaggedRight / flagged : 1,
    flaggedRecall: recallable ? recalled / recallable : 1,
    flagged,
  };
}

/** The scorer of `npm run eval`: it reads no labels; its figures come from the generated archives. */
export function relatedScorer(): Scorer {
  let figures: { tuned: RelatedFigures; heldOut: RelatedFigures } | null = null;
  const get = () =>
    (figures ??= { tuned: measure(generateArchive(ARCHIVE_SIZE, SEEDS.tuned)), heldOut: measure(generateArchive(ARCHIVE_SIZE, SEEDS.heldOut)) });
  const f2 = (n: number) => n.toFixed(2);
  return {
    name: 'related',
    add() {
      // Related post-mortems are measured on the generated archives, not on the labelled corpus.
    },
    rows() {
      const { tuned, heldOut } = get();
      return [
        ['related: precision at 3 (generated archive)', f2(tuned.precisionAt3), f2(heldOut.precisionAt3), '—', '≥ 0.8'],
        [
          `recurring-incident precision at ${RECURRING_THRESHOLD}`,
          `${f2(tuned.flaggedPrecision)} (${tuned.flagged})`,
          `${f2(heldOut.flaggedPrecision)} (${heldOut.flagged})`,
          '—',
          '≥ 0.9',
        ],
        [`recurring-incident recall at ${RECURRING_THRESHOLD}`, f2(tuned.flaggedRecall), f2(heldOut.flaggedRecall), '—', '≥ 0.6'],
      ];
    },
    misses() {
      return [];
    },
    results() {
      return { archiveSize: ARCHIVE_SIZE, seeds: SEEDS, threshold: RECURRING_THRESHOLD, ...get() };
    },
  };
}
