/**
 * A person's work judged as badly done: "her patch was sloppy", "the contractor's changes were
 * of substandard quality", "your implementation is broken". The work stands for the one who made
 * it, as conduct does in `conduct.ts`. Leaves the same words said of things nobody is named as
 * making ("the patch was sloppy"), of our own bugs ("our implementation was broken") and
 * judgements that are negated.
 */
import { categoryOf } from './hit';
import { POSSESSIVE_PRONOUNS, ROLES } from './lexicon';
import { basePossessive, type PersonClass } from './people';
import type { SentenceReader } from './reader';
import { BE, isWord } from './words';

/** What a person hands in: its quality judged is theirs. */
export const WORK_NOUNS = new Set([
  'work',
  'code',
  'patch',
  'patches',
  'change',
  'changes',
  'contribution',
  'contributions',
  'implementation',
  'commit',
  'commits',
  'pr',
  'prs',
  'submission',
  'submissions',
]);

/** How a person goes about work: a character word before one judges them ("lazy habits", "a lazy workaround"). */
export const CONDUCT_NOUNS = new Set([
  'approach',
  'attitude',
  'habit',
  'habits',
  'practice',
  'practices',
  'behaviour',
  'behavior',
  'thinking',
  'excuse',
  'engineering',
  'coding',
  'programming',
  'review',
  'reviews',
  'reviewing',
  'testing',
  'mistake',
  'mistakes',
  'fix',
  'fixes',
  'workaround',
  'hack',
  'shortcut',
  'shortcuts',
  'choice',
  'choices',
  'decision',
  'decisions',
  'answer',
  'response',
  'effort',
  'job',
]);

/** Words that call work badly done, whoever's it is. */
const SHODDY = new Set(['substandard', 'sub-standard', 'subpar', 'sub-par', 'shoddy', 'sloppy', 'slapdash', 'careless', 'half-baked', 'amateurish']);

/** Words between the work and the judgement: "was", "exhibited", "of", "very". */
const LINKS = new Set([
  ...BE,
  'exhibited',
  'exhibits',
  'showed',
  'shows',
  'displayed',
  'displays',
  'of',
  'a',
  'very',
  'so',
  'quite',
  'rather',
  'really',
  'pretty',
  'clearly',
  'plainly',
  'simply',
  'just',
  'frankly',
  'often',
  'consistently',
  'generally',
]);

/** People whose work a post-mortem judges, beside roles: an outside contributor, an attacker. */
const MAKERS = new Set(['actor', 'contributor', 'submitter']);

/** The words `judgedWork` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const JUDGED_WORK_KEY = (w: string): boolean => w === 'broken' || SHODDY.has(w);

/** "Her patch was sloppy", "your implementation is broken": badly done work, said as a person's. */
export function judgedWork(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const word = t[at].norm;
  const broken = word === 'broken';
  if ((!broken && !SHODDY.has(word)) || t[at].literal || r.negated(at)) return false;
  let k = at - 1;
  while (k >= 0 && at - k <= 4 && isWord(t[k]) && LINKS.has(t[k].norm)) k--;
  if (k === at - 1 || k < 1 || !isWord(t[k]) || !WORK_NOUNS.has(t[k].norm)) return false;
  let o = k - 1;
  if (isWord(t[o]) && t[o].norm === 'own') o--;
  const owner = t[o];
  if (!isWord(owner)) return false;
  let cls: PersonClass | null = null;
  const pronoun = POSSESSIVE_PRONOUNS.get(owner.norm);
  if (pronoun) cls = pronoun === 'we' || pronoun === 'self' ? (broken ? null : pronoun) : pronoun;
  else if (owner.norm !== basePossessive(owner.norm)) {
    // "Sam's patch", "the contractor's changes", "the actor's contributions".
    const base = basePossessive(owner.norm);
    const c = r.classify(o, false);
    if (c === 'named' || c === 'individual' || c === 'group') cls = c;
    else if (MAKERS.has(base) || ROLES.has(base)) cls = 'individual';
  }
  // "Broken" is what systems are; only work handed to the reader ("your implementation") is judged by it.
  if (!cls || (broken && owner.norm !== 'your')) return false;
  const end = isWord(t[at + 1]) && ['quality', 'work'].includes(t[at + 1].norm) ? at + 1 : at;
  r.blame('character', categoryOf(cls, true), o, end, at, end);
  return true;
}
