/**
 * Hindsight: "should have", "could have … if", "would have been avoided", "obviously", "just had
 * to", "if only". Leaves what a system was meant to do ("the alert should have fired") and
 * "obvious" before a noun ("the obvious fix").
 */
import { couldHaveBlame, personsCondition, CONSEQUENCE_MODALS } from './hindsight-blame';
import { HINDSIGHT_VERBS, IRREGULAR_PARTICIPLES, JUDGING_AFTER_OBVIOUSLY, SENTENCE_SUBJECT_STARTS } from './lexicon';
import { eitherNeed, type Need, PhraseTable } from './phrase-table';
import type { SentenceReader, Subject } from './reader';
import type { Token } from './tokens';
import { BE, isWord, PERSON_CLASSES, wordInClause } from './words';

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

/** The word after `at` that is a past participle, skipping "simply"/"just". */
export function participleAfter(r: SentenceReader, at: number): number {
  let i = at;
  // "Should have first told them", "should have instead rolled back": an order or an alternative between "have" and the act.
  while (
    isWord(r.t[i]) &&
    ['simply', 'just', 'really', 'also', 'easily', 'definitely', 'probably', 'at', 'least', 'not', 'never', 'first', 'instead'].includes(r.t[i].norm)
  )
    i++;
  const word = r.t[i];
  if (!isWord(word)) return -1;
  return /[a-z]ed$/.test(word.norm) || IRREGULAR_PARTICIPLES.has(word.norm) ? i : -1;
}

/** Most words a bare noun phrase before a bracket may have to be read as the bracket's host. */
const GLOSS_HOST_WORDS = 4;

/**
 * "Alerting on the queue (should have paged at 80%)": a "should have" that opens a bracket right
 * after a bare noun phrase glosses that phrase, which is its subject; the phrase stands alone
 * (nothing but words between it and the start of its line or clause, no more than four of them,
 * none a past form or a person). A thing there makes it what the thing was meant to do, as "the
 * alert should have fired" is. Undefined when the bracket follows a clause ("we restarted the
 * primary (should have drained it)", whose act the bracket judges), a person or nothing at all:
 * the subject is then read as for any "should have".
 */
function glossHost(r: SentenceReader, at: number): Subject | undefined {
  const t = r.t;
  if (at < 2 || t[at - 1].raw !== '(') return undefined;
  // Emphasis marks around the phrase ("**Alerting** (should …)") are passed over.
  const markup = (k: number) => k >= 0 && !isWord(t[k]) && /^[*_]+$/.test(t[k].raw);
  let end = at - 2;
  while (markup(end) && at - end < 4) end--;
  if (end < 0 || !isWord(t[end])) return undefined;
  let words = 0;
  for (let k = end; k >= 0 && (isWord(t[k]) || markup(k)); k--) {
    if (end - k > 3 * GLOSS_HOST_WORDS) return undefined;
    if (markup(k)) continue;
    const w = t[k].norm;
    if (++words > GLOSS_HOST_WORDS || BE.has(w) || /[a-z]ed$/.test(w) || IRREGULAR_PARTICIPLES.has(w) || PERSON_CLASSES.has(r.classify(k))) return undefined;
  }
  return r.subjectBefore(end + 1);
}

/** The words `modalHave` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const MODAL_HAVE_KEY = (w: string): boolean => MODALS.has(w);

/** "should have", "could have … if", "would have been avoided". Returns tokens consumed. */
export function modalHave(r: SentenceReader, at: number): number {
  const t = r.t;
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
  const p = participleAfter(r, haveEnd + 1);
  if (p < 0) return 0;
  const participle = t[p].norm;
  if (modal === 'could') couldHaveBlame(r, at, p);
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
    const subject = glossHost(r, at) ?? r.subjectBefore(at);
    // "The alert should have fired" states what the system was meant to do; that is no hindsight.
    if (
      subject.cls === 'system' &&
      participle !== 'been' &&
      subject.head >= 0 &&
      !['it', 'this', 'that', 'which', 'these', 'those'].includes(t[subject.head].norm)
    )
      return 0;
    r.hindsight('should-have', at, haveEnd);
    r.lastShould = { at, haveEnd, participle: p, subject };
    return haveEnd - at + 1;
  }
  if (avoided) {
    r.hindsight('avoidable', at, p + 1);
    return p + 2 - at;
  }
  const hasIf = t.some((token) => isWord(token) && (token.norm === 'if' || token.norm === 'unless')) || (isWord(t[0]) && t[0].norm === 'had');
  if (!hasIf) return 0;
  if (modal === 'would' && !HINDSIGHT_VERBS.has(participle)) return 0;
  r.hindsight('counterfactual', at, haveEnd);
  return haveEnd - at + 1;
}

/** The words `obviously` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const OBVIOUSLY_KEY = (w: string): boolean => w === 'obviously' || w === 'clearly' || w === 'obvious' || w === 'avoidable' || w === 'preventable';

/** "Obviously, …", "it was obvious", "this was avoidable": hindsight that calls the outcome plain to see. */
export function obviously(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const w = t[at].norm;
  if (t[at].literal) return false;
  if (w === 'obviously' || w === 'clearly') {
    const next = t[at + 1];
    const initial = r.initialAt(at) || (t[at - 1]?.raw === ',' && r.initialAt(at - 1));
    if (next && next.raw === ',' && initial) return (r.hindsight('obviously', at, at), true);
    if (isWord(next) && initial && SENTENCE_SUBJECT_STARTS.has(next.norm)) return (r.hindsight('obviously', at, at), true);
    if (isWord(next) && !initial && JUDGING_AFTER_OBVIOUSLY.has(next.norm) && !['the', 'a', 'an'].includes(next.norm))
      return (r.hindsight('obviously', at, at), true);
    if (isWord(next) && !initial && ['the', 'a', 'an'].includes(next.norm) && isWord(t[at - 1]) && BE.has(t[at - 1].norm))
      return (r.hindsight('obviously', at, at), true);
    return false;
  }
  if (w === 'obvious' || w === 'avoidable' || w === 'preventable') {
    const previous = t[at - 1];
    if (r.negated(at, 3)) return false;
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
    r.hindsight(w === 'obvious' ? 'obviously' : 'avoidable', at, at);
    return true;
  }
  return false;
}

/** The words `hindsightPhrase` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const HINDSIGHT_PHRASE_KEY = (w: string): boolean => JUST_HAD_TO.starts(w) || w === 'if';
/**
 * What `hindsightPhrase` needs for a hit (the sentence gate's need): the two rarest words of one
 * of its phrases, "if only", or "if" with the modal of a consequence (`personsCondition`).
 */
export const HINDSIGHT_PHRASE_NEED = (w: string): Need =>
  eitherNeed(eitherNeed(JUST_HAD_TO.needs(w), w === 'only' && ['if']), w === 'if' && [...CONSEQUENCE_MODALS]);

/** "Just had to", "all it took was", "if only": the number of words the hindsight phrase at `i` takes, or 0. */
export function hindsightPhrase(r: SentenceReader, i: number): number {
  const t = r.t;
  const just = JUST_HAD_TO.match(t, i);
  if (just) {
    r.hindsight('just-had-to', i, i + just - 1);
    return just;
  }
  // "… prevented if I had tested it": the condition puts the step on one person (blame, no words taken).
  if (t[i].norm === 'if') personsCondition(r, i);
  if (t[i].norm === 'if' && isWord(t[i + 1]) && t[i + 1].norm === 'only' && !onlyAsLimit(t, i + 2)) {
    r.hindsight('if-only', i, i + 1);
    return 2;
  }
  return 0;
}

/** The tenses that tell a wish for another past ("if only we had …", "if only it were …") from a condition. */
const WISHED = new Set(['had', "'d", 'were', 'was', 'could', 'would', 'did', 'knew']);
const PRESENT = new Set(['is', 'are', 'am', 'does', 'do', 'has', 'have', 'can', 'will', 'gets', 'get']);

/**
 * "Entries are skipped if only the config is updated", "if only one replica has failed": "only" limits
 * a condition told in the present, it wishes for nothing. The first verb of the clause that tells a
 * tense decides; without one, "if only" is read as the wish it usually is.
 */
function onlyAsLimit(t: readonly Token[], from: number): boolean {
  const at = wordInClause(t, from, 8, (w) => WISHED.has(w.norm) || PRESENT.has(w.norm));
  return at >= 0 && PRESENT.has(t[at].norm);
}
