import { normaliseHeading } from '../base/normalise';

/** Well-known metadata keys, folded, with their canonical names. */
const CANONICAL: Record<string, string> = {
  date: 'date',
  'incident date': 'date',
  'date of incident': 'date',
  'incident start date': 'date',
  'incident id': 'incidentId',
  'incident number': 'incidentId',
  'incident no': 'incidentId',
  id: 'incidentId',
  incident: 'incidentId',
  owner: 'owner',
  'incident owner': 'owner',
  'postmortem owner': 'owner',
  'post mortem owner': 'owner',
  'document owner': 'owner',
  dri: 'owner',
  author: 'authors',
  authors: 'authors',
  'created by': 'authors',
  'written by': 'authors',
  severity: 'severity',
  sev: 'severity',
  'severity level': 'severity',
  'incident severity': 'severity',
  status: 'status',
  'incident status': 'status',
  'document status': 'status',
  'last modified': 'updated',
  'last updated': 'updated',
  updated: 'updated',
};

/** The canonical name of a metadata key, or null. */
export function canonicalKey(label: string): string | null {
  return CANONICAL[normaliseHeading(label)] ?? null;
}

/** True for keys whose value should be a calendar date. */
export function isDateKey(key: string, canonical: string | null): boolean {
  return canonical === 'date' || canonical === 'updated' || /\bdate\b/.test(key);
}

/**
 * True when a label can be a metadata key: it starts with a letter, holds only letters, digits,
 * spaces and `()#/_.-`, and is at most five words, so that a sentence, a time or a URL is not one.
 */
export function isKeyLabel(label: string): boolean {
  if (!label || label.length > 40 || !/^[\p{L}][\p{L}\p{N} ()#/_.-]*$/u.test(label) || label.split(/\s+/).length > 5) return false;
  return !/^(?:https?|mailto|ftp)$/i.test(label);
}

/** Words that name a column of a key/value table rather than a key ("| Field | Value |"). */
const COLUMN_WORDS = new Set([
  'field',
  'fields',
  'key',
  'value',
  'values',
  'item',
  'property',
  'attribute',
  'name',
  'detail',
  'details',
  'description',
  'info',
  'information',
  'metadata',
  'parameter',
  'setting',
  'entry',
]);

/** True when a header cell names a table's column ("Field", "Value", "Details"), not a key or its value. */
export function isColumnWord(cell: string): boolean {
  return COLUMN_WORDS.has(normaliseHeading(cell));
}

export interface KeyValue {
  label: string;
  value: string;
  /** Offsets of the value within the line. */
  valueStart: number;
  valueEnd: number;
}

/**
 * Reads one `Key: value` line as templates write it: `Date: …`, `**Date:** …`, `**Date**: …`,
 * `- **Owner**: …`, `| Severity | SEV2 |` is handled by the caller. Keys are short (at most
 * five words) so that ordinary sentences with a colon are not taken for metadata.
 */
export function readKeyValue(line: string): KeyValue | null {
  let i = 0;
  const n = line.length;
  while (i < n && (line[i] === ' ' || line[i] === '\t')) i++;
  if (i < n && (line[i] === '-' || line[i] === '*' || line[i] === '+') && line[i + 1] === ' ') i += 2;
  while (i < n && line[i] === ' ') i++;
  let strong = '';
  if (line.startsWith('**', i) || line.startsWith('__', i)) {
    strong = line.slice(i, i + 2);
    i += 2;
  }
  const keyStart = i;
  const colon = line.indexOf(':', i);
  if (colon === -1 || colon - keyStart > 40) return null;
  // `11:45` is a time, not a key and a value.
  if (/\d/.test(line[colon - 1] ?? '') && /\d/.test(line[colon + 1] ?? '')) return null;
  let keyEnd = colon;
  let j = colon + 1;
  if (strong) {
    const close = line.indexOf(strong, keyStart);
    if (close === -1) return null;
    if (close < colon) {
      // `**Date**: value`
      if (line.slice(close + 2, colon).trim()) return null;
      keyEnd = close;
    } else if (close === colon + 1) {
      // `**Date:** value`
      j = close + 2;
    } else {
      return null;
    }
  }
  const label = line.slice(keyStart, keyEnd).trim();
  if (!isKeyLabel(label)) return null;
  while (j < n && (line[j] === ' ' || line[j] === '\t')) j++;
  let end = n;
  while (end > j && /\s/.test(line[end - 1])) end--;
  // Trailing HTML comments (notes, or our control comments) are not part of the value.
  while (line.startsWith('-->', end - 3) && end - 3 >= j) {
    const open = line.lastIndexOf('<!--', end - 4);
    if (open < j) break;
    end = open;
    while (end > j && /\s/.test(line[end - 1])) end--;
  }
  // Drop emphasis wrapping the whole value, as in `Status: **Resolved**`.
  let valueStart = j;
  let valueEnd = end;
  const wrap = /^(\*\*|__|\*|_|`)/.exec(line.slice(valueStart, valueEnd));
  if (wrap && line.slice(valueStart, valueEnd).endsWith(wrap[1]) && valueEnd - valueStart > 2 * wrap[1].length) {
    valueStart += wrap[1].length;
    valueEnd -= wrap[1].length;
  }
  return { label, value: line.slice(valueStart, valueEnd), valueStart, valueEnd };
}
