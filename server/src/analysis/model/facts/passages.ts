import type { AnalysedDocument, Section } from '../model';
import { boundedMemo } from '../../base/memo';

/** One line of a section's body, as plain text with its zero-based line number. */
export interface Passage {
  line: number;
  text: string;
  /** Offset of the line's start in the document. */
  start: number;
}

/** At most this many characters of a section are read for facts: the facts are found near a section's start. */
const SECTION_BUDGET = 64 * 1024;

/** The outermost sections of the given kinds (a nested section of the same kind is inside its parent's span). */
export function sectionsOfKind(doc: AnalysedDocument, kind: string): Section[] {
  const out: Section[] = [];
  for (const section of doc.model.sections) {
    if (section.kind !== kind && !section.kinds.includes(kind)) continue;
    if (out.length && section.heading.start < out[out.length - 1].end) continue;
    out.push(section);
  }
  return out;
}

/**
 * Remembers a reading of some sections that depends on nothing but their text and the lines they
 * start on, for the next versions of the document: typing elsewhere leaves it as it was, and the
 * rules ask for it on every check. Holds a few readings (about one per open document; emptied when full).
 */
export function sectionMemo<T>(limit = 16): (doc: AnalysedDocument, sections: readonly Section[], read: () => T) => T {
  const memo = boundedMemo<T>(limit);
  return (doc, sections, read) => {
    let key = '';
    for (const s of sections) key += `${s.heading.line}\u0000${doc.text.slice(s.heading.start, s.end)}\u0001`;
    return memo(key, read);
  };
}

/** Sections whose heading (folded to lower case) passes the test, outermost only. */
export function sectionsWhere(doc: AnalysedDocument, test: (heading: string, section: Section) => boolean): Section[] {
  const out: Section[] = [];
  for (const section of doc.model.sections) {
    if (!test(section.heading.text.toLowerCase(), section)) continue;
    if (out.length && section.heading.start < out[out.length - 1].end) continue;
    out.push(section);
  }
  return out;
}

/** The body lines of a section (its subsections included), without code fences' content, HTML comments or blank lines. */
export function sectionLines(doc: AnalysedDocument, section: Section): Passage[] {
  return spanLines(doc, section.bodyStart, section.end);
}

/**
 * The body lines of a section, or, for a bold label alone on its line ("**Summary**:" and then a
 * paragraph), the lines after it up to the next section: the model reads such a label as a
 * section of the rest of its paragraph, which is empty, and leaves what it labels outside any section.
 */
export function labelledLines(doc: AnalysedDocument, section: Section): Passage[] {
  const body = sectionLines(doc, section);
  if (body.length || section.source !== 'label') return body;
  const { lines, model } = doc;
  const after = lines.positionAt(section.end).line + 1;
  if (after >= lines.lineCount) return body;
  const next = model.sections.find((s) => s.heading.start > section.heading.start);
  const from = lines.lineStart(after);
  const to = next ? next.heading.start : doc.text.length;
  return to > from ? spanLines(doc, from, to) : body;
}

/**
 * The lines before the first section, after the title and the front matter: where a blog post or
 * an announcement tells its story before (or without) any heading of its own.
 */
export function preambleLines(doc: AnalysedDocument): Passage[] {
  const { model } = doc;
  const from = Math.max(model.title?.end ?? 0, model.frontMatter?.end ?? 0);
  const first = model.sections.find((s) => s.heading.start >= from);
  const to = first ? first.heading.start : doc.text.length;
  return to > from ? spanLines(doc, from, to) : [];
}

/**
 * The whole lines after the title and the front matter that no section holds: the story before
 * the first section, and the lines a list of fields leaves between the fields it reads as
 * sections ("- Date: …", "- Trigger: …" between "- Summary: …" and "- Impact: …").
 */
export function looseLines(doc: AnalysedDocument): Passage[] {
  const { model, lines, text } = doc;
  const out: Passage[] = [];
  const gap = (from: number, to: number) => {
    let first = lines.positionAt(from).line;
    if (from > lines.lineStart(first)) first++;
    // The line where a section starts is the section's, even when its heading starts inside it.
    const last = to >= text.length ? lines.positionAt(to).line : lines.positionAt(to).line - 1;
    if (first <= last) out.push(...spanLines(doc, lines.lineStart(first), lines.lineStart(last) + lines.lineText(last).length));
  };
  let at = Math.max(model.title?.end ?? 0, model.frontMatter?.end ?? 0);
  for (const section of [...model.sections].sort((a, b) => a.heading.start - b.heading.start)) {
    if (section.heading.start > at) gap(at, section.heading.start);
    at = Math.max(at, section.end);
  }
  if (at < text.length) gap(at, text.length);
  return out;
}

/** The lines of the text from `bodyStart` to `sectionEnd` (the first line from `bodyStart` on), within the budget. */
function spanLines(doc: AnalysedDocument, bodyStart: number, sectionEnd: number): Passage[] {
  const { lines } = doc;
  const end = Math.min(sectionEnd, bodyStart + SECTION_BUDGET);
  const bodyLine = lines.positionAt(bodyStart).line;
  const first = bodyLine + 1;
  const last = lines.positionAt(Math.max(bodyStart, end - 1)).line;
  const out: Passage[] = [];
  // A bold label's section ("**Impact**: 40 users") starts on the label's own line.
  const rest = doc.text.slice(bodyStart, lines.lineStart(bodyLine) + lines.lineText(bodyLine).length);
  if (/\p{L}|\d/u.test(rest)) out.push({ line: bodyLine, text: rest, start: bodyStart });
  let fence: string | null = null;
  let comment = false;
  for (let line = first; line <= last; line++) {
    const text = lines.lineText(line);
    const trimmed = text.trimStart();
    const marker = /^(`{3,}|~{3,})/.exec(trimmed);
    if (fence) {
      if (marker && marker[1][0] === fence[0] && marker[1].length >= fence.length) fence = null;
      continue;
    }
    if (marker) {
      fence = marker[1];
      continue;
    }
    if (comment) {
      if (text.includes('-->')) comment = false;
      continue;
    }
    if (trimmed.startsWith('<!--')) {
      if (!text.includes('-->')) comment = true;
      continue;
    }
    if (!trimmed) continue;
    out.push({ line, text, start: lines.lineStart(line) });
  }
  return out;
}

/**
 * The words of a line for the fact patterns: `plain`, with typographic apostrophes written as
 * ASCII ones, so that "didn’t" and "wasn’t" read as "didn't" and "wasn't".
 */
export function words(text: string): string {
  return plain(text).replace(/[\u2018\u2019\u02bc]/g, "'");
}

/**
 * A route announced to other networks ("bgp announcements", "announcing the /23 to upstreams", "announced our /22 to the peers",
 * "bird announcing 10.0.0.1 as unreachable"): routing, not telling people. Facts read it as a
 * route advertisement, so it names no communication.
 */
export const ROUTE_ANNOUNCEMENT =
  /\b(?:(?:bgp|ibgp|ebgp|route|routing|prefix(?:es)?|aggregate|anycast|ipv[46]|unicast|multicast) announc\w*|announc\w* (?:the |a |an |our |its |their |this |that )?(?:[\w./:-]+ ){0,2}(?:routes?|prefix(?:es)?|aggregates?|subnets?|as (?:un)?reachable)\b|announc(?:ed|ing|es)? (?:(?:the |a |an |our |its |their |this |that )?(?:[\w./:-]+ ){0,2})?to (?:the |our |its |all )?(?:upstreams?|peers?|transit|neighbou?rs?)\b)/gi;

/** The document's words with Markdown emphasis, links' targets and code ticks dropped, for matching words. */
export function plain(text: string): string {
  return text
    .replace(/\]\([^)\s]{0,2000}\)/g, ']')
    .replace(/[*_`~]+/g, '')
    .replace(/[[\]]/g, '');
}

/**
 * A line that opens with a field's label: its `name` (a pattern, in any case), after a bullet or
 * not, bold or not, then a colon ("- Cause: …", "**Impact**: …", "__Root cause:__ …"). The
 * labelled lines the fact readers pick out share this frame; only their names differ.
 */
export function fieldLabel(name: string): RegExp {
  return new RegExp(String.raw`^\s*(?:[-*+]\s+)?(?:\*\*|__)?${name}(?:\*\*|__)?\s*:`, 'i');
}
