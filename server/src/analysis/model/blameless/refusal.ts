/**
 * A refusal told without the act refused, or as what someone kept doing: "they refused and kept
 * the funds", "I spent a week refusing to believe the graph". With "to" and an act after a
 * finite verb ("Sam refused to roll back") the fault verbs read it. Leaves refusals by systems
 * ("the node kept refusing to start", "the server refused the connection"), refusals with an
 * object and refusals that did not happen.
 */
import type { SentenceReader } from './reader';
import { isClauseMark, isWord } from './words';

/** Acts that machines refuse: "refusing to start", "refusing to connect". */
const MACHINE_ACTS = new Set([
  'start',
  'restart',
  'run',
  'boot',
  'open',
  'load',
  'connect',
  'accept',
  'respond',
  'work',
  'compile',
  'build',
  'mount',
  'sync',
  'register',
  'hold',
  'serve',
  'launch',
  'install',
  'upgrade',
  'finish',
  'stop',
  'shut',
  'resolve',
  'parse',
  'validate',
  'authenticate',
  'bind',
  'listen',
]);

/** Verbs a "refusing to" follows: "spent a week refusing to", "kept refusing to", "was refusing to". */
const LEAD_VERBS = new Set(['spent', 'spend', 'spends', 'kept', 'keep', 'keeps', 'was', 'were', 'continued', 'continues', 'went']);

/** Words after a bare "refused" that leave it without an object: "refused, …", "refused and …". */
const AFTER_BARE = new Set(['and', 'but', 'outright', 'flatly', 'again', 'twice', 'repeatedly']);

/** The words `refusal` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const REFUSAL_KEY = (w: string): boolean => w === 'refusing' || w === 'refused' || w === 'refuses';

/** "They refused and …", "I spent days refusing to …": a refusal said of a person or a group. */
export function refusal(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const word = t[at].norm;
  // Only these three words are read: the look back for a negation waits for them.
  if (word !== 'refusing' && word !== 'refused' && word !== 'refuses') return false;
  if (t[at].literal || r.negated(at)) return false;
  if (word === 'refusing') {
    const act = t[at + 2];
    if (!isWord(t[at + 1]) || t[at + 1].norm !== 'to' || !isWord(act) || MACHINE_ACTS.has(act.norm)) return false;
    // "I'd spent days refusing to …", "the vendor kept refusing to …": the subject of the verb it follows.
    let lead = at - 1;
    while (lead >= 0 && at - lead <= 5 && isWord(t[lead]) && !LEAD_VERBS.has(t[lead].norm)) lead--;
    const subject = lead >= 0 && isWord(t[lead]) && LEAD_VERBS.has(t[lead].norm) ? r.subjectBefore(lead) : r.actor(at);
    if (!['named', 'individual', 'self', 'group'].includes(subject.cls)) return false;
    r.judgeAs('judgment-verb', subject, at, at + 1);
    return true;
  }
  const next = t[at + 1];
  const bare = !next || isClauseMark(next) || next.raw === ',' || (isWord(next) && AFTER_BARE.has(next.norm));
  if (!bare) return false;
  const subject = r.subjectBefore(at);
  // "They refused": bare, with no object, a refusal is a person's (a server refuses something).
  if (!['named', 'individual', 'self', 'group', 'they'].includes(subject.cls)) return false;
  r.judgeAs('judgment-verb', subject, at, at);
  return true;
}
