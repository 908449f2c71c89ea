/**
 * The people an owner names. An owner cell or token often lists several people ("Ana, Ben",
 * "Ana and Ben", "Ana/Ben"); each is an owner of the item in the view and in "My items", and the
 * vague-owner rule asks for one of them to be accountable. Reading is one pass over the value.
 */

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '<': '>', '{': '}' };

/** True when `/` at `at` joins the parts of one name: a team handle such as `@org/team`, or "N/A". */
function slashJoins(value: string, partStart: number, at: number): boolean {
  // Only the 64 characters either side are looked at, so a long value costs no more per slash.
  const before = value.slice(Math.max(partStart, at - 64), at).trim();
  let end = at + 1;
  while (end < value.length && end < at + 64 && !/[,;&+/]/.test(value[end])) end++;
  const after = value.slice(at + 1, end).trim();
  if (before.length < 2 || after.length < 2) return true;
  return /^@[\p{L}\p{N}_.-]+$/u.test(before) && !after.startsWith('@');
}

/**
 * The names an owner lists, in the order written, once each (compared without case): split at
 * commas, semicolons, `&`, `+`, `/` and the word "and", but not inside brackets ("Ana (SRE, EU)"),
 * not in a team handle (`@org/team`) and not between single letters ("N/A", "R&D"). An owner of one name gives that name.
 */
export function splitOwners(owner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let closer = '';
  let start = 0;
  const cut = (end: number, next: number) => {
    parts.push(owner.slice(start, end));
    start = next;
  };
  for (let i = 0; i < owner.length; i++) {
    const c = owner[i];
    if (depth > 0) {
      if (c === closer) depth--;
      continue;
    }
    if (OPENERS[c]) {
      depth = 1;
      closer = OPENERS[c];
    } else if (c === ',' || c === ';' || c === '&' || c === '+') cut(i, i + 1);
    else if (c === '/' && !slashJoins(owner, start, i)) cut(i, i + 1);
    else if ((c === 'a' || c === 'A') && /\s/.test(owner[i - 1] ?? '') && /^and\s/i.test(owner.slice(i, i + 4))) cut(i, i + 3);
  }
  parts.push(owner.slice(start));
  // A one-letter part means the separator was inside a word such as "R&D".
  if (parts.some((p) => p.trim().length === 1)) return owner.trim() ? [owner.trim()] : [];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of parts) {
    const name = raw.trim();
    const key = name.toLowerCase();
    if (!name || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out.length ? out : owner.trim() ? [owner.trim()] : [];
}
