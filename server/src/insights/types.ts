/**
 * The insights report: what `postmortem insights --format json` prints and what the dashboard
 * shows. A public, stable shape (`version` changes when a field changes meaning or goes away;
 * fields are only ever added within a version). Plain JSON: no dates, no maps, no undefined.
 *
 * Every number can be traced: a `Ref` names a post-mortem (an index into `incidents`) and the
 * 1-based line the number came from; every metric has a `Coverage` saying how many post-mortems
 * it could use and why the others could not.
 */

/** A post-mortem and line behind a number. `doc` indexes `InsightsReport.incidents`; `line` is 1-based. */
export interface Ref {
  doc: number;
  line: number;
}

/** Post-mortems a metric could not use, grouped by reason. */
export interface CoverageGap {
  /** Why, in words ("no detection milestone in the timeline"). */
  reason: string;
  /** Indexes into `InsightsReport.incidents`. */
  docs: number[];
}

/** How many post-mortems a metric covers, of how many it could have. */
export interface Coverage {
  covered: number;
  total: number;
  gaps: CoverageGap[];
  /** The coverage in words: "Time to detect covers 27 of 30: 3 have no detection milestone in the timeline." */
  text: string;
}

/** One bucket of a count (a month, a severity, a service, a category …) with the lines behind it. */
export interface Count {
  /** Stable key (`2026-03`, `2026-Q1`, `sev:1`, a service name, a category id). */
  key: string;
  /** How a person reads the key ("March 2026", "SEV1"). */
  label: string;
  count: number;
  refs: Ref[];
}

/** One point of a distribution: a duration of one incident. */
export interface DurationPoint {
  minutes: number;
  ref: Ref;
}

/** A distribution of durations, in minutes. `median` and `p90` are null when `n` is 0. */
export interface Distribution {
  key: string;
  label: string;
  n: number;
  median: number | null;
  /** The 90th percentile (nearest rank). */
  p90: number | null;
  min: number | null;
  max: number | null;
  /** Every duration, shortest first. */
  points: DurationPoint[];
  /** False when `n` is under the minimum sample (`minimumSample`): the figure is shown, but no trend is read from it. */
  enough: boolean;
  /** Says so when the sample is too small, else null. */
  note: string | null;
}

/** Time to detect, to mitigate or to resolve. */
export interface DurationMetric {
  /** `detect`, `mitigate` or `resolve`. */
  key: 'detect' | 'mitigate' | 'resolve';
  label: string;
  coverage: Coverage;
  all: Distribution;
  bySeverity: Distribution[];
  byQuarter: Distribution[];
}

/** A bucket compared with the share it would have if incidents were spread evenly. */
export interface PatternBucket extends Count {
  /** count / n. */
  share: number;
  /** The share an even spread gives this bucket (1/7 for a weekday). */
  expected: number;
  /** Exact binomial probability of at least `count` of `n` at the expected share. */
  pValue: number;
}

/** A statement about the most frequent bucket, computed with an exact binomial test. */
export interface Significance {
  /** The bucket the statement is about. */
  key: string;
  count: number;
  n: number;
  share: number;
  expected: number;
  /** One-sided exact binomial p-value of the bucket alone. */
  pValue: number;
  /** The p-value times the number of buckets compared (Bonferroni), at most 1: any bucket could have been the high one. */
  adjustedPValue: number;
  /** `too-few` under the minimum sample, `chance` when the adjusted p-value is 0.05 or more, else `unlikely-chance`. */
  verdict: 'too-few' | 'chance' | 'unlikely-chance';
  /** "Fridays: 9 of 30, 30% vs 14% expected; could be chance at this sample size." */
  text: string;
}

/** Counts over time of one label (a category or a trigger). */
export interface Series {
  key: string;
  label: string;
  /** Counts in the order of the period list it belongs to. */
  counts: number[];
}

/** Two labels that occur in the same post-mortems. */
export interface Pair {
  a: string;
  b: string;
  count: number;
  refs: Ref[];
}

/** A phrase that recurs across root causes. */
export interface Phrase {
  phrase: string;
  /** Post-mortems whose root cause holds it. */
  count: number;
  refs: Ref[];
}

/** A share of the post-mortems that pass a test. */
export interface Share {
  count: number;
  total: number;
  /** count / total, or null when total is 0. */
  share: number | null;
  /** The post-mortems that pass. */
  refs: Ref[];
  /** The ones that do not, each with the line to look at. */
  failing: Ref[];
}

/** Completion of action items in one group (a kind or a severity). */
export interface Completion {
  key: string;
  label: string;
  total: number;
  done: number;
  /** Items the team decided not to do ("Won't do", struck through): closed, and left out of the rate. */
  dropped: number;
  /** done / (total - dropped), or null when that is 0. */
  rate: number | null;
  refs: Ref[];
}

/** An action item that breaks the follow-up policy. */
export interface PolicyBreach {
  ref: Ref;
  severity: string;
  /** Days the policy gives items of this severity. */
  days: number;
  /** The last day the item may be due (the incident date plus `days`). */
  limit: string;
  due: string | null;
  /** "due 2026-05-30, 12 days after the limit", "no due date", "still open 40 days after the limit". */
  reason: string;
}

/** One counted post-mortem. */
export interface IncidentRef {
  /** The file, relative to where the command ran (or the workspace folder). */
  file: string;
  uri: string | null;
  title: string | null;
  /** The incident date (yyyy-mm-dd), from the metadata, the timeline's start or the file's name, or null. */
  date: string | null;
  incidentId: string | null;
  /** The severity label ("SEV1"), or null. */
  severity: string | null;
  /** 1-based line of the title. */
  line: number;
}

/** A post-mortem that was read but left out of every figure, and why. */
export interface Exclusion {
  file: string;
  reason: string;
}

/** Two or more documents for one incident id: the first is counted, the others are not. */
export interface Duplicate {
  incidentId: string;
  /** Index into `incidents` of the one counted. */
  kept: number;
  /** The files left out. */
  files: string[];
}

/** The whole report. */
export interface InsightsReport {
  /** Changes when the shape changes incompatibly. */
  version: 1;
  /** What the report was computed with. */
  options: {
    today: string;
    timeZone: string;
    minimumSample: number;
    since: string | null;
    until: string | null;
  };
  /** The post-mortems counted; every `Ref.doc` indexes this list. */
  incidents: IncidentRef[];
  /** Post-mortems read but not counted (a template, dated in the future, outside --since/--until, a duplicate id). */
  excluded: Exclusion[];
  duplicates: Duplicate[];
  volume: {
    coverage: Coverage;
    /** Every month from the first incident to the last, empty months included. */
    byMonth: Count[];
    /** Per month, the count of each severity key (`bySeverity` keys), for a stacked chart. */
    byMonthSeverity: Series[];
    byQuarter: Count[];
    bySeverity: Count[];
    byService: Count[];
  };
  durations: DurationMetric[];
  causes: {
    coverage: Coverage;
    categories: Count[];
    triggers: Count[];
    /** The quarters `categoriesByQuarter` and `triggersByQuarter` count in. */
    quarters: string[];
    categoriesByQuarter: Series[];
    triggersByQuarter: Series[];
    /** Per severity key, the count of each category. */
    categoriesBySeverity: { severity: string; label: string; counts: Record<string, number> }[];
    /** Categories that occur together in one post-mortem, most frequent first. */
    cooccurrence: Pair[];
    /** Services named by two or more post-mortems. */
    recurringServices: Count[];
    /** Phrases of two to four words shared by two or more root causes, most salient first. */
    phrases: Phrase[];
    phraseCoverage: Coverage;
  };
  timePatterns: {
    timeZone: string;
    coverage: Coverage;
    /** Starts whose time zone is not written: their weekday and hour are as written. */
    zoneUnknown: Ref[];
    weekdays: PatternBucket[];
    hours: PatternBucket[];
    weekday: Significance | null;
    /** The hour statement tests four-hour bands (00–04, 04–08 …), since single hours are too thin. */
    hourBand: Significance | null;
  };
  followUp: {
    coverage: Coverage;
    total: number;
    open: Ref[];
    overdue: Ref[];
    done: Ref[];
    /** Items the team decided not to do: closed, so neither open nor overdue. */
    dropped: Ref[];
    byKind: Completion[];
    bySeverity: Completion[];
    overdueByOwner: Count[];
    /** Days from the incident date to today, over open items of dated post-mortems. */
    openAge: { n: number; medianDays: number | null };
    policy: {
      /** Days per severity label, from `duePolicy.bySeverity`. */
      rules: { severity: string; days: number }[];
      /** Post-mortems with at least one item that breaks it. */
      documents: number[];
      breaches: PolicyBreach[];
      text: string;
    };
  };
  quality: {
    total: number;
    allSections: Share;
    quantifiedImpact: Share;
    usableTimeline: Share;
    /** Findings per post-mortem, per quarter. */
    findingsByQuarter: { key: string; label: string; documents: number; findings: number; median: number | null; refs: Ref[] }[];
    findingsCoverage: Coverage;
  };
}
