/**
 * Folds a heading or key into a comparable form: lower case, no numbering ("2.", "IV)", "a."),
 * no emoji or shortcodes, "(s)" dropped, "&" read as "and", punctuation as spaces.
 */
export function normaliseHeading(text: string): string {
  let s = text.toLowerCase();
  s = s.replace(/:[a-z0-9_+-]+:/g, ' ');
  s = s.replace(/\p{Extended_Pictographic}/gu, ' ');
  s = s.replace(/\(s\)/g, '');
  s = s.replace(/['’]/g, '');
  s = s.replace(/&/g, ' and ');
  // Numbering such as `2.`, `2.1`, `2.1.3)`: digit groups joined by single dots, so matching stays linear.
  s = s.replace(/^[\s#*_]*(?:\d+(?:[.)]\d+)*[.)]?|[ivxlc]+[.)]|[a-h][.)]|step\s+\d+[.:)]?)\s+/u, '');
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ');
  return s.trim();
}
