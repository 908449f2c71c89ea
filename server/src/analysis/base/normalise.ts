/**
 * Folds a heading or key into a comparable form: lower case, no numbering ("2.", "IV)", "a."),
 * no emoji or shortcodes, "(s)" dropped, "&" read as "and", punctuation as spaces.
 */
export function normaliseHeading(text: string): string {
  // Only heading-sized text is remembered: long text would hold memory for nothing.
  if (text.length > 200) return fold(text);
  let folded = memo.get(text);
  if (folded === undefined) {
    // Headings and keys repeat from one version of a document to the next: remember them, within bounds.
    if (memo.size >= 20000) memo.clear();
    folded = fold(text);
    memo.set(text, folded);
  }
  return folded;
}

const memo = new Map<string, string>();

function fold(text: string): string {
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

/** Words by which a heading or an item speaks to its readers ("What you should do", "Advice for users", "User next steps"). */
const READER =
  /\b(?:you|your|yours|yourself)\b|\bfor (?:our |the |all |any )?(?:affected |impacted )?(?:users|customers|clients|developers|maintainers|operators|readers|admins|administrators|self hosters|contributors|community|depositors|holders)\b|\b(?:user |customer )?actions? required\b|\brequired (?:user |customer )?actions?\b|^(?:affected |impacted )?(?:users?|customers?|clients?) (?:next steps|actions?|action items|to ?dos?)\b/;

/**
 * True when a heading or an item speaks to the document's readers: what it asks is the readers'
 * to do (rotate your token, upgrade your client), not the authors' follow-up work.
 */
export function addressesReader(text: string): boolean {
  const key = normaliseHeading(text.length > 400 ? text.slice(0, 400) : text);
  return READER.test(key);
}

/** The text with its accents and other combining marks taken off ("Solução" as "Solucao"), compatibility forms folded. */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}
