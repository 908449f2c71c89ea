/**
 * Blame named as such: "human error", "a rookie mistake", "the fault lies with Bob", "blame the
 * operator", "who pushed this?". Leaves blame as an act talked about ("blaming the operator would
 * miss the point"), tools ("git blame") and faults that lie with a system.
 */
import { categoryOf } from './hit';
import {
  BLAME_CULTURE_PHRASES,
  FAIL_TERMS,
  FAULT_NOUN_TERMS,
  HUMAN_ERROR_PHRASES,
  JUDGING_PHRASES,
  POSSESSIVE_PRONOUNS,
  RUSH_TERMS,
  SIZE_WORDS,
  WHO_QUESTION_PAIRS,
  WHO_QUESTION_WORDS,
} from './lexicon';
import type { PersonClass } from './people';
import { eitherNeed, type Need, PhraseTable } from './phrase-table';
import type { SentenceReader } from './reader';
import { BE, isClauseMark, isWord, PERSON_CLASSES } from './words';

const HUMAN_ERROR = new PhraseTable(HUMAN_ERROR_PHRASES);

const JUDGING = new PhraseTable(JUDGING_PHRASES);

const CULTURE = new PhraseTable(BLAME_CULTURE_PHRASES);

const WHO_PAIRS = new PhraseTable(WHO_QUESTION_PAIRS);

/** The words `blameWord` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const BLAME_WORD_KEY = (w: string): boolean => ['blame', 'blamed', 'blames', 'blaming', 'culprit', 'culprits'].includes(w);

/** "Blame the operator", "the culprit was Bob": the word blame or culprit pointed at a person. */
export function blameWord(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const word = t[at].norm;
  if (!['blame', 'blamed', 'blames', 'blaming', 'culprit', 'culprits'].includes(word) || t[at].literal) return false;
  // "Blaming the operator would miss the point" talks about blame as an act.
  if (word === 'blaming' && r.initialAt(at)) return false;
  if (r.negated(at, 4)) return false;
  const previous = t[at - 1];
  if (isWord(previous) && (previous.norm === 'git' || previous.norm === 'svn' || previous.norm === 'hg')) return false;
  let after = at + 1;
  if (word.startsWith('culprit')) {
    if (!isWord(t[after]) || !BE.has(t[after].norm)) return culpritThing(r, at);
    after++;
  }
  const person = r.personAfter(after);
  if (!person) return word.startsWith('culprit') && culpritThing(r, at);
  r.blame('blame-culture', categoryOf(person.cls, false), at, person.index, at, at, r.nameSpan(person.index, person.index));
  return true;
}

/** Words before "the culprit" that make it a search or a denial, not a verdict ("finding the culprit is not the goal"). */
const CULPRIT_HUNT = new Set([
  'find',
  'finding',
  'found',
  'hunt',
  'hunting',
  'seek',
  'seeking',
  'for',
  'identify',
  'identifying',
  'name',
  'naming',
  'blame',
  'blaming',
  'chase',
  'chasing',
  'no',
  'any',
]);

/** Words between "the" and "culprit" that keep it a verdict: "the likely culprit", "a single culprit: …". */
const CULPRIT_HEDGES = new Set(['likely', 'real', 'main', 'probable', 'actual', 'obvious', 'prime', 'chief', 'apparent', 'single', 'sole']);

/** Verbs that link "the culprit" to what it names as "is" does: "the culprit turned out to be …", "the culprit ended up being …". */
const CULPRIT_LINKS = new Set(['turned', 'proved', 'seemed', 'ended']);

/** What may follow a predicate "the culprit": "was itself the culprit for the stalls", "the culprit behind it". */
const CULPRIT_AFTER = new Set(['for', 'behind']);

/** Changes that "culprit" can name attributively: "the culprit commit". */
const CULPRIT_CHANGES = new Set(['pr', 'commit', 'change', 'patch', 'release', 'deploy', 'config', 'build', 'merge', 'update', 'upgrade', 'script']);

/**
 * "The culprit commit removed the check", "the likely culprit was this class of bug", "the stale
 * record was the culprit": blame vocabulary aimed at a thing (the artifact fault of LABELS.md).
 * The caller has already left negated uses; searches for a culprit ("finding the culprit is not
 * the goal") stay unflagged.
 */
function culpritThing(r: SentenceReader, at: number): boolean {
  const t = r.t;
  // "The culprits are usually the gaps between systems": the plural is a general claim.
  if (t[at].norm !== 'culprit') return false;
  let det = at - 1;
  if (isWord(t[det]) && CULPRIT_HEDGES.has(t[det].norm)) det--;
  const next = t[at + 1];
  // "… led us to a single culprit: the importer": a culprit named by what follows the colon.
  const named = next?.raw === ':' && isWord(t[at + 2]);
  if (!isWord(t[det]) || !(t[det].norm === 'the' || (named && t[det].norm === 'a'))) return false;
  if (isWord(t[det - 1]) && CULPRIT_HUNT.has(t[det - 1].norm)) return false;
  // "The server was itself the culprit": the predicate past a reflexive or an adverb.
  let be = det - 1;
  if (isWord(t[be]) && t[be].norm === 'itself') be--;
  const predicate = isWord(t[be]) && BE.has(t[be].norm) && (!isWord(next) || CULPRIT_AFTER.has(next.norm));
  const verdict =
    named || predicate || (isWord(next) && (BE.has(next.norm) || CULPRIT_CHANGES.has(next.norm) || (CULPRIT_LINKS.has(next.norm) && isWord(t[at + 2]))));
  if (!verdict) return false;
  r.blame('blame-culture', 'group-fault', det, at, at, at);
  return true;
}

/** The first words of a question `whoQuestion` reads ("Who pushed …?"): its key, for the sentence gate. */
export const WHO_QUESTION_KEY = (w: string): boolean => w === 'who' || w === 'whose' || w === "who's";

/** "Who pushed this?", "whose change broke it?": a question that asks for a person to blame. */
export function whoQuestion(r: SentenceReader): void {
  const t = r.t;
  const firstWord = t.findIndex(isWord);
  if (firstWord < 0 || t[t.length - 1].raw !== '?') return;
  if (!WHO_QUESTION_KEY(t[firstWord].norm)) return;
  for (let i = firstWord + 1; i < t.length; i++) {
    const pair = WHO_PAIRS.match(t, i);
    if (pair || (isWord(t[i]) && WHO_QUESTION_WORDS.has(t[i].norm))) {
      r.blame('who-question', 'individual-attribution', firstWord, i + Math.max(pair, 1) - 1, firstWord, i + Math.max(pair, 1) - 1);
      return;
    }
  }
}

/**
 * True when a judging phrase ending at `at` names a thing, not a verdict: "fail" written as a part
 * of a term ("a big fail-over test"), or a mistake placed in a thing ("the big mistake in the parser").
 */
function judgesAThing(r: SentenceReader, from: number, at: number): boolean {
  const t = r.t;
  const next = t[at + 1];
  // "Good and bad practices for rollouts", "bad practices to avoid": advice about practices, not a verdict.
  if (t[at].norm === 'practices') {
    const before = (k: number) => (isWord(t[from - k]) ? t[from - k].norm : '');
    if ((before(1) === 'and' || before(1) === 'or') && ['good', 'best', 'sound'].includes(before(2))) return true;
    return isWord(next) && (next.norm === 'for' || next.norm === 'to');
  }
  if (!next) return false;
  if (t[at].norm === 'fail') return next.raw === '-' || (isWord(next) && FAIL_TERMS.has(next.norm));
  if (t[at].norm === 'rush' || t[at].norm === 'hurry') return next.raw === '-' || (isWord(next) && RUSH_TERMS.has(next.norm));
  const after = t[at + 2];
  return SIZE_WORDS.has(t[from].norm) && isWord(next) && next.norm === 'in' && isWord(after) && ['the', 'a', 'an', 'this', 'that'].includes(after.norm);
}

/**
 * True when the understanding found wanting from `at` is a person's: "my lack of understanding",
 * "Dana's lack of understanding", "the team lacked deep understanding". Not the authors as "we"
 * (their grasp is the system's lesson), a thing ("the parser lacked any understanding of …") or
 * nobody ("a lack of understanding is normal").
 */
function graspOwned(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const owner = t[at - 1];
  if (t[at].norm === 'lack') {
    if (!isWord(owner)) return false;
    const cls = POSSESSIVE_PRONOUNS.get(owner.norm) ?? (owner.norm.endsWith("'s") ? r.classify(at - 1, false) : undefined);
    return cls !== undefined && cls !== 'we' && PERSON_CLASSES.has(cls);
  }
  const subject = r.subjectBefore(at);
  return subject.head >= 0 && ['named', 'individual', 'group', 'self'].includes(subject.cls);
}

/** Verbs of being or happening after "human error" that make the sentence a statement about people in general. */
const GENERAL_VERBS = new Set(['is', 'are', 'will', 'can', 'may', 'does', 'do', 'happens', 'happen', 'occurs', 'occur']);

/** What such a statement says of it: it is "inevitable", "normal", "never the root cause". */
const GENERAL_WORDS = new Set(['inevitable', 'unavoidable', 'normal', 'expected', 'natural', 'bound', 'always', 'never', 'not', 'a', 'going', 'possible']);

/**
 * "Human error is inevitable", "human errors will always happen", "human error is never a root
 * cause": a general truth about people, which pins the failure on no one. `at` is the word after
 * the phrase; the statement must follow it directly, in the present or future.
 */
function generalStatement(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!isWord(t[at]) || !GENERAL_VERBS.has(t[at].norm)) return false;
  if (t[at].norm.startsWith('happen') || t[at].norm.startsWith('occur')) return true;
  let k = at + 1;
  // "will always happen", "can never be ruled out", "is simply a given".
  if (isWord(t[k]) && ['simply', 'just', 'still', 'also'].includes(t[k].norm)) k++;
  if (!isWord(t[k])) return false;
  if (t[k].norm === 'a') return isWord(t[k + 1]) && ['given', 'symptom', 'fact', 'constant'].includes(t[k + 1].norm);
  if (t[k].norm === 'always' || t[k].norm === 'never') return true;
  if (['happen', 'occur'].includes(t[k].norm)) return true;
  return GENERAL_WORDS.has(t[k].norm) && t[at].norm !== 'will';
}

/** Verbs of a safeguard that take human error as their object: "handle human error", "reduce human error". */
const WITHSTANDING = new Set([
  'handle',
  'handles',
  'handling',
  'tolerate',
  'tolerates',
  'tolerating',
  'withstand',
  'withstands',
  'absorb',
  'absorbs',
  'prevent',
  'prevents',
  'preventing',
  'avoid',
  'avoids',
  'avoiding',
  'reduce',
  'reduces',
  'reducing',
  'minimise',
  'minimises',
  'minimising',
  'minimize',
  'minimizes',
  'minimizing',
  'eliminate',
  'eliminates',
  'eliminating',
  'mitigate',
  'mitigates',
  'mitigating',
  'catch',
  'catches',
  'catching',
  'against',
]);

/** What "to" or "from" before human error is a safeguard's with: "robust to", "resilient to", "safe from". */
const PROOF_AGAINST = new Set([
  'robust',
  'resilient',
  'resistant',
  'tolerant',
  'immune',
  'prone',
  'susceptible',
  'vulnerable',
  'safe',
  'protect',
  'protects',
  'protected',
  'shield',
  'shielded',
]);

/** Nouns of a chance that "of" or "for" joins to human error: "the risk of human error", "room for human error". */
const CHANCE_OF = new Set([
  'risk',
  'risks',
  'chance',
  'chances',
  'likelihood',
  'possibility',
  'probability',
  'odds',
  'room',
  'potential',
  'scope',
  'margin',
  'surface',
]);

/** Words between a safeguard and the human error it takes: "handle any human error", "the risk of future human errors". */
const BETWEEN_GUARD = new Set(['the', 'any', 'all', 'some', 'most', 'more', 'less', 'future', 'possible', 'occasional', 'inevitable', 'further', 'such']);

/**
 * True when the human error starting at word `i` is what a safeguard takes on, not the cause
 * told: "make the system more robust to handle human error", "reduce the risk of human error",
 * "guard against human error", "less prone to human error". It pins nothing on anyone. "Due to
 * human error", "the result of human error" and "caused by human error" stay the cause.
 */
function withstood(r: SentenceReader, i: number): boolean {
  const t = r.t;
  let k = i - 1;
  while (isWord(t[k]) && BETWEEN_GUARD.has(t[k].norm) && i - k <= 3) k--;
  if (!isWord(t[k]) || t[k].literal) return false;
  const w = t[k].norm;
  if (WITHSTANDING.has(w)) return true;
  const before = isWord(t[k - 1]) ? t[k - 1].norm : '';
  if (w === 'to' || w === 'from') return PROOF_AGAINST.has(before) || WITHSTANDING.has(before);
  if (w === 'of' || w === 'for') return CHANCE_OF.has(before);
  return false;
}

/** Verbs that settle or make known who owns a duty ahead: "decide who is responsible", "agree on who is responsible". */
const OWNERSHIP_PLANS = new Set([
  'know',
  'decide',
  'define',
  'clarify',
  'agree',
  'document',
  'establish',
  'assign',
  'settle',
  'write',
  'record',
  'list',
  'publish',
  'spell',
]);

/** Words before a verb that make it work to do. */
const PLANNED = new Set(['to', 'will', "'ll", 'shall', 'should', 'must', 'please', 'and']);

/**
 * True when "who is responsible" at `at` is the object of a verb that settles ownership ahead
 * ("Decide who is responsible for …", "agree on who is responsible", "write down who is
 * responsible"): a plan, in the present tense. "Find out who is responsible", "who was
 * responsible" look for blame.
 */
function settlesOwnership(r: SentenceReader, at: number): boolean {
  const t = r.t;
  let k = at - 1;
  // "agree on", "be clear about", "write down", "spell out", "clearly document": a particle or an adverb between.
  for (let skipped = 0; skipped < 2 && isWord(t[k]) && ['on', 'about', 'down', 'out', 'up', 'clearly', 'exactly'].includes(t[k].norm); skipped++) k--;
  if (isWord(t[k]) && t[k].norm === 'clear' && isWord(t[k - 1]) && ['make', 'be'].includes(t[k - 1].norm)) k--;
  else if (!isWord(t[k]) || !OWNERSHIP_PLANS.has(t[k].norm)) return false;
  // The verb told as work to do: an imperative ("Decide …") or after "to", "will", "should" ("we need to agree on …");
  // "we now know who is responsible" tells a finding.
  // "to clearly define", "will also decide": an adverb between.
  let b = k - 1;
  if (isWord(t[b]) && ['clearly', 'also', 'first', 'explicitly', 'always'].includes(t[b].norm)) b--;
  return (r.initialAt(k) || (isWord(t[b]) && PLANNED.has(t[b].norm))) && !r.negated(k, 3);
}

/** Words that dismiss what they are said of: "finger-pointing is pointless". */
const DISMISSIVE = new Set([
  'useless',
  'pointless',
  'unhelpful',
  'counterproductive',
  'counter-productive',
  'futile',
  'harmful',
  'toxic',
  'meaningless',
  'unproductive',
]);
/** Words that, negated, dismiss it too: "is not helpful", "isn't the point". */
const OF_USE = new Set(['helpful', 'useful', 'productive', 'constructive', 'point', 'goal', 'answer', 'way']);
/** Adverbs between the verb and its verdict: "is completely useless", "is never the answer". */
const VERDICT_DEGREE = new Set([
  'completely',
  'totally',
  'utterly',
  'simply',
  'just',
  'always',
  'entirely',
  'rarely',
  'never',
  'really',
  'very',
  'quite',
  'not',
  'a',
  'the',
  'of',
  'any',
  'no',
]);

/**
 * "Pointing fingers at the engineer is useless", "finger-pointing isn't the point", "assigning blame
 * doesn't help anyone": a blame phrase as the subject of a verdict that dismisses it states the blameless
 * stance; it blames nobody. Read up to the end of the clause that follows the phrase.
 */
function dismissed(r: SentenceReader, from: number): boolean {
  const t = r.t;
  for (let k = from, words = 0; k < t.length && words < 10; k++) {
    if (!isWord(t[k])) {
      if (isClauseMark(t[k])) return false;
      continue;
    }
    words++;
    const w = t[k].norm;
    if (['help', 'helps', 'helped', 'works', 'work', 'worked'].includes(w) && r.negated(k, 2)) return true;
    if (!BE.has(w)) continue;
    let v = k + 1;
    let negated = w.endsWith("n't");
    while (isWord(t[v]) && VERDICT_DEGREE.has(t[v].norm) && v < k + 5) {
      if (t[v].norm === 'not' || t[v].norm === 'never' || t[v].norm === 'no') negated = true;
      v++;
    }
    if (!isWord(t[v])) return false;
    return DISMISSIVE.has(t[v].norm) || (negated && OF_USE.has(t[v].norm));
  }
  return false;
}

/** The words `blamePhrase` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const BLAME_PHRASE_KEY = (w: string): boolean => HUMAN_ERROR.starts(w) || JUDGING.starts(w) || CULTURE.starts(w);
/** What `blamePhrase` needs for a hit: the two rarest words of one of its phrases (the sentence gate's need). */
export const BLAME_PHRASE_NEED = (w: string): Need => eitherNeed(eitherNeed(HUMAN_ERROR.needs(w), JUDGING.needs(w)), CULTURE.needs(w));

/**
 * The fixed blame phrase starting at word `i` ("human error", "a lack of care", "finger
 * pointing", "the fault lies with …"): the number of words it takes, 1 for a phrase that blames
 * no one here (nothing more is read at that word), or 0 when none starts there.
 */
export function blamePhrase(r: SentenceReader, i: number): number {
  const t = r.t;
  const humanError = HUMAN_ERROR.match(t, i);
  // "The human error budget" names a measure, not a cause.
  const measure = humanError && isWord(t[i + humanError]) && FAULT_NOUN_TERMS.has(t[i + humanError].norm);
  if (humanError && !measure && !t[i].literal && !r.negated(i) && !generalStatement(r, i + humanError) && !withstood(r, i)) {
    r.blame('human-error', 'individual-attribution', i, i + humanError - 1, i, i + humanError - 1);
    return humanError;
  }
  const judging = JUDGING.match(t, i);
  if (
    judging &&
    !t[i].literal &&
    !r.negated(i, 2) &&
    !judgesAThing(r, i, i + judging - 1) &&
    (t[i + judging - 1].norm !== 'understanding' || graspOwned(r, i))
  ) {
    // "A lack of care", "a rookie mistake": a judgement of whoever did it, named or not.
    let cls: PersonClass = 'individual';
    // The owner before the phrase ("their lack of care") or opening it ("in our rush").
    const owner = POSSESSIVE_PRONOUNS.has(t[i].norm) ? t[i] : t[i - 1];
    if (isWord(owner) && POSSESSIVE_PRONOUNS.has(owner.norm)) cls = POSSESSIVE_PRONOUNS.get(owner.norm)!;
    r.blame('character', categoryOf(cls, true), i, i + judging - 1, i, i + judging - 1);
    return judging;
  }
  const culture = CULTURE.match(t, i);
  if (culture && !t[i].literal && !r.negated(i, 4)) {
    const phrase = t
      .slice(i, i + culture)
      .map((x) => x.norm)
      .join(' ');
    // "The fault lies with the load balancer" blames a system: only a person makes it blame.
    if (/^the (?:blame|fault) (?:lies|lay|falls|rests|rested|goes)$/.test(phrase)) {
      const person = r.personAfter(i + culture + (isWord(t[i + culture]) && ['with', 'on'].includes(t[i + culture].norm) ? 1 : 0));
      if (!person) return 1;
      r.blame('blame-culture', categoryOf(person.cls, false), i, person.index, i, i + culture - 1, r.nameSpan(person.index, person.index));
      return person.index - i + 1;
    }
    // "Decide who is responsible for posting updates", "Know who is responsible for the rota": a plan
    // that settles who owns a duty from now on, not a search for someone to blame.
    if (phrase === 'who is responsible' && settlesOwnership(r, i)) return 1;
    if (dismissed(r, i + culture)) return culture;
    r.blame('blame-culture', 'individual-attribution', i, i + culture - 1, i, i + culture - 1);
    return culture;
  }
  return 0;
}
