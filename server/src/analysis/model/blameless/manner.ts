/**
 * How a person acted, judged: "@sam errantly deleted …", "merged it without checking",
 * "deployed despite the warnings", "did not properly test". Leaves what was missing rather than
 * how someone acted ("we did not have adequate alerting") and the authors' own response work.
 */
import { categoryOf } from './hit';
import type { Need } from './phrase-table';
import { ADEQUACY_WORDS, IRREGULAR_PARTICIPLES, IRREGULAR_PAST_CORE, MANNER_ADVERBS, WITHOUT_BEING, WITHOUT_DILIGENCE } from './lexicon';
import type { SentenceReader, Subject } from './reader';
import { BE, isClauseMark, isWord, wordInClause } from './words';

/** Verbs after which a negated adequacy word describes what was missing, not how someone acted ("we did not have adequate alerting"). */
const HAVING_VERBS = new Set([
  'have',
  'has',
  'had',
  'get',
  'got',
  'receive',
  'received',
  'find',
  'found',
  'see',
  'exist',
  'include',
  'provide',
  'offer',
  'give',
  'seem',
  'appear',
  'look',
  'need',
  // What someone did not know is a gap in what they were told: "we don't know the appropriate channel".
  'know',
  'knew',
  'known',
]);

/**
 * Verbs of a thing's own state: "the upgrade was not working properly" and "in case the server
 * does not function properly" describe it, not how someone acted. The bare forms only of verbs
 * that take no object: people run and load things, and "did not run the check properly" judges them.
 */
const STATE_VERBS = new Set([
  'working',
  'functioning',
  'running',
  'behaving',
  'operating',
  'responding',
  'performing',
  'loading',
  'rendering',
  'work',
  'works',
  'worked',
  'function',
  'functions',
  'functioned',
  'behave',
  'behaves',
  'behaved',
]);

/** Words that open another clause between a person and an act. */
const CLAUSE_OPENERS = new Set(['which', 'that', 'and', 'but', 'or', 'when', 'while', 'after', 'before', 'because', 'since', 'until', 'so']);

/** Words between "for no" and "reason" that still leave the act without one: "for no apparent reason". */
const NO_REASON_WORDS = new Set(['apparent', 'good', 'obvious', 'particular', 'real', 'clear', 'valid', 'discernible', 'known']);

/** The words `forNoReason` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const FOR_NO_REASON_KEY = (w: string): boolean => w === 'for';
/** What `forNoReason` needs for a hit: the "no" and "reason" of its phrase (the sentence gate's need). */
export const FOR_NO_REASON_NEED = (w: string): Need => w === 'reason' && ['no'];

/**
 * "The vendor opened thousands of connections for no apparent reason": an act of people called
 * groundless. The same words about a system ("the service restarted for no apparent reason")
 * say the cause is unknown, not that anyone is at fault.
 */
export function forNoReason(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (t[at].norm !== 'for' || t[at].literal || !isWord(t[at + 1]) || t[at + 1].norm !== 'no') return false;
  let end = at + 2;
  if (isWord(t[end]) && NO_REASON_WORDS.has(t[end].norm)) end++;
  if (!isWord(t[end]) || t[end].norm !== 'reason') return false;
  const subject = r.actor(at);
  // "We restarted it twice for no good reason" is the authors' own account of their response.
  if (!r.isPerson(subject, false) || subject.head < 0) return false;
  // The act must be the person's own: in "Sam restarted the node, which had crashed for no
  // apparent reason" the groundless act is the node's.
  for (let k = subject.head + 1; k < at; k++) {
    if (!isWord(t[k])) {
      if (t[k].raw === ',' || isClauseMark(t[k])) return false;
    } else if (CLAUSE_OPENERS.has(t[k].norm)) return false;
  }
  r.judge(subject, at, end);
  return true;
}

/**
 * Adverbs that judge a mind at work: said right after a capitalised word that opens the clause
 * ("Priya hastily pushed …"), the word is a person whose name no list holds, since tools are
 * not called hasty or rash ("blindly" and "errantly" are, and stay out).
 */
const MIND_ADVERBS = new Set(['hastily', 'thoughtlessly', 'cavalierly', 'heedlessly', 'rashly', 'wantonly']);

/** The words `manner` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const MANNER_KEY = (w: string): boolean => MANNER_ADVERBS.has(w);

/** "@sam errantly deleted …", "they blindly trusted …": a judging adverb on a person's act. */
export function manner(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!MANNER_ADVERBS.has(t[at].norm) || t[at].literal || r.negated(at, 2)) return false;
  const direct = r.subjectBefore(at);
  const unlistedName = direct.cls === 'capitalised' && direct.head === at - 1 && MIND_ADVERBS.has(t[at].norm);
  const subject = unlistedName ? direct : r.actor(at);
  // "We merged it hastily before the full audit" is the authors' account of their own response,
  // as with "without" below; people judged are others, or the author alone ("I hastily …").
  if (!r.isPerson(subject, false) && !unlistedName) return false;
  r.judge(subject, at, at);
  return true;
}

/** Signs of trouble a person may press an act on past: "even after we hit roadblocks", "despite the errors". */
const TROUBLE = /^(?:errors?|failures?|roadblocks?|problems?|issues?|objections?|concerns?|alerts?|hiccups?|setbacks?)$/;

/** Verbs of trying or insisting before the act pressed on ("tried to force", "insisted on pushing"). */
const TRYING = new Set(['tried', 'tries', 'try', 'attempted', 'attempts', 'wanted', 'decided', 'chose', 'insisted', 'kept']);

/** Verbs of pressing an act through ("tried to force the deploy", "pushed the release out"). */
const PRESSING = /^(?:forc(?:e|ed|es|ing)|push(?:ed|es|ing)?|press(?:ed|es|ing)?|forg(?:e|ed|es|ing))$/;

/** The first words of the connectives `againstAt` reads. */
const CONNECTIVE_OPENINGS = new Set(['despite', 'even', 'in', 'regardless']);

/**
 * The words of a connective that sets an act against what stood in its way, at `at`: "despite",
 * "in spite of", "even after", "even though", "regardless of". The index of its last word, or -1.
 */
function againstAt(r: SentenceReader, at: number): number {
  const t = r.t;
  // Every connective opens on one of four words: the helper waits for them.
  if (!isWord(t[at]) || t[at].literal || !CONNECTIVE_OPENINGS.has(t[at].norm)) return -1;
  const w = (k: number) => (isWord(t[k]) && !t[k].literal ? t[k].norm : '');
  if (w(at) === 'despite') return at;
  if (w(at) === 'even' && ['after', 'though'].includes(w(at + 1))) return at + 1;
  if (w(at) === 'in' && w(at + 1) === 'spite' && w(at + 2) === 'of') return at + 2;
  if (w(at) === 'regardless' && w(at + 1) === 'of') return at + 1;
  return -1;
}

/** The index of a sign of trouble within a few words after `from`, in the same clause, or -1. */
function troubleAfter(r: SentenceReader, from: number): number {
  const t = r.t;
  for (let k = from, words = 0; k < t.length && words < 7; k++) {
    if (!isWord(t[k])) {
      if (isClauseMark(t[k]) || t[k].raw === ',') return -1;
      continue;
    }
    words++;
    if (!t[k].literal && TROUBLE.test(t[k].norm)) return k;
  }
  return -1;
}

/**
 * The verb of pressing on in the clause before `at` ("tried to force the upgrade through even
 * after …", "pressed ahead despite …") or, for a connective that opens the sentence, after its
 * comma ("Despite the errors, Sam pushed the release"). -1 when there is none.
 */
function pressingVerb(r: SentenceReader, at: number, end: number): number {
  const t = r.t;
  const pressing = (k: number) => isWord(t[k]) && !t[k].literal && (PRESSING.test(t[k].norm) || t[k].norm === 'ahead');
  for (let k = at - 1, words = 0; k >= 0 && words < 10; k--) {
    if (!isWord(t[k])) {
      if (isClauseMark(t[k]) || t[k].raw === ',') break;
      continue;
    }
    words++;
    // "pressed ahead", "went ahead": the verb before "ahead".
    if (pressing(k)) return t[k].norm === 'ahead' && isWord(t[k - 1]) ? k - 1 : k;
  }
  if (!r.initialAt(at)) return -1;
  let c = end + 1;
  while (c < t.length && c - end < 16 && t[c].raw !== ',' && !isClauseMark(t[c])) c++;
  if (t[c]?.raw !== ',') return -1;
  for (let k = c + 1, words = 0; k < t.length && words < 6; k++) {
    if (!isWord(t[k])) {
      if (isClauseMark(t[k]) || t[k].raw === ',') return -1;
      continue;
    }
    words++;
    if (pressing(k)) return t[k].norm === 'ahead' && isWord(t[k - 1]) ? k - 1 : k;
  }
  return -1;
}

/**
 * "I tried to force the deploy even after we hit roadblocks", "despite the errors, Sam pushed the
 * release": a person pressing an act on past signs of trouble. The act must be one of pressing on
 * (forcing, pushing, pressing or forging ahead, going ahead): "despite the problems, the team
 * restored service" credits the work, and "the pod kept failing even after the restart" is a
 * system's. The authors' own "we" is response work, as with "without".
 */
function pressedOn(r: SentenceReader, at: number): boolean {
  const end = againstAt(r, at);
  if (end < 0) return false;
  const trouble = troubleAfter(r, end + 1);
  if (trouble < 0) return false;
  const verb = pressingVerb(r, at, end);
  if (verb < 0) return false;
  // "I tried to force …", "Sam insisted on pushing …": the subject is the one who tried.
  const t = r.t;
  const tried = isWord(t[verb - 1]) && ['to', 'on'].includes(t[verb - 1].norm) && isWord(t[verb - 2]) && TRYING.has(t[verb - 2].norm) ? verb - 2 : verb;
  const subject = r.subjectBefore(tried);
  if (!r.isPerson(subject, false)) return false;
  r.judgeAs('manner', subject, Math.min(verb, at), Math.max(verb, trouble));
  return true;
}

/** What a person may have been told or given before a choice made against it: "despite having been warned", "… been paid". */
const COUNSELLED = new Set(['warned', 'told', 'asked', 'reminded', 'advised', 'instructed', 'paid', 'rewarded', 'compensated', 'cautioned']);

/** Verbs of choosing that a person's choice is told with: "they decided to keep …", "she chose to ship …". */
const CHOOSING = new Set(['decided', 'chose', 'opted', 'elected', 'insisted', 'preferred']);

/**
 * The person who made the choice a concession is set against: a person (not the authors' "we")
 * right before a verb of choosing, within the few words of the same clause before `at`.
 */
function chooserBefore(r: SentenceReader, at: number): Subject | null {
  const t = r.t;
  for (let k = at - 1, words = 0; k > 0 && words < 8; k--) {
    if (!isWord(t[k])) {
      if (isClauseMark(t[k]) || t[k].raw === ',') return null;
      continue;
    }
    words++;
    if (t[k].literal || !CHOOSING.has(t[k].norm)) continue;
    const subject = r.subjectBefore(k);
    return r.isPerson(subject, false) && subject.cls !== 'self' ? subject : null;
  }
  return null;
}

/** The words `without` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const WITHOUT_KEY = (w: string): boolean => w === 'without' || w === 'despite' || CONNECTIVE_OPENINGS.has(w);
/** A word `without` cannot read a hit without: its key's words, but "spite" for the "in" of "in spite of" (the sentence gate's need). */
export const WITHOUT_NEED = (w: string): Need => (w !== 'in' && WITHOUT_KEY(w)) || w === 'spite';

/** "Bob merged it without checking", "… without being thorough", "… even after the errors". */
export function without(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if ((t[at].norm !== 'without' && t[at].norm !== 'despite') || t[at].literal) return pressedOn(r, at);
  let end = -1;
  const next = (k: number) => (isWord(t[at + k]) ? t[at + k].norm : '');
  if (t[at].norm === 'despite') {
    // "Bob deployed despite the warnings", "despite being told to wait, the vendor …".
    if (next(1) === 'being' && ['warned', 'told', 'asked', 'reminded'].includes(next(2))) end = at + 2;
    else if (next(1) === 'having' && next(2) === 'been' && COUNSELLED.has(next(3))) {
      // "… which they decided to keep despite having been paid for the report": a choice made
      // against what the chooser had been given or told. Only a choice of a person other than
      // the authors, named just before its verb of choosing, is read.
      const chooser = chooserBefore(r, at);
      if (!chooser) return pressedOn(r, at);
      r.judge(chooser, chooser.head, at + 3);
      return true;
    } else if (
      next(1) === 'warnings' ||
      next(1) === 'repeated' ||
      (['the', 'our', 'several', 'multiple', 'clear', 'explicit'].includes(next(1)) && /^warnings?$/.test(next(2)))
    )
      end = at + (next(1) === 'warnings' ? 1 : 2);
    if (end < 0) return pressedOn(r, at);
    let subject = r.clauseSubject(at);
    if (!r.isPerson(subject, false)) {
      // The subject after the leading phrase: "Despite being warned, the on-call …".
      let c = end + 1;
      while (c < t.length && c - end < 16 && t[c].raw !== ',' && !isClauseMark(t[c])) c++;
      const person = t[c]?.raw === ',' ? r.personAfter(c + 1) : null;
      if (!person || person.cls === 'we') return false;
      subject = { cls: person.cls, head: person.index, first: person.index };
      r.blame('manner', categoryOf(subject.cls, true), at, end, at, end, r.nameSpan(person.index, person.index));
      return true;
    }
    r.judge(subject, at, end);
    return true;
  }
  if (WITHOUT_DILIGENCE.has(next(1))) end = at + 1;
  else if (next(1) === 'being' && WITHOUT_BEING.has(next(2))) end = at + 2;
  else if (['any', 'a', 'proper', 'adequate', 'sufficient', 'due'].includes(next(1)) && WITHOUT_DILIGENCE.has(next(2))) end = at + 2;
  // "… without involving the owners": others left out of the act, not a cost it avoided ("without involving any downtime").
  else if (next(1) === 'involving' && wordInClause(t, at + 2, 3, (w) => AVOIDED_COSTS.test(w.norm)) < 0) end = at + 1;
  if (end < 0) return false;
  const subject = r.clauseSubject(at);
  // "We shipped it without waiting for CI" is usually a report of response work; people judged are others.
  if (r.isPerson(subject, false)) {
    r.judge(subject, at, end);
    return true;
  }
  // "The job was started on staging by the developer, without checking …": the act in the passive, pinned on its agent.
  const agent = r.passiveAgent(at);
  if (!agent || !r.isPerson(agent, false)) return false;
  r.judge(agent, at, end);
  return true;
}

/** What an act may be said to have spared ("without involving any downtime"): no one was left out. */
const AVOIDED_COSTS = /^(?:downtime|outages?|loss|interruptions?|disruptions?|risk|impact|restarts?)$/;

/** Careful steps a person may be said to have passed over: "instead of checking", "rather than consulting the owners". */
const CAREFUL_STEPS = new Set([
  'checking',
  'double-checking',
  'testing',
  'verifying',
  'reviewing',
  'consulting',
  'planning',
  'pausing',
  'asking',
  'investigating',
  'escalating',
]);

/** What "waiting for" must name to be a careful step ("rather than waiting for review"), not a decision ("instead of waiting for the vendor"). */
const AWAITED_CHECKS = new Set(['review', 'reviews', 'approval', 'ci', 'tests', 'sign-off', 'signoff', 'confirmation']);

/** Verbs that tell a choice made between two ways. */
const CHOICE_VERBS = new Set(['chose', 'choose', 'decided', 'opted', 'preferred', 'picked', 'selected', 'went']);

/** The words `insteadOf` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const INSTEAD_OF_KEY = (w: string): boolean => w === 'instead' || w === 'rather';

/**
 * "Instead of taking a step back and consulting the owners, I pressed on", "Bob merged it rather
 * than waiting for review": a careful step named as the one a person passed over. The step must be
 * one of checking, consulting, planning and the like, within a few words; the authors' own "we"
 * is response work, as with "without".
 */
export function insteadOf(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const pair = t[at].norm === 'instead' ? 'of' : t[at].norm === 'rather' ? 'than' : '';
  if (!pair || t[at].literal || !isWord(t[at + 1]) || t[at + 1].norm !== pair) return false;
  let step = -1;
  let comma = -1;
  for (let k = at + 2, words = 0; k < t.length && words < 14; k++) {
    if (!isWord(t[k])) {
      if (isClauseMark(t[k])) break;
      if (t[k].raw === ',' && comma < 0) comma = k;
      continue;
    }
    words++;
    const w = t[k].norm;
    const next = isWord(t[k + 1]) ? t[k + 1].norm : '';
    const careful =
      CAREFUL_STEPS.has(w) ||
      (w === 'taking' && next === 'a' && isWord(t[k + 2]) && t[k + 2].norm === 'step' && isWord(t[k + 3]) && t[k + 3].norm === 'back') ||
      (w === 'waiting' && next === 'for' && t.slice(k + 2, k + 5).some((x) => isWord(x) && AWAITED_CHECKS.has(x.norm)));
    if (careful && step < 0) step = k;
  }
  if (step < 0) return false;
  // The phrase opens its clause: the person is the subject after the comma that closes it.
  let before = at - 1;
  while (before >= 0 && !isWord(t[before]) && !isClauseMark(t[before]) && t[before].raw !== ',') before--;
  const opens = before < 0 || isClauseMark(t[before]);
  if (opens) {
    // The comma that closes the phrase: the last one before the main clause, among the steps listed.
    let c = comma;
    for (let k = comma + 1; c >= 0 && k < t.length && k - at < 30; k++) {
      if (isClauseMark(t[k])) break;
      if (t[k].raw === ',') {
        const person = r.personAfter(k + 1);
        if (person) {
          c = k;
          break;
        }
      }
    }
    const person = c >= 0 ? r.personAfter(c + 1) : null;
    if (!person || person.cls === 'we') return false;
    r.blame('manner', categoryOf(person.cls, true), at, step, at, step, r.nameSpan(person.index, person.index));
    return true;
  }
  const subject = r.clauseSubject(at);
  if (!r.isPerson(subject, false)) return false;
  // "The team chose a hotfix instead of planning a full release" tells a decision, not a lapse.
  for (let k = subject.head + 1; k < at; k++) if (isWord(t[k]) && CHOICE_VERBS.has(t[k].norm)) return false;
  r.judge(subject, at, step);
  return true;
}

/** The words `adequacy` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const ADEQUACY_KEY = (w: string): boolean => ADEQUACY_WORDS.has(w);

/** "@sam did not use a reasonable procedure", "nor did he adequately test", "didn't properly check". */
export function adequacy(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!ADEQUACY_WORDS.has(t[at].norm) || t[at].literal) return false;
  // "I am not responsible for the storage layer", "she was not responsible for the outage": a remit
  // or a denial of blame, not a judgement of care ("not responsible enough" still is).
  if (t[at].norm === 'responsible' && isWord(t[at + 1]) && t[at + 1].norm === 'for') return false;
  // The negation, at most three words before, in the same clause.
  let n = -1;
  for (let i = at - 1, words = 0; i >= 0 && words < 4; i--) {
    const w = t[i];
    if (!isWord(w)) {
      if (w.raw === ',' || isClauseMark(w)) break;
      continue;
    }
    // "… is not sent without appropriate checks": two negations make a requirement, not a judgement.
    if (w.norm === 'without') return false;
    // "People were not able to properly reach the help channel": what they could not do, not how they acted.
    if (w.norm === 'able') return false;
    if (w.norm === 'not' || w.norm === 'never' || w.norm === 'nor' || w.norm.endsWith("n't")) {
      n = i;
      break;
    }
    if (HAVING_VERBS.has(w.norm) || BE.has(w.norm) || STATE_VERBS.has(w.norm)) return false;
    words++;
  }
  if (n < 0) return false;
  let subject: Subject;
  if (t[n].norm === 'nor') {
    // "nor did he adequately test": the subject follows the auxiliary.
    const aux = n + 1;
    if (!isWord(t[aux]) || !['did', 'does', 'do', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'could', 'would'].includes(t[aux].norm) || aux + 1 >= at)
      return false;
    const cls = r.classify(aux + 1, false);
    subject = { cls, head: aux + 1, first: aux + 1 };
  } else {
    const auxiliary = t[n].norm === 'not' && isWord(t[n - 1]) ? n - 1 : n;
    subject = r.subjectBefore(auxiliary);
    if (!r.isPerson(subject)) subject = r.clauseSubject(n);
  }
  if (!r.isPerson(subject)) return false;
  r.judge(subject, n, at);
  return true;
}

/** Adverbs that tell a slip: with a person as subject, the slip is put on them. */
const SLIP_ADVERBS = new Set(['accidentally', 'unintentionally', 'inadvertently', 'mistakenly']);

/** Past tenses that are not participles too: the shared core, and forms that are presents as well ("set", "put"). */
const IRREGULAR_PAST = new Set([...IRREGULAR_PAST_CORE, 'overwrote', 'tore', 'set', 'put', 'hit', 'cut', 'shut', 'let']);

/** The words `slip` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const SLIP_KEY = (w: string): boolean => w === 'by' || SLIP_ADVERBS.has(w);

/**
 * Who a slip is put on: one person, the author writing "I" among them ("I accidentally deleted the
 * volume"). A team's slip ("the web team inadvertently exposed …") and the authors' "we" tell an
 * accident of the organisation, with no one singled out and no fault word: left alone.
 */
const SLIP_SUBJECTS = new Set(['named', 'individual', 'self']);

/** Verbs of coming upon something: "Dana accidentally found the leak" is luck, not a slip. */
const FINDING_VERBS = new Set(['found', 'discovered', 'noticed', 'spotted', 'stumbled', 'learned', 'learnt', 'uncovered']);

/**
 * "An engineer unintentionally deleted the namespace", "Dana accidentally ran the script on
 * production": a slip told as a person's act, which names them as its cause. Leaves slips told of
 * a thing ("the release accidentally uploaded …"), in the passive, a team's and the authors' own ("we").
 */
export function slip(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (t[at].norm === 'by' && isWord(t[at + 1]) && (t[at + 1].norm === 'mistake' || t[at + 1].norm === 'accident') && !t[at + 1].literal)
    return slipAfter(r, at);
  if (!SLIP_ADVERBS.has(t[at].norm) || t[at].literal) return false;
  const verb = t[at + 1];
  if (!isWord(verb) || BE.has(verb.norm) || !(/[a-z]ed$/.test(verb.norm) || IRREGULAR_PARTICIPLES.has(verb.norm) || IRREGULAR_PAST.has(verb.norm)))
    return false;
  // "The team was accidentally paged": the slip happened to them.
  if (r.wordBefore(at, 3, (w) => BE.has(w.norm) || w.norm === 'got' || w.norm === 'get')) return false;
  if (FINDING_VERBS.has(verb.norm)) return false;
  const subject = r.subjectBefore(at);
  if (!SLIP_SUBJECTS.has(subject.cls)) return false;
  const from = subject.head >= 0 && !subject.shared && at - subject.first <= 6 ? subject.first : at;
  r.blame('fault-verb', categoryOf(subject.cls, false), from, at + 1, at, at + 1, subject.head >= 0 ? r.nameSpan(subject.head, subject.first) : undefined);
  return true;
}

/** "The intern deleted the table by mistake": the slip named after the act, in the active voice. */
function slipAfter(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const subject = r.clauseSubject(at);
  if (subject.head < 0 || !SLIP_SUBJECTS.has(subject.cls)) return false;
  // "The fee was changed by mistake": a passive slip has no person as its agent.
  for (let k = subject.head + 1; k < at; k++) if (isWord(t[k]) && (BE.has(t[k].norm) || t[k].norm === 'got')) return false;
  const from = at - subject.first <= 8 ? subject.first : at;
  r.blame('fault-verb', categoryOf(subject.cls, false), from, at + 1, at, at + 1, r.nameSpan(subject.head, subject.first));
  return true;
}
