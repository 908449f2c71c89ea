/**
 * Fault nouns with an owner: "Bob's mistake", "an oversight on our part", "a failure of review".
 * Leaves fault nouns that name a measure or a thing ("error budget", "a failure of the disk")
 * and owners that are negated ("not anyone's fault").
 */
import { slipAnyoneMakes } from './common-slip';
import { categoryOf } from './hit';
import { FAULT_NOUN_TERMS, FAULT_NOUNS, IRREGULAR_PAST_CORE, NEGATIONS, POSSESSIVE_PRONOUNS, ROLES, WEAK_FAULT_NOUNS } from './lexicon';
import { basePossessive, type PersonClass } from './people';
import type { SentenceReader } from './reader';
import { BE, isWord, PERSON_CLASSES } from './words';

/** Human activities whose "failure" is fault language about the people in them ("a review failure"). */
const HUMAN_PROCESS = new Set(['review', 'planning', 'management', 'leadership', 'judgement', 'judgment', 'coordination', 'oversight']);

/** What "oversight" names when it is a body or a duty of supervision ("an oversight board"), not a lapse. */
const OVERSIGHT_BODIES = new Set([
  'board',
  'boards',
  'body',
  'bodies',
  'committee',
  'committees',
  'panel',
  'panels',
  'role',
  'roles',
  'function',
  'authority',
  'group',
  'team',
  'process',
  'responsibilities',
  'duties',
]);

/** What a party does to leave a mess behind: "the mess they made", "the mess he created". */
const MESS_MAKERS: readonly string[] = ['made', 'created', 'caused', 'left'];

/** The words that give a reason just before word `at` ("due to", "because of", "owing to", "through"): where they start, or -1. */
function causeBefore(r: SentenceReader, at: number): number {
  const t = r.t;
  const w = (k: number) => (isWord(t[k]) && !t[k].literal ? t[k].norm : '');
  if (w(at - 1) === 'through') return at - 1;
  if ((w(at - 1) === 'to' && (w(at - 2) === 'due' || w(at - 2) === 'owing')) || (w(at - 1) === 'of' && w(at - 2) === 'because')) return at - 2;
  return -1;
}

/** Words after "on our side" that make the side a place: "… on our side of the link". */
const OF_A_PLACE = new Set(['of']);

/** Words that make a mistake one supposed, not one made: "if", "any". */
const SUPPOSING = new Set(['if', 'unless', 'whether', 'any', 'no']);

/** True when the word before the strong fault noun at `at` is a person's role used as its modifier: "operator mistake". */
function roleOwned(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const modifier = t[at - 1];
  if (!isWord(modifier) || modifier.literal || !FAULT_NOUNS.has(t[at].norm)) return false;
  const role = ROLES.has(modifier.norm)
    ? modifier.norm
    : modifier.norm.endsWith('s') && ROLES.has(modifier.norm.slice(0, -1))
      ? modifier.norm.slice(0, -1)
      : '';
  if (!role) return false;
  // "No operator mistake was found", "if an admin oversight happens": denied or supposed.
  return !r.negated(at - 1, 3) && !r.wordBefore(at - 1, 3, (w) => SUPPOSING.has(w.norm));
}

/**
 * Past tenses that are not "-ed" forms and never a present or a bare verb ("put" and "set" are):
 * the shared core, the pasts of being, having and doing, and of finding and knowing.
 */
const PAST_FORMS = new Set([
  ...IRREGULAR_PAST_CORE,
  'was',
  'were',
  'had',
  "wasn't",
  "weren't",
  "hadn't",
  "didn't",
  'caught',
  'brought',
  'told',
  'thought',
  'found',
  'forgot',
  'knew',
  'saw',
  'went',
  'came',
]);

/** Whether each sentence tells something that happened, as computed once (see `tellsPast`). */
const pastTold = new WeakMap<SentenceReader, boolean>();

/**
 * True when the sentence tells something that happened: a past tense, or an "-ed" form that is
 * not a participle after "be" or "get" ("is saved", "gets deleted"). A sentence without one
 * states a rule, a piece of advice or a prospect. Read once per sentence, so linear.
 */
function tellsPast(r: SentenceReader): boolean {
  let told = pastTold.get(r);
  if (told !== undefined) return told;
  told = false;
  const t = r.t;
  for (let k = 0; k < t.length && !told; k++) {
    if (!isWord(t[k])) continue;
    const w = t[k].norm;
    if (PAST_FORMS.has(w)) told = true;
    else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) {
      const before = isWord(t[k - 1]) ? t[k - 1].norm : '';
      told = !BE.has(before) && !/^get|^got/.test(before);
    }
  }
  pastTold.set(r, told);
  return told;
}

/**
 * True when the owner at `owner` ("their", "your") of a fault noun stands for people in general:
 * the reader addressed in advice ("a tool that lets you undo your mistakes"), or anyone at all in
 * a rule or a prospect ("teams should not punish a person for their errors"). Such a sentence
 * tells nothing that happened; a verdict on the incident tells the past ("it was their mistake")
 * or names the fault with a verb of being ("this is their fault"), and is kept.
 */
function generalOwner(r: SentenceReader, owner: number): boolean {
  const t = r.t;
  const o = t[owner].norm;
  if (o !== 'their' && o !== 'your') return false;
  const before = isWord(t[owner - 1]) ? t[owner - 1].norm : '';
  if (BE.has(before) || before.endsWith("'s")) return false;
  return !tellsPast(r);
}

/** Words that may follow the idiom "our bad" without making "bad" an adjective: "our bad as the SDKs …", "our bad, sorry". */
const AFTER_OUR_BAD = new Set([
  'as',
  'because',
  'since',
  'and',
  'but',
  'here',
  'there',
  'again',
  'entirely',
  'completely',
  'too',
  'this',
  'that',
  'for',
  'on',
  'all',
]);

/** True when a word that may be the noun "bad" modifies follows it: "our bad config", "our bad actors list". */
function nounAfter(t: SentenceReader['t'], at: number): boolean {
  return isWord(t[at + 1]) && !AFTER_OUR_BAD.has(t[at + 1].norm);
}

/** The words `faultNoun` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const FAULT_NOUN_KEY = (w: string): boolean => FAULT_NOUNS.has(w) || w === 'mess' || WEAK_FAULT_NOUNS.has(w);

/** A fault noun with a person as owner: "Bob's fault", "my own mistake", "an oversight on our part". */
export function faultNoun(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const noun = t[at].norm;
  const strong = FAULT_NOUNS.has(noun);
  // A mess is a fault noun only when a relative clause gives it a maker: "the mess they created".
  const mess = noun === 'mess';
  if ((!strong && !mess && !WEAK_FAULT_NOUNS.has(noun)) || t[at].literal) return false;
  if (isWord(t[at + 1]) && FAULT_NOUN_TERMS.has(t[at + 1].norm)) return false;
  // "A review failure", "a planning failure": fault words about the people doing the work.
  if ((noun === 'failure' || noun === 'failures') && isWord(t[at - 1]) && HUMAN_PROCESS.has(t[at - 1].norm) && !t[at - 1].literal && !r.negated(at - 1, 2)) {
    r.blame('fault-noun', 'group-fault', at - 1, at, at - 1, at);
    return true;
  }
  // A person's role owning a strong fault noun as its modifier: "an operator mistake", "admin
  // oversight". Not a weak one: "developer errors" are often what a program shows developers.
  if (roleOwned(r, at)) {
    r.blame('fault-noun', 'individual-attribution', at - 1, at, at - 1, at);
    return true;
  }
  // Owned by a relative clause: "the errors I made", "the mistake that Bob made", "mistakes we had
  // made", "the mess they created". Other parties ("they") own a strong fault noun or a mess.
  if (noun !== 'bad' && noun !== 'fault' && !r.negated(at, 2)) {
    const start = isWord(t[at + 1]) && t[at + 1].norm === 'that' ? at + 2 : at + 1;
    const they = isWord(t[start]) && !t[start].literal && t[start].norm === 'they';
    const person = they ? { cls: 'they' as PersonClass, index: start } : r.personAfter(start);
    if (person) {
      let k = person.index + 1;
      // The rest of the person's noun phrase: "the on-call engineer", "Dana Whitfield".
      for (let more = 0; !they && more < 2 && isWord(t[k]) && ['named', 'individual', 'group', 'capitalised'].includes(r.classify(k, false)); more++) k++;
      if (isWord(t[k]) && ['had', 'has', 'have'].includes(t[k].norm)) k++;
      const allowed: readonly PersonClass[] = strong || mess ? ['named', 'individual', 'self', 'group', 'we', 'they'] : ['named', 'individual', 'self'];
      const makers = mess ? MESS_MAKERS : ['made', 'committed'];
      if (isWord(t[k]) && makers.includes(t[k].norm) && allowed.includes(person.cls)) {
        r.blame('fault-noun', categoryOf(person.cls, false), at, k, at, at, they ? undefined : r.nameSpan(person.index, person.index));
        return true;
      }
    }
  }
  if (mess) return false;
  // The owner: "Bob's fault", "my own mistake", "the on-call's error".
  let owner = at - 1;
  if (isWord(t[owner]) && t[owner].norm === 'own') owner--;
  const o = t[owner];
  // "We are learning from our mistakes": the idiom of learning, which puts no fault on anyone.
  if (isWord(t[owner - 1]) && t[owner - 1].norm === 'from' && isWord(t[owner - 2]) && /^learn/.test(t[owner - 2].norm)) return true;
  // "My mistake was one anyone could make": a slip owned and called common (common-slip.ts).
  if (slipAnyoneMakes(r, at + 1)) return false;
  // "My bad" is always the idiom; "our bad" only where no noun follows ("this is our bad as …", not "our bad config").
  const owned = noun !== 'bad' || (isWord(o) && (o.norm === 'my' || (o.norm === 'our' && !nounAfter(t, at))));
  if (isWord(o) && owned) {
    const pronoun = POSSESSIVE_PRONOUNS.get(o.norm);
    const possessive = o.norm.endsWith("'s") || (o.norm.endsWith("'") && o.norm.length > 1);
    // "Tools should let you undo your mistakes": people in general, in a sentence that tells no past.
    if (pronoun && generalOwner(r, owner)) return true;
    if ((pronoun || possessive) && !r.negated(owner, 2)) {
      const cls: PersonClass = pronoun ?? (NEGATIONS.has(o.norm) ? 'system' : r.classify(owner, false));
      const allowed = strong
        ? new Set<PersonClass>(['named', 'individual', 'self', 'group', 'we', 'they'])
        : new Set<PersonClass>(['named', 'individual', 'self']);
      if (allowed.has(cls)) {
        r.blame('fault-noun', categoryOf(cls, false), owner, at, owner, at, pronoun ? undefined : r.nameSpan(owner, owner));
        return true;
      }
    }
  }
  // "the fault of the DBA", "a mistake by Bob".
  const next = t[at + 1];
  if (
    isWord(next) &&
    (next.norm === 'of' || next.norm === 'by') &&
    (noun === 'fault' || noun === 'mistake' || noun === 'error' || noun === 'oversight' || noun === 'negligence' || noun === 'carelessness') &&
    !r.negated(at) &&
    // "Under the oversight of the platform team": their supervision, not their lapse.
    !(noun === 'oversight' && r.wordBefore(at, 3, (w) => w.norm === 'under'))
  ) {
    // "The fault of the deploy team": the people may carry a modifier of any kind, but not own a thing ("the payments team's database").
    const agent = r.agentAfter(at + 2);
    const person = r.personAfter(at + 2) ?? (agent && basePossessive(t[agent.index].norm) === t[agent.index].norm ? agent : null);
    if (person) {
      r.blame('fault-noun', categoryOf(person.cls, false), at, person.index, at, at, r.nameSpan(person.index, person.index));
      return true;
    }
  }
  // "It was an oversight", "this was an honest oversight": the authors owning a lapse. "Due to an
  // oversight, the keys were not renewed": the same lapse given as the reason. The article makes it
  // a lapse; "regulatory oversight", "little oversight" and "an oversight board" are supervision.
  if (noun === 'oversight' && !r.negated(at, 6) && !(isWord(next) && OVERSIGHT_BODIES.has(next.norm))) {
    let k = at - 1;
    if (isWord(t[k]) && ['honest', 'simple', 'unfortunate', 'clear', 'obvious', 'big', 'major', 'minor', 'small'].includes(t[k].norm)) k--;
    if (isWord(t[k]) && (t[k].norm === 'an' || t[k].norm === 'a') && isWord(t[k - 1])) {
      const reason = causeBefore(r, k);
      if (BE.has(t[k - 1].norm) || reason >= 0) {
        const from = reason >= 0 ? reason : k - 1;
        r.blame('fault-noun', 'group-fault', from, at, from, at);
        return true;
      }
    }
    // "An oversight in the migration script meant that …": the lapse as the subject that opens its
    // clause, placed in a thing by "in". Every "an oversight" of the labelled sets is a lapse.
    if (isWord(t[k]) && (t[k].norm === 'an' || t[k].norm === 'a') && r.initialAt(k) && isWord(next) && next.norm === 'in') {
      r.blame('fault-noun', 'group-fault', k, at, k, at);
      return true;
    }
  }
  // "A failure of leadership", "a failure of review".
  if (
    (noun === 'failure' || noun === 'failures' || noun === 'failing' || noun === 'failings') &&
    isWord(next) &&
    next.norm === 'of' &&
    isWord(t[at + 2]) &&
    HUMAN_PROCESS.has(t[at + 2].norm) &&
    !r.negated(at)
  ) {
    r.blame('fault-noun', 'group-fault', at, at + 2, at, at + 2);
    return true;
  }
  // "An oversight on the part of the DBA", "a mistake on our part", "a failure on their part".
  if (isWord(next) && next.norm === 'on' && !r.negated(at)) {
    const w = (k: number) => (isWord(t[at + k]) ? t[at + k].norm : '');
    if (w(2) === 'the' && w(3) === 'part' && w(4) === 'of') {
      const person = r.personAfter(at + 5);
      if (person) {
        r.blame('fault-noun', categoryOf(person.cls, false), at, person.index, at, at, r.nameSpan(person.index, person.index));
        return true;
      }
    }
    const pronoun = POSSESSIVE_PRONOUNS.get(w(2));
    const possessive = w(2).endsWith("'s") ? r.classify(at + 2, false) : undefined;
    const cls = pronoun ?? possessive;
    // "A mistake on our side", "an oversight on my end": a fault noun of people owned by the side
    // it sits on. Not "error" or "failure", which systems have too, nor "fault" ("a line fault on
    // their side" is the hardware's).
    // A mistake supposed ("if there is a mistake on your side", "any mistake on our end") is no verdict.
    const supposed = t.slice(0, at).some((x) => isWord(x) && SUPPOSING.has(x.norm));
    const owned = w(3) === 'part' || (strong && noun !== 'fault' && !supposed && (w(3) === 'side' || w(3) === 'end') && !OF_A_PLACE.has(w(4)));
    if (cls && owned && PERSON_CLASSES.has(cls)) {
      r.blame('fault-noun', categoryOf(cls, false), at, at + 3, at, at, pronoun ? undefined : r.nameSpan(at + 2, at + 2));
      return true;
    }
  }
  return false;
}
