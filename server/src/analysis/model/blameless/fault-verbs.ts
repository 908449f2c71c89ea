/**
 * Fault verbs with a person as subject: "Bob forgot to run the migration", "the developer merged
 * a broken change". Leaves the same verbs about systems ("the job failed to run") and outcomes
 * the authors report ("we failed to reproduce it").
 */
import { addedPerson } from './hindsight-blame';
import { categoryOf } from './hit';
import { slipAnyoneMakes } from './common-slip';
import { CHANGE_VERBS, FAILED_TO_OUTCOMES, FAULTY_OBJECT, LIVE_CHANGE_VERBS, STRONG_FAULT_PHRASES, WE_FAULT_PHRASES, WEAK_FAULT_PHRASES } from './lexicon';
import type { PersonClass } from './people';
import { commitmentFollows } from './owned-gap';
import { eitherNeed, type Need, PhraseTable } from './phrase-table';
import type { SentenceReader, Subject } from './reader';
import { isClauseMark, isWord, PERSON_CLASSES, wordInClause } from './words';

const STRONG = new PhraseTable(STRONG_FAULT_PHRASES);

/** Fault verbs that systems do too: blame only of a subject known to be a person. */
export const WEAK = new PhraseTable(WEAK_FAULT_PHRASES);

/** Strong fault phrases that judge care or knowledge rather than report an act. */
const JUDGMENT_PHRASES =
  /known|know better|attention|careful|thorough|think|asleep|bother|care$|misjudg|misread|misunderst|aware|no idea|responsib|accountab|ownership$|dut(?:y|ies)$|obligations$|refused|declined|buck|hands of|away$|off(?: as)?$|^(?:was|were) too /;

const STRONG_SUBJECTS: ReadonlySet<PersonClass> = new Set(['named', 'individual', 'self', 'group', 'we', 'they', 'capitalised', 'none']);

const WEAK_SUBJECTS: ReadonlySet<PersonClass> = new Set(['named', 'individual', 'self', 'group']);

/** What a node or a validator misses as an outcome of a fault elsewhere: "everyone that missed slots" is owed a refund, not blamed. */
const MISSED_OUTCOMES = new Set([
  'slot',
  'slots',
  'block',
  'blocks',
  'attestation',
  'attestations',
  'heartbeat',
  'heartbeats',
  'epoch',
  'epochs',
  'round',
  'rounds',
]);

/** Safeguards a person may choose to skip: "decided to skip the canary", not "skip the offsite". */
const SAFEGUARDS = new Set([
  'canary',
  'staging',
  'review',
  'reviews',
  'test',
  'tests',
  'testing',
  'check',
  'checks',
  'checklist',
  'approval',
  'approvals',
  'backup',
  'backups',
  'runbook',
  'procedure',
  'validation',
  'qa',
  'ci',
  'gate',
  'gates',
  'sign-off',
  'signoff',
  'dry-run',
  'freeze',
]);

/** True when a safeguard is named within a few words from `from` ("skip the staging checks"). */
function safeguardAfter(r: SentenceReader, from: number): boolean {
  return wordInClause(r.t, from, 4, (w) => SAFEGUARDS.has(w.norm)) !== -1;
}

/** Words of a "that" clause that tell of something that happened, not of how a thing always works. */
const EVENT_WORDS = new Set([
  'was',
  'were',
  'had',
  'did',
  'would',
  'could',
  'might',
  'should',
  "'d",
  'been',
  'already',
  'yet',
  'then',
  'still',
  'no',
  'longer',
]);

/**
 * True when an awareness phrase ending before `after` is followed by "that" and a timeless fact
 * about how something works ("the team was unaware that the orchestrator injects variables"):
 * a knowledge gap about a platform, not a step someone missed ("unaware that the cert had expired").
 */
function unawareOfHowItWorks(r: SentenceReader, after: number): boolean {
  const t = r.t;
  if (!isWord(t[after])) return false;
  let from = after + 1;
  if (t[after].norm !== 'that') {
    // "Sam wasn't aware a paused queue can take writes": the same fact with "that" left out, read
    // only when a verb in the present ("don't", "is") follows its subject within a few words.
    const verb = presentVerbAfter(r, after);
    if (verb < 0) return false;
    from = verb;
  }
  let words = 0;
  for (let k = from; k < t.length && words < 16; k++) {
    const w = t[k];
    if (!isWord(w)) {
      if (w.raw === ',' || isClauseMark(w)) break;
      continue;
    }
    words++;
    if (EVENT_WORDS.has(w.norm) || w.norm.endsWith("'d") || /[a-z]{2}ed$/.test(w.norm)) return false;
  }
  return words >= 2;
}

/** Verbs in the present that tell a fact holds now ("is", "don't"), the tense of how a thing works. */
const PRESENT_FACT = new Set(['is', 'are', "isn't", "aren't", 'do', 'does', "don't", "doesn't", 'can', "can't", 'cannot', 'will', "won't"]);

/** Words that open no subject of a clause after "aware": a preposition, a question word or a pronoun of the clause before. */
const NO_CLAUSE_SUBJECT = new Set([
  'of',
  'about',
  'at',
  'in',
  'on',
  'for',
  'to',
  'how',
  'what',
  'why',
  'when',
  'where',
  'whether',
  'if',
  'until',
  'till',
  'yet',
  'and',
  'but',
  'or',
  'because',
  'since',
  'as',
]);

/**
 * The index of a present-tense verb ending a short subject from `at` on (up to four words, none a
 * form of the past such as "was" or "had"), or -1: "stale leases don't …", "the proxy is …".
 */
function presentVerbAfter(r: SentenceReader, at: number): number {
  const t = r.t;
  if (!isWord(t[at]) || t[at].literal || NO_CLAUSE_SUBJECT.has(t[at].norm)) return -1;
  for (let k = at + 1, words = 1; k < t.length && words <= 4; k++) {
    if (!isWord(t[k])) return -1;
    if (PRESENT_FACT.has(t[k].norm)) return k;
    if (EVENT_WORDS.has(t[k].norm) || NO_CLAUSE_SUBJECT.has(t[k].norm)) return -1;
    words++;
  }
  return -1;
}

/** The omissions of keeping people informed ("did not notify"). */
const COMMUNICATION_OMISSION = /(?:communicat|inform|notif|alert|warn|mention|escalat)/;

/** "We missed that the flag was marked breaking": a fact the authors did not notice, not a deadline or a slot missed. */
function weMissedThat(r: SentenceReader, at: number, phrase: string): boolean {
  const next = r.t[at + 1];
  return phrase === 'missed' && isWord(next) && next.norm === 'that';
}

/** Forms of "be" before a participle that make it a passive. */
const PASSIVE_BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

/** Omissions of noticing: with "until" after them they tell when a fault came to light. */
const NOTICING_OMISSION = /^(?:did not|didn't) (?:notice|spot|catch)$/;

/**
 * Phrases of not knowing ("were unaware", "wasn't aware", "had no idea"): with "until" after them
 * they tell when people learned of the fault ("the partners were unaware of it until morning"),
 * which is detection or communication, like a noticing omission with "until".
 */
const AWARENESS = /(?:aware|^had no idea)$/;

/**
 * True when "until" follows within the clause, a few words from `from`: "I didn't notice it
 * until a customer wrote in" tells how the fault was found (detection), not a lapse.
 */
function untilAfter(r: SentenceReader, from: number): boolean {
  return wordInClause(r.t, from, 6, (w) => (w.norm === 'until' || w.norm === 'till') && !w.literal) !== -1;
}

/** True when a reason ("because", "since") follows within the clause, a few words from `from`. */
function reasonAfter(r: SentenceReader, from: number): boolean {
  const t = r.t;
  for (let k = from, words = 0; k < t.length && words < 12; k++) {
    if (!isWord(t[k])) {
      if (isClauseMark(t[k])) return false;
      continue;
    }
    words++;
    if (['because', 'since', 'as'].includes(t[k].norm) && !t[k].literal) return true;
  }
  return false;
}

/** Words that open a clause a belief is about: "didn't think that …", "did not think it would …". */
const BELIEF_SUBJECTS = new Set(['it', 'this', 'that', 'they', 'he', 'she', 'we', 'i', 'there', 'anyone', 'anything']);

/** Finite verbs that show a clause follows "think": "it would work", "this is related". */
const BELIEF_VERBS = new Set(['would', 'will', 'could', 'can', 'might', 'was', 'is', 'were', 'are', 'had', 'has', 'needed', 'needs', 'mattered', 'matters']);

/**
 * True when "did not think" is followed by what was believed: "I did not think it would work",
 * "I didn't think this is related", "we didn't think that the flag mattered". That tells what was
 * believed then, as a blameless review asks; "didn't think it through" and "didn't think before
 * restarting" judge a lapse.
 */
function beliefAfter(r: SentenceReader, from: number): boolean {
  const t = r.t;
  if (!isWord(t[from]) || t[from].literal) return false;
  if (t[from].norm === 'that' && !(isWord(t[from + 1]) && t[from + 1].norm === 'through')) return true;
  return BELIEF_SUBJECTS.has(t[from].norm) && isWord(t[from + 1]) && BELIEF_VERBS.has(t[from + 1].norm);
}

/** Words that make a noun phrase point at particular people ("the", "our"), not at a kind of person. */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'our', 'their', 'his', 'her', 'my', 'your']);

/**
 * "Ask people who have never run the checklist to try it", "someone who has never run a
 * failover": a kind of person told by what they have not done yet (a present perfect in a relative
 * clause on an indefinite role or group), not a step particular people missed. "The engineer who
 * has never read the runbook", "Sam, who has never …" and "people who never followed it" stay.
 */
function kindOfPeople(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (t[at].norm !== 'never' || !isWord(t[at - 1]) || !['have', 'has'].includes(t[at - 1].norm)) return false;
  if (!isWord(t[at - 2]) || !['who', 'that'].includes(t[at - 2].norm) || !isWord(t[at - 3])) return false;
  const antecedent = r.classify(at - 3, false);
  if (antecedent !== 'group' && antecedent !== 'individual') return false;
  for (let k = at - 4, words = 0; k >= 0 && words < 3 && isWord(t[k]); k--, words++) if (DEFINITE.has(t[k].norm)) return false;
  return true;
}

/**
 * "TFL & LFG abandoned their responsibilities": a duty said to be set aside by its owner, which a
 * personal possessive ("their", "his", "her") shows is people, whatever the subject looks like:
 * an organisation written in capitals is read as a system's acronym everywhere else. "The old job
 * neglected its duties" keeps "its" and stays a thing's.
 */
function peoplesDuty(r: SentenceReader, subject: Subject, phrase: string): boolean {
  if (!/ (?:their|his|her) (?:responsibility|responsibilities|duty|duties|obligations)$/.test(phrase) || subject.head < 0) return false;
  const raw = r.t[subject.head].raw;
  return subject.cls === 'system' && /^[A-Z][A-Z0-9&]+$/.test(raw);
}

/** Refusals of help or contact ("refused to engage", "declined to cooperate"), but not of a duty ("refused to take responsibility"). */
const REFUSAL = /^(?:refused|refuses|declined|declines) to (?!take )/;

/**
 * "Refused to engage" as a timeline entry, "we declined to cooperate with the extortionist": a
 * refusal the authors tell of themselves, with "we" or no subject at all, is a decision they
 * took, as "we refused to pay" and "we refused and paid no ransom" are. Anyone else's refusal
 * ("the vendor refused to engage") and a single author's ("I refused to listen") stay blame.
 */
function authorsRefusal(subject: Subject, phrase: string): boolean {
  return (subject.cls === 'we' || subject.cls === 'none') && REFUSAL.test(phrase);
}

/** The words `faultVerb` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const FAULT_VERB_KEY = (w: string): boolean => STRONG.starts(w) || WEAK.starts(w);
/** What `faultVerb` needs for a hit: the two rarest words of one of its phrases (the sentence gate's need). */
export const FAULT_VERB_NEED = (w: string): Need => eitherNeed(STRONG.needs(w), WEAK.needs(w));

/** A fault verb with a person as subject ("Bob forgot to …"): the number of words of the verb phrase, or 0. */
export function faultVerb(r: SentenceReader, at: number): number {
  const t = r.t;
  const strong = STRONG.match(t, at);
  const weak = strong ? 0 : WEAK.match(t, at);
  const length = strong || weak;
  if (!length || t[at].literal) return 0;
  if (weak === 1 && t[at].norm === 'missed' && isWord(t[at + 1]) && MISSED_OUTCOMES.has(t[at + 1].norm)) return 0;
  const subject = innerSubject(r, at, strong) ?? r.subjectBefore(at);
  const allowed = strong ? STRONG_SUBJECTS : WEAK_SUBJECTS;
  const phrase = t
    .slice(at, at + length)
    .map((w) => w.norm)
    .join(' ');
  // "We did not test how long it runs" admits a lapse; "we failed to reproduce it" reports an outcome.
  const ourLapse =
    !strong &&
    subject.cls === 'we' &&
    (WE_FAULT_PHRASES.has(phrase) || weMissedThat(r, at, phrase)) &&
    !(phrase === 'failed to' && isWord(t[at + 2]) && FAILED_TO_OUTCOMES.has(t[at + 2].norm));
  // "We did not notify customers, since no data was exposed": an omission with its reason given is
  // a choice told. "Did not communicate with the vendor" tells of contact between parties, not of
  // people left uninformed.
  if ((NOTICING_OMISSION.test(phrase) || AWARENESS.test(phrase)) && untilAfter(r, at + length)) return 0;
  // "I wasn't aware the flag was on", "we had no idea the disk was full": the authors telling what
  // they knew at the time, which a blameless review asks for. Said of others it stays a lapse.
  if (AWARENESS.test(phrase) && (subject.cls === 'self' || subject.cls === 'we')) return 0;
  if ((phrase === "didn't think" || phrase === 'did not think') && beliefAfter(r, at + length)) return 0;
  // "… confirmed on the dashboard that the rules had been skipped": a weak verb after a form of
  // "be" is a passive; its subject is what the act was done to, and any agent follows "by" (passive.ts).
  if (weak && isWord(t[at - 1]) && PASSIVE_BE.has(t[at - 1].norm)) return 0;
  if (COMMUNICATION_OMISSION.test(phrase) && (reasonAfter(r, at + length) || (isWord(t[at + length]) && t[at + length].norm === 'with'))) return 0;
  if (!allowed.has(subject.cls) && !ourLapse && !peoplesDuty(r, subject, phrase)) return 0;
  if (authorsRefusal(subject, phrase)) return 0;
  // "I made a mistake that anyone could have made": a slip owned and called common (common-slip.ts).
  if (/(?:mistake|error|slip|blunder)s?$/.test(phrase) && slipAnyoneMakes(r, at + length)) return 0;
  // "A second reviewer should have caught it": a person the work did not have (hindsight-blame.ts).
  if (phrase.startsWith('should') && addedPerson(r, subject)) return 0;
  // "We did not notify the other teams. Next time we will …": an omission the authors own and
  // answer with a commitment (see owned-gap.ts). "Failed to" and the misreadings keep their words.
  if (ourLapse && /^(?:did not|didn't|never) /.test(phrase) && commitmentFollows(r, at + length)) return length;
  if (r.askedAbout(subject) || kindOfPeople(r, at)) return length;
  if (/^(?:decided|chose|opted|elected) to /.test(phrase) && !safeguardAfter(r, at + length)) return 0;
  if (phrase.endsWith('aware') && unawareOfHowItWorks(r, at + length)) return length;
  const judgment = JUDGMENT_PHRASES.test(phrase) || phrase.startsWith('should');
  // A subject far back ("Bob edited the file by hand and broke it") is not quoted with the verb.
  // A subject inside the phrase ("had she bothered to …") is quoted from the phrase's start.
  const from = subject.head >= 0 && !subject.shared && at - subject.first <= 6 ? Math.min(subject.first, at) : at;
  const name = subject.head >= 0 ? r.nameSpan(subject.head, subject.first) : undefined;
  r.blame(judgment ? 'judgment-verb' : 'fault-verb', categoryOf(subject.cls, judgment), from, at + length - 1, at, at + length - 1, name);
  return length;
}

/**
 * The person a strong phrase names inside itself, when it opens its clause with a condition
 * ("had she bothered to …", "if we had bothered to …"): its subject is that person, not what
 * stands before the phrase. Undefined for any other phrase.
 */
function innerSubject(r: SentenceReader, at: number, length: number): Subject | undefined {
  const t = r.t;
  const first = t[at].norm;
  if (!length || (first !== 'had' && first !== 'if')) return undefined;
  const k = at + 1;
  if (!isWord(t[k]) || k >= at + length) return undefined;
  const cls = r.classify(k, false);
  return PERSON_CLASSES.has(cls) ? { cls, head: k, first: k } : undefined;
}

/**
 * Verbs of operating on a thing: with a person as subject they put a slip on them only when the
 * thing was the wrong one ("the DBA dropped the wrong table"); "restarted the broken pod" is repair.
 */
const OPERATION_VERBS = new Set([
  'dropped',
  'drops',
  'deleted',
  'deletes',
  'removed',
  'removes',
  'restarted',
  'restarts',
  'rebooted',
  'reboots',
  'edited',
  'edits',
  'changed',
  'changes',
  'modified',
  'modifies',
  'updated',
  'updates',
  'restored',
  'restores',
  'killed',
  'kills',
  'terminated',
  'terminates',
  'stopped',
  'stops',
  'targeted',
  'targets',
  'migrated',
  'migrates',
  'rolled',
  'promoted',
  'promotes',
  'failed',
  'wiped',
  'wipes',
]);

/** What makes an operated-on thing the wrong one. */
const WRONG_TARGET = new Set(['wrong', 'incorrect', 'mistaken']);

/** "Re-started" is "restarted"; "re-deployed", the act done again, is the act. */
function changeVerb(norm: string): string {
  const dashed = norm.startsWith('re-');
  const joined = dashed ? `re${norm.slice(3)}` : norm;
  return OPERATION_VERBS.has(joined) || CHANGE_VERBS.has(joined) ? joined : dashed ? norm.slice(3) : norm;
}

/** True for a word `faultyChange` reads: a change, an operation or a live change, once a dash after "re" is taken out. */
function changeVerbKey(w: string): boolean {
  const verb = changeVerb(w);
  return CHANGE_VERBS.has(verb) || OPERATION_VERBS.has(verb) || LIVE_CHANGE_VERBS.has(verb);
}

/** The words `faultyChange` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const FAULTY_CHANGE_KEY = (w: string): boolean => changeVerbKey(w);

/** "@sam deployed the wrong build", "the developer merged a broken change": a person's change called faulty. */
export function faultyChange(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const verb = changeVerb(t[at].norm);
  const change = CHANGE_VERBS.has(verb);
  if (t[at].literal) return false;
  if (!change && !OPERATION_VERBS.has(verb)) return LIVE_CHANGE_VERBS.has(verb) && changeAttributed(r, at, verb, r.subjectBefore(at));
  let k = at + 1;
  // "rolled back the wrong release", "failed over the wrong database".
  if (!change && isWord(t[k]) && ['back', 'over', 'out'].includes(t[k].norm)) k++;
  if (isWord(t[k]) && TARGET_DETERMINERS.has(t[k].norm)) k++;
  const direct = isWord(t[k]) && (change ? FAULTY_OBJECT : WRONG_TARGET).has(t[k].norm) && !t[k].literal;
  const target = direct ? k : Math.max(wrongTargetAfter(r, at + 1), meansInsteadOf(r, at + 1), change ? carriedFaulty(r, at + 1) : -1);
  const subject = r.subjectBefore(at);
  if (target < 0) return changeAttributed(r, at, verb, subject);
  if (subject.cls !== 'named' && subject.cls !== 'individual' && subject.cls !== 'self' && subject.cls !== 'group') return false;
  const from = subject.head >= 0 && !subject.shared && at - subject.first <= 6 ? subject.first : at;
  const name = subject.head >= 0 ? r.nameSpan(subject.head, subject.first) : undefined;
  r.blame('fault-verb', categoryOf(subject.cls, false), from, target, at, target, name);
  return true;
}

/** What a change made in answer to the trouble is called: "deployed the fix", "pushed a revert". */
const REMEDY_WORDS = new Set([
  'fix',
  'fixes',
  'fixed',
  'hotfix',
  'patch',
  'patched',
  'revert',
  'reverts',
  'reverted',
  'rollback',
  'mitigation',
  'mitigations',
  'workaround',
  'remedy',
  'correction',
  'corrected',
  'repair',
  'recovery',
]);

/** Where a change reaches the running system: "… to production", "… on the prod cluster". */
const LIVE_PLACES = new Set(['production', 'prod']);

/**
 * One named person put a change into production, told without judgement: "@sam pushed the new
 * parser to production", "Maya deployed the schema change to prod". Leaves a team or "we", a
 * change made in answer to the trouble ("deployed the fix to production"), a question, and a
 * change that names no production place ("Ana merged the branch").
 */
function changeAttributed(r: SentenceReader, at: number, verb: string, subject: Subject): boolean {
  const t = r.t;
  if (!LIVE_CHANGE_VERBS.has(verb) || subject.cls !== 'named') return false;
  if (t.some((w) => w.raw === '?')) return false;
  let live = false;
  for (let j = at + 1, words = 0; j < t.length && words < 10; j++) {
    if (!isWord(t[j])) {
      if (isClauseMark(t[j]) || t[j].raw === ',') break;
      continue;
    }
    words++;
    if (t[j].literal) continue;
    if (REMEDY_WORDS.has(t[j].norm)) return false;
    if (LIVE_PLACES.has(t[j].norm)) live = true;
  }
  if (!live) return false;
  const from = !subject.shared && at - subject.first <= 6 ? subject.first : at;
  r.blame('fault-verb', 'individual-attribution', from, at, at, at, r.nameSpan(subject.head, subject.first));
  return true;
}

/** Words that close a thing carried along with a change: "… with it", "… too", a closing bracket. */
function closesCarried(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const w = (k: number) => (isWord(t[k]) ? t[k].norm : (t[k]?.raw ?? ''));
  let k = at;
  if (w(k) === 'along') k++;
  return (w(k) === 'with' && (w(k + 1) === 'it' || w(k + 1) === 'them')) || w(k) === 'too' || (w(k) === 'as' && w(k + 1) === 'well') || w(k) === ')';
}

/**
 * The faulty word of a thing that went out along with a change, within a few words of the verb at
 * `from - 1`: "deployed the new settings (and the wrong certificates along with them)", "pushed
 * the release and the broken migration with it". The thing must close the phrase ("with it",
 * "too", a bracket): "deployed the fix and the broken pods recovered" tells what followed. -1 when
 * there is none.
 */
function carriedFaulty(r: SentenceReader, from: number): number {
  const t = r.t;
  for (let j = from, words = 0; j < t.length && words < 10; j++) {
    if (!isWord(t[j])) {
      if (t[j].raw === '(') continue;
      if (isClauseMark(t[j]) || t[j].raw === ',') return -1;
      continue;
    }
    words++;
    if (t[j].literal) continue;
    if (t[j].norm !== 'and') {
      if (ACT_ENDS.has(t[j].norm)) return -1;
      continue;
    }
    let m = j + 1;
    if (isWord(t[m]) && TARGET_DETERMINERS.has(t[m].norm)) m++;
    if (!isWord(t[m]) || !FAULTY_OBJECT.has(t[m].norm) || t[m].literal) return -1;
    // The thing itself: a word or two ("the wrong certificates", "the bad TLS certificates").
    // A past verb ends it: "… and the wrong certificates expired with it" tells what followed.
    for (let n = m + 1; n <= m + 3 && isWord(t[n]) && !/[a-z]ed$/.test(t[n].norm); n++) if (closesCarried(r, n)) return m;
    return -1;
  }
  return -1;
}

const TARGET_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'those', 'these', 'some', 'his', 'her', 'their']);

/** Prepositions that aim an act at its target: "ran it against the wrong database", "pushed it to the wrong cluster". */
const AIMING = new Set(['to', 'on', 'onto', 'against', 'in', 'into', 'with', 'at', 'using']);

/**
 * Words that end the act's own words: past them a wrong thing belongs to another clause ("restarted
 * the pod that wrote to the wrong bucket") or is where a repair started ("moved it back from the
 * wrong region").
 */
const ACT_ENDS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'while',
  'after',
  'before',
  'because',
  'since',
  'and',
  'but',
  'or',
  'so',
  'until',
  'then',
  'from',
  'instead',
  'once',
  'if',
]);

const QUOTATION_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '`']);

/** Words that name the means of an act: "restarted it with X", "deployed using the old script". */
const MEANS = new Set(['with', 'using', 'via']);

/**
 * The "of" of a means set against the right one within a few words of the verb at `from - 1`:
 * "re-started the node with `run start` instead of `supervisor start`", "deployed using the old
 * script instead of the pipeline". The act without a means ("restarted the pod instead of
 * deleting it") is a choice told, not a slip. -1 when there is none.
 */
function meansInsteadOf(r: SentenceReader, from: number): number {
  const t = r.t;
  let means = -1;
  for (let j = from, words = 0; j < t.length && words < 10; j++) {
    if (!isWord(t[j])) {
      // A quoted command is part of the means: its quotation marks end nothing.
      if ((isClauseMark(t[j]) && !QUOTATION_MARKS.has(t[j].raw)) || t[j].raw === ',') return -1;
      continue;
    }
    words++;
    if (t[j].literal) continue;
    if (MEANS.has(t[j].norm)) means = j;
    else if (t[j].norm === 'instead') {
      if (means < 0 || !isWord(t[j + 1]) || t[j + 1].norm !== 'of') return -1;
      // "… with the new address instead of the old one": the right means, a repair.
      for (let k = means + 1; k < j; k++) if (isWord(t[k]) && !t[k].literal && RIGHT_MEANS.has(t[k].norm)) return -1;
      return choiceAfter(r, j + 2) ? -1 : j + 1;
    } else if (ACT_ENDS.has(t[j].norm)) return -1;
  }
  return -1;
}

/** Words that call a means the right one. */
const RIGHT_MEANS = new Set(['new', 'newer', 'latest', 'correct', 'right', 'fixed', 'patched', 'updated', 'proper', 'good', 'working', 'healthy']);

/** Words after "instead of …" that give the act a reason or call the other means the bad one. */
const CHOICE_WORDS = new Set([
  'because',
  'since',
  'as',
  'so',
  'which',
  'to',
  'faster',
  'quicker',
  'safer',
  'simpler',
  'cheaper',
  'failing',
  'corrupt',
  'corrupted',
  ...FAULTY_OBJECT,
]);

/**
 * True when the words after "instead of" at `from` make the act a choice, not a slip: a reason
 * ("… instead of a redeploy, which was quicker") or a faulty other means ("… with the previous
 * image instead of the broken one", a repair).
 */
function choiceAfter(r: SentenceReader, from: number): boolean {
  const t = r.t;
  for (let k = from, words = 0; k < t.length && words < 10; k++) {
    if (!isWord(t[k])) {
      // Past a comma only a reason ("…, which was quicker") still belongs to the act; "…, and
      // this caused …" tells what followed.
      if (t[k].raw === ',' || (isClauseMark(t[k]) && !QUOTATION_MARKS.has(t[k].raw))) {
        const next = t[k + 1];
        return isWord(next) && REASONS.has(next.norm);
      }
      continue;
    }
    words++;
    if (!t[k].literal && CHOICE_WORDS.has(t[k].norm)) return true;
  }
  return false;
}

/** Words that open a reason after a comma. */
const REASONS = new Set(['which', 'because', 'since', 'as', 'so', 'to']);

/**
 * The "wrong" word of a target named after a preposition within a few words of the verb at
 * `from - 1` ("ran the migration against the wrong database", "restarted it with the wrong
 * flags"), or -1.
 */
function wrongTargetAfter(r: SentenceReader, from: number): number {
  const t = r.t;
  for (let j = from, words = 0; j < t.length && words < 6; j++) {
    if (!isWord(t[j])) {
      if (isClauseMark(t[j]) || t[j].raw === ',') return -1;
      continue;
    }
    words++;
    if (ACT_ENDS.has(t[j].norm)) return -1;
    if (!AIMING.has(t[j].norm)) continue;
    let m = j + 1;
    if (isWord(t[m]) && TARGET_DETERMINERS.has(t[m].norm)) m++;
    if (isWord(t[m]) && WRONG_TARGET.has(t[m].norm) && !t[m].literal) return m;
  }
  return -1;
}
