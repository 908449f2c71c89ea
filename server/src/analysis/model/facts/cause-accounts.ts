import type { AnalysedDocument } from '../model';
import { fieldLabel, sectionLines, sectionsOfKind, sectionsWhere, words } from './passages';

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

/**
 * The recovery an act brought, told later in its sentence ("…, and the queue was back to normal",
 * "…; after that the timeouts no longer appeared"), as pattern text: the act was a step of the
 * response. What the act broke ("…, and the site was down") is no recovery.
 */
export const RECOVERY_TOLD = String.raw`[^.;]{0,140}?\b(?:(?:was|were|is|are|went|came|got|been) (?:all )?back (?:to normal|up|online)|no longer (?:appeared|occurred|showed up|happened))\b`;

/** What keeps the act from being the factor, told in its clause: a negation, the system's own hand, the fix it was for, the recovery it brought. */
const NOT_THE_FACTOR = new RegExp(
  String.raw`^[^.;]{0,60}?\b(?:automatically|by (?:the |a |an |our )?(?:[\w-]+ )?(?:job|script|bot|automation|system|controller|scheduler|cleanup|cron|garbage collector))\b|^[^.;]{0,80}?\b(?:in order )?to (?:restore|fix|resolve|mitigate|recover|unblock|bring (?:back|up)|get (?:it |things |the \w+ )?(?:back|running|working))\b|^${RECOVERY_TOLD}`,
  'i',
);

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

/**
 * How it broke, told as a plain technical account in a passage that tells the cause: a component
 * as the subject of a verb of inability or exhaustion ("the proxy could not parse the new
 * manifests", "the resolver was unable to apply updates", "the workers ran out of file handles",
 * "the purge would not finish"), an incompatibility ("the agent is incompatible with the older
 * kernel"), or a change that also reached what it was not meant for ("it also changed how refunds
 * are booked"). The system's design gave way, though no fault word says so; when the subject is a
 * tool of the team's own (a script, the sync job, the pipeline), the tooling failed.
 *
 * Not read so: a person or the users as the subject ("customers could not log in", "we were
 * unable to reach the host"), the symptom told by what could not be reached or served ("the site
 * could not be reached", "the API could not serve requests"), a plan or a condition ("if the cache
 * cannot load"), and any line outside a passage about the cause.
 */
const INABLE = String.raw`(?:could ?n[o']t|couldn't|(?:was|were|is|are) (?:not |un)able to|(?:wasn't|weren't|isn't|aren't) able to|would ?n[o']t|wouldn't|ran out of|runs? out of|exhaust(?:ed|s) (?:its|their|the|all)|(?:is|was|are|were) (?:not |in)compatible with|incompatibilit(?:y|ies) (?:with|between)|(?:but|and|which) (?:it |this |that )?(?:also|inadvertently|unintentionally) (?:affected|changed|broke|altered)|side[- ]effects?)`;
/** What the component could not do, when that is only the symptom: be reached, serve, load, answer. */
const SYMPTOM = String.raw`(?:be\b|(?:serve|load|respond|reach|access|connect|log ?in|sign ?in|open|use|see|view|find|start|work|function|handle (?:the )?(?:load|traffic|requests))\b)`;
const PEOPLE = String.raw`(?:i|we|you|they|he|she|users?|customers?|clients?|people|visitors?|members?|staff|engineers?|developers?|operators?|admins?|team|someone|somebody|nobody|no one|anyone|everyone|[a-z]+ team)`;
/** Words that are no component: the subject starts after them. */
const NOT_A_SUBJECT = '(?:not|never|could|would|was|were|is|are|to|and|or|the|an?)';
/**
 * Where a component's name may start inside one run of its characters (`[\w.\`'-]`): at the run's
 * first word, or right after that word when it is one of `NOT_A_SUBJECT` ("the-proxy" is read from
 * "-proxy"). The name always reads to the run's end, as what follows it (a comma or a space) is no
 * character of the run, so a later start could match only where one of these two already does;
 * trying every word start of a very long hyphenated word and reading it to its end cost its square.
 */
export const FIRST_START = String.raw`(?<=(?:^|[^\w.\`'-])[.\`'-]*${NOT_A_SUBJECT}?)`;
export const COMPONENT_ACCOUNT = new RegExp(
  String.raw`\b(?:(?<person>${PEOPLE})|(?<comp>(?!${NOT_A_SUBJECT}\b)${FIRST_START}[\w.\`'-]+)),?(?: (?:also|then|still|simply|eventually|quickly|soon|just))? (?<verb>${INABLE})(?! ${SYMPTOM})`,
  'i',
);
/**
 * What follows the subject in every `COMPONENT_ACCOUNT`, looked for first: the subject part of that
 * pattern is tried at every word start of a long hyphenated word and read to its end (quadratic in
 * the word), and a line without this part cannot match at all.
 */
const INABLE_AFTER_SUBJECT = new RegExp(String.raw`,?(?: (?:also|then|still|simply|eventually|quickly|soon|just))? ${INABLE}`, 'i');
/** A subject clause that ends on a person ("the on-call engineer then", "our users"): no component broke. */
const PERSON_SUBJECT = new RegExp(String.raw`\b${PEOPLE}\b[^.;,]{0,20}$`, 'i');
/** The team's own tools, whose failure to do their work is a tooling failure. */
const TOOL_SUBJECT =
  /\b(?:scripts?|tool(?:s|ing)?|automation|automated|bots?|pipelines?|ci|installers?|jobs?|cron\w*|sync\w*|terraform|ansible|helm|kubectl|linters?|scanners?|monitor\w*|alert\w*|checks?)\b/i;

const CLAUSE_STOPS = new Set(['.', ';', ':', ',']);
/**
 * The offset of the last full stop, semicolon, colon or comma in `text`, -1 when it has none: the
 * subject clause is what follows it. A pattern anchored at the end (`[^.;:,]*$`) would be tried
 * from every offset of a long clause and read to its end each time.
 */
function lastStop(text: string): number {
  let at = text.length - 1;
  while (at >= 0 && !CLAUSE_STOPS.has(text[at])) at--;
  return at;
}

/** The design weakness or tooling failure a line of a cause passage tells as a plain account, or null. */
export function accountedBreak(line: string): Account | null {
  const text = words(line).replace(/\s+/g, ' ');
  if (!INABLE_AFTER_SUBJECT.test(text)) return null;
  const m = COMPONENT_ACCOUNT.exec(text);
  if (!m?.groups || m.groups.person) return null;
  const before = text.slice(0, m.index);
  // A plan or a condition tells no breakage that happened.
  if (/\b(?:if|unless|will|should|must|going to|plan to|so that|in case|whether)\b[^.;,]{0,50}$/i.test(before)) return null;
  // A result clause tells the effect of a factor told before it ("so the domain could not renew"), not the factor.
  if (/\b(?:so|thus|hence|therefore|consequently|as a result|which meant|this meant|meaning)\b[^.;]{0,50}$/i.test(before)) return null;
  // The subject clause: what broke.
  const subject = before.slice(lastStop(before) + 1);
  if (PERSON_SUBJECT.test(subject)) return null;
  const category = TOOL_SUBJECT.test(`${subject} ${m.groups.comp}`) ? 'tooling_failure' : 'design_weakness';
  return { category, words: m[0] };
}

/** A line that names itself the cause: "Root cause: …", "**Cause:** …". */
const CAUSE_LABEL = fieldLabel('(?:root[- ]?causes?|causes?|why it (?:happened|broke))');

/** The breakage a line that names itself the cause tells ("Root cause: the pool ran out of …"), or null. */
export function labelledBreak(line: string): Account | null {
  return CAUSE_LABEL.test(line) ? accountedBreak(line.replace(CAUSE_LABEL, '')) : null;
}

/** A heading that asks how the incident came about, as the root-cause kind does. */
const CAUSE_HEADING = /\b(?:how (?:did )?(?:this|it) (?:happen|came about|come about)|root[- ]?causes?|contributing)\b/;

/** A factor a line tells as a plain account. */
export interface Account {
  category: string;
  words: string;
}

/** The lines of the passages that tell the cause (root-cause sections and headings that ask for it), with the acts and breakages each tells. */
export function causeAccounts(doc: AnalysedDocument): Map<number, Account[]> {
  const sections = [...sectionsOfKind(doc, 'root-cause'), ...sectionsWhere(doc, (h, s) => s.kind !== 'root-cause' && CAUSE_HEADING.test(h))];
  const out = new Map<number, Account[]>();
  for (const passage of sections.flatMap((s) => sectionLines(doc, s))) {
    const act = accountedAct(passage.text);
    const broke = accountedBreak(passage.text);
    const told: Account[] = [];
    if (act) told.push({ category: 'human_action', words: act });
    if (broke) told.push(broke);
    if (told.length) out.set(passage.line, told);
  }
  return out;
}
