/**
 * Scores what the engine read in one document against what a careful reader labelled in it,
 * with the definitions of the corpus's `LABELS.md`. Pure: the engine's reading comes in as plain
 * data (see `read.ts`), so the scorer is tested on small documents of our own.
 */
import type { DocumentLabels, LabelSection, LabelledSentence } from './labels';

/** A section kind of the product, for each section kind of the labels. */
export const SECTION_KINDS: Record<LabelSection, string> = {
  summary: 'summary',
  timeline: 'timeline',
  root_cause: 'root-cause',
  impact: 'impact',
  lessons_learned: 'lessons-learned',
  action_items: 'action-items',
  detection: 'detection',
  resolution: 'resolution',
};

/** The sections a post-mortem must have by default: the ones `required-sections` reports. */
export const REQUIRED: readonly LabelSection[] = ['summary', 'timeline', 'root_cause', 'impact', 'lessons_learned', 'action_items'];

/** What the engine read in one document, as plain data. Lines are 1-based. */
export interface Reading {
  text: string;
  sections: { kind: string | null; line: number; heading: string }[];
  items: { line: number; endLine: number; text: string; owner: string | null; due: string | null; dueText: string | null; done: boolean; implicit?: boolean }[];
  timeline: { entries: { line: number; time: string | null }[] } | null;
  findings: { ruleId: string; start: number; end: number; line: number; endLine: number; message: string }[];
  /**
   * True when the engine takes the text for a post-mortem by itself: under a path that names no
   * post-mortem folder, with the default settings, as a file a team keeps anywhere is met.
   */
  recognised?: boolean;
}

/** Counts for one document (or, summed, for a part of the corpus), with every miss described. */
export interface Tally {
  documents: number;
  /** Documents the engine takes for post-mortems by themselves (see `Reading.recognised`). */
  recognised: number;
  lines: number;
  sections: Record<string, { labelled: number; found: number; extra: number }>;
  items: {
    labelled: number;
    found: number;
    extra: number;
    ownerRight: number;
    dueRight: number;
    doneChecked: number;
    doneRight: number;
    vagueLabelled: number;
    vagueFound: number;
    implicitLabelled: number;
    implicitFound: number;
  };
  timeline: {
    /** Table and list timelines labelled, and how many the engine read (one timed entry or more). */
    labelled: number;
    read: number;
    entriesLabelled: number;
    entriesRead: number;
    outOfOrderLabelled: number;
    outOfOrderFound: number;
    /** Documents with a `timeline-order` finding whose timeline a reader found in order. */
    falseAlarms: number;
  };
  blame: {
    certainLabelled: number;
    certainFound: number;
    allLabelled: number;
    allFound: number;
    distractors: number;
    distractorsFlagged: number;
    /** Lines with a blaming finding that no label speaks of. */
    otherLines: number;
  };
  misses: string[];
}

export function emptyTally(): Tally {
  return {
    documents: 0,
    recognised: 0,
    lines: 0,
    sections: {},
    items: {
      labelled: 0,
      found: 0,
      extra: 0,
      ownerRight: 0,
      dueRight: 0,
      doneChecked: 0,
      doneRight: 0,
      vagueLabelled: 0,
      vagueFound: 0,
      implicitLabelled: 0,
      implicitFound: 0,
    },
    timeline: { labelled: 0, read: 0, entriesLabelled: 0, entriesRead: 0, outOfOrderLabelled: 0, outOfOrderFound: 0, falseAlarms: 0 },
    blame: { certainLabelled: 0, certainFound: 0, allLabelled: 0, allFound: 0, distractors: 0, distractorsFlagged: 0, otherLines: 0 },
    misses: [],
  };
}

/** Adds the counts of `b` to `a` (misses included). */
export function addTally(a: Tally, b: Tally): Tally {
  a.documents += b.documents;
  a.recognised += b.recognised;
  a.lines += b.lines;
  for (const [kind, s] of Object.entries(b.sections)) {
    const t = (a.sections[kind] ??= { labelled: 0, found: 0, extra: 0 });
    t.labelled += s.labelled;
    t.found += s.found;
    t.extra += s.extra;
  }
  for (const group of ['items', 'timeline', 'blame'] as const) {
    const into = a[group] as unknown as Record<string, number>;
    for (const [key, value] of Object.entries(b[group])) into[key] = (into[key] ?? 0) + value;
  }
  a.misses.push(...b.misses);
  return a;
}

/** Words of an owner, for comparing the owner read with the owner labelled. */
function ownerWords(owner: string): string[] {
  return owner
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 || /\p{L}/u.test(w));
}

/** The start offset of each line (0-based lines). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The stretch of the text a labelled sentence stands for: the quoted fragment on its line, widened
 * to the sentence around it (labels quote the part of a wrapped sentence that is on their line,
 * while a finding may sit on a word of the same sentence on the next line).
 */
export function sentenceSpan(text: string, starts: number[], label: { line: number; text: string }): [number, number] {
  const lineStart = starts[label.line - 1] ?? text.length;
  const lineEnd = (starts[label.line] ?? text.length + 1) - 1;
  const at = text.slice(lineStart, lineEnd).indexOf(label.text);
  let start = at < 0 ? lineStart : lineStart + at;
  let end = at < 0 ? lineEnd : start + label.text.length;
  // Back to the end of the previous sentence, a blank line or the start of a block.
  while (start > 0) {
    const before = text.slice(Math.max(0, start - 2), start);
    // A sentence ends on its stop, closing marks after it ("**I was wrong.** The …") and a space.
    if (
      /[.!?][*_"'”’)\]]{0,4}\s$/.test(text.slice(Math.max(0, start - 6), start)) ||
      /\n\s*\n$/.test(text.slice(Math.max(0, start - 3), start)) ||
      /\n[-*+>#|]\s?$/.test(before)
    )
      break;
    if (text[start - 1] === '\n' && /^\s*([-*+>|#]|\d+[.)])/.test(text.slice(start, start + 4))) break;
    start--;
  }
  // On to the end of the sentence, a blank line or the end of the line's block.
  while (end < text.length) {
    if (/[.!?][*_"'”’)\]]{0,4}$/.test(text.slice(Math.max(0, end - 5), end)) && /\s/.test(text[end] ?? ' ')) break;
    if (text[end] === '\n' && (text[end + 1] === '\n' || /^\s*([-*+>|#]|\d+[.)])/.test(text.slice(end + 1, end + 5)))) break;
    end++;
  }
  return [start, end];
}

/** The section kinds labelled present and read present are compared over these kinds. */
function scoredKinds(reading: Reading): LabelSection[] {
  const read = new Set(reading.sections.map((s) => s.kind));
  return (Object.keys(SECTION_KINDS) as LabelSection[]).filter((k) => REQUIRED.includes(k) || read.has(SECTION_KINDS[k]));
}

/** Scores one document. `file` names it in the misses. */
export function scoreDocument(file: string, labels: DocumentLabels, reading: Reading): Tally {
  const tally = emptyTally();
  const miss = (line: number, what: string) => tally.misses.push(`${file}:${line} ${what}`);
  tally.documents = 1;
  tally.lines = labels.line_count || reading.text.split('\n').length;
  // Every labelled document is a post-mortem: one the engine does not take for one by itself is
  // skipped whole wherever no folder or front matter says what it is.
  if (reading.recognised) tally.recognised = 1;
  else if (reading.recognised === false) miss(1, 'recognised: expected a post-mortem, got a document that is not one (under a path that says nothing)');

  // Sections: is each kind there or not? The user meets a wrong answer as a false "missing" warning.
  const labelledKinds = new Map<LabelSection, number>();
  for (const s of labels.sections_present) if (!labelledKinds.has(s.section)) labelledKinds.set(s.section, s.line);
  for (const kind of scoredKinds(reading)) {
    const ours = SECTION_KINDS[kind];
    const counts = (tally.sections[ours] = { labelled: 0, found: 0, extra: 0 });
    const read = reading.sections.find((s) => s.kind === ours);
    const line = labelledKinds.get(kind);
    if (line !== undefined) {
      counts.labelled++;
      if (read) counts.found++;
      else {
        const heading = labels.sections_present.find((s) => s.section === kind)?.heading ?? '';
        miss(line, `section: expected ${ours} ("${heading}"), got ${reading.sections.find((s) => s.line === line)?.kind ?? 'nothing'}`);
      }
    } else if (read) {
      counts.extra++;
      miss(read.line, `section: expected no ${ours}, got "${read.heading}" read as ${ours}`);
    }
  }

  // Action items: one label to one item. The item whose lines hold the labelled line and whose
  // text holds the labelled words comes first (a paragraph read as an item starts on its first
  // line, which may be another label's); then the item that starts on the line, else the item
  // whose lines hold it (the smallest such item, so a parent does not take a child's label).
  const unmatched = new Set(reading.items.map((_, i) => i));
  const uncertainLabel = new Set<number>();
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const holds = (i: number, line: number) => reading.items[i].line <= line && line <= reading.items[i].endLine;
  // First, each label whose words an item holding its line says takes that item.
  const saidBy = new Map<(typeof labels.action_items)[number], number>();
  for (const label of labels.action_items) {
    const said = words(label.text);
    if (said.length < 12) continue;
    const index = [...unmatched].find((i) => holds(i, label.line) && words(reading.items[i].text).includes(said));
    if (index === undefined) continue;
    saidBy.set(label, index);
    unmatched.delete(index);
  }
  for (const label of labels.action_items) {
    const exact = [...unmatched].find((i) => reading.items[i].line === label.line);
    const around = [...unmatched]
      .filter((i) => holds(i, label.line))
      .sort((a, b) => reading.items[a].endLine - reading.items[a].line - (reading.items[b].endLine - reading.items[b].line));
    const index = saidBy.get(label) ?? exact ?? around[0];
    if (label.uncertain) {
      // An uncertain item is neither required nor, when read, counted as extra.
      if (index !== undefined) {
        unmatched.delete(index);
        uncertainLabel.add(index);
      }
      continue;
    }
    tally.items.labelled++;
    if (label.implicit) tally.items.implicitLabelled++;
    if (label.owner_vague) tally.items.vagueLabelled++;
    if (index === undefined) {
      miss(label.line, `action item: expected "${label.text.slice(0, 60)}", got nothing`);
      continue;
    }
    unmatched.delete(index);
    const item = reading.items[index];
    tally.items.found++;
    if (label.implicit) tally.items.implicitFound++;
    const ownerRight =
      item.owner === null
        ? !label.has_owner
        : label.has_owner && (label.owner_text === null || ownerWords(item.owner).some((w) => ownerWords(label.owner_text ?? '').includes(w)));
    if (ownerRight) tally.items.ownerRight++;
    else
      miss(
        label.line,
        `action item owner: expected ${label.has_owner ? `"${label.owner_text}"` : 'none'}, got ${item.owner === null ? 'none' : `"${item.owner}"`}`,
      );
    const hasDue = item.due !== null || item.dueText !== null;
    if (hasDue === label.has_due_date) tally.items.dueRight++;
    else
      miss(
        label.line,
        `action item due: expected ${label.has_due_date ? `"${label.due_text}"` : 'none'}, got ${hasDue ? `"${item.dueText ?? item.due}"` : 'none'}`,
      );
    tally.items.doneChecked++;
    if (item.done === (label.done === true)) tally.items.doneRight++;
    else
      miss(
        label.line,
        `action item done: expected ${label.done === true ? 'done' : label.done === false ? 'open' : 'open (not said)'}, got ${item.done ? 'done' : 'open'}`,
      );
  }
  for (const i of unmatched) {
    tally.items.extra++;
    miss(reading.items[i].line, `action item: expected none, got "${reading.items[i].text.slice(0, 60)}"`);
  }

  // Vague owners: the finding that asks for one accountable person.
  const vagueLines = new Set<number>();
  for (const f of reading.findings) if (f.ruleId === 'action-item-vague-owner') for (let l = f.line; l <= f.endLine; l++) vagueLines.add(l);
  for (const v of labels.vague_owner_items) {
    if (v.uncertain) continue;
    tally.items.vagueFound += vagueLines.has(v.line) ? 1 : 0;
    if (!vagueLines.has(v.line)) miss(v.line, `vague owner: expected "${v.owner_text}" reported, got nothing`);
  }
  tally.items.vagueLabelled = labels.vague_owner_items.filter((v) => !v.uncertain).length;

  // Timelines: tables and lists are what the product reads; other shapes are not scored here.
  const timeline = labels.timeline;
  const orderFinding = reading.findings.find((f) => f.ruleId === 'timeline-order');
  if (timeline && (timeline.format === 'table' || timeline.format === 'list')) {
    tally.timeline.labelled++;
    tally.timeline.entriesLabelled += timeline.entries;
    const timed = reading.timeline?.entries.filter((e) => e.time !== null).length ?? 0;
    if (timed > 0) tally.timeline.read++;
    else miss(1, `timeline: expected a ${timeline.format} of ${timeline.entries} entries, got ${reading.timeline ? 'no timed entry' : 'no timeline'}`);
    tally.timeline.entriesRead += Math.min(timed, timeline.entries);
    if (timed > 0 && timed < timeline.entries * 0.9) miss(1, `timeline entries: expected ${timeline.entries}, got ${timed} with a time`);
  }
  if (timeline?.in_order === false) {
    tally.timeline.outOfOrderLabelled++;
    if (orderFinding) tally.timeline.outOfOrderFound++;
    else miss(1, 'timeline order: expected an out-of-order finding, got none');
  } else if (orderFinding) {
    tally.timeline.falseAlarms++;
    miss(orderFinding.line, `timeline order: expected none (the timeline is in order), got "${orderFinding.message.slice(0, 80)}"`);
  }

  // Blame: a finding of the blaming rule inside the labelled sentence.
  const starts = lineStarts(reading.text);
  const blaming = reading.findings.filter((f) => f.ruleId === 'blaming-language');
  const used = new Set<number>();
  // The words a labelled blaming sentence quotes, where they stand: a finding inside them is that
  // blame's, even when a look-alike shares its sentence ("X stops the node; it was terminated (we
  // should have been more careful)": the look-alike is the first part, the blame the remark).
  const quoted = labels.blaming_sentences.map((label) => {
    const lineStart = starts[label.line - 1] ?? reading.text.length;
    const at = reading.text.slice(lineStart, (starts[label.line] ?? reading.text.length + 1) - 1).indexOf(label.text);
    return at < 0 ? null : ([lineStart + at, lineStart + at + label.text.length] as const);
  });
  const insideBlame = (f: Reading['findings'][number]) => quoted.some((q) => q !== null && f.start >= q[0] && f.end <= q[1]);
  const hits = (label: LabelledSentence, distractor = false) => {
    const [start, end] = sentenceSpan(reading.text, starts, label);
    const found = blaming.map((f, i) => [f, i] as const).filter(([f]) => f.start < end && f.end > start && !(distractor && insideBlame(f)));
    for (const [, i] of found) used.add(i);
    return found.length > 0;
  };
  for (const label of labels.blaming_sentences) {
    const found = hits(label);
    tally.blame.allLabelled++;
    if (found) tally.blame.allFound++;
    if (!label.uncertain) {
      tally.blame.certainLabelled++;
      if (found) tally.blame.certainFound++;
    }
    if (!found && !label.uncertain) miss(label.line, `blame: expected "${label.text.slice(0, 70)}" flagged (${label.category ?? 'blame'}), got nothing`);
  }
  for (const label of labels.non_blaming_distractors) {
    tally.blame.distractors++;
    if (hits(label, true)) {
      tally.blame.distractorsFlagged++;
      miss(label.line, `blame: expected "${label.text.slice(0, 70)}" left alone, got it flagged`);
    }
  }
  const otherLines = new Set<number>();
  blaming.forEach((f, i) => {
    if (!used.has(i)) otherLines.add(f.line);
  });
  tally.blame.otherLines = otherLines.size;
  for (const line of otherLines) miss(line, `blame: expected nothing, got "${blaming.find((f) => f.line === line)?.message.slice(0, 80)}"`);
  return tally;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** The headline figures of a tally, with the names `eval-results.json` promises. */
export function figures(t: Tally) {
  let tp = 0;
  let fp = 0;
  let labelled = 0;
  for (const [kind, s] of Object.entries(t.sections)) {
    if (!REQUIRED.some((r) => SECTION_KINDS[r] === kind)) continue;
    tp += s.found;
    fp += s.extra;
    labelled += s.labelled;
  }
  return {
    documents: t.documents,
    recognised: ratio(t.recognised, t.documents),
    sections: {
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, labelled),
      perKind: Object.fromEntries(
        Object.entries(t.sections).map(([kind, s]) => [
          kind,
          { labelled: s.labelled, found: s.found, extra: s.extra, precision: ratio(s.found, s.found + s.extra), recall: ratio(s.found, s.labelled) },
        ]),
      ),
    },
    actionItems: {
      labelled: t.items.labelled,
      found: ratio(t.items.found, t.items.labelled),
      foundCount: t.items.found,
      extra: ratio(t.items.extra, t.items.found),
      extraCount: t.items.extra,
      ownerRight: ratio(t.items.ownerRight, t.items.found),
      dueRight: ratio(t.items.dueRight, t.items.found),
      doneRight: ratio(t.items.doneRight, t.items.doneChecked),
      vagueOwnersFound: ratio(t.items.vagueFound, t.items.vagueLabelled),
      implicitFound: ratio(t.items.implicitFound, t.items.implicitLabelled),
    },
    timeline: {
      labelled: t.timeline.labelled,
      read: ratio(t.timeline.read, t.timeline.labelled),
      entriesRead: ratio(t.timeline.entriesRead, t.timeline.entriesLabelled),
      outOfOrderFound: ratio(t.timeline.outOfOrderFound, t.timeline.outOfOrderLabelled),
      outOfOrderLabelled: t.timeline.outOfOrderLabelled,
      falseAlarms: t.timeline.falseAlarms,
    },
    blame: {
      certainRecall: ratio(t.blame.certainFound, t.blame.certainLabelled),
      certainLabelled: t.blame.certainLabelled,
      allRecall: ratio(t.blame.allFound, t.blame.allLabelled),
      allLabelled: t.blame.allLabelled,
      distractorsFlagged: ratio(t.blame.distractorsFlagged, t.blame.distractors),
      distractors: t.blame.distractors,
      otherLinesPer1000: t.lines ? (t.blame.otherLines * 1000) / t.lines : null,
    },
  };
}
