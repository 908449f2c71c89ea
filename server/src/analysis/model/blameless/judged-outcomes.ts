/**
 * An outcome or a decision judged, which judges whoever owned it: "an outage of this size is
 * unacceptable", "losing customer data is inexcusable", "an unacceptable recovery time",
 * "starting the job at 5 pm was unwise", and the same verdict after a verb of judging ("we consider
 * losing production data unacceptable") or an "it" ("it was unacceptable to break production").
 * Leaves "unacceptable" said of anything but the incident, a loss or the time to notice or recover
 * ("unacceptable latency", "an unacceptable response time"), a verdict on what would happen ("a
 * day of lost orders would be unacceptable"), a standard for a case ("where data loss is not
 * acceptable") and negated judgements.
 */
import { categoryOf } from './hit';
import { DECISION_WORDS, POSSESSIVE_PRONOUNS } from './lexicon';
import type { SentenceReader } from './reader';
import type { Token } from './tokens';
import { BE, isClauseMark, isWord, PERSON_CLASSES } from './words';

/** Acts that are the incident itself, judged after an "it" ("it was unacceptable to break production"). */
const INCIDENT_ACTS = new Set(['break', 'lose', 'leak', 'drop', 'corrupt']);

/** Verbs that put a verdict on their object: "we consider losing data unacceptable". */
const VERDICT_VERBS = new Set(['consider', 'considered', 'deem', 'deemed', 'find', 'found']);

/** Words for the incident itself, which "… is unacceptable" judges as a fault ("this outage", "the downtime"). */
const INCIDENT_WORDS = new Set(['outage', 'outages', 'incident', 'incidents', 'downtime', 'breach', 'disruption', 'lapse', 'failure', 'failures']);

/**
 * Words for a loss the incident caused ("losing production data", "the data loss", "dropping
 * queued messages"): judged unacceptable, the loss is the authors' failure as the outage is.
 */
const LOSS_WORDS = new Set(['losing', 'loss', 'losses', 'dropping', 'corrupting', 'leaking']);

/** Words that make a loss a measure of a link or a signal ("packet loss", "a loss rate"), not something lost by someone. */
const MEASURED_BEFORE = new Set(['packet', 'packets', 'frame', 'frames', 'signal', 'power', 'heat', 'insertion', 'return', 'path']);
const MEASURED_AFTER = new Set(['rate', 'rates', 'ratio', 'percentage', 'percent', 'budget', 'threshold', 'mode', 'modes']);

/** True when the loss at `i` is a measured quantity: "Packet loss was unacceptable on the link" judges a link, not conduct. */
function measuredLoss(t: SentenceReader['t'], i: number): boolean {
  if (i < 0 || t[i].norm !== 'loss') return false;
  return (isWord(t[i - 1]) && MEASURED_BEFORE.has(t[i - 1].norm)) || (isWord(t[i + 1]) && MEASURED_AFTER.has(t[i + 1].norm));
}

/** Modals that make a verdict one on what would happen ("would be unacceptable"): a standard, not a fault. */
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'will', "would've", "wouldn't", 'may']);

/** True when the verb "be" at `be` is a modal's ("would be", "will be"): the verdict is on a case, not on what happened. */
export function hypothetical(r: SentenceReader, be: number): boolean {
  const t = r.t;
  return t[be].norm === 'be' && isWord(t[be - 1]) && HYPOTHETICAL.has(t[be - 1].norm);
}

/** The words `unacceptableIncident` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const UNACCEPTABLE_INCIDENT_KEY = (w: string): boolean => w === 'acceptable' || w === 'unacceptable' || w === 'inexcusable';

/**
 * "An outage of this size is unacceptable", "a disruption that long is inexcusable", "losing
 * production data is unacceptable": the incident itself, or the loss it caused, judged; a fault
 * the authors take on.
 */
export function unacceptableIncident(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (t[at].literal) return false;
  let be = at - 1;
  if (t[at].norm === 'acceptable') {
    // "… is not acceptable", "… is most certainly not acceptable", "… wasn't acceptable": the same verdict in two words.
    const not = notBefore(r, at);
    if (not < 0) return false;
    be = t[not].norm === 'not' ? not - 1 : not;
    while (isWord(t[be]) && VERDICT_ADVERBS.has(t[be].norm) && be > not - 3) be--;
  } else {
    if ((t[at].norm !== 'unacceptable' && t[at].norm !== 'inexcusable') || r.negated(at)) return false;
    if (isWord(t[be]) && VERDICT_ADVERBS.has(t[be].norm)) be--;
  }
  const judged = (w: Token) => {
    const i = t.indexOf(w);
    // "A failure rate of one percent is unacceptable" judges a measure, as "packet loss" does.
    if (INCIDENT_WORDS.has(w.norm)) return !(isWord(t[i + 1]) && MEASURED_AFTER.has(t[i + 1].norm));
    // "The data not being available is unacceptable": what was lost is the service.
    if (w.norm === 'available') return t[i - 1]?.norm === 'being' && t[i - 2]?.norm === 'not';
    return LOSS_WORDS.has(w.norm) && !measuredLoss(t, i);
  };
  if (!isWord(t[be]) || !BE.has(t[be].norm)) return t[at].norm !== 'acceptable' && verdictVerbOn(r, be, at, judged);
  if (hypothetical(r, be)) return false;
  // "The outage isn't acceptable as a reason to …" judges an excuse, not the incident.
  if (isWord(t[at + 1]) && t[at + 1].norm === 'as') return false;
  const from = t[at].norm === 'acceptable' ? at - 1 : at;
  if (ownVerdictOnThis(r, be, at)) {
    r.blame('verdict', 'self-fault', from, at, from, at);
    return true;
  }
  // "It was unacceptable to break production": the act the incident was, put after the verdict.
  const norm = (k: number) => (isWord(t[k]) ? t[k].norm : '');
  const actAfter = norm(be - 1) === 'it' && norm(at + 1) === 'to' && INCIDENT_ACTS.has(norm(at + 2));
  // "Environments where data loss is not acceptable", "if losing a day of orders is unacceptable": a
  // standard for a kind of case, not a verdict on this one.
  if (r.wordBefore(be, 8, (x) => CASES.has(x.norm))) return false;
  if (!(actAfter || r.wordBefore(be, 8, judged) || thisIncident(r, be)) || reportedFromOthers(r, be)) return false;
  r.blame('character', 'group-fault', from, at, from, at);
  return true;
}

/**
 * "We consider losing production data unacceptable", "we found the outage inexcusable": a verb of
 * judging, the incident or its loss as its object, then the verdict. Leaves a verdict on what would
 * happen ("we would consider a day of downtime unacceptable"), a case weighed ("if we find the
 * loss unacceptable") and a negated verb.
 */
function verdictVerbOn(r: SentenceReader, before: number, at: number, judged: (w: Token) => boolean): boolean {
  const t = r.t;
  let verb = before;
  while (verb > 0 && before - verb < 10 && !VERDICT_VERBS.has(t[verb].norm) && !isClauseMark(t[verb]) && t[verb].raw !== ',') verb--;
  if (!isWord(t[verb]) || !VERDICT_VERBS.has(t[verb].norm) || r.negated(verb)) return false;
  if (r.wordBefore(verb, 4, (x) => HYPOTHETICAL.has(x.norm) || CONDITIONS.has(x.norm)) || !t.slice(verb, at).some(judged)) return false;
  r.blame('character', 'group-fault', at, at, at, at);
  return true;
}

/** Words after "to" or "for" that make a verdict the authors' own: "unacceptable to us", "… to our team". */
const OUR_SIDE = new Set(['us', 'me', 'ourselves', 'myself']);
const OUR = new Set(['our', 'my']);

/** Words before a verdict that make it a case weighed, not a thing that happened: "if this is unacceptable to us, …", "where data loss is not acceptable". */
const CONDITIONS = new Set(['if', 'whether', 'unless', 'when', 'once', 'where']);

/** The same, and "wherever", "whenever": "run the drill wherever downtime is unacceptable" sets a standard for a kind of case. */
const CASES = new Set([...CONDITIONS, 'wherever', 'whenever']);

/**
 * "This is completely unacceptable to our group", "that was not acceptable to us": what the
 * sentence points back at (the incident told just before) judged by the authors as theirs to
 * answer for. Only "this" or a clause-initial "that" as the whole subject ("a timeout that is
 * unacceptable to us" judges a timeout), and only with the authors named after "to" or "for":
 * "this is unacceptable for a public API" judges a design. Leaves a condition ("if this is
 * unacceptable to us, …") and, through the caller, verdicts on what would happen.
 */
function ownVerdictOnThis(r: SentenceReader, be: number, at: number): boolean {
  const t = r.t;
  const subject = be - 1;
  if (!isWord(t[subject]) || !(t[subject].norm === 'this' || (t[subject].norm === 'that' && r.initialAt(subject)))) return false;
  if (r.wordBefore(subject, 4, (w) => CONDITIONS.has(w.norm))) return false;
  const w = (k: number) => (isWord(t[k]) ? t[k].norm : '');
  if (w(at + 1) !== 'to' && w(at + 1) !== 'for') return false;
  return OUR_SIDE.has(w(at + 2)) || (OUR.has(w(at + 2)) && isWord(t[at + 3]));
}

/** Words before an incident word that make it a time or a place, not the thing judged: "latency during the outage". */
const AROUND = new Set(['during', 'in', 'after', 'before', 'since', 'from', 'of', 'by', 'for', 'at', 'throughout', 'on', 'until', 'like', 'than']);

/**
 * "… so the outage dragged on through the night - this is unacceptable", "the outage
 * went on for hours, which is unacceptable": a bare "this", "that" or "which" pointing back at a
 * clause of the same sentence whose subject is the incident. Leaves the incident named as a time
 * ("latency during the outage was high; this is unacceptable" judges latency) and a condition
 * ("if an outage runs long, that is unacceptable").
 */
function thisIncident(r: SentenceReader, be: number): boolean {
  const t = r.t;
  const subject = be - 1;
  if (!isWord(t[subject]) || !['this', 'that', 'which'].includes(t[subject].norm)) return false;
  let marks = 0;
  for (let k = subject - 1, words = 0; k >= 0 && words < 15; k--) {
    if (!isWord(t[k])) {
      if (['.', '!', '?'].includes(t[k].raw)) return false;
      // One clause back: the dash, comma or semicolon before "this", and none further.
      if ((isClauseMark(t[k]) || t[k].raw === ',' || t[k].raw === ';') && ++marks > 1) return false;
      continue;
    }
    words++;
    if (CASES.has(t[k].norm)) return false;
    if (!INCIDENT_WORDS.has(t[k].norm) && !LOSS_WORDS.has(t[k].norm)) continue;
    if ((isWord(t[k + 1]) && MEASURED_AFTER.has(t[k + 1].norm)) || measuredLoss(t, k)) return false;
    // The word before the incident's noun phrase ("during the outage", "after this incident").
    let before = k - 1;
    while (before > k - 3 && isWord(t[before]) && !AROUND.has(t[before].norm) && /^(?:the|this|that|an?|our|its|whole|entire|last)$/.test(t[before].norm))
      before--;
    if (isWord(t[before]) && AROUND.has(t[before].norm)) return false;
    // A condition anywhere before it in the sentence: "if an outage runs long, that is unacceptable".
    for (let j = k - 1; j >= 0 && !['.', '!', '?'].includes(t[j].raw); j--) if (isWord(t[j]) && CASES.has(t[j].norm)) return false;
    return true;
  }
  return false;
}

/** Verbs that report what someone else said or wrote. */
const SPEECH_VERBS = new Set(['said', 'says', 'wrote', 'writes', 'stated', 'states', 'admitted', 'admits', 'acknowledged', 'acknowledges']);

/**
 * True when a speech verb of another organisation or a document stands before `be`: "the provider
 * wrote that the outage was unacceptable" quotes a third party's verdict on its own incident,
 * which is theirs to make. "We said the outage was unacceptable" is still the authors' verdict.
 */
function reportedFromOthers(r: SentenceReader, be: number): boolean {
  const t = r.t;
  for (let i = be - 1; i >= 0; i--) {
    if (!isWord(t[i]) || !SPEECH_VERBS.has(t[i].norm)) continue;
    // A colleague's verdict ("Ana said the outage was unacceptable") is still the authors' side's.
    return !['we', 'self', 'individual', 'named', 'none'].includes(r.subjectBefore(i).cls);
  }
  return false;
}

/** Adverbs that only strengthen a verdict: "simply unacceptable", "most certainly not acceptable". */
const VERDICT_ADVERBS = new Set(['simply', 'totally', 'completely', 'entirely', 'frankly', 'clearly', 'certainly', 'most', 'just', 'absolutely', 'definitely']);

/**
 * The negation just before "acceptable" at `at`: "not" right before it, or "isn't"/"wasn't" (which
 * stands for the verb too); -1 when there is none, or when "not" is itself denied ("not not").
 */
function notBefore(r: SentenceReader, at: number): number {
  const t = r.t;
  const w = t[at - 1];
  if (!isWord(w)) return -1;
  if (w.norm === 'not') return r.negated(at - 1) ? -1 : at - 1;
  return ["isn't", "wasn't", "aren't", "weren't"].includes(w.norm) ? at - 1 : -1;
}

/** Words that judge conduct when said "on our part": "unacceptable on our part", "careless on my part". */
const CONDUCT_VERDICTS = new Set(['unacceptable', 'inexcusable', 'irresponsible', 'unprofessional', 'careless', 'negligent', 'lazy']);

/** The words `verdictOnOurPart` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const VERDICT_ON_OUR_PART_KEY = (w: string): boolean => CONDUCT_VERDICTS.has(w);

/**
 * "This is completely unacceptable on our part", "leaving it broken was careless on my part": a
 * verdict the authors put on what someone did, owned by "on our part" (or "my", "their" …). Only
 * "part": "on our side" and "on our end" are as often a place ("packet loss was unacceptable on
 * our side of the link"). Leaves a verdict on what would happen ("waiting would be unacceptable on
 * our part") and negated verdicts.
 */
export function verdictOnOurPart(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!CONDUCT_VERDICTS.has(t[at].norm) || t[at].literal || r.negated(at)) return false;
  const w = (k: number) => (isWord(t[at + k]) ? t[at + k].norm : '');
  if (w(1) !== 'on' || w(3) !== 'part') return false;
  const cls = POSSESSIVE_PRONOUNS.get(w(2));
  if (!cls || !PERSON_CLASSES.has(cls)) return false;
  let be = at - 1;
  if (isWord(t[be]) && ['simply', 'totally', 'completely', 'entirely', 'frankly', 'clearly', 'really', 'very'].includes(t[be].norm)) be--;
  if (isWord(t[be]) && BE.has(t[be].norm) && hypothetical(r, be)) return false;
  r.blame('character', categoryOf(cls, true), at, at + 3, at, at + 3);
  return true;
}

/** The words `decision` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const DECISION_KEY = (w: string): boolean => DECISION_WORDS.has(w);

/** "Starting a ten-hour job at 5 pm was unwise": a decision judged, and with it whoever took it. */
export function decision(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!DECISION_WORDS.has(t[at].norm) || t[at].literal || r.negated(at, 3)) return false;
  r.blame('character', 'group-fault', at, at, at, at);
  return true;
}

/** Words that judge a delay as inexcusable, which judges the people who were to notice. */
const DELAY_VERDICTS = new Set(['unacceptable', 'unacceptably', 'unreasonable', 'unreasonably', 'inexcusable', 'inexcusably']);

/**
 * What people took too long to do, when a delay is judged: notice the fault or recover from it.
 * Not "response", whose time is as often a server's ("an unacceptable response time").
 */
const DELAYED_WORK = new Set(['detection', 'recovery', 'restore', 'restoration', 'resolution']);

/** The words `slowDetection` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const SLOW_DETECTION_KEY = (w: string): boolean => DELAY_VERDICTS.has(w);

/**
 * "Four hours from deploy to detection is unacceptable", "an unreasonably long detection time",
 * "forty minutes back to service, an unacceptable recovery time": how late people noticed or recovered, judged as
 * inexcusable. Leaves the same words said of anything else ("unacceptable latency was
 * detected"), a verdict on what would happen ("a recovery time of a day would be unacceptable")
 * and judgements negated.
 */
export function slowDetection(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!DELAY_VERDICTS.has(t[at].norm) || t[at].literal || r.negated(at)) return false;
  const isTime = (k: number) => isWord(t[k]) && ['time', 'times', 'delay', 'delays'].includes(t[k].norm);
  // "Detection" alone, or "recovery time" and the like: "the resolution was unacceptable" may be a screen's.
  const isDetection = (k: number) => isWord(t[k]) && (t[k].norm === 'detection' || (DELAYED_WORK.has(t[k].norm) && isTime(k + 1)));
  // Attributive: the verdict, at most one word ("long", "slow"), then "detection".
  let found = isDetection(at + 1) || (isWord(t[at + 1]) && isDetection(at + 2));
  if (!found) {
    // Predicative: "… to detection is unacceptable", "the detection was simply unreasonable".
    let be = at - 1;
    if (isWord(t[be]) && ['simply', 'totally', 'completely', 'entirely', 'frankly', 'clearly', 'just'].includes(t[be].norm)) be--;
    found =
      isWord(t[be]) &&
      BE.has(t[be].norm) &&
      !hypothetical(r, be) &&
      ((isWord(t[be - 1]) && t[be - 1].norm === 'detection') || (isTime(be - 1) && isWord(t[be - 2]) && DELAYED_WORK.has(t[be - 2].norm)));
  }
  if (!found) return false;
  r.blame('character', 'group-fault', at, at, at, at);
  return true;
}

/** The incident named as such, which a modal verdict can judge ("outages like this", "this downtime"); not "failure", as often a part's. */
const OUTAGE_WORDS = new Set(['outage', 'outages', 'incident', 'incidents', 'downtime', 'disruption', 'disruptions', 'breach', 'breaches']);

/** Words that point the subject at the incident told: "this outage", "outages like this", "such a disruption". */
const POINTING = new Set(['this', 'that', 'these', 'those', 'such']);

/** What after "happen" makes the verdict a goal or a case, not a judgement of what happened. */
const NOT_A_VERDICT_AFTER = new Set(['again', 'twice', 'anymore', 'during', 'while', 'when', 'if', 'unless', 'without']);

/** The modals `incidentOughtNotHappen` reads. */
const OUGHT_MODALS = new Set(['should', "shouldn't", 'ought']);

/** The words `incidentOughtNotHappen` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const INCIDENT_OUGHT_NOT_HAPPEN_KEY = (w: string): boolean => OUGHT_MODALS.has(w);

/**
 * "An outage like this should never have happened", "this sort of downtime shouldn't happen", "the
 * incident ought not to have occurred": the same verdict as "unacceptable", in a modal. Only with
 * the incident itself pointed at in the subject (a bare "this should never happen" may be a state
 * of a program), negated, and on "happen" or "occur". Leaves a goal ("… should never happen
 * again"), a condition ("if the outage should happen again"), what a part should not do ("a
 * failover should not happen during backups") and a verdict quoted from another organisation.
 */
export function incidentOughtNotHappen(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!isWord(t[at]) || !OUGHT_MODALS.has(t[at].norm)) return false;
  const w = (k: number) => (isWord(t[k]) ? t[k].norm : '');
  const modal = w(at);
  let k = at + 1;
  let negated = modal === "shouldn't";
  if (modal === 'ought') {
    if ((w(k) === 'not' && w(k + 1) === 'to') || (w(k) === 'to' && w(k + 1) === 'not')) [negated, k] = [true, k + 2];
    else return false;
  } else if (modal !== 'should' && modal !== "shouldn't") return false;
  if (!negated && (w(k) === 'not' || w(k) === 'never')) [negated, k] = [true, k + 1];
  if (!negated) return false;
  if (w(k) === 'have') k++;
  if (!['happen', 'happened', 'occur', 'occurred'].includes(w(k)) || NOT_A_VERDICT_AFTER.has(w(k + 1))) return false;
  // The subject: the words of the clause before the modal, an incident word and a pointer among them.
  let outage = false;
  let pointed = false;
  for (let i = at - 1, words = 0; i >= 0 && words < 8; i--) {
    if (!isWord(t[i])) {
      if (isClauseMark(t[i]) || t[i].raw === ',') break;
      continue;
    }
    words++;
    if (CONDITIONS.has(t[i].norm)) return false;
    if (OUTAGE_WORDS.has(t[i].norm)) outage = true;
    if (POINTING.has(t[i].norm)) pointed = true;
  }
  if (!outage || !pointed || reportedFromOthers(r, at)) return false;
  r.blame('verdict', 'group-fault', at, k, at, k);
  return true;
}
