/**
 * An act taken outside the way it was meant to go, pinned on the person who took it: "the config
 * was edited outside the release pipeline by @kim", "Omar applied it by hand outside of Ansible",
 * "the contractor restarted the cluster against the vendor's advice". The person is the clause's
 * subject (not the authors' "we", whose account of their own response work this usually is) or
 * the agent of a passive after "by". Leaves a time or place ("outside business hours", "outside
 * the building"), what lay beyond someone's reach ("outside our control") and the acts of systems.
 */
import type { SentenceReader, Subject } from './reader';
import { isClauseMark, isWord } from './words';

/** The ways of working an act may be said to have gone around: "outside the change process", "outside of CI". */
const CHANNELS = /^(?:process(?:es)?|pipelines?|workflows?|procedures?|channels?|tool(?:s|ing)?|reviews?|approvals?|policy|policies|window)$/;

/** What "against" must name for the act to be a choice made against counsel. */
const COUNSEL = /^(?:advice|recommendations?|guidance|instructions?|policy|policies|process|procedures?|runbooks?)$/;

/** Words a noun phrase after "outside" or "against" may start with. */
const OPENERS = new Set([
  'the',
  'our',
  'their',
  'his',
  'her',
  'its',
  'a',
  'an',
  'any',
  'all',
  'explicit',
  'clear',
  'repeated',
  'standard',
  'usual',
  'normal',
  'agreed',
]);

/**
 * The last word of the way of working named after `from` ("the release pipeline", "the vendor's
 * advice"), or -1: a noun the test accepts within four words of the same clause, or, when `names`
 * holds, a capitalised name ("outside of Terraform Cloud").
 */
function channelEnd(r: SentenceReader, from: number, test: RegExp, names: boolean): number {
  const t = r.t;
  let k = from;
  if (isWord(t[k]) && t[k].norm === 'of') k++;
  let name = -1;
  for (let words = 0; k < t.length && words < 4; k++) {
    if (!isWord(t[k])) {
      if (isClauseMark(t[k]) || t[k].raw === ',') break;
      continue;
    }
    words++;
    const w = t[k];
    if (test.test(w.norm)) return k;
    if (names && /^[A-Z][a-z]+[A-Za-z]*$/.test(w.raw) && (name < 0 || name === k - 1)) name = k;
    else if (name >= 0) return name;
    else if (!OPENERS.has(w.norm) && !/^[a-z-]+(?:'s?)?$/.test(w.norm)) return -1;
  }
  return name;
}

/** What says a departure was sanctioned: "… outside the usual channels, as the runbook allows". */
const SANCTIONED = /^(?:allows?|allowed|permits?|permitted|agreed|planned|intended|documented|requires?|required|expected|approved)$/;

/** True when "as" and a word of sanction follow within the sentence's next few words. */
function sanctioned(r: SentenceReader, from: number): boolean {
  const t = r.t;
  for (let k = from; k < t.length && k - from < 12; k++) {
    if (!isWord(t[k]) || t[k].norm !== 'as') continue;
    for (let j = k + 1; j < t.length && j - k < 6; j++) if (isWord(t[j]) && SANCTIONED.test(t[j].norm)) return true;
  }
  return false;
}

/** The person who took the act: the clause's subject, other than the authors, or a passive's agent. */
function actorOf(r: SentenceReader, at: number): Subject | null {
  const subject = r.clauseSubject(at);
  if (r.isPerson(subject, false)) return subject;
  const agent = r.passiveAgent(at);
  return agent && r.isPerson(agent, false) ? agent : null;
}

/** The words `departure` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const DEPARTURE_KEY = (w: string): boolean => w === 'outside' || w === 'against';

/** "… outside of the deploy pipeline by @kim", "… against the runbook's advice": an act that went around its due course. */
export function departure(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const word = t[at].norm;
  if ((word !== 'outside' && word !== 'against') || t[at].literal) return false;
  const end = channelEnd(r, at + 1, word === 'outside' ? CHANNELS : COUNSEL, false);
  const named = word === 'outside' && end < 0 ? channelEnd(r, at + 1, CHANNELS, true) : -1;
  if (end < 0 && named < 0) return false;
  // A tool or service named by its own name is a way of working only for an act in the passive
  // pinned on a person ("… edited outside of Terraform Cloud by @kim"): "Bob lives outside Lyon".
  const actor = end < 0 ? r.passiveAgent(at) : actorOf(r, at);
  if (!actor || !r.isPerson(actor, false) || sanctioned(r, Math.max(end, named) + 1)) return false;
  r.judge(actor, at, Math.max(end, named));
  return true;
}
