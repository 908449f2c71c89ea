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
import { blamePhrase, blameWord, whoQuestion, BLAME_PHRASE_KEY, BLAME_PHRASE_NEED, BLAME_WORD_KEY, WHO_QUESTION_KEY } from './blame-words';
import { passiveManner, PASSIVE_MANNER_KEY } from './careless-work';
import { character, personCharacter, CHARACTER_KEY, PERSON_CHARACTER_KEY } from './character';
import { conduct, CONDUCT_KEY } from './conduct';
import { departure, DEPARTURE_KEY } from './departure';
import { doneBetter, DONE_BETTER_KEY } from './done-better';
import { moreCareful, MORE_CAREFUL_KEY } from './more-careful';
import { exhortation, reminder, EXHORTATION_KEY, REMINDER_KEY } from './exhortation';
import { faultNoun, FAULT_NOUN_KEY } from './fault-nouns';
import { faultVerb, faultyChange, FAULT_VERB_KEY, FAULT_VERB_NEED, FAULTY_CHANGE_KEY } from './fault-verbs';
import { faultyArtifact, FAULTY_ARTIFACT_KEY, FAULTY_ARTIFACT_NEED } from './faulty-artifact';
import { weFailed, WE_FAILED_KEY, WE_FAILED_NEED } from './we-failed';
import { regrettedAct, REGRETTED_ACT_KEY, REGRETTED_ACT_NEED } from './regretted-act';
import { hindsightPhrase, modalHave, obviously, HINDSIGHT_PHRASE_KEY, HINDSIGHT_PHRASE_NEED, MODAL_HAVE_KEY, OBVIOUSLY_KEY } from './hindsight';
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
import {
  adequacy,
  forNoReason,
  insteadOf,
  manner,
  slip,
  without,
  ADEQUACY_KEY,
  FOR_NO_REASON_KEY,
  FOR_NO_REASON_NEED,
  INSTEAD_OF_KEY,
  MANNER_KEY,
  SLIP_KEY,
  WITHOUT_KEY,
  WITHOUT_NEED,
} from './manner';
import {
  passive,
  passiveOmission,
  passiveSetAside,
  PASSIVE_KEY,
  PASSIVE_OMISSION_KEY,
  PASSIVE_OMISSION_NEED,
  PASSIVE_SET_ASIDE_KEY,
  PASSIVE_SET_ASIDE_NEED,
} from './passive';
import { passwordReuse, PASSWORD_REUSE_KEY } from './password-reuse';
import type { People } from './people';
import { SentenceReader } from './reader';
import { frustration, lostConfidence, FRUSTRATION_KEY, LOST_CONFIDENCE_KEY } from './vendor-verdicts';
import { graspFoundShort, GRASP_FOUND_SHORT_KEY } from './grasp-found-short';
import { ourFaultHeading, OUR_FAULT_HEADING_KEY, OUR_FAULT_HEADING_NEED } from './our-fault-heading';
import { withoutRefuted } from './refuted';
import { refusal, REFUSAL_KEY } from './refusal';
import { reproach, REPROACH_KEY } from './reproach';
import { reviewSkipped, REVIEW_SKIPPED_KEY } from './review-skipped';
import { errorAdverb, verdictNoun, wrongCall, ERROR_ADVERB_KEY, VERDICT_NOUN_KEY, WRONG_CALL_KEY } from './self-fault';
import type { Sentence } from './tokens';
import { isWord } from './words';
import { eitherNeed, type Need } from './phrase-table';
import { boundedMemo } from '../../base/memo';

export type { BlameCategory, BlameForm, BlameHit, HindsightForm, HindsightHit, Hit, NameSpan } from './hit';

/**
 * A form tried at a word, and its key: the test on the word's lower-case form without which the
 * form reads nothing there. A form whose hit needs a rarer word than the one it is tried at
 * names it as its need ("for no reason" is tried at "for" and needs "reason"): the gate asks for
 * the need, the dispatcher for the key. Without a need, the key is the need.
 */
type WordForm = readonly [read: (r: SentenceReader, at: number) => boolean, key: (word: string) => boolean, need?: (word: string) => Need];

/**
 * The forms tried at a word once no fixed phrase, fault verb or modal has taken it, in order:
 * each reports its hit and says whether it read the word. Each is tried only at a word its key
 * passes, so a sentence none of whose words passes a key holds no hit (the gate below).
 */
const WORD_FORMS: readonly WordForm[] = [
  [ourFaultHeading, OUR_FAULT_HEADING_KEY, OUR_FAULT_HEADING_NEED],
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
  [passiveOmission, PASSIVE_OMISSION_KEY, PASSIVE_OMISSION_NEED],
  [passiveSetAside, PASSIVE_SET_ASIDE_KEY, PASSIVE_SET_ASIDE_NEED],
  [faultyChange, FAULTY_CHANGE_KEY],
  [faultyArtifact, FAULTY_ARTIFACT_KEY, FAULTY_ARTIFACT_NEED],
  [weFailed, WE_FAILED_KEY, WE_FAILED_NEED],
  [regrettedAct, REGRETTED_ACT_KEY, REGRETTED_ACT_NEED],
  [errorAdverb, ERROR_ADVERB_KEY],
  [wrongCall, WRONG_CALL_KEY],
  [verdictNoun, VERDICT_NOUN_KEY],
  [manner, MANNER_KEY],
  [forNoReason, FOR_NO_REASON_KEY, FOR_NO_REASON_NEED],
  [slip, SLIP_KEY],
  [without, WITHOUT_KEY, WITHOUT_NEED],
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
const MEMO_LIMIT = 20000;
const memo = boundedMemo<Keyed | null>(MEMO_LIMIT);

function keyedAt(word: string): Keyed | null {
  return memo(word, () => keysOf(word));
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
 * What a hit needs of the word (see `Need`): the needs of the passes (the two rarest words of a
 * fixed phrase) and of the forms (the words a form cannot do without, or else its key), taken
 * together. A sentence none of whose words lets a hit through holds none, since each pass and
 * form records a hit only where its phrase or its needed words stand.
 */
function needsOf(word: string): Need {
  let need: Need = MODAL_HAVE_KEY(word);
  for (const passNeed of [BLAME_PHRASE_NEED, FAULT_VERB_NEED, HINDSIGHT_PHRASE_NEED]) need = eitherNeed(need, passNeed(word));
  for (const [, key, formNeed] of WORD_FORMS) {
    if (need === true) break;
    need = eitherNeed(need, formNeed ? formNeed(word) : key(word));
  }
  return need;
}

/** `needsOf` each word, as computed once (bounded as `memo` is). */
const needMemo = boundedMemo<Need>(MEMO_LIMIT);

function needOf(word: string): Need {
  return needMemo(word, () => needsOf(word));
}

/**
 * True when the words handed to `visit` by `each` let a hit through: one word does on its own,
 * or with a word it needs beside it among them. `each` is called a second time, to collect the
 * words, only when some word needs another.
 */
function letThrough(each: (visit: (word: string) => boolean) => boolean): boolean {
  let pending: (readonly string[])[] | undefined;
  const through = each((word) => {
    const need = needOf(word);
    if (need === true) return true;
    if (need) (pending ??= []).push(need);
    return false;
  });
  if (through) return true;
  if (!pending) return false;
  const words = new Set<string>();
  each((word) => {
    words.add(word);
    return false;
  });
  return pending.some((partners) => partners.some((word) => words.has(word)));
}

/**
 * The gate: true when the words of the sentence let a hit through (or it opens as a question
 * "who …" asks). A sentence the gate refuses holds no hit, by construction.
 */
export function mayHit(sentence: Sentence): boolean {
  const first = sentence.find(isWord);
  if (first && WHO_QUESTION_KEY(first.norm)) return true;
  return letThrough((visit) => {
    for (const token of sentence) if (isWord(token) && visit(token.norm)) return true;
    return false;
  });
}

/** Letters and digits of the words the parser joins (a subset of its own word characters, after lower-casing). */
const LETTERS = '0-9a-z\u00df-\u00f6\u00f8-\u024f';
/** The marks the parser keeps inside a word between letters ("on-call", "didn't", "e.g"), straight apostrophes included. */
const INNER = "&'.:=?@\\u00ad\\u00b7\\u2010\\u2011\\u2019\\u2027_-";
/** A run of letters joined by inner marks, as the parser makes a word of it. */
const CHUNK = new RegExp(`[${LETTERS}]+(?:[${INNER}]+[${LETTERS}]+)*`, 'g');
const SEGMENT = new RegExp(`[${LETTERS}]+`, 'g');
const SEGMENT_ONLY = new RegExp(`^[${LETTERS}]+$`);
/** Chunks of more segments than this are let through rather than tried piece by piece. */
const MAX_SEGMENTS = 8;

/**
 * The gate before the sentence split: false when no word of the block can be needed, so that the
 * block is neither split into sentences nor read. Every word of the parser's whose lower-case
 * form a pass could need is letters, or letters joined by inner marks ("didn't"): it stands in the
 * block as a run of its segments between two marks, so each such run of each chunk is tried.
 */
export function mayHitBlock(text: string): boolean {
  const folded = text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
  return letThrough((visit) => {
    CHUNK.lastIndex = 0;
    for (let m = CHUNK.exec(folded); m; m = CHUNK.exec(folded)) {
      const chunk = m[0];
      if (WHO_QUESTION_KEY(chunk) || visit(chunk)) return true;
      if (SEGMENT_ONLY.test(chunk)) continue;
      const segments: number[] = [];
      SEGMENT.lastIndex = 0;
      for (let s = SEGMENT.exec(chunk); s; s = SEGMENT.exec(chunk)) segments.push(s.index, s.index + s[0].length);
      // A chunk of many segments ("a-b-c-d-…") is let through rather than tried piece by piece.
      if (segments.length > 2 * MAX_SEGMENTS) return true;
      for (let a = 0; a < segments.length; a += 2)
        for (let b = a + 1; b < segments.length; b += 2) {
          if (!a && b === segments.length - 1) continue;
          const word = chunk.slice(segments[a], segments[b]);
          if (WHO_QUESTION_KEY(word) || visit(word)) return true;
        }
    }
    return false;
  });
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
