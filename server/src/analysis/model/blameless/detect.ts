/**
 * Finds blaming and hindsight phrasing in one sentence of nlcst words. The checks read words in
 * order, find the subject of a fault verb by walking back over adverbs and asides, and decide
 * from the subject whether a person is being blamed: "Bob forgot to run the migration" is blame,
 * "the migration job failed to run" is not. Pure and linear in the sentence's length.
 */
import {
  ADEQUACY_WORDS,
  BETWEEN_SUBJECT_AND_VERB,
  BLAME_CULTURE_PHRASES,
  CARE_MANNER_ADJECTIVES,
  CARE_MANNERS,
  CARE_QUALITIES,
  CHANGE_VERBS,
  CHARACTER_WORD_TERMS,
  CHARACTER_WORDS,
  CLAUSE_MARKS,
  DECISION_WORDS,
  DETERMINERS,
  FAILED_TO_OUTCOMES,
  FAULT_NOUN_TERMS,
  FAULT_NOUNS,
  FAULTY_OBJECT,
  HINDSIGHT_VERBS,
  HUMAN_ERROR_PHRASES,
  HUMAN_WORK,
  IRREGULAR_PARTICIPLES,
  JUDGING_AFTER_OBVIOUSLY,
  JUDGEMENT_PARTICIPLES,
  JUDGING_PHRASES,
  MANNER_ADVERBS,
  NEGATIONS,
  NOUN_PHRASE_MODIFIERS,
  PASSIVE_FAULT,
  PASSIVE_OMISSION,
  PERSON_CHARACTER_WORDS,
  POSSESSIVE_PRONOUNS,
  PREVENTION_PARTICIPLES,
  REMINDER_VERBS,
  REVIEW_REQUESTS,
  REVIEW_WORDS,
  RISK_ACCEPTED,
  SENTENCE_SUBJECT_STARTS,
  STRONG_FAULT_PHRASES,
  WEAK_FAULT_NOUNS,
  WEAK_FAULT_PHRASES,
  WHO_QUESTION_PAIRS,
  WHO_QUESTION_WORDS,
  WE_FAULT_PHRASES,
  WITHOUT_BEING,
  WITHOUT_DILIGENCE,
} from './lexicon';
import { basePossessive, classifyWord, isCapitalised, type People, type PersonClass } from './people';
import type { Sentence, Token } from './tokens';

/** The kinds of blame the fixture corpus is labelled with. */
export type BlameCategory = 'individual-judgment' | 'individual-attribution' | 'group-fault' | 'self-fault';

/** How the blame is phrased, which decides the message. */
export type BlameForm =
  | 'fault-verb'
  | 'judgment-verb'
  | 'fault-noun'
  | 'character'
  | 'human-error'
  | 'who-question'
  | 'blame-culture'
  | 'passive'
  /** A judgement of how a person acted: "carelessly", "errantly", "without checking", "did not properly test". */
  | 'manner'
  /** Trying harder or remembering asked of people in place of a safeguard: "we need to be more careful", "remind engineers to …". */
  | 'exhortation';

/** How the hindsight is phrased, which decides the message. */
export type HindsightForm = 'should-have' | 'counterfactual' | 'avoidable' | 'obviously' | 'just-had-to' | 'if-only';

/** A span of a person's name in the block, which a fix may replace with a role. */
export interface NameSpan {
  start: number;
  end: number;
  /** True when the name starts its sentence, so a replacement needs a capital. */
  sentenceInitial: boolean;
}

interface HitBase {
  /** Offsets into the block's text. */
  start: number;
  end: number;
  /** The fault or hindsight words as written ("forgot", "should have"). */
  trigger: string;
}

/** Blaming words found in a sentence. */
export interface BlameHit extends HitBase {
  rule: 'blaming-language';
  form: BlameForm;
  category: BlameCategory;
  /** The person's name, when the blame names someone. */
  name?: NameSpan;
}

/** Hindsight words found in a sentence. */
export interface HindsightHit extends HitBase {
  rule: 'hindsight-language';
  form: HindsightForm;
}

export type Hit = BlameHit | HindsightHit;

/** Phrases of lower-case words, indexed by their first word and tried longest first. */
class PhraseTable {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      const list = this.byFirst.get(words[0]) ?? [];
      list.push(words);
      this.byFirst.set(words[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The number of tokens of the longest phrase starting at `at`, or 0. */
  match(tokens: Sentence, at: number): number {
    const first = tokens[at];
    if (first.kind !== 'word') return 0;
    const candidates = this.byFirst.get(first.norm);
    if (!candidates) return 0;
    for (const words of candidates) {
      if (at + words.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) {
        const t = tokens[at + k];
        ok = t.kind === 'word' && t.norm === words[k];
      }
      if (ok) return words.length;
    }
    return 0;
  }
}

const STRONG = new PhraseTable(STRONG_FAULT_PHRASES);
const WEAK = new PhraseTable(WEAK_FAULT_PHRASES);
const HUMAN_ERROR = new PhraseTable(HUMAN_ERROR_PHRASES);
const JUDGING = new PhraseTable(JUDGING_PHRASES);
const CULTURE = new PhraseTable(BLAME_CULTURE_PHRASES);
const WHO_PAIRS = new PhraseTable(WHO_QUESTION_PAIRS);
const JUST_HAD_TO = new PhraseTable([
  'just had to',
  'simply had to',
  'just needed to',
  'simply needed to',
  'merely had to',
  'all they had to do',
  'all he had to do',
  'all she had to do',
  'all we had to do',
  'all you had to do',
  'all i had to do',
  'all anyone had to do',
  'all it took was',
]);

/** Strong fault phrases that judge care or knowledge rather than report an act. */
const JUDGMENT_PHRASES =
  /known|know better|attention|careful|thorough|think|asleep|bother|care$|misjudg|misread|misunderst|aware|no idea|responsib|dut(?:y|ies)$|obligations$|refused|declined|buck|hands of/;

/** Words that join a second verb phrase to the first one's subject ("Bob edited the file and broke it"). */
const COORDINATORS = new Set(['and', 'but', 'then', 'or', 'yet']);

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
]);

/** Human activities whose "failure" is fault language about the people in them ("a review failure"). */
const HUMAN_PROCESS = new Set(['review', 'planning', 'management', 'leadership', 'judgement', 'judgment', 'coordination', 'oversight']);

/** Words that pick people out of a group ("one of the engineers"). "None of" is no subject to blame. */
const PARTITIVES = new Set(['one', 'some', 'several', 'many', 'most', 'few', 'two', 'three', 'member', 'members', 'each', 'both', 'either']);

const PERSON_CLASSES: ReadonlySet<PersonClass> = new Set(['named', 'individual', 'self', 'group', 'we', 'they']);

const STRONG_SUBJECTS: ReadonlySet<PersonClass> = new Set(['named', 'individual', 'self', 'group', 'we', 'they', 'capitalised', 'none']);
const WEAK_SUBJECTS: ReadonlySet<PersonClass> = new Set(['named', 'individual', 'self', 'group']);
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
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', "wasn't", "weren't", "isn't", "aren't", 'seemed', 'seems', 'looked', 'felt']);
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

/** Judgements of blaming that set it aside ("it is tempting to blame …", "it would be easy to say …"). */
const REFUTING_JUDGEMENTS = new Set(['tempting', 'easy', 'easiest', 'natural', 'unfair', 'wrong', 'simplistic', 'convenient', 'pointless', 'unhelpful']);

/** What such a judgement is about: blaming, or saying who did it. */
const REFUTED_ACTS = new Set(['blame', 'say', 'conclude', 'think', 'assume', 'call', 'write', 'point', 'single', 'claim']);

/** Verbs of belief that, negated, refute what follows ("we don't believe the operator ignored it"). */
const BELIEFS = new Set(['believe', 'think', 'feel', 'accept', 'agree', 'claim', 'suggest', 'say']);

/** Words for the incident itself, which "… is unacceptable" judges as a fault ("this outage", "the downtime"). */
const INCIDENT_WORDS = new Set(['outage', 'outages', 'incident', 'incidents', 'downtime', 'breach', 'disruption', 'lapse']);

/** The words `modalHave` starts from: every other word is passed over at once. */
const MODALS: ReadonlySet<string> = new Set([
  "should've",
  "shouldn't've",
  "could've",
  "might've",
  "would've",
  'should',
  "shouldn't",
  'could',
  "couldn't",
  'might',
  'would',
  "wouldn't",
  'ought',
]);

function isWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word';
}

function isClauseMark(t: Token | undefined): boolean {
  return !!t && t.kind !== 'word' && CLAUSE_MARKS.has(t.raw);
}

function categoryOf(cls: PersonClass, judgment: boolean): BlameCategory {
  if (cls === 'self') return 'self-fault';
  if (cls === 'group' || cls === 'we') return 'group-fault';
  return judgment ? 'individual-judgment' : 'individual-attribution';
}

interface Subject {
  cls: PersonClass;
  /** Token index of the subject's head word, or -1. */
  head: number;
  /** Token index where the subject's noun phrase starts. */
  first: number;
  /** True when the subject belongs to an earlier verb phrase of the clause ("Bob edited it and broke …"). */
  shared?: boolean;
}

/** The sentence in one detection pass. */
class SentenceReader {
  readonly hits: Hit[] = [];
  /** The last "should have" read, for `shouldHaveBlame`. */
  private lastShould: { at: number; haveEnd: number; participle: number; subject: Subject } | null = null;

  constructor(
    private readonly t: Sentence,
    private readonly people: People,
  ) {}

  private initialAt(i: number): boolean {
    return i === 0 || isClauseMark(this.t[i - 1]) || (this.t[i - 1].kind !== 'word' && /^[\d:]+$/.test(this.t[i - 1].raw));
  }

  /** What the word at `i` stands for, as a subject. */
  classify(i: number, initial = this.initialAt(i)): PersonClass {
    return classifyWord(this.t[i], this.people, initial, this.t[i - 1]);
  }

  /** True when a negation stands within `window` words before `at`, in the same clause. */
  negated(at: number, window = 3): boolean {
    let seen = 0;
    for (let i = at - 1; i >= 0 && seen < window; i--) {
      const token = this.t[i];
      if (!isWord(token)) {
        if (isClauseMark(token) || token.raw === ',') return false;
        continue;
      }
      seen++;
      if (NEGATIONS.has(token.norm) || token.norm.endsWith("n't")) return true;
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
      if (k >= 0 && t[k].raw === ',' && isWord(opener) && ASIDE_OPENERS.has(opener.norm)) {
        i = k - 1;
        skip();
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
        // "The developer creating the pull request misjudged …": a person followed by a participle.
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
    if (k < at && INTRO_WORDS.has(t[k].norm)) {
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
      if (!DETERMINERS.has(t[j].norm) && !NOUN_PHRASE_MODIFIERS.has(t[j].norm) && cls !== 'capitalised') return none;
    }
    return none;
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

  nameSpan(head: number, first: number): NameSpan | undefined {
    const t = this.t;
    const token = t[head];
    if (this.classify(head) !== 'named') return undefined;
    let from = head;
    while (from > first && isCapitalised(t[from - 1].raw) && !DETERMINERS.has(t[from - 1].norm)) from--;
    const end = token.norm.endsWith("'s") ? token.end - 2 : token.norm.endsWith("'") ? token.end - 1 : token.end;
    return { start: t[from].start, end, sentenceInitial: this.initialAt(from) };
  }

  blame(form: BlameForm, category: BlameCategory, from: number, to: number, triggerFrom: number, triggerTo: number, name?: NameSpan): void {
    const t = this.t;
    this.hits.push({
      rule: 'blaming-language',
      form,
      category,
      start: t[from].start,
      end: t[to].end,
      trigger: t
        .slice(triggerFrom, triggerTo + 1)
        .filter(isWord)
        .map((w) => w.raw)
        .join(' '),
      name,
    });
  }

  hindsight(form: HindsightForm, from: number, to: number): void {
    const t = this.t;
    this.hits.push({
      rule: 'hindsight-language',
      form,
      start: t[from].start,
      end: t[to].end,
      trigger: t
        .slice(from, to + 1)
        .filter(isWord)
        .map((w) => w.raw)
        .join(' '),
    });
  }

  faultVerb(at: number): number {
    const t = this.t;
    const strong = STRONG.match(t, at);
    const weak = strong ? 0 : WEAK.match(t, at);
    const length = strong || weak;
    if (!length || t[at].literal) return 0;
    const subject = this.subjectBefore(at);
    const allowed = strong ? STRONG_SUBJECTS : WEAK_SUBJECTS;
    const phrase = t
      .slice(at, at + length)
      .map((w) => w.norm)
      .join(' ');
    // "We did not test how long it runs" admits a lapse; "we failed to reproduce it" reports an outcome.
    const ourLapse =
      !strong &&
      subject.cls === 'we' &&
      WE_FAULT_PHRASES.has(phrase) &&
      !(phrase === 'failed to' && isWord(t[at + 2]) && FAILED_TO_OUTCOMES.has(t[at + 2].norm));
    if (!allowed.has(subject.cls) && !ourLapse) return 0;
    const judgment = JUDGMENT_PHRASES.test(phrase) || phrase.startsWith('should');
    // A subject far back ("Bob edited the file by hand and broke it") is not quoted with the verb.
    const from = subject.head >= 0 && !subject.shared && at - subject.first <= 6 ? subject.first : at;
    const name = subject.head >= 0 ? this.nameSpan(subject.head, subject.first) : undefined;
    this.blame(judgment ? 'judgment-verb' : 'fault-verb', categoryOf(subject.cls, judgment), from, at + length - 1, at, at + length - 1, name);
    return length;
  }

  passive(at: number): boolean {
    const t = this.t;
    if (!PASSIVE_FAULT.has(t[at].norm) || !isWord(t[at + 1]) || t[at + 1].norm !== 'by') return false;
    const person = this.personAfter(at + 2);
    if (!person) return false;
    const name = this.nameSpan(person.index, person.index);
    this.blame('passive', categoryOf(person.cls, false), at, person.index, at, at, name);
    return true;
  }

  faultNoun(at: number): boolean {
    const t = this.t;
    const noun = t[at].norm;
    const strong = FAULT_NOUNS.has(noun);
    if ((!strong && !WEAK_FAULT_NOUNS.has(noun)) || t[at].literal) return false;
    if (isWord(t[at + 1]) && FAULT_NOUN_TERMS.has(t[at + 1].norm)) return false;
    // "A review failure", "a planning failure": fault words about the people doing the work.
    if (
      (noun === 'failure' || noun === 'failures') &&
      isWord(t[at - 1]) &&
      HUMAN_PROCESS.has(t[at - 1].norm) &&
      !t[at - 1].literal &&
      !this.negated(at - 1, 2)
    ) {
      this.blame('fault-noun', 'group-fault', at - 1, at, at - 1, at);
      return true;
    }
    // The owner: "Bob's fault", "my own mistake", "the on-call's error".
    let owner = at - 1;
    if (isWord(t[owner]) && t[owner].norm === 'own') owner--;
    const o = t[owner];
    if ((isWord(o) && noun !== 'bad') || (isWord(o) && o.norm === 'my')) {
      const pronoun = POSSESSIVE_PRONOUNS.get(o.norm);
      const possessive = o.norm.endsWith("'s") || (o.norm.endsWith("'") && o.norm.length > 1);
      if ((pronoun || possessive) && (noun !== 'bad' || o.norm === 'my') && !this.negated(owner, 2)) {
        const cls: PersonClass = pronoun ?? (NEGATIONS.has(o.norm) ? 'system' : this.classify(owner, false));
        const allowed = strong
          ? new Set<PersonClass>(['named', 'individual', 'self', 'group', 'we', 'they'])
          : new Set<PersonClass>(['named', 'individual', 'self']);
        if (allowed.has(cls)) {
          this.blame('fault-noun', categoryOf(cls, false), owner, at, owner, at, pronoun ? undefined : this.nameSpan(owner, owner));
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
      !this.negated(at)
    ) {
      const person = this.personAfter(at + 2);
      if (person) {
        this.blame('fault-noun', categoryOf(person.cls, false), at, person.index, at, at, this.nameSpan(person.index, person.index));
        return true;
      }
    }
    // "It was an oversight", "this was an honest oversight": the authors owning a lapse.
    if (noun === 'oversight' && !this.negated(at, 4)) {
      let k = at - 1;
      if (isWord(t[k]) && ['honest', 'simple', 'unfortunate', 'clear', 'obvious', 'big', 'major', 'minor', 'small'].includes(t[k].norm)) k--;
      if (isWord(t[k]) && (t[k].norm === 'an' || t[k].norm === 'a') && isWord(t[k - 1]) && BE.has(t[k - 1].norm)) {
        this.blame('fault-noun', 'group-fault', k - 1, at, k - 1, at);
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
      !this.negated(at)
    ) {
      this.blame('fault-noun', 'group-fault', at, at + 2, at, at + 2);
      return true;
    }
    // "An oversight on the part of the DBA", "a mistake on our part", "a failure on their part".
    if (isWord(next) && next.norm === 'on' && !this.negated(at)) {
      const w = (k: number) => (isWord(t[at + k]) ? t[at + k].norm : '');
      if (w(2) === 'the' && w(3) === 'part' && w(4) === 'of') {
        const person = this.personAfter(at + 5);
        if (person) {
          this.blame('fault-noun', categoryOf(person.cls, false), at, person.index, at, at, this.nameSpan(person.index, person.index));
          return true;
        }
      }
      const pronoun = POSSESSIVE_PRONOUNS.get(w(2));
      const possessive = w(2).endsWith("'s") ? this.classify(at + 2, false) : undefined;
      const cls = pronoun ?? possessive;
      if (cls && w(3) === 'part' && PERSON_CLASSES.has(cls)) {
        this.blame('fault-noun', categoryOf(cls, false), at, at + 3, at, at, pronoun ? undefined : this.nameSpan(at + 2, at + 2));
        return true;
      }
    }
    return false;
  }

  character(at: number): boolean {
    const t = this.t;
    const word = t[at].norm;
    if (!CHARACTER_WORDS.has(word) || t[at].literal) return false;
    const terms = CHARACTER_WORD_TERMS.get(word);
    if (terms && isWord(t[at + 1]) && terms.has(basePossessive(t[at + 1].norm))) return false;
    if (this.negated(at)) return false;
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
      const person = this.personAfter(at + 2);
      if (person) {
        this.blame('character', categoryOf(person.cls, true), at, person.index, at, at, this.nameSpan(person.index, person.index));
        return true;
      }
    }
    const noun = /(?:ness|ence|ity|ism|iness)$/.test(word);
    if (!noun && (predicative || (isWord(t[at - 1]) && BE.has(t[at - 1].norm)))) {
      const subject = this.subjectBefore(i + 1);
      const pointer = subject.head >= 0 && ['it', 'this', 'that', 'which'].includes(t[subject.head].norm);
      if (subject.cls === 'system' && !pointer) return false;
      const cls: PersonClass = pointer ? 'individual' : subject.cls;
      const name = subject.head >= 0 ? this.nameSpan(subject.head, subject.first) : undefined;
      const from = subject.head >= 0 ? subject.first : at;
      this.blame('character', categoryOf(cls, true), from, at, at, at, name);
      return true;
    }
    let cls: PersonClass = 'individual';
    const owner = t[at - 1];
    if (isWord(owner) && POSSESSIVE_PRONOUNS.has(owner.norm)) cls = POSSESSIVE_PRONOUNS.get(owner.norm)!;
    this.blame('character', categoryOf(cls, true), at, at, at, at);
    return true;
  }

  /** True for a subject that names people (not "it", a system or an unknown capitalised word). */
  private isPerson(subject: Subject, withWe = true): boolean {
    return PERSON_CLASSES.has(subject.cls) && (withWe || subject.cls !== 'we');
  }

  /** The subject of the verb at `at`, or else of its clause. */
  private actor(at: number): Subject {
    const direct = this.subjectBefore(at);
    return this.isPerson(direct) ? direct : this.clauseSubject(at);
  }

  private judge(subject: Subject, at: number, to: number): void {
    this.judgeAs('manner', subject, at, to);
  }

  private judgeAs(form: BlameForm, subject: Subject, at: number, to: number): void {
    const from = subject.head >= 0 && !subject.shared && at - subject.first <= 6 ? Math.min(subject.first, at) : at;
    const name = subject.head >= 0 ? this.nameSpan(subject.head, subject.first) : undefined;
    this.blame(form, categoryOf(subject.cls, true), from, to, at, to, name);
  }

  /** "An outage of this size is unacceptable": the incident itself called inexcusable, a fault the authors take on. */
  unacceptableIncident(at: number): boolean {
    const t = this.t;
    if (t[at].norm !== 'unacceptable' || t[at].literal || this.negated(at)) return false;
    let be = at - 1;
    if (isWord(t[be]) && ['simply', 'totally', 'completely', 'entirely', 'frankly', 'clearly'].includes(t[be].norm)) be--;
    if (!isWord(t[be]) || !BE.has(t[be].norm)) return false;
    for (let k = be - 1, words = 0; k >= 0 && words < 8; k--) {
      if (!isWord(t[k])) {
        if (isClauseMark(t[k]) || t[k].raw === ',') return false;
        continue;
      }
      words++;
      if (INCIDENT_WORDS.has(t[k].norm)) {
        this.blame('character', 'group-fault', at, at, at, at);
        return true;
      }
    }
    return false;
  }

  /** "An inexperienced engineer", "the vendor was greedy": character words said of people. */
  personCharacter(at: number): boolean {
    const t = this.t;
    if (!PERSON_CHARACTER_WORDS.has(t[at].norm) || t[at].literal || this.negated(at)) return false;
    // Attributive, before a person: "an inexperienced engineer", "greedy management".
    if (isWord(t[at + 1])) {
      const cls = this.classify(at + 1, false);
      if (cls === 'individual' || cls === 'group') {
        this.blame('character', categoryOf(cls, true), at, at + 1, at, at);
        return true;
      }
    }
    // Predicative: "the team was unprepared", "we were unlucky and unprepared".
    let i = at - 1;
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
    const subject = this.subjectBefore(i);
    if (!this.isPerson(subject)) return false;
    this.judge(subject, at, at);
    return true;
  }

  /**
   * "We should have tested it on one host", "Bob should have waited", "should have staged it"
   * (a lesson with the subject left out): hindsight aimed at people is fault language about them,
   * so `blaming-language` reports it too (and `hindsight-language` steps back). Hindsight about
   * what a system was meant to do, or a passive ("should have been caught"), stays a hint.
   */
  shouldHaveBlame(at: number): void {
    const t = this.t;
    const read = this.lastShould;
    if (!read || read.at !== at) return;
    const { subject, participle, haveEnd } = read;
    // "The on-call should have been paged" is about what should have happened to them; "should
    // have been more careful" is a fault phrase of its own.
    if (t[participle].norm === 'been') {
      this.reviewHindsight(at, participle);
      return;
    }
    if (!['named', 'individual', 'self', 'group', 'we', 'none'].includes(subject.cls)) return;
    const cls: PersonClass = subject.cls === 'none' ? 'we' : subject.cls;
    const from = subject.head >= 0 && at - subject.first <= 6 ? subject.first : at;
    const name = subject.head >= 0 ? this.nameSpan(subject.head, subject.first) : undefined;
    this.blame('judgment-verb', categoryOf(cls, true), from, participle, at, Math.max(haveEnd, participle), name);
  }

  /** "Starting a ten-hour job at 5 pm was unwise": a decision judged, and with it whoever took it. */
  decision(at: number): boolean {
    const t = this.t;
    if (!DECISION_WORDS.has(t[at].norm) || t[at].literal || this.negated(at, 3)) return false;
    this.blame('character', 'group-fault', at, at, at, at);
    return true;
  }

  /**
   * "The bug was not caught in testing by the service teams", "the risk was misjudged": an
   * omission or misjudgement in the passive, pinned on people after "by", or a judgement word
   * that only people earn.
   */
  passiveOmission(at: number): boolean {
    const t = this.t;
    const word = t[at].norm;
    if (t[at].literal || !isWord(t[at - 1])) return false;
    if (word === 'misjudged') {
      // "The risk was misjudged", "why was the impact misjudged?".
      for (let k = at - 1, words = 0; k >= 0 && words < 6; k--) {
        if (!isWord(t[k])) {
          if (isClauseMark(t[k]) || t[k].raw === ',') break;
          continue;
        }
        words++;
        if (BE.has(t[k].norm)) {
          this.blame('judgment-verb', 'individual-judgment', at, at, at, at);
          return true;
        }
      }
      return false;
    }
    if (!PASSIVE_OMISSION.has(word)) return false;
    const not = t[at - 1].norm;
    if (!(not === 'not' || not === 'never') || !isWord(t[at - 2]) || !BE.has(t[at - 2].norm)) return false;
    for (let k = at + 1, words = 0; k < t.length && words < 8; k++) {
      if (!isWord(t[k])) {
        if (isClauseMark(t[k]) || t[k].raw === ',') return false;
        continue;
      }
      words++;
      if (t[k].norm !== 'by') continue;
      // "Not reviewed by another developer" says a step was missing, not who skipped it.
      if (isWord(t[k + 1]) && ['a', 'an', 'another', 'any', 'anyone', 'anybody', 'second', 'other', 'no', 'someone', 'somebody'].includes(t[k + 1].norm))
        return false;
      const person = this.agentAfter(k + 1);
      if (!person) return false;
      this.blame('passive', categoryOf(person.cls, false), at - 1, person.index, at - 1, at, this.nameSpan(person.index, person.index));
      return true;
    }
    return false;
  }

  /** The first word of the verb group ending before `at`: back over modals and "need to" ("we will have to be …"). */
  private verbGroupStart(at: number): { start: number; modal: boolean } {
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

  /** "We need to be more careful", "reviewers must be more rigorous", "Be more careful with …". */
  exhortation(at: number): boolean {
    const t = this.t;
    if (t[at].norm !== 'be' || t[at].literal || !isWord(t[at + 1]) || !['more', 'extra'].includes(t[at + 1].norm)) return false;
    const quality = at + 2;
    if (!isWord(t[quality]) || !CARE_QUALITIES.has(t[quality].norm)) return false;
    const { start, modal } = this.verbGroupStart(at);
    // Without a modal, only an imperative ("Be more careful", "Please be more careful"); "To be more careful, …" states a purpose.
    if (!modal && !(this.initialAt(start) && t.slice(start, at).every((w) => w.norm === 'please'))) return false;
    const subject = this.subjectBefore(start);
    if (subject.cls === 'none' || this.initialAt(start)) {
      this.blame('exhortation', 'group-fault', start, quality, start, quality);
      return true;
    }
    if (!this.isPerson(subject)) return false;
    this.judgeAs('exhortation', subject, start, quality);
    return true;
  }

  /** "We could have avoided it", "the reviewer could have caught it": a counterfactual that puts the prevention on people. */
  private couldHaveBlame(at: number, participle: number): void {
    const t = this.t;
    for (let k = at; k < participle; k++) if (isWord(t[k]) && (NEGATIONS.has(t[k].norm) || t[k].norm.endsWith("n't"))) return;
    if (!PREVENTION_PARTICIPLES.has(t[participle].norm)) return;
    // "Could have noticed nothing" clears people.
    if (isWord(t[participle + 1]) && ['nothing', 'no', 'none'].includes(t[participle + 1].norm)) return;
    // "We could have caught it with better alerting" names a safeguard, not a lapse; "we could
    // have avoided the restart, but …" an option set aside.
    for (let k = participle + 1, words = 0; k < t.length && words < 12; k++) {
      if (!isWord(t[k])) continue;
      words++;
      if (['with', 'using', 'via', 'through', 'given', 'but', 'instead'].includes(t[k].norm)) return;
    }
    // "… had the alert been routed to them", "if the dashboard had shown it": the condition is a system's.
    for (let k = Math.max(0, at - 30); k < t.length && k < participle + 30; k++) {
      if (!isWord(t[k]) || k === at) continue;
      const condition = t[k].norm === 'if' || t[k].norm === 'unless' || (t[k].norm === 'had' && (this.initialAt(k) || t[k - 1]?.raw === ','));
      if (!condition) continue;
      for (let j = k + 1, words = 0; j < t.length && words < 4 && isWord(t[j]); j++, words++) {
        if (['not', 'only', 'just'].includes(t[j].norm) || DETERMINERS.has(t[j].norm)) continue;
        if (!PERSON_CLASSES.has(this.classify(j, false))) return;
        break;
      }
    }
    const subject = this.subjectBefore(at);
    if (!['named', 'individual', 'self', 'group', 'we'].includes(subject.cls)) return;
    this.judgeAs('judgment-verb', subject, at, participle);
  }

  /**
   * "… should have been spotted by the reviewer": hindsight aimed at the person who checks. A
   * step without a person ("should have been caught in review") stays a hindsight hint.
   */
  private reviewHindsight(at: number, been: number): boolean {
    const t = this.t;
    const caught = been + 1;
    if (!isWord(t[caught]) || !isWord(t[caught + 1]) || t[caught + 1].norm !== 'by') return false;
    if (!PREVENTION_PARTICIPLES.has(t[caught].norm) && !PASSIVE_OMISSION.has(t[caught].norm)) return false;
    const person = this.agentAfter(caught + 2);
    if (!person) return false;
    this.blame('judgment-verb', categoryOf(person.cls, true), at, person.index, at, caught, this.nameSpan(person.index, person.index));
    return true;
  }

  /** "It was deemed good enough by the developer": a call that let the risk through, pinned on a person. */
  judgementCall(at: number): boolean {
    const t = this.t;
    if (!JUDGEMENT_PARTICIPLES.has(t[at].norm) || t[at].literal || !isWord(t[at - 1]) || !BE.has(t[at - 1].norm)) return false;
    let verdict = t[at].norm === 'dismissed';
    // The verdict may be quoted ("deemed \"good enough\" by …"): read past quotation marks, not past the clause.
    for (let k = at + 1, seen = 0; k < t.length && seen < 12; k++, seen++) {
      const token = t[k];
      if (!isWord(token)) {
        if (['"', '“', '”', "'", ','].includes(token.raw)) continue;
        return false;
      }
      if (RISK_ACCEPTED.has(token.norm)) verdict = true;
      if (token.norm !== 'by') continue;
      if (!verdict) return false;
      const person = this.personAfter(k + 1);
      if (!person) return false;
      this.blame('passive', categoryOf(person.cls, true), at, person.index, at, at, this.nameSpan(person.index, person.index));
      return true;
    }
    return false;
  }

  /** "The cleanup was not done in a coordinated manner", "wasn't planned properly": people's work judged careless. */
  passiveManner(at: number): boolean {
    const t = this.t;
    if (!HUMAN_WORK.has(t[at].norm) || t[at].literal) return false;
    let n = at - 1;
    if (isWord(t[n]) && CARE_MANNERS.has(t[n].norm)) n--;
    const not = t[n];
    if (!isWord(not)) return false;
    const negated =
      ((not.norm === 'not' || not.norm === 'never') && isWord(t[n - 1]) && BE.has(t[n - 1].norm)) || (not.norm.endsWith("n't") && BE.has(not.norm));
    if (!negated) return false;
    let k = at + 1;
    if (t[at].norm === 'carried') {
      if (!isWord(t[k]) || t[k].norm !== 'out') return false;
      k++;
    }
    let end = -1;
    if (n < at - 1) end = at;
    else if (isWord(t[k]) && CARE_MANNERS.has(t[k].norm)) end = k;
    else if (isWord(t[k]) && t[k].norm === 'in' && isWord(t[k + 1]) && ['a', 'an'].includes(t[k + 1].norm)) {
      let careful = false;
      for (let j = k + 2; j < t.length && j < k + 9; j++) {
        if (!isWord(t[j])) {
          if (t[j].raw === ',') continue;
          break;
        }
        if (CARE_MANNER_ADJECTIVES.has(t[j].norm)) careful = true;
        if (['manner', 'way', 'fashion'].includes(t[j].norm)) {
          if (careful) end = j;
          break;
        }
      }
    }
    if (end < 0) return false;
    // "… not done properly by the SDK": the work named as a system's.
    if (isWord(t[end + 1]) && t[end + 1].norm === 'by' && !this.personAfter(end + 2)) return false;
    this.blame('manner', 'group-fault', n, end, n, end);
    return true;
  }

  /** "They did not request a review", "the developer didn't wait for approval": a person who skipped the check. */
  reviewSkipped(at: number): boolean {
    const t = this.t;
    if (!REVIEW_REQUESTS.has(t[at].norm) || t[at].literal) return false;
    let k = at + 1;
    if (isWord(t[k]) && t[k].norm === 'for') k++;
    for (
      let skipped = 0;
      skipped < 2 && isWord(t[k]) && (DETERMINERS.has(t[k].norm) || ['peer', 'code', 'second', 'formal', 'explicit'].includes(t[k].norm));
      skipped++
    )
      k++;
    if (!isWord(t[k]) || !REVIEW_WORDS.has(t[k].norm)) return false;
    // The negation, before the verb and at most one adverb ("did not explicitly request").
    let n = at - 1;
    if (isWord(t[n]) && /[a-z]ly$/.test(t[n].norm)) n--;
    const not = t[n];
    if (!isWord(not) || !(not.norm === 'not' || not.norm === 'never' || not.norm.endsWith("n't"))) return false;
    const auxiliary = not.norm === 'not' && isWord(t[n - 1]) ? n - 1 : n;
    const subject = this.subjectBefore(auxiliary);
    if (!['named', 'individual', 'self', 'group', 'they'].includes(subject.cls)) return false;
    const from = subject.head >= 0 && !subject.shared && at - subject.first <= 8 ? subject.first : n;
    const name = subject.head >= 0 ? this.nameSpan(subject.head, subject.first) : undefined;
    this.blame('fault-verb', categoryOf(subject.cls, false), from, k, n, k, name);
    return true;
  }

  /** "We will remind engineers to run the smoke tests", "re-iterate the need for service teams to …": a fix that asks people to remember. */
  reminder(at: number): boolean {
    const t = this.t;
    if (!REMINDER_VERBS.has(t[at].norm) || t[at].literal) return false;
    const { start } = this.verbGroupStart(at);
    const subject = this.subjectBefore(start);
    const imperative = subject.cls === 'none' || this.initialAt(start);
    // Software reminds people too ("the bot will remind the owner"); a reminder only people give is "re-iterated".
    const people = this.isPerson(subject) || (subject.cls === 'capitalised' && t[at].norm !== 'remind');
    if (!imperative && !people) return false;
    for (let k = at + 1, words = 0; k < t.length && words < 8; k++) {
      if (!isWord(t[k])) return false;
      words++;
      const cls = this.classify(k, false);
      if (cls !== 'named' && cls !== 'individual' && cls !== 'group' && cls !== 'they') continue;
      if (!isWord(t[k + 1]) || !['to', 'that', 'of', 'about'].includes(t[k + 1].norm)) return false;
      this.blame('exhortation', categoryOf(cls, true), at, k, at, at, this.nameSpan(k, k));
      return true;
    }
    return false;
  }

  /** "@sam deployed the wrong build", "the developer merged a broken change": a person's change called faulty. */
  faultyChange(at: number): boolean {
    const t = this.t;
    if (!CHANGE_VERBS.has(t[at].norm) || t[at].literal) return false;
    let k = at + 1;
    if (isWord(t[k]) && ['the', 'a', 'an', 'this', 'that', 'those', 'these', 'some', 'his', 'her', 'their'].includes(t[k].norm)) k++;
    if (!isWord(t[k]) || !FAULTY_OBJECT.has(t[k].norm) || t[k].literal) return false;
    const subject = this.subjectBefore(at);
    if (subject.cls !== 'named' && subject.cls !== 'individual' && subject.cls !== 'self' && subject.cls !== 'group') return false;
    const from = subject.head >= 0 && !subject.shared && at - subject.first <= 6 ? subject.first : at;
    const name = subject.head >= 0 ? this.nameSpan(subject.head, subject.first) : undefined;
    this.blame('fault-verb', categoryOf(subject.cls, false), from, k, at, k, name);
    return true;
  }

  /** "@sam errantly deleted …", "they blindly trusted …": a judging adverb on a person's act. */
  manner(at: number): boolean {
    const t = this.t;
    if (!MANNER_ADVERBS.has(t[at].norm) || t[at].literal || this.negated(at, 2)) return false;
    const subject = this.actor(at);
    if (!this.isPerson(subject)) return false;
    this.judge(subject, at, at);
    return true;
  }

  /** "Bob merged it without checking", "… without being thorough". */
  without(at: number): boolean {
    const t = this.t;
    if ((t[at].norm !== 'without' && t[at].norm !== 'despite') || t[at].literal) return false;
    let end = -1;
    const next = (k: number) => (isWord(t[at + k]) ? t[at + k].norm : '');
    if (t[at].norm === 'despite') {
      // "Bob deployed despite the warnings", "despite being told to wait, the vendor …".
      if (next(1) === 'being' && ['warned', 'told', 'asked', 'reminded'].includes(next(2))) end = at + 2;
      else if (
        next(1) === 'warnings' ||
        next(1) === 'repeated' ||
        (['the', 'our', 'several', 'multiple', 'clear', 'explicit'].includes(next(1)) && /^warnings?$/.test(next(2)))
      )
        end = at + (next(1) === 'warnings' ? 1 : 2);
      if (end < 0) return false;
      let subject = this.clauseSubject(at);
      if (!this.isPerson(subject, false)) {
        // The subject after the leading phrase: "Despite being warned, the on-call …".
        let c = end + 1;
        while (c < t.length && c - end < 16 && t[c].raw !== ',' && !isClauseMark(t[c])) c++;
        const person = t[c]?.raw === ',' ? this.personAfter(c + 1) : null;
        if (!person || person.cls === 'we') return false;
        subject = { cls: person.cls, head: person.index, first: person.index };
        this.blame('manner', categoryOf(subject.cls, true), at, end, at, end, this.nameSpan(person.index, person.index));
        return true;
      }
      this.judge(subject, at, end);
      return true;
    }
    if (WITHOUT_DILIGENCE.has(next(1))) end = at + 1;
    else if (next(1) === 'being' && WITHOUT_BEING.has(next(2))) end = at + 2;
    else if (['any', 'a', 'proper', 'adequate', 'sufficient', 'due'].includes(next(1)) && WITHOUT_DILIGENCE.has(next(2))) end = at + 2;
    if (end < 0) return false;
    const subject = this.clauseSubject(at);
    // "We shipped it without waiting for CI" is usually a report of response work; people judged are others.
    if (!this.isPerson(subject, false)) return false;
    this.judge(subject, at, end);
    return true;
  }

  /** "@sam did not use a reasonable procedure", "nor did he adequately test", "didn't properly check". */
  adequacy(at: number): boolean {
    const t = this.t;
    if (!ADEQUACY_WORDS.has(t[at].norm) || t[at].literal) return false;
    // The negation, at most three words before, in the same clause.
    let n = -1;
    for (let i = at - 1, words = 0; i >= 0 && words < 4; i--) {
      const w = t[i];
      if (!isWord(w)) {
        if (w.raw === ',' || isClauseMark(w)) break;
        continue;
      }
      if (w.norm === 'not' || w.norm === 'never' || w.norm === 'nor' || w.norm.endsWith("n't")) {
        n = i;
        break;
      }
      if (HAVING_VERBS.has(w.norm) || BE.has(w.norm)) return false;
      words++;
    }
    if (n < 0) return false;
    let subject: Subject;
    if (t[n].norm === 'nor') {
      // "nor did he adequately test": the subject follows the auxiliary.
      const aux = n + 1;
      if (!isWord(t[aux]) || !['did', 'does', 'do', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'could', 'would'].includes(t[aux].norm) || aux + 1 >= at)
        return false;
      const cls = this.classify(aux + 1, false);
      subject = { cls, head: aux + 1, first: aux + 1 };
    } else {
      const auxiliary = t[n].norm === 'not' && isWord(t[n - 1]) ? n - 1 : n;
      subject = this.subjectBefore(auxiliary);
      if (!this.isPerson(subject)) subject = this.clauseSubject(n);
    }
    if (!this.isPerson(subject)) return false;
    this.judge(subject, n, at);
    return true;
  }

  blameWord(at: number): boolean {
    const t = this.t;
    const word = t[at].norm;
    if (!['blame', 'blamed', 'blames', 'blaming', 'culprit', 'culprits'].includes(word) || t[at].literal) return false;
    // "Blaming the operator would miss the point" talks about blame as an act.
    if (word === 'blaming' && this.initialAt(at)) return false;
    if (this.negated(at, 4)) return false;
    const previous = t[at - 1];
    if (isWord(previous) && (previous.norm === 'git' || previous.norm === 'svn' || previous.norm === 'hg')) return false;
    let after = at + 1;
    if (word.startsWith('culprit')) {
      if (!isWord(t[after]) || !BE.has(t[after].norm)) return false;
      after++;
    }
    const person = this.personAfter(after);
    if (!person) return false;
    this.blame('blame-culture', categoryOf(person.cls, false), at, person.index, at, at, this.nameSpan(person.index, person.index));
    return true;
  }

  whoQuestion(): void {
    const t = this.t;
    const firstWord = t.findIndex(isWord);
    if (firstWord < 0 || t[t.length - 1].raw !== '?') return;
    if (!['who', 'whose', "who's"].includes(t[firstWord].norm)) return;
    for (let i = firstWord + 1; i < t.length; i++) {
      const pair = WHO_PAIRS.match(t, i);
      if (pair || (isWord(t[i]) && WHO_QUESTION_WORDS.has(t[i].norm))) {
        this.blame('who-question', 'individual-attribution', firstWord, i + Math.max(pair, 1) - 1, firstWord, i + Math.max(pair, 1) - 1);
        return;
      }
    }
  }

  /** The word after `at` that is a past participle, skipping "simply"/"just". */
  participleAfter(at: number): number {
    let i = at;
    while (
      isWord(this.t[i]) &&
      ['simply', 'just', 'really', 'also', 'easily', 'definitely', 'probably', 'at', 'least', 'not', 'never'].includes(this.t[i].norm)
    )
      i++;
    const word = this.t[i];
    if (!isWord(word)) return -1;
    return /[a-z]ed$/.test(word.norm) || IRREGULAR_PARTICIPLES.has(word.norm) ? i : -1;
  }

  /** "should have", "could have … if", "would have been avoided". Returns tokens consumed. */
  modalHave(at: number): number {
    const t = this.t;
    const w = t[at].norm;
    if (!MODALS.has(w)) return 0;
    let haveEnd = -1;
    let modal: 'should' | 'could' | 'would' | null = null;
    const next = (k: number) => (isWord(t[at + k]) ? t[at + k].norm : '');
    const adverb = (k: number) => ['simply', 'just', 'really', 'easily', 'definitely', 'probably', 'also', 'not', 'never'].includes(next(k));
    if (w === "should've" || w === "shouldn't've") [modal, haveEnd] = ['should', at];
    else if (w === "could've" || w === "might've") [modal, haveEnd] = ['could', at];
    else if (w === "would've") [modal, haveEnd] = ['would', at];
    else if (['should', "shouldn't", 'could', "couldn't", 'might', 'would', "wouldn't"].includes(w)) {
      const kind = w.startsWith('should') ? 'should' : w.startsWith('would') ? 'would' : 'could';
      if (next(1) === 'have') [modal, haveEnd] = [kind, at + 1];
      else if (adverb(1) && next(2) === 'have') [modal, haveEnd] = [kind, at + 2];
      else if (w === 'should' && next(1) === 'not' && next(2) === 'have') [modal, haveEnd] = [kind, at + 2];
    } else if (w === 'ought' && next(1) === 'to' && next(2) === 'have') [modal, haveEnd] = ['should', at + 2];
    if (!modal) return 0;
    const p = this.participleAfter(haveEnd + 1);
    if (p < 0) return 0;
    const participle = t[p].norm;
    if (modal === 'could') this.couldHaveBlame(at, p);
    const beenThen = participle === 'been' && isWord(t[p + 1]) ? t[p + 1].norm : '';
    const avoided = [
      'avoided',
      'prevented',
      'averted',
      'caught',
      'detected',
      'noticed',
      'spotted',
      'stopped',
      'obvious',
      'foreseen',
      'predicted',
      'anticipated',
    ].includes(beenThen);
    if (modal === 'should') {
      const subject = this.subjectBefore(at);
      // "The alert should have fired" states what the system was meant to do; that is no hindsight.
      if (
        subject.cls === 'system' &&
        participle !== 'been' &&
        subject.head >= 0 &&
        !['it', 'this', 'that', 'which', 'these', 'those'].includes(t[subject.head].norm)
      )
        return 0;
      this.hindsight('should-have', at, haveEnd);
      this.lastShould = { at, haveEnd, participle: p, subject };
      return haveEnd - at + 1;
    }
    if (avoided) {
      this.hindsight('avoidable', at, p + 1);
      return p + 2 - at;
    }
    const hasIf = t.some((token) => isWord(token) && (token.norm === 'if' || token.norm === 'unless')) || (isWord(t[0]) && t[0].norm === 'had');
    if (!hasIf) return 0;
    if (modal === 'would' && !HINDSIGHT_VERBS.has(participle)) return 0;
    this.hindsight('counterfactual', at, haveEnd);
    return haveEnd - at + 1;
  }

  obviously(at: number): boolean {
    const t = this.t;
    const w = t[at].norm;
    if (t[at].literal) return false;
    if (w === 'obviously' || w === 'clearly') {
      const next = t[at + 1];
      const initial = this.initialAt(at) || (t[at - 1]?.raw === ',' && this.initialAt(at - 1));
      if (next && next.raw === ',' && initial) return (this.hindsight('obviously', at, at), true);
      if (isWord(next) && initial && SENTENCE_SUBJECT_STARTS.has(next.norm)) return (this.hindsight('obviously', at, at), true);
      if (isWord(next) && !initial && JUDGING_AFTER_OBVIOUSLY.has(next.norm) && !['the', 'a', 'an'].includes(next.norm))
        return (this.hindsight('obviously', at, at), true);
      if (isWord(next) && !initial && ['the', 'a', 'an'].includes(next.norm) && isWord(t[at - 1]) && BE.has(t[at - 1].norm))
        return (this.hindsight('obviously', at, at), true);
      return false;
    }
    if (w === 'obvious' || w === 'avoidable' || w === 'preventable') {
      const previous = t[at - 1];
      if (this.negated(at, 3)) return false;
      const degree = [
        'so',
        'quite',
        'very',
        'painfully',
        'blindingly',
        'perfectly',
        'pretty',
        'completely',
        'totally',
        'entirely',
        'easily',
        'fully',
        'clearly',
        'obviously',
      ];
      if (w === 'obvious' && !(isWord(previous) && (BE.has(previous.norm) || degree.includes(previous.norm)))) return false;
      // "Chaos Eng Preventable" in a table is a label, not a judgment.
      if (
        w !== 'obvious' &&
        !(isWord(previous) && (BE.has(previous.norm) || degree.includes(previous.norm) || ['a', 'an', 'this', 'that'].includes(previous.norm)))
      )
        return false;
      this.hindsight(w === 'obvious' ? 'obviously' : 'avoidable', at, at);
      return true;
    }
    return false;
  }

  read(): Hit[] {
    const t = this.t;
    this.whoQuestion();
    for (let i = 0; i < t.length; i++) {
      if (!isWord(t[i])) continue;
      const humanError = HUMAN_ERROR.match(t, i);
      // "The human error budget" names a measure, not a cause.
      const measure = humanError && isWord(t[i + humanError]) && FAULT_NOUN_TERMS.has(t[i + humanError].norm);
      if (humanError && !measure && !t[i].literal && !this.negated(i)) {
        this.blame('human-error', 'individual-attribution', i, i + humanError - 1, i, i + humanError - 1);
        i += humanError - 1;
        continue;
      }
      const judging = JUDGING.match(t, i);
      if (judging && !t[i].literal && !this.negated(i, 2)) {
        // "A lack of care", "a rookie mistake": a judgement of whoever did it, named or not.
        let cls: PersonClass = 'individual';
        const owner = t[i - 1];
        if (isWord(owner) && POSSESSIVE_PRONOUNS.has(owner.norm)) cls = POSSESSIVE_PRONOUNS.get(owner.norm)!;
        this.blame('character', categoryOf(cls, true), i, i + judging - 1, i, i + judging - 1);
        i += judging - 1;
        continue;
      }
      const culture = CULTURE.match(t, i);
      if (culture && !t[i].literal && !this.negated(i, 4)) {
        const phrase = t
          .slice(i, i + culture)
          .map((x) => x.norm)
          .join(' ');
        // "The fault lies with the load balancer" blames a system: only a person makes it blame.
        if (/^the (?:blame|fault) (?:lies|lay|falls|rests|rested|goes)$/.test(phrase)) {
          const person = this.personAfter(i + culture + (isWord(t[i + culture]) && ['with', 'on'].includes(t[i + culture].norm) ? 1 : 0));
          if (!person) continue;
          this.blame('blame-culture', categoryOf(person.cls, false), i, person.index, i, i + culture - 1, this.nameSpan(person.index, person.index));
          i = person.index;
          continue;
        }
        this.blame('blame-culture', 'individual-attribution', i, i + culture - 1, i, i + culture - 1);
        i += culture - 1;
        continue;
      }
      const modal = this.modalHave(i);
      const verb = this.faultVerb(i);
      if (verb) {
        i += verb - 1;
        continue;
      }
      if (modal) {
        this.shouldHaveBlame(i);
        i += modal - 1;
        continue;
      }
      if (
        this.passive(i) ||
        this.faultNoun(i) ||
        this.character(i) ||
        this.personCharacter(i) ||
        this.unacceptableIncident(i) ||
        this.decision(i) ||
        this.passiveOmission(i) ||
        this.faultyChange(i) ||
        this.manner(i) ||
        this.without(i) ||
        this.adequacy(i) ||
        this.exhortation(i) ||
        this.judgementCall(i) ||
        this.passiveManner(i) ||
        this.reviewSkipped(i) ||
        this.reminder(i) ||
        this.blameWord(i) ||
        this.obviously(i)
      )
        continue;
      const just = JUST_HAD_TO.match(t, i);
      if (just) {
        this.hindsight('just-had-to', i, i + just - 1);
        i += just - 1;
        continue;
      }
      if (t[i].norm === 'if' && isWord(t[i + 1]) && t[i + 1].norm === 'only') {
        this.hindsight('if-only', i, i + 1);
        i++;
      }
    }
    return this.withoutRefuted();
  }

  /**
   * The hits less the blame that the sentence sets up only to refute or set aside: "it is
   * tempting to blame the on-call, but …", "we don't believe the operator ignored the alert",
   * "one might say the engineer was careless". The frame reaches to the next "but", ";" or ":".
   */
  private withoutRefuted(): Hit[] {
    const t = this.t;
    const scopes: [number, number][] = [];
    // Where each frame stops, found in one pass from the end so a long sentence costs its length.
    const stops: number[] = new Array<number>(t.length + 1);
    stops[t.length] = t.length;
    for (let i = t.length - 1; i >= 0; i--) {
      const stop = isWord(t[i]) ? ['but', 'however', 'yet'].includes(t[i].norm) : [';', ':', '—'].includes(t[i].raw);
      stops[i] = stop ? i : stops[i + 1];
    }
    for (let i = 0; i + 1 < t.length; i++) {
      if (!isWord(t[i]) || !isWord(t[i + 1]) || t[i].literal) continue;
      const [w, next] = [t[i].norm, t[i + 1].norm];
      let end = -1;
      if (REFUTING_JUDGEMENTS.has(w) && next === 'to' && isWord(t[i + 2]) && REFUTED_ACTS.has(t[i + 2].norm)) end = i + 2;
      else if ((NEGATIONS.has(w) || w.endsWith("n't")) && BELIEFS.has(next)) end = i + 1;
      else if (w === 'not' && BELIEFS.has(next)) end = i + 1;
      else if (['might', 'may', 'would', 'could', 'will'].includes(w) && ['say', 'claim', 'argue', 'conclude'].includes(next)) end = i + 1;
      if (end < 0) continue;
      const stop = stops[end + 1];
      scopes.push([t[end].start, stop < t.length ? t[stop].start : Infinity]);
    }
    if (!scopes.length) return this.hits;
    // The scopes start in order; merged, each hit is placed by a binary search.
    const merged: [number, number][] = [];
    for (const scope of scopes) {
      const last = merged[merged.length - 1];
      if (last && scope[0] <= last[1]) last[1] = Math.max(last[1], scope[1]);
      else merged.push([...scope]);
    }
    const refuted = (offset: number) => {
      let [lo, hi] = [0, merged.length - 1];
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (offset < merged[mid][0]) hi = mid - 1;
        else if (offset >= merged[mid][1]) lo = mid + 1;
        else return true;
      }
      return false;
    };
    return this.hits.filter((h) => h.rule !== 'blaming-language' || !refuted(h.start));
  }
}

/** Blaming and hindsight phrasing in one sentence. */
export function detectSentence(sentence: Sentence, people: People): Hit[] {
  if (!sentence.length) return [];
  return new SentenceReader(sentence, people).read();
}
