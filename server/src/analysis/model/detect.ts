import picomatch from 'picomatch';
import type { Settings } from '../base/settings';

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

/** True when a title names the document a post-mortem (or an incident report, review, retrospective). */
export function titleSaysPostmortem(title: string): boolean {
  return TITLE_PATTERN.test(title);
}

/**
 * Words that name an incident: an outage, downtime, a breach, a service that was down. Read in a
 * title, a heading or the opening paragraphs of a document whose title does not call it a report.
 */
const INCIDENT_WORDS =
  /\b(?:outages?|incidents?|downtime|disruptions?|degradation|degraded|service interruptions?|data loss|breach(?:ed|es)?|exploit(?:ed|s)?|post[\s-]?mortem|(?:went|was|were|been) (?:down|offline|unavailable|unreachable))\b/i;

/** What a heading asks or names when it tells a cause or an account ("What happened?", "Why did it happen?"). */
const STORY_HEADING =
  /\b(?:root[\s-]?causes?|contributing factors|what happened|what went wrong|why (?:it|this|that) happened|why did (?:it|this|that) happen|why was (?:it|the \w+) so long|lessons learned)\b/i;

/** A verb or state of the past: the opening tells something that happened, not how to do something. */
const PAST =
  /\b(?:was|were|had|could(?:n't| not)?|yesterday|this morning|last night|earlier today|experienced|suffered|hit|went|caused|led to|resulted in|happened|occurred|failed|broke|crashed|lost|stopped|started|began|noticed|discovered|detected)\b/i;

/** A sentence that gives a cause. */
const CAUSE =
  /\b(?:root[\s-]?cause|caused by|the cause|was due to|were due to|due to an?|triggered by|traced (?:it |this )?(?:back )?to|a bug (?:in|introduced)|bug introduced)\b/i;

/** A sentence that answers for it: an apology, a commitment, a lesson. */
const ANSWER =
  /\b(?:apologi[sz]e\w*|apologies|sorry|regret\w*|we will|we'll|we are (?:working|adding|investigating|improving|changing|reviewing)|we have (?:since|now)|to prevent|(?:from )?happening again|we learn(?:ed|t)?|lessons?)\b/i;

/** A title that names another kind of document: a guide, a design, notes of a meeting, a changelog. */
const OTHER_GENRE =
  /\b(?:runbooks?|schedules?|playbooks?|how[\s-]?to|guides?|tutorials?|design|proposals?|rfc|templates?|checklists?|meetings?|minutes|agenda|sync|stand-?up|changelog|release notes|readme|faq|spec(?:ification)?s?|roadmap)\b/i;

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
  /** The first top-level paragraphs (the title not among them), in order; eight are enough. */
  paragraphs: readonly string[];
  /** How many headings open with a time of day (entries of a timeline told by the clock). */
  clockHeadings: number;
}

/**
 * True when a document tells an incident as a post-mortem does though nothing names it one: its
 * headings (underlined or asked as questions count as any other) name a cause and three more parts
 * of an account, one of them a timeline, lessons or action items; or they name a cause and two
 * more parts, and its title, headings or opening name an incident its opening tells in the past;
 * or, without such headings, its title
 * names an incident and its first paragraphs tell it happening, give its cause and answer for it
 * (an apology, a commitment, a lesson); or, with no cause named, a heading says "timeline", another
 * names a part of an account, three or more open with a time of day, and its first paragraphs tell
 * in the past. A title naming a guide, a design, a meeting or a changelog
 * rules it out: a runbook for an outage has a cause and an impact too, but tells no past.
 */
export function contentSaysPostmortem(signs: ContentSigns): boolean {
  const { title, kinds, headings, paragraphs, share } = signs;
  if (title && OTHER_GENRE.test(title)) return false;
  const opening = paragraphs[0] ?? '';
  const named = (title !== null && INCIDENT_WORDS.test(title)) || INCIDENT_WORDS.test(opening) || headings.some((h) => INCIDENT_WORDS.test(h));
  const account = ACCOUNT_KINDS.filter((k) => kinds.has(k)).length;
  // A cause, three more parts, one of them the account of the events or what was learned or will
  // be done: the outline of a post-mortem, which a runbook (symptoms, impact, causes to check,
  // mitigation) or a design (summary, impact, timeline of the work) does not fill.
  // The parts must make most of the outline: a reference manual with hundreds of headings names
  // a cause, an impact and a summary somewhere too.
  // With three, the document must also name an incident or open in the past: a design may have a
  // summary, an impact, a timeline of its work and the cause of the problem it solves.
  if (kinds.has('root-cause') && account >= 3 && STORY_KINDS.some((k) => kinds.has(k)) && share >= 2 / 3) return account >= 4 || named || PAST.test(opening);
  if (kinds.has('root-cause') && account >= 2 && share >= 1 / 2) return named && PAST.test(opening);
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
  if (account >= 2 || !title || !INCIDENT_WORDS.test(title)) return false;
  const sentences = paragraphs.join('\n').split(/(?<=[.!?])\s+|\n+/);
  const told = sentences.some((s) => PAST.test(s) && (INCIDENT_WORDS.test(s) || /\b(?:failures?|errors?|faults?)\b/i.test(s)));
  return told && sentences.some((s) => CAUSE.test(s)) && sentences.some((s) => ANSWER.test(s));
}

/** True when a heading or title seen by the quick scan may open a post-mortem that names itself nowhere. */
function mayTell(heading: string): boolean {
  return INCIDENT_WORDS.test(heading) || STORY_HEADING.test(heading) || clockHeading(heading);
}

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

export function frontMatterSaysTemplate(data: Record<string, unknown>): boolean {
  return data.template === true;
}

/** What a cheap scan of the first lines finds, so most non-post-mortems are never parsed. */
/** A front matter key that says what a document is, or its title. */
const FRONT_MATTER_KEY = /^(type|kind|layout|doctype|title|postmortem)\s*:\s*["']?/i;

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

/**
 * The text of an ATX heading line (`## Impact ##` gives `Impact`), or null for any other line,
 * as `/^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/` reads it: the closing run of `#` goes when a space
 * stands before it. In one pass: that pattern tried every end of the text again to the end of a
 * run of spaces, and a heading with a long one cost the square of its length.
 */
export function atxHeadingText(line: string): string | null {
  const open = /^ {0,3}#{1,6}\s/.exec(line);
  if (!open) return null;
  const text = line.slice(open[0].length).trim();
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 35) end--;
  const heading = end < text.length && end > 0 && /\s/.test(text[end - 1]) ? text.slice(0, end).trimEnd() : text;
  // The text is one line: a line break left inside it (a lone `\r`) makes no heading.
  return /[\n\r\u2028\u2029]/.test(heading) ? null : heading;
}

/** Follows fenced code line by line without a parse, for the quick looks that read lines. */
export class Fences {
  private fence: string | null = null;

  /** True when `line` opens or closes a fence, or lies inside one. */
  inCode(line: string): boolean {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (marker) {
      if (this.fence === null) this.fence = marker[1][0];
      else if (marker[1][0] === this.fence) this.fence = null;
      return true;
    }
    return this.fence !== null;
  }
}

export interface QuickScan {
  frontMatterType: string | null;
  title: string | null;
  /** A title or heading names an incident or its cause ("Services outage", "Root cause"), so the content may make it a post-mortem. */
  tells: boolean;
}

/**
 * Reads the front matter's `type`, the first heading, and whether a heading names an incident or
 * its cause, without a Markdown parse. It looks at the first 2,000 lines of the first 64 KB (a
 * long report often names its cause far down), skips fenced code, and is only used to rule files
 * out cheaply: a file it takes for a post-mortem is parsed and decided again on the full tree.
 */
export function quickScan(text: string): QuickScan {
  const scan: QuickScan = { frontMatterType: null, title: null, tells: false };
  const limit = Math.min(text.length, 64 * 1024);
  const head = text.slice(text.charCodeAt(0) === 0xfeff ? 1 : 0, limit);
  const lines = head.split(/\r?\n/, 2000);
  let i = 0;
  if (lines[0] === '---') {
    for (i = 1; i < lines.length && lines[i] !== '---' && lines[i] !== '...'; i++) {
      const field = frontMatterField(lines[i]);
      if (!field) continue;
      const [key, value] = field;
      if (key === 'title') scan.title = value;
      else if (key === 'postmortem') scan.frontMatterType = value === 'true' ? 'postmortem' : scan.frontMatterType;
      else scan.frontMatterType = value.toLowerCase();
    }
    i++;
  }
  const fences = new Fences();
  let titled = false;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (fences.inCode(line)) continue;
    let heading = atxHeadingText(line);
    let titles = heading !== null;
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
  }
  return scan;
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
