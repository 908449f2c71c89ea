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

const TITLE_PATTERN =
  /\b(?:post[\s-]?mortem|incident\s+(?:report|review|analysis|retrospective|summary|write-?up)|retrospective|post[\s-]?incident\s+review|root\s+cause\s+analysis|pre[\s-]?mortem)\b/i;

/** True when a title names the document a post-mortem (or an incident report, review, retrospective). */
export function titleSaysPostmortem(title: string): boolean {
  return TITLE_PATTERN.test(title);
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
}

/**
 * Reads the front matter's `type` and the first heading without a Markdown parse. It looks at
 * the first 200 lines, skips fenced code, and is only used to rule files out cheaply: a file it
 * takes for a post-mortem is parsed and decided again on the full tree.
 */
export function quickScan(text: string): QuickScan {
  const scan: QuickScan = { frontMatterType: null, title: null };
  const limit = Math.min(text.length, 64 * 1024);
  const head = text.slice(text.charCodeAt(0) === 0xfeff ? 1 : 0, limit);
  const lines = head.split(/\r?\n/, 200);
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
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (fences.inCode(line)) continue;
    const atx = atxHeadingText(line);
    if (atx !== null) {
      scan.title = scan.title && titleSaysPostmortem(scan.title) ? scan.title : atx;
      break;
    }
    if (i > 0 && /^ {0,3}=+\s*$/.test(line) && lines[i - 1].trim()) {
      scan.title = lines[i - 1].trim();
      break;
    }
  }
  return scan;
}

/** True when the cheap scan shows the document cannot be a post-mortem by its content. */
export function quickScanRulesOut(scan: QuickScan): boolean {
  if (scan.frontMatterType && FRONT_MATTER_TYPES.has(scan.frontMatterType)) return false;
  if (scan.title && titleSaysPostmortem(scan.title)) return false;
  return true;
}

export type PathVerdict = 'included' | 'excluded' | 'unknown';

/** Decides from the path alone, where it can. */
export function classifyPath(path: string | undefined, settings: Settings): PathVerdict {
  if (!path) return 'unknown';
  if (pathMatches(path, settings.exclude)) return 'excluded';
  if (pathMatches(path, settings.files)) return 'included';
  return 'unknown';
}

export function isTemplatePath(path: string | undefined, settings: Settings): boolean {
  return !!path && pathMatches(path, settings.templates);
}
