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
      const m = /^(type|kind|layout|doctype|title|postmortem)\s*:\s*["']?(.*?)["']?\s*$/i.exec(lines[i]);
      if (!m) continue;
      const key = m[1].toLowerCase();
      if (key === 'title') scan.title = m[2];
      else if (key === 'postmortem') scan.frontMatterType = m[2] === 'true' ? 'postmortem' : scan.frontMatterType;
      else scan.frontMatterType = m[2].toLowerCase();
    }
    i++;
  }
  let fence: string | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      if (fence === null) fence = fenceMatch[1][0];
      else if (fenceMatch[1][0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const atx = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (atx) {
      scan.title = scan.title && titleSaysPostmortem(scan.title) ? scan.title : atx[1];
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
