/**
 * Finds blaming and hindsight phrasing in one sentence of nlcst words. Each form of blame lives in
 * a module of its own beside this one and reads the sentence through a `SentenceReader`, which
 * finds the subject of a fault verb by walking back over adverbs and asides and decides from it
 * whether a person is being blamed: "Bob forgot to run the migration" is blame, "the migration job
 * failed to run" is not. This file only tries the forms at each word, in an order that matters
 * (the first form that reads a word takes it). Pure and linear in the sentence's length.
 */
import { apology, deserved, untrusted, unworthyTitle } from './apology';
import { blamePhrase, blameWord, whoQuestion } from './blame-words';
import { passiveManner } from './careless-work';
import { character, personCharacter } from './character';
import { conduct } from './conduct';
import { departure } from './departure';
import { doneBetter } from './done-better';
import { moreCareful } from './more-careful';
import { exhortation, reminder } from './exhortation';
import { faultNoun } from './fault-nouns';
import { faultVerb, faultyChange } from './fault-verbs';
import { hindsightPhrase, modalHave, obviously } from './hindsight';
import { shouldHaveBlame } from './hindsight-blame';
import type { Hit } from './hit';
import { decision, incidentOughtNotHappen, slowDetection, unacceptableIncident, verdictOnOurPart } from './judged-outcomes';
import { judgementCall } from './judgement-call';
import { judgedWork } from './judged-work';
import { misreading } from './misreading';
import { notCaughtInReview } from './missed-check';
import { adequacy, forNoReason, insteadOf, manner, slip, without } from './manner';
import { passive, passiveOmission, passiveSetAside } from './passive';
import { passwordReuse } from './password-reuse';
import type { People } from './people';
import { SentenceReader } from './reader';
import { frustration, lostConfidence } from './vendor-verdicts';
import { graspFoundShort } from './grasp-found-short';
import { ourFaultHeading } from './our-fault-heading';
import { withoutRefuted } from './refuted';
import { refusal } from './refusal';
import { reproach } from './reproach';
import { reviewSkipped } from './review-skipped';
import { errorAdverb, verdictNoun, wrongCall } from './self-fault';
import type { Sentence } from './tokens';
import { isWord } from './words';

export type { BlameCategory, BlameForm, BlameHit, HindsightForm, HindsightHit, Hit, NameSpan } from './hit';

/**
 * The forms tried at a word once no fixed phrase, fault verb or modal has taken it, in order:
 * each reports its hit and says whether it read the word.
 */
const WORD_FORMS: readonly ((r: SentenceReader, at: number) => boolean)[] = [
  ourFaultHeading,
  passive,
  faultNoun,
  character,
  personCharacter,
  conduct,
  judgedWork,
  misreading,
  graspFoundShort,
  moreCareful,
  doneBetter,
  unacceptableIncident,
  incidentOughtNotHappen,
  verdictOnOurPart,
  slowDetection,
  decision,
  passiveOmission,
  passiveSetAside,
  notCaughtInReview,
  faultyChange,
  errorAdverb,
  wrongCall,
  verdictNoun,
  manner,
  forNoReason,
  slip,
  without,
  departure,
  insteadOf,
  adequacy,
  exhortation,
  judgementCall,
  passiveManner,
  reviewSkipped,
  reminder,
  refusal,
  apology,
  untrusted,
  unworthyTitle,
  deserved,
  passwordReuse,
  frustration,
  lostConfidence,
  reproach,
  blameWord,
  obviously,
];

function read(r: SentenceReader): Hit[] {
  const t = r.t;
  whoQuestion(r);
  for (let i = 0; i < t.length; i++) {
    if (!isWord(t[i])) continue;
    const phrase = blamePhrase(r, i);
    if (phrase) {
      i += phrase - 1;
      continue;
    }
    const modal = modalHave(r, i);
    const verb = faultVerb(r, i);
    if (verb) {
      i += verb - 1;
      continue;
    }
    if (modal) {
      if (!incidentOughtNotHappen(r, i)) shouldHaveBlame(r, i);
      i += modal - 1;
      continue;
    }
    if (WORD_FORMS.some((form) => form(r, i))) continue;
    const hindsight = hindsightPhrase(r, i);
    if (hindsight) i += hindsight - 1;
  }
  return withoutRefuted(r);
}

/** Blaming and hindsight phrasing in one sentence; `following` is the next sentence of its block, when there is one; `heading` when the block is a heading. */
export function detectSentence(sentence: Sentence, people: People, following?: Sentence, heading = false): Hit[] {
  if (!sentence.length) return [];
  return read(new SentenceReader(sentence, people, following, heading));
}
