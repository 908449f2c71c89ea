/**
 * A person's password reuse told as how the breach happened: "the maintainer had reused their
 * password on other sites", "one of the users was using the same password elsewhere". Leaves
 * advice in the present ("people who reuse passwords …"), an attacker's use of a stolen password
 * and "reused" before a noun ("found the maintainer's reused password").
 */
import type { SentenceReader } from './reader';
import { DETERMINERS } from './lexicon';
import { isWord } from './words';

/** Secrets whose reuse is the fault. */
const SECRETS = /^(?:passwords?|passphrases?|credentials?|pins?)$/;

/** The people who break in: using a stolen password is their act, not a lapse of the victim. */
const ADVERSARIES = /^(?:attackers?|hackers?|intruders?|adversar(?:y|ies)|thie(?:f|ves))$/;

/** Words that may follow the secret at the end of its noun phrase. */
const AFTER_SECRET = new Set(['on', 'for', 'in', 'at', 'across', 'with', 'and', 'from', 'between', 'as', 'elsewhere', 'everywhere', 'that', 'which']);

/** True when a secret is named within three words from `from` ("their npm password"). */
function secretAfter(r: SentenceReader, from: number): number {
  const t = r.t;
  for (let k = from; k < from + 4 && isWord(t[k]); k++) {
    if (!SECRETS.test(t[k].norm)) continue;
    // The secret ends its noun phrase: "the password hashing library" is a thing.
    return !isWord(t[k + 1]) || AFTER_SECRET.has(t[k + 1].norm) ? k : -1;
  }
  return -1;
}

/** The words `passwordReuse` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const PASSWORD_REUSE_KEY = (w: string): boolean => w === 'reused' || w === 'using' || w === 'used';

/** "Had reused their password", "was using the same password for …": a person's reuse of a secret, in the past. */
export function passwordReuse(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const word = t[at].norm;
  let secret = -1;
  if (word === 'reused') secret = secretAfter(r, at + 1);
  else if (['using', 'used'].includes(word) && t[at + 1]?.norm === 'the' && t[at + 2]?.norm === 'same') secret = secretAfter(r, at + 3);
  if (secret < 0 || t[at].literal || r.negated(at, 3)) return false;
  // "The maintainer's reused password": an adjective after a possessive or a determiner, not the act.
  const before = t[at - 1];
  if (isWord(before) && (/'s?$/.test(before.norm) || DETERMINERS.has(before.norm))) return false;
  // "Was using", not advice ("start using the same password manager").
  if (word === 'using' && !r.wordBefore(at, 3, (w) => ['was', 'were', 'been'].includes(w.norm))) return false;
  const subject = r.actor(at);
  if (!r.isPerson(subject) || (subject.head >= 0 && ADVERSARIES.test(t[subject.head].norm))) return false;
  r.judgeAs('manner', subject, at, secret);
  return true;
}
