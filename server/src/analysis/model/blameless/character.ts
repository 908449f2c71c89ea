/**
 * Character words said of people: "Bob was careless", "an inexperienced engineer", "it was
 * reckless of the release manager". Leaves the same words said of systems ("the cache was lazy")
 * and fixed terms ("lazy loading").
 */
import { categoryOf } from './hit';
import {
  BETWEEN_SUBJECT_AND_VERB,
  CHARACTER_WORD_TERMS,
  CHARACTER_WORDS,
  EXCESS_DISPOSITIONS,
  EXCESS_WORDS,
  GROUPS,
  PERSON_CHARACTER_WORDS,
  POSSESSIVE_PRONOUNS,
  ROLES,
  TECHNIQUE_ADVERBS,
  TECHNIQUE_CHARACTER_WORDS,
} from './lexicon';
import { basePossessive, type PersonClass } from './people';
import type { SentenceReader } from './reader';
import { CONDUCT_NOUNS, WORK_NOUNS } from './judged-work';
import { BE, COORDINATORS, isWord, PERSON_CLASSES } from './words';

/** The words `character` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const CHARACTER_KEY = (w: string): boolean => CHARACTER_WORDS.has(w);

/** "Bob was careless", "sheer laziness", "it was reckless of the release manager": a character word said of people. */
export function character(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const word = t[at].norm;
  if (!CHARACTER_WORDS.has(word) || t[at].literal) return false;
  const terms = CHARACTER_WORD_TERMS.get(word);
  if (terms && isWord(t[at + 1]) && terms.has(basePossessive(t[at + 1].norm))) return false;
  // An adverb's term may come before it too: "modules are loaded lazily".
  if (terms && word.endsWith('ly') && isWord(t[at - 1]) && terms.has(t[at - 1].norm)) return false;
  // A technique, unless a person does the act: "lazily encode the data", "a lazily cloned repository".
  if (TECHNIQUE_ADVERBS.has(word) && !r.isPerson(r.actor(at))) return false;
  if (legalGround(r, at)) return false;
  if (r.negated(at) && !wishedAway(r, at)) return false;
  // "The cache was lazy today" jokes about a system; "Bob was careless" judges a person.
  let i = at - 1;
  while (
    i >= 0 &&
    isWord(t[i]) &&
    (BETWEEN_SUBJECT_AND_VERB.has(t[i].norm) || ['very', 'so', 'too', 'pretty', 'quite', 'extremely', 'incredibly', 'rather'].includes(t[i].norm))
  )
    i--;
  const predicative = i + 1 < at && t.slice(i + 1, at).some((w) => BE.has(w.norm));
  // "It was reckless of the release manager to …".
  if (isWord(t[at + 1]) && t[at + 1].norm === 'of') {
    const person = r.personAfter(at + 2);
    if (person) {
      r.blame('character', categoryOf(person.cls, true), at, person.index, at, at, r.nameSpan(person.index, person.index));
      return true;
    }
  }
  const noun = /(?:ness|ence|ity|ism|iness)$/.test(word);
  if (!noun && (predicative || (isWord(t[at - 1]) && BE.has(t[at - 1].norm)))) {
    const subject = r.subjectBefore(i + 1);
    const pointer = subject.head >= 0 && ['it', 'this', 'that', 'which'].includes(t[subject.head].norm);
    if (subject.cls === 'system' && !pointer) return false;
    const cls: PersonClass = pointer ? 'individual' : subject.cls;
    const name = subject.head >= 0 ? r.nameSpan(subject.head, subject.first) : undefined;
    const from = subject.head >= 0 ? subject.first : at;
    r.blame('character', categoryOf(cls, true), from, at, at, at, name);
    return true;
  }
  if (techniqueOnAThing(r, at)) return false;
  let cls: PersonClass = 'individual';
  const owner = t[at - 1];
  if (isWord(owner) && POSSESSIVE_PRONOUNS.has(owner.norm)) cls = POSSESSIVE_PRONOUNS.get(owner.norm)!;
  r.blame('character', categoryOf(cls, true), at, at, at, at);
  return true;
}

/**
 * "Tort (including negligence or otherwise)", "whether in tort (including negligence), contract or
 * otherwise": negligence listed as a ground of liability in the disclaimer of a software licence,
 * which names no one's conduct. "The contractor's negligence", "including negligence by the DBA"
 * and "negligence or otherwise, …" said of what happened are not it.
 */
function legalGround(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (t[at].norm !== 'negligence') return false;
  // "Including negligence by the vendor" names whose it was.
  return isWord(t[at - 1]) && t[at - 1].norm === 'including' && !(isWord(t[at + 1]) && ['by', 'of', 'on'].includes(t[at + 1].norm));
}

/**
 * "Lazy" before a thing is the name of a technique, whatever the thing ("a lazy upgrade", "lazy
 * hydration", "a lazy cache refresh"); before a person ("a lazy reviewer") or a person's work and
 * conduct ("lazy code", "a lazy workaround", "lazy habits") it judges them.
 */
function techniqueOnAThing(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!TECHNIQUE_CHARACTER_WORDS.has(t[at].norm)) return false;
  const next = t[at + 1];
  if (!isWord(next) || next.literal) return false;
  const noun = basePossessive(next.norm);
  if (!/^[a-z][a-z-]*$/.test(noun) || NOT_A_THING.has(noun) || WORK_NOUNS.has(noun) || CONDUCT_NOUNS.has(noun)) return false;
  // "A lazy reviewer", "lazy admins", "lazy management": people, whatever else the word may name.
  const single = noun.endsWith('s') ? noun.slice(0, -1) : noun;
  if (ROLES.has(noun) || ROLES.has(single) || GROUPS.has(noun) || GROUPS.has(single) || ['user', 'customer', 'human', 'folk'].includes(single)) return false;
  return !PERSON_CLASSES.has(r.classify(at + 1, false));
}

/** Words after "lazy" that are no thing it names: links, joins and degrees ("lazy and careless", "lazy about it"). */
const NOT_A_THING = new Set([
  ...BE,
  ...COORDINATORS,
  'about',
  'with',
  'to',
  'of',
  'in',
  'on',
  'at',
  'for',
  'that',
  'this',
  'when',
  'as',
  'so',
  'enough',
  'again',
  'today',
  'tonight',
]);

/** True when the word at `at` is a disposition said in excess: "overly aggressive", "too optimistic". */
function excessDisposition(r: SentenceReader, at: number): boolean {
  const t = r.t;
  return EXCESS_DISPOSITIONS.has(t[at].norm) && isWord(t[at - 1]) && EXCESS_WORDS.has(t[at - 1].norm) && !t[at - 1].literal;
}

/** The words `personCharacter` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const PERSON_CHARACTER_KEY = (w: string): boolean => PERSON_CHARACTER_WORDS.has(w) || EXCESS_DISPOSITIONS.has(w);

/**
 * "An inexperienced engineer", "the vendor was greedy": character words said of people; and a
 * disposition in excess, "we were overly aggressive", "an overly confident reviewer".
 */
export function personCharacter(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const excess = excessDisposition(r, at);
  if ((!PERSON_CHARACTER_WORDS.has(t[at].norm) && !excess) || t[at].literal || r.negated(at)) return false;
  const from = excess ? at - 1 : at;
  // Attributive, before a person: "an inexperienced engineer", "greedy management".
  if (isWord(t[at + 1])) {
    const cls = r.classify(at + 1, false);
    if (cls === 'individual' || cls === 'group') {
      if (meantToManage(r, from)) return true;
      r.blame('character', categoryOf(cls, true), from, at + 1, from, at);
      return true;
    }
  }
  if (madeSo(r, from, at)) return true;
  // Predicative: "the team was unprepared", "we were rushed and unprepared".
  let i = from - 1;
  for (let hops = 0; i >= 0 && hops < 6; i--, hops++) {
    const w = t[i];
    if (isWord(w) && BE.has(w.norm)) break;
    if (
      w.raw === ',' ||
      (isWord(w) &&
        (COORDINATORS.has(w.norm) ||
          BETWEEN_SUBJECT_AND_VERB.has(w.norm) ||
          ['very', 'so', 'too', 'pretty', 'quite', 'extremely', 'rather', 'simply'].includes(w.norm)))
    )
      continue;
    if (
      isWord(w) &&
      /(?:ed|ful|less|ous|ive|able|ible|al|ic|y|ent|ant)$/.test(w.norm) &&
      isWord(t[i + 1]) &&
      (COORDINATORS.has(t[i + 1].norm) || t[i + 1].raw === ',')
    )
      continue;
    return false;
  }
  if (i < 0 || !isWord(t[i]) || !BE.has(t[i].norm)) return false;
  const subject = r.subjectBefore(i);
  if (!r.isPerson(subject)) return false;
  r.judge(subject, from, at);
  return true;
}

/** Verbs that put a trait on their object: "it made me lax", "the quiet year left us complacent". */
const CAUSATIVES = new Set(['made', 'make', 'makes', 'making', 'left', 'leaves', 'leaving', 'rendered']);

/** Words that may stand between the person and the trait: "made us a bit complacent", "left me rather lax". */
const DEGREE = new Set(['so', 'too', 'very', 'rather', 'quite', 'somewhat', 'bit', 'a', 'little', 'overly', 'increasingly']);

/**
 * "two quiet years had made me lax about backups", "a run of green builds left us
 * complacent": a trait the authors say something gave them, judged as theirs all the same. Only
 * a person as the object; "made the checks lax" is about a thing, and "made us less complacent"
 * denies the trait.
 */
function madeSo(r: SentenceReader, from: number, at: number): boolean {
  const t = r.t;
  let k = from - 1;
  for (let hops = 0; hops < 3 && isWord(t[k]) && DEGREE.has(t[k].norm); hops++) k--;
  // The person: "me", "us", "Dana", or a group after its determiner ("the team", "our on-call").
  const verb = isWord(t[k - 1]) && ['the', 'our', 'my', 'their'].includes(t[k - 1].norm) ? k - 2 : k - 1;
  if (!isWord(t[k]) || !isWord(t[verb]) || !CAUSATIVES.has(t[verb].norm)) return false;
  const cls = r.classify(k, false);
  if (!['self', 'we', 'individual', 'group', 'named'].includes(cls)) return false;
  r.blame('character', categoryOf(cls, true), verb, at, from, at, cls === 'named' ? r.nameSpan(k, k) : undefined);
  return true;
}

/** Modals that make "be able to" a requirement ("should be able to"), not a report ("was able to"). */
const REQUIRING = new Set(['should', 'must', 'shall', 'will', 'would', 'to']);

/**
 * True when the people described at `at` are the ones a plan or a document must suit, not people
 * who acted: "even an inexperienced engineer can follow it", "two inexperienced people should be
 * able to cut a release from this page". The requirement ("be able to" after a modal) may come a
 * while later in the sentence, past an aside in brackets.
 */
function meantToManage(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const before = t[at - 1];
  const even = isWord(before) && DETERMINERS_OF_ANY.has(before.norm) ? t[at - 2] : before;
  if (isWord(even) && even.norm === 'even') return true;
  for (let k = at + 2, words = 0; k < t.length && words < 30; k++) {
    if (!isWord(t[k])) {
      if (['.', '!', '?', ';'].includes(t[k].raw)) return false;
      continue;
    }
    words++;
    if (t[k].norm === 'able' && isWord(t[k + 1]) && t[k + 1].norm === 'to' && t[k - 1]?.norm === 'be' && REQUIRING.has(t[k - 2]?.norm ?? '')) return true;
  }
  return false;
}

/** Words that may stand between "even" and the person ("even an inexperienced …", "even two …"). */
const DETERMINERS_OF_ANY = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'some', 'our', 'new']);

/**
 * "If I were not so clueless, I could repair it", "if we weren't so careless": a condition contrary to
 * fact, which says the trait is there. "He was not so careless" and "if it was not careless" deny it.
 */
function wishedAway(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!isWord(t[at - 1]) || !['so', 'as'].includes(t[at - 1].norm)) return false;
  let be = at - 2;
  if (isWord(t[be]) && t[be].norm === 'not') be--;
  else if (!isWord(t[be]) || !t[be].norm.endsWith("n't")) return false;
  if (!isWord(t[be]) || !BE.has(t[be].norm.replace(/n't$/, ''))) return false;
  const subject = t[be - 1];
  return isWord(subject) && ['i', 'we'].includes(subject.norm) && isWord(t[be - 2]) && t[be - 2].norm === 'if';
}
