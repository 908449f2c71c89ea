/**
 * Findings of one version of a text moved onto the next version, for findings that are costly
 * to compute again on every keystroke (the archive's: a query of every other post-mortem). The
 * two versions differ in one stretch (typing); a finding before it keeps its offsets, one after
 * it moves by the change in length, and one that touches the changed stretch, or whose fix does,
 * is dropped: it will be read again from the new text, and an offset guessed inside an edit could
 * put it, or its fix's edit, in the wrong place.
 */
import type { Finding, Fix, TextEdit } from '../base/findings';

/** The stretch two texts differ in: `start` in both, `end` in the old text, `delta` the change in length. */
export interface TextChange {
  start: number;
  end: number;
  delta: number;
}

/** Characters compared at once, natively, before the two texts are walked one character at a time. */
const CHUNK = 1024;

/** The one stretch `after` differs from `before` in (the common prefix and suffix left out); null when they are equal. */
export function changeBetween(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start + CHUNK <= shorter && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)) start += CHUNK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // The suffix never reaches into the prefix: "aaa" to "aaaa" is one "a" added at the end.
  const room = shorter - start;
  let suffix = 0;
  while (
    suffix + CHUNK <= room &&
    before.slice(before.length - suffix - CHUNK, before.length - suffix) === after.slice(after.length - suffix - CHUNK, after.length - suffix)
  )
    suffix += CHUNK;
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start, end: before.length - suffix, delta: after.length - before.length };
}

/** The range moved past the change, or null when it touches it (an end at the change's start counts as touching). */
function moved(start: number, end: number, change: TextChange): { start: number; end: number } | null {
  if (end < change.start) return { start, end };
  if (start > change.end) return { start: start + change.delta, end: end + change.delta };
  return null;
}

function movedEdit(edit: TextEdit, change: TextChange): TextEdit | null {
  const range = moved(edit.start, edit.end, change);
  return range && { ...edit, ...range };
}

/** `findings` of `before` as findings of `after`; those the change touched are left out. */
export function carryFindings(findings: readonly Finding[], before: string, after: string): Finding[] {
  const change = changeBetween(before, after);
  if (!change) return [...findings];
  const out: Finding[] = [];
  for (const finding of findings) {
    const range = moved(finding.start, finding.end, change);
    if (!range) continue;
    const fixes: Fix[] = [];
    for (const fix of finding.fixes) {
      const edits: TextEdit[] = [];
      for (const edit of fix.edits) {
        const next = movedEdit(edit, change);
        if (next) edits.push(next);
      }
      if (edits.length === fix.edits.length) fixes.push({ ...fix, edits });
    }
    if (fixes.length !== finding.fixes.length) continue;
    out.push({ ...finding, ...range, fixes });
  }
  return out;
}
