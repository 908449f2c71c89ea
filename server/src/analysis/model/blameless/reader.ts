/**
 * One sentence being read for blame: its words, the people known in the document, the hits found
 * so far, and what every form shares: the subject of a verb (walking back over adverbs, auxiliaries
 * and asides), the person after a preposition, a nearby negation, and how a hit is recorded. It
 * finds no blame itself; the form modules beside it do, each through one of these readers.
 */
import { type BlameCategory, type BlameForm, categoryOf, type HindsightForm, type Hit, type NameSpan } from './hit';
import { BETWEEN_SUBJECT_AND_VERB, DETERMINERS, IRREGULAR_PARTICIPLES, NEGATIONS, NOUN_PHRASE_MODIFIERS } from './lexicon';
import { classifyWord, isCapitalised, type People, type PersonClass } from './people';
import type { Sentence, Token } from './tokens';
import { BE, COORDINATORS, isClauseMark, isWord, PERSON_CLASSES } from './words';

/** Words of a leading adverbial set off by a comma ("On Friday, Bob …", "Weeks later, the on-call …"). */
const INTRO_WORDS = new Set([
  'on',
  'at',
  'in',
  'after',
  'before',
  'during',
  'later',
  'then',
  'yesterday',
  'today',
  'earlier',
  'once',
  'however',
  'unfortunately',
  'afterwards',
  'subsequently',
  'meanwhile',
  'next',
  'finally',
  'first',
  'also',
  'again',
  'still',
  'worse',
  'weeks',
  'days',
  'hours',
  'minutes',
  'months',
  'shortly',
  'soon',
  'around',
  'about',
  'by',
  'from',
  'since',
]);

/** Words that pick people out of a group ("one of the engineers"). "None of" is no subject to blame. */
const PARTITIVES = new Set(['one', 'some', 'several', 'many', 'most', 'few', 'two', 'three', 'member', 'members', 'each', 'both', 'either']);

const ASIDE_OPENERS = new Set([
  'who',
  'which',
  'that',
  'a',
  'an',
  'the',
  'our',
  'my',
  'his',
  'her',
  'their',
  'being',
  'as',
  'after',
  'while',
  'when',
  'despite',
  'once',
  'having',
  'apparently',
  'unfortunately',
  'again',
  'however',
  'though',
  'it',
  'in',
  'on',
  'at',
  'for',
  'under',
  'with',
  'of',
  'like',
  'not',
  'also',
]);

const NP_STOPS = new Set([
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'during',
  'when',
  'while',
  'after',
  'before',
  'because',
  'which',
  'who',
  'that',
  'from',
  'into',
  'via',
  'through',
  'and',
  'or',
  'but',
  'as',
  'if',
  'than',
  'since',
  'so',
]);

/** Words of a verb group before "be" or a reminder verb ("will have to", "needs to", "should also"). */
const VERB_GROUP = new Set([
  'to',
  'need',
  'needs',
  'have',
  'has',
  'had',
  'got',
  'ought',
  'must',
  'should',
  'will',
  'shall',
  'would',
  'all',
  'also',
  'really',
  'just',
  'definitely',
  'simply',
  'clearly',
]);

/** The words of a verb group that make it a demand ("need to", "must"), not a report ("tried to be"). */
const MODAL_NEEDS = new Set(['need', 'needs', 'have', 'has', 'had', 'got', 'ought', 'must', 'should', 'will', 'shall']);

/** Words that open an indirect question ("wonder why …", "asked whether …"). */
const WH_QUESTION = new Set(['why', 'whether', 'how']);

/** Verbs and adjectives of wondering or asking, any tense ("wonder", "asked", "curious"). */
const WONDERING = /^(?:wonder(?:s|ed|ing)?|ask(?:s|ed|ing)?|curious|unsure|puzzled)$/;

/** A verb's subject: who it names and where its words are. */
export interface Subject {
  cls: PersonClass;
  /** Token index of the subject's head word, or -1. */
  head: number;
  /** Token index where the subject's noun phrase starts. */
  first: number;
  /** True when the subject belongs to an earlier verb phrase of the clause ("Bob edited it and broke …"). */
  shared?: boolean;
}

/** Words that open a clause before its subject: "While …", "As part of …", "After …". */
const CLAUSE_OPENERS = new Set([...INTRO_WORDS, 'while', 'when', 'whilst', 'as', 'because', 'although', 'though', 'for', 'with', 'without', 'until', 'to']);

/** Subject pronouns: a word that can only be a subject. */
const NOMINATIVE: ReadonlyMap<string, PersonClass> = new Map<string, PersonClass>([
  ['i', 'self'],
  ['he', 'individual'],
  ['she', 'individual'],
  ['we', 'we'],
]);

/**
 * "While setting up the chart I copied a command but forgot …", "As part of the move we
 * deleted …": a clause opened by a phrase with no comma after it, whose subject is a pronoun
 * that can only be one. The last such pronoun after the opener, when no comma or opener stands
 * between it and `at`; one right after the opener is the opener's own ("When I joined the job
 * failed and …").
 */
function openedSubject(t: Sentence, k: number, at: number): Subject | undefined {
  if (k >= at || !isWord(t[k]) || !CLAUSE_OPENERS.has(t[k].norm) || t[k].literal) return undefined;
  for (let j = at - 1; j > k + 1 && at - j <= 24; j--) {
    const token = t[j];
    if (!isWord(token)) {
      if (token.raw === ',' || isClauseMark(token)) return undefined;
      continue;
    }
    if (j < at - 1 && ['while', 'when', 'whilst', 'because', 'although', 'though', 'until', 'if', 'that', 'which', 'who'].includes(token.norm))
      return undefined;
    const cls = NOMINATIVE.get(token.norm);
    if (cls && !token.literal && isWord(t[j + 1])) return { cls, head: j, first: j };
  }
  return undefined;
}

/** "I couldn't believe my stupidity", "can not believe": disbelief at what happened, which denies none of it. */
export function disbelief(t: readonly Token[], i: number): boolean {
  return t[i + 1]?.norm === 'believe' && /^(?:could(?:n't)?|can(?:not)?|can't)$/.test(t[i].norm === 'not' ? (t[i - 1]?.norm ?? '') : t[i].norm);
}

/**
 * True when the word at `at` is "one" or "ones" taken up as people: "the one", "the only one",
 * "the ones" before "who". "Nobody was the one who …" and "was not the one who …" name nobody.
 */
function personOne(t: Sentence, at: number): boolean {
  if (!isWord(t[at]) || !['one', 'ones'].includes(t[at].norm) || t[at].literal) return false;
  let k = at - 1;
  if (isWord(t[k]) && ['only', 'first', 'last', 'same'].includes(t[k].norm)) k--;
  if (!isWord(t[k]) || !['the', 'this', 'that'].includes(t[k].norm)) return false;
  // "Nobody was the one who …", "it was not the one who …": no one is named by it.
  const be = t[k - 1];
  const before = t[k - 2];
  if (isWord(be) && (NEGATIONS.has(be.norm) || be.norm.endsWith("n't"))) return false;
  return !(isWord(be) && BE.has(be.norm) && isWord(before) && ['nobody', 'noone', 'none'].includes(before.norm));
}

/** The sentence in one detection pass. */
export class SentenceReader {
  readonly hits: Hit[] = [];
  /** The last "should have" read, for `shouldHaveBlame`. */
  lastShould: { at: number; haveEnd: number; participle: number; subject: Subject } | null = null;

  constructor(
    readonly t: Sentence,
    private readonly people: People,
    /** The sentence after this one in the same block, for forms that read what follows (a commitment). */
    readonly following?: Sentence,
    /** True when the sentence is a heading's, which titles the section below it. */
    readonly heading = false,
  ) {}

  /** True when word `i` starts its sentence or clause, or follows a time stamp. */
  initialAt(i: number): boolean {
    return i === 0 || isClauseMark(this.t[i - 1]) || (this.t[i - 1].kind !== 'word' && /^[\d:]+$/.test(this.t[i - 1].raw));
  }

  /** What the word at `i` stands for, as a subject. */
  classify(i: number, initial = this.initialAt(i)): PersonClass {
    return classifyWord(this.t[i], this.people, initial, this.t[i - 1]);
  }

  /**
   * True when a negation stands within `window` words before `at`, in the same clause. Disbelief
   * denies nothing after it: "I couldn't believe my stupidity".
   */
  negated(at: number, window = 3): boolean {
    return this.wordBefore(at, window, (w, i) => (NEGATIONS.has(w.norm) || w.norm.endsWith("n't")) && !disbelief(this.t, i));
  }

  /** True when one of the `window` words before `at` passes `test`, without crossing a comma or a clause mark. */
  wordBefore(at: number, window: number, test: (word: Token, i: number) => boolean): boolean {
    let seen = 0;
    for (let i = at - 1; i >= 0 && seen < window; i--) {
      const token = this.t[i];
      if (!isWord(token)) {
        if (isClauseMark(token) || token.raw === ',') return false;
        continue;
      }
      seen++;
      if (test(token, i)) return true;
    }
    return false;
  }

  /** The subject of a verb phrase starting at `at`: walks back over adverbs, auxiliaries and asides. */
  subjectBefore(at: number): Subject {
    const t = this.t;
    let i = at - 1;
    const skip = () => {
      while (i >= 0 && isWord(t[i]) && BETWEEN_SUBJECT_AND_VERB.has(t[i].norm)) i--;
    };
    skip();
    // "… and by doing so applied the wrong file": the means phrase stands between the verb and
    // the "and" that gives it the clause's subject.
    if (i >= 2 && isWord(t[i]) && ['so', 'that', 'this', 'it'].includes(t[i].norm) && isWord(t[i - 1]) && /[a-z]ing$/.test(t[i - 1].norm)) {
      if (isWord(t[i - 2]) && t[i - 2].norm === 'by') {
        i -= 3;
        skip();
      }
    }
    // "Someone edited the file and broke it": the verb shares the clause's subject.
    if (i >= 0 && isWord(t[i]) && COORDINATORS.has(t[i].norm)) return { ...this.clauseSubject(i), shared: true };
    if (i >= 0 && t[i].raw === ',') {
      // "Bob, who was on call, forgot …": skip an aside set off by commas.
      let k = i - 1;
      while (k >= 0 && i - k <= 14 && t[k].raw !== ',' && !isClauseMark(t[k])) k--;
      const opener = t[k + 1];
      // "… and, crucially, forgot": one adverb set off by commas is an aside as well.
      const adverb = k + 2 === i && isWord(opener) && /^[a-z]{3,}ly$/.test(opener.norm);
      // "Whoever set it up, should have …": a subject set off by a comma from its verb, which
      // "whoever" opening the clause shows is a person's.
      if ((k < 0 || isClauseMark(t[k])) && isWord(opener) && opener.norm === 'whoever' && !opener.literal)
        return { cls: 'individual', head: k + 1, first: k + 1 };
      if (k >= 0 && t[k].raw === ',' && isWord(opener) && (ASIDE_OPENERS.has(opener.norm) || adverb)) {
        i = k - 1;
        skip();
        // "… restarted the proxy and, crucially, forgot": the verb after the aside shares the clause's subject.
        if (adverb && i >= 0 && isWord(t[i]) && COORDINATORS.has(t[i].norm)) return { ...this.clauseSubject(i), shared: true };
      } else {
        return { cls: 'system', head: -1, first: at };
      }
    }
    if (i < 0 || !isWord(t[i])) return { cls: i < 0 || isClauseMark(t[i]) || /^[\d:]+$/.test(t[i].raw) ? 'none' : 'system', head: -1, first: at };
    // "The engineer in charge", "the developer on call": the role comes before its post-modifier.
    if (i >= 2 && ['charge', 'duty', 'call', 'shift'].includes(t[i].norm) && isWord(t[i - 1]) && (t[i - 1].norm === 'in' || t[i - 1].norm === 'on')) i -= 2;
    let head = i;
    let cls = this.classify(i);
    // "No one forgot" praises; "no one" is never a subject to blame.
    if (t[i].norm === 'one' && isWord(t[i - 1]) && t[i - 1].norm === 'no') cls = 'system';
    // "Nobody forgot anything": a negative subject clears people.
    if (['nobody', 'noone', 'none', 'neither'].includes(t[i].norm)) cls = 'system';
    if (cls === 'system') {
      // "The developer who wrote the cron entry was clueless", "Whoever approved this forgot …".
      for (let k = i, words = 0; k >= 0 && words < 10; k--) {
        const token = t[k];
        if (!isWord(token)) {
          if (isClauseMark(token)) break;
          continue;
        }
        words++;
        // "The engineer writing the change misjudged …": a person followed by a participle.
        if (k < i && isWord(t[k + 1]) && /[a-z]ing$/.test(t[k + 1].norm) && !DETERMINERS.has(token.norm)) {
          const c = this.classify(k);
          if (c === 'named' || c === 'individual' || c === 'group' || c === 'self') {
            [head, cls] = [k, c];
            break;
          }
        }
        if (token.norm === 'whoever') {
          [head, cls] = [k, 'individual'];
          break;
        }
        if ((token.norm === 'who' || token.norm === 'that') && k > 0 && isWord(t[k - 1])) {
          const antecedent = this.classify(k - 1);
          if (antecedent !== 'system' && antecedent !== 'capitalised') [head, cls] = [k - 1, antecedent];
          // "Sam was the one who broke it": "who" takes up "the one" only as a person ("the one
          // that failed" may be a node). "No one who …" clears people.
          else if (token.norm === 'who' && personOne(t, k - 1)) [head, cls] = [k - 1, t[k - 1].norm === 'one' ? 'individual' : 'group'];
          break;
        }
      }
    }
    let first = head;
    while (first > 0 && isWord(t[first - 1])) {
      const previous = t[first - 1];
      // "Alice Smith forgot": a capitalised word before a name is part of it.
      const isName = cls === 'named' || cls === 'capitalised';
      const joinsName = isName && isCapitalised(previous.raw) && !DETERMINERS.has(previous.norm);
      // Modifiers belong to roles and groups ("the junior on-call engineer"), not to names or pronouns.
      const commonNoun =
        !isName &&
        t[head].norm !== 'i' &&
        /^[a-z]/.test(t[head].raw) &&
        !/^(?:he|she|you|we|they|someone|somebody|whoever|everyone|everybody)$/.test(t[head].norm);
      if (!(commonNoun && NOUN_PHRASE_MODIFIERS.has(previous.norm)) && !joinsName) break;
      first--;
      if (DETERMINERS.has(previous.norm)) break;
    }
    // "None of the engineers broke anything" clears people; it blames nobody.
    if (first >= 2 && isWord(t[first - 1]) && t[first - 1].norm === 'of' && isWord(t[first - 2]) && ['none', 'neither'].includes(t[first - 2].norm))
      cls = 'system';
    return { cls, head, first };
  }

  /**
   * The subject that opens the clause holding `at`: the first noun phrase after the last clause
   * mark, past a time stamp or a short adverbial set off by a comma. Looks at a few words only.
   */
  clauseSubject(at: number): Subject {
    const t = this.t;
    const none: Subject = { cls: 'system', head: -1, first: at };
    let k = at - 1;
    for (let seen = 0; k >= 0 && !isClauseMark(t[k]); k--) if (++seen > 40) return none;
    k++;
    while (k < at && (!isWord(t[k]) || /^[\d:.]+(?:am|pm)?$/.test(t[k].norm))) k++;
    // "On Friday, Bob …", and a leading participle or purpose ("Trying to restore the replica, an
    // engineer …", "To save time, the on-call …"): the subject follows the comma.
    if (k < at && (INTRO_WORDS.has(t[k].norm) || (isWord(t[k]) && (/^[a-z]{3,}ing$/.test(t[k].norm) || t[k].norm === 'to')))) {
      let c = k;
      while (c < at && c - k < 24 && t[c].raw !== ',') c++;
      if (c < at && t[c].raw === ',') k = c + 1;
    }
    for (let j = k, words = 0; j < at && words < 6; j++) {
      if (!isWord(t[j])) return none;
      words++;
      // "One of the engineers", "a member of the payments team".
      if (PARTITIVES.has(t[j].norm) && isWord(t[j + 1]) && t[j + 1].norm === 'of') {
        j++;
        continue;
      }
      const cls = this.classify(j, j === k);
      if (PERSON_CLASSES.has(cls)) {
        // "Bob Smith" and "the junior engineer": the phrase starts where the scan did.
        return { cls, head: j, first: k };
      }
      if (!DETERMINERS.has(t[j].norm) && !NOUN_PHRASE_MODIFIERS.has(t[j].norm) && cls !== 'capitalised') return openedSubject(t, k, at) ?? none;
    }
    return openedSubject(t, k, at) ?? none;
  }

  /** A person in the noun phrase after `at` ("by the on-call engineer"), within a few words. */
  personAfter(at: number): { cls: PersonClass; index: number } | null {
    const t = this.t;
    for (let i = at, words = 0; i < t.length && words < 5; i++) {
      const token = t[i];
      if (!isWord(token)) {
        if (token.raw === ',' || isClauseMark(token)) return null;
        continue;
      }
      words++;
      if (NP_STOPS.has(token.norm) && words > 1) return null;
      const cls = this.classify(i, false);
      if (cls === 'named' || cls === 'individual' || cls === 'self' || cls === 'group' || cls === 'we') return { cls, index: i };
      if (!NOUN_PHRASE_MODIFIERS.has(token.norm) && !DETERMINERS.has(token.norm) && cls !== 'capitalised') return null;
    }
    return null;
  }

  /** The person a "by" phrase names from `at` ("by the service teams affected"): the people may carry a modifier of any kind. */
  agentAfter(at: number): { cls: PersonClass; index: number } | null {
    const t = this.t;
    for (let j = at, seen = 0; j < t.length && seen < 4 && isWord(t[j]) && !NP_STOPS.has(t[j].norm); j++, seen++) {
      const cls = this.classify(j, false);
      if (cls === 'named' || cls === 'individual' || cls === 'group' || cls === 'self') return { cls, index: j };
    }
    return null;
  }

  /**
   * The person a passive clause around `at` names as its agent: "the backfill had been started on
   * staging (a copy) by the release engineer, without …", "the state was edited outside the
   * pipeline by @sam". The clause runs from the last clause mark before `at` (a bracketed aside
   * inside it is passed over) to the next one; it must hold a form of "be" with a participle, and
   * after it "by" and a person. Not the authors ("by us"), an indefinite one ("by a second
   * engineer") or a bare plural naming a role in general ("by operators").
   */
  passiveAgent(at: number): Subject | null {
    const t = this.t;
    let from = at - 1;
    for (let depth = 0, seen = 0; from >= 0 && seen < 40; from--, seen++) {
      const raw = t[from].raw;
      if (raw === ')') depth++;
      else if (raw === '(' && depth) depth--;
      else if (!depth && isClauseMark(t[from])) break;
    }
    let to = at + 1;
    while (to < t.length && to - at < 24 && !isClauseMark(t[to])) to++;
    const participle = (k: number) => isWord(t[k]) && !t[k].literal && (/[a-z]{2,}ed$/.test(t[k].norm) || IRREGULAR_PARTICIPLES.has(t[k].norm));
    let passive = -1;
    for (let k = from + 1; k < to && passive < 0; k++) {
      if (!isWord(t[k]) || !BE.has(t[k].norm) || ['seemed', 'seems', 'looked', 'felt'].includes(t[k].norm)) continue;
      if (participle(k + 1) || (isWord(t[k + 1]) && /ly$/.test(t[k + 1].norm) && participle(k + 2))) passive = k;
    }
    if (passive < 0) return null;
    for (let k = passive + 2, depth = 0; k < to; k++) {
      if (t[k].raw === '(') depth++;
      else if (t[k].raw === ')') depth = Math.max(0, depth - 1);
      if (depth || !isWord(t[k]) || t[k].norm !== 'by' || t[k].literal) continue;
      const next = t[k + 1];
      if (!isWord(next) || ['a', 'an', 'another', 'any', 'anyone', 'anybody', 'second', 'other', 'no', 'someone', 'somebody'].includes(next.norm)) return null;
      if (/^[a-z][a-z-]+s$/.test(next.raw) && this.classify(k + 1, false) === 'group') return null;
      const person = this.agentAfter(k + 1);
      return person ? { cls: person.cls, head: person.index, first: person.index } : null;
    }
    return null;
  }

  /** Where a named person's name stands, from its first capitalised word to the end of the head (a possessive ending left out). */
  nameSpan(head: number, first: number): NameSpan | undefined {
    const t = this.t;
    const token = t[head];
    if (this.classify(head) !== 'named') return undefined;
    let from = head;
    while (from > first && isCapitalised(t[from - 1].raw) && !DETERMINERS.has(t[from - 1].norm)) from--;
    const end = token.norm.endsWith("'s") ? token.end - 2 : token.norm.endsWith("'") ? token.end - 1 : token.end;
    return { start: t[from].start, end, sentenceInitial: this.initialAt(from) };
  }

  /** The words from `from` to `to` as written, one space apart, punctuation left out: a hit's trigger. */
  private wordsOf(from: number, to: number): string {
    return this.t
      .slice(from, to + 1)
      .filter(isWord)
      .map((w) => w.raw)
      .join(' ');
  }

  /** Records blame from word `from` to word `to`, quoting the words from `triggerFrom` to `triggerTo`. */
  blame(form: BlameForm, category: BlameCategory, from: number, to: number, triggerFrom: number, triggerTo: number, name?: NameSpan): void {
    const t = this.t;
    this.hits.push({
      rule: 'blaming-language',
      form,
      category,
      start: t[from].start,
      end: t[to].end,
      trigger: this.wordsOf(triggerFrom, triggerTo),
      name,
    });
  }

  /** Records hindsight from word `from` to word `to`. */
  hindsight(form: HindsightForm, from: number, to: number): void {
    const t = this.t;
    this.hits.push({
      rule: 'hindsight-language',
      form,
      start: t[from].start,
      end: t[to].end,
      trigger: this.wordsOf(from, to),
    });
  }

  /** True for a subject that names people (not "it", a system or an unknown capitalised word). */
  isPerson(subject: Subject, withWe = true): boolean {
    return PERSON_CLASSES.has(subject.cls) && (withWe || subject.cls !== 'we');
  }

  /** The subject of the verb at `at`, or else of its clause. */
  actor(at: number): Subject {
    const direct = this.subjectBefore(at);
    return this.isPerson(direct) ? direct : this.clauseSubject(at);
  }

  /** Records a judgement of how the subject acted. */
  judge(subject: Subject, at: number, to: number): void {
    this.judgeAs('manner', subject, at, to);
  }

  /** Records a judgement of the subject in the given form, quoting the words from `at` to `to`. */
  judgeAs(form: BlameForm, subject: Subject, at: number, to: number): void {
    const from = subject.head >= 0 && !subject.shared && at - subject.first <= 6 ? Math.min(subject.first, at) : at;
    const name = subject.head >= 0 ? this.nameSpan(subject.head, subject.first) : undefined;
    this.blame(form, categoryOf(subject.cls, true), from, to, at, to, name);
  }

  /**
   * True when the subject opens an indirect question after a verb of wondering or asking ("you
   * wonder why I didn't reply", "they asked whether we had forgotten"): the sentence tells of a
   * question someone has, and asserts no fault.
   */
  askedAbout(subject: Subject): boolean {
    const t = this.t;
    const wh = t[subject.first - 1];
    const verb = t[subject.first - 2];
    return subject.head >= 0 && isWord(wh) && WH_QUESTION.has(wh.norm) && isWord(verb) && WONDERING.test(verb.norm);
  }

  /** The first word of the verb group ending before `at`: back over modals and "need to" ("we will have to be …"). */
  verbGroupStart(at: number): { start: number; modal: boolean } {
    const t = this.t;
    let start = at;
    let modal = false;
    while (start > 0 && at - start < 8 && isWord(t[start - 1]) && VERB_GROUP.has(t[start - 1].norm)) {
      start--;
      if (MODAL_NEEDS.has(t[start].norm)) modal = true;
    }
    // "Please be more careful": a polite imperative.
    if (start > 0 && isWord(t[start - 1]) && t[start - 1].norm === 'please') start--;
    return { start, modal };
  }
}
