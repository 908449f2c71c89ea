/**
 * A belief of someone other than the authors told as what happened: "the engineer making the
 * change thought the trigger ran the old script", "the reviewer assumed that the flag was off".
 * Telling what a named person, a role or a group wrongly held puts the failure on their grasp of
 * it. The authors' own belief ("we assumed the backups ran", "I thought it was DNS") is the
 * system's lesson and stays, as do a thing's ("the tests assumed an empty database"), a belief
 * given as the reason for an act ("paged the team because she thought …"), one measured against
 * ("longer than he thought") and one denied.
 */
import type { SentenceReader } from './reader';
import { isWord } from './words';

/** The verbs of holding a belief, in the past. */
const BELIEVED = /^(?:thought|assumed|believed)$/;

/**
 * Words after the verb that make it no belief held about a fact ("thought about it", "thought
 * otherwise") or a duty taken on ("assumed the role of incident commander", "assumed control").
 */
const NOT_A_FACT = /^(?:about|of|through|over|up|out|so|otherwise|long|roles?|responsibilit(?:y|ies)|control|ownership|command|lead|dut(?:y|ies))$/;

/** Adverbs that make the belief a first guess of the investigation: "initially thought", "at first believed". */
const FIRST_GUESS = /^(?:initially|originally|first)$/;

/**
 * True when the belief after `at` is a guess at the cause ("thought it was the network", "assumed
 * that the issue was in the proxy"): the state of an investigation, not a grasp judged.
 */
function guessAtCause(r: SentenceReader, at: number): boolean {
  const t = r.t;
  let k = at + 1;
  if (isWord(t[k]) && t[k].norm === 'that') k++;
  for (const end = k + 3; k < end && isWord(t[k]); k++)
    if (
      /^(?:it|this|problem|issue|cause|culprit|fault|outage|incident|error|failure)$/.test(t[k].norm) &&
      /^(?:was|were|is|might|could|lay)$/.test(t[k + 1]?.norm ?? '')
    )
      return true;
  return false;
}

/** Words before the subject that make the belief a reason, a measure or a question: "because he thought", "than she assumed". */
const GIVEN_AS = /^(?:because|since|as|than|if|who|what)$/;

/** "The reviewer assumed that …", "Dana thought the same": a person's belief told as what happened. */
export function belief(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const next = t[at + 1];
  if (!BELIEVED.test(t[at].norm) || t[at].literal || !isWord(next) || r.negated(at, 2)) return false;
  if ([next, t[at + 2]].some((w) => isWord(w) && NOT_A_FACT.test(w.norm))) return false;
  if (r.wordBefore(at, 2, (w) => FIRST_GUESS.test(w.norm)) || guessAtCause(r, at)) return false;
  // "The release manager wrongly assumed …": the subject before a manner adverb.
  const adverb = isWord(t[at - 1]) && /^[a-z]{3,}ly$/.test(t[at - 1].norm);
  const subject = r.subjectBefore(adverb ? at - 1 : at);
  if (subject.head < 0 || subject.shared || !['named', 'individual', 'group'].includes(subject.cls)) return false;
  const before = t[subject.first - 1];
  if (isWord(before) && GIVEN_AS.test(before.norm)) return false;
  r.judgeAs('judgment-verb', subject, at, at);
  return true;
}
