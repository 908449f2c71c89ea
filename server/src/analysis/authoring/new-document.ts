/**
 * The pure half of the "New Post-Mortem" and "New Pre-Mortem" commands: the slug, the file name
 * from the configured pattern, the next incident ID, the filled template, and a path that can
 * never leave the workspace folder. The client feature does the asking, the file system and
 * the editor; everything that decides is here, so it is tested without an editor.
 */
import { canonicalKey, readKeyValue } from '../model/metadata';
import { foldAccents, normaliseHeading } from '../base/normalise';
import { SectionNames } from '../model/section-names';
import { atxHeadingText, Fences } from '../model/line-scan';
import type { SectionSpec } from '../base/settings';
import { dateVariables, expandSnippet, parseSnippet, type StopRange } from './snippet-syntax';

/** The two kinds of document the commands create. */
export type NewDocumentKind = 'postmortem' | 'premortem';

/** A result that is either a value or a sentence saying what is wrong. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

/** The longest slug taken from a title, in characters. */
export const MAX_SLUG_LENGTH = 60;
/** The longest file or folder name we write, in UTF-8 bytes (file systems allow 255). */
export const MAX_SEGMENT_BYTES = 200;

/**
 * Turns a title into a file-name slug: lower case, letters and digits of any script, words
 * joined by hyphens, accents dropped, at most MAX_SLUG_LENGTH characters cut at a word boundary.
 */
export function slugify(title: string, maxLength = MAX_SLUG_LENGTH): string {
  const words = foldAccents(title)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if ([...next].length > maxLength) {
      if (!slug) slug = [...word].slice(0, maxLength).join('');
      break;
    }
    slug = next;
  }
  return slug || 'untitled';
}

/** The values a file-name pattern may use. */
export interface FileNameValues {
  date: string;
  year: string;
  month: string;
  day: string;
  slug: string;
  /** The incident ID, or '' for documents that have none (pre-mortems). */
  id: string;
  kind: NewDocumentKind;
}

/** The values for a moment in local time, as the user reads the calendar. */
export function calendarValues(now: Date): { date: string; year: string; month: string; day: string } {
  const v = dateVariables(now);
  return { date: `${v.CURRENT_YEAR}-${v.CURRENT_MONTH}-${v.CURRENT_DATE}`, year: v.CURRENT_YEAR, month: v.CURRENT_MONTH, day: v.CURRENT_DATE };
}

const TOKEN = /\$\{([a-zA-Z]+)\}/g;

/** Fills a pattern such as `${date}-${slug}.md`. Unknown tokens are an error naming the setting. */
export function formatFileName(pattern: string, values: FileNameValues, setting: string): Outcome<string> {
  if (!pattern.trim()) return { ok: false, reason: `The setting ${setting} is empty. Set it to a pattern such as \${date}-\${slug}.md.` };
  if (pattern.length > 300) return { ok: false, reason: `The setting ${setting} is longer than 300 characters.` };
  const unknown: string[] = [];
  const known = values as unknown as Record<string, string>;
  const name = pattern.replace(TOKEN, (whole, key: string) => {
    // A value never adds folders: only the pattern's own slashes do.
    if (Object.prototype.hasOwnProperty.call(known, key)) return known[key].replace(/[\\/]/g, '-');
    unknown.push(whole);
    return whole;
  });
  if (unknown.length) {
    return {
      ok: false,
      reason: `The setting ${setting} uses ${unknown.join(', ')}, which it does not know. It can use \${date}, \${year}, \${month}, \${day}, \${slug}, \${id} and \${kind}.`,
    };
  }
  if (!/\$\{slug\}|\$\{id\}/.test(pattern) && !/\$\{(?:date|year|month|day)\}/.test(pattern)) {
    return { ok: false, reason: `The setting ${setting} has no \${slug}, \${id} or date in it, so every new file would get the same name.` };
  }
  return { ok: true, value: name };
}

const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const FORBIDDEN = /[<>:"/\\|?*]/g;
// Control characters, and format characters such as bidirectional overrides that make a name read differently than it is.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Cuts text to at most `bytes` UTF-8 bytes without splitting a character. */
function cutBytes(text: string, bytes: number): string {
  let out = '';
  let size = 0;
  for (const ch of text) {
    const n = utf8Length(ch);
    if (size + n > bytes) break;
    out += ch;
    size += n;
  }
  return out;
}

/**
 * Makes one file or folder name safe on every system: no separators or characters Windows
 * forbids, no control or invisible characters, no leading dots (so no `.` or `..`), no trailing
 * dots or spaces, no reserved device names such as CON or NUL (with or without an extension),
 * and at most MAX_SEGMENT_BYTES bytes with the extension kept. Returns '' when nothing is left.
 */
export function sanitizeSegment(segment: string): string {
  let s = segment.normalize('NFC').replace(INVISIBLE, '').replace(FORBIDDEN, '-');
  s = s.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
  if (!s) return '';
  const dot = s.lastIndexOf('.');
  let stem = dot > 0 ? s.slice(0, dot) : s;
  let ext = dot > 0 ? s.slice(dot) : '';
  if (utf8Length(ext) > 20) {
    stem = s;
    ext = '';
  }
  const firstPart = stem.split('.')[0];
  if (WINDOWS_RESERVED.test(firstPart.trim())) stem = `_${stem}`;
  if (utf8Length(stem) + utf8Length(ext) > MAX_SEGMENT_BYTES) stem = cutBytes(stem, MAX_SEGMENT_BYTES - utf8Length(ext)).replace(/[\s.]+$/, '');
  return stem + ext;
}

/**
 * Checks the configured folder: it must be relative and stay inside the workspace folder.
 * Unlike names built from titles, a folder the user typed is refused rather than changed.
 */
export function checkFolder(folder: string, setting: string): Outcome<string[]> {
  const trimmed = folder.trim();
  if (/^(?:[a-zA-Z]:|[\\/]|~)/.test(trimmed)) {
    return {
      ok: false,
      reason: `The setting ${setting} ("${folder}") is an absolute path. Write a folder relative to the workspace folder, such as postmortems.`,
    };
  }
  const segments = trimmed.split(/[\\/]+/).filter((s) => s && s !== '.');
  for (const segment of segments) {
    if (segment === '..')
      return { ok: false, reason: `The setting ${setting} ("${folder}") leads out of the workspace folder. New documents are only created inside it.` };
    if (sanitizeSegment(segment) !== segment) {
      return {
        ok: false,
        reason: `The setting ${setting} ("${folder}") has a folder name ("${segment}") that is not safe on every system. Use letters, digits, spaces, hyphens and underscores.`,
      };
    }
  }
  return { ok: true, value: segments };
}

/**
 * Joins the folder and a file name (which may hold subfolders from the pattern) into workspace-
 * relative segments that cannot leave the folder: every segment is sanitised, `.`, `..` and empty
 * segments vanish, a leading slash or drive letter becomes a plain name, and the last segment
 * gets a Markdown extension.
 */
export function safeRelativePath(folderSegments: readonly string[], fileName: string): Outcome<string[]> {
  const parts = fileName
    .split(/[\\/]+/)
    .map(sanitizeSegment)
    .filter(Boolean);
  if (parts.length > 8) return { ok: false, reason: 'The file-name pattern makes more than eight nested folders.' };
  let last = parts.pop() ?? '';
  if (!last || /^(?:md|markdown)$/i.test(last)) last = 'untitled.md';
  if (!/\.(?:md|markdown)$/i.test(last)) last = sanitizeSegment(`${cutBytes(last, MAX_SEGMENT_BYTES - 3)}.md`);
  const segments = [...folderSegments, ...parts, last];
  if (segments.some((s) => !s || s === '.' || s === '..' || /[\\/]/.test(s))) {
    return { ok: false, reason: 'The file name could not be made safe.' };
  }
  return { ok: true, value: segments };
}

/** The name to try when `segments` is taken: `name-2.md`, `name-3.md` … */
export function withCounter(segments: readonly string[], counter: number): string[] {
  const out = [...segments];
  const last = out[out.length - 1];
  const dot = last.lastIndexOf('.');
  const stem = dot > 0 ? last.slice(0, dot) : last;
  const ext = dot > 0 ? last.slice(dot) : '';
  const suffix = `-${counter}`;
  out[out.length - 1] = cutBytes(stem, MAX_SEGMENT_BYTES - utf8Length(ext) - suffix.length) + suffix + ext;
  return out;
}

/** A parsed incident-ID format such as `INC-${year}-${number}`. */
export interface IdFormat {
  pattern: string;
  /** Finds IDs of this format in text; group `year` and group `number`. */
  find: RegExp;
  width: number;
  hasYear: boolean;
}

/**
 * Reads an incident-ID format. `${number}` (or `${number:4}` for a width of four digits) is
 * required; `${year}` is optional and restarts numbering each year. The literal parts are
 * escaped and the digit groups bounded, so finding IDs takes linear time.
 */
export function parseIdFormat(format: string, setting: string): Outcome<IdFormat> {
  if (format.length > 60) return { ok: false, reason: `The setting ${setting} is longer than 60 characters.` };
  let width = 3;
  let numbers = 0;
  let years = 0;
  let source = '';
  let last = 0;
  const token = /\$\{(year|number)(?::([1-9]))?\}/g;
  for (let m = token.exec(format); m; m = token.exec(format)) {
    source += format.slice(last, m.index).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (m[1] === 'year') {
      years++;
      source += years === 1 ? '(?<year>\\d{4})' : '\\d{4}';
    } else {
      numbers++;
      if (m[2]) width = Number(m[2]);
      source += numbers === 1 ? '(?<number>\\d{1,9})' : '\\d{1,9}';
    }
    last = m.index + m[0].length;
  }
  source += format.slice(last).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (numbers !== 1) return { ok: false, reason: `The setting ${setting} ("${format}") needs exactly one \${number}, for example INC-\${year}-\${number}.` };
  if (/\$\{/.test(format.replace(token, ''))) return { ok: false, reason: `The setting ${setting} ("${format}") can only use \${year} and \${number}.` };
  return { ok: true, value: { pattern: format, find: new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{N}])`, 'giu'), width, hasYear: years > 0 } };
}

/** Finds IDs of the format in a text (a file name, a metadata value). */
export function findIds(format: IdFormat, text: string): { year: number | null; number: number }[] {
  const found: { year: number | null; number: number }[] = [];
  format.find.lastIndex = 0;
  for (const m of text.matchAll(format.find)) {
    found.push({ year: m.groups?.year ? Number(m.groups.year) : null, number: Number(m.groups?.number) });
  }
  return found;
}

/**
 * Reads the incident IDs a document declares: front-matter keys and `Incident ID:` lines near
 * the top, without a Markdown parse (the command reads many files). Only the first 200 lines
 * are read; metadata lives at the top.
 */
export function declaredIncidentIds(text: string): string[] {
  const ids: string[] = [];
  const lines = text.slice(0, 64 * 1024).split(/\r?\n/, 200);
  for (const line of lines) {
    const kv = readKeyValue(line);
    if (!kv || !kv.value) continue;
    const key = normaliseHeading(kv.label);
    if (canonicalKey(kv.label) === 'incidentId' || key === 'incident id') ids.push(kv.value.replace(/^["']|["']$/g, '').trim());
  }
  return ids;
}

/**
 * The next incident ID: one more than the highest number among the existing IDs of the same
 * year (or of any year, when the format has no year), zero-padded to the format's width.
 */
export function nextIncidentId(format: IdFormat, existing: readonly string[], now: Date): string {
  const year = now.getFullYear();
  let highest = 0;
  for (const text of existing) {
    for (const id of findIds(format, text)) {
      if (format.hasYear && id.year !== year) continue;
      if (id.number > highest) highest = id.number;
    }
  }
  const number = String(highest + 1).padStart(format.width, '0');
  return format.pattern.replace(/\$\{year\}/g, String(year)).replace(/\$\{number(?::[1-9])?\}/g, number);
}

/** What the user chose, and what the command worked out, for filling a template. */
export interface TemplateValues {
  title: string;
  /** Empty for pre-mortems. */
  severity: string;
  /** Empty for pre-mortems. */
  incidentId: string;
  now: Date;
}

/** A filled template, and where to put the cursor: the text to select so that typing replaces it. */
export interface FilledTemplate {
  text: string;
  selection: StopRange;
}

/**
 * Which tab stop of each built-in snippet holds which value. Kept next to the snippet's name so a
 * test can check that the stops still mean what this table says.
 */
export const BUILT_IN_TEMPLATES: Record<
  NewDocumentKind,
  { snippet: string; stops: { title: number; severity?: number; incidentId?: number; date: number; cursor: number } }
> = {
  postmortem: { snippet: 'Post-mortem (full)', stops: { title: 1, date: 2, incidentId: 3, severity: 5, cursor: 7 } },
  premortem: { snippet: 'Pre-mortem', stops: { title: 1, date: 2, cursor: 6 } },
};

/** Keeps a title to one line without characters that would break a heading. */
export function cleanTitle(title: string): string {
  return title.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
}

/**
 * Fills a built-in template from its snippet body: the user's values go into their tab stops,
 * every other stop takes its default, and the selection is the summary's prompt.
 */
export function fillBuiltInTemplate(kind: NewDocumentKind, body: string | readonly string[], values: TemplateValues): FilledTemplate {
  const { stops } = BUILT_IN_TEMPLATES[kind];
  const overrides: Record<number, string> = { [stops.title]: cleanTitle(values.title) || 'Untitled' };
  if (stops.severity !== undefined && values.severity) overrides[stops.severity] = values.severity;
  if (stops.incidentId !== undefined && values.incidentId) overrides[stops.incidentId] = values.incidentId;
  // Overrides are inserted as text, so they never need escaping; the body is parsed once.
  const expansion = expandSnippet(parseSnippet(body), { variables: { ...dateVariables(values.now), TM_SELECTED_TEXT: '' }, values: overrides });
  const cursor = expansion.stops.get(stops.cursor)?.[0] ?? { start: expansion.text.length, end: expansion.text.length };
  return { text: expansion.text, selection: cursor };
}

/** The tokens a team's own template may use. */
export const TEMPLATE_TOKENS = ['title', 'severity', 'id', 'date', 'year', 'month', 'day'] as const;

/**
 * Fills a team's own template: `{{title}}`, `{{severity}}`, `{{id}}`, `{{date}}`, `{{year}}`,
 * `{{month}}` and `{{day}}` are replaced; everything else, including other `{{…}}` placeholders,
 * is kept as written. The cursor goes to the summary section's first line.
 */
export function fillTeamTemplate(template: string, values: TemplateValues, sections: readonly SectionSpec[]): FilledTemplate {
  const cal = calendarValues(values.now);
  const map: Record<string, string> = {
    title: cleanTitle(values.title) || 'Untitled',
    severity: values.severity,
    id: values.incidentId,
    date: cal.date,
    year: cal.year,
    month: cal.month,
    day: cal.day,
  };
  // A token with no value (the severity of a pre-mortem) stays, so the checks still see a placeholder.
  const text = template.replace(/\{\{\s*([a-zA-Z]+)\s*\}\}/g, (whole, key: string) => map[key.toLowerCase()] || whole);
  return { text, selection: summarySelection(text, sections) };
}

/**
 * Where the summary is written: the first non-blank line under the summary heading (selected, so
 * typing replaces a prompt), or the end of the heading line when the section is empty. Fenced code
 * is skipped. Falls back to the end of the first heading, then to the start of the text.
 */
export function summarySelection(text: string, sections: readonly SectionSpec[]): StopRange {
  // The section names as configured (titles and aliases): a template's headings are the team's own
  // names, and reading them by meaning would put the whole heading reader into the editor's bundle.
  const names = new SectionNames(sections);
  const lineRe = /[^\r\n]*(?:\r\n|\n|\r|$)/g;
  const fences = new Fences();
  let afterSummary: number | null = null;
  let firstHeadingEnd: number | null = null;
  for (let m = lineRe.exec(text); m && m[0]; m = lineRe.exec(text)) {
    const start = m.index;
    const content = m[0].replace(/\r?\n$|\r$/, '');
    const end = start + content.length;
    if (fences.inCode(content)) continue;
    const heading = atxHeadingText(content);
    if (afterSummary !== null) {
      if (heading !== null) return { start: afterSummary, end: afterSummary };
      if (content.trim()) {
        const lead = content.length - content.trimStart().length;
        return { start: start + lead, end };
      }
      continue;
    }
    if (heading !== null) {
      if (firstHeadingEnd === null) firstHeadingEnd = end;
      if (names.byName(heading)?.id === 'summary') afterSummary = end;
    }
  }
  const at = afterSummary ?? firstHeadingEnd ?? 0;
  return { start: at, end: at };
}
