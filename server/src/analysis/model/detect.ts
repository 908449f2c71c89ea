import picomatch from 'picomatch';
import type { Settings } from '../base/settings';
import { atxHeadingText, Fences } from './line-scan';
import { opensOnDateAndTime } from '../base/dates';
import { foreignCues, type TellingCues } from './telling-cues';
import { markdownBetweenRules } from '../parse/parse';
import { CHARACTER_REFERENCE, blankMarkup, decodeReference, decodeReferences } from './html-text';
import { withoutInforming } from './informing';

type Matcher = (path: string) => boolean;

/**
 * How globs are read. Extended globs (`+(a|b)`) are off: nested, they compile to regular
 * expressions that can take exponential time, and the settings do not promise them.
 */
const GLOB_OPTIONS = { dot: true, nocase: true, noextglob: true } as const;

/** Compiled globs, kept per list so a settings object is compiled once. */
const compiled = new WeakMap<readonly string[], Matcher>();

function matcherFor(globs: readonly string[]): Matcher {
  let matcher = compiled.get(globs);
  if (!matcher) {
    const valid: string[] = [];
    for (const glob of globs) {
      try {
        picomatch.makeRe(glob, GLOB_OPTIONS);
        valid.push(glob);
      } catch {
        // A glob that does not compile matches nothing; configuration checks report it.
      }
    }
    matcher = valid.length ? picomatch(valid, GLOB_OPTIONS) : () => false;
    compiled.set(globs, matcher);
  }
  return matcher;
}

/** Folds Windows separators so globs written with `/` match. */
function posix(path: string): string {
  return path.replace(/\\/g, '/');
}

export function pathMatches(path: string, globs: readonly string[]): boolean {
  return matcherFor(globs)(posix(path));
}

/** The globs of a list that match anywhere (those that start with `**` and a slash), kept per list. */
const anywhereGlobs = new WeakMap<readonly string[], readonly string[]>();

/**
 * True when a workspace-relative path matches a list of globs, or when the same path under the
 * name of the folder it starts at matches one of the globs that match anywhere (those starting
 * with `**` and a slash, as the default folder globs do): a workspace folder named `incidents`,
 * opened by itself, holds incidents as much as one below it. Globs anchored at the folder
 * (`docs/reviews/**`) read the path alone, and an absolute path (a file outside every folder)
 * already names its folders.
 */
export function folderPathMatches(path: string, globs: readonly string[], folderName: string | undefined): boolean {
  if (pathMatches(path, globs)) return true;
  if (!folderName || /^(?:[\\/]|[A-Za-z]:)/.test(path)) return false;
  let anywhere = anywhereGlobs.get(globs);
  if (!anywhere) {
    anywhere = globs.filter((glob) => glob.startsWith('**/'));
    anywhereGlobs.set(globs, anywhere);
  }
  return anywhere.length > 0 && pathMatches(`${folderName}/${path}`, anywhere);
}

const TITLE_PATTERN =
  /\b(?:post[\s-]?mortem|incident\s+(?:report|review|analysis|retrospective|summary|write-?up)|retrospective|post[\s-]?incident\s+review|root\s+cause\s+analysis|pre[\s-]?mortem)\b/i;

/** "RCA", the short name of a root cause analysis: upper case only, so a word "rca" in running text is not taken. */
const RCA = /\bRCAs?\b/;

/**
 * A title about post-mortems rather than one of them: how to write them, a guide, a process or a
 * policy for them, a tool or a project that works on them ("How to write a post-mortem",
 * "Incident review process", "Contributing to Post-Mortem Lint", "Postmortem debugging support"),
 * or a meeting held on a cadence that goes over them ("Monthly incident review"): one report
 * is of one incident, not of a week.
 * The words must stand next to the genre's name: after a colon the title names the report's
 * subject ("Post-mortem: linter config broke the pipeline" is one report).
 */
const ABOUT_THE_GENRE = new RegExp(
  String.raw`\b(?:how\s+to(?:\s+(?:write|run|hold|do|add|publish|create|share|file|submit))?|guide\s+to|writing|contributing\s+to|running|introduction\s+to|notes\s+on|daily|weekly|bi-?weekly|fortnightly|monthly|quarterly|yearly|annual)\s+(?:(?:a|an|the|good|better|your|our|effective|blameless)\s+){0,2}(?:${TITLE_PATTERN.source})|(?:${TITLE_PATTERN.source})\s+(?:guides?|guidelines?|process(?:es)?|polic(?:y|ies)|culture|best\s+practices|101|handbook|checklists?|lint(?:er)?|plugins?|extensions?|librar(?:y|ies)|tool(?:s|ing)?|debugg(?:ing|er)|support)\b`,
  'i',
);

/**
 * True when a title names the document a post-mortem (or an incident report, review, retrospective,
 * an RCA). A title about the genre ("How to write a post-mortem", "Incident review process") does
 * not; such a document may still be one by its content.
 */
export function titleSaysPostmortem(title: string): boolean {
  const text = plainHyphens(title);
  if (!(TITLE_PATTERN.test(text) || RCA.test(text))) return false;
  return !ABOUT_THE_GENRE.test(text.length > 300 ? text.slice(0, 300) : text);
}

/**
 * A hyphen as typography writes it: the soft, the true and the non-breaking hyphen, the figure
 * and the en dash. A front matter title is not decoded as Markdown, and blog engines set the
 * genre's name with a non-breaking hyphen so a line never breaks inside it.
 */
const HYPHEN_CHARACTER = /^[\u00AD\u2010-\u2013]$/;

/** A typographic hyphen, or what may be a character reference (`&#x2011;`, `&#8209;`, `&shy;`), read by the HTML reader. */
const HYPHEN_OR_REFERENCE = /[\u00AD\u2010-\u2013]|&#?[0-9A-Za-z]{1,32};/g;

/** The quick look before `HYPHEN_OR_REFERENCE`: a title with neither a hyphen character nor an `&` holds no hyphen. */
const MAY_HYPHEN = /[\u00AD\u2010-\u2013&]/;

/** Characters of a title read for typographic hyphens: a title is a line, and a longer one is no title anyone set. */
const HYPHENS_READ = 1000;

/** A typographic hyphen, or a character reference that stands for one, as `-`; any other reference as written. */
function plainHyphen(found: string): string {
  if (found.length === 1) return '-';
  const ref = CHARACTER_REFERENCE.exec(found);
  const decoded = ref && ref[0].length === found.length ? decodeReference(ref) : null;
  return decoded && HYPHEN_CHARACTER.test(decoded) ? '-' : found;
}

/** `text` with its typographic hyphens written as `-`, its first `HYPHENS_READ` characters when it holds one; else `text`. */
function plainHyphens(text: string): string {
  if (!MAY_HYPHEN.test(text)) return text;
  for (const found of text.matchAll(HYPHEN_OR_REFERENCE)) {
    if (plainHyphen(found[0]) !== found[0]) return (text.length > HYPHENS_READ ? text.slice(0, HYPHENS_READ) : text).replace(HYPHEN_OR_REFERENCE, plainHyphen);
  }
  return text;
}

/**
 * Words that name an incident: an outage, downtime, a breach, a service that was down. Read in a
 * title, a heading or the opening paragraphs of a document whose title does not call it a report.
 */
const INCIDENT_WORDS =
  /\b(?:outages?|incidents?|downtime|disruptions?|degradation|degraded|service interruptions?|interruptions? (?:in|of|to) (?:the |our )?service|data loss|breach(?:ed|es)?|exploit(?:ed|s)?|post[\s-]?mortems?|(?:went|is|are|was|were|been)(?: currently| still)? (?:down|offline|unavailable|unreachable)|(?:took|taken|brought|knocked) (?:down|offline))\b/i;

/** What a heading asks or names when it tells a cause or an account ("What happened?", "Why did it happen?"). */
const STORY_HEADING =
  /\b(?:root[\s-]?causes?|contributing factors|what happened|what went wrong|why (?:it|this|that) happened|why did (?:it|this|that) happen|why was (?:it|the \w+) so long|lessons learned)\b/i;

/** A verb or state of the past: the opening tells something that happened, not how to do something. */
const PAST =
  /\b(?:was|were|had|could(?:n't| not)?|yesterday|this morning|last night|earlier today|experienced|suffered|hit|went|caused|led to|resulted in|happened|occurred|failed|broke|crashed|lost|stopped|started|began|noticed|discovered|detected|received)\b/i;

const TOPIC_TITLE =
  /^\W*(?:how|why|what|when|where|on|towards?|beyond|against|reducing|avoiding|preventing|handling|managing|surviving|learning|lessons|building|designing|writing|running|measuring|understanding|better|fewer|less|the (?:art|cost|anatomy|case|science)|a (?:guide|primer|look))\b|\b(?:incident|outage)\s+(?:response|management|handling|process|culture|command(?:er)?|reviews|practices?|tooling|policy|drills?|training|severity|levels)\b|\b(?:best practices|practices|culture|lessons|tips|patterns|principles|101)\b/i;

/**
 * A date in running text: 2021-09-09, "September 9, 2021", "18th April 2021", "early January 2023",
 * and the hyphenated forms a short title often carries: the month or the day in one digit
 * ("2021-9-9"), the month by its name between the day and the year ("2021-Sep-09", "09-Sep-2021").
 */
const DATE_IN_TEXT =
  /\b(?:\d{4}-(?:\d{2}-\d{2}|(?:\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)-\d{1,2}(?![\d-]))|\d{1,2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*-\d{4}(?![\d-])|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?\b|\d{4}\b)|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)/i;

/** The authors speak for themselves: a telling of their own incident. */
const WE = /\b(?:we|our|us)\b/i;

/** The parts that answer an incident: what was done, what will be, what was learned. */
const ANSWER_KINDS = ['resolution', 'action-items', 'lessons-learned'];

/** A heading that is only the name of the report, a date before or after it or not ("5-10-19 Incident Report"). */
const REPORT_NAME =
  /^[\W\d]*(?:(?:major|security|service)\s+)?(?:incident\s+report|post[\s-]?mortem(?:\s+report)?|post[\s-]?incident\s+(?:report|review)|root\s+cause\s+analysis|RCA)[\W\d]*$/i;

/** A title that names a plan: a launch, a migration, a maintenance window told ahead. */
const PLAN_TITLE = /\b(?:plans?|planned|planning|scheduled|upcoming|launch(?:es|ing)?|roll-?outs?|cut-?overs?|maintenance)\b/i;

/** A timeline entry that tells a service coming back: an incident's end, told after it. */
const RECOVERED =
  /\b(?:recovered|recovering|restored|resolved|repaired|mitigated|back (?:up|online|to normal|to working order|in(?:to)? (?:service|operation))|came back (?:up|online|at|around|by|after|shortly)|working (?:normal(?:ly)?|again)|(?:online|available|reachable|accessible|operational|functional|up and running) (?:again|once (?:more|again))|fully operational)\b/i;

/**
 * The service told as coming back rather than back: a word of what is to come, then the recovery
 * in the same sentence ("we expect it to be back up at noon", "as soon as we're back up and
 * running", "I will get things back to normal"). A notice ahead of work or a reply that promises
 * it says so; a recovery told, then something ahead ("restored, and a report will follow"), is told.
 */
const RECOVERY_AHEAD = new RegExp(
  String.raw`(?:\b(?:will|shall|expect(?:s|ing)?|hop(?:e|es|ing)|as\s+soon\s+as)\b|'ll\b)[^.;!?]{0,80}?${RECOVERED.source}`,
  'i',
);

/**
 * The authors' own slip told as the cause: they did something by mistake ("we accidentally
 * deleted the primary", "by mistake, I pushed to the live branch"), or own the fault ("that was
 * entirely my fault", "our mistake"). The first person is needed: a news piece tells another's
 * patch that "inadvertently" broke saves, and "our error rate" names no fault.
 */
const OWN_SLIP = String.raw`(?:we|I)\b[^.!?;\n]{0,40}?\b(?:accidentally|inadvertently|mistakenly|unintentionally|by\s+(?:mistake|accident))|\bby\s+(?:mistake|accident),?\s+(?:we|I)\b|\b(?:my|our)\s+(?:own\s+)?(?:fault|mistake)`;

/** A sentence that gives a cause. */
const CAUSE = new RegExp(
  String.raw`\b(?:root[\s-]?cause|caused by|the cause|(?:this|that|which|it) (?:had )?caused|due to|because of|triggered by|as a result|traced (?:it |this )?(?:back )?to|turn(?:s|ed) out|a bug (?:in|introduced)|bug introduced)\b|\b(?:${OWN_SLIP})\b`,
  'i',
);

/** Things that change or break a system: a change, an update, a deploy, a script, a bug, a full disk, a certificate. */
const CHANGE_NOUNS = String.raw`(?:(?:config(?:uration)?\s+)?changes?|updates?|upgrades?|deploy(?:s|ments?)?|migrations?|releases?|roll-?outs?|patch(?:es)?|scripts?|(?:cron\s+)?jobs?|bugs?|typos?|disks?|volumes?|certificates?|certs?|tokens?|quotas?)`;

/** A verb of the past by which a change removes, breaks or fills something. */
const BREAKING_VERBS = String.raw`(?:changed|removed|deleted|disabled|dropped|broke|filled(?:\s+up)?|exhausted|expired|overwrote|corrupted|reset|revoked|truncated|ran\s+out)`;

/**
 * A cause told as an event rather than named: a change, a job or a disk that removed, broke or
 * filled something, and what followed ("A change to the proxy dropped the retry setting, so
 * orders failed"; "the disk filled up and writes failed"), or a failure right after a change
 * ("the workers crashed shortly after an upgrade"). The subject is the change, not the authors:
 * a changelog says what its authors removed, and what follows.
 */
const EVENT_CAUSE = new RegExp(
  String.raw`\b(?:a|an|the|our|one|this|that)\s+(?:[\w-]+\s+){0,3}?${CHANGE_NOUNS}\b(?:\s+(?:to|in|on|of|for)\s+(?:[\w-]+\s+){0,4}?)?\s*(?:had\s+)?${BREAKING_VERBS}\b[^.;!?]{0,160}?(?:[,;]\s*so\b|\bso\s+that\b|(?:,\s*|\s+)and\s+(?:[\w-]+\s+){0,5}?(?:failed|stopped|crashed|went\s+down|broke))|\b(?:failed|went\s+(?:down|offline)|stopped\s+working|crashed|became\s+unavailable|(?:started|began)\s+failing)\s+(?:shortly\s+|right\s+|just\s+|soon\s+|minutes\s+)?after\s+(?:(?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}?${CHANGE_NOUNS}\b|we\s+(?:deployed|changed|upgraded|migrated|released|rolled\s+out|enabled|disabled|rotated|pushed))`,
  'i',
);

/**
 * An apology that names what it is for as something that happened or was caused ("I am sorry this
 * happened", "we apologise for the inconvenience this has caused", "for the impact this event had"):
 * the apology itself tells the incident in the past. "This may have caused" is a possibility, not a telling.
 */
const APOLOGY_FOR_WHAT_HAPPENED =
  /\b(?:(?:this|that|it|which)(?:\s+(?:event|incident|outage|issue|problem|failure|bug|error|disruption|downtime))?\s+(?:has\s+|had\s+)?(?:happened|occurred|caused)|(?:this|that|the)\s+(?:event|incident|outage|issue|problem|failure|disruption|downtime)\s+had)\b/i;

/** A line that dates the page, not what it tells: when it was updated, published or posted. */
const PAGE_DATED = /\b(?:updated|published|posted|modified|edited|reviewed)\b/i;

/** Work told as planned: a notice of maintenance apologises for what it caused as well. */
const PLANNED_WORK = /\b(?:planned|scheduled|maintenance|upcoming)\b/i;

/** A sentence that answers for it: an apology, a commitment, a lesson. */
const ANSWER =
  /\b(?:apologi[sz]e\w*|apologies|sorry|regret\w*|we will|we'll|we are (?:working|adding|investigating|improving|changing|reviewing)|we have (?:since|now)|to prevent|happen(?:s|ing)? again|we learn(?:ed|t)?|lessons?)\b/i;

/** A title that names another kind of document: a guide, a design, notes of a meeting, a changelog. */
const OTHER_GENRE =
  /\b(?:runbooks?|schedules?|playbooks?|how[\s-]?to|guides?|tutorials?|design|proposals?|rfc|templates?|checklists?|meetings?|minutes|agenda|sync|stand-?up|changelog|release notes|readme|faq|spec(?:ification)?s?|roadmap|weekly|monthly|ops review|operations review)\b/i;

/** The words of `OTHER_GENRE` that name a meeting or its notes. */
const MEETING_WORDS = /\b(?:meetings?|minutes|agenda|sync|stand-?up)\b/gi;

/**
 * True when a title names another kind of document (`OTHER_GENRE`). Notes of a meeting held on
 * one incident, named on its day ("Meeting notes: payments outage on 12 May", "Sync on Monday's
 * outage"), are its account as a report is: only the meeting's words rule them out when the
 * title names no such incident. A weekly review, a runbook or a changelog stays another genre.
 */
function otherGenre(title: string): boolean {
  if (!OTHER_GENRE.test(title)) return false;
  return OTHER_GENRE.test(title.replace(MEETING_WORDS, ' ')) || !oneIncidentTitle(title, ENGLISH);
}

/**
 * A heading that opens with a time of day, after a date or not ("14:05", "2024-03-02 09:40 - Alerts
 * fire"): an entry of a timeline told hour by hour.
 */
const CLOCK_HEADING = /^(?:\d{4}-\d{2}-\d{2}[\sT,]*)?\d{1,2}:\d{2}\b/;

/** A heading that names a timeline by its words, not only by the times under it. */
const TIMELINE_WORDS = /\b(?:timeline|chronology|sequence of events)\b/i;

/** True when a heading is an entry of a timeline told by the clock. Exported for the content signs. */
export function clockHeading(heading: string): boolean {
  return CLOCK_HEADING.test(heading.trim());
}

/** Parts in a row that open an outline as a report's (`ContentSigns.openingParts`). */
const OPENING_PARTS = 4;

/** The section kinds of a post-mortem's account besides the cause. */
const ACCOUNT_KINDS = ['summary', 'timeline', 'impact', 'lessons-learned', 'action-items', 'detection', 'resolution'];

/** The parts that tell the events, what was learned, or what will be done. */
const STORY_KINDS = ['timeline', 'lessons-learned', 'action-items'];

/** What a document's own words show, for a document whose title, path and front matter say nothing. */
export interface ContentSigns {
  /** The title (the first heading over the rest, or the front matter's), or null. */
  title: string | null;
  /** The section kinds its headings name. */
  kinds: ReadonlySet<string>;
  /** The texts of the headings that name a section kind. */
  headings: readonly string[];
  /** The share of the top-level sections (those of the least depth) that name a section kind, 0 to 1. */
  share: number;
  /** How many top-level sections in a row, from the first, name a section kind. */
  openingParts: number;
  /** The first top-level paragraphs (the title not among them), in order; eight are enough. */
  paragraphs: readonly string[];
  /** The top-level paragraphs the story reading reads (`STORY_PARAGRAPHS` of them, each cut to `STORY_CHARACTERS`). */
  story: readonly string[];
  /** How many headings open with a time of day (entries of a timeline told by the clock). */
  clockHeadings: number;
  /** The start of the text of the sections that name a timeline (a few thousand characters), or ''. */
  timeline: string;
  /** The lines that open on a time of day, under any heading or none (`clockedLines`). */
  clocked: string;
  /** How many top-level paragraphs are a status page's labelled updates ("**Identified** - …"; see `labelledUpdates`). */
  statusUpdates: number;
  /** How many top-level paragraphs close on the line saying when they were posted ("Posted Mar 3, 2024 - 09:12 UTC"; see `postedUpdates`). */
  postedUpdates: number;
  /** The first heading under the title ("## 2026-03-02 Incident Report"), or null. */
  subtitle: string | null;
  /** How many dated headings stand under a heading that lists past incidents ("Past incidents", "Incident history"). */
  incidentLog: number;
  /** How many dated headings stand under a title that names the page a collection of incidents ("Incident reports", "Post-mortems"). */
  collected?: number;
  /** How many sections the document has. */
  sections: number;
  /** The title or a heading holds a template's stand-in (`{{DATE}}`, `<service>`, `YYYY-MM-DD`): a form still to be filled. */
  standIns: boolean;
  /** At least three sections name a part, and every one of them holds only what a form asks (an italic instruction, a question, a label with nothing after it). */
  unfilled: boolean;
  /** A heading names a part of a work item (acceptance criteria, a user story, a definition of done): a ticket asking for work. */
  workItem: boolean;
  /** A heading is about the genre (how to write, add or publish a post-mortem): a guide to them. */
  genreHeading: boolean;
  /** Every paragraph and list item of the body is links and nothing else: a list of reading. */
  linksOnly: boolean;
  /** A heading holds a date. */
  datedHeading: boolean;
  /** The fields heading the document date it and rate its severity ("Date: …", "Severity: P2"), filled in: the record of one incident. */
  rated: boolean;
  /** The last two top-level paragraphs when they come after `paragraphs` (where a letter apologises or promises), or none. */
  closing: readonly string[];
  /** The front matter's line that stands under the title (`description`, `summary`, `subtitle`, `excerpt`), or null. */
  standfirst?: string | null;
}

/**
 * A time of day (09:40, 7:32 PM, 21:50 UTC, 14:28:08 as a log stamps it to the second), not part
 * of a longer run of digits and colons.
 */
const TIME_OF_DAY = /(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])/g;

/** The timeline entries a document's timeline stamps with a time of day, up to `most`. */
function timesOfDay(timeline: string, most: number): number {
  let found = 0;
  TIME_OF_DAY.lastIndex = 0;
  while (found < most && TIME_OF_DAY.exec(timeline)) found++;
  return found;
}

/**
 * A line that opens on a time of day, a date before it or not, as a list's entry, a table's row
 * or a paragraph ("- 14:05 alerts fired", "| 09:40 UTC | …", "**2024-03-02 09:40** …").
 */
const CLOCK_LINE = /^ {0,3}(?:[-*+] +|\d{1,3}[.)] +|\| *)?(?:\*{1,2}|_{1,2})?\[?(?:\d{4}-\d{2}-\d{2}[ T,]*)?\d{1,2}:\d{2}(?!\d)/;

/** The lines of a text (outside code, in its first 2,000 lines) that open on a time of day, up to a few thousand characters. */
export function clockedLines(text: string): string {
  const fences = new Fences();
  let out = '';
  for (const line of text.slice(0, 65536).split(/\r?\n/, 2000)) if (!fences.inCode(line) && CLOCK_LINE.test(line) && (out += line + '\n').length > 4000) break;
  return out;
}

/** Times of day a timeline needs to read as the account of hours gone by. */
const CLOCKED_ENTRIES = 3;

/** An apology in the first person: the authors say sorry for what happened. */
const APOLOGY =
  /\b(?:we(?:'re| are| were)?\s+(?:(?:so|very|truly|deeply|sincerely|really)\s+)?(?:sorry|apologi[sz]e)|we\s+(?:want|wish|would like|need)\s+to\s+apologi[sz]e|we\s+(?:can(?:'|no)t|cannot)\s+apologi[sz]e|(?:our|my)\s+(?:(?:sincere|deepest)\s+)?apologies|i\s+(?:(?:sincerely|truly|deeply)\s+)?apologi[sz]e|sorry\s+(?:we|for\s+(?:the|this|that|any))|i(?:'m| am)\s+(?:(?:so|very|truly|deeply|sincerely|really)\s+)?sorry)\b/i;

/** Sorry or an apology, however the sentence puts it ("we have no words and are deeply sorry"); read with the first person. */
const SORRY = /\b(?:sorry|apologi[sz]e\w*|apologies)\b/i;

/** When a telling sets its events: a day named relative to the writing, a weekday, a date. */
const WHEN =
  /\b(?:yesterday|today(?:'s)?|tonight|last\s+(?:night|week|weekend)|this\s+(?:morning|afternoon|evening|weekend)|earlier\s+(?:today|this\s+week)|(?:on|last)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{4}-\d{2}-\d{2})\b/i;

/** Words of something gone wrong besides an incident's own: a failure, an error, an issue, a bug, a crash. */
const WRONG = /\b(?:fail(?:ed|ing|ures?)?|errors?|faults?|issues?|problems?|bugs?|broken|crash(?:ed|es)?)\b/i;
const WRONG_ALL = new RegExp(WRONG.source, 'gi');

/** The sentences of paragraphs, a wrapped line joined to the next. */
function sentencesOf(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap((p) => p.replace(/\s+/g, ' ').split(/(?<=[.!?]) /));
}

/** True when a sentence tells an incident or something gone wrong in the past. */
function tellsIncident(sentences: readonly string[], cues: TellingCues = ENGLISH): boolean {
  return sentences.some((s) => {
    // A case put ("If the queue was down ...", "When the primary failed ...") is no telling.
    if (cues.conditional.test(s)) return false;
    if (cues.incident.test(s)) return cues.past.test(s) || cues.hasBeen.test(s);
    // The failure must be told by another verb of the past: "when the primary failed" opens a
    // runbook's case as much as a telling.
    if (!cues.wrong.test(s)) return false;
    const rest = s.replace(cues.wrongAll, ' ');
    return cues.past.test(rest) || cues.hasBeen.test(rest);
  });
}

/**
 * A sentence that announces the account of what happened ("Here is what happened", "We explain
 * what went wrong"): the telling's own word for itself. Not the words alone: a guide to writing
 * reports says what a reader looks for ("what happened, when, why").
 */
const ANNOUNCED =
  /\b(?:this is|here(?:['’]s| is)|below is|(?:we|i)(?:'ll| will| want to| would like to)? (?:explain|describe|share|tell you|set out|lay out|cover))\s+what (?:happened|went wrong)\b/i;

/** Paragraphs an untitled notice needs, the first naming its incident: one or two are a message or a fragment. */
const NOTICE_PARAGRAPHS = 3;

/** Sentences that make a notice of one or two paragraphs (lines written without a blank between them make one): a message has fewer. */
const NOTICE_SENTENCES = 5;

/**
 * True when prose without a title opens as a notice of an incident does: its first paragraph names
 * the incident (an outage, a service interruption, a disruption) or something gone wrong (a crash, a
 * failure) and tells it in the past, and the notice goes on, for paragraphs or for sentences ("This
 * note covers the outage our members had on Monday …").
 */
function opensOnIncident(paragraphs: readonly string[], cues: TellingCues): boolean {
  if (paragraphs.length === 0) return false;
  const first = paragraphs[0].length > 2000 ? paragraphs[0].slice(0, 2000) : paragraphs[0];
  const opening = sentencesOf([first]);
  if (paragraphs.length < NOTICE_PARAGRAPHS && sentencesOf(paragraphs.slice(0, 2)).filter((s) => /\w{2}/.test(s)).length < NOTICE_SENTENCES) return false;
  return (
    (cues.incident.test(first) && opening.some((s) => !cues.conditional.test(s) && cues.incident.test(s) && cues.past.test(s))) || tellsIncident(opening, cues)
  );
}

/** Paragraphs of an untitled notice read for an apology that names its incident. */
const APOLOGY_PARAGRAPHS = 6;

/**
 * True when prose without a title apologises, in its own voice, for an incident it names ("we are
 * truly sorry for the downtime", "our apologies for the interruption of service")
 * in one of its first paragraphs, and goes on for paragraphs or sentences, as a note to users
 * after an outage does when its opening starts elsewhere (a greeting, a reply to a complaint, the
 * machine that was lost). A reply sorry for the inconvenience names no incident; a notice of
 * planned work apologises for its downtime too, and names the work.
 */
function apologisesForIncident(paragraphs: readonly string[], cues: TellingCues): boolean {
  if (paragraphs.length < NOTICE_PARAGRAPHS && sentencesOf(paragraphs.slice(0, 2)).filter((s) => /\w{2}/.test(s)).length < NOTICE_SENTENCES) return false;
  const sentences = sentencesOf(paragraphs.slice(0, APOLOGY_PARAGRAPHS)).map((s) => (s.includes('"') || s.includes('\u201C') ? s.replace(QUOTED, blank) : s));
  if (sentences.some((s) => PLANNED_WORK.test(s))) return false;
  return sentences.some((s) => !cues.conditional.test(s) && cues.apology.test(s) && cues.incident.test(s));
}

/** A time of day with its zone ("21:15 UTC", "09.30 CET", "14:05:00Z"): when an incident started or ended. */
const ZONED_TIME = /\b(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?\s?(?:UTC|GMT|Z|[A-Z]{1,2}[SD]?T)\b/g;
/** A stretch told as gone by: "for about 10 minutes", "40 minutes of downtime", "lasting until", "took two hours". */
const STRETCH_GONE =
  /\b(?:(?:for|about|around|roughly|approximately|nearly|almost|over|some|took|lasted)\s+(?:\w+\s+)?(?:\d+|an?|one|two|three|four|five|ten|a few|several)\s+(?:seconds?|minutes?|mins?|hours?|hrs?)\b|(?:lasting|lasted|lasts)\s+(?:until|till|for)\b|(?:seconds?|minutes?|mins?|hours?)\s+of\s+(?:outage|downtime|disruption|unavailability))/i;
/** Work told ahead or a live incident: a window planned, an incident still open, an update to come. */
const NOT_GONE_BY =
  /\b(?:planned|scheduled|maintenance|upcoming|currently|ongoing|still (?:investigating|working|down)|(?:are|is) (?:investigating|monitoring|working on)|next update|(?:will|'ll) (?:provide|post|share|send) (?:an? )?(?:further |more )?updates?)\b/i;
/** A cause told by its reason ("The reason all pages failed is that ..."). */
const REASON_TOLD = /\bthe reason\b[^.!?]{0,160}?\b(?:is|was)\s+(?:that|because)\b/i;
/** What was done or is owed, told in the perfect or ahead: "we have fixed", "have been issued credit", "we will". */
const DONE_OR_OWED =
  /\b(?:we|I)\s+(?:have|'ve)\s+(?:now\s+|since\s+|already\s+|also\s+)?(?:[a-z]+ed|made|put|set|built|taken)\b|\b(?:has|have)\s+been\s+(?:[a-z]+ed|issued|paid|given|sent|made|put|rebuilt)\b|\b(?:we|I)(?:\s+will|'ll)\b/i;
/** Paragraphs a short notice tells its window, cause and answer within. */
const WINDOW_NOTICE_PARAGRAPHS = 6;

/**
 * True when a short notice without title or headings tells a closed incident window, in whatever
 * words: it opens on the incident told in the past by those it happened to, says when (two times of
 * day with their zone, or a stretch told as gone by: "for about 10 minutes", "lasting until"), why
 * (a cause, or the reason told), and what was done or is owed ("we have changed", "credit has been
 * issued", "we will"). A release note or a changelog names no window; a maintenance notice, a live
 * status update and a runbook's case tell the window ahead, as still open, or as a case put.
 */
export function toldWindowNotice(paragraphs: readonly string[]): boolean {
  if (paragraphs.length === 0 || paragraphs.length > WINDOW_NOTICE_PARAGRAPHS) return false;
  const sentences = sentencesOf(paragraphs.map((p) => p.replace(/[\u2018\u2019]/g, "'")));
  if (!opensOnIncident(paragraphs, ENGLISH) || sentences.some((s) => NOT_GONE_BY.test(s))) return false;
  const told = sentences.filter((s) => !CONDITIONAL.test(s) && !/\?\s*$/.test(s));
  const own = told.some((s) => WE.test(s) || FIRST_PERSON.test(s));
  const times = told.reduce((n, s) => n + (s.match(ZONED_TIME)?.length ?? 0), 0);
  const window = times >= 2 || told.some((s) => STRETCH_GONE.test(s) && (INCIDENT_WORDS.test(s) || PAST.test(s)));
  const why = told.some((s) => causeTold(s, ENGLISH) || REASON_TOLD.test(s));
  const answered = told.some((s) => DONE_OR_OWED.test(s) || APOLOGY.test(s) || RECOVERED.test(s));
  return own && window && why && answered;
}

/** Updates a stream of stamped paragraphs needs. */
const STAMPED_UPDATES = 2;

/**
 * True when paragraphs led by their day and time tell an incident as it went: two or more of them,
 * those it happened to speaking, an incident named, and the service back, a cause or an apology.
 * A maintenance notice or a diary is stamped too, and names no outage or tells none come back.
 */
function stampedStream(paragraphs: readonly string[]): boolean {
  if (paragraphs.filter((p) => opensOnDateAndTime(p)).length < STAMPED_UPDATES) return false;
  const sentences = sentencesOf(paragraphs);
  return (
    sentences.some((s) => WE.test(s)) &&
    sentences.some((s) => INCIDENT_WORDS.test(s)) &&
    sentences.some((s) => !CONDITIONAL.test(s) && (RECOVERED.test(s) || CAUSE.test(s) || APOLOGY.test(s)))
  );
}

/** A title in the first person and the past ("Why we were down", "How I lost and recovered messages"): the authors' own incident, not a topic. */
function ownPastTitle(title: string, cues: TellingCues): boolean {
  return (cues.we.test(title) || cues.firstPerson.test(title)) && cues.past.test(title);
}

/** A day named as the owner of what it names: "Friday's", "yesterday's", "last week's", "this morning's". */
const DAY_POSSESSIVE =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|last\s+(?:night|week|weekend|month)|this\s+(?:morning|afternoon|evening|week|weekend))['’]s\b/i;

/** Something asked or told as down in the past: "was the site down", "were our servers offline", "did the API go down". */
const WAS_DOWN = /\b(?:(?:was|were)\s+(?:[\w.-]+\s+){0,3}?(?:down|offline|unavailable|unreachable)|did\s+(?:[\w.-]+\s+){0,3}?go\s+(?:down|offline))\b/i;

/**
 * A title that names one incident, however it opens: the incident on its day ("What we learned
 * from Friday's outage", "Lessons from the 3 March outage") or something asked or told as down in
 * the past ("Why was the wiki down for ten hours?"). A topic's title names incidents in general
 * ("Lessons from a year of outages", "Why outages happen"), on no day.
 */
function oneIncidentTitle(title: string, cues: TellingCues): boolean {
  if (WAS_DOWN.test(title)) return true;
  return cues.incident.test(title) && (cues.date.test(title) || cues.when.test(title) || DAY_POSSESSIVE.test(title));
}

/** A title that names a topic (`TOPIC_TITLE`), not the authors' incident told in the past nor one incident on its day. */
function topicTitle(title: string, cues: TellingCues): boolean {
  return TOPIC_TITLE.test(title) && !ownPastTitle(title, cues) && !oneIncidentTitle(title, cues);
}

/** A heading that names a part of a work item: a ticket asks for work, it tells no incident. Exported for the content signs. */
export const WORK_ITEM_HEADING = /^\W*(?:acceptance criteria|definition of done|user stor(?:y|ies)|steps (?:for|to) implement(?:ation)?|tasks? to do)\b/i;

/** True when a heading is about the genre: how to write, add or publish a post-mortem. Exported for the content signs. */
export function headingAboutGenre(heading: string): boolean {
  return ABOUT_THE_GENRE.test(heading.length > 300 ? heading.slice(0, 300) : heading);
}

/**
 * True when a document is about post-mortems or incidents rather than the account of one, whatever
 * its title says: a form still to be filled (stand-ins, or every part an instruction or a question),
 * a ticket asking for one, a guide to writing them, or a list of links to others'.
 */
export function tellsNoIncident(signs: ContentSigns): boolean {
  return signs.standIns || signs.unfilled || signs.workItem || signs.genreHeading || signs.linksOnly;
}

/** The first person singular: a telling by one author ("I restarted the node", "my site"). Case matters: "i" alone is no word of prose. */
const FIRST_PERSON = /\b(?:I|I'm|I've|my|My)\b/;

/** A sentence that opens on a condition: a case a runbook or a guide puts, not one that happened. */
const CONDITIONAL = /^\W*(?:if|when|whenever|in case|should|suppose|unless)\b/i;

/**
 * A clause that puts a case rather than tells one, from its conjunction to the end of the clause
 * ("Use this page when the queue has stopped", "if the disk was full, …"): its verb of the past is
 * the case's, not a telling's.
 */
const CASE_CLAUSE = /\b(?:if|when|whenever|in case|unless)\b[^.;:!?,\n]{0,200}/gi;

/** `text` with the clauses that put a case (`CASE_CLAUSE`) blanked. Exported for tests. */
export function withoutCases(text: string): string {
  return text.replace(CASE_CLAUSE, blank);
}

/** The perfect tense: what has been done or broken by the time of the telling. */
const HAS_BEEN = /\b(?:has|have|had)\s+been\b/i;

/** The authors say they made a post-mortem (a root cause analysis, an incident review): the report names itself in its prose. */
const OWN_REPORT = new RegExp(
  String.raw`\b(?:we|I)\s+(?:have\s+)?(?:conducted|performed|completed|carried\s+out|held|ran|did|wrote|prepared|finished)\s+(?:a|an|the|our|my)\s+(?:[\w-]+\s+){0,2}?(?:${TITLE_PATTERN.source})`,
  'i',
);

/** The English cues of a telling (`TellingCues`): the patterns above. */
const ENGLISH: TellingCues = {
  incident: INCIDENT_WORDS,
  past: PAST,
  hasBeen: HAS_BEEN,
  wrong: WRONG,
  wrongAll: WRONG_ALL,
  conditional: CONDITIONAL,
  we: WE,
  firstPerson: FIRST_PERSON,
  apology: APOLOGY,
  sorry: SORRY,
  answer: ANSWER,
  recovered: RECOVERED,
  cause: CAUSE,
  eventCause: EVENT_CAUSE,
  announced: ANNOUNCED,
  ownReport: OWN_REPORT,
  when: WHEN,
  date: DATE_IN_TEXT,
  planned: null,
};

/** True when a sentence gives a cause: named, or told as an event (not in a case put). */
function causeTold(sentence: string, cues: TellingCues): boolean {
  return cues.cause.test(sentence) || (!cues.conditional.test(sentence) && cues.eventCause.test(sentence));
}

/** The cues of the language a document's prose is in: English unless it is plainly German, French or Spanish. */
function cuesOf(paragraphs: readonly string[]): TellingCues {
  return foreignCues(paragraphs.join(' ')) ?? ENGLISH;
}

/**
 * The parts of an incident's story, each told in the past by a sentence of its own kind: something
 * broke or went down, people or their data were hurt by it, it was found, it was fixed or brought
 * back, and why. A narrative post, a letter or a provider's notice tells them in its prose, under
 * any headings or none; a changelog, a runbook or an advisory names one or two of them in passing.
 */
const STORY_BROKE =
  /\b(?:went (?:down|offline|dark)|stopped (?:working|responding|serving|servicing|accepting|loading|sending|running|delivering|syncing|processing|booting|resolving|answering)|crashed|died|froze|locked up|became (?:unresponsive|unavailable|unreachable)|ran out of (?:disk|memory|space|storage|connections|file descriptors|inodes)|filled up|broke(?!\s+(?:even|ground|down|the\s+(?:record|news|ice)))|(?:was|were|got|had been) (?:deleted|wiped|truncated|corrupted|lost|gone|compromised|emptied|empty|down|offline|unavailable|unreachable))\b|\b(?:certificates?|certs?|tokens?|domains?|keys?|licen[cs]es?|credentials?)\b[^.!?]{0,60}?\bexpired\b/i;
/** A denial: "was not affected", "never went down", "no evidence that"; "could not log in" tells the harm, not a denial. */
const DENIED = /\b(?:(?:was|were|is|are|has|have|had|did)(?: not|n't)|never|no (?:evidence|sign|indication|one|data|outage|downtime)|nothing)\b/i;
/** Those it happened to, or their data, hurt by it. */
const STORY_HARM =
  /\b(?:users?|customers?|members?|visitors?|clients?|subscribers?|players?|people|everyone)\b[^.!?]{0,80}?\b(?:could(?:n't| not)|were(?: not| unable)|was(?: not| unable)|did(?:n't| not)|lost|saw|got|received|had)\b|\b(?:were|was) (?:affected|impacted|unable to)\b|\bpacket loss\b|\b(?:data|work|messages|e-?mails|orders|files|records|tables) (?:was|were) (?:lost|gone|deleted|missing|empty)\b|\blost (?:\w+ ){0,3}(?:data|work|messages|e-?mails|orders|files|records)\b|\bcould(?:n't| not) (?:\w+ ){0,3}(?:reach|access|connect|log ?in|sign ?in|load|get|use|send|receive)\b|\b(?:nobody|no one)\s+could\b/i;
/** It was found: noticed, reported, alerted on. */
const STORY_FOUND =
  /\b(?:noticed|discovered|detected|spotted|realised|realized|found (?:out|that)|(?:was|were) (?:alerted|paged|reported)|alerted (?:us|me)|got (?:paged|an alert)|came to (?:my|our) attention|(?:we|I) (?:saw|learned|learnt)|(?:started|began) (?:getting|receiving) (?:reports|complaints|alerts)|(?:got|received) (?:a|an|the|my|our|some|several) (?:first |few )?(?:reports?|e-?mails?|messages?|alerts?|pages?|calls?|complaints?)|woke up to|(?:emailed|messaged|texted|pinged|warned) (?:me|us))\b/i;
/** It was fixed or brought back. */
const STORY_FIXED =
  /\b(?:fixed|rolled (?:it |them |this )?back|reverted|restarted|rebooted|power[\s-]cycled|patched|restored|brought (?:\w+ ){0,3}back|bring (?:\w+ ){0,3}back(?: to life| online| up)|failed over|(?:worked|ran) again|caught up|renewed|re-?deployed|rebuilt|put (?:it |them |\w+ )?back)\b/i;

/** The genre's names, taken out of a sentence before its breakage is read. */
const GENRE_ALL =
  /\b(?:post[\s-]?mortems?|incident\s+(?:reports?|reviews?|retrospectives?|analys[ie]s|summar(?:y|ies))|retrospectives?|root\s+cause\s+analys[ie]s)\b/gi;

/** Top-level paragraphs the story reading reads, and characters of each. */
export const STORY_PARAGRAPHS = 40;
export const STORY_CHARACTERS = 1500;

/** Parts of the story a document must tell, one of them its breakage, and paragraphs they must stand in. */
const STORY_PARTS = 4;
const STORY_SPREAD = 3;
/** The breakage or the harm opens the story: it is told in one of the first paragraphs. */
const STORY_OPENS = 3;
/** Paragraphs after its opening within which the story tells its fourth part. */
const STORY_STRETCH = 6;

/**
 * True when prose tells one incident's story whatever its headings (a narrative post, a war story,
 * a letter opening on a greeting, a provider's notice in the third person): told by its authors
 * ("we", "I", "our service"), four of its parts told in the past (the breakage among them, and it
 * or the harm in the first paragraphs), spread over three paragraphs or more. A case put ("If the
 * service is down, restart it"), a question and a denial ("no data was lost") tell none. A
 * changelog line or a release post names a fix in passing, in one paragraph; an advisory tells a
 * flaw found and fixed, and nothing that went down.
 */
export function toldAsStory(paragraphs: readonly string[], cues: TellingCues = ENGLISH): boolean {
  const first = new Map<string, number>();
  const told = new Set<number>();
  let own = false;
  let named = Infinity;
  for (let i = 0; i < paragraphs.length && i < STORY_PARAGRAPHS; i++) {
    const text = paragraphs[i].length > STORY_CHARACTERS ? paragraphs[i].slice(0, STORY_CHARACTERS) : paragraphs[i];
    if (!own && (cues.we.test(text) || cues.firstPerson.test(text))) own = true;
    // The incident named ("the outage last weekend", "after the incident") opens the story as its telling does.
    if (named === Infinity && sentencesOf([text]).some((s) => !DENIED.test(s) && !cues.conditional.test(s) && cues.incident.test(s.replace(GENRE_ALL, ' '))))
      named = i;
    for (const s of sentencesOf([text])) {
      if (cues.conditional.test(s) || /\?\s*$/.test(s)) continue;
      const parts: string[] = [];
      // The genre's name ("the post-mortems we wrote") names no breakage.
      if (!DENIED.test(s) && (STORY_BROKE.test(s) || tellsIncident([s.replace(GENRE_ALL, ' ')], cues))) parts.push('broke');
      if (STORY_HARM.test(s)) parts.push('harm');
      if (STORY_FOUND.test(s)) parts.push('found');
      if (STORY_FIXED.test(s) || cues.recovered.test(s)) parts.push('fixed');
      if (causeTold(s, cues) || (/\bbecause\b/i.test(s) && cues.past.test(s))) parts.push('why');
      for (const part of parts) if (!first.has(part)) first.set(part, i);
      if (parts.length) told.add(i);
    }
  }
  const opens = Math.min(first.get('broke') ?? Infinity, first.get('harm') ?? Infinity, named);
  // Told in one stretch: the fourth part within a few paragraphs of the opening. A history or an
  // essay names breakages, fixes and causes here and there over many pages.
  const fourth = [...first.values()].sort((a, b) => a - b)[STORY_PARTS - 1] ?? Infinity;
  return own && first.has('broke') && told.size >= STORY_SPREAD && opens < STORY_OPENS && fourth <= opens + STORY_STRETCH;
}

/** A denial that the authors were hit: "our services were not affected", "we were never impacted". */
const NOT_HIT = /\b(?:not|n't|never)\s+(?:been\s+)?(?:affected|impacted)\b/i;

/** An organisation named in the third person, or one who speaks for it: not the authors. */
const ORGANISATION = String.raw`(?:company|provider|vendor|firm|startup|spokes(?:person|man|woman))`;

/**
 * A sentence that relays someone else's account: an organisation named in the third person says
 * what happened ("the provider said a switch failed", "according to the company's status page"),
 * or its own report does ("their post-mortem", "the vendor's write-up"). The authors' own
 * provider is theirs ("our provider said …"): a post-mortem that blames it tells its own harm too.
 */
const RELAYED = new RegExp(
  String.raw`\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?${ORGANISATION}\b[^.!?\n]{0,80}?\b(?:said|says|stated|states|announced|confirmed|admitted|explained|wrote|reports|reported)\b|\baccording\s+to\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,2}?${ORGANISATION}|\b(?:(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?${ORGANISATION}['’]s|their|[\w-]+['’]s\s+own)\s+(?:own\s+)?(?:post[\s-]?mortem|incident\s+report|report|write-?up|statement|analysis)\b`,
  'i',
);

/** Words in quotation marks: what someone else said, in their own person ("'We have rolled back,' the company said"). */
const QUOTED = /"[^"\n]{0,500}"|“[^”\n]{0,500}”/g;
/** A replacer that blanks a match: V8 replaces many matches by a function in linear time, by a string not always. */
const blank = () => ' ';

/**
 * True when the prose relays someone else's incident: a sentence gives an organisation's account
 * in the third person (`RELAYED`), and the authors tell nothing of it as theirs, neither a thing of
 * theirs broken nor those they serve hit, nor anything they found or brought back, or they say they
 * were not hit (a commentary on a vendor's outage, a news piece, a digest of others' reports, notes
 * of a talk). Words in quotation marks are the other party's, whatever person they speak in. A
 * post-mortem that blames a provider tells its own harm ("our site went down") or lists the work
 * it will do, and its telling of the provider's words is no refusal.
 */
export function toldOfOthers(signs: Pick<ContentSigns, 'story' | 'timeline' | 'clocked' | 'kinds'>): boolean {
  // Work to follow is the authors' own answer, however impersonally the report is told: a
  // commentary or a news piece lists none of its own.
  if (signs.kinds.has('action-items')) return false;
  const texts = [...signs.story, signs.timeline, signs.clocked].map((t) => t.replace(QUOTED, blank));
  if (!texts.some((t) => RELAYED.test(t))) return false;
  let acted = false;
  let denied = false;
  for (const s of sentencesOf(texts)) {
    if (!WE.test(s) && !FIRST_PERSON.test(s)) continue;
    if (NOT_HIT.test(s)) {
      denied = true;
      continue;
    }
    if ((!DENIED.test(s) && STORY_BROKE.test(s)) || STORY_HARM.test(s)) return false;
    if (STORY_FOUND.test(s) || STORY_FIXED.test(s) || RECOVERED.test(s)) acted = true;
  }
  return denied || !acted;
}

/** A title that names the genre in the plural: a page that keeps the post-mortems of a project, one after another. */
const GENRE_PLURAL = /\b(?:post[\s-]?mortems|incident\s+(?:reports|reviews|retrospectives)|retrospectives)\b/i;

/** A window told ahead (work the authors will do, a service that will be down, work planned for a time) or as still open (investigating, monitoring, an update to come). */
const NOT_YET_CLOSED =
  /\b(?:(?:we|I)(?: will|'ll| are going to) (?:carry out|perform|run|do|move|migrate|upgrade|replace|switch|take)|(?:is|are) (?:planned|scheduled) (?:for|on|between|from)|will be (?:offline|unavailable|down|interrupted|unreachable|read-only)|(?:are|is) (?:still |currently )?(?:investigating|monitoring|working on)|next update|(?:will|'ll) (?:provide|post|share|send|give) (?:an?|another) (?:further |more )?update)\b/i;
/** A sentence told ahead or as a possibility: it closes no window. */
const AHEAD = /\b(?:will|'ll|shall|may|might|expect(?:ed|s)?|once|as soon as)\b/i;

/**
 * True when a document tells an incident window closed: a sentence tells the service back or a
 * stretch gone by, not ahead nor as a case put, or its outline has the parts only an incident
 * over has (a timeline, what was learned, work to follow).
 */
function closedWindow(signs: ContentSigns, sentences: readonly string[]): boolean {
  if (signs.share >= 1 / 2 && (['timeline', 'lessons-learned', 'action-items'] as const).some((k) => signs.kinds.has(k))) return true;
  return sentences.some((s) => !CONDITIONAL.test(s) && !AHEAD.test(s) && (RECOVERED.test(s) || STRETCH_GONE.test(s)));
}

/** Paragraphs of the body's opening within which the account tells its failure. */
const ACCOUNT_OPENS = 3;

/**
 * True when the body's paragraphs tell a failure in the past in their opening (one of the first
 * three), or announce its account there ("Here's what happened: the exports stopped"), then, in
 * the paragraphs after it, its cause and what was done or will be (what the
 * opening lacks): an account followed by its answer, as a post-mortem's body goes on whatever its
 * headings say. A case put or a question tells nothing; a tutorial or a design tells no failure
 * gone by in its opening.
 */
export function accountGoesOn(story: readonly string[], cues: TellingCues = ENGLISH, answer = false, cause = false): boolean {
  const opens = story.slice(0, ACCOUNT_OPENS).findIndex((p) => tellsIncident(sentencesOf([p]), cues) || cues.announced.test(p));
  if (opens < 0) return false;
  const after = sentencesOf(story.slice(opens + 1)).filter((s) => !cues.conditional.test(s) && !/\?\s*$/.test(s));
  return (cause || after.some((s) => causeTold(s, cues))) && (answer || after.some((s) => cues.answer.test(s) || cues.recovered.test(s)));
}

/** A fix told as done: "the bug was fixed", "has now been fixed", "we fixed it". */
const FIX_DONE =
  /\b(?:(?:has|have|had|was|were|is|are)\s+(?:(?:now|since|also|all|then|been)\s+){0,3}fixed|(?:we|I)\s+(?:(?:have|'ve|had|then|now|quickly)\s+){0,2}fixed)\b/i;
/** A fix shipped in a release or a change: "fixed in 2.4.1", "fixed in the next version", "fixed by #123". */
const FIX_SHIPPED =
  /\bfixed\s+(?:in|by|with)\s+(?:v(?:ersion)?\s*\d|\d|#\d|(?:the\s+)?(?:next|latest|upcoming|new)\s+(?:release|version|update|build)|(?:release|version|pull request|PR|commit)\b)/i;

/**
 * True when a notice sent without its title owns up to its incident though it names no cause: its
 * opening paragraph tells the outage or the breakage in the past ("the site was down on Sunday",
 * "the disk filled up"), and the notice says on what day, and what will be done about it, besides
 * being sorry ("we will move the database", "so it does not happen again"). Read with an apology
 * (the caller's): a note to users after an outage. A support reply or a newsletter is sorry for a
 * delay or an error, not for something of theirs gone down; a notice of planned work names the plan.
 */
function ownedNotice(paragraphs: readonly string[], sentences: readonly string[], cues: TellingCues): boolean {
  const opening = sentencesOf(paragraphs.slice(0, 1)).filter((s) => !cues.conditional.test(s) && !DENIED.test(s));
  if (!opening.some((s) => (cues.incident.test(s) && cues.past.test(s)) || STORY_BROKE.test(s))) return false;
  const told = sentences.filter((s) => !cues.conditional.test(s));
  return (
    told.some((s) => !cues.sorry.test(s) && cues.answer.test(withoutInforming(s))) &&
    told.some((s) => cues.when.test(s) || cues.date.test(s)) &&
    !sentences.some((s) => PLANNED_WORK.test(s))
  );
}

/**
 * What an apology is for when it is only a courtesy: the inconvenience, the confusion, the trouble
 * ("we apologise for any inconvenience"). A support reply or a maintainer's answer closes so; it
 * names nothing gone wrong.
 */
const COURTESY = /\b(?:for|about)\s+(?:the|any|this|all)\s+(?:\w+\s+)?(?:inconvenience|confusion|trouble|hassle)\b/i;

/** The sentences that apologise: those of the opening, and those of a letter's closing in the first person. */
function apologies(sentences: readonly string[], closing: readonly string[], cues: TellingCues): string[] {
  const closed = sentencesOf(closing).filter((s) => cues.sorry.test(s) && (cues.we.test(s) || cues.firstPerson.test(s)));
  return [...sentences.filter((s) => cues.apology.test(s)), ...closed];
}

/**
 * True when a document tells an incident as a reader recognises one, whatever its outline: the
 * incident told in the past (or apologised for) by those it happened to, an answer (what was done,
 * will be done or was learned, the service brought back, an apology), and its cause; without a
 * cause, the incident's day or date under a title naming it or beside an apology (a disclosure, a
 * note to users after an outage), or a title naming the genre in the plural. A heading may give
 * the cause or the answer when the headings that name a part make at least half of the outline (a
 * manual names a cause somewhere too); a sentence of the opening paragraphs may give any part.
 */
function toldIncident(signs: ContentSigns): boolean {
  const { kinds, share } = signs;
  // The words of the language the prose is written in; the reading is the same.
  const cues = cuesOf(signs.paragraphs);
  // An essay on incidents has a topic for a title ("What outages taught us"), not one incident; a
  // document has a title or sections: a line or two of prose alone is a fragment, a comment, a
  // message. A notice sent without its title is prose alone too, yet its opening paragraph names
  // the incident and tells it in the past, as a title would, and it goes on for paragraphs: such
  // a notice is read as a titled one, its cause required (below).
  // The failure may be told in one of the first paragraphs after a word of context, when its cause
  // and what was done follow (`accountGoesOn`): a blog post or a mail sent without headings.
  const untitled = !signs.title && signs.sections === 0;
  if (
    signs.title
      ? topicTitle(signs.title, cues)
      : untitled &&
        !opensOnIncident(signs.paragraphs, cues) &&
        !(signs.paragraphs.length >= NOTICE_PARAGRAPHS && accountGoesOn(signs.story, cues)) &&
        !apologisesForIncident(signs.paragraphs, cues)
  )
    return false;
  const sentences = sentencesOf(signs.paragraphs);
  // A notice of planned work (maintenance) tells an interruption in the past, its reason and the
  // service back as well, and names the work in its title or its opening.
  const planned = cues.planned;
  if (planned && ((signs.title !== null && planned.test(signs.title)) || sentences.slice(0, 2).some((s) => planned.test(s)))) return false;
  // A notice tells its window ahead (work planned, a service that will be down) or as still open
  // (investigating, an update to come), and no window closed: a post-mortem quoting its own
  // updates, or telling of planned work gone wrong, tells the service back or the stretch gone by.
  if (cues === ENGLISH && sentences.some((s) => !CONDITIONAL.test(s) && NOT_YET_CLOSED.test(s)) && !closedWindow(signs, sentences)) return false;
  // A letter's closing counts for its apology only: the last paragraphs of a manual promise and explain too.
  const apology =
    sentences.some((s) => cues.apology.test(s)) || sentencesOf(signs.closing).some((s) => cues.sorry.test(s) && (cues.we.test(s) || cues.firstPerson.test(s)));
  // A title that names an incident makes a sentence in the past its telling; a heading naming one
  // does not: a guide to reports has headings on incidents, and tells the past of nothing.
  const titled = signs.title !== null && cues.incident.test(signs.title);
  // Fields that date the document and rate its severity make it the record of one incident: its
  // headings answer it as an outline's do, however many other headings stand beside them.
  const outline = share >= 1 / 2 || signs.rated;
  // Headings that name the cause and what was done or learned make such an outline an account: the
  // incident may be told further on than the opening, under one of its parts.
  const parted = outline && kinds.has('root-cause') && ANSWER_KINDS.some((k) => kinds.has(k));
  // An apology for what happened ("I am sorry this happened") tells the incident as it apologises,
  // when the prose dates it (a calendar date, not the day the page was updated) and names no planned
  // work: a help article is sorry for what happened to its reader, on no day, and a notice of
  // maintenance apologises for what it caused too.
  const apologisedPast =
    cues === ENGLISH &&
    sentences.some((s) => !CONDITIONAL.test(s) && APOLOGY.test(s) && APOLOGY_FOR_WHAT_HAPPENED.test(s)) &&
    sentences.some((s) => DATE_IN_TEXT.test(s) && !PAGE_DATED.test(s)) &&
    !sentences.some((s) => PLANNED_WORK.test(s));
  const incident =
    tellsIncident(sentences, cues) ||
    sentences.some((s) => (titled && cues.past.test(s)) || cues.announced.test(s)) ||
    (parted && tellsIncident(sentencesOf(signs.story), cues)) ||
    apologisedPast;
  // Told by those it happened to, in its sentences or its headings ("How did we find it?"): a guide
  // to reports speaks of incidents in general, in the third person.
  // Words in quotation marks are someone else's, whatever person they speak in: a news piece quotes
  // the company's "we apologise", and its own sentences tell the company's incident in the third.
  const own = (s: string) => {
    const unquoted = s.includes('"') || s.includes('\u201C') ? s.replace(QUOTED, blank) : s;
    return cues.we.test(unquoted) || cues.firstPerson.test(unquoted);
  };
  // An apology for the inconvenience alone is a courtesy: without an incident told, it tells none.
  const courtesyOnly = !incident && apology && cues === ENGLISH && apologies(sentences, signs.closing, cues).every((s) => COURTESY.test(s));
  // An outline with both what was learned and the work to follow is its authors' own answer, however
  // impersonally it is told (names and roles, no "we"): a commentary or a course's case study gives neither.
  const reviewed = outline && kinds.has('lessons-learned') && kinds.has('action-items');
  if ((!incident && !apology) || courtesyOnly || !(sentences.some(own) || signs.headings.some(own) || reviewed)) return false;
  // The service brought back is an answer too: what was done.
  // Under a title naming the incident, the fix told as done ("the bug was fixed", "has now been
  // fixed") answers it too; a release's fix shipped in a version ("fixed in 2.4.1") is no answer.
  const answer =
    apology ||
    (outline && ANSWER_KINDS.some((k) => kinds.has(k))) ||
    sentences.some((s) => cues.answer.test(s) || (cues.recovered.test(s) && !(cues === ENGLISH && RECOVERY_AHEAD.test(s)))) ||
    (cues === ENGLISH && titled && sentences.some((s) => !CONDITIONAL.test(s) && FIX_DONE.test(s) && !FIX_SHIPPED.test(s)));
  const cause = (outline && kinds.has('root-cause')) || sentences.some((s) => causeTold(s, cues));
  if (answer && cause) return true;
  // The account opens the body and goes on past its opening: the cause and what was done or will
  // be told in the paragraphs after the failure, under any headings or none.
  if (accountGoesOn(signs.story, cues, answer, cause)) return true;
  // A title that names one incident on its day ("Outage of August 31", "Incident on 2020-02-12")
  // over its authors' telling in the past names the report as the genre's name would: its answer
  // and cause may be told in words no cue reads. Authors who deny they were hit ("our services
  // were not affected") tell of someone else's.
  if (titled && cues.date.test(signs.title ?? '') && !sentences.some((s) => own(s) && NOT_HIT.test(s))) return true;
  if (!answer) return false;
  // A notice whose first sentence says its authors made the report ("We held a post-mortem of the
  // outage ...") names itself as a title would; so does one that owns up to a breakage told in its
  // opening: sorry for it, on its day, with what will be done (`ownedNotice`).
  if (untitled) return (sentences.length > 0 && cues.ownReport.test(sentences[0])) || (apology && ownedNotice(signs.paragraphs, sentences, cues));
  // Without a cause: the incident on its day or date, under a title that names it or with an
  // apology (a disclosure, a note to users after an outage; meeting notes date an outage they went
  // over too, under their own title); or under a title that names the genre in the plural.
  if (!incident) return false;
  if ((titled || apology) && sentences.some((s) => cues.when.test(s) || cues.date.test(s))) return true;
  // A page of post-mortems dates the ones it keeps; a request for them dates none.
  return signs.title !== null && GENRE_PLURAL.test(signs.title) && (signs.datedHeading || sentences.some((s) => cues.date.test(s)));
}

/**
 * True when a document tells an incident as a post-mortem does though nothing names it one: its
 * headings (underlined or asked as questions count as any other) name a cause and three more parts
 * of an account, one of them a timeline, lessons or action items; or a timeline told by the clock
 * beside more of an account; or a status page's updates or list of past incidents; or a heading
 * under the title that is the report's name; or its prose and headings tell an incident, its
 * cause and an answer (`toldIncident`). A title naming a guide, a design, a meeting or a changelog
 * rules it out: a runbook for an outage has a cause and an impact too, but tells no past.
 */
export function contentSaysPostmortem(signs: ContentSigns): boolean {
  const { title, kinds, headings, paragraphs, share } = signs;
  if (title && otherGenre(title)) return false;
  // Someone else's incident, relayed: however much of a report's outline and words it has, the
  // authors did not run what failed.
  if (toldOfOthers(signs)) return false;
  const opening = paragraphs[0] ?? '';
  const named = (title !== null && INCIDENT_WORDS.test(title)) || INCIDENT_WORDS.test(opening) || headings.some((h) => INCIDENT_WORDS.test(h));
  const account = ACCOUNT_KINDS.filter((k) => kinds.has(k)).length;
  // A cause, three more parts, one of them the account of the events or what was learned or will
  // be done: the outline of a post-mortem, which a runbook (symptoms, impact, causes to check,
  // mitigation) or a design (summary, impact, timeline of the work) does not fill.
  // The parts must make most of the outline: a reference manual with hundreds of headings names
  // a cause, an impact and a summary somewhere too. Half is enough when the outline opens on four
  // parts in a row, as a report does before analyses of its own; a manual names them here and there.
  // With three, the document must also name an incident or open in the past: a design may have a
  // summary, an impact, a timeline of its work and the cause of the problem it solves. An opening
  // that only dates the report ("Date: 3 May 2024, 09:10 to 11:40") opens it as well when the next
  // paragraph tells something gone wrong in the past; a design's date stands over a proposal.
  // An outline that shows none of these may still be taken by the readings below (its timeline
  // told by the clock, its prose telling the incident): a date line opening the report must not
  // refuse what they would take.
  if (
    kinds.has('root-cause') &&
    account >= 3 &&
    STORY_KINDS.some((k) => kinds.has(k)) &&
    (share >= 2 / 3 || (share >= 1 / 2 && signs.openingParts >= OPENING_PARTS)) &&
    (account >= 4 || named || PAST.test(withoutCases(opening)) || (DATE_IN_TEXT.test(opening) && tellsIncident(sentencesOf(paragraphs.slice(1, 2)))))
  )
    return true;
  // A short report: a cause and two more parts, one of them the events, what was learned or what
  // will be done, making most of the outline ("Timeline", "Causes", "Improvements"; "Summary",
  // "Bug 1 …", "Follow-ups"), when its prose tells something gone wrong in the past, or its
  // timeline tells what its authors did. A runbook's or a help article's parts tell no past.
  if (
    kinds.has('root-cause') &&
    account === 2 &&
    STORY_KINDS.some((k) => kinds.has(k)) &&
    share >= 2 / 3 &&
    (tellsIncident(sentencesOf(paragraphs)) || sentencesOf([signs.timeline]).some((s) => !CONDITIONAL.test(s) && WE.test(s) && PAST.test(s)))
  )
    return true;
  // A timeline told by the clock, entry after entry under its own heading, beside a summary or
  // what was learned: an account of hours gone by. A plan or an agenda has hours too, but tells
  // them ahead, or names itself an agenda or a schedule.
  if (
    kinds.has('timeline') &&
    headings.some((h) => TIMELINE_WORDS.test(h)) &&
    account >= 2 &&
    signs.clockHeadings >= 3 &&
    share >= 1 / 2 &&
    PAST.test(paragraphs.join('\n'))
  )
    return true;
  // A timeline whose entries carry times of day, beside more of an account, in a document that
  // names an incident, its cause, or most of a report with something gone wrong in its timeline or
  // told in its opening; its entries tell the past or the service coming back, or its opening
  // tells the incident it names in the past: hours gone by. A launch plan, a maintenance schedule
  // or a runbook's timed steps have hours too, but tell them ahead or as orders, and a plan often
  // names itself one; a recorded talk's chapters or a job's run copied from its log have a
  // summary and lessons beside their stamps, and tell nothing gone wrong.
  if (
    kinds.has('timeline') &&
    account >= 2 &&
    share >= 1 / 2 &&
    (named || kinds.has('root-cause') || (account >= 3 && (WRONG.test(signs.timeline) || tellsIncident(sentencesOf(paragraphs))))) &&
    timesOfDay(signs.timeline, CLOCKED_ENTRIES) >= CLOCKED_ENTRIES &&
    (PAST.test(signs.timeline) || RECOVERED.test(signs.timeline) || tellsIncident(sentencesOf(paragraphs))) &&
    !(title && PLAN_TITLE.test(title))
  )
    return true;
  // Entries that open on a time of day and tell the past, the perfect as much ("14:45 All
  // objects have been restored", a status page's updates copied in, newest first or not),
  // whatever heading stands over them or none, in a document whose authors tell something gone
  // wrong and its cause: an account of hours gone by. A runbook's timed steps give orders, a
  // plan's hours lie ahead and name no failure.
  if (
    (signs.clocked.match(/\n/g)?.length ?? 0) >= CLOCKED_ENTRIES &&
    (PAST.test(signs.clocked) || HAS_BEEN.test(signs.clocked)) &&
    !(title && (TOPIC_TITLE.test(title) || PLAN_TITLE.test(title)))
  ) {
    const told = sentencesOf([...signs.story, ...signs.clocked.split('\n')]).filter((s) => !CONDITIONAL.test(s));
    if (told.some((s) => WE.test(s) || FIRST_PERSON.test(s)) && tellsIncident(told) && told.some((s) => causeTold(s, ENGLISH))) return true;
  }
  // A status page's updates ("Investigating - …", "Identified - …", "Resolved - …") over an
  // incident: the stream is the report, whatever its headings.
  // A guide to writing such updates has them too, under a topic for a title, and speaks to the reader.
  // Updates closed only by the time they were posted carry no state word: news and maintenance are
  // posted so too, and such a stream is an incident's when it names one.
  if (
    !(title && TOPIC_TITLE.test(title)) &&
    paragraphs.some((p) => WE.test(p)) &&
    ((signs.statusUpdates >= 2 && (named || paragraphs.some((p) => INCIDENT_WORDS.test(p) || PAST.test(p) || /\b(?:issues?|problems?)\b/i.test(p)))) ||
      (signs.postedUpdates >= 2 && (named || paragraphs.some((p) => INCIDENT_WORDS.test(p)))))
  )
    return true;
  // Paragraphs led by their day and time, an update each, over an incident and its end or cause.
  if (!(title && TOPIC_TITLE.test(title)) && stampedStream(paragraphs)) return true;
  // A status page's list of past incidents, one dated heading each, told in the past, making most
  // of the page.
  if (signs.incidentLog >= 2 && signs.incidentLog >= signs.sections / 2 && PAST.test(paragraphs.join('\n'))) return true;
  // A page titled as a collection of incidents whose dated headings make most of its sections,
  // each entry told in more than a line, something gone wrong told in the past among them: the
  // page keeps its incidents one after another. An index of reports gives each a line and a link;
  // notes of calls that went over outages tell of none gone wrong ("nothing went down").
  const collected = signs.collected ?? 0;
  if (
    collected >= 2 &&
    collected >= signs.sections / 2 &&
    signs.story.length >= 2 * collected &&
    signs.story.some((p) => tellsIncident(sentencesOf([p]).filter((s) => !CONDITIONAL.test(s) && !DENIED.test(s))))
  )
    return true;
  // The heading right under the title names the report ("## 2026-03-02 Incident Report") over
  // parts of an account told in the past.
  // The heading is the report's name alone, a date beside it or not: meeting notes with a
  // section on an incident review name a topic of the meeting.
  if (signs.subtitle && REPORT_NAME.test(signs.subtitle) && account >= 2 && PAST.test(paragraphs.join('\n'))) return true;
  return toldIncident(signs) || storyAccount(signs) || standfirstNamesReport(signs) || (untitledProse(signs) && toldWindowNotice(signs.paragraphs));
}

/**
 * A standfirst that names what follows a post-mortem: the first paragraph opens on the genre's name
 * and what it is of ("A post-mortem of the login outage", "This incident report covers the …"),
 * as a subtitle under a title that says nothing of it. A guide defines the genre instead ("A
 * post-mortem of an incident is a record …", "… should say"): a sentence that says what one is or
 * must be names no report.
 */
const STANDFIRST = new RegExp(
  String.raw`^\W*(?:(?:this\s+is\s+)?(?:a|an|our|my)\s+(?:(?:short|brief|public|blameless|personal|belated|quick)\s+)?(?:${TITLE_PATTERN.source})\s+(?:of|on|from|about|covering)\s|this\s+(?:${TITLE_PATTERN.source})\s+(?:covers|describes|explains|looks\s+at|tells|walks\s+through)\s)`,
  'i',
);
/** What a definition or a rule says of the genre: it is, it must, it helps. */
const DEFINES = /\b(?:is|are|should|must|can|helps?|needs?)\b/i;

function standfirstNamesReport(signs: ContentSigns): boolean {
  const { title, standfirst } = signs;
  if (title && (topicTitle(title, ENGLISH) || PLAN_TITLE.test(title))) return false;
  return opensOnReportName(signs.paragraphs[0] ?? '') || (!!standfirst && standfirstFieldNamesReport(standfirst));
}

/** The front matter keys of the line a blog or a site sets under a post's title. */
const STANDFIRST_KEYS = ['description', 'summary', 'subtitle', 'excerpt'];

/**
 * True when the line a post's front matter sets under its title names the post a report
 * ("description: A post-mortem of the mail server incident"), as a title would: not a guide, a
 * template or a process ("How to write a post-mortem"), nor what the genre is or must be.
 */
function standfirstFieldNamesReport(line: string): boolean {
  const text = line.slice(0, 300);
  return titleSaysPostmortem(text) && !OTHER_GENRE.test(text) && !DEFINES.test(text);
}

/** The front matter's line under the title (`STANDFIRST_KEYS`), or null. */
export function frontMatterStandfirst(data: Record<string, unknown>): string | null {
  for (const key of STANDFIRST_KEYS) if (typeof data[key] === 'string') return data[key];
  return null;
}

/** True when the first sentence of a paragraph is a standfirst naming what follows a post-mortem (`STANDFIRST`). */
function opensOnReportName(paragraph: string): boolean {
  const first = sentencesOf([paragraph.slice(0, 1000)])[0] ?? '';
  return first.length <= 400 && STANDFIRST.test(first) && !DEFINES.test(first);
}

/** Prose alone: no title, no heading. */
function untitledProse(signs: ContentSigns): boolean {
  return signs.title === null && signs.sections === 0;
}

/**
 * True when a titled document (or one with sections) tells an incident's story in its prose
 * (`toldAsStory`), under a title that is no topic and names no plan, in English: the story's words
 * are read in English only.
 */
function storyAccount(signs: ContentSigns): boolean {
  const { title } = signs;
  if (title ? topicTitle(title, ENGLISH) || PLAN_TITLE.test(title) : signs.sections === 0) return false;
  if (cuesOf(signs.paragraphs) !== ENGLISH) return false;
  return toldAsStory(signs.story);
}

/** True when a heading or title seen by the quick scan may open a post-mortem that names itself nowhere. */
function mayTell(heading: string): boolean {
  return INCIDENT_WORDS.test(heading) || STORY_HEADING.test(heading) || clockHeading(heading);
}

/**
 * The words of a heading that names a part of an account (an issue, a cause, an impact, a
 * timeline, a resolution, lessons, follow-up), for the quick scan only: three different ones make
 * a document worth parsing, and the content signs decide. A README or a design has some of them
 * too; it costs a parse, not a finding.
 */
const PART_HEADING: readonly [string, RegExp][] = [
  ['summary', /^(?:the\s+)?(?:(?:issue|incident|executive)\s+)?(?:summary|overview|issue|problem|description)\b/i],
  // "Details of the vulnerability": the flaw a security write-up tells as its cause.
  ['cause', /\b(?:causes?|diagnos[a-z]*|analysis|vulnerabilit(?:y|ies))\b/i],
  ['impact', /\b(?:impact|impacted|affected)\b/i],
  ['timeline', /\b(?:timeline|key events|chronology)\b/i],
  ['resolution', /\b(?:resolution|recovery|mitigation|remediation|response|fix(?:es|ed)?)\b/i],
  ['lessons', /\b(?:lessons?|learned|learnt|went well|didn.t go well|went wrong)\b/i],
  ['follow-up', /\b(?:action items?|follow[\s-]?ups?|corrective actions?|next steps|preventive|prevention)\b/i],
];

/** Any of `PART_HEADING`'s words, tried first: most headings name none. */
const ANY_PART = new RegExp(PART_HEADING.map(([, words]) => words.source).join('|'), 'i');

/**
 * A line that opens on a status page's label in bold or italics ("**Investigating** - …",
 * "*Identified*: …"), with a colon or a dash after it: an entry of an incident's update stream. The quick scan counts them; the parsed paragraphs decide (`statusUpdates`).
 */
const STATUS_LINE =
  /^(?:\*{1,2}|_{1,2})(?:(?:issue|problem|incident) )?(?:investigating|identified|monitoring|update|resolved|verifying|recovering)(?:[:：](?:\*{1,2}|_{1,2})|(?:\*{1,2}|_{1,2})[ \t]?(?:\(\d+\)[ \t]?)?[-–—:：])(?:\s|$)/i;

/**
 * A line that may close a status page's update on the time it was posted ("Posted Apr 2, 2025 -
 * 15:20 UTC"): the word, then a time of day near the end of the line. The quick scan only lets the
 * document through; the parse reads the stamp (`closingStamp`). Kept free of the stamp reader: the
 * quick scan runs on every Markdown file of a workspace and must stay a cheap look at lines.
 */
const POSTED_LINE = /^posted\b[^\n]{0,120}?\d{1,2}:\d{2}(?::\d{2})?[^\d\n]{0,12}$/i;

const FRONT_MATTER_TYPES = new Set(['postmortem', 'post-mortem', 'incident', 'incident-report', 'incident-review', 'retrospective', 'premortem', 'pre-mortem']);

/** Reads `type: postmortem` (or `kind`, `layout`, `category`) from front matter data. */
export function frontMatterSaysPostmortem(data: Record<string, unknown>): boolean | null {
  for (const key of ['type', 'kind', 'layout', 'doctype']) {
    const value = data[key];
    if (typeof value === 'string') {
      if (FRONT_MATTER_TYPES.has(value.trim().toLowerCase())) return true;
    }
  }
  if (data.postmortem === true) return true;
  if (data.postmortem === false) return false;
  return null;
}

/** A status page's state of an incident that has been, or is being, dealt with. */
const INCIDENT_STATE = /^(?:resolved|closed|mitigated|monitoring|identified|investigating|postmortem|post-mortem|completed)$/i;

/** A severity a status page gives planned work or news, not an incident. */
const NOT_AN_INCIDENT = /^(?:maintenance|scheduled|planned|notice|info(?:rmational)?|none)$/i;

/** The front matter keys of a status page's incident record: how bad it was, when it was resolved. */
const RECORD_KEYS = ['severity', 'max_severity', 'maxseverity', 'impact', 'resolved_on', 'resolved_at', 'resolvedat', 'resolved', 'resolved_time'];

/**
 * True when the front matter is a status page's record of one incident (cState, Jekyll or Hugo status
 * sites): its state says it was dealt with ("resolved") and it gives a severity or the time it was
 * resolved. A record of planned work says so in its severity ("maintenance") or its title ("Scheduled
 * updates"), and is not one.
 */
export function frontMatterRecordsIncident(data: Record<string, unknown>): boolean {
  const status = data.status ?? data.state;
  if (typeof status !== 'string' || !INCIDENT_STATE.test(status.trim())) return false;
  let record = false;
  for (const [key, value] of Object.entries(data)) {
    const name = key.trim().toLowerCase();
    if (!RECORD_KEYS.includes(name)) continue;
    if (typeof value === 'string' && NOT_AN_INCIDENT.test(value.trim())) return false;
    if (value !== null && value !== '' && value !== false) record = true;
  }
  const title = typeof data.title === 'string' ? data.title : '';
  return record && !PLAN_TITLE.test(title);
}

export function frontMatterSaysTemplate(data: Record<string, unknown>): boolean {
  return data.template === true;
}

/**
 * A line of a static site's header, as Pelican and MultiMarkdown write it at the top of a file
 * without front matter fences: a key of a word or a few, a colon, a value ("Title: …",
 * "Date: 2019-03-02 18:40", "Tags: forum, hosting").
 */
const HEADER_FIELD = /^([A-Za-z][A-Za-z0-9_-]*(?: [A-Za-z0-9_-]+){0,2})[ \t]*:[ \t]+(\S.*)$/;

/** Lines a static site's header may have: a header is a few fields, not a page of them. */
const HEADER_LINES = 20;

/**
 * The title of a static site's header (`HEADER_FIELD`): the lines opening the file, up to the
 * first blank line, two at least and every one a field, one of them `Title` (in any case). Null
 * for anything else: one line "Title: …" alone is a sentence's label, and a paragraph of prose
 * with a field among its lines is no header. `lines` are the file's lines from its first
 * non-blank one. Exported for the parse, which reads the same lines as the header's paragraph.
 */
export function headerTitle(lines: readonly string[]): { title: string; lines: number } | null {
  let title: string | null = null;
  let n = 0;
  for (; n < lines.length && lines[n].trim(); n++) {
    if (n >= HEADER_LINES) return null;
    const field = HEADER_FIELD.exec(lines[n].trimEnd());
    if (!field) return null;
    if (title === null && field[1].toLowerCase() === 'title') title = field[2].replace(/^(["'])(.*)\1$/, '$2').trim();
  }
  return title && n >= 2 ? { title, lines: n } : null;
}

/** What a cheap scan of the first lines finds, so most non-post-mortems are never parsed. */
/** A front matter key that says what a document is, or its title. */
const FRONT_MATTER_KEY = /^(type|kind|layout|doctype|title|postmortem|description|summary|subtitle|excerpt)\s*:\s*["']?/i;

/**
 * The key (lower case) and value of a front matter line that says what a document is
 * (`type: postmortem`, `title: "…"`), without the value's quotes and trailing space: what
 * `/^(type|…)\s*:\s*["']?(.*?)["']?\s*$/i` reads, without trying every end of the value again
 * to the end of a run of spaces, which cost the square of the run. Exported for tests.
 */
export function frontMatterField(line: string): [string, string] | null {
  const key = FRONT_MATTER_KEY.exec(line);
  if (!key) return null;
  let value = line.slice(key[0].length).trimEnd();
  // The value is one line: a line break left inside it (a lone `\r`) makes no field.
  if (/[\n\r\u2028\u2029]/.test(value)) return null;
  if (/["']$/.test(value)) value = value.slice(0, -1);
  return [key[1].toLowerCase(), value];
}

export interface QuickScan {
  frontMatterType: string | null;
  title: string | null;
  /** A title or heading names an incident or its cause ("Services outage", "Root cause"), so the content may make it a post-mortem. */
  tells: boolean;
}

/** Parts of an account named by headings, or status lines, that make the quick scan let a document through. */
const PARTS_NEEDED = 3;
/** Adds the part `text` names, if any, to `parts`; true once they are enough. */
function namesPart(text: string, parts: Set<string>): boolean {
  if (!ANY_PART.test(text)) return false;
  const part = PART_HEADING.find(([, words]) => words.test(text));
  if (part) parts.add(part[0]);
  return parts.size >= PARTS_NEEDED;
}

/** What reads a heading as the parse does: the section reader of the settings (`SectionMatcher`). */
export interface HeadingReader {
  read(heading: string): { kinds: readonly string[] };
}

/** The parts of `PART_HEADING` the section reader's kinds are, where the two name the same part. */
const PART_OF_KIND: Readonly<Record<string, string>> = { 'root-cause': 'cause', 'lessons-learned': 'lessons', 'action-items': 'follow-up' };

/**
 * Adds the parts a heading asked as a question names ("What may lead to this issue?", "How can
 * users recover?") as the parse reads them, with the settings' section reader, to `parts`; true
 * once they are enough. An outline asked as questions names its parts in sentences that
 * `PART_HEADING`'s words miss; the parse reads them, and decides.
 */
function askedParts(heading: string, reader: HeadingReader, parts: Set<string>): boolean {
  if (!/\?\s*$/.test(heading)) return false;
  for (const kind of reader.read(heading).kinds) parts.add(PART_OF_KIND[kind] ?? kind);
  return parts.size >= PARTS_NEEDED;
}

/** The key opening a line of TOML front matter (`title = "…"`), up to the `=` and the space after it. */
const TOML_KEY = /^([ \t]*[A-Za-z_][\w-]*)[ \t]*=[ \t]*/;

/** A front matter line of a status page's incident record, for the quick scan: its state, its severity, when it was resolved. */
const RECORD_LINE =
  /^\s{0,2}(?:status:\s*["']?(?:resolved|closed|mitigated|monitoring|identified|investigating)\b|(?:max_?)?severity:\s*["']?\w|resolved(?:_on|_at|At)?:\s*["']?\d)/i;

const BOLD_LABEL = /^(?:[-*+]\s+)?(?:\*\*|__)([^*_\n]{1,40})(?:\*\*|__)/;

/**
 * A plain label opening a line, a few words and a colon ("Impact: …", "Next steps:"), as a short
 * report pasted from a status page or a chat sets out its parts without any markup.
 */
const PLAIN_LABEL = /^([A-Z][A-Za-z '’&/()-]{1,40}?)[ \t]*:(?:[ \t]|$)/;
const STATUS_LINES_NEEDED = 2;

/**
 * Reads the front matter's `type`, the first heading, and whether a heading names an incident or
 * its cause, without a Markdown parse. It looks at the first 2,000 lines of the first 64 KB (a
 * long report often names its cause far down), skips fenced code, and is only used to rule files
 * out cheaply: a file it takes for a post-mortem is parsed and decided again on the full tree.
 * Given the settings' section reader, it reads the cause in a heading as the parse will.
 */
export function quickScan(text: string, reader?: HeadingReader): QuickScan {
  const scan: QuickScan = { frontMatterType: null, title: null, tells: false };
  const limit = Math.min(text.length, 64 * 1024);
  const head = text.slice(text.charCodeAt(0) === 0xfeff ? 1 : 0, limit);
  const lines = head.split(/\r?\n/, 2000);
  let i = 0;
  // Front matter in YAML between `---` lines, or in TOML between `+++` lines (as Hugo and Zola write
  // it), as the parse reads both.
  const toml = lines[0] === '+++';
  if (lines[0] === '---' || toml) {
    let record = 0;
    for (i = 1; i < lines.length && lines[i] !== lines[0] && (toml || lines[i] !== '...'); i++) {
      // TOML's `key = value` is read as YAML's `key: value`, the value as it stands.
      const line = toml ? lines[i].replace(TOML_KEY, '$1: ') : lines[i];
      // A status page's incident record: a state and a severity or a resolved time (`frontMatterRecordsIncident` decides).
      if (record < 2 && RECORD_LINE.test(line) && ++record === 2) scan.tells = true;
      const field = frontMatterField(line);
      if (!field) continue;
      const [key, value] = field;
      if (key === 'title') scan.title = value;
      // The line under the title names the report (`standfirstNamesReport` decides on the parse).
      else if (STANDFIRST_KEYS.includes(key)) scan.tells ||= standfirstFieldNamesReport(value);
      else if (key === 'postmortem') scan.frontMatterType = value === 'true' ? 'postmortem' : scan.frontMatterType;
      else scan.frontMatterType = value.toLowerCase();
    }
    // A front matter closes, and holds no Markdown: an opening `---` that never closes, in a file
    // read to its end, is a rule over the body, as is one whose closing `---` fences a heading and
    // prose ("---⏎⏎# Incident report⏎…⏎---"): the body starts at the first line, as the parse reads it.
    // `+++` is no thematic break: what it fences is front matter.
    const fenced = !toml && i < lines.length && markdownBetweenRules(lines.slice(1, i).join('\n'));
    i++;
    if (fenced || (i > lines.length && limit === text.length && lines.length < 2000)) {
      scan.frontMatterType = null;
      scan.title = null;
      scan.tells = false;
      i = 0;
    }
  }
  if (scan.tells) return scan;
  // A static site's header without fences ("Title: …", "Date: …" opening the file) gives the
  // title as front matter does; the prose starts after it.
  if (i === 0) {
    let first = 0;
    while (first < lines.length && !lines[first].trim()) first++;
    const header = headerTitle(lines.slice(first, first + HEADER_LINES + 1));
    if (header) {
      scan.title = header.title;
      i = first + header.lines;
    }
  }
  // A front matter title that names an incident ("Database outage on Friday") tells as a heading does.
  if (scan.title && mayTell(scan.title)) {
    scan.tells = true;
    return scan;
  }
  const body = i;
  const fences = new Fences();
  let titled = false;
  const parts = new Set<string>();
  const headings: string[] = [];
  let statusLines = 0;
  let clockLines = 0;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (fences.inCode(line)) continue;
    // Only a line opening on a mark is tried: most lines are prose.
    const first = line.charCodeAt(0);
    const emphasis = first === 42 || first === 95; // * _
    const marked = emphasis || first === 45 || first === 43; // - +
    // A status line: a bold state word opening an update, or the "Posted Mar 3, 2024 - 09:12 UTC" line closing one.
    const statusLine = emphasis ? STATUS_LINE.test(line) : (first === 80 || first === 112) && line.length <= 200 && POSTED_LINE.test(line);
    if (statusLines < STATUS_LINES_NEEDED && statusLine && ++statusLines === STATUS_LINES_NEEDED) {
      scan.tells = true;
      break;
    }
    // Lines that open on a time of day: a timeline, whatever heads it (`clockedLines`; the parse decides).
    if (clockLines < CLOCKED_ENTRIES && CLOCK_LINE.test(line) && ++clockLines === CLOCKED_ENTRIES) {
      scan.tells = true;
      break;
    }
    let heading = atxHeadingText(line);
    let titles = heading !== null;
    // A bold label opening a line or a list item ("- **Timeline**: …") names a part as a heading does.
    if (heading === null && marked && parts.size < PARTS_NEEDED) {
      const label = BOLD_LABEL.exec(line);
      if (label && namesPart(label[1], parts)) {
        scan.tells = true;
        break;
      }
    }
    // A plain label opening a line names a part as a bold one does; the colon is looked for first.
    if (heading === null && first >= 65 && first <= 90 && parts.size < PARTS_NEEDED) {
      const colon = line.indexOf(':');
      const label = colon > 1 && colon <= 42 ? PLAIN_LABEL.exec(line) : null;
      if (label && label[1].split(' ').length <= 5 && namesPart(label[1], parts)) {
        scan.tells = true;
        break;
      }
    }
    // An underlined (setext) heading: `===` or `---` right under a line of text. A `---` one is
    // read for its words only: the title is an ATX heading or one underlined with `===`.
    if (heading === null && i > 0 && /^ {0,3}(?:=+|-+)\s*$/.test(line) && lines[i - 1].trim()) {
      heading = lines[i - 1].trim();
      titles = line.trim()[0] === '=';
    }
    if (heading === null) continue;
    if (!titled && titles) {
      titled = true;
      scan.title = scan.title && titleSaysPostmortem(scan.title) ? scan.title : heading;
    }
    if (mayTell(heading)) {
      scan.tells = true;
      break;
    }
    if (heading.length <= 80 && headings.length < HEADINGS_KEPT) headings.push(heading);
    if (heading.length <= 80 && (namesPart(heading, parts) || (reader !== undefined && askedParts(heading, reader, parts)))) {
      scan.tells = true;
      break;
    }
  }
  // Prose alone may tell an incident: an apology, or a cause and an answer, in the opening.
  if (!scan.tells) {
    // The apostrophes made straight, as the parse reads the prose ("We’re sorry" is "We're sorry").
    const opening = lines
      .slice(body, body + 200)
      .join('\n')
      .slice(0, PROSE_LOOKED_AT)
      .replace(/[\u2018\u2019]/g, "'");
    // Pictures between the paragraphs (a screenshot, a graph) are no part of the prose, as the parse reads them.
    const paragraphs = proseParagraphs(opening);
    const prose = opening.replace(/\s+/g, ' ');
    // The cause may stand in a heading, however it is put ("But how did this happen?", "The
    // reason"), as the parse reads it: the section reader is asked only when the prose answers.
    scan.tells =
      proseMayTell(prose, () => reader !== undefined && headings.some((h) => reader.read(h).kinds.includes('root-cause'))) ||
      // An incident's story told over paragraphs, whatever the headings (the parse reads it again, in full).
      toldAsStory(paragraphs) ||
      toldWindowNotice(paragraphs) ||
      opensOnReportName(paragraphs[0] ?? '') ||
      // An account told without headings: its failure in the opening paragraphs, its cause and
      // what was done often further on than the opening read above.
      accountGoesOn(
        proseParagraphs(
          lines
            .slice(body, body + ACCOUNT_LINES)
            .join('\n')
            .slice(0, ACCOUNT_LOOKED_AT),
        ),
      );
  }
  return scan;
}

/**
 * The paragraphs of a stretch of text, as the parse reads its prose: no heading, no paragraph of
 * pictures alone; a stretch of raw HTML with paragraph tags (a post exported with its markup) as
 * the paragraphs it shows (`shownParagraphs`).
 */
function proseParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .flatMap((p) => (p.trimStart().startsWith('<') && HTML_PARAGRAPH.test(p) ? shownParagraphs(p) : [p]))
    .filter((p) => p.trim() && atxHeadingText(p.trim()) === null && !PICTURES_ONLY.test(p));
}

/** A paragraph's tag, opening or closing: where a paragraph of raw HTML starts or ends. */
const HTML_PARAGRAPH = /<\/?p(?=[\s>])[^<>]{0,500}>/i;
const HTML_PARAGRAPHS = new RegExp(HTML_PARAGRAPH.source, 'gi');

/**
 * The words a stretch of raw HTML shows, one string a paragraph: split at its paragraph tags, the
 * rest of its markup blanked (a comment, a script, code), character references decoded, runs of
 * space made one. Linear: each piece is read once.
 */
function shownParagraphs(html: string): string[] {
  return html
    .split(HTML_PARAGRAPHS)
    .map((piece) => decodeReferences(blankMarkup(piece)).replace(/\s+/g, ' ').trim())
    .filter((piece) => /[A-Za-z]/.test(piece));
}

/** A paragraph of Markdown pictures alone, linked or not ("![graph](a.png)", "[![badge](b.svg)](url)"). */
const PICTURES_ONLY = /^(?:\s*\[?!\[[^\]\n]{0,300}\]\([^)\n]{0,500}\)(?:\]\([^)\n]{0,500}\))?)+\s*$/;

/** Headings the quick scan keeps for the section reader. */
const HEADINGS_KEPT = 40;

/** How much of the opening prose the quick scan reads. */
const PROSE_LOOKED_AT = 4096;
/** Lines and characters the quick scan reads for an account that goes on past its opening (`accountGoesOn`). */
const ACCOUNT_LINES = 600;
const ACCOUNT_LOOKED_AT = 16 * 1024;

/**
 * True when the opening prose may tell an incident: an apology, or an answer (what will be done,
 * the service back) with a cause, an announced account or a report its authors say they made, in the prose or in a heading
 * (`causeHeading`, asked last: it reads headings). The parse decides.
 */
function proseMayTell(prose: string, causeHeading: () => boolean): boolean {
  const tells = (cues: TellingCues, heading: () => boolean) =>
    cues.apology.test(prose) ||
    ((cues.answer.test(prose) || cues.recovered.test(prose)) &&
      (cues.cause.test(prose) || cues.announced.test(prose) || cues.ownReport.test(prose) || cues.eventCause.test(prose) || heading()));
  if (tells(ENGLISH, causeHeading)) return true;
  // Prose in another language read: the same cues in its words, without the look at the headings.
  const cues = foreignCues(prose);
  return cues !== null && tells(cues, () => false);
}

/** True when the cheap scan shows the document cannot be a post-mortem by its content. */
export function quickScanRulesOut(scan: QuickScan): boolean {
  if (scan.frontMatterType && FRONT_MATTER_TYPES.has(scan.frontMatterType)) return false;
  if (scan.title && titleSaysPostmortem(scan.title)) return false;
  return !scan.tells;
}

export type PathVerdict = 'included' | 'excluded' | 'unknown';

/** Decides from the path alone, where it can. */
export function classifyPath(path: string | undefined, settings: Settings): PathVerdict {
  if (!path) return 'unknown';
  if (pathMatches(path, settings.exclude)) return 'excluded';
  if (folderPathMatches(path, settings.files, settings.folderName)) return 'included';
  return 'unknown';
}

export function isTemplatePath(path: string | undefined, settings: Settings): boolean {
  return !!path && folderPathMatches(path, settings.templates, settings.folderName);
}
