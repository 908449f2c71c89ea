/**
 * Conduct wished better in hindsight: "we could have handled the rollout much better", "the
 * migration could have been handled far better", "we could, and should have, done better". The
 * counterfactual judges the work of whoever did it, as "should have been more careful" does.
 * Leaves praise ("we could not have handled it better"), what would have happened ("the new
 * driver would have handled the load better"), a system as the subject or the doer ("the cache
 * could have handled the burst better", "… done better by the second node"), a condition ("… better
 * if the runbook had covered it"), the retrospective's question ("What could have been done better?")
 * and a plain "should have done better", which `shouldHaveBlame` reads.
 */
import type { SentenceReader } from './reader';
import { isWord } from './words';

/** Participles of doing one's work, which "better" after them judges. */
const CONDUCT = new Set(['handled', 'done', 'managed', 'communicated', 'planned', 'executed', 'run']);

/** True when the sentence ends with a question mark (the sentence splitter ends it there). */
function asked(t: SentenceReader['t']): boolean {
  for (let k = t.length - 1; k >= 0 && k >= t.length - 3; k--) if (t[k].raw === '?') return true;
  return false;
}

/** The words `doneBetter` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const DONE_BETTER_KEY = (w: string): boolean => w === 'better';

/** Reads "better" at `at` after a modal perfect of conduct. */
export function doneBetter(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!isWord(t[at]) || t[at].norm !== 'better') return false;
  const w = (k: number) => (isWord(t[k]) ? t[k].norm : '');
  // Back over a grade and a short object ("handled the rollout much better") to the participle.
  let p = at - 1;
  for (let words = 0; words < 5 && isWord(t[p]) && !CONDUCT.has(w(p)); words++) p--;
  if (!CONDUCT.has(w(p))) return false;
  let k = p - 1;
  const passive = w(k) === 'been';
  // "we could, and should have, done much better": the aside closes before the participle.
  const aside = !passive && t[k]?.raw === ',';
  if (passive || aside) k--;
  let modal = k - 1;
  if (w(k) !== 'have' || !['could', 'should'].includes(w(modal))) return false;
  // A plain "should have done better" is shouldHaveBlame's.
  if (w(modal) === 'should' && !passive && !aside) return false;
  if (aside && w(modal - 3) === 'could') modal -= 3;
  // "What could have been done better?", as a heading or a question: the retrospective's prompt,
  // asked of no one. "What could have been done better was the handover" answers it, and judges.
  if (w(modal - 1) === 'what' && (r.heading || asked(t))) return false;
  const denied = t.slice(Math.max(0, modal - 2), at).some((x) => isWord(x) && /^(?:not|never)$|n't$/.test(x.norm));
  // "… done better by the second node" names a thing as the doer; "… better if the runbook had covered it" a condition.
  const thingDid = passive && w(at + 1) === 'by' && !/ing$/.test(w(at + 2)) && !r.agentAfter(at + 2);
  if (denied || thingDid || t.slice(at).some((x) => isWord(x) && ['if', 'unless'].includes(x.norm))) return false;
  const subject = r.subjectBefore(modal);
  if (passive || subject.cls === 'none') r.blame('judgment-verb', 'group-fault', modal, at, modal, at);
  else if (r.isPerson(subject)) r.judgeAs('judgment-verb', subject, modal, at);
  else return false;
  return true;
}
