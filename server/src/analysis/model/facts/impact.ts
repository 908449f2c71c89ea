import type { AnalysedDocument, Section } from '../model';
import { plain, sectionLines, sectionMemo, sectionsOfKind } from './passages';

/** What a figure of the impact counts. */
export type ImpactUnit = 'users' | 'customers' | 'requests' | 'teams' | 'services' | 'items' | 'percent' | 'duration' | 'money';

/** A number the impact section states, with its unit. */
export interface ImpactFigure {
  /** The figure as written ("1,200 users", "35%", "2 hours", "$4,000"). */
  text: string;
  value: number;
  unit: ImpactUnit;
  /** For durations, the figure in minutes; for the rest, null. */
  minutes: number | null;
  line: number;
}

// A figure starts where its digits start: not after a digit, nor after a group of thousands.
// Tried from inside a run of digits (or after each `123,`), every pattern below would read the
// run again to its end, and a long run would cost the square of its length.
const NUMBER = String.raw`(?<!\d)(?<!\d{3},)(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const SCALE = String.raw`(?:\s?(?:k|m|bn|thousand|million|billion)\b)?`;
const MONEY = new RegExp(String.raw`(?:[$€£¥]\s?(?:${NUMBER})${SCALE}|(?:${NUMBER})${SCALE}\s?(?:usd|eur|gbp|dollars|euros|pounds)\b)`, 'gi');
const PERCENT = new RegExp(String.raw`(?:${NUMBER})\s?(?:%|percent\b|per cent\b)`, 'gi');
const DURATION = new RegExp(String.raw`(?:${NUMBER})\s?(?:ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|days?|weeks?)\b`, 'gi');
// A count and what it counts, with up to two words between ("1,200 active paying users").
const COUNT = new RegExp(
  String.raw`(?:${NUMBER})${SCALE}\+?\s+(?:[\p{L}-]{1,20}\s+){0,2}?(users?|customers?|clients?|accounts?|people|visitors|members|subscribers|tenants|organi[sz]ations|requests?|calls|queries|transactions|orders|jobs|builds|messages|emails|downloads|uploads|pages|errors|teams?|services?|projects?|repositories|repos|sites|websites|nodes|servers|hosts|packages|crates|pods|databases)\b`,
  'giu',
);
// Any other count of things the incident touched, named by a plural noun ("300 exports", "about
// 40 failed invoices"): a figure too, counted as items. Plurals that count no impact are left out.
const OTHER_COUNT = new RegExp(String.raw`(?:${NUMBER})${SCALE}\+?\s+(?:[\p{L}-]{1,20}\s+)?([\p{L}]{2,}s)\b`, 'giu');
const NOT_IMPACT = /^(?:times|years|months|steps|reasons|ways|things|lines|versions|ms|secs|mins|hrs|seconds|minutes|hours|days|weeks)$/i;

const UNIT_OF: Record<string, ImpactUnit> = {
  user: 'users',
  users: 'users',
  people: 'users',
  visitors: 'users',
  members: 'users',
  subscribers: 'users',
  customer: 'customers',
  customers: 'customers',
  client: 'customers',
  clients: 'customers',
  account: 'customers',
  accounts: 'customers',
  tenants: 'customers',
  organisations: 'customers',
  organizations: 'customers',
  request: 'requests',
  requests: 'requests',
  calls: 'requests',
  queries: 'requests',
  transactions: 'requests',
  orders: 'requests',
  jobs: 'requests',
  builds: 'requests',
  messages: 'requests',
  emails: 'requests',
  downloads: 'requests',
  uploads: 'requests',
  pages: 'requests',
  errors: 'requests',
  team: 'teams',
  teams: 'teams',
  service: 'services',
  services: 'services',
  projects: 'services',
  project: 'services',
  repositories: 'services',
  repos: 'services',
  sites: 'services',
  websites: 'services',
};

const MINUTES: Record<string, number> = {
  ms: 1 / 60000,
  millisecond: 1 / 60000,
  s: 1 / 60,
  sec: 1 / 60,
  second: 1 / 60,
  m: 1,
  min: 1,
  minute: 1,
  h: 60,
  hr: 60,
  hour: 60,
  day: 1440,
  week: 10080,
};

function valueOf(text: string): number {
  const m = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/.exec(text);
  let value = m ? Number(m[0].replace(/,/g, '')) : NaN;
  const scale = /(?:\d|\s)(k|m|bn|thousand|million|billion)\b/i.exec(text);
  if (scale) value *= { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 }[scale[1].toLowerCase()] ?? 1;
  return value;
}

/** The figures the impact sections state: counts of what was affected, percentages, durations and money. */
export function readImpact(doc: AnalysedDocument): ImpactFigure[] {
  const sections = sectionsOfKind(doc, 'impact');
  return sections.length ? impacts(doc, sections, () => readFigures(doc, sections)) : [];
}

const impacts = sectionMemo<ImpactFigure[]>();

/** The same figures read afresh, without the memo: for a test that times the reading itself. */
export function readImpactAfresh(doc: AnalysedDocument): ImpactFigure[] {
  return readFigures(doc, sectionsOfKind(doc, 'impact'));
}

function readFigures(doc: AnalysedDocument, sections: Section[]): ImpactFigure[] {
  const figures: ImpactFigure[] = [];
  for (const section of sections) {
    for (const passage of sectionLines(doc, section)) {
      if (figures.length >= 200) return figures;
      const text = plain(passage.text);
      const taken: [number, number][] = [];
      const add = (m: RegExpExecArray, unit: ImpactUnit, minutes: number | null) => {
        // Past 200 the rest of a line is not kept: its figures would each be held against all before them.
        if (figures.length >= 200) return;
        const start = m.index;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && a < end)) return;
        // A time of day or a date is not a figure: 14:05, 2026-03-04, 3/4.
        if (/[:/-]$/.test(text.slice(Math.max(0, start - 1), start)) || /^[:/]\d/.test(text.slice(end, end + 2))) return;
        taken.push([start, end]);
        figures.push({ text: m[0].trim(), value: valueOf(m[0]), unit, minutes, line: passage.line });
      };
      for (const m of text.matchAll(MONEY)) add(m, 'money', null);
      for (const m of text.matchAll(PERCENT)) add(m, 'percent', null);
      for (const m of text.matchAll(COUNT)) add(m, UNIT_OF[m[1].toLowerCase()] ?? 'items', null);
      for (const m of text.matchAll(DURATION)) {
        const unit = /(ms|millisecond|sec|second|min|minute|hr|hour|day|week|s|m|h)s?\b\s*$/i.exec(m[0]);
        const per = unit ? (MINUTES[unit[1].toLowerCase()] ?? null) : null;
        add(m, 'duration', per === null ? null : Math.round(valueOf(m[0]) * per * 100) / 100);
      }
      for (const m of text.matchAll(OTHER_COUNT)) if (!NOT_IMPACT.test(m[1])) add(m, 'items', null);
    }
  }
  return figures.sort((a, b) => a.line - b.line);
}
