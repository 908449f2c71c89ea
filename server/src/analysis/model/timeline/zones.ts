/**
 * Time zones as post-mortems write them: `UTC`, `Z`, `+02:00`, `UTC-7`, abbreviations such as
 * `PST` or `CEST`, a few names such as "Pacific Time", and tz database names such as `US/Pacific`.
 * Each maps to a zone the date functions (base/dates.ts) take.
 */
import { isZoneName } from '../../base/dates';
import { boundedMemo } from '../../base/memo';

/** A zone as written, with the zone it stands for. */
export interface ZoneReading {
  /** The zone as the document writes it, tidied: `UTC`, `PST`, `+02:00`. */
  label: string;
  /** `UTC`, a fixed offset (`UTC-8`, `UTC+5:30`) or an IANA name (`America/Los_Angeles`). */
  zone: string;
  start: number;
  end: number;
}

/** Abbreviations with a fixed offset from UTC, in hours. Seasonal ones (PST/PDT) name their season. */
const FIXED: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  BST: 1,
  CET: 1,
  WEST: 1,
  IST: 5.5,
  CEST: 2,
  EET: 2,
  SAST: 2,
  EEST: 3,
  MSK: 3,
  // Gulf Standard Time, as timelines written in the Gulf use it.
  GST: 4,
  PKT: 5,
  ICT: 7,
  WIB: 7,
  SGT: 8,
  HKT: 8,
  AWST: 8,
  PHT: 8,
  JST: 9,
  KST: 9,
  ACST: 9.5,
  AEST: 10,
  ACDT: 10.5,
  AEDT: 11,
  NZST: 12,
  NZDT: 13,
  HST: -10,
  AKST: -9,
  AKDT: -8,
  PST: -8,
  PDT: -7,
  MST: -7,
  MDT: -6,
  CST: -6,
  CDT: -5,
  EST: -5,
  EDT: -4,
  AST: -4,
  ADT: -3,
  NST: -3.5,
  NDT: -2.5,
  BRT: -3,
  ART: -3,
};

/** Names that follow daylight saving time, so the offset depends on the date. */
const REGIONAL: Record<string, string> = {
  PT: 'America/Los_Angeles',
  'PACIFIC TIME': 'America/Los_Angeles',
  PACIFIC: 'America/Los_Angeles',
  MT: 'America/Denver',
  'MOUNTAIN TIME': 'America/Denver',
  CT: 'America/Chicago',
  'CENTRAL TIME': 'America/Chicago',
  ET: 'America/New_York',
  'EASTERN TIME': 'America/New_York',
  'CENTRAL EUROPEAN TIME': 'Europe/Berlin',
  'UK TIME': 'Europe/London',
  'LONDON TIME': 'Europe/London',
  // "All times in PST/PDT": both seasons named, so the date says which one an entry is in.
  'PST/PDT': 'America/Los_Angeles',
  'PDT/PST': 'America/Los_Angeles',
  'MST/MDT': 'America/Denver',
  'MDT/MST': 'America/Denver',
  'CST/CDT': 'America/Chicago',
  'CDT/CST': 'America/Chicago',
  'EST/EDT': 'America/New_York',
  'EDT/EST': 'America/New_York',
  'GMT/BST': 'Europe/London',
  'BST/GMT': 'Europe/London',
  'CET/CEST': 'Europe/Berlin',
  'CEST/CET': 'Europe/Berlin',
};

function fixed(hours: number): string {
  if (hours === 0) return 'UTC';
  const sign = hours < 0 ? '-' : '+';
  const abs = Math.abs(hours);
  const h = Math.floor(abs);
  const m = Math.round((abs - h) * 60);
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

function offsetLabel(sign: string, h: number, m: number): string {
  return `${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

const ABBREVIATIONS = Object.keys(FIXED)
  .filter((k) => k !== 'Z')
  .sort((a, b) => b.length - a.length);
const REGIONS = Object.keys(REGIONAL).sort((a, b) => b.length - a.length);
const WORD_ZONE = new RegExp(
  `^(?:${[...REGIONS.map((r) => r.replace(/ /g, '\\s+').replace('/', '\\s*/\\s*')), ...ABBREVIATIONS].join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);
const OFFSET = /^(?:(UTC|GMT)\s*)?([+\-−])(\d{1,2})(?::?(\d{2}))?(?!\d)/i;
/** A zone named as the tz database names it: `US/Pacific`, `Europe/Berlin`, `America/Argentina/Salta`. */
const TZ_NAME = /^[A-Z][A-Za-z]+(?:\/[A-Z][A-Za-z_-]+){1,2}(?![\p{L}\p{N}/])/u;
/**
 * "7:09 AM Eastern:", "14:02 Pacific Time -": a US region's time written as a name right after a
 * time, where an abbreviation would stand; only before the punctuation that ends a stamp, so that
 * "14:02 Central database failover" keeps its words.
 */
const REGION_AFTER_TIME = /^(Pacific|Mountain|Central|Eastern)(?:\s+Time)?(?=\s*(?:[:|,)\]–—-]|$))/u;
/** "US Pacific Time", "U.S. Eastern": a region's time with the country before it. */
const US_REGION = /^U\.?S\.?\s+(pacific|mountain|central|eastern)(?:\s+time)?(?![\p{L}\p{N}])/iu;

// Whether the tz database knows a name costs a formatter; a document writes few names, so a small memo is enough.
const tzNames = boundedMemo<boolean>(200);
const knownTzName = (name: string): boolean => tzNames(name, () => isZoneName(name));

/**
 * Reads a zone at the very start of `text` (after optional spaces and an opening parenthesis),
 * such as `UTC`, `Z`, `(PDT)`, `+02:00`, `UTC-7`, `Pacific Time`. Offsets are into `text`.
 * Lower-case abbreviations are accepted only when `lenient` is set (notes, headers), so that
 * ordinary words such as "est" or "art" in an event are not read as zones.
 */
export function readZoneAt(text: string, from = 0, lenient = false): ZoneReading | null {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  const paren = text[i] === '(';
  if (paren) i++;
  const rest = text.slice(i, i + 40);
  if (rest[0] === 'Z' && !/^Z[\p{L}\p{N}]/u.test(rest)) return { label: 'UTC', zone: 'UTC', start: i, end: i + 1 };
  const offset = OFFSET.exec(rest);
  if (offset && (offset[1] || offset[4] !== undefined || paren)) {
    const sign = offset[2] === '+' ? '+' : '-';
    const h = Number(offset[3]);
    const m = Number(offset[4] ?? 0);
    if (h > 14 || m > 59) return null;
    const hours = (sign === '-' ? -1 : 1) * (h + m / 60);
    return { label: hours === 0 ? 'UTC' : offsetLabel(sign, h, m), zone: fixed(hours), start: i, end: i + offset[0].length };
  }
  const tz = TZ_NAME.exec(rest);
  if (tz && knownTzName(tz[0])) return { label: tz[0], zone: tz[0], start: i, end: i + tz[0].length };
  const us = lenient ? US_REGION.exec(rest) : null;
  if (us) return { label: us[0].replace(/\s+/g, ' '), zone: REGIONAL[`${us[1].toUpperCase()} TIME`], start: i, end: i + us[0].length };
  const region = lenient ? null : REGION_AFTER_TIME.exec(rest);
  if (region) return { label: `${region[1]} Time`, zone: REGIONAL[`${region[1].toUpperCase()} TIME`], start: i, end: i + region[0].length };
  const word = WORD_ZONE.exec(rest);
  if (!word) return null;
  const upper = word[0]
    .toUpperCase()
    .replace(/\s*\/\s*/, '/')
    .replace(/\s+/g, ' ');
  if (!lenient && word[0] !== word[0].toUpperCase()) return null;
  // `UTC+2` and `GMT-07:00` are read as offsets above; a bare `UTC` or `GMT` lands here.
  let end = i + word[0].length;
  let zone: string;
  if (upper in FIXED) zone = fixed(FIXED[upper]);
  else zone = REGIONAL[upper];
  // "PDT (UTC-7)": the offset in parentheses only repeats the abbreviation.
  const after = /^\s*\((?:UTC|GMT)\s*[+\-−]\d{1,2}(?::?\d{2})?\)/i.exec(text.slice(end, end + 20));
  if (after) end += after[0].length;
  return { label: upper.length <= 5 ? upper : word[0].replace(/\s+/g, ' '), zone, start: i, end };
}

/** Markdown links and emphasis around words, blanked to spaces so that offsets stay the same. */
function withoutMarkup(text: string): string {
  return text
    .replace(/\[([^[\]]{0,60})\]\([^()\s]{0,500}\)/g, (whole, inner: string) => ` ${inner}${' '.repeat(whole.length - inner.length - 1)}`)
    .replace(/[*_`]/g, ' ');
}

/** Words that open a sentence saying what its times are in ("Events are recorded in UTC time"). */
const SUBJECT = /\b(?:events?|entries|timestamps?|times?|dates?|hours?|timeline)\b/giu;
// Or after a word of converting them ("Times here were approximated to UTC", "converted into CET").
const PREPOSITION = /\b(?:in|are|using|use|(?:converted|normali[sz]ed|approximated|adjusted|rounded|translated)\s+(?:in)?to)\s+(?:the\s+)?/giu;

/**
 * Finds a statement of the zone in a heading or a note: "All times in UTC", "times are PST", "Timezone: CET",
 * "(all times PST)", "Timeline (UTC)", "(all times in Pacific Time)", "Events are recorded in
 * [UTC](…) time". Markdown links and emphasis around the zone are read through. Returns null when none.
 */
export function findZoneNote(source: string): ZoneReading | null {
  const text = withoutMarkup(source);
  // "Timezone: CET", "Time zone is UTC": a field that names the zone.
  const field = /(?<!\p{L})time[ -]?zone\s*(?::|\bis\b)\s*/giu;
  for (let m = field.exec(text); m; m = field.exec(text)) {
    const zone = readZoneAt(text, m.index + m[0].length, true);
    if (zone) return zone;
  }
  // "Timeline UTC:", "Timeline - PST": the timeline's heading or label with its zone after it, in capitals, and nothing else.
  const label = /(?<![\p{L}\p{N}])timeline[ \t]*(?:[:–—-][ \t]*)?\[?/giu;
  for (let m = label.exec(text); m; m = label.exec(text)) {
    const zone = readZoneAt(text, m.index + m[0].length);
    if (zone && zone.end - zone.start > 1 && /^[ \t]*(?:[\]:.]|$)/.test(text.slice(zone.end, zone.end + 20))) return zone;
  }
  const note = /\b(?:all\s+)?times?\s+(?:are\s+|is\s+)?(?:(?:given|shown|listed|written)\s+)?(?:in\s+)?(?:the\s+)?/giu;
  for (let m = note.exec(text); m; m = note.exec(text)) {
    const zone = readZoneAt(text, m.index + m[0].length, true);
    if (zone) return zone;
  }
  // "Events are documented in UTC": the zone written as such (upper case, or a name such as Pacific Time).
  SUBJECT.lastIndex = 0;
  for (let m = SUBJECT.exec(text); m; m = SUBJECT.exec(text)) {
    // The zone follows within the same sentence, after "in" or "are".
    const from = m.index + m[0].length;
    const window = /^[^.\n]{0,80}/.exec(text.slice(from, from + 80))![0];
    PREPOSITION.lastIndex = 0;
    for (let p = PREPOSITION.exec(window); p; p = PREPOSITION.exec(window)) {
      const zone = readZoneAt(text, from + p.index + p[0].length, true);
      if (!zone) continue;
      const written = text.slice(zone.start, zone.end);
      if (written === written.toUpperCase() || /\s/.test(written.trim())) return zone;
    }
    SUBJECT.lastIndex = Math.max(SUBJECT.lastIndex, from + window.length);
  }
  // A heading such as "Timeline (UTC)" or a column such as "Time (PDT)".
  const paren = /\(([^()]{1,30})\)/g;
  for (let m = paren.exec(text); m; m = paren.exec(text)) {
    const inner = m[1].trim();
    const zone = readZoneAt(inner, 0, true);
    if (zone && zone.end >= inner.length - 1) return { ...zone, start: m.index + 1 + zone.start, end: m.index + 1 + zone.end };
  }
  return null;
}

/** True when the date functions can use the zone. */
export function isValidZone(zone: string): boolean {
  return zone === 'UTC' || /^UTC[+-]\d/.test(zone) || isZoneName(zone);
}
