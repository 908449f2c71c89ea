/**
 * Finds blaming and hindsight phrasing in one sentence of nlcst words. Each form of blame lives in
 * a module of its own beside this one and reads the sentence through a `SentenceReader`, which
 * finds the subject of a fault verb by walking back over adverbs and asides and decides from it
 * whether a person is being blamed: "Bob forgot to run the migration" is blame, "the migration job
 * failed to run" is not. This file only tries the forms at each word, in an order that matters
 * (the first form that reads a word takes it). Pure and linear in the sentence's length.
 */
import {
  apology,
  deserved,
  responsibilityTaken,
  untrusted,
  unworthyTitle,
  APOLOGY_KEY,
  DESERVED_KEY,
  RESPONSIBILITY_TAKEN_KEY,
  UNTRUSTED_KEY,
  UNWORTHY_TITLE_KEY,
} from './apology';
import { blamePhrase, blameWord, whoQuestion, BLAME_PHRASE_KEY, BLAME_WORD_KEY, WHO_QUESTION_KEY } from './blame-words';
import { passiveManner, PASSIVE_MANNER_KEY } from './careless-work';
import { character, personCharacter, CHARACTER_KEY, PERSON_CHARACTER_KEY } from './character';
import { conduct, CONDUCT_KEY } from './conduct';
import { departure, DEPARTURE_KEY } from './departure';
import { doneBetter, DONE_BETTER_KEY } from './done-better';
import { moreCareful, MORE_CAREFUL_KEY } from './more-careful';
import { exhortation, reminder, EXHORTATION_KEY, REMINDER_KEY } from './exhortation';
import { faultNoun, FAULT_NOUN_KEY } from './fault-nouns';
import { faultVerb, faultyChange, FAULT_VERB_KEY, FAULTY_CHANGE_KEY } from './fault-verbs';
import { hindsightPhrase, modalHave, obviously, HINDSIGHT_PHRASE_KEY, MODAL_HAVE_KEY, OBVIOUSLY_KEY } from './hindsight';
import { shouldHaveBlame } from './hindsight-blame';
import type { Hit } from './hit';
import {
  decision,
  incidentOughtNotHappen,
  slowDetection,
  unacceptableIncident,
  verdictOnOurPart,
  DECISION_KEY,
  INCIDENT_OUGHT_NOT_HAPPEN_KEY,
  SLOW_DETECTION_KEY,
  UNACCEPTABLE_INCIDENT_KEY,
  VERDICT_ON_OUR_PART_KEY,
} from './judged-outcomes';
import { judgementCall, JUDGEMENT_CALL_KEY } from './judgement-call';
import { judgedWork, JUDGED_WORK_KEY } from './judged-work';
import { misreading, MISREADING_KEY } from './misreading';
import { notCaughtInReview, NOT_CAUGHT_IN_REVIEW_KEY } from './missed-check';
import {
  adequacy,
  forNoReason,
  insteadOf,
  manner,
  slip,
  without,
  ADEQUACY_KEY,
  FOR_NO_REASON_KEY,
  INSTEAD_OF_KEY,
  MANNER_KEY,
  SLIP_KEY,
  WITHOUT_KEY,
} from './manner';
import { passive, passiveOmission, passiveSetAside, PASSIVE_KEY, PASSIVE_OMISSION_KEY, PASSIVE_SET_ASIDE_KEY } from './passive';
import { passwordReuse, PASSWORD_REUSE_KEY } from './password-reuse';
import type { People } from './people';
import { SentenceReader } from './reader';
import { frustration, lostConfidence, FRUSTRATION_KEY, LOST_CONFIDENCE_KEY } from './vendor-verdicts';
import { graspFoundShort, GRASP_FOUND_SHORT_KEY } from './grasp-found-short';
import { ourFaultHeading, OUR_FAULT_HEADING_KEY } from './our-fault-heading';
import { withoutRefuted } from './refuted';
import { refusal, REFUSAL_KEY } from './refusal';
import { reproach, REPROACH_KEY } from './reproach';
import { reviewSkipped, REVIEW_SKIPPED_KEY } from './review-skipped';
import { errorAdverb, verdictNoun, wrongCall, ERROR_ADVERB_KEY, VERDICT_NOUN_KEY, WRONG_CALL_KEY } from './self-fault';
import type { Sentence } from './tokens';
import { isWord } from './words';

export type { BlameCategory, BlameForm, BlameHit, HindsightForm, HindsightHit, Hit, NameSpan } from './hit';

/** A form tried at a word, and its key: the test on the word's lower-case form without which the form reads nothing there. */
type WordForm = readonly [read: (r: SentenceReader, at: number) => boolean, key: (word: string) => boolean];

/**
 * The forms tried at a word once no fixed phrase, fault verb or modal has taken it, in order:
 * each reports its hit and says whether it read the word. Each is tried only at a word its key
 * passes, so a sentence none of whose words passes a key holds no hit (the gate below).
 */
const WORD_FORMS: readonly WordForm[] = [
  [ourFaultHeading, OUR_FAULT_HEADING_KEY],
  [passive, PASSIVE_KEY],
  [faultNoun, FAULT_NOUN_KEY],
  [character, CHARACTER_KEY],
  [personCharacter, PERSON_CHARACTER_KEY],
  [conduct, CONDUCT_KEY],
  [judgedWork, JUDGED_WORK_KEY],
  [misreading, MISREADING_KEY],
  [graspFoundShort, GRASP_FOUND_SHORT_KEY],
  [moreCareful, MORE_CAREFUL_KEY],
  [doneBetter, DONE_BETTER_KEY],
  [unacceptableIncident, UNACCEPTABLE_INCIDENT_KEY],
  [incidentOughtNotHappen, INCIDENT_OUGHT_NOT_HAPPEN_KEY],
  [verdictOnOurPart, VERDICT_ON_OUR_PART_KEY],
  [slowDetection, SLOW_DETECTION_KEY],
  [decision, DECISION_KEY],
  [passiveOmission, PASSIVE_OMISSION_KEY],
  [passiveSetAside, PASSIVE_SET_ASIDE_KEY],
  [notCaughtInReview, NOT_CAUGHT_IN_REVIEW_KEY],
  [faultyChange, FAULTY_CHANGE_KEY],
  [errorAdverb, ERROR_ADVERB_KEY],
  [wrongCall, WRONG_CALL_KEY],
  [verdictNoun, VERDICT_NOUN_KEY],
  [manner, MANNER_KEY],
  [forNoReason, FOR_NO_REASON_KEY],
  [slip, SLIP_KEY],
  [without, WITHOUT_KEY],
  [departure, DEPARTURE_KEY],
  [insteadOf, INSTEAD_OF_KEY],
  [adequacy, ADEQUACY_KEY],
  [exhortation, EXHORTATION_KEY],
  [judgementCall, JUDGEMENT_CALL_KEY],
  [passiveManner, PASSIVE_MANNER_KEY],
  [reviewSkipped, REVIEW_SKIPPED_KEY],
  [reminder, REMINDER_KEY],
  [refusal, REFUSAL_KEY],
  [responsibilityTaken, RESPONSIBILITY_TAKEN_KEY],
  [apology, APOLOGY_KEY],
  [untrusted, UNTRUSTED_KEY],
  [unworthyTitle, UNWORTHY_TITLE_KEY],
  [deserved, DESERVED_KEY],
  [passwordReuse, PASSWORD_REUSE_KEY],
  [frustration, FRUSTRATION_KEY],
  [lostConfidence, LOST_CONFIDENCE_KEY],
  [reproach, REPROACH_KEY],
  [blameWord, BLAME_WORD_KEY],
  [obviously, OBVIOUSLY_KEY],
];

/** What may be read at a word, from the keys of the passes of `read` and of the word forms. */
interface Keyed {
  phrase: boolean;
  modal: boolean;
  verb: boolean;
  hindsight: boolean;
  /** The word forms whose key the word passes, in the order of `WORD_FORMS`. */
  forms: readonly WordForm[0][];
}

/** The keys a word passes: null when it passes none, so that nothing can be read at it. */
function keysOf(word: string): Keyed | null {
  const forms = WORD_FORMS.filter(([, key]) => key(word)).map(([form]) => form);
  const keyed: Keyed = {
    phrase: BLAME_PHRASE_KEY(word),
    modal: MODAL_HAVE_KEY(word),
    verb: FAULT_VERB_KEY(word),
    hindsight: HINDSIGHT_PHRASE_KEY(word),
    forms,
  };
  return keyed.phrase || keyed.modal || keyed.verb || keyed.hindsight || forms.length ? keyed : null;
}

/** Every pass and form, for any word: the reading without the gate, which tests compare with the gated one. */
const EVERY: Keyed = { phrase: true, modal: true, verb: true, hindsight: true, forms: WORD_FORMS.map(([form]) => form) };

/**
 * The keys each word passes, as computed once: a word is looked up, not tested against every
 * key again. The keys are pure functions of the word, so an answer never goes stale; the memo is
 * emptied when it grows past `MEMO_LIMIT` words, which bounds a long session's memory.
 */
const memo = new Map<string, Keyed | null>();
const MEMO_LIMIT = 20000;

function keyedAt(word: string): Keyed | null {
  let keyed = memo.get(word);
  if (keyed === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    keyed = keysOf(word);
    memo.set(word, keyed);
  }
  return keyed;
}

function read(r: SentenceReader, keys: (word: string) => Keyed | null): Hit[] {
  const t = r.t;
  whoQuestion(r);
  for (let i = 0; i < t.length; i++) {
    if (!isWord(t[i])) continue;
    const keyed = keys(t[i].norm);
    if (!keyed) continue;
    const phrase = keyed.phrase ? blamePhrase(r, i) : 0;
    if (phrase) {
      i += phrase - 1;
      continue;
    }
    const modal = keyed.modal ? modalHave(r, i) : 0;
    const verb = keyed.verb ? faultVerb(r, i) : 0;
    if (verb) {
      i += verb - 1;
      continue;
    }
    if (modal) {
      if (!incidentOughtNotHappen(r, i)) shouldHaveBlame(r, i);
      i += modal - 1;
      continue;
    }
    if (keyed.forms.some((form) => form(r, i))) continue;
    const hindsight = keyed.hindsight ? hindsightPhrase(r, i) : 0;
    if (hindsight) i += hindsight - 1;
  }
  return withoutRefuted(r);
}

/**
 * The gate: true when a word of the sentence passes a key (or it opens as a question "who …"
 * asks). A sentence the gate refuses holds no hit, by construction: `read` tries each pass and
 * form only at a word its key passes.
 */
export function mayHit(sentence: Sentence): boolean {
  const first = sentence.find(isWord);
  if (first && WHO_QUESTION_KEY(first.norm)) return true;
  for (const token of sentence) if (isWord(token) && keyedAt(token.norm)) return true;
  return false;
}

/** Blaming and hindsight phrasing in one sentence; `following` is the next sentence of its block, when there is one; `heading` when the block is a heading. */
export function detectSentence(sentence: Sentence, people: People, following?: Sentence, heading = false): Hit[] {
  if (!sentence.length || !mayHit(sentence)) return [];
  return read(new SentenceReader(sentence, people, following, heading), keyedAt);
}

/** The same reading with every pass and form tried at every word, without keys or gate: for tests, which hold the two equal. */
export function detectSentenceUngated(sentence: Sentence, people: People, following?: Sentence, heading = false): Hit[] {
  if (!sentence.length) return [];
  return read(new SentenceReader(sentence, people, following, heading), () => EVERY);
}
