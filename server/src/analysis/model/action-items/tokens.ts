/**
 * Reads the inline tokens of one action item's words: owner, due date, ticket, priority,
 * category and done markers. Every pattern here is anchored or bounded, so reading is linear
 * in the length of the item.
 */
import { MONTH_NAMES, readDate } from '../../base/dates';
import type { Span } from '../model';
import { isFirstName } from '../blameless/people';
import { dropMark, segmentDrops, statusDrops } from './dropped';

/** What the words of an item say, with offsets relative to the scanned string. */
export interface Tokens {
  owner: (Span & { value: string }) | null;
  /** A word written where the owner belongs that names no one ("Owner: Backlog"); `owner` is then null. */
  ownerStandIn?: (Span & { value: string }) | null;
  due: (Span & { text: string }) | null;
  ticket: string | null;
  priority: string | null;
  category: string | null;
  done: boolean;
  status: (Span & { value: string }) | null;
  /** The written words that drop the item ("Won't do", "Cancelled", "(obsolete)"), or null. */
  dropped: (Span & { value: string }) | null;
}

/** Status words that mean an item is finished. */
export const DONE_WORDS = /^(?:done|closed|complete|completed|fixed|resolved|shipped|merged|finished|implemented|deployed|yes|y|x|\[x\]|✓|✔|✔️|✅|☑|☑️)$/iu;

/**
 * Phrases people write where a date belongs. The extractor uses them to recognise where a due
 * is written; the `action-item-vague-due` rule reports them (its `words` option adds more).
 * A quarter, a half or a year may end the phrase ("end of Q2", "by the end of 2026",
 * "mid-April", "2026-Q3").
 */
const VAGUE_TIME = new RegExp(
  String.raw`^(?:asap|a\.s\.a\.p\.?|soon|sooner|later|someday|eventually|tbd|tba|tbc|ongoing|continuous|n\/a|\?+|(?:next|this|following) (?:sprint|week|month|quarter|release|year|cycle|iteration)|(?:the )?(?:end|middle|start|beginning) of (?:the )?(?:day|week|month|quarter|year|sprint|(?:${MONTH_NAMES})(?: \d{4})?|q[1-4](?: \d{4})?|h[12](?: \d{4})?|\d{4})|mid[- ]?(?:(?:${MONTH_NAMES})|q[1-4]|h[12]|\d{4}|(?:the )?(?:month|quarter|year))|\d{4}[ /-]?(?:q[1-4]|h[12])|eo[dwmqy]|q[1-4](?:[ '/-]?\d{2,4})?|h[12](?:[ '/-]?\d{2,4})?|(?:fy|cy)\d{2,4}|(?:before|after) (?:the )?(?:next )?(?:release|launch|freeze|holidays?)|tomorrow|today|(?:this |next |by )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTH_NAMES})|(?:${MONTH_NAMES}) \d{1,2}(?:st|nd|rd|th)?|(?:${MONTH_NAMES})(?: \d{4})?)$`,
  'i',
);

/** Owner words that name no one in particular; owners in these words are still recognised as owners. */
const VAGUE_OWNER =
  /^(?:the |our |a )?(?:team|engineering|eng|ops|devops|sre|everyone|everybody|someone|somebody|anyone|all|us|we|tbd|tba|\?+|n\/a|unassigned|nobody|on-?call|management|leads?|owners?)(?: team)?$/i;

/**
 * Words written in an owner's place that name no party: where the work waits or how far it got
 * ("Backlog", "Pending", "Not started"). The item has no owner, and the vague-owner rule asks for one.
 */
const STAND_IN_OWNER = /^(?:backlog|icebox|to ?do|open|pending|planned|proposed|deferred|not started|in progress|blocked|later)$/i;

/** True for an owner cell or value that holds a place and names no one ("Backlog", "Pending"). */
export function isStandInOwner(value: string): boolean {
  return STAND_IN_OWNER.test(value.replace(/[*_`]+/g, '').trim());
}

/**
 * The path of a tracked piece of work in an address: an issue, a pull or merge request or a ticket
 * ("/issues/41", "/pull/7", "/-/merge_requests/7", "/browse/OPS-12"). One source for every reading
 * that tells tracked work from a page to read.
 */
export const TRACKED_WORK_PATH = String.raw`\/(?:issues|pulls?|merge_requests|tickets?|browse)\/[\w-]*\d`;

const TICKET_URL = /\bhttps?:\/\/[^\s<>()[\]|`]{1,2000}/;
const TICKET_KEY =
  /(?<![\p{L}\p{N}-])(?!(?:SEV|CVE|RFC|ISO|UTC|GMT|TLS|SSL|HTTP|HTTPS|IPV|UTF|SHA|MD|AES|RSA|PR|P|Q|H|FY|CY|IDX)-)[A-Z][A-Z0-9]{1,9}-\d{1,7}(?![\p{L}\p{N}])/u;
const TICKET_NUMBER = /(?<![\p{L}\p{N}&/#])#\d{1,7}(?![\p{L}\p{N}])/u;

/** A name-like phrase: at most five words, no sentence punctuation. */
function nameLike(value: string): boolean {
  if (!value || value.length > 60) return false;
  if (/[.!?:;]$/.test(value) && !/\.$/.test(value.replace(/\b[A-Z]\.$/, ''))) return false;
  const words = value.split(/\s+/);
  if (words.length > 5) return false;
  if (value.startsWith('@')) return true;
  if (VAGUE_OWNER.test(value)) return true;
  // Names are capitalised: every word that is not a particle starts with a capital (or is a handle).
  return words.every((w) => /^[\p{Lu}@]/u.test(w) || /^(?:de|da|di|van|von|der|den|la|le|del|dos|bin|al|of|and|&|\/|\+)$/i.test(w));
}

/**
 * Words that make a capitalised phrase the name of a system, not of a person: "(Redis Cluster)",
 * "(Payments Gateway)", "(Grafana Cloud)" say where the work happens, not who does it.
 */
const SYSTEM_WORDS =
  /^(?:api|apis|app|apps|balancer|bucket|cache|cloud|cluster|console|controller|dashboard|database|db|engine|gateway|index|job|jobs|manager|network|node|nodes|operator|pipeline|platform|pool|portal|proxy|queue|region|registry|replica|router|runner|server|servers|service|services|storage|store|system|systems|worker|workers|zone)$/i;

/**
 * True for what reads as a person's name on its own: two or three capitalised words ("Priya Raman",
 * "Ana de Souza"), none of them a month, a weekday, a word of status or a system's ("Redis
 * Cluster"). Stricter than `nameLike`, for a name that comes without a key or a date beside it.
 */
function personName(value: string): boolean {
  const words = value.split(/\s+/);
  if (words.length < 2 || words.length > 4 || value.length > 40) return false;
  const capitalised = words.filter((w) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(w));
  if (capitalised.length < 2 || !/^\p{Lu}/u.test(words[0])) return false;
  if (!words.every((w) => capitalised.includes(w) || /^(?:de|da|di|van|von|der|den|la|le|del|dos|bin|al)$/.test(w))) return false;
  return !words.some(
    (w) => DONE_WORDS.test(w) || isVagueTime(w) || /(?:ing|tion|sion|ment|ness|ity|ics|ware)$/i.test(w) || VAGUE_OWNER.test(w) || SYSTEM_WORDS.test(w),
  );
}

/** True for a name of one to three words whose first is a common first name: "Devon", "Maya Chen". */
function firstNameLed(value: string): boolean {
  const words = value.split(/\s+/);
  return words.length <= 3 && isFirstName(words[0]);
}

/** True when `value` is written where a date belongs but is not one ("soon", "Q3"). */
export function isVagueTime(value: string): boolean {
  return VAGUE_TIME.test(
    value
      .trim()
      .replace(/[*_`]+/g, '')
      .replace(/\s+/g, ' '),
  );
}

/** True for owner words that are recognised as an owner slot even in lower case ("the team"). */
export function isVagueOwnerWord(value: string): boolean {
  return VAGUE_OWNER.test(value.trim());
}

/** The end of a value that starts at `from`: the next separator, within `limit` characters. */
function valueEnd(s: string, from: number, limit: number, stopAtSpaceKeyword: boolean): number {
  const max = Math.min(s.length, from + limit);
  let i = from;
  for (; i < max; i++) {
    const c = s[i];
    if (c === ',' || c === ';' || c === ')' || c === '(' || c === '|' || c === '\n' || c === '\r' || c === ']' || c === '—' || c === '–') break;
    if (stopAtSpaceKeyword && c === ' ') {
      const rest = s.slice(i + 1, i + 12).toLowerCase();
      if (/^(?:due|by|until|before|deadline|eta|target|status|-|--)\b/.test(rest) || rest.startsWith('- ')) break;
    }
  }
  return i;
}

/** Trims spaces and emphasis markers from both ends of s[start, end). */
function trimSpan(s: string, start: number, end: number): Span {
  while (start < end && /[\s*_`"']/.test(s[start])) start++;
  while (end > start && /[\s*_`"'.]/.test(s[end - 1])) end--;
  return { start, end };
}

/** Reads the name after an owner key. Links `[Name](url)` count as their text. */
function readOwner(s: string, from: number): (Span & { value: string }) | null {
  let start = from;
  while (start < s.length && (s[start] === ' ' || s[start] === '\t' || s[start] === '*' || s[start] === '_')) start++;
  // "… side effects. OWNER:" at the end of a wrapped line: the name opens the next line of the item.
  if (s[start] === '\n' || (s[start] === '\r' && s[start + 1] === '\n')) {
    start += s[start] === '\r' ? 2 : 1;
    while (start < s.length && (s[start] === ' ' || s[start] === '\t' || s[start] === '*' || s[start] === '_')) start++;
  }
  if (s[start] === '[') {
    const close = s.indexOf(']', start);
    if (close !== -1 && close - start < 80) {
      const span = trimSpan(s, start + 1, close);
      const value = s.slice(span.start, span.end);
      return value ? { ...span, value } : null;
    }
  }
  const span = trimSpan(s, start, valueEnd(s, start, 80, true));
  const value = s.slice(span.start, span.end);
  // "Owner: None, covered by the new setup" says that no one owns it.
  if (!value || /^(?:none|no one)$/i.test(value)) return null;
  // "Owner: Tamsin to ask the team", "Owner: @sam will check": the name before what they will do.
  const doing = /^(.{1,40}?)\s+(?:to|will)\s+\p{Ll}/u.exec(value);
  if (doing && nameLike(doing[1]) && !VAGUE_OWNER.test(doing[1])) return { start: span.start, end: span.start + doing[1].length, value: doing[1] };
  if (value.split(/\s+/).length > 6) return null;
  return { ...span, value };
}

/**
 * A time of the near future written into an item's words, with no key before it: "this week",
 * "next month", "tomorrow morning", "tonight", "later today". Not one that names a thing of that
 * time ("this week's deploy"), and not in a clause that tells of the past ("the job failed twice
 * this week", "as we saw last week"), where the time dates the incident, not the work.
 */
const NEAR_TIME =
  /(?<![\p{L}\p{N}'’-])(?:(?:this|next)\s+(?:week|month|quarter|sprint|year|weekend|evening|afternoon|morning)|tomorrow(?:\s+(?:morning|afternoon|evening|night))?|tonight|later\s+today)(?![\p{L}\p{N}'’-])/iu;

/** Words of a clause that tells of the past, in the past or the perfect ("we've nearly doubled the team this month"). */
const TOLD_PAST =
  /\b(?:was|were|had|did|happened|occurred|failed|saw|last|ago|earlier)\b|\b(?:have|has)\s+(?:\p{L}+ly\s+)?\p{L}{2,}(?:ed|en|wn|ne)\b|['’]ve\s+(?:\p{L}+ly\s+)?\p{L}{2,}(?:ed|en|wn|ne)\b/iu;

function nearTime(s: string): (Span & { text: string }) | null {
  const m = NEAR_TIME.exec(s.length > 1000 ? s.slice(0, 1000) : s);
  if (!m) return null;
  const clauseStart = Math.max(s.lastIndexOf('.', m.index), s.lastIndexOf(';', m.index), s.lastIndexOf('!', m.index), s.lastIndexOf('?', m.index)) + 1;
  if (TOLD_PAST.test(s.slice(clauseStart, m.index))) return null;
  return { start: m.index, end: m.index + m[0].length, text: m[0].replace(/\s+/g, ' ') };
}

/** Reads a due value after a due key. Without a colon only a date or a time phrase counts. */
function readDue(s: string, from: number, explicit: boolean): (Span & { text: string }) | null {
  let start = from;
  while (start < s.length && (s[start] === ' ' || s[start] === '\t' || s[start] === '*' || s[start] === '_')) start++;
  const end = valueEnd(s, start, 60, false);
  const span = trimSpan(s, start, end);
  const text = s.slice(span.start, span.end);
  if (!text) return null;
  // "Target date: to be agreed": a key with no date yet is no due date.
  if (/^(?:to be (?:agreed|confirmed|decided|determined|defined|set|scheduled)|not (?:yet )?(?:set|agreed|known|decided)|unknown|none)\b/i.test(text))
    return null;
  const reading = readDate(text);
  if (reading.kind !== 'none' && (explicit || reading.start === 0)) {
    // Keep only the date when words surround it ("Mon 2026-04-01 at the latest").
    return { start: span.start + reading.start, end: span.start + reading.end, text: text.slice(reading.start, reading.end) };
  }
  // Dates such as "April 1, 2026" hold a comma, which ends a value: read them from the wider text.
  const window = s.slice(start, Math.min(s.length, start + 40)).split(/[\n\r)|]/)[0];
  const wide = readDate(window);
  if (wide.kind !== 'none' && wide.start === 0) return { start, end: start + wide.end, text: window.slice(0, wide.end) };
  if (explicit) return { ...span, text };
  // "by the end of the week": take the longest leading phrase that is a time phrase.
  // Words may be apart by more than a space where a wrapped line was indented ("by the end\n  of the year").
  const ends: number[] = [];
  for (const word of text.matchAll(/\S+/g)) {
    ends.push(word.index + word[0].length);
    if (ends.length === 5) break;
  }
  for (let n = ends.length; n > 0; n--) {
    const phrase = text.slice(0, ends[n - 1]);
    if (isVagueTime(phrase)) return { start: span.start, end: span.start + phrase.length, text: phrase.replace(/\s+/g, ' ') };
  }
  return null;
}

const DAY_AND_MONTH = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_NAMES})\b|\b(?:${MONTH_NAMES})\s+\d{1,2}(?:st|nd|rd|th)?\b`, 'i');

/**
 * "before the next issue goes out on 14 August": a date a few words after "by", "before" or
 * "until", in the same clause, bounds the work.
 */
function dateSoonAfter(s: string, from: number): (Span & { text: string }) | null {
  const clause = /^[^.;:!?\n()]{0,60}/.exec(s.slice(from))?.[0] ?? '';
  const full = readDate(clause);
  const at =
    full.kind !== 'none'
      ? { index: full.start, length: full.end - full.start }
      : (() => {
          const m = DAY_AND_MONTH.exec(clause);
          return m ? { index: m.index, length: m[0].length } : null;
        })();
  if (!at || clause.slice(0, at.index).trim().split(/\s+/).length > 8) return null;
  const start = from + at.index;
  return { start, end: start + at.length, text: s.slice(start, start + at.length) };
}

/**
 * A day booked for the work: a weekday named with its date after "for" or "on" ("run the
 * drill for Thursday 6 March", "the dry run is on Mon, 2027-03-01"). A weekday and a date together
 * name one day the work is set for, as a due key would; a date alone after "on" may be when
 * something happened ("the deploy on 3 March"), so the weekday is required.
 */
const BOOKED_DAY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:for|on)\s+((?:next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+(?:the\s+)?(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|(?:${MONTH_NAMES})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_NAMES})(?:\.?,?\s+\d{4})?))(?![\p{L}\p{N}/.-]*[\p{L}\p{N}])`,
  'iu',
);
/** Words before "on" that set the day as the day of an event past or of a failure, not of the work: "failed on", "the outage on". */
const EVENT_BEFORE_ON =
  /(?:\p{L}{2,}(?:ed|en)|\b(?:ran|broke|went|began|fell|hit|came|sent|took|made|outages?|incidents?|failures?|events?|crash(?:es)?|issues?|problems?|alerts?|pages?|errors?))\s*$/iu;

/** The day a weekday and its date name after "for" or "on" in the item's words, or null. */
function bookedDay(s: string): (Span & { text: string }) | null {
  const m = BOOKED_DAY.exec(s.length > 1000 ? s.slice(0, 1000) : s);
  if (!m) return null;
  const before = s.slice(Math.max(0, m.index - 120), m.index);
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1);
  if (TOLD_PAST.test(clause) || (/^on\b/i.test(m[0]) && EVENT_BEFORE_ON.test(clause))) return null;
  const start = m.index + m[0].length - m[1].length;
  return { start, end: m.index + m[0].length, text: m[1].replace(/\s+/g, ' ') };
}

/**
 * An owner's key ("Owner:", "assigned to …"); not "auto-assigned to", which tells where a system
 * routes its alerts. "Owned by …" names the owner only when set off from the item's words ("…,
 * owned by the storage team", "(owned by Ana)", "— owned by @sam"): in "audit the buckets owned by
 * the data team" it tells which buckets. The mark before "owned by" is looked for once the words
 * are found, not at every place of the item: a lookbehind over a run of spaces tried at every
 * place scans the run again each time (quadratic on a long run).
 */
const OWNER_KEY =
  /(?<![\p{L}\p{N}])(?:owners?|assignee|assigned(?: to)?|dri|who|responsible|poc|point of contact)[*_]{0,2}[ \t]*(?::|=)[*_]{0,2}|(?<![\p{L}\p{N}])(?<!\bauto-)(?<!\bautomatically )assigned to(?=[ \t])|owned by(?<=(?:[,;(]|[ \t](?:—|–|--?))[ \t]*owned by)(?=[ \t])/giu;
const DUE_KEY =
  /(?<![\p{L}\p{N}])(due(?: date| by| on)?|deadline|eta|target(?: date)?|(?:estimated |expected |planned |target )?(?:completion|delivery)(?: date)?|by|until|before|no later than|when)([*_]{0,2}[ \t]*(?::|=))?[*_]{0,2}(?=[ \t])/giu;
const TEAM_LEAD = /^[\s*_]*((?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}&'’-]{0,30}(?:\s+[\p{L}\p{N}&'’-]{1,30}){0,2}\s+(?:team|squad|group))[*_]*\s*:[*_]*\s+\S/u;
const STATUS_KEY = /(?<![\p{L}\p{N}])(?:status|state)[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*/giu;
const PRIORITY_KEY = /(?<![\p{L}\p{N}])(?:priority|prio|severity)[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*([\p{L}\p{N}-]{1,12})/iu;
const CATEGORY_KEY = /(?<![\p{L}\p{N}])(?:type|category|kind)[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*([\p{L}][\p{L} /-]{0,30})/iu;
const HANDLE = /(?<![\p{L}\p{N}_.@/])@([\p{L}\p{N}][\p{L}\p{N}_.-]{0,38}(?:\/[\p{L}\p{N}_.-]{1,39})?)/u;
const HANDLES = new RegExp(HANDLE.source, 'gu');
/** Words that credit the handle after them: "thanks to", "kudos to", "credit to", "h/t". */
const CREDIT_BEFORE = /(?:thanks?\s+(?:to|you)|thank\s+you|kudos\s+to|credits?\s+to|shout-?outs?\s+to|h\/t)[\s,]*$/i;
/** An article or a determiner just before a handle: "the `@bulk_data` matcher", "an @emergency role" name a thing, not a person. */
const THING_BEFORE = /(?<![\p{L}\p{N}])(?:the|a|an|this|that|our|its|each|every)\s+[`*_]*$/iu;
const LEADING_PRIORITY = /^[\s*_[(]*(critical|high|medium|low|urgent|p[0-4])[\])*_]*(?=[\s:–—-]|$)/i;
const INLINE_PRIORITY = /(?<![\p{L}\p{N}-])\(?(P[0-4])\)?(?![\p{L}\p{N}-])/u;
const CHECK_MARK = String.raw`(?:✅|✔️?|☑️?|✓|:(?:white_check_mark|heavy_check_mark|ballot_box_with_check):)`;
/**
 * A done word that opens an item, plain, in a code span or as the text of a link ("Done: …", "`DONE`: …",
 * "[Done][ref]: …", "[Fixed](url) - …"). The marks after the bracket go with the bracket: two runs of
 * the same marks that could meet would split a long run of spaces every way.
 */
const LEADING_DONE = new RegExp(
  String.raw`^[\s*_]*(?:\[[\s*_]*)?` +
    '`?' +
    String.raw`(?:done|closed|completed|fixed|resolved)\b` +
    '`?' +
    String.raw`[*_]*(?:\](?:\[[^\]\n]{0,80}\]|\([^)\n]{0,300}\))?)?[*_]*\s*[:–—-]|^\s*${CHECK_MARK}`,
  'iu',
);
/**
 * A done mark that ends an item: a check mark ("Move the broker ✅", ":white_check_mark:"), a done
 * word after a colon or in brackets ("…: DONE", "… [done]"), or after struck text ("~~…~~ done").
 */
const TRAILING_DONE = new RegExp(
  String.raw`(?:^|[\s([—–-])${CHECK_MARK}[\s)\].!*_]*$|(?:[:[(]|~~)[\s*_]*(?:[-–—]\s*)?(?:done|completed?|fixed|resolved|closed|shipped|merged|finished)[\s*_]*[\])]?[\s.!]*$`,
  'iu',
);

/** A bracketed tag that opens an item, before its words: "[Core] Remove …", "**[Data team]** Add …". Not a link's text nor a checkbox. */
const LEADING_TAG = /^[\s*_]*\[([^[\]\n]{1,40})\](?![([:])[*_]*[ \t]*(?:[:–—-][ \t]*)?(?=[\p{L}\p{N}*_`"'[])/u;

/**
 * Tags that sort or mark an item rather than name who does it: a status, a priority, a kind of
 * work ("[Monitoring]", "[Docs]", "[Security]"), a size or a term.
 */
const NOT_OWNER_TAGS =
  /^(?:wip|todo|to ?do|tbd|tba|new|bug|bugs|fix|fixes|feat|feature|chore|docs?|doc|test|tests|ci|open|opened|blocked|optional|nice to have|must|should|could|epic|story|task|spike|fyi|rfc|draft|idea|question|note|later|now|next|short|long|short[- ]term|long[- ]term|mid[- ]term|quick win|s|m|l|xl|xs|high|low|med|medium|urgent|critical|minor|major|infra|process|n\/a|na|none|nobody|unassigned|people|tooling|tools|response|alerts?|alarms?|metrics|logs|logging|runbooks?|playbooks?|code|config|data|backend|frontend|api|ui|ux|perf|performance|reliability|availability|followup|follow[- ]up|action|action item|ai|update|updated|ongoing|pending|in progress|not started|cancelled|canceled|won't fix|wontfix|dropped|deferred|backlog|planned|proposed)$/i;

/** A capitalised word, or a word and an initial, then a dash (escaped or not) and the item's words. */
const PERSON_LEAD = /^[\s*_]*(\p{Lu}\p{Ll}{2,20}(?:[ \t]+\p{Lu}\.?)?)[*_]*[ \t]+\\?(?:--?|–|—)[ \t]+(?=[\p{L}\p{N}[`*_])/u;

/**
 * Words that open an item before a dash without naming anyone: areas and kinds of work ("Alerts -",
 * "Docs -"), stages ("Phase -"), notes and statuses; besides these, any word that `ownerTag` would
 * not take for a name.
 */
const NOT_LEADING_NAMES =
  /^(?:alerts?|alarms?|metrics?|logs?|docs?|runbooks?|frontend|backend|security|comms|prevention|detection|response|mitigation|remediation|followups?|phase|stage|step|steps|week|day|part|item|items|note|notes|update|updates|status|owner|priority|goal|goals|idea|option|problem|issue|issues|fix|fixes|short|long|then|also|first|second|third|next|later|today|tomorrow|done|open|blocked|pending|optional|both|all|none|other|others|misc|general|ongoing|immediate|future)$/i;

function leadingName(value: string): boolean {
  const word = value.split(/\s+/)[0];
  if (NOT_LEADING_NAMES.test(word) || NOT_OWNER_TAGS.test(word) || DONE_WORDS.test(word) || VAGUE_OWNER.test(word) || SYSTEM_WORDS.test(word)) return false;
  if (isVagueTime(word) || readDate(word).kind !== 'none' || LEADING_PRIORITY.test(word)) return false;
  return !/(?:ing|tion|sion|ment|ness|ity|ics|ance|ence|ware|ure|ism|ogy)$/i.test(word);
}

/** A person's name and the dash after it that open an item ("Noor - …"): the match (the name in group 1), or null. */
function personLead(s: string): RegExpExecArray | null {
  const person = PERSON_LEAD.exec(s);
  return person && leadingName(person[1]) ? person : null;
}

/**
 * A team named as such ("Platform team", "the SRE squad", "Data Platform group"): in the
 * parentheses that end an item it is the owner, as a person's name there is. Not a pointer to the
 * team ("See Platform team", "With the storage team"), which opens on such a word.
 */
function bracketedTeam(name: string): boolean {
  const m = /^(?:the\s+)?(\p{Lu}[\p{L}\p{N}&'’-]{0,30})(?:\s+[\p{L}\p{N}&'’-]{1,30}){0,2}\s+(?:team|squad|group)$/u.exec(name);
  return !!m && !/^(?:see|ask|per|cc|via|with|from|for|like|by|and|or|ping|contact|email|notify|tell|inform|blocked|waiting)$/i.test(m[1]);
}

/** The length of a person's name and the dash after it that open an item ("Noor - …"), or 0. */
export function ownerLeadLength(s: string): number {
  return personLead(s)?.[0].length ?? 0;
}

/** True when an item's source opens on its owner: "Noor - …", "Platform team: …", "@ana …". */
export function opensWithOwner(s: string): boolean {
  return !!personLead(s) || TEAM_LEAD.test(s) || /^[\s*_]*@[\p{L}\p{N}]/u.test(s);
}

function ownerTag(s: string): (Span & { value: string }) | null {
  const m = LEADING_TAG.exec(s);
  if (!m) return null;
  const value = m[1].trim();
  if (!value || NOT_OWNER_TAGS.test(value) || DONE_WORDS.test(value) || isVagueTime(value) || segmentDrops(value)) return null;
  // A priority ("[P1]"), an issue key ("[OPS-12]"), a number or a date is not a name.
  if (/\d/.test(value) || readDate(value).kind !== 'none') return null;
  // "[Platform team]" names a team; otherwise a tag is a name when its words are capitalised and
  // none names a kind of work ("[Detection]") or a system ("[Redis Cluster]").
  if (/^\p{Lu}[\p{L}&'’-]*(?:\s+[\p{L}&'’-]+){0,2}\s+(?:team|squad|group)$/u.test(value)) return tagSpan(m, value);
  if (!nameLike(value) || (!value.startsWith('@') && /[^\p{L}\s&'’.-]/u.test(value))) return null;
  if (value.split(/\s+/).some((w) => /(?:ing|tion|sion|ment|ness|ity|ics|ance|ence)$/i.test(w) || SYSTEM_WORDS.test(w))) return null;
  return tagSpan(m, value);
}

/**
 * Initials in square brackets that end an item ("… [JK]", "… [AB/CD]", "… [JK to draft it]"), perhaps
 * before a second bracket that says how far it got ("[JK] [done]"): whose initials they are owns it.
 * Not a bracket inside the sentence, nor one after a word such as "the" or "in" ("store it in the
 * [DB]"), nor a status or a kind of work ("[WIP]", "[CI]"), nor the short form of the words just
 * before it ("Recovery Time Objective [RTO]"), nor a key or a footnote, which hold digits.
 */
const TRAILING_INITIALS =
  /(?<=(?:^|[\s])(\S{1,40})[ \t]+)\[((\p{Lu}{2,4})(?:[ \t]*[/&,][ \t]*\p{Lu}{2,4})?)(?:[ \t]+(?:to|will)[ \t]+\p{Ll}[^[\]\n]{0,60})?\](?:[ \t]*\[([^[\]\n]{1,20})\])?[\s.*_]*$/u;

function trailingInitials(s: string): (Span & { value: string }) | null {
  const tail = s.length > 200 ? s.length - 200 : 0;
  const m = TRAILING_INITIALS.exec(tail ? s.slice(tail) : s);
  if (!m) return null;
  const [, before, value, first, second] = m;
  if (/^(?:the|a|an|in|on|at|to|of|from|into|our|its|their|this|that|via|with|and|or)$/i.test(before.replace(/[*_`]/g, ''))) return null;
  if (NOT_OWNER_TAGS.test(first) || VAGUE_OWNER.test(first) || DONE_WORDS.test(first)) return null;
  if (second !== undefined && !(DONE_WORDS.test(second.trim()) || NOT_OWNER_TAGS.test(second.trim()) || segmentDrops(second))) return null;
  // "Recovery Time Objective [RTO]": the letters spell the words before them, so the bracket names a thing.
  const words = s
    .slice(0, tail + m.index)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const initials = words
    .slice(-first.length)
    .map((w) => w[0])
    .join('');
  if (initials.toUpperCase() === first) return null;
  const start = tail + m.index + 1;
  return { start, end: start + value.length, value };
}

function tagSpan(m: RegExpExecArray, value: string): Span & { value: string } {
  const start = m[0].indexOf('[') + 1 + (m[1].length - m[1].trimStart().length);
  return { start, end: start + value.length, value };
}

/**
 * The text with each HTML comment replaced by as many spaces, so every offset stays the same: a
 * comment (a `postmortem-disable-line` written into an item or a sentence among them) is not part
 * of what the words say. Linear: each comment is found with `indexOf`, once through. An opener
 * left unclosed stays as written, as CommonMark shows it inside a paragraph or a list entry.
 */
export function blankComments(text: string): string {
  let open = text.indexOf('<!--');
  if (open === -1) return text;
  let out = '';
  let from = 0;
  while (open !== -1) {
    const close = text.indexOf('-->', open + 4);
    if (close === -1) break;
    out += text.slice(from, open) + ' '.repeat(close + 3 - open);
    from = close + 3;
    open = text.indexOf('<!--', from);
  }
  return out + text.slice(from);
}

/**
 * Scans the raw source of an item's words. `s` is the Markdown as written (emphasis, links and
 * all), so offsets can be used for edits.
 */
export function scanTokens(text: string): Tokens {
  // HTML comments (our disable comments among them) are not part of what an item says: blank
  // them out, keeping every offset, so a comment never changes an item's owner or due date.
  const s = blankComments(text);
  const out: Tokens = { owner: null, due: null, ticket: null, priority: null, category: null, done: false, status: null, dropped: null };

  for (const m of s.matchAll(OWNER_KEY)) {
    const owner = readOwner(s, m.index + m[0].length);
    // "Owner: Backlog": the key is there, and the word after it names no one.
    if (owner && isStandInOwner(owner.value)) {
      out.ownerStandIn = owner;
      break;
    }
    if (owner) {
      out.owner = owner;
      break;
    }
  }
  // "[Infra] Rotate the keys", "[Core] Removed the old team": a name in brackets that opens the item owns it.
  if (!out.owner) out.owner = ownerTag(s);
  // "thanks to @sam for the patch": a handle credited for help is not who owns the work, and "the
  // `@bulk_data` matcher" or "an @emergency role" names a thing.
  if (!out.owner) {
    for (const m of s.matchAll(HANDLES)) {
      if (CREDIT_BEFORE.test(s.slice(Math.max(0, m.index - 24), m.index))) continue;
      if (THING_BEFORE.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
      out.owner = { start: m.index, end: m.index + m[0].length, value: m[0] };
      break;
    }
  }
  // "Platform team: add …": a team named before a colon that opens the item owns it.
  if (!out.owner) {
    const m = TEAM_LEAD.exec(s);
    if (m) {
      const start = m[0].indexOf(m[1]);
      out.owner = { start, end: start + m[1].length, value: m[1] };
    }
  }

  // "Noor - alert on queue depth", "Noor K \- write the issue" (a word processor's export escapes
  // the dash): a first name, with an initial perhaps, before a dash that opens the item owns it.
  if (!out.owner) {
    const m = personLead(s);
    if (m) {
      const start = m[0].indexOf(m[1]);
      out.owner = { start, end: start + m[1].length, value: m[1] };
    }
  }

  // "Rotate the keys [JK]", "Write the story [MT to draft it] [done]": initials in brackets end the item.
  if (!out.owner) out.owner = trailingInitials(s);

  // "due to the outage" is not a due date: without a colon, a key needs a date or a time phrase after it.
  // A sentence wraps where its writer pressed return ("by the end\nof the year"): line breaks read
  // as spaces, one for one, so offsets stay those of the source.
  const flat = s.includes('\n') ? s.replace(/[\r\n]/g, ' ') : s;
  for (const m of flat.matchAll(DUE_KEY)) {
    const due = readDue(flat, m.index + m[0].length, !!m[2]) ?? (/^(?:by|before|until)$/i.test(m[1]) ? dateSoonAfter(flat, m.index + m[0].length) : null);
    if (due) {
      out.due = due;
      break;
    }
  }

  for (const m of s.matchAll(STATUS_KEY)) {
    const start = m.index + m[0].length;
    const span = trimSpan(s, start, valueEnd(s, start, 30, false));
    const value = s.slice(span.start, span.end);
    if (value) {
      out.status = { ...span, value };
      if (DONE_WORDS.test(value.split(/\s+/)[0])) out.done = true;
      if (statusDrops(value)) out.dropped = { ...span, value };
      break;
    }
  }

  // Parenthesised groups: "(owner: Sam, due 2026-04-01)", "(2026-04-01)", "(done 2026-05-19)", and
  // the same in square brackets that are not a link's text ("[Ana Silva, 2026-04-01]"). A group may
  // hold a link ("(shipped, [#67](https://…/pull/67))") and wrap onto the next line of its item.
  for (const group of s.matchAll(/\(((?:[^()\n]|\n(?![ \t]*\n)|\]\([^()\s]{1,200}\)){1,120})\)|(?<!!)\[([^[\]\n]{1,120})\](?![([:])/g)) {
    group[1] ??= group[2];
    let at = group.index + 1;
    const segments = group[1].split(/[,;]/);
    // "(Kenji Watanabe, by 2026-09-05)", "(@ana; due Q3)": a name first and a due date after it is
    // an owner and a due date, written without their keys.
    if (!out.owner && segments.length >= 2) {
      const span = trimSpan(s, at, at + segments[0].length);
      const name = s.slice(span.start, span.end);
      const dueAfter = segments.slice(1).some((seg) => {
        const value = seg.trim().replace(/^(?:due|by|until|before|eta|target|deadline)\b[:\s]*/i, '');
        const reading = readDate(value);
        return (reading.kind !== 'none' && reading.start === 0) || isVagueTime(value);
      });
      if (dueAfter && nameLike(name) && readDate(name).kind === 'none' && !isVagueTime(name) && !DONE_WORDS.test(name.split(/\s+/)[0]))
        out.owner = { ...span, value: name };
    }
    // "Review the checklist (-> platform team)", "(→ @ana)": whom the arrow hands the work to owns it.
    if (!out.owner && segments.length === 1) {
      const arrow = /^\s*(?:->|→|=>|⇒)\s*/.exec(group[1]);
      const span = arrow ? trimSpan(s, at + arrow[0].length, at + group[1].length) : null;
      const name = span ? s.slice(span.start, span.end) : '';
      if (span && name && name.split(/\s+/).length <= 4 && /^[@\p{L}]/u.test(name) && !/[.!?:;]/.test(name)) out.owner = { ...span, value: name };
    }
    // "Lower the alert to 80% (Priya Raman)", "Cap the workers (Maya)": a person's name, or a common
    // first name alone, in parentheses that end the item is its owner.
    if (!out.owner && segments.length === 1 && /^[\s.;,]*(?:(?:—|–|--|-)[^()\n]{0,40})?$/.test(s.slice(group.index + group[0].length))) {
      const span = trimSpan(s, at, at + segments[0].length);
      const name = s.slice(span.start, span.end);
      if (personName(name) || isFirstName(name) || bracketedTeam(name)) out.owner = { ...span, value: name };
    }
    for (const segment of segments) {
      const span = trimSpan(s, at, at + segment.length);
      at += segment.length + 1;
      const value = s.slice(span.start, span.end);
      if (!value) continue;
      const first = value.split(/\s+/)[0];
      if (DONE_WORDS.test(first) && first.length > 1) out.done = true;
      // "(Ana, cancelled)", "(owner: Sam; won't do)": a segment that says the item was dropped.
      else if (segmentDrops(value)) out.dropped ??= { ...span, value };
      else if (!out.due) {
        const reading = readDate(value);
        if (reading.kind !== 'none' && reading.start === 0 && reading.end === value.length) out.due = { start: span.start, end: span.end, text: value };
        // A lone "(?)" is a writer's doubt, not a due date.
        else if (isVagueTime(value) && !/^\?+$/.test(value)) out.due = { start: span.start, end: span.end, text: value };
      }
    }
  }

  // A tail after a dash: "— Priya, 2026-04-01", "– the team, soon", " -- @sam".
  const dash = /[ \t](?:—|–|--|-)[ \t]*(?=[^\s])/g;
  let tail: RegExpExecArray | null = null;
  for (const m of s.matchAll(dash)) tail = m;
  if (tail) {
    const strongDash = !tail[0].includes('-') || tail[0].includes('--');
    let at = tail.index + tail[0].length;
    let first = true;
    const body = s.slice(at).replace(/[\r\n][\s\S]*$/, '');
    for (const segment of body.split(/[,;]/)) {
      const span = trimSpan(s, at, at + segment.length);
      at += segment.length + 1;
      const value = s.slice(span.start, span.end);
      if (!value) continue;
      const reading = readDate(value);
      if (!out.due && reading.kind !== 'none' && reading.start === 0 && reading.end === value.length) out.due = { ...span, text: value };
      else if (!out.due && isVagueTime(value)) out.due = { ...span, text: value };
      // "— Done", "— WIP", "— Blocked": a status after the dash, not who does the work. After a
      // plain hyphen only a handle or a common first name is an owner ("- @sam", "- Devon").
      else if (
        first &&
        !out.owner &&
        (strongDash || value.startsWith('@') || firstNameLed(value)) &&
        nameLike(value) &&
        !NOT_OWNER_TAGS.test(value) &&
        !DONE_WORDS.test(value.split(/\s+/)[0]) &&
        !segmentDrops(value)
      )
        out.owner = { ...span, value };
      else if (DONE_WORDS.test(value.split(/\s+/)[0]) && value.length > 1) out.done = true;
      else if (segmentDrops(value)) out.dropped ??= { ...span, value };
      first = false;
    }
  }

  const url = TICKET_URL.exec(s);
  const key = TICKET_KEY.exec(s);
  const num = TICKET_NUMBER.exec(s);
  out.ticket = url ? url[0].replace(/[.,;:!?'"*_]+$/, '') : key ? key[0] : num ? num[0] : null;

  const leading = LEADING_PRIORITY.exec(s);
  const keyed = PRIORITY_KEY.exec(s);
  const inline = INLINE_PRIORITY.exec(s);
  out.priority = keyed ? keyed[1] : leading ? leading[1] : inline ? inline[1] : null;
  const category = CATEGORY_KEY.exec(s);
  if (category) out.category = category[1].trim();
  if (LEADING_DONE.test(s) || TRAILING_DONE.test(s.length > 200 ? s.slice(-200) : s)) out.done = true;
  // "Cancelled: move the cron job", "Move the cron job (won't do)": a lead-in or a closing mark that drops it.
  out.dropped ??= dropMark(s);
  // "Run the drill for Thursday 6 March": a weekday with its date, set for the work, is its due date.
  out.due ??= bookedDay(flat);
  // "We'll move the job to the new host next week": with no due written anywhere else, a time of
  // the near future inside the item's words bounds the work as a due date would.
  out.due ??= nearTime(s.includes('\n') ? s.replace(/[\r\n]/g, ' ') : s);
  return out;
}

/** True when a due read is only a time of the near future in the words ("next week"), which a date written elsewhere beats. */
export function nearTimeOnly(due: { text: string }): boolean {
  const m = NEAR_TIME.exec(due.text);
  return !!m && m.index === 0 && m[0].length === due.text.length;
}
