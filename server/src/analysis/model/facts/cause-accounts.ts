import type { AnalysedDocument } from '../model';
import { sectionLines, sectionsOfKind, sectionsWhere, words } from './passages';

/**
 * Contributing factors told as a plain account of what was done, in the passages that say why the
 * incident happened (a root-cause section, or a heading that asks how it came about), with no
 * fault word: the act is the factor, though nobody calls it a mistake.
 *
 * - A change to the system told in the passive, by an unnamed hand ("the proxy container was
 *   recreated", "the route was also pointed at the old pool", "a switch of the host's config was
 *   attempted", "a firewall change made to an unmanaged box"): a person's act the system let
 *   through, as the author of a first-person account tells it of themselves ("I forced the
 *   deploy through", "we manually failed over to the replica", "I copied the install command").
 *
 * Not read so: the same act told as the fix ("… was recreated to restore traffic"), negated ("was
 * not changed"), done by the system itself ("was removed automatically", "removed by the cleanup
 * job"), a setting's value told as a fact ("the timeout is set to 30s", "was set up"), and any
 * line of a section that is not about the cause (the timeline, the recovery, the plan).
 */

/** The verbs of a change made to the system: "recreated", "moved", "pointed", "set to". */
const CHANGED = String.raw`(?:re-?created|re-?configured|moved|removed|deleted|renamed|switched|overwritten|replaced|modified|disabled|pointed|(?:set|changed)(?! up\b)(?= (?:to|from|as|on|in|for|back)\b))`;

/**
 * A change told in the passive as a slip ("was incorrectly set to", "were mistakenly removed") or
 * against what was meant ("was also moved to the new endpoint, rather than staying on the old").
 * A bare passive change ("the worker was moved onto a spare host", "pruning was set to default") is
 * often the system's own doing or a fact of the setup: not read.
 */
const PASSIVE_CHANGE = String.raw`\b(?:was|were|had been|got) (?:also )?(?:(?:incorrectly|wrongly|mistakenly|accidentally|inadvertently|unintentionally|erroneously) ${CHANGED}\b|(?:also )?${CHANGED}\b[^.;]{1,60}?,? (?:rather than|instead of)\b)`;

/**
 * An act told by its author in the first person singular ("I ran", "I forced the deploy"), or by
 * a "we" with a slip or a hand in it ("we manually failed over", "we mistakenly removed"): a bare
 * "we removed the local cache" is often the team's design choice, told as history, and not read.
 */
const OWN_VERBS = String.raw`(?:ran(?! out\b)|forced|copied|overwrote|removed|deleted|moved|switched|failed over|re-?created|tried to (?:force|push|run|apply|perform|migrate|switch))\b`;
const OWN_ACT = String.raw`\b(?:i (?:(?:then|also|first|just|accidentally|inadvertently|mistakenly|manually|still) )?|we (?:(?:then|also|first|just) )?(?:accidentally|inadvertently|mistakenly|manually) )${OWN_VERBS}`;

const ACCOUNT = new RegExp(`${PASSIVE_CHANGE}|${OWN_ACT}`, 'i');

/** What keeps the act from being the factor, told in its clause: a negation, the system's own hand, the fix it was for. */
const NOT_THE_FACTOR =
  /^[^.;]{0,60}?\b(?:automatically|by (?:the |a |an |our )?(?:[\w-]+ )?(?:job|script|bot|automation|system|controller|scheduler|cleanup|cron|garbage collector))\b|^[^.;]{0,80}?\b(?:in order )?to (?:restore|fix|resolve|mitigate|recover|unblock|bring (?:back|up)|get (?:it |things |the \w+ )?(?:back|running|working))\b/i;

/** The human act a line of a cause passage tells, or null. */
export function accountedAct(line: string): string | null {
  const text = words(line).replace(/\s+/g, ' ');
  const m = ACCOUNT.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  // The clause from the act on: who did it, and what for.
  const after = text.slice(m.index);
  if (/\b(?:not|never|n't)\b[^.;,]{0,20}$/i.test(before)) return null;
  if (NOT_THE_FACTOR.test(after)) return null;
  // A plan or a condition tells no act done: "we will move", "if it is removed".
  if (/\b(?:if|will|would|should|could|must|going to|plan to|when)\b[^.;,]{0,40}$/i.test(before)) return null;
  return m[0];
}

/** A heading that asks how the incident came about, as the root-cause kind does. */
const CAUSE_HEADING = /\b(?:how (?:did )?(?:this|it) (?:happen|came about|come about)|root[- ]?causes?|contributing)\b/;

/** The lines of the passages that tell the cause (root-cause sections and headings that ask for it), with the act each tells. */
export function causeAccounts(doc: AnalysedDocument): Map<number, string> {
  const sections = [...sectionsOfKind(doc, 'root-cause'), ...sectionsWhere(doc, (h, s) => s.kind !== 'root-cause' && CAUSE_HEADING.test(h))];
  const out = new Map<number, string>();
  for (const passage of sections.flatMap((s) => sectionLines(doc, s))) {
    const act = accountedAct(passage.text);
    if (act) out.set(passage.line, act);
  }
  return out;
}
