/**
 * The author who signs a report written in the first person: the name under an e-mail signature
 * delimiter ("-- " on a line of its own) or after a closing salutation ("Best regards,", "Cheers,")
 * at the end of the document. LABELS reads an "I will …" of a signed report as owned by the one who
 * signs: "I" is a person the readers can name.
 */
import type { Span } from '../model';

/** How far from the end a signature is looked for: a closing is short. */
const TAIL = 800;

/** A person's name: two or three capitalised words ("Ana Souza", "Ana de Souza"); a first name alone names too little. */
const NAME = String.raw`(\p{Lu}\p{Ll}{1,20}(?:\s+(?:(?:de|da|van|von|der|den|la|le|del|dos)\s+)?\p{Lu}[\p{Ll}'’-]{1,20}){1,2})`;

/** NAME in its own case: under SALUTED's case-blind flag `\p{Lu}` also takes a lower-case letter. */
const NAME_AS_WRITTEN = new RegExp(`^${NAME}$`, 'u');

/** "-- " alone on its line, then the name, ended by a comma, the line's end or a title after a comma. */
const DELIMITED = new RegExp(String.raw`(?:^|\n)--[ \t]*\r?\n[ \t]*` + NAME + String.raw`[ \t]*(?:,|\r?\n|$)`, 'u');

/** A closing salutation, then the name on the same line or the next. */
const SALUTED = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:best(?:\s+(?:regards|wishes))?|kind\s+regards|warm\s+regards|regards|cheers|thanks|thank\s+you|sincerely|yours(?:\s+(?:truly|sincerely))?)[ \t]*,?[ \t]*(?:\r?\n[ \t]*)?` +
    NAME +
    String.raw`[ \t]*(?:,|\r?\n|$)`,
  'iu',
);

/** The name that signs the document, with its span, or null. Reads only the document's last lines. */
export function signedAuthor(text: string): (Span & { value: string }) | null {
  const from = Math.max(0, text.length - TAIL);
  const tail = text.slice(from);
  const m = DELIMITED.exec(tail) ?? SALUTED.exec(tail);
  // The salutation is read in any case; the name is not ("Thanks,\nthe ops team" signs no person).
  if (!m || !NAME_AS_WRITTEN.test(m[1])) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length, value: m[1] };
}

/** An item in the author's own first person: "I will …", "I'll …", "I am going to …". */
export const FIRST_PERSON_PROMISE = /^[\s*_>"'“]*i(?:\s+will|['’]ll|\s+am\s+going\s+to|\s+shall)\s+(?:also\s+|then\s+|personally\s+)?[a-z]/i;
