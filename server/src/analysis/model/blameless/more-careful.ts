/**
 * A wish that people had taken more care: "had we been more attentive", "if the engineer had
 * been more careful", "Bob could have been more thorough". The counterfactual judges the people
 * it names, as "should have been more careful" does. Leaves care promised or shown ("we have been
 * more careful since"), systems wished better ("if the test had been more thorough") and other
 * qualities ("if the alert had been more sensitive").
 */
import { CARE_WORDS } from './lexicon';
import type { SentenceReader, Subject } from './reader';
import { isClauseMark, isWord } from './words';

/** The words `moreCareful` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const MORE_CAREFUL_KEY = (w: string): boolean => CARE_WORDS.has(w);

/** "… been more careful" after "had <person>", "<person> had" or "<person> could/would/might have". */
export function moreCareful(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!CARE_WORDS.has(t[at].norm) || t[at].literal) return false;
  const more = at - 1;
  const been = at - 2;
  if (been < 1 || !isWord(t[more]) || t[more].norm !== 'more' || !isWord(t[been]) || t[been].norm !== 'been') return false;
  const before = t[been - 1];
  if (!isWord(before)) return false;
  let subject: Subject | null = null;
  if (before.norm === 'had') {
    // "If we had been more careful".
    subject = r.subjectBefore(been - 1);
  } else if (before.norm === 'have' && isWord(t[been - 2]) && ['could', 'would', 'might'].includes(t[been - 2].norm)) {
    // "The reviewer could have been more thorough".
    subject = r.subjectBefore(been - 2);
  } else {
    // "Had we been more attentive", "had the release manager been more careful": the subject
    // stands between "had" and "been".
    for (let k = been - 1, words = 0; k >= 0 && words < 4; k--) {
      if (!isWord(t[k])) {
        if (isClauseMark(t[k]) || t[k].raw === ',') break;
        continue;
      }
      if (t[k].norm === 'had' && k < been - 1) {
        const head = been - 1;
        subject = { cls: r.classify(head, false), head, first: k + 1 };
        break;
      }
      words++;
    }
  }
  if (!subject || !r.isPerson(subject)) return false;
  r.judge(subject, more, at);
  return true;
}
