import type { AnalysedDocument, Section } from '../model';
import { taxonomyId, type FactSettings, type TaxonomyEntry } from '../../base/settings';
import { blockOnLine } from '../../parse/blocks';
import { causeAccounts, labelledBreak, RECOVERY_TOLD } from './cause-accounts';
import { readRootCause } from './five-whys';
import { isOnlyStamp } from '../section-body';
import { regexKeys, type RegexKeys } from '../../base/regex-key';
import { itemKindsOf } from './item-kind';
import {
  fieldLabel,
  labelledLines,
  looseLines,
  preambleLines,
  ROUTE_ANNOUNCEMENT,
  sectionLines,
  sectionsOfKind,
  sectionsWhere,
  words,
  type Passage,
} from './passages';

/** One contributing factor: a category of the taxonomy, where it is said, and whether the author said it. */
export interface CategoryFact {
  category: string;
  /** `explicit` when the author names the category (front matter, a labelled list, a `RootCause::` label); `inferred` when read from the words. */
  source: 'explicit' | 'inferred';
  /** Zero-based line where it is said or where the deciding words are. */
  line: number;
  /** The words that decided an inferred category, or the label as written. */
  evidence: string[];
}

/** What set the incident off, as the taxonomy's triggers name it. */
export interface TriggerFact {
  trigger: string;
  source: 'explicit' | 'inferred';
  line: number;
  evidence: string[];
}

/** A name written for a category or trigger that the taxonomy does not know. */
export interface UnknownLabel {
  text: string;
  line: number;
  /** Where it was written: a front matter key, `RootCause label` or `Contributing factors`. */
  where: string;
}

/** The contributing factors and the trigger of an incident. */
export interface CausesFact {
  categories: CategoryFact[];
  trigger: TriggerFact | null;
  /** True when the inference found too little to name any category with confidence. */
  confident: boolean;
  unknown: UnknownLabel[];
}

const FRONT_MATTER_CATEGORY_KEYS = ['contributing_factors', 'contributing-factors', 'causes', 'categories', 'root_cause_categories', 'root-cause-categories'];
const FRONT_MATTER_TRIGGER_KEYS = ['trigger', 'root_cause_trigger'];

/** Finds a taxonomy entry by id or alias, compared as snake_case. */
function lookup(entries: readonly TaxonomyEntry[], name: string): TaxonomyEntry | null {
  const id = taxonomyId(name);
  if (!id) return null;
  for (const entry of entries) if (entry.id === id || entry.aliases.some((a) => taxonomyId(a) === id)) return entry;
  return null;
}

/** Names a front matter value lists: a list, or (leniently) a comma-separated string. */
export function namesOf(value: unknown): string[] | null {
  if (typeof value === 'string')
    return value
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter(Boolean)
      .slice(0, 200);
  if (Array.isArray(value))
    return value
      .filter((v): v is string => typeof v === 'string')
      .map((s) => s.trim())
      .filter(Boolean)
      .slice(0, 200);
  return null;
}

/** Whom a person tells or leaves untold ("the rest of the team", "his colleagues", "us"), as pattern text. */
const OTHER_PEOPLE = String.raw`(?:others|anyone|anybody|everyone|the (?:rest|others|team|other \w+|maintainers|owners)|(?:his|her|their|our|my) (?:team(?:mates)?|colleagues|peers)|us|them|me|him|her)\b`;

/** A tool or system as the one that did not alert ("the monitor did not alert", "the pipeline didn't alert"), as pattern text. */
const SILENT_TOOLS = String.raw`(?:systems?|monitor\w*|alert\w*|alarms?|tool\w*|checks?|bots?|pagers?|probes?|services?|dashboards?|pipelines?|ci|jobs?|scripts?|it|nothing)`;

/** A typo made, not one fixed ("a typo in the manifest"; not "fixed the typo"), as pattern text. */
const TYPO = String.raw`(?:(?<!\b(?:fix(?:e[sd])?|fixing|correct(?:s|ed|ing)?)(?: (?!(?:by|caused|due|because|from|after|in)\b)[\w'-]+){0,4} )typoe?s\b|typo(?!e?s\b))`;

/**
 * A typo told as the fault: where it sits ("a typo in the hostname"), who made it ("typos an
 * operator made"), or what it broke ("broken by a typo", "down because of a typo"), as pattern
 * text. A typo named alone, with neither (one in the old code of another project, one that an
 * attacker's script carried, one of two guesses at the cause), tells no act of the team.
 */
const TYPO_TOLD = String.raw`(?:${TYPO}(?= in\b| (?:[\w'-]+ ){0,3}?(?:made|introduced|entered|typed|committed|pushed|caused|broke)\b)|(?:caused|broken|triggered|introduced|made) by (?:a |an |the |some |two |several )?(?:[\w-]+ )?${TYPO}|(?:due to|because of|owing to|thanks to) (?:a |an |the |some )?(?:[\w-]+ )?${TYPO}|(?:made|make|makes|making) (?:a |an |the |some |two |several )?(?:[\w-]+ )?${TYPO})`;

/** No word sent ahead ("no advance notice", "no heads-up"), as pattern text. */
const NO_NOTICE = String.raw`no (?:prior |advance |early |timely |proactive |formal )?(?:communications?|notices?|announcements?|heads-?ups?|word)`;

/**
 * An act told as unannounced, or as taken against what was said before ("changed without advance
 * notice", "blocked despite prior communications"), as pattern text.
 */
const UNHEEDED = String.raw`(?:without (?:any |advance |prior |previous |much )?(?:notice|heads-?ups?)|despite (?:(?:prior|previous|earlier|repeated|several|multiple) )+(?:communications?|conversations?|discussions?|e-?mails?|tickets?|contacts?))`;

/**
 * A program or a request as what failed to communicate ("the write requests failed to communicate
 * with the store"), as a negative look-behind: a connection that failed, not people left untold.
 * So is the alerting as what did not notify ("the paging did not notify the on-call in time"): a
 * tool that stayed silent, as `SILENT_TOOLS` tells for "did not alert".
 */
const MACHINE_SUBJECT = String.raw`(?<!\b(?:requests?|calls?|clients?|nodes?|servers?|services?|pods?|containers?|processes|workers?|instances?|hosts?|machines?|apps?|applications?|jobs?|connections?|sdks?|agents?|daemons?|writes?|reads?|queries|sockets?|alert(?:s|ing)?|alarms?|monitor(?:s|ing)?|pager|paging|it) )`;

/** A system as the other end of a failed exchange ("… with blob storage", "… with the API"; not "… with the service owners"), as pattern text. */
const MACHINE_PEER = String.raw`(?:the |our |its |their |a |an )?(?:[\w.-]+ ){0,2}?(?:storage|databases?|db|servers?|apis?|backends?|services?|clusters?|nodes?|endpoints?|hosts?|buckets?|queues?|caches?|redis|brokers?|prox(?:y|ies)|gateways?|daemons?|sockets?|ports?|containers?|pods?|peers?|replicas?)\b(?! (?:owners?|teams?|maintainers?|operators?|providers?|vendors?|staff|users|customers|people|admins?|administrators?|engineers?|desk|support)\b)`;

/** The words before "process" that name a running program, not a way of working ("a zombie process", "the worker process"), as pattern text. */
const PROCESS_STATES = String.raw`hanging|hung|stuck|zombie|orphan(?:ed)?|runaway|stray|leftover|defunct|running|idle|stale|background|child|worker`;

/** The spare that a backup names when it is redundancy kept running (`BACKUP_COPY`), as pattern text. */
const SPARE_KEPT = String.raw`(?:or failover )?(?:[\w-]+ )?(?:cooling|power|generators?|links?|uplinks?|isps?|connections?|core|origins?|units?|instances?|servers?|routes?|providers?|sites?|services?|apis?|infrastructure|circuits?|carriers?|hosts?|nodes?|regions?|data ?cent(?:er|re)s?)\b`;

/**
 * A backup as a copy kept of data ("restored from the nightly backup", "no backups were made"), as
 * pattern text. A spare kept running beside the live one ("the backup cooling system", "a backup
 * link", "rerouted to a backup") is redundancy, a matter of the design: no process it tells of.
 */
const BACKUP_COPY = String.raw`(?<!\b(?:rerout\w*|rout(?:e|ed|ing)|fail(?:ed|ing|s)? ?over|switch(?:ed|ing|es)?(?: over)?|cut(?:ting)? ?over|redirect\w*|mov(?:e|ed|ing)) to (?:a |the |our |its |their )?)back-?ups?\b(?! ${SPARE_KEPT})`;

/**
 * Evidence for each category, as patterns over one line. Each is a list of alternatives without
 * nested repetition, so a line is matched in time linear in its length. The patterns look for a
 * gap told as such ("no alert fired", "was never tested"), not for a topic named in passing.
 * A problem that "has happened before" is a process gap (nothing was done after the first time),
 * unless the clause goes on with "but" and what differs now: then it is a remark on history. Typos
 * are a person's slip, unless they are what someone fixed or corrected (editing a draft, a check
 * that repairs them): then they are the work, not the fault. A dependency told as total ("the
 * portal relies entirely on the session store", "depends on all of the shards answering"), a
 * failure the system handles badly ("the disconnect was handled poorly", "the fault lies in the
 * way the pumps react to a voltage dip") and load not shared as meant ("pinned every request to
 * one replica instead of spreading the load") are weaknesses of the design, though no word says
 * so; too many changes shipped at once is a gap in the process. So is a dependence on what another
 * party runs, told as the cause ("went down because it relied on a bucket hosted by the CDN"), but
 * not one that is only described, on what the team runs itself, or that is ended ("should no longer
 * depend on …"). A check, a retry or a safeguard told as missing with what it was for ("had no
 * checks in place to keep the fee sane", "no safeguards against a run by mistake") is the tooling
 * that did not catch it; one that only a condition imagines ("if there are no checks in place") is not.
 * So is a fault told as one the tests or a filter should have stopped ("should have been caught on
 * staging", "the test case was missed", "the flood was not being blocked by the proxy").
 * A notice told as never given to those who needed it ("no advance notice was sent to warn the
 * partners") is a communication breakdown, unless a reason follows ("…, as users saw nothing").
 * So is an act told as unannounced ("changed without advance notice") or as taken against what was
 * said before ("blocked despite prior communications").
 * Something that failed or went missing "silently" is the tooling that did not tell; input "handled
 * silently" or "silently deduplicated" is the system working as meant, no gap; and a failure told
 * as one that must not or cannot happen silently ("so that it cannot recur silently", "is it
 * working and not failing silently?") is what a fix or a check is for, no silence that happened.
 * A false positive of someone's filter ("blocked after a provider-side false positive") is a tool
 * that misfired; a failed part that left no logs or does not show up in the log service ("the
 * failed hosts have no startup log and do not appear in the log search") is the observability's gap,
 * unless what does not appear is what should not (personal data, secrets). Two halves that each
 * took the lead ("a split-brain between the two balancers") are a weakness of the design; parts
 * "tightly coupled" or "coupled" are too ("coupled with" included: it names a coupling in some
 * teams' writing and means "together with" in others').
 * A person told as "running" somewhere or somehow ("by noon she was running from the spare laptop") is
 * where or how they were, as "ran late" is: no act.
 * Checks or tests that passed while the fault went out are the tooling's gap; checks told as
 * passing where someone verified the recovery or looked for the fault ("verified the restore:
 * all checks passed", "I checked the pools. Checks passed.") did their work.
 * Alerting told as out of service ("the paging to the chat was unavailable", "the notification
 * system was down") is the tooling that could not tell; so is a monitor, an alert or an autoscaler
 * told as too slow ("the alerting did not flag the stall quickly enough", "the autoscaler did not
 * add workers fast enough"). So is a watch told absent or blind in other words: "no automated
 * alerts", "an absence of monitoring", "went unnoticed by the probe", "the checks missed a rare
 * fault", "we were not monitoring the pool"; and a machine that "also failed to alert us" is the
 * tooling, not people who kept quiet (a person or a vendor who did not warn us still is).
 * Pressure to ship told as what shaped the work ("pressure to get the patch merged that day") is a
 * gap in the process, as time pressure is; so is a flaw, gap or weakness told as sitting in a way
 * of working ("gaps in our release and review process"), not in the design, unless the "process"
 * is a running program ("a flaw in the worker process", "the CI process").
 */
export const CATEGORY_PATTERNS: Record<string, RegExp> = {
  tooling_failure: new RegExp(
    String.raw`\b(?:no (?:(?:automatic|automated|proactive) )?(?:alert|alerting|alarm|monitoring|notification)s?\b|(?:smoke ?tests?|smoketest\w*|tests?|checks?|monitoring|alerts?|alarms?|scann\w+|validation) (?:were |was |is |are )?not in place|(?:long|slow|late|delayed) (?:time to )?detection|detection (?:time )?(?:was |took )?(?:too )?(?:long|slow|late)|(?:not|weren't|wasn't) using (?:[\w-]+ ){0,3}to (?:scan|detect|monitor|check|alert|catch|validate)|without (?:a |any )?(?:tool|tooling|scanner)s?\b|(?:found out|learned|heard|noticed) (?:\w+ ){0,3}(?:from|when) (?:a |an |our |the )?(?:customers?|users?|readers?|clients?)|reported by (?:a |an |our )?(?:customers?|users?)|(?:tests?|checks?|alerts?|alarms?|monitors?|monitoring|scans?|linters?)\b(?:[^.;]|\.(?=\w)){0,60}?\b(?:were|was|had been|have been) (?:\w+ly )?(?:switched off|turned off|disabled|muted|silenced)|(?:alerts?|alarms?|monitoring|checks?|tests?|ci|presubmit|pipeline|linters?|tooling|sentry|health ?checks?|safeguards?|guards?|validations?|validators?|filters?|gates?|protections?|mechanisms?) (?:did ?n[o']t|didn't|never|failed to|was not|were not|wasn't|weren't) (?:fire|trigger|alert|catch|detect|notice|run|work|report|flag|block)|(?:not|(?:were|was|had|have|has)n't(?: been)?) (?:caught|detected|noticed) (?:by|in|until)|(?:went|gone|remained|stayed|was|were) (?:unnoticed|undetected|uncaught) by (?:the |our |any |an? )?(?:[\w-]+ )?(?:health ?check(?:er)?s?|monitor(?:s|ing)?|alert(?:s|ing)?|alarms?|checks?|probes?|tests?|watchdogs?)\b|not (?:being )?(?:blocked|filtered) by\b|should have been (?:found|caught|detected|spotted) (?:on|in|by|during) (?:the |a |our )?(?:testnets?|staging|tests?|testing|test (?:suites?|environments?|runs?)|ci|qa)\b|test cases? (?:[\w-]+ ){0,4}?(?:was|were|had been) missed\b|(?:nobody|no one|no-one) (?:was )?(?:notified|alerted|paged)|(?<!\b(?:if|had|unless|so|that) )(?:we|i|they|the team|on-?call|responders|engineers|staff) (?:(?:were|was) (?:not|never)|weren't|wasn't) (?:(?:ever|once) )?(?:alerted|paged)(?= ?(?:[.;,)]|$|at all\b|by (?:any|the|our)\b|about\b|to\b))|(?:prevent\w*|stopp\w*|kept) (?:us|the team|them|anyone|on-?call|responders) from (?:receiving|getting|seeing) (?:any |the )?(?:[\w-]+ ){0,2}(?:alerts?|alarms?|pages?|notifications?|warnings?)\b|without (?:any )?(?:alert|monitoring)|(?:lack|absence) of (?:monitoring|alerting|observability|visibility)|(?:(?:we|i|they|the team) (?:were|was) not (?:actively )?monitor\w*)|(?:bug|flaw|failure) in the (?:ci|pipeline|tool|installer|dependency)|(?<!\b(?:previously|formerly|used to be|handled|processed|acknowledged|acked|absorbed|deduplicated|treated) )(?<!\b(?:not|never|cannot|can't|won't|no longer) (?:be )?(?:fail(?:s|ed|ing)?|recur(?:s|red|ring)?|break(?:s|ing)?|happen(?:s|ed|ing)?|go(?:es|ing)?|die(?:s|d)?|stop(?:s|ped|ping)?) )silently(?! (?:patched|fixed|corrected|repaired|resolved|addressed|mended|handled|processed|acknowledged|acked|absorbed|deduplicated|treated))|(?:tests?|checks?|alerts?|monitors?|monitoring|scans?|scanners?|validations?)\b[^.;]{0,60}?\bfalse[- ](?:positive|negative|pass|green)s?\b|(?:providers?|vendors?|filters?|firewalls?|wafs?|abuse|spam|fraud|detectors?|classifiers?|heuristics?)(?:[- ]side)?\b[^.;]{0,60}?\bfalse[- ]positives?\b|(?:blocked|suspended|banned|quarantined|rejected|null-?routed)\b[^.;]{0,60}?\b(?:after|following|because of|due to|over|on) (?:a |an |the |another )?(?:[\w-]+ )?false[- ]positives?\b|(?:have|has|had|with|left|leaves?|produced?|wrote|writes?) no (?:[\w\"'“”-]+ ){0,3}?(?<!\b(?:change|release|commit|git|ship|decision|call|work) )logs?\b(?! (?:lines?|entries|levels?|statements?|messages?|rotation)\b)|(?<!\b(?:personal|private|sensitive|secrets?|passwords?|tokens?|pii|keys?|credentials?|e-?mails?|addresses)\b[^.;]{0,60})(?:do|does|did) not (?:appear|show up) in (?:the |our |any )?(?:[\w-]+ )?(?:logs?|logging|papertrail|sentry|datadog|kibana|splunk|grafana|loki|cloud ?watch|dashboards?|metrics|traces|monitoring)\b|(?:bug|flaw|defect)s? in\b[^.;]{0,50}?\b(?:validation|verification)\b|(?:pass(?:ed|es)?|accepted|allowed|let through|went through) despite being (?:invalid|malformed|wrong|incorrect|unsafe)|(?:masks?|scans?|checks?|flags?|catches|blocks?|alerts?|covers?|validates?|verifies) (?:[\w-]+ ){0,2}only (?:when|if|for|on)\b|${SILENT_TOOLS} (?:also |then |again |simply |all |both )?(?:did not|didn't|never|failed to) alert\b|did not (?:fire|alert(?! ${OTHER_PEOPLE}))|(?:did ?n[o']t|didn't|never|failed to) (?:trigger|fire|raise|send|generate|produce) (?:any |an? )?(?:[\w-]+ ){0,4}(?:alerts?|alarms?|pages?|notifications?)\b|(?:alert|alarm|page|monitor|check|test)\w* (?:should|would|could) have (?:been )?(?:triggered|fired|gone off|caught|alerted|detected|flagged|paged|warned|notified)|should have (?:alerted|paged|fired|caught|flagged)|(?:pager ?duty|opsgenie|paging|pagers?|alerting|alert rules?|monitoring|notifications?)\b[^.;]{0,40}?\b(?:misconfigur\w+|disabled|switched off|turned off|not (?:set up|configured|working))|(?:paging|pagers?|alerting|alerts|alarms|monitoring|notifications|notification (?:system|service)s?)(?: (?:to|in|via|on|for|from) (?:the |our )?[\w#.-]+(?: [\w#.-]+)?)? (?:was|were|had been|has been|went) (?:\w+ly )?(?:unavailable|broken|offline|down)\b|(?:monitoring|alerting|alerts?|alarms?|autoscal\w+|health ?checks?|probes?|watchdogs?|paging|pagers?)(?: (?:and|or) (?:monitoring|alerting|alerts?|alarms?))? (?:did not|didn't|failed to|could not|couldn't) (?:[\w-]+ ){1,5}?(?:quickly|fast|soon|early|rapidly) enough\b|no (?:detective|detection)|(?:improperly|incorrectly|wrongly|badly|poorly) (?:configured|tuned|set up) (?:[\w-]+ ){0,3}(?:probes?|health ?checks?|alerts?|alerting|alarms?|monitors?|monitoring)\b|(?:lost|losing) (?:the ability|visibility)|alert(?:ing)? (?:was|were) (?:missed|too noisy)|too much noise|(?:we should|need to|we need|we may) (?:be )?(?:monitor|add (?:monitoring|alerting|alerts))\w*|(?:hours|days) before we (?:realized|noticed)|(?:alert|alarm|monitor|check|page)\w* (?:only |finally |eventually )(?:trigg\w*|fired|went off|caught)|(?:flaw|bug|defect|vulnerability) in (?:the |a |an |our )?\S{1,40} (?:dependency|action|plugin|library|tool|script|installer|bot|integration)|(?:bots?|scripts?|installers?|tools?|automation|actions?|plugins?) (?:encountered|hit|ran into|had|has) (?:a |an )?(?:bug|error|problem|issue|failure)|tests? (?:did not|didn't|do not|don't|failed to|never) (?:cover|exercise|catch|test)|(?:not|never) covered by (?:any )?(?:tests?|ci|checks?)|no (?:automated |post-deployment |post-deploy )?(?:checks?|validation) (?:for|of|that|to)\b|(?<!\bif (?:there (?:is|are|was|were) )?)(?:\bno (?:any )?|without (?:any )?|(?:did|does|do) not have (?:any )?|(?:didn't|doesn't|don't) have (?:any )?|lacked (?:any )?)(?:automated |automatic |proper |adequate |sufficient )?(?:(?:checks?|sanity checks?|validations?)(?: (?:or|and|nor) (?:retr(?:y|ies)|fallbacks?|limits?|alerts?))? (?:in place|to (?:ensure|prevent|catch|stop|detect|verify|confirm|block))|(?:safeguards?|safety ?nets?|guards?|guard ?rails?|protections?) (?:were |was )?(?:in place|against|to (?:ensure|prevent|catch|stop|detect|protect|guard|verify|confirm|block)))\b|(?:tests?|ci|checks?) (?:all )?(?:passed|were green|was green|stayed green)(?<!\b(?:verif(?:y|ies|ied|ying)|confirm(?:s|ed|ing)?|(?:i|we|they) (?:re-?)?checked)\b.{1,200})|(?:alert|alarm|threshold)s? (?:was |were |is |are )?(?:set )?too (?:high|low|noisy|late)|(?:validation|check|test)s? (?:step )?only (?:checked|verified|validated|looked at|covered)|only (?:watched|monitored|checked|measured) (?:as|in|at|for) (?:a |the )?(?:global|total|aggregate|sum)|(?:dashboards?|graphs?|metrics?) (?:did not|didn't|do not|don't) (?:show|reveal|include)|(?:nothing|no check|no alert|no monitor)\w* (?:\w+ ){0,2}(?:checks?|watch(?:es|ed)?|monitors?|looked at) (?:the |it )|(?:did not|didn't|never|(?:do not|don't) think (?:i|we)) (?:ever )?(?:receive[ds]?|get|got) (?:any |an? )?(?:[\w-]+ ){0,2}(?:alerts?|alarms?|notifications?|notices?|warnings?|pages?)\b|(?:did not|didn't|does not|doesn't) have (?:a |any )?(?:[\w-]+ ){0,2}(?:validation|guard|check)s?\b|(?<!\b(?:we|i|they|you|he|she|nobody|no one) )(?:did not|didn't|does not|doesn't|never) validate\b|(?:\bno|(?:do|did|does) not have|(?:don't|didn't|doesn't) have|without) (?:a |an |any )?(?!one\b)(?:[\w-]+ ){1,3}(?:that|which) (?:could|would|might) have (?:caught|detected|flagged|spotted|noticed)\b)`,
    'i',
  ),
  process_gap: new RegExp(
    String.raw`\b(?:(?:did not|didn't|never|failed to) (?:run|execute) (?:the |all |any |our )?(?:necessary |required |full |relevant |usual |existing )?(?:[\w-]+ )?(?:tests?|test suites?|checks?)\b|(?:fix|patch|it|change)e?s? (?:was|were|had) not (?:been )?(?:yet )?(?:included|backported|picked up|shipped|released) (?:in|into|with)\b|(?:had not|hadn't|did not|didn't|never) (?:yet )?(?:included|backported|picked up|shipped) (?:it|the fix|the patch|this|that) (?:in|into|with)\b|(?:(?:did not|didn't|not) have|(?:lack|lacked|lacking)(?: of)?|(?:limited|insufficient|not enough)) (?:enough |sufficient |the )?(?:knowledge|understanding|expertise|experience) (?:of|on|about|in|with)\b|misunderst\w* (?:of |about )(?:the |how )?(?:[\w-]+ ){0,4}(?:internals|assumptions|works|semantics|behaviou?r)\b|(?:heavy |strong |too much )?focus on (?:developing |building |shipping )?new features|(?:using|used|uses) production as (?:a )?(?:sandbox|test\w*|playground|staging)|availability of (?:the )?(?:[\w-]+ )?(?:team members|staff|engineers|people|responders)|failed to (?:predict|foresee|anticipate)|(?:had been |was |were )?left (?:on|enabled|running) (?:after|since|from)|(?:had|has|have) never (?:been )?(?:run|tested|exercised|tried) (?:against|on|with|at)|(?:nobody|no one|no-one) (?:checked|reviewed|verified|compared|looked at)|no (?:[\w-]+ )?escalation paths?|no (?:process(?:es)?|procedures?|checklists?|run ?books?|reviews?|documentation|backups?(?! ${SPARE_KEPT})|plans?|polic(?:y|ies)|owners?)\b|no (?!(?:${PROCESS_STATES}) process)(?:[\w-]+ )?(?:plans?|process(?:es)?|procedures?|checklists?|run ?books?|polic(?:y|ies)|testing|simulations?|rehearsals?|dry[- ]runs?)\b|(?:no|without|not (?:in|under|kept in|managed (?:as|in|by|with))) (?:any )?(?:infrastructure[- ]as[- ]code|iac|version control|source control|configuration management)\b|(?:configuration|config) drift\b|(?:drift|drifted|out of sync|diverged|mismatch) (?:between|from) (?:the |our )?(?:iac|infrastructure[- ]as[- ]code|terraform|helm|git|code|repo(?:sitory)?|(?:declared|desired|intended) (?:state|config\w*))\b|(?:only (?:having |had |has |have )?|just )one (?:person|engineer|responder|maintainer|admin|operator)s? (?:on[- ]call|available|with (?:access|the knowledge))|(?:has|had|have) (?:been|happened|occurred) (?:an? (?:\w+ )?(?:issue|problem) )?(?:before|in the past|previously)(?![^.;]{0,60}\bbut\b)|no tests? or simulations?|(?:no|(?:the )?absence of|(?:a )?lack of|without) (?:any )?(?:automated |unit |integration |end-to-end |e2e |regression )?tests? (?:for|of|that|to|covering|on)\b|(?:test|test case|scenario|case)s? (?:was|were) (?:missed|not covered|never covered|not tested)|should have been (?:found|spotted|noticed|tested)|staffing gap|(?:under|short)-?staffed|(?:only )?one engineer (?:working|on call|available)|lack of (?:a )?(?:process|procedure|documentation|testing|review|revision|maintenance|follow-?up|prioriti[sz]ation|backups?|access|time|feedback|coordination)|(?:was|were|is|been) (?:never|not) (?:(?!only )\w+ly )?(?:tested|reviewed|documented|verified|tested in)|(?:did not|didn't|never) (?:(?!only )\w+ly )?(?:test|review|verify|document)\b|not (?:identified|caught) in (?:testing|review)|should have been caught|(?:handled|done|managed|performed) manually|manual (?:[\w-]+ )?(?:process(?:es)?|steps?|procedures?|deploy\w*|recovery|rebuilds?|restores?)\b|process:|without (?:a )?(?:review|test|testing|approval)|(?:no|insufficient|not enough) (?:time|testing|coordination) (?:between|to|for)|we need (?:a |to (?:define|document|decide))|(?:is|are) still managed manually|(?:confusion|unclear) (?:about|as to) who|(?:untested|unreviewed)\b|procedure|too many \w+ (?:brought down|changed) (?:at once|simultaneously)|(?:changes|multiple changes) simultaneously|too many (?:[\w-]+ )?changes\b|(?:several|many|multiple|numerous|a (?:lot|number|batch|bunch|handful) of|lots of|\d+|two|three|four|five|six) (?:different |separate |unrelated |big |large |major |risky )?changes (?:[\w-]+ ){0,6}?(?:at once|at the same time|simultaneously|in (?:one|a single) (?:go|release|deploy\w*|push|batch|window|step|rollout))\b|time pressures?|(?:time )?pressure to (?:get|ship|merge|release|deploy|deliver|finish|launch|land|close|complete|meet)\b|(?:flaws?|gaps?|weakness(?:es)?|shortcomings?|holes?|deficienc(?:y|ies)) in (?:our |the |their |its )?(?:[\w&/-]+ (?:and |& )?){0,3}?(?<!\b(?:${PROCESS_STATES}|ci|build|kernel|server|system|operating|background|daemon) )(?:process(?:es)?|procedures?|practices?|workflows?|polic(?:y|ies)|checklists?|run ?books?|playbooks?)\b|no (?:recent )?(?:database )?back-?ups?\b(?! ${SPARE_KEPT})|(?:only|nobody|no one) (?:else )?(?:had|has) (?:the )?(?:access|permissions?|skills)|(?:could|might|would) have been (?:discovered|found|caught|spotted|noticed) (?:in advance|beforehand|ahead of time|before (?:the )?(?:upgrade|release|rollout|deploy\w*|launch))|happened to be (?:online|around|awake|available|at (?:their|his|her|the) (?:computer|desk|keyboard))|(?:second|third|another) time (?:that )?(?:a|an|this|the same)\b|(?:need|needs|have|has) to be more (?:proactive|careful|diligent|deliberate|rigorous|disciplined)|(?:nobody|no one|no-one) (?:owned|owns|was responsible for|is responsible for)|(?:without|no) (?:a )?(?:clear )?(?:owner|ownership)\b|(?:not|never) (?:part of|included in) (?:the |our )?(?:checklist|process|procedure|runbook|review)|no (?:staging|test|testing) (?:environment|server|cluster)|(?:directly|straight) (?:on|in|to) production|undocumented|(?:was|were|had been|got) (?:simply |also )?(?:overlooked|missed) (?:in|during|by) (?:the |our |code )?(?:reviews?|testing|tests?|checks?|qa|development|dev)\b|(?:but|and) (?:that |the )?[^.;]{1,60}? (?:was|were) overlooked\b|(?:audits?|reviews?)\b[^.;]{0,40}?\b(?:had |has |have )?(?:treated|missed|overlooked|(?:did not|didn't|failed to) (?:cover|check|consider|catch))|(?:smaller|lower|fewer|less|older) (?:[\w-]+ ){0,2}than (?:on )?the old (?:ones|hosts?|servers?|machines?|cluster|setup|config\w*)\b|bus factor|only one person|(?:could|can) only be (?:done|changed|made|performed|approved|upgraded|renewed|granted|run) by (?:the |one |a single |our |its )?(?:account )?(?:owner|admin(?:istrator)?|person|maintainer|me|him|her)\b|(?:no|without (?:a |any )?)(?:canary|staged rollout|staging step|gradual rollout|per-region stage)|(?:rolled|pushed|deployed|applied) (?:out )?(?:to )?(?:every|all) (?:regions?|servers?|hosts?|nodes?|locations?) at once|(?:tested|validated|verified) (?:in|on|against) (?:only )?one (?:region|environment|host|bank|customer)|only (?:tested|validated|verified) (?:in|on|against)|(?:skipped|bypassed|skipping|bypassing) (?:the )?(?:review|tests?|checks?|approval|staging)|(?:had been |was |were )?(?:postponed|deferred|put off) (?:twice|again|several times|because)|lack of (?:any )?(?:guard ?rails?|safeguards?|safety nets?)|lack of (?:(?:human|engineering|team|technical)\w* (?:(?:and|or) [\w-]+ )?(?:capacity|resources|time|bandwidth)|(?:staff\w*|people|personnel|hands|manpower)\b))`,
    'i',
  ),
  design_weakness:
    /\b(?:single point of failure|(?:precludes?|precluded|(?:does|did) not (?:allow|permit)|(?:no|without) room for) (?:a |an |any |the )?(?:[\w-]+ )?(?:redundan\w+|fail-?over|fallback|second (?:psu|power supply|uplink|link|path))|only (?:[\w-]+ ){1,4}(?:if|when) [^.;]{1,80}?, (?:but )?not (?:if|when)\b|(?:binary|build|release|image|package|artifact|bundle)s? (?:was|were|is|are) missing (?:a |an |the )|(?:could not|couldn't|cannot|can't) (?:serve|absorb|carry|cope with|take) (?:the )?(?:\w+ )?(?:load|traffic)|(?:instead of|in place of) (?:being )?(?:distribut|spread|balanc|shar|split)\w* (?:the )?(?:[\w-]+ )?(?:load|traffic|requests|connections)\b|(?:uneven|unbalanced|lopsided|skewed|unequal) (?:[\w-]+ )?(?:load|traffic) (?:distribution|balancing|sharing|split)\b|(?:all|most) (?:of )?(?:the |our )?(?:[\w-]+ )?(?:load|traffic|requests|connections) (?:was |were )?(?:sent|routed|forced|funnell?ed|steered|pinned|sticking|stuck|landed|landing|ended up|went|going) (?:[\w-]+ ){0,2}?(?:to|through|onto|on) (?:a single|one|the same|only one|just one)\b|(?:not using|without) (?:readiness|liveness)|spof|(?:hard|hard-coded|fixed) (?:limit|requirement|dependency)|(?:did not|didn't|does not|doesn't|could not|couldn't) (?:recover|scale|fail over|handle)|(?:errors?|exceptions?|failures?|out[- ]of[- ]memory|oom\w*|timeouts?|crash\w*|disconnect\w*|(?:dropped|lost|broken) connections?|faults?|signals?|disruptions?|interruptions?|outages?|restarts?|retries) (?:\w+ ){0,4}?(?:being |was |were |is |are |got |gets )?(?:handled|treated|dealt with) (?:very |really |quite |so |extremely |rather )?(?:badly|bad|poorly|incorrectly|improperly|ungracefully|wrongly)\b|(?:badly|poorly|incorrectly|improperly|ungracefully) (?:handled|handles|handling) (?:\w+ ){0,2}?(?:errors?|exceptions?|failures?|out[- ]of[- ]memory|oom|timeouts?|crash\w*|disconnect\w*|faults?|disruptions?|interruptions?|outages?)\b|(?:fault|flaw|weakness|problem|issue)\b[^.;]{0,60}?\b(?:lies|lay|is|was|relates|related|comes|came|stems|stemmed) (?:in |to |from |with )?the way (?:that |in which )?[^.;]{1,80}?\b(?:handles?|handled|reacts?|reacted|responds?|responded|deals? with|dealt with|copes? with|coped with)\b|not (?:resilient|redundant|designed)|no (?:redundancy|failover|fallback|isolation|resource limits?)|cascad\w+|race condition|deadlock\w*|(?:tightly )?coupled|(?:depend(?:s|ed|ence|ency)?|rel(?:y|ies|ied|ying)) (?:directly |implicitly )?on (?:an? )?(?:external|single|shared|one)|(?<!\b(?:not|no longer|never|to|will|would|n't) )rel(?:y|ies|ied|ying) (?:entirely|completely|fully|wholly|solely|totally|exclusively) on\b|\b(?:because|since|as|due to the fact that)\b[^.;]{0,80}?\b(?<!\b(?:not|no longer|never|to|will|would|n't) )(?:depend(?:s|ed|ing)?|rel(?:y|ies|ied|ying)) (?:\w+ly )?(?:up)?on (?!(?:nothing|none|no)\b)(?:(?:[\w'-]+ ){0,5}?(?:managed|hosted|provided|operated|owned|run|controlled|maintained|supplied|offered) by (?!(?:us|ourselves|me|our own|the team|our team|this team|ourselves)\b)|(?:an? |the |their |its )?(?:third[- ]party|outside|vendor|upstream)\b)|(?:depend(?:s|ed|ing)?|rel(?:y|ies|ied|ying)) on (?:[\w-]+ ){0,8}?(?:every|each|all) (?:one )?(?:of )?(?:the |these |those |our |its |their )?(?:[\w-]+ )?(?:servers?|hosts?|nodes?|instances?|replicas?|shards?|members?|backends?|caches?|peers?|brokers?|disks?|machines?|zones?|regions?)\b|shar(?:ed|ing) (?:just )?(?:a |the same )?(?:couple|nodes?|cluster|database|token|host)|(?:a |the )?(?:bugs?|flaws?|defects?) (?:in|was introduced)\b|edge case|(?:not|wasn't|weren't|isn't) (?:configured|set up|built) to|(?:design|architecture|architectural) (?:flaw|weakness|issue|problem|limitation|decision)|limits? (?:of|on) (?:the )?\w+ (?:nodes|connections|pods)|(?:maximum|max) (?:of )?\d+|hard requirement|(?:not|never) (?:properly )?(?:set up|configured) to|(?:also |additionally )?(?:takes?|took|taking|brings?|brought) down (?:a couple of |several |other |multiple |all (?:the )?|the rest of )|starv\w+|(?:is|was|are|were) not (?:validated|checked|verified) (?:before|on|at|when|against)|in the (?:time ?frame|window|gap) between|(?:no|without) (?:graceful )?(?:degradation|retry|retries|backoff|rate limit\w*|circuit breaker)|unbounded|hard-?coded\b|(?:unguarded|unprotected|unauthenticated|unrestricted) (?:[\w-]+ )?(?:methods?|functions?|endpoints?|calls?|entry ?points?|setters?)\b|(?:no |without (?:a |an |any )?)(?:lower |upper )?(?:bound|cap|ceiling|floor)\b|(?:could not|couldn't|cannot|can't) (?:simply|easily|quickly|just) (?:be )?(?:added back|restarted|brought back|restored|rolled back|recovered|replaced)\b|(?:kept|keeps|keeping|held|holds|holding) (?:a |the |its |each |every |their )?(?:database )?(?:connection|lock|thread|socket|transaction|worker)s? (?:open |busy |alive )?until\b|(?:runs?|ran|running|hosted|lives?|sits?|sat) (?:entirely |only |all )?on (?:a |one )(?:single |small |lone )?(?:[\w-]+ )?(?:machine|server|host|vm|instance|node|box|droplet)\b|(?:(?:no|lack of|lacked|lacking|without|improper|inadequate|insufficient|poor|missing) |(?:did not|didn't|does not|doesn't) have (?:any )?)(?:proper |adequate |sufficient |graceful )?(?:error|exception|failure) handling|(?:no|lack of|without|missing|never) (?:\w+ ){0,2}(?:log )?rotat(?:ion|ed)\b|(?:sometimes|occasionally|could be|can be|may be|might be) (?:undefined|null|nil|empty)\b|(?:could not|couldn't|unable to|failed to|fails to) (?:respond to|pass|answer) (?:its |the |our )?(?:liveness|readiness|health) (?:checks?|probes?)|(?:no|without (?:a |any )?)timeouts?\b|retry storms?|thundering herd|split[- ]brain|memory leak|technical debt|legacy (?:code|system|setup)|rounding (?:error|issue|bug|direction)|precision loss|reentran\w+|(?:price|oracle) manipulation|not idempotent|(?:built|written|designed) (?:on|with|around) the assumption|(?:built|written|made|designed) (?:when|for|around) (?:the |a )?(?:largest|smallest|few|small|only)|(?:on|with|under) the assumption|assumed (?:that )?(?:the |a |it |they |every|all|nothing|no )|(?:treats?|treated|treating) (?:a |an |the )?(?:missing|failed|empty|slow|late|absent) \w+ (?:as|like) (?:a |an )?(?:decline|failure|error|success|zero)|fail(?:s|ed)? closed|all[- ]or[- ]nothing|refus(?:ed|es) the whole|(?:grew|grows|growing) without (?:a |any )?(?:limit|bound)|(?:in|within) (?:a |one )single transaction|set globally|(?:only|just) one (?:region|zone|host|server|instance|replica|node|machine)\b|could be (?:raised|changed|moved|manipulated) by (?:anyone|an outsider|any user))/i,
  human_action: new RegExp(
    String.raw`\b(?:(?:human|operator|user|operational) (?:error|mistake)s?|(?:i|we) (?:had )?made (?:a |an |the |two |three |several |some |more |many |a few |a couple of )?(?:[\w-]+ )?(?:mistakes?|errors?|blunders?|slip-?ups?)\b|(?:my|our) (?:own )?(?:mistake|fault)s?\b|(?:was|is) (?:my|our) (?:own )?error\b|(?:sign|signal|warning|hint) (?:that )?we (?:missed|ignored|overlooked)|(?:was|were) (?:thought|believed|assumed) to be [^,.;]{1,40}?,? but (?:was|were) (?:instead|actually|in fact)|(?:i|we|he|she|they|someone|somebody|(?:an? |the |one )?(?:engineer|operator|developer|admin|administrator|maintainer|contributor|team member)s?|@[\w-]{2,39})\b[^.;:!?]{0,60}?\b(?:accidentally|by accident|mistakenly|by mistake|inadvertently|unintentionally)|(?<!\b(?:config(?:uration)?|change|update|upgrade|release|script|job|migration|automation|setting|code|tool|process|system|deploy(?:ment)?|rollout|patch)s? )(?:accidentally|mistakenly|inadvertently|unintentionally) (?:deleted|removed|dropped|wiped|overwrote|overwritten|terminated|killed|shut down|stopped|restarted|rebooted|ran|run|applied|pushed|merged|deployed|committed|exposed|published|disabled|revoked|deactivated)|(?:deleted|removed|dropped|wiped|overwritten|terminated|killed|shut down|stopped|restarted|rebooted|run|applied|pushed|merged|deployed|committed|exposed|published|disabled|revoked|deactivated) (?:by accident|by mistake|accidentally|mistakenly|inadvertently|unintentionally)|${TYPO_TOLD}|misjudged|misunderstanding|(?:was|wasn't|were|weren't) (?:not )?(?:fully )?(?:aware|unaware) (?:in|of) which|(?:engineer|operator|developer|admin|administrator|someone|team member|one of (?:the|our) (?:engineers|developers|admins)) (?:ran|deleted|removed|merged|pushed|changed|applied|ran|made|restarted|stopped|terminated|forgot)|outside (?:of )?(?:the )?(?:pipeline|tooling|process|automation|version control|configuration management|kubectl|terraform|ansible|puppet|chef)|(?:[\s(]|(?<![\w@-]))(?:@[\w-]{2,39}|he|she|they|I|an? (?:engineer|operator|admin|maintainer|developer|contributor|volunteer)) (?:ran(?! (?:\w+ly |much |even |a bit |far )?(?:slow|fast|quick|out|low|late|behind|hot|smooth|fine|well|normal|into|over|dry)\w*)|deleted|removed|pushed|merged|applied|edited|modified|made (?:a |the |some )?(?:manual |configuration |config )?changes?|forgot|missed|overlooked|did not (?:update|check|verify|notice|realize|test)|didn't (?:update|check|verify|notice|realize|test)|was (?:deleting|removing|editing|running(?! (?:on|in|at|from|late|low|out|behind)\b)|cleaning))\b|(?<!\bstatus ?page (?:was |were |is |got )?)(?:manually|by hand) (?:edited|changed|ran|deleted|applied|modified|updated|removed)|(?:notifications?|alerts?|pages?|warnings?|emails?) (?:was|were) (?:missed|ignored|overlooked|not (?:seen|noticed|acted on))|(?:entered|typed|passed|given|set) (?:with )?(?:a |the )?(?:larger|smaller|wrong|incorrect|bad) (?:value|number|parameter|argument|input)|(?:a |one )?(?:parameter|argument|value) (?:of the command )?was (?:entered|typed|mistyped) |(?:we|i|they|he|she|someone|somebody) (?:had )?(?:used|chose|picked|selected|applied|entered|typed) (?:the )?wrong\b)`,
    'i',
  ),
  communication_breakdown: new RegExp(
    String.raw`\b(?:miscommunicat\w*|communication (?:breakdown|gap|issue|problem)s?|\b${NO_NOTICE}\b[^.;]{0,20}?\b(?:was|were|had been|has been) (?:made|sent|given|issued|posted|shared|published)\b(?:(?: (?:beforehand|in advance|ahead of time|before(?:hand)?))? to (?:notify|inform|warn|tell|alert|update)\b|(?: \w+)? (?:beforehand|in advance|ahead of time)\b)(?![^.;]{0,60}\b(?:as|since|because) (?:the|it|this|that|no|nothing|there)\b)|(?:confusion|unclear) (?:about|over) where|(?:(?:were|was) not|wasn't|weren't) (?:aware|informed|told) (?:about |of )(?:all )?(?:the )?(?:[\w.-]+ )?(?:impact|change|incident|outage|patch|release|update|fix|advisory|vulnerability|notice|announcement)e?s?\b|(?:poor|bad|weak|insufficient|inadequate|limited|lack of) (?:internal |external |cross-team )?communication|(?:do not|don't|did not|didn't|does not|doesn't) have (?:a |any |an )?(?:good |effective |clear |reliable )?(?:way|channel|means|process|place) to (?:communicate|notify|inform|reach|tell|warn)\b|${MACHINE_SUBJECT}(?:did not|didn't|failed to) (?:effectively )?(?:communicate|inform|tell|flag|notify)(?! with ${MACHINE_PEER})|(?<!\b${SILENT_TOOLS} (?:also |then |again |simply |all |both )?)(?:did not|didn't|failed to|never) (?:alert|warn) ${OTHER_PEOPLE}|(?:did not|didn't|failed to|never) (?:\w+ (?:or|and|nor) ){1,3}(?:flag|escalate|inform|tell|notify|raise|report)\b|misalign\w*|status ?page (?:was not|wasn't|did not get|didn't get|was never|never got|had not been|hadn't been|were not|weren't) (?:\w+ )?updated|(?:no|without|missing) (?:\w+ ){0,2}(?:status ?page|customer|user)s? (?:updates?|notifications?|integration)|(?:not|never) (?:properly )?integrated with (?:the |our )?status ?page|(?:two|multiple|several) (?:forums|channels|communities) |(?:missed|lost|buried|drown\w*) in (?:the |other )?(?:scrollback|chat|thread|channel|noise|backlog)|(?:information|knowledge) sharing (?:was|is|were) (?:unstructured|poor|lacking|ad[- ]hoc|scattered|fragmented)|neither (?:team |side |of them )?(?:knew|was aware)|(?:did not|didn't|failed to|never) (?:escalate|raise|relay|pass (?:it|this|that) on)|(?:nobody|no one|no-one) (?:told|informed|notified|escalated|flagged)|(?:(?:were|was) not|wasn't|weren't|never) (?:notified|warned) (?:about |of )(?:the |any |an? )?(?:[\w.-]+ )?(?:changes?|releases?|updates?|patch(?:es)?|advisor(?:y|ies)|fix(?:es)?|plans?|schedules?|times?|dates?|deadlines?|migrations?|upgrades?|maintenance|deprecations?)\b|only (?:notified|informed|told|warned) (?:later|afterwards)\b|${UNHEEDED}\b|(?:notified|informed|told|warned) (?:only )?(?:too |very )late\b)`,
    'i',
  ),
};

/**
 * Factors told without a gap word, as the way things work or went (strong evidence, like
 * `CATEGORY_PATTERNS`, and as linear):
 * - a weakness told as a chain of causes ("removing the operator also removed what it owned",
 *   "left an orphaned secret", "the new code expects another schema"), as what the flaw let
 *   someone do ("allowed a user to republish"), or as two parts that do not agree ("a mismatch
 *   between the schema and the services", "the two libraries use different encodings"), or as
 *   outside input that reaches a command unchecked ("un-sanitized input", "an injection flaw"),
 *   or as production not kept apart from the work beside it (a flag, a test suite or a
 *   connection that reaches the live database), or as what the team shares resting on one
 *   person ("the API keys were tied to a user account", "my personal card was the one on file");
 * - a tool that failed without a sound ("the job was failing to write its archives", "tried but
 *   failed to strip the edits", a baseline so noisy a rise hid in it); a failure that went
 *   undetected for days (by people, too), or told as having "gone unnoticed" for a while a few
 *   words after the failure ("the sync broke in spring and has gone unnoticed since"; a bug that
 *   did so is the process's, below), a part left unmonitored; a check that did not look at
 *   what broke, missed it, or still reported it healthy; a failure the team did not find on its own (detection told
 *   as too slow, found only when users told them, the authors saying they need better monitoring);
 *   automation that fired when nobody meant it to ("the deploy workflow was unexpectedly triggered");
 *   a check told as missing together with what it was for ("no smoke tests nor uptime probes to
 *   warn the team");
 *   a check whose reach is told as narrow ("the smoke plan only covers the login page", "the
 *   guard compares the feeds only with one another");
 * - a gap told as a habit or a routine ("as we usually do", "nobody reviews", a bug that went
 *   unnoticed, a process never defined), or as what the team did not know of how a part works
 *   ("the squad did not know the broker's fair-share rules", "we did not realize the need for …",
 *   "did not know which pool to use"), as a renewal left to someone's memory ("I forgot to renew
 *   the domain", "we never updated the card on the account"), or as a step of the routine left
 *   out ("rebooted without running the install script", "a column shipped without its migration");
 * - warnings that reach one person, not a shared address; a behaviour the documentation did not
 *   tell its readers ("the side effect is never called out in the docs", "a lack of clear
 *   documentation about the effects of the option");
 * - a person's step taken on a wrong reading ("misreading the dialog, I confirmed …", "we wrongly
 *   tagged the old commit"), a slip told as an oversight that occurred, a step the team says it
 *   forgot ("we forgot to add the new region to the job"; a renewal forgotten is the routine's gap,
 *   above), or an act done unaware of the error it carried ("merges the rules, unaware that a typo
 *   in them …"); so is a lapse the authors own in hindsight: a step taken on a belief that it
 *   was harmless ("ran the reset thinking it would only touch one table"), a request not
 *   questioned ("I did not question it"), "we should have been more careful", a check the
 *   authors say they skipped or a fact they did not see in time ("we didn't check that the job
 *   had ended", "what we didn't realise then was …", "it wasn't understood at the time that …"). A detail
 *   overlooked in a check is the check's gap (`CATEGORY_PATTERNS`).
 */
export const TOLD_PATTERNS: Record<string, RegExp> = {
  design_weakness:
    /\b(?:(?:removal|deletion|removing|deleting|dropping|uninstall(?:ing|ation)?) (?:of )?(?:[\w.-]+ ){0,5}?(?:also )?(?:caused|triggered|led to|resulted in|meant) (?:the )?(?:cascading |automatic |silent )?(?:deletion|removal|loss|destruction|teardown)\b|(?:removing|deleting|dropping|uninstalling) (?:[\w.-]+ ){1,5}?also (?:dropped|removed|deleted|destroyed|wiped|took down)\b|orphan(?:ed|s)? (?:[\w.-]+ ){0,2}?(?:secrets?|resources?|objects?|volumes?|certificates?|certs?|crds?|disks?|snapshots?|records?)\b|(?:code|client|app|application|service|version|build|release|reader|parser|loader) (?:now )?expect(?:s|ed)? (?:a |an |the )?(?:different|new|newer|old|older|other) (?:[\w-]+ )?(?:schemas?|formats?|shapes?|structures?|layouts?)\b|non-?deterministic\b|(?:can|could|may|might) (?:silently )?corrupt (?:its |the |their |our )?(?:[\w-]+ )?(?:databases?|data|state|files?|indexes|indices|stores?|disks?)\b|(?:allow(?:ed|s|ing)?|permit(?:ted|s)?|enabled) (?:someone|somebody|anyone|anybody|any user|attackers|an? (?:attacker|outsider|user|malicious [\w-]+)) to\b|(?:mismatch(?:es)?|disagreements?|inconsistenc(?:y|ies)) (?:\w+ )?between\b|(?:use|used|uses|using|produce[sd]?|producing|write|wrote|writes|writing|emit(?:s|ted)?) (?:a )?different (?:[\w-]+ ){0,2}?(?:encodings?|formats?|schemas?|seriali[sz]ations?|representations?|byte orders?|conventions?)\b|(?:un-?saniti[sz]ed|unescaped|unvalidated|unfiltered) (?:[\w-]+ )?(?:input|parameters?|arguments?|titles?|names?|fields?|strings?)\b|(?:injection (?:vulnerabilit(?:y|ies)|flaws?|bugs?|holes?)|(?:shell|command|sql|argument) injection)\b|(?<!\b(?:session|users?|login|auth\w*|access|your) )(?:keys?|tokens?|credentials?|secrets?|domains?|billing|subscriptions?|certificates?)\b[^.;]{0,60}?\b(?:tied|bound|linked|attached|scoped|registered|assigned) to (?:an? |the |my |his |her |our )?(?:individual |personal |former )?(?:user|employee|person|individual)\b|(?:my|his|her) (?:own )?personal (?:credit )?(?:card|account)s?\b[^.;]{0,40}?\b(?:assigned|tied|linked|attached|on file)\b|(?:flags?|options?|commands?|scripts?|tests?|connections?|code|functions?)\b[^.;]{0,40}?\b(?:affects|targets|point(?:s|ed) (?:at|to)|connect(?:s|ed) to|initiali[sz]ed with|(?:configured|set) to (?:run|point) (?:against|at|to)|r[au]n(?:s|ning)? against) (?:the )?(?:remote |live )?(?:production|prod|live) (?:databases?|dbs?|clusters?|environments?)\b)/i,
  tooling_failure:
    /\b(?:(?:no|neither|without(?: any)?) (?:[\w-]+ ){0,3}?(?:tests?|checks?|monitoring|alerting|alerts?|alarms?|probes?)(?: (?:n?or|and) (?:[\w-]+ ){0,3}?(?:tests?|checks?|monitoring|alerting|alerts?|alarms?|probes?))? (?:in place )?to (?:alert|catch|detect|notify|warn|flag|page)\b|(?:pipelines?|workflows?|jobs?|cron ?jobs?|automation|bots?|hooks?|scripts?|ci) (?:was |were |got |had been |has been )?(?:unexpectedly|unintentionally|inadvertently|accidentally|wrongly|erroneously|mistakenly) (?:triggered|started|ran|run|fired|kicked off|executed)\b|unmonitored\b|blind spots? in (?:our |the )?(?:monitoring|alerting|observability)\b|(?:failed|failing|stopped|died|broke|crashed|damage|corruption|failures?|outages?|issues?|problems?|faults?|breakages?) (?:[\w-]+ ){0,3}?(?:that )?(?:had |has |have )?(?:gone |went |remained |stayed |was |were )?(?:undetected|unnoticed)(?: by (?:any ?one|any ?body|humans|people|us|the team|our team|staff|a human))? (?:for|since|until)\b|(?:failed|failing|stopped|died|broke|crashed|failures?|outages?|issues?|problems?|faults?|breakages?)\b[^.;]{0,60}?\b(?:has|have|had) (?:gone|remained|stayed) (?:undetected|unnoticed) (?:for|since|until)\b|(?:was|were|had been|has been|have been) (?:quietly |silently )?failing to (?:write|upload|back ?up|archive|sync|replicate|persist|ship|export|save|record)\b|exit(?:ed|s|ing)? (?:cleanly|successfully|with (?:code |status )?0) without (?:writing|uploading|saving|producing|sending|backing up)\b|(?:attempted|tried) (?:but|and) failed to (?:remove|clean|undo|revert|strip|exclude|reset|delete|scrub)\b|(?:did not|didn't|does not|doesn't|failed to) (?:exclude|strip|filter out|scrub) (?:[\w*.-]+ ){1,5}?(?:from|out of) (?:the |our |its )?(?:builds?|images?|packages?|artifacts?|bundles?|releases?|wheels?)\b|baselines? (?:was|were|is|are) (?:already )?(?:so |too |very )?(?:noisy|high|elevated)\b|(?:successfully|quietly|happily) (?:sending|sent|writing|wrote|reporting|reported|completing|completed|finishing|finished)\b[^.;]{0,60}?\b(?:without (?:an? |any )?errors?|even though|although|though|while)\b|(?:reported|returned|signalled|showed) (?:a )?success (?:while|but|though|even though)\b|(?:checks?|tests?|validations?|scans?|scanners?|linters?|alerts?|monitoring|protections?)\b[^.;]{0,40}?\b(?:do not|don't|did not|didn't|does not|doesn't) (?:currently |yet )?(?:extend|apply) to\b|(?:cannot|can't|could not|couldn't|(?:are|were|was|is) unable to) (?:automatically |reliably |easily |currently )?(?:detect|catch|spot|flag)\b|(?:health ?checks?|probes?|monitors?|monitoring|alerts?|alarms?|checks?|watchdogs?)\b[^.;,]{0,30}?\b(?:did not|didn't|does not|doesn't|never) (?:check(?:ed)?|look(?:ed)? at|probed?|measured?|watch(?:ed)?|verif(?:y|ied)|cover(?:ed)?|test(?:ed)?)\b(?! out\b)|\b(?:health ?checks?|probes?|monitors?|monitoring|alerts?|alarms?|checks?|watchdogs?) (?:also |all |completely |simply |entirely )?missed (?:this|it|that|(?:the|an?) (?:[\w-]+ (?:but |and )?){0,3}?(?:issue|problem|outage|failure|incident|error|bug|regression|fault))\b|(?:however|still|nevertheless|kept|continued to|wrongly|falsely|incorrectly|erroneously) (?:report|reporting|reported|show|showing|showed|answer|answering|answered|return|returning|returned) (?:as )?(?:normal|healthy|ok|green|all clear|success)\b|(?:time[- ]to[- ](?:detect\w*|discover\w*|notice)|detection time)\b[^.;]{0,40}?\btoo (?:high|long|slow|late)\b|(?:was|were) not (?:discovered|spotted) until\b|(?:users?|customers?|clients?|readers?|community members?) (?:who |that )?(?:\w+ )?(?:let us know|told us|notified us|alerted us|informed us|warned us)\b|\b(?:we|i)(?:'d| would)? (?:really |still |also |clearly |definitely )?(?:need|needed|like|want|wanted) (?:much |far |a lot |significantly |way )?(?:(?:better|more|improved|proper|real) )?(?:[\w-]+ )?(?:monitoring|alerting|observability|metrics and alert\w*)\b|\b(?:checks?|tests?|test plans?|test suites?|validations?|monitors?|probes?|verifiers?|guards?) (?:(?:[\w-]+ ){0,5}?(?:only|just) (?:compares?|includes?|covers?|checks?|looks? at|verif(?:y|ies)|validates?|tests?|watch(?:es)?|measures?|exercises?)|(?:compares?|checks?|covers?|includes?|verif(?:y|ies)|validates?|tests?|watch(?:es)?|measures?|exercises?) (?:[\w-]+ ){0,3}?(?:only|just))\b)/i,
  process_gap:
    /\b(?:as (?:we|the team|they|i) (?:often|usually|always|normally|typically|generally|commonly|routinely) do\b|(?:nobody|no one|no-one) (?:ever )?(?:reviews|checks|verifies|tests|looks at|audits|owns)\b|(?:bug|defect|mistake|typo|flaw|regression|error)s? (?:in (?:the |our )?(?:code|logic|query|script|change|migration|calculation)s? )?(?:that )?(?:went|had gone|remained|goes|go) (?:unnoticed|undetected|uncaught)\b|(?:process|procedure|ownership|roles?|responsibilit(?:y|ies)|escalation path)(?:es)? (?:was|were|is|are|had) (?:not|never) (?:been )?(?:clearly |well |properly |formally )?(?:defined|established|agreed|assigned|written down)\b|planning (?:failure|gap|mistake)s?\b|(?:dramatically |badly |severely |vastly |greatly |significantly )?underestimated (?:the )?(?:amount|volume|number|size|scale|load|traffic|demand|usage|impact)\b|\b(?:we|i|team|teams|squads?|groups?|staff|developers|engineers|operators|admins|maintainers|contributors|they)\b[^.;]{0,60}?\b(?:(?:was|were) (?:not |un)aware|(?:did not|didn't) (?:fully )?(?:know|realize|realise|understand)) (?:of |about )?(?:the |its |their |our )?(?:[\w-]+'s )?(?:[\w-]+ ){0,3}?(?:scope|model|necessity|need|behaviou?r|semantics|limits?|requirements?|implications?|consequences?|ability|design|workings|conventions?|rules?|purpose)\b|(?:did not|didn't|do not|don't) know (?:when|how|which|whether) (?:[\w-]+ ){0,2}?(?:they|we|to) (?:should|were to|ought to|use|pick|choose)\b|\b(?:i|we|he|she|they|someone|somebody|nobody|no one)\b (?:had |have |has )?(?:(?:forgot|forgotten|forgetting|neglected|failed|didn't remember|did not remember) to (?:renew|rotate|extend|update (?:the |my |our |their |his |her )?(?:card|payment|billing))|(?:did not|didn't|never) (?:renew(?:ed)?|rotated?|extend(?:ed)?|updated? (?:the |my |our |their |his |her )?(?:card|payment|billing)))\b|without (?:first )?(?:(?:running|executing|applying|following) |an? (?:accompanying |matching |corresponding )|the (?:accompanying |matching |corresponding ))(?:the |its |our )?(?:full |required |necessary |usual |standard )?(?:[\w.-]+ )?(?:scripts?|migrations?|steps?|checklists?|run ?books?|playbooks?|procedures?)\b|(?:(?:did not|didn't|never|failed to) (?:run|execute|follow)|never (?:ran|executed|followed)) (?:the |our )?(?:full |required |necessary |usual |standard )?(?:deploy(?:ment)?|release|migration|upgrade|rollout) (?:scripts?|steps?|checklists?|run ?books?|playbooks?|procedures?)\b)/i,
  human_action:
    /(?:\b(?:(?:an|one) oversight (?:occurred|happened|was made|on (?:our|my|their|his|her) part)|(?:made|makes|making) an oversight)\b|\bwe (?:had |have )?(?:simply |just |completely )?(?:forgot|forgotten|neglected) to (?!(?:renew|rotate|extend)\b)|, (?:unaware|not aware|without (?:knowing|realizing|realising)) (?:that|of) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:error|mistake|typo|bug|flaw)s? (?:in|of)\b|\b(?:i|we|he|she|they|someone|somebody|(?:an? |the )?(?:engineer|operator|developer|admin|administrator|maintainer)) (?:mis(?:read|interpreted|remembered|typed)|(?:incorrectly|wrongly|erroneously|mistakenly) (?:tagged|labell?ed|set|pointed|named|entered|selected|chose|picked|answered|confirmed|targeted))\b|\bmis(?:read|interpret|remember)(?:ing|ed)?\b[^.;,]{0,60}, (?:i|we|he|she|they|the (?:engineer|operator|admin|developer))\b|\b(?:we|i|they) should have been (?:much )?more (?:careful|cautious|thorough)\b|\b(?:i|we) (?:didn't|did not|never) (?:question|double-?check)\b|\b(?:i|we) (?:didn't|did not) (?:check (?:that|whether|if)|reali[sz]e (?:at the time |then |beforehand )?(?:that|was))\b|\b(?:was not|wasn't) understood (?:upfront|up front|beforehand|in advance|at the time) that\b|\b(?:deployed|ran|used|applied|merged|pushed|executed|deleted|migrated|proceeded)\b[^.;]{0,60}?\b(?:assuming|thinking|believing) (?:that )?(?:it|this|there|they|(?:the|a|an) (?:[\w-]+ ){0,2}?[\w-]+) (?:(?:would|will) only|would not|wouldn't|will not|won't|was not|wasn't)\b)/i,
  communication_breakdown:
    /\b(?:(?:e-?mails?|notices?|notifications?|warnings?|reminders?)\b[^.;]{0,30}?\b(?:(?:are|were|was|is) not|aren't|weren't|wasn't|isn't|not) (?:sent|going|delivered|routed|addressed|forwarded) to (?:a |an |the |any )?(?:global|shared|team|group|common|central|generic|role)\b|(?:e-?mails?|notices?|notifications?|warnings?|reminders?)\b[^.;]{0,30}?\b(?:went|go|goes|were sent|are sent|was sent|is sent|were delivered|are delivered|were addressed) (?:only )?to (?:a |an |one |the |his |her |their )(?:single |personal |individual |former )?(?:person|engineer|employee|individual|inbox|mailbox|address|account|developer|maintainer|member|contractor)s?\b|(?:did not|didn't|failed to|never) (?:give|send|provide) (?:[\w-]+ ){0,2}?(?:sufficient |enough |any |advance |prior |early )*(?:notice|warning|heads-?up)s?\b|not clear (?:if|whether) (?:all|everyone|everybody|every)\b[^.;]{0,60}?\b(?:received|got|saw|heard|read)\b|(?:did not|didn't|never) (?:pre-?define|define|agree on|set|establish) (?:the |a |any )?(?:[\w-]+ ){0,3}?(?:information sharing|communications?|comms)\b|(?:not|never|wasn't|weren't) (?:\w+ )?(?:called out|mentioned|explained|documented|stated|made clear|highlighted|flagged) in (?:the |our |its |their )?(?:[\w-]+ )?(?:documentation|docs|changelog|release notes|upgrade guide|announcement|advisory)\b|lack of (?:clear |proper |any |good )?documentation (?:about|of|on|for|regarding) (?:the )?(?:effects?|behaviou?r|impact|consequences|implications|semantics)\b)/i,
};

/** The systems that build and ship the code ("the CI pipeline", "the deployment tool", "configuration management"), as pattern text. */
const BUILD_SYSTEMS = String.raw`ci (?:system|process(?:es)?|jobs?|pipelines?)|build system|provisioning system|deploy(?:ment)? (?:tool|system|pipeline)|configuration management`;

/**
 * Factors told by what happened to people and parts, with no gap word (strong evidence, as linear
 * as the others):
 * - a tool that gave its user no cue of where they were working ("nothing in the prompt hinted
 *   which cluster was selected", "no visual cue that the shell pointed at production");
 * - a hand-off or a call to someone elsewhere that was slow ("reaching the owner, who sat in
 *   another time zone, took a while", "the handover between the two offices took hours");
 * - a protection that stood in the way of recovery ("the lockout guard kept the replicas from
 *   rejoining the healthy primary"), a design trade-off that lost out in this failure ("we chose
 *   the simpler balance between cost and uptime; uptime lost out"), healthy parts removed by the
 *   system's own policy ("healthy instances were terminated"), and redundant parts run with one
 *   identity ("running both signers with the same key");
 * - a part the system had no second of, told by its absence ("we lacked a way to steer the
 *   traffic elsewhere", "not having a standby region to move to", "only one worker was still
 *   running."): a missing alternative is the design's, though no design word says so;
 * - a redundancy the team is only weighing ("looking into a secondary uplink provider", "multi-region
 *   failover would be an option"): today there is one; a part that does not come back on its own
 *   ("the host does not automatically reboot", "the worker did not restart automatically");
 * - outside work nobody told the team of ("a cut-over that we were not told about");
 * - the people a duty rests on all away ("both engineers who hold the keys were on holiday", "the
 *   only admin with access was unreachable"): the duty had no one else;
 * - a design told as a chain of failures or as bound to fail ("set off a chain reaction", "was
 *   never going to work"), or as load that made the system take itself down ("the surge triggered
 *   an automatic restart"), or as automation that updated production on its own when a new
 *   version came out ("saw a newer image was available and began replacing the nodes");
 * - a person's slip told of the staff ("our support staff inadvertently …"), of tiredness ("fatigue
 *   was setting in"; alert fatigue is the tooling's), of a careless look ("without being thorough")
 *   or of a bad call ("hasty decisions");
 * - backups older than they should be, a change made without a vote or sign-off, and a cut-over or
 *   an integration done in a rush;
 * - a party that refuses to engage, talk or share: a breakdown told without a negation; so is
 *   a message to another party that got no answer ("we filed a ticket with the registrar, still
 *   unanswered", "the hosting company never replied"), though a server that does not answer
 *   requests is no party, nor is a message the code passes ("the worker's message got no answer",
 *   "the message's retry failed, no answer came back"): a thing of its own, told with a possessive;
 * - a user's act on a lure that let an intruder in ("a member of staff opened an attachment in a
 *   phishing mail", "a student typed her password into a fake login page"): a person's act the
 *   system let through.
 */
export const UNCUED_PATTERNS: Record<string, RegExp> = {
  tooling_failure: new RegExp(
    String.raw`\b(?:(?:bugs?|flaws?|defects?) in (?:the |our |a |an |their |its )?(?:[\w-]+ ){0,2}?(?:tool|tooling|installer|${BUILD_SYSTEMS})\b|(?:no |not (?:have|get|give|show) (?:any |a |an )?|without (?:any |a |an )?|lack of (?:any )?)(?:contextual |visual |clear |obvious )?(?:cues?|clues?|indications?|indicators?|hints?|signs?|warnings?|prompts?) (?:that|of|as to|about|showing|telling (?:them|him|her|us|me)) (?:which (?:cluster|environment|context|account|project|hub|database|server|namespace|region|tenant|host)|(?:they|he|she|we|i|you|the (?:operator|engineer|user))(?:'d|'ve|'re|'s)? (?:had |have |were |was |are )?(?:switched|changed|connected|logged|pointed|pointing|moved))\b|(?:contextual|visual) (?:cues?|clues?) (?:[\w'-]+ ){0,6}?(?:which|what) (?:cluster|environment|context|account|project|hub|database|server|namespace|region|tenant|host)\b)`,
    'i',
  ),
  communication_breakdown:
    /\b(?:(?:that|which) (?:we|the team|our team|i|they|our (?:customers|users)) (?:were|was|had|have|has) (?:not|never) (?:been )?(?:notified|informed|told|warned|made aware) (?:about|of)\b|(?:that|which) (?:nobody|no one|no-one) (?:had )?(?:told|warned|notified|informed) (?:us|me|the team|them) (?:about|of)\b|(?:establishing (?:communication|contact) with|(?:reaching|contacting|paging|waking(?: up)?|getting (?:hold of|in touch with)) (?:the |our |a |an |their )?(?:[\w-]+ ){0,2}?(?:lead|owner|manager|engineer|expert|maintainer|team|on-?call|person|admin(?:istrator)?|colleague)s?|(?:the )?hand-?(?:offs?|overs?) (?:to|with|between|of)\b)[^.;]{0,100}?\b(?:took|takes|taking|needed|cost) (?:some time|(?:a )?(?:long|longer|good) (?:time|while)|too long|a while|(?:several |many |a few |two |three )?hours|longer than))|\b(?:refus(?:al|ed|es|ing) to (?:engage|communicate|talk|respond|reply|cooperate|coordinate|share)\b)|\b(?:contact\w*|reach\w* out|e-?mail\w*|wrote|writing|asked|asking|coordinat\w+|ticket\w*|request\w*|messag(?:ed|ing)|(?<!['\u2019]s )messages?(?!['\u2019]s)|call\w*|notif\w+|report\w*|escalat\w+|pinged)\b[^.;]{0,80}?\b(?:no (?:response|reply|answer|acknowledg\w*)s?|(?:went|remained|stayed|still) unanswered|(?:never|did not|didn't|has not|have not|hasn't|haven't) (?:yet )?(?:heard back|got (?:a |an )?(?:response|reply|answer)))\b|\bno (?:response|reply|answer)s? (?:(?:was |has been |had been )?(?:received|given) )?from (?:the |their |our |its |an? )?(?:[\w-]+ ){0,3}?(?:team|provider|vendor|support|contacts?|owners?|maintainers?|host(?:ing|er)?|registrar|isp|operators?|abuse|department|office|staff|company|party|admins?|administrators?)s?\b|\b(?:team|provider|vendor|support|owners?|maintainers?|registrar|isp|operators?|department|company|admins?|administrators?)s? (?:has |have |had )?(?:did not|didn't|never|failed to|has not|have not|hadn't|hasn't|haven't) (?:yet )?(?:respond(?:ed)?|repl(?:y|ied)|answer(?:ed)?|get back|got back|gotten back)\b(?! to (?:[\w`'.-]+ ){0,4}?(?:requests?|queries|query|traffic|connections?|pings?|probes?|health ?checks?|lookups?|packets?|calls?)\b)/i,
  process_gap:
    /\b(?:(?:(?:all|both|each|most) of (?:the |our )?(?:[\w-]+ ){0,2}?(?:people|team members|members|engineers|staff|admins|administrators|maintainers|owners|responders|colleagues|experts)|the (?:only|one|sole) (?:[\w-]+ ){0,2}?(?:person|engineer|admin|administrator|maintainer|owner|responder|expert))\b[^.;]{0,80}?\b(?:were|was) (?:all )?(?:unavailable|unreachable|away|on (?:holiday|vacation|leave|pto)|out of (?:the )?office|offline)\b|(?:clients|releases|builds|binaries|images|packages|versions)\b(?: \([^()\n]{0,80}\))? (?:(?:had|have|has) (?:an? |the )?(?:incorrect|wrong|invalid|bad|mismatched) (?:[\w-]+ ){0,3}?(?:address(?:es)?|parameters?|values?|constants?|settings?|ids?|hash(?:es)?|urls?|endpoints?|chain ?ids?) (?:configured|set|hard-?coded|baked in|compiled in|built in)|(?:shipped|went out|were (?:released|shipped|published)) with (?:an? |the )?(?:incorrect|wrong|invalid|bad|mismatched) (?:[\w-]+ ){0,3}?(?:address(?:es)?|parameters?|values?|constants?|settings?|ids?|hash(?:es)?|urls?|endpoints?)))\b|\b(?:(?:snapshots?|back-?ups?|dumps?) (?:[\w-]+ ){0,2}?(?:was|were|had been) (?:much |far |a lot |already )?(?:older|staler|out of date|outdated|stale)\b|without (?:a |an |any )?(?:proper |formal |prior )?(?:[\w-]+ )?(?:vote|sign-?off|consensus)\b|(?:quick|rushed|hasty|hurried|last-minute) (?:[\w-]+ )?(?:integration|migration|rollout|roll-out|switch-?over|cut-?over)\b)/i,
  // A free word opening a branch starts only at the first word start of a hyphenated word (see SYMPTOM_RISE).
  human_action:
    /\b(?:was|were) (?:actually |in fact |ultimately |eventually |inadvertently |unintentionally |accidentally )?(?:triggered|caused|set off|started) by (?!(?:insufficient|inadequate|limited|poor|missing|incomplete|flaky|automated|unit|integration|ci|the ci|lack|no|too little|not enough)\b)(?:our |their |its |the )?(?:[\w-]+(?:'s)? )?(?:own )?(?:manual |internal |load |stress |ad-hoc |ad hoc )?(?:testing|test (?:traffic|transactions?|runs?|requests?|scripts?))\b|\b(?:(?:our |the |their )?(?:(?:(?<![\w-])|(?<=(?:^|[^\w-])-+))[\w-]+ )?(?:staff|personnel|employees?|colleagues?|team members?)\b[^.;:!?]{0,60}?\b(?:accidentally|by accident|mistakenly|by mistake|inadvertently|unintentionally)\b|(?<!\b(?:alert|alerting|alarm|pager|paging|notification|on-?call) )fatigue\b|\b(?:i|we|he|she|they) (?:was|were) (?:too |very )?(?:tired|exhausted|sleep-deprived)\b|without being (?:thorough|careful|attentive|diligent)\b|(?:not|wasn't|weren't) (?:thorough|careful) enough\b|(?:bad|poor|hasty|wrong) (?:decisions?|decision[- ]making|judge?ment(?: calls?)?)\b|(?:someone|somebody|a user|one of (?:our|the|their) (?:users|staff|employees|members|students|customers|colleagues)|an? (?:employee|staff member|member of staff|student|customer|colleague|user|team member)) (?:[\w-]+ ){0,4}?(?:filled (?:out|in)|completed|clicked(?: on)?|opened|submitted|entered|typed|responded to|replied to|downloaded|followed|ran|installed|approved) (?:[\w-]+ ){0,5}?(?:forms?|links?|attachments?|e-?mails?|messages?|pages?|sites?|files?|documents?|macros?|passwords?|credentials?|prompts?|requests?)\b[^.;]{0,80}?\b(?:phishing|malicious|fake|spoofed|fraudulent|forged|attackers?|scammers?|intruders?|(?:gave|granted|handed|exposed|leaked|giving|granting|handing) (?:[\w-]+ ){0,3}?(?:access|credentials?|passwords?|control))\b|(?:phishing|malicious|fake|spoofed|fraudulent|forged) (?:[\w-]+ ){0,3}?(?:forms?|links?|attachments?|e-?mails?|messages?|pages?|sites?)\b[^.;]{0,60}?\b(?:someone|somebody|a user|an? (?:employee|staff member|student|customer|colleague|user|team member)|(?:users|staff|employees|students|customers)) (?:had |have )?(?:filled (?:out|in)|clicked|opened|submitted|entered|followed|downloaded)\b)/i,
  // A free word opening a branch starts only at the first word start of a hyphenated word (see SYMPTOM_RISE).
  design_weakness:
    /\b(?:(?:lack(?:ed|ing|s)?(?: of)?|had no|has no|have no|not having|(?:did not|didn't|does not|doesn't|do not|don't) have) (?:the |an? |any )?(?:(?:ability|way|means|option) to (?:quickly |easily |automatically )?(?:re-?route|fail ?over|switch (?:over|away)|migrate|redirect|steer)\b|(?:alternative|alternate|spare|standby|secondary|redundant|fallback) (?:[\w-]+ )?(?:clusters?|regions?|sites?|providers?|hosts?|servers?|paths?|routes?|links?|uplinks?|nodes?|zones?|data ?cent(?:er|re)s?|carriers?|vendors?|cdns?)\b)|(?:only|just) (?:a single|one) (?!of\b)[\w-]+(?: [\w-]+)? (?:was|were|remained|is|stayed) (?:still )?(?:active|running|alive|live|healthy|serving|up|left)(?= ?(?:[.;,)]|$|at the time\b|at that (?:time|point)\b))|(?:options? for|look(?:ing)? (?:at|into)|consider(?:ing)?|evaluat(?:e|ing)|investigat(?:e|ing)|research(?:ing)?|explor(?:e|ing)|plan(?:ning)? (?:for|to add)) (?:an? |the |some )?(?:backup|secondary|redundant|second|alternate|alternative|fallback|standby|failover) (?:[\w-]+ )?(?:providers?|hosts?|hosting|carriers?|transit|links?|uplinks?|vendors?|suppliers?|isps?|regions?|sites?|data ?cent(?:er|re)s?)\b|(?:multi-|multiple |several |more than one )(?:[\w-]+ )?(?:hosts?|providers?|vendors?|carriers?|regions?|sites?|isps?) (?:fallback|failover|redundancy) (?:is|would be|could be|remains|was) (?:only |still )?(?:an? )?(?:option|possibility|idea)\b|(?:does|do|did) not (?:automatically|auto-?) ?(?:restart|reboot|recover|fail ?over|heal|reconnect|resume)\b|(?:doesn't|don't|didn't|does not|do not|did not) (?:restart|reboot|recover|fail ?over|reconnect|resume) (?:[\w-]+ ){0,3}?automatically\b|(?:is|was|are|were) not (?:automatically (?:restarted|rebooted|recovered|failed over|reconnected|resumed)|(?:restarted|rebooted|recovered|failed over|reconnected|resumed) automatically)\b|no (?:automatic|automated|auto-?) ?(?:restarts?|reboots?|recovery|fail-?over|reconnect(?:ion)?s?)\b|(?:(?:(?<![\w-])|(?<=(?:^|[^\w-])-+))[\w-]+ )?(?:protections?|safeguards?|safety (?:mechanisms?|features?|nets?|checks?|rules?)|guard ?rails?|lock-?outs?) (?:also |then |itself |themselves )?(?:prevent(?:ed|ing|s)?|block(?:ed|ing|s)?|stopp(?:ed|ing)|stops|kept|keeping|keeps|hinder(?:ed|ing|s)?) (?:[\w-]+ ){0,4}?from (?:recover\w*|rejoin\w*|return\w*|restor\w*|coming back|getting back|switching back|failing (?:back|over)|(?:[\w-]+ ){1,2}(?:the |their |its )?(?:correct|right|valid|healthy|canonical|good) )|(?:trade-?offs?|(?:the right |a |the )?balance) between [^\n]{1,200}?\b(?:lost out|was sacrificed|were sacrificed|came off worse|paid the price)\b|healthy (?:[\w-]+ ){0,2}?(?:nodes|instances|hosts|pods|servers|replicas|machines|workers|brokers|vms)(?: all)? (?:were |was |got |gets |get |are |being )?(?:all )?(?:killed|terminated|evicted|reaped|destroyed|shut down|scaled (?:in|down|away))\b|(?:operat\w+|run|ran|running|deploy\w*|keep\w*) (?:[\w-]+ ){0,2}?(?:validators|nodes|instances|replicas|signers|servers|hosts) (?:with|using|that share|sharing) (?:the )?same (?:keys?|signing keys?|credentials?|identit(?:y|ies)|ids?|certificates?)\b)|\b(?:chain reactions?\b|domino effect\b|knock-on effects?\b|(?:was|were|is|are) never going to (?:work|scale|hold|last)\b|(?:load|traffic|pressure|usage|memory|cpu)\b[^.;]{0,60}?\btrigger(?:ed|s)? (?:an? |the )?(?:automatic|automated|forced) (?:reboots?|restarts?|shutdowns?|failovers?|evictions?)\b|(?:noticed|detected|saw|found) (?:that )?an? (?:new|newer) (?:[\w-]+ )?(?:version|release|image|build)\b[^.;]{0,60}?\bavailable and (?:started|began|proceeded|went on) (?:to )?(?:[\w-]+ )?(?:orchestrat|updat|upgrad|roll|replac|rebuild|install|redeploy)\w*|automatically (?:updated|upgraded|replaced|rebuilt|rolled) (?:the |all |every |our )?(?:[\w-]+ ){0,3}?(?:nodes|hosts|servers|instances|machines) (?:in|of|running in) (?:the )?production\b)/i,
};

/** The words of `text` that are strong evidence of `category`, or null. */
function strongEvidence(category: string, text: string): RegExpExecArray | null {
  const keys = lineKeys();
  const told = TOLD_PATTERNS[category];
  const uncued = UNCUED_PATTERNS[category];
  return keys.exec(CATEGORY_PATTERNS[category], text) ?? (told && keys.exec(told, text)) ?? (uncued && keys.exec(uncued, text)) ?? null;
}

/**
 * Points a category needs; the rarer categories need more, so that a passing word does not name
 * them. A gap told as such, with its negation (strong evidence: "nobody told the support team",
 * "did not flag it"), needs no more than the others: what the higher bar keeps out is a topic word
 * next to a negation, or a detail lost in a chat.
 */
const MIN_SCORE = 2;
/** Strong words that tell the gap with a negation ("did not flag", "never agreed on", "nobody told") or a lateness ("only told later", "reaching the lead took hours"), not a detail lost in a chat. */
const GAP_TOLD = new RegExp(
  String.raw`\b(?:not|never|nobody|no one|no-one|didn't|wasn't|weren't|failed|late|later|took|takes|taking|refus\w*|unanswered|no (?:response|reply|answer|acknowledg\w*)s?|${NO_NOTICE}|${UNHEEDED})\b`,
  'i',
);
const THRESHOLD: Record<string, number> = { communication_breakdown: 3 };

/**
 * Words that tell of something missing or failing: a gap told as such. A "not" in a condition
 * ("if it is not …", "had we not been watching") imagines a gap that was not there.
 */
const DEFICIENCY =
  /\b(?:no|(?<!\b(?:if|had (?:we|i|they|you|it|he|she)) )not|never|without|lack(?:ed|ing|s)?|missing|insufficient|inadequate|unable|unclear|failed|fails|didn't|doesn't|wasn't|weren't|isn't|aren't|couldn't|hadn't|haven't|cannot|can't)\b/i;

/**
 * The topic of each category: a line that names it together with a deficiency is weak evidence
 * (one point); a line matching `CATEGORY_PATTERNS` is strong (two). A category needs two points.
 * Scaling is told by the word's own forms, not by a name that begins like it (Scalora, Scalix).
 * A channel is one of telling people when it is named as such ("the incident channel"); a chat
 * platform's channel that a bot bridges or deletes is a thing the system holds.
 * Logging in ("unable to log into the portal") is what users could not do, not the logs. A
 * dashboard is a page people use when it is what they open or click into ("once we clicked into the
 * host's billing dashboard") or what the fault hit ("the fault affected the billing dashboard"): no
 * monitoring view. Coordinates are a place on a map or a grid ("the buoy's coordinates"), or who
 * routinely lines up what ("she coordinates the releases"): no coordination that failed. A word
 * joined to "aware" ("zone-aware", "a cache-aware client") tells how a program behaves, not what
 * a person knew. Access through a network ("no internet access", "only SSH access") is a
 * connection, not a permission someone lacked.
 */
export const CATEGORY_TOPICS: Record<string, RegExp> = {
  tooling_failure: new RegExp(
    String.raw`\b(?:alert(?!(?:ed|ing|s)? ${OTHER_PEOPLE})\w*|alarm\w*|monitor\w*|observability|metrics?|(?<!\b(?:access(?:ing)?|reach(?:ing)?|load(?:ing)?|open(?:ing)?|us(?:e|ing)|view(?:ing)?|visit(?:ing)?|impact(?:s|ed|ing)?|affect(?:s|ed|ing)?|click(?:s|ed|ing)? (?:through|into|on|around)) (?:(?:your|the|their|our|my|[\w-]+'s) )?(?:[\w-]+ )?)dashboards?|notif\w+|paged|detect\w*|ci|presubmit|test suite|linter|sentry|grafana|prometheus|log(?!-?(?:in|on|out|off)\b| (?:in|into|on|onto|out|off)\b)|logs|logging(?! (?:in|into|on|out|off)\b)|health ?checks?|tooling|installer)\b`,
    'i',
  ),
  process_gap: new RegExp(
    String.raw`\b(?:(?<!\b(?:to|not|cannot|can't|${PROCESS_STATES}) )process(?:es)?\b(?! (?:the |a |an |all |any |every |new |other |more )?(?:[\w-]+ )?(?:blocks?|messages?|transactions?|requests?|events?|deploys?|jobs?|files?|data|records?|payments?)\b)|procedures?|review\w*|checklists?|run ?books?|documentation|documented|tested|testing|${BACKUP_COPY}|polic(?:y|ies)|coordinat(?!es\b)\w+|manual(?:ly)?|(?<!\b(?:to|not|cannot|can't|couldn't|unable to)(?: \w+ly)? )(?<!\b(?:internet|network|ssh|vpn|wi-?fi|lan|wan|homelab) )access|permissions?|on-?call|ownership|owner)\b`,
    'i',
  ),
  design_weakness:
    /\b(?:design\w*|implemented|architecture\w*|single|redundan\w+|failover|fallback|isolat\w+|coupl\w+|depend\w*|limits?|quotas?|scal(?:e|es|ed|ing|ability|able)|recover\w*|resilien\w+|bug|assumption|shared|default)\b/i,
  human_action: new RegExp(
    String.raw`\b(?:accidentally|mistakenly|human(?![- ](?:visible|readable|facing|friendly))|operator|engineer|${TYPO}|misjudg\w+|misunderstood|unaware|(?<!-)aware)\b`,
    'i',
  ),
  communication_breakdown:
    /\b(?:communicat\w+|informed|told|status page|announce\w*|(?:communication|comms|incident|status|announcement|escalation|notification|support|ops|team|on-?call) channels?|confusion|misalign\w*|(?<!-)aware)\b/i,
};

/**
 * Topic words that name no topic: the logs as where something was seen ("the following logs were
 * seen", "errors could be seen in the logs", "a few warnings in the logs", "Logs reveal: …") or as
 * what people read, searched, compared or replayed ("we dug through the proxy logs", "replayed the
 * archived logs to rebuild the lost hour"), which tells logs that did their work, and "in the
 * process of …ing" ("in the process of moving the hosts"), which tells when, not a process. A gap told of the logs themselves ("no logs were kept", "nothing in the
 * logs") still names them. So does a monitor that did its work ("the queue monitor detected the
 * stall", "we got alerts in the chat"): the gap told beside it ("no orders were taken") is the
 * symptom, not the monitor's. Programs that talk to each other ("the pods cannot communicate",
 * "lost communication with the storage cluster") tell a connection, not people telling people.
 */
const NO_TOPIC =
  /\b(?:(?:monitor\w*|alert\w*|alarms?|probes?|health ?checks?)\b(?: (?!(?:not|never|didn't|did|failed|only|too)\b)[\w'-]+){0,6}? (?:detected|caught|flagged|fired|alerted|notified|paged|warned|spotted)\b|\b(?:got|received) (?:an? |the |some )?(?:[\w-]+ ){0,2}?(?:alerts?|notifications?|pages?|alarms?)\b|(?:(?<!\b(?:no|any|without) )(?:errors?|warnings?|messages?|lines?|entries|traces?|stack ?traces?)|seen|found|visible|shown|spotted|noticed|read|appeared|showed up) (?:[\w-]+ ){0,2}?in (?:the |our |its |their )?(?:[\w-]+ )?logs?\b|(?:^|(?<=[|:.!?] ?)|(?:the |these |those |following |its |our ))(?:(?!(?:no|none|nothing)\b)[\w-]+ )?logs? (?:were |was |are |is )?(?:seen|shown|showed|show|shows|revealed|reveal|reported|printed|displayed|said|read)\b|\b(?:look(?:ed|ing)?|search(?:ed|ing)?|dig(?:ging)?|dug|tail(?:ed|ing)?|read(?:ing)?|check(?:ed|ing)?|investigat(?:e|ed|ing)|grep(?:ped|ping)?|replay(?:ed|ing)?|scour(?:ed|ing)?|compar(?:e|ed|ing)|combed|combing)\s+(?:(?:back\s+)?(?:through|in|into|at|amongst|among|over)\s+)?(?:(?:the|our|its|their|a portion of the|some of the|all the)\s+)?(?:[\w-]+\s+(?:and\s+)?){0,2}?(?:logs\b|log\b(?!\s?-?(?:in|on)\b))|\b(?:in|during) the (?:very )?process of (?=[\w-]+ing\b)|\b(?:pods?|nodes?|servers?|services?|hosts?|containers?|clusters?|systems?|machines?|instances?|requests?|processes|workers?|apps?|applications?|clients?|components?|daemons?|agents?|peers?|replicas?|brokers?|devices?)\b(?: (?!(?:teams?|owners?|staff|people|engineers?|users?|customers?|members?)\b)[\w'-]+){0,4}? communicat\w*|\bcommunicat\w* (?:with|between|to|over|via|of) (?:(?:the|our|its|their|a|an|any|all|each|every|nearly|almost|other|two|both|these|those) )*(?:[\w.-]+ ){0,2}?(?:pods?|nodes?|servers?|services?|hosts?|containers?|clusters?|systems?|machines?|instances?|storage|databases?|db|apis?|backends?|endpoints?|buckets?|queues?|caches?|brokers?|prox(?:y|ies)|gateways?|daemons?|sockets?|ports?|peers?|replicas?|networks?|devices?)\b)/gi;

/**
 * Harm told as absent, a state and no gap: "no secrets were leaked in the logs", "none of the
 * data was lost", "no package, source tree or runner was affected", "the mirrors were not
 * affected" (a table's bare "Not affected." too), a recovery "with minimal or no data loss", no
 * sign of misuse ("no indication of the systems being accessed", "no evidence any were used"), a
 * notice that readers need do nothing ("no action is required by users"), and the reach of an
 * incident told by what it spared ("touched only the build pipeline, not the releases"). Its
 * negation tells good news, so a topic word beside it (the logs, the CI) names no gap of that topic.
 */
const NO_HARM_CUE =
  /\b(?:affected|impacted|touched|hit|reached|leaked|lost|loss|exposed|compromised|harmed|stolen|accessed|corrupted|damaged|signs?|evidence|indications?|required|needed)\b/i;
const NO_HARM =
  /\b(?:(?:no|none of (?:the |our |its |their )?|nothing)(?:,? (?:(?:or|and|nor) )?[\w-]+){0,8}? (?:was|were|has been|have been|had been|got) (?:ever )?(?:leaked|lost|exposed|compromised|affected|impacted|harmed|stolen|accessed|corrupted|damaged)|(?:(?:was|were|is|are|has been|have been) )?not (?:\w+ly )?(?:affected|impacted|harmed|compromised|exposed|leaked)|(?:(?:minimal|little) (?:or|to) )?(?:no|without (?:any )?)(?: [\w-]+)?? data loss|(?:no |not any |without (?:any )?)(?:signs?|evidence|indications?)\b[^.;]{0,80}?\b(?:used|misused|accessed|exploited|compromised|affected|leaked|exposed|tampered with)|no (?:further |other )?(?:action|steps?) (?:is|are|was|were) (?:required|needed|necessary) (?:of|by|from|for) (?:the |our |any )?(?:users?|customers?|clients?|readers?|members?|you)|(?:affected|impacted|touched|hit|reached) (?:only )?[^,.;]{1,60}, (?:but )?not (?=(?:the|our|its|their|any) ))\b/gi;

/**
 * What users could not do while it lasted ("users were unable to sign in and access the app",
 * "customers could not start scans"): the impact, told with a negation that names no gap, so a
 * topic word beside it ("access", "dashboard") is weak evidence of nothing. What was not done for
 * them ("users could not be notified") still tells a gap, and so does what staff could not do.
 */
const USERS_UNABLE =
  /\b(?:users?|customers?|clients?|visitors?|players|readers|subscribers)\b[^.;!?]{0,30}?\b(?:were |was |are |is |had been |have been )?(?:unable to|not able to|could not|couldn't|cannot|can't|could no longer)\b(?! be\b)/gi;

/**
 * A line labelled as the impact ("* Impact: no file access", "**User impact**: sign-ups could not
 * verify"): what was lost, told with negations that name no gap.
 */
const IMPACT_LABEL = fieldLabel('(?:user |customer |business )?impact');

/** A line that gives a fact about the document, not the story: "**Date of incident**: …", "Authors: …". */
const METADATA_LINE =
  /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:date|time|authors?|written by|status|owners?|severity|duration|incident (?:id|date|number))\b[^:\n]{0,30}:/i;

/** A line labelled as the cause or the trigger: "- Root Causes: …", "**Trigger**: …", "Cause: …". */
const CAUSE_LABEL_LINE = fieldLabel('(?:root[- ]?causes?|(?:primary |direct |proximate )?causes?|trigger(?:ed by)?)');

/**
 * The denials that rule a cause out outright, as pattern text: `DENIED` and `RULED_OUT` read them.
 * A step taken to exclude a cause ("moved to another host to exclude the possibility of a hardware
 * fault") and a cause told as absent ("despite no hardware failure, …") rule it out too, as does a
 * kind of fault the symptom is told not to be ("means a hung host, not a firewall problem", "an
 * initrd issue, not a hardware failure").
 */
const RULED_OUT_WORDS = String.raw`(?:had|has|have) nothing to do with|(?:is|was|were|are|seems?|seemed) unrelated to|not (?:caused|triggered|set off) by|not (?:due|related|linked) to|not because of|ruled out|(?:to )?(?:exclude|eliminate|rule out) the possibility (?:of|that)|despite (?:there being )?no|not an? (?=(?:[\w-]+ ){1,2}(?:problem|issue|fault|failure|bug)\b)`;

/**
 * A cause the author rules out, up to the end of its clause or a "but": "had nothing to do with
 * the migration", "was not caused by the deploy", "unrelated to the upgrade". It names no trigger.
 */
const DENIED = new RegExp(
  String.raw`\b(?:${RULED_OUT_WORDS}|not (?:an? )?(?:error|fault|failure|mistake|problem) (?:on the part of|of|by)|rather than|(?:the )?(?:first|initial|obvious) suspects? (?:was|were))\b(?:(?!\b(?:but|instead)\b)[^.,;:!?])*`,
  'gi',
);

/**
 * The denials of `DENIED` that rule a cause out outright ("has nothing to do with the upgrade",
 * "was not caused by the deploy", "we ruled out the network"), as against a comparison ("rather
 * than") or a first suspicion: a trigger named in them is no trigger of this incident, wherever
 * else the document names it (a plan for the same upgrade, a link to read more of it).
 */
const RULED_OUT = new RegExp(String.raw`^(?:${RULED_OUT_WORDS})\b`, 'i');

/** Points a security trigger needs: more than one passing mention. */
const SECURITY_SCORE = 4;

/**
 * Something that ran out of date ("the signing certificate expired", "an expired token", "the
 * domain did not renew"): a configuration trigger of its own, but no configuration that a change
 * told on the same line was made to ("the certificate was not renewed after the chart upgrade"):
 * that change counts as one. How long a thing lasts by design ("tokens expire after an hour") is
 * no expiry told.
 */
/** The alternatives of `EXPIRY_TOLD`, as pattern text: the configuration trigger reads them too. */
const EXPIRY = String.raw`(?:tls|ssl|certificates?|certs?|tokens?|keys?|credentials?|domains?|licen[cs]es?|passwords?|secrets?)\b(?:[^.;]|\.(?=\S)){0,80}?\bexpire[sd]?\b(?! (?:after|every)\b)|expired (?:tls |ssl |x509 )?(?:certificate|cert|token|key|credential|domain|licen[cs]e|password|secret)s?|(?:certificates?|certs?|domains?|licen[cs]es?) (?:(?:had |have |has )?failed to|did not|didn't|could not|couldn't) (?:auto-?)?renew\b`;
const EXPIRY_TOLD = new RegExp(String.raw`\b(?:${EXPIRY})`, 'gi');

/**
 * A DNS record named by its type ("the CNAME record", "an explicit A record for the host"): the
 * zone's configuration. Case-sensitive, and the single-letter type only after a lower-case word,
 * so that a sentence opening "A record of …" is not one.
 */
const DNS_RECORD = /(?<=[a-z] )A records?\b|\b(?:AAAA|CNAME|MX|NS|TXT|SRV|CAA|PTR) records?\b/;

/** A configuration named on the line: a change told with it is a change to a configuration. */
const CONFIGURATION_OBJECT = /\bconfig(?:uration)?s?\b/i;

/**
 * A third party's own release told as such ("the cloud provider rolled out a broken agent", "the
 * vendor shipped a bad build"), or an outside party's change to what is theirs ("our mail relay
 * went down once they had updated part of their platform"): what set the incident off came from
 * upstream, a dependency, not the team's change, though the line says "deployed" or "upgraded".
 */
const VENDOR_CHANGE =
  /\b(?:microsoft|google|amazon|aws|azure|gcp|github|gitlab|cloudflare|fastly|akamai|heroku|digitalocean|linode|upstream|(?:the|our|a|their) (?:cloud |hosting |dns |cdn |email |upstream |third[- ]party |external )?(?:provider|vendor|supplier)s?|(?:the |an? )?(?:upstream|third[- ]party|external) (?:project|maintainers?|team|service))(?:'s)? (?:had |has |then |silently |quietly )?(?:deployed|rolled out|released|pushed|shipped|published)\b|\bthey (?:had |have |then |recently |just )?(?:upgraded|updated|deployed|rolled out|released|pushed|changed|migrated|modified|replaced|reconfigured) (?:[\w-]+ ){0,5}?their (?:own )?(?:[\w-]+ )?(?:stack|platform|infrastructure|systems?|services?|apis?|network|software|servers?|backend|end|side)\b/i;

/**
 * Access set up on one person's account: keys or tokens told as tied to a user's account ("the
 * storage keys were tied to a staff member's account"), or as having stopped working once that
 * account was removed ("the tokens stopped working when the account was deleted during
 * offboarding"). How the access was configured set the incident off, not the storage that then
 * failed. As pattern text.
 */
const KEYS_TIED_TO_A_PERSON = String.raw`(?:(?:api |access |service |deploy |storage |s3 )?(?:keys?|tokens?|credentials?) (?:\w+ )?(?:are|were|was|is|had been|have been) (?:all |still |only )?(?:tied|bound|linked|attached|scoped|issued) to (?:a |an |the |their |his |her |one |that )?(?:single |individual |personal |former |departed |departing |specific )?(?:user|employee|person|staff member|member|engineer|developer)(?:'s|’s|s'|s)? (?:user |personal )?accounts?\b|(?:keys?|tokens?|credentials?) (?:[\w-]+ ){0,6}?(?:stopped working|were revoked|was revoked|became invalid|were invalidated|was invalidated) (?:once|when|after|as soon as) (?:the |their |his |her |that |this )?(?:user |user's |employee's |personal )?account (?:was|had been|were|got) (?:removed|deleted|deactivated|disabled|closed|offboarded|suspended)\b)`;

/**
 * Evidence for each trigger, as patterns over one line; see `CATEGORY_PATTERNS`. A server that
 * stopped responding is a machine that failed; a data centre named as a place ("hosted in our
 * data centre", "at the data center") is where it happened, not what failed. A vulnerability
 * of the design or the architecture ("an architectural vulnerability in the failover") is a
 * weakness of the system, not an attack; so is traffic told as "non-malicious", and "potentially
 * malicious" or "suspected malicious" traffic is what a filter or a provider looks for, not an
 * attack told. A configuration told as switched, updated, rolled out, pushed or rebuilt is a
 * configuration change, whatever word the tool gives the step. Secrets told as committed, pushed
 * or checked in to a repository are secrets exposed. A firewall's rules, configuration or policy are
 * a configuration; a firewall named alone (an appliance that acted up and cut a service off, the
 * firewall a component ships with) tells no configuration that was set.
 */
export const TRIGGER_PATTERNS: Record<string, RegExp> = {
  security:
    /\b(?:security (?:incident|issue|breach|vulnerability)|breach\w*|(?<!\b(?:architectural|architecture|design|structural|systemic|operational|resilience|availability|scaling) )vulnerabilit\w+|exploit\w*|attacker\w*|(?:d?dos|denial[- ]of[- ]service|supply[- ]chain|phishing|brute[- ]force|credential[- ]stuffing|ransomware) attacks?|(?<!\bnon-?|\bnot |\b(?:potentially|possibly|suspected|supposedly|allegedly|seemingly|apparently) )malicious|compromis\w+|unauthori[sz]ed|(?:secrets?|tokens?|credentials?|keys?) (?:were |was )?(?:exposed|leaked|stolen)|(?:secrets?|tokens?|credentials?|keys?|passwords?|\.env(?: files?)?)\b[^.;]{0,60}?\b(?:was|were|got|been) (?:accidentally |mistakenly )?(?:committed|pushed|checked in)\b|exposed to the (?:public )?internet|(?<!memory )leak\w*(?! (?:memory|ram)\b)|cve-\d+)/i,
  configuration: new RegExp(
    String.raw`\b(?:misconfigur\w+|${KEYS_TIED_TO_A_PERSON}|param(?:eter)?[- ]change|config(?:uration)? (?:change|error|mistake|file|setting|option|issue|problem|switch|update|rollout|push|rebuild)s?|(?:improperly|incorrectly|wrongly|badly|mis-) ?configured\b(?! (?:[\w-]+ ){0,2}(?:probes?|health ?checks?|alerts?|alerting|alarms?|monitors?|monitoring)\b)|(?:incorrect|wrong|invalid|bad|mismatched) (?:[\w-]+ ){1,4}?configured\b|(?:wrong|incorrect|bad|invalid|new|faulty|broken|erroneous) (?:config(?:uration)?|setting|value|certificate|format)s?|configuration of|(?:was|were|had been|got) reconfigured\b|(?:was|were|had|has|have) (?:not|never) (?:been )?(?:configured|set up) (?:with (?:the )?(?:correct|right|proper|valid|expected|current)\b|correctly|properly|right\b)|firewall (?:rules?|config(?:uration)?s?|settings?|polic(?:y|ies))\b|dns (?:record|configuration|setting)|(?:name ?servers?|dns) (?:switch|change|cut-?over)(?:es|s)?\b|switch(?:ed|ing|es)? (?:over )?(?:to )?(?:[\w'-]+ ){0,3}?name ?servers\b|certificates? (?:expired|were not updated)|${EXPIRY}|(?:count|limit|timeout|threshold|setting|value|flag|parameter|ttl)s? (?:had been |has been |was |were |had )?(?:lowered|raised|reduced|increased|flipped|changed) (?:the day before|from|to|by)\b|config(?:uration)? (?:meant|intended) for|setting (?:was|to)|format (?:of|in) the config|(?:commented[- ]out|missing|absent|deleted|removed|wrong|incorrect|typo) (?:[\w./-]+ ){0,3}in (?:the |our |its |a |an )?(?:[\w./-]+ ){0,2}config(?:uration)?s?(?: files?)?\b|config(?:uration)? (?:lines?|entr(?:y|ies)|settings?) (?:was |were |had been )?commented out|(?:had|has|have|set|sets|contained|contains|kept|left) (?:an? |the |its )?(?:leftover |stray |stale |old )?[\w.-]{2,40} ?[=:] ?(?:true|false|null|none|nil|\[\]|\{\}|yes|no|off|on)\b)`,
    'i',
  ),
  change:
    /\b(?:(?:we |was |were |been |had )?(?<!\b(?:is|are) being )(?:deployed|released|upgraded|rolled out|shipped|merged|pushed(?! (?:[\w-]+ ){0,3}(?:out|aside|away|up|higher|lower|over|past|beyond|above|below|through)\b| (?:[\w-]+ ){0,3}to (?:the |its |their )?(?:limits?|boundary|boundaries|edge|brink|max(?:imum)?|ceiling)\b)|migrated)\b|(?:migrating|upgrading) (?:the |our |a )?(?:[\w.-]+ ){0,2}[\w.-]+ from\b|(?:a |the |new |recent )(?:deploy|release|upgrade|rollout|migration|pull request|code change|software update)\b(?![-_/]\w| (?:jobs?|commands?|pipelines?|workflows?|scripts?|tool(?:s|ing)?|bots?|steps?|pages?|notes|branch(?:es)?|process(?:es)?|summary|summaries|artifacts?|assets?|managers?|team|calendars?|checklists?|playbooks?|automation|config(?:uration)?s?)\b)|(?:changes?|commits?|patch(?:es)?|pull requests?|prs?|updates?|versions?) (?:was |were |that was |that were )?(?:introduced|deployed|merged|released|rolled out|applied (?:directly |straight )?(?:to|in|on) (?:the )?(?:production|prod|live)\b)|introduced (?:a |the )?(?:bug|regression|change)|(?:bug|regression|defect|flaw)s? (?:that was |that were |was |were )?introduced (?:in|by|with|during) (?:a |an |the |our |this |that |yesterday's |today's )?(?:[\w-]+ ){0,2}?(?:deploy(?:ment)?|release|change|commit|update|upgrade|pr|pull request|rollout|version)s?\b|regression|(?:a|the|this|that|our|their) pr\b|\bpr ?\(?#\d+|(?:merging|deploying|releasing|upgrading|rolling out|shipping) (?:a |an |the |our |version |v\d)|went live|(?:the|a|our) new (?:[\w.-]+ ){1,2}(?:release|version|build)\b(?! (?:notes?|plans?|process|checklists?)\b)|(?:was|were|had been|has been) moved to (?:a |the )?new (?:[\w-]+ )?(?:hosts?|servers?|clusters?|machines?|nodes?|infrastructure|regions?|platform)\b|(?:with|in|since) (?:the )?(?:(?:release|version) v?|v)\d+(?:\.\d+){1,3},? we\b|(?:has|had|have) (?:recently |just )been (?:updated|upgraded|rewritten|bumped)\b|(?:a |the )failed (?:deploy(?:ment)?|release|upgrade|migration|rollout)\b|(?:on|during|following|after) (?:the |a |an |our |this |that )?(?:[\w.&-]+ ){1,3}?(?:upgrade|migration)s?\b(?! (?:notes?|plans?|process|procedures?|checklists?|guides?)\b)|(?:the |an? )?(?:addition|introduction) of (?:a |an |the )?(?:new )?[\w.-]+|(?:a|the) (?:[\w-]+ ){0,2}v?\d+(?:\.\d+)+(?: [\w-]+){0,2} (?:upgrade|release|update)\b|(?:a|the) (?:[\w-]+ )?v\d+(?: [\w-]+){0,2} (?:upgrade|release)\b)/i,
  capacity:
    /\b(?:(?:could not|couldn't|cannot|can't|unable to) keep up|(?:traffic|load|usage) (?:spike|surge|increase|grew|doubled|tripled)|(?:high|heavy|increased|surge in|spike in|peak|more) (?:load|usage|volume|traffic|demand|cpu)|load spike|surge|spike|overload\w*|disk (?:space|full|usage)|(?:ran|run|running) out of|out of (?:memory|space|disk)|no space left|oom\w*|(?:filled|fills|full) (?:up|disk)|(?:is|was|became) full\b|exceed\w*|exhaust\w*|(?:too many|number of) (?:connections|clients|requests|users|pods)|capacity|(?:transaction|request) volume|quota|resource limits?|high cpu|(?:limit|maximum) (?:reached|of \d+)|autoscal\w+)/i,
  dependency:
    /\b(?:third[- ]party|upstream|(?:external|outside) (?:service|resource|provider|dependency)|(?<!\b(?:in-use|installed|removal of|removed|removing|uninstall\w*|upgraded|upgrading|installing) (?:[\w.-]+ )?)(?:service )?provider(?:'s)?(?!s?[- ](?:related|plugins?|crds?|packages?|modules?|controllers?|pods?|binar(?:y|ies)|versions?)\b)|vendor(?!(?:ed)? (?:files?|director(?:y|ies)|folders?|dirs?|code|paths?)\b)|(?:their|its) (?:outage|api|service)|(?:(?<=\bx )|\b(?:external|third[- ]party|community|public|official|distro|package|their|its) )mirrors?\b|(?:github|gitlab|aws|gcp|gke|google cloud|azure|cloudflare|linode|travis|circleci|heroku|fastly|akamai|digitalocean)(?:'s)? (?:outage|bug|incident|change|quota|resource quota|dns)|dns (?:provider|resolver|outage)|(?:changed|change) (?:in|on|at) (?:aws|gcp|azure|github|gitlab|cloudflare|google cloud|the provider|our provider)\b|(?:has been|was|were|got) discontinued|end[- ]of[- ]life|(?:bug|flaw|defect|regression|outage|incident) (?:in|at|on) (?:microsoft|google|amazon|aws|azure|gcp|github|gitlab|cloudflare|fastly|akamai|heroku|digitalocean|linode|the (?:provider|vendor|upstream))\b)/i,
  infrastructure:
    /\b(?:hardware|disk failure|(?:node|host|server|machine|vm|database server)s? (?:failed|failure|died|crashed|went down|became unresponsive|becomes unresponsive|unresponsive|rebooted|stopped (?:responding|answering|working)|(?:went|was|were) offline|hung|froze|became unreachable)|power (?:outages?|failures?|loss|disruptions?|interruptions?|cuts?)|(?:outage|failure|loss|disruption|interruption|cut) (?:of|in) (?:the )?(?:mains |electrical )?power\b|(?<!\b(?:in|at|on|from|within|inside|across|into|to) (?:the |our |its |their |a |one |this |that )?(?:[\w-]+ ){0,2}?)data ?cent(?:er|re)|network (?:outage|failure|partition|issue)|routing (?:failure|outage|fault)s?|firmware\b|lost (?:one|two|three|four|several|both|all|most|half|\d+) (?:of (?:its|the|our|their) )?(?:\w+ )?(?:[\w-]+ )?(?:nodes|hosts|disks|drives|servers|machines)\b|hypervisor|kernel[- ]panic\w*|(?:the |its |a )?kernel (?:crashed|froze|hung)\b|storage (?:failure|array|outage|backend)|cloud (?:outage|provider outage)|node (?:rebalanc\w+|drain\w*|maintenance|replacement|pool upgrade)|(?:pods?|nodes?|hosts?|instances?|vms?) (?:was |were )?(?:rescheduled|evicted|preempted|live[- ]migrated))/i,
  unknown:
    /\b(?:root cause (?:is|remains|was) (?:still )?(?:unknown|unclear|not (?:yet )?(?:known|identified)(?! (?:until|till|for|before|after)\b))|(?:not sure|unsure|don't know|do not know) (?:what|why) (?:the root cause|caused)|cause (?:is|remains) (?:unknown|unclear)|(?:an? |the )?(?:unidentified|unexplained|undetermined) (?:condition|cause|issue|bug|problem|fault)s?|(?:an? |the )?(?:unknown|unclear) (?:condition|cause)s?)\b/i,
};

/**
 * Capacity told as more demand than the system was built for: a surge, a spike, traffic that
 * doubled, a load the workers could not keep up with, users or requests that overloaded something.
 * The other words of a capacity trigger (ran out of memory, no space left, a disk full, heavy load,
 * a quota exceeded) tell the symptom, which a change, a configuration or a failed machine brings
 * about as often as demand does: told alone, they name no trigger.
 */
const CAPACITY_DEMAND =
  /\b(?:(?:could not|couldn't|cannot|can't|unable to) keep up|(?:traffic|load|usage|demand|requests?|volume|users?|visitors?|sign-?ups?) (?:spik\w*|surg\w*|increas\w*|grew|grow\w*|doubled|tripled|jumped|soared|rose)|(?:increased|surge in|spike in|peak|more|sudden|unexpected|unusual|record) (?:load|usage|volume|traffic|demand)|surg(?:e|es|ed|ing)\b|spik(?:e|es|ed|ing)\b|(?:too many|number of) (?:connections|clients|requests|users|pods)|(?:transaction|request) volume|flood of (?:[\w-]+ ){0,2}(?:requests|traffic|users|visitors|transactions|transfers|connections|sign-?ups|jobs|messages|queries|calls|uploads|downloads)\b|hug of death|went viral|(?<!\b(?:was|were|is|are|be|been|being|got|get|gets|became|become|becomes|the|an?|and|or|of|from|with|any|various|several|multiple|repeated|herd)\s)overload(?:ed|s|ing)\s+(?!(?:by|with|and|or|as|when|during|so|for|in|on|at)\b)[\w&])/i;

/**
 * A fix told as shipped ("a patch addressing the crash has been deployed", "the fix for the leak
 * was rolled out"): the remedy, not what set the incident off, though it names a deploy.
 */
const REMEDY_SHIPPED =
  /\b(?:patch|fix|hotfix|remedy|mitigation)(?:es)? (?:addressing|for|fixing|resolving|that (?:fixes|addresses|resolves)) (?:[^.;:!?]{0,80}?) (?:has|have|had) (?:now |since |already )?been (?:deployed|released|rolled out|shipped|merged|applied)\b/gi;

/**
 * A fix told as the one shipped ("a fix was merged", "the hotfix is pushed", "the fix was not
 * merged at once", "hotfix image is published"): what the responders sent out, not what set the
 * incident off. A patch is left out: "a kernel patch was applied" is as often what broke things.
 */
const FIX_SHIPPED =
  /\b(?:fix|hotfix|bugfix)(?:es)?(?: (?:pr|prs|pull requests?|commits?|images?|builds?|releases?|versions?))? (?:that |which )?(?:was|were|is|are|has been|have been|had been|got|gets)(?: [\w-]+){0,3}? (?:merged|deployed|released|rolled out|shipped|pushed|published|applied)\b/gi;

/**
 * A change told with the recovery it brought, in the same clause ("most hosts were upgraded and
 * back in sync", "the fix was merged and the downtime resolved", "resolution deployed, services
 * restored"): a step of the response, not what set the incident off.
 */
const CHANGE_RESTORED =
  /\b(?:upgraded|updated|deployed|released|rolled out|merged|applied|pushed|shipped)(?:,? and|,) (?:the |all |our |its |their )?(?:[\w-]+ ){0,3}?(?:(?:is|was|were|are|got|came|went) )?(?:back (?:to normal|up|online|in sync|in service)|restored|resolved|recovered)\b/gi;

/**
 * A change told as shipped to ease what was going wrong ("we pushed changes to lessen the retry
 * load", "deployed a patch that would help us stop the errors"): a step of the response, not what
 * set the incident off, though it names a deploy. A change shipped for anything else ("a change
 * that would let users upload larger files") still tells one.
 */
const REMEDY_ROLLED_OUT =
  /\b(?:rolled out|rolling out|deployed|deploying|shipped|pushed|released|applied) (?:a |an |the |some |several |further |additional |new )?(?:[\w-]+ )?(?:changes?|fix(?:es)?|patch(?:es)?|hotfix(?:es)?|mitigations?)\b[^.;:!?]{0,120}?\b(?:to|would|could|help(?:s|ed)?(?: us)?|in order to) (?:reduce|mitigate|limit|stop|fix|address|restore|resolve|work ?around|recover|lessen|ease|alleviate|relieve)\b[^.;:!?]*/gi;

/**
 * A version named as what a fix went out as, opening a line or a list item ("- Released as v1.4.2",
 * "Shipped as 3.0.1"): the remedy's release note, not what set the incident off.
 */
const RELEASED_AS = /^\s*(?:(?:[-*+]|\d{1,3}[.)])\s+)?(?:released|shipped|published|deployed|rolled out) as v?\d[\w.-]*/i;

/**
 * A misconfiguration told of the monitoring or the alerting ("the alerts should ping me, but
 * because of a misconfiguration that never happened", "the monitor is incorrectly configured to
 * check the old host", "a misconfigured alert rule"): why nobody was told, not what set the
 * incident off. A misconfiguration of something else told beside an alert ("a misconfigured
 * firewall rule blocked the indexer, and no alert fired") still is one.
 */
const ALERTING_MISCONFIGURED =
  /\b(?:monitor\w*|alert\w*|alarm\w*|notif\w*|pag(?:er|ing)\w*|ping(?:s|ed)?|health ?checks?|probes?)\b[^.;]{0,80}?\b(?:misconfigur\w+|(?:incorrectly|wrongly|badly|improperly) configured)\b|\b(?:misconfigur\w+|(?:incorrectly|wrongly|badly|improperly) configured) (?:of |in )?(?:the |our |its |an? )?(?:[\w-]+ )?(?:monitor\w*|alert\w*|alarm\w*|notif\w*|pag(?:er|ing)\w*|health ?checks?|probes?)\b/gi;

/**
 * Data merged, not code: stored records joined into one ("customer records merged", "the old and
 * existing data is merged", "merging even of divergent data"). It tells what a system or a
 * clean-up does to what it holds, no change that went out.
 */
const DATA_MERGED =
  /\b(?:data|records?|rows?|entries|duplicates?|values?)(?: (?:is|are|was|were|has been|have been|had been|got|being))? merged\b|\bmerg(?:ed|ing|es?) (?:(?:the|its|their|our|all|any|old|existing|duplicate|divergent|conflicting|stored|and|of|even|entirely) ){0,4}(?:data|records?|rows?|entries|duplicates?|values?)\b/gi;

/**
 * An HTTP status or error named by its reason phrase ("a 401 Unauthorized", "an Unauthorized error",
 * "unauthorized responses"): what clients saw, not an intrusion. Its words name no security trigger.
 */
const STATUS_NAME =
  /\b(?:(?:http )?40[13] )?unauthori[sz]ed(?= (?:err\w*|responses?|status(?:es| codes?)?|exceptions?|codes?|replies|pages?)\b)|\b(?:http )?40[13] unauthori[sz]ed\b/gi;

/**
 * A rise told of what users saw, not of the demand ("a spike in response times", "error rates
 * surged", "a jump in 5xx responses", "build times spiked", "spikes of up to 900 ms"): the
 * effect of the failure, whatever set it off, so its words name no capacity trigger and no demand.
 * A time that spikes, or a spike told in seconds, is what the failure looked like.
 * A free word that opens a branch (`[\w-]+`) is started only where no earlier word start of the same
 * hyphenated word could start it (`(?<![\w-])`, or only hyphens before it): a start further in
 * reads to the same end and could match only where the earlier one already did, and trying every
 * one made a very long hyphenated word cost its square.
 */
const SYMPTOM_RISE =
  /\b(?:(?:spikes?|surges?|jumps?|rises?|increases?) in (?:the |our |its |their )?(?:[\w-]+ )?(?:response times?|latenc(?:y|ies)|errors?|error rates?|5\d\d(?: errors| responses)?|timeouts?|failures?|failed requests|page load times?)|(?:response times?|(?:(?<![\w-])|(?<=(?:^|[^\w-])-+))[\w-]+ times?|latenc(?:y|ies)|errors?|error rates?|timeouts?|failures?) (?:also )?(?:spik\w*|surg\w*|jump\w*)|(?:spikes?|surges?|jumps?) (?:of (?:up to )?|up to |to )(?:about |around |roughly |nearly |~)?\d[\d.,\u2013-]*\s?(?:ms|milliseconds?|s|secs?|seconds?|minutes?|mins?))\b/gi;

/**
 * A sentence asked, not told ("Was it the disk?", "A bad deploy? A full queue?"): a guess or a
 * question the text goes on to answer, so its words name no trigger. Up to 300 characters back
 * from the question mark, to the end of the sentence before it.
 */
const QUESTION = /(?:^|(?<=[.!?:;]\s))[^.!?:;\n]{1,300}\?/g;

/** What one line says about causes: the words of each category (strong or weak evidence) and of each trigger. */
interface LineReading {
  /** In the order of `CATEGORY_PATTERNS`, every category whether or not the settings know it. */
  categories: { category: string; strong: boolean; words: string }[];
  /** In the order of `TRIGGER_PATTERNS`. */
  triggers: { trigger: string; words: string }[];
  /** The line tells of a configuration change (then a plain change is no trigger of its own). */
  configuration: boolean;
  /** The line tells of more demand (`CAPACITY_DEMAND`), not only of a resource used up. */
  demand: boolean;
  /** Triggers the line rules out (`RULED_OUT`): what the author says did not set the incident off. */
  ruledOut: string[];
}

/**
 * What an act was for, told after it: the recovery it enabled ("…, enabling the daemons to be
 * scheduled", "…, which restored the site", "… to bring the service back"), or the recovery it
 * brought ("…, and the queue was back to normal": `RECOVERY_TOLD`).
 */
const REMEDY_AIM = new RegExp(
  String.raw`^[^.;]{0,80}?(?:, (?:enabling|allowing|letting) (?:[\w-]+ ){1,4}?(?:to )?(?:be )?(?:scheduled|restart\w*|recover\w*|come back|rejoin\w*|start\w*|running|resum\w*|proceed)\b|, which (?:restored|unblocked|freed|brought back|fixed|resolved|recovered)\b|\b(?:in order )?to (?:restore|unblock|free up|recover|bring (?:back|up)|get (?:back|[\w-]+ (?:back|running|scheduled))|make room|mitigate|resolve)\b|\bso that (?:the )?[\w-]+ (?:could|can|would) (?:recover|restart|be scheduled|come back|run|start))|^${RECOVERY_TOLD}`,
  'i',
);

/** Words that tell a bug, flaw or defect sitting in a tool or the CI ("a bug in the provisioning tool"). */
const TOOL_BUG = new RegExp(
  String.raw`^(?:bugs?|flaws?|defects?) in (?:the |our |a |an |their |its )?(?:[\w-]+ ){0,2}?(?:tool|tooling|installer|pipeline|ci|${BUILD_SYSTEMS})$`,
  'i',
);
/** Design words that tell a bug sitting somewhere: "a bug in …". */
const BUG_IN = /\b(?:bugs?|flaws?|defects?) in\b/i;
/** Process-gap words that tell a flaw sitting in a way of working ("gaps in our release and review process"). */
const PROCESS_FLAW = /^(?:flaws?|gaps?|weakness(?:es)?|shortcomings?|holes?|deficienc(?:y|ies)) in\b/i;

/** The words of a process gap that tell of what the team did not know. */
const KNOWLEDGE = /\b(?:knowledge|understanding|expertise|experience|misunderst\w*)\b/i;

/**
 * A message the software printed, quoted ("a "Connection reset by peer" error", `Access
 * denied`, `TypeError: x is not a function`): its words are the program's, not the author's
 * account of a cause.
 */
const QUOTED_MESSAGE = /"[^"\n]{1,100}"|\u201c[^\u201d\n]{1,100}\u201d|`[^`\n]{1,100}`/g;
const MESSAGE_WORDS =
  /\b(?:[a-z]\w*(?:error|exception)|errors?|exceptions?|denied|refused|failed|failure|warning|timed out|not found|unavailable|forbidden)\b/i;

/** The line without the error messages it quotes. */
function withoutMessages(line: string): string {
  if (!/["`\u201c]/.test(line)) return line;
  return line.replace(QUOTED_MESSAGE, (quote) => (MESSAGE_WORDS.test(quote) ? ' ' : quote));
}

/**
 * A name written in the line, not words of the author's account: a code span of one token
 * (`quota-sync`, `retry_budget`; a span with a setting, `retries = 0`, is no name), a link's
 * address, a host or domain name (status.example.org), an identifier joined by underscores
 * (max_conn_pool). A service named after what it is ("the mirrors.example.org
 * host", `vendor-sync`) tells no trigger; what the sentence says of it still counts. A version
 * (v2.4.1) is no name here: a release told by its number is a change. Categories still read
 * names: a host named for the tool it runs ("the sentry.example.org redirect") is that tool.
 */
/** The domain endings a host name is read by. */
const DOMAINS = 'com|org|net|io|dev|app|co|uk|de|eu|info|cloud|gov|edu';
/** The kinds of name `NAME_WRITTEN` reads: a code span, a link, a host name, an identifier with underscores. */
const NAME_PARTS = {
  code: '`[^`\\s=:]{1,100}`',
  link: '\\bhttps?:\\/\\/[^\\s)>\\]]{1,2000}',
  host: `\\b[a-z][\\w-]*(?:\\.[a-z][\\w-]*)*\\.(?:${DOMAINS})\\b`,
  identifier: '\\b[a-z][a-z0-9]*(?:\\\\?_[a-z0-9]+)+\\b',
};
const NAME_WRITTEN = new RegExp([NAME_PARTS.code, NAME_PARTS.link, NAME_PARTS.host, NAME_PARTS.identifier].join('|'), 'gi');
/**
 * `NAME_WRITTEN` without its host names, for a line with no domain ending in it: the host name
 * branch tries every word start of a long hyphenated word to its end, which is quadratic in the
 * word, and it can match only where a domain ending is written.
 */
const NAME_WRITTEN_NO_HOST = new RegExp([NAME_PARTS.code, NAME_PARTS.link, NAME_PARTS.identifier].join('|'), 'gi');
const DOMAIN_ENDING = new RegExp(`\\.(?:${DOMAINS})\\b`, 'i');

/** A word of a name: a capital, then letters, digits, `_`, `.`, `'` or `-`. */
const CAPITAL_WORD = /^[A-Z][\w.'-]*$/;
/** A word that is put as one neutral word: a capital, a small letter, then letters, digits, `_` or `-`. */
const NAME_WORD = /^[A-Z][a-z][\w-]*$/;

/** A word character of `\b` (ASCII letters, digits, `_`), by its code. */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Whether a word (no spaces) ends as `\b[a-z][\w'-]*`: a small letter after a word's edge, then letters, digits, `_`, `'` or `-` to its end. */
function endsLowerWord(word: string): boolean {
  let k = word.length;
  for (; k > 0; k--) {
    const c = word.charCodeAt(k - 1);
    if (!isWordCode(c) && c !== 39 && c !== 45) break;
  }
  for (let j = k; j < word.length; j++) {
    const c = word.charCodeAt(j);
    // At `k` the character before is not a word character (or there is none); after it, only `'` and `-` are not.
    if (c >= 97 && c <= 122 && (j === k || !isWordCode(word.charCodeAt(j - 1)))) return true;
  }
  return false;
}

/**
 * A capitalised word inside a proper name told in a sentence, put as "X": after a lower-case word,
 * between two other capitalised words ("the Regional Vendor Directory page", "a brief Partner
 * Release Tracker outage"). It is a word of the product's name, not of what happened, so it tells
 * no trigger; the first and last words of the name stay (a vendor's name, "Google Cloud"). A
 * heading in title case has no lower-case word before its run and is read as it is.
 *
 * This is `text.replace(/(?<=\b[a-z][\w'-]* (?:[A-Z][\w.'-]* )+)[A-Z][a-z][\w-]*(?= [A-Z][\w.-]*\b)/g, 'X')`,
 * read in one pass over the words between single spaces: the pattern looks back from every
 * capitalised word over the whole run of capitalised words before it, quadratic on a long run.
 */
export function nameWordsAsX(text: string): string {
  if (!/ [A-Z][\w.'-]* [A-Z]/.test(text)) return text;
  const words = text.split(' ');
  // `told[i]`: the text up to the end of word i ends as `\b[a-z][\w'-]*( [A-Z][\w.'-]*)*`.
  const told: boolean[] = new Array<boolean>(words.length);
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const capital = CAPITAL_WORD.test(word);
    if (i >= 2 && told[i - 2] && CAPITAL_WORD.test(words[i - 1]) && i + 1 < words.length && /^[A-Z]/.test(words[i + 1]) && NAME_WORD.test(word)) {
      words[i] = 'X';
      changed = true;
    }
    told[i] = endsLowerWord(word) || (capital && i > 0 && told[i - 1]);
  }
  return changed ? words.join(' ') : text;
}

/** The line with every name it writes put as one neutral word, so that the sentence around it still reads. */
function withoutNames(line: string): string {
  if (!/[`_.]/.test(line)) return line;
  return line.replace(DOMAIN_ENDING.test(line) ? NAME_WRITTEN : NAME_WRITTEN_NO_HOST, (name) => (/^[`"]/.test(name) && MESSAGE_WORDS.test(name) ? name : 'x'));
}

/**
 * A sentence that tells the response, not why the failure happened: it opens on the moment the
 * failure became known ("As soon as the fault was known, the whole team …", "Once we noticed
 * the queue backing up, we …"), on what a step was to repair ("To restore the lost rows, we
 * replayed a backup …"), apologises to the readers ("We apologise for the delay in updates"),
 * or looks back at what the responders could have tried "when we first saw it".
 * Its words name no contributing factor.
 */
const RESPONSE_SENTENCE =
  /(?:^|(?<=[.!?]\s))\s*(?:(?:[-*+>]|\d{1,3}[.)])\s+)?(?:(?:as soon as|once|when|after|upon)\b(?:[^.!?;,]){0,80}?\b(?:became (?:known|aware|apparent|clear)|(?:was|were) (?:detected|reported|noticed|discovered|found)|(?:we|they|the team|i|someone) (?:first )?(?:noticed|learned|reali[sz]ed|discovered|detected|found out|saw|spotted|(?:were|was) (?:alerted|notified|paged)))\b|(?:we|i) (?:apologi[sz]e|are sorry|am sorry|regret)\b|to (?:repair|restore|recover|undo|reverse|work around|clean up|bring back|bring (?:[\w-]+ ){1,3}back|get (?:[\w-]+ ){1,3}back)\b[^.!?;]{0,120}?, (?:we|i|the team|they|our (?:[\w-]+ )?(?:team|engineers|admins))\b|[^.!?]{0,200}?\bwhen (?:we|i|they|the team) first (?:saw|noticed|spotted|heard|learned|found)\b)[^.!?]*[.!?]?/gi;

/**
 * A paragraph that opens on the moment the failure became known ("As soon as the fault was
 * known, …", "Once we noticed the backlog, …"): the story of the response, to its end. A gap
 * told in it as such still counts ("…, we paged the owner. There was no runbook for it.").
 */
const RESPONSE_STORY =
  /^\s*(?:(?:[-*+>]|\d{1,3}[.)])\s+)?(?:as soon as|once|upon)\b[^.!?;,]{0,80}?\b(?:became (?:known|aware|apparent|clear)|(?:was|were) (?:detected|reported|noticed|discovered|found)|(?:we|they|the team|i|someone) (?:first )?(?:noticed|learned|reali[sz]ed|discovered|detected|found out|saw|spotted|(?:were|was) (?:alerted|notified|paged)))\b/i;

/** The categories and the triggers, in the order readings list them. */
const CATEGORIES = Object.keys(CATEGORY_PATTERNS);
const TRIGGERS = Object.entries(TRIGGER_PATTERNS);

/** Every pattern a line is read with, but the rare ones read on a few words (`RULED_OUT`, `REMEDY_AIM`, `TOOL_BUG`). */
export const LINE_PATTERNS: readonly RegExp[] = [
  ...Object.values(CATEGORY_PATTERNS),
  ...Object.values(TOLD_PATTERNS),
  ...Object.values(UNCUED_PATTERNS),
  ...Object.values(CATEGORY_TOPICS),
  ...Object.values(TRIGGER_PATTERNS),
  DENIED,
  ROUTE_ANNOUNCEMENT,
  RESPONSE_SENTENCE,
  IMPACT_LABEL,
  DEFICIENCY,
  NO_HARM_CUE,
  NO_HARM,
  USERS_UNABLE,
  RESPONSE_STORY,
  NO_TOPIC,
  REMEDY_SHIPPED,
  REMEDY_ROLLED_OUT,
  FIX_SHIPPED,
  CHANGE_RESTORED,
  RELEASED_AS,
  STATUS_NAME,
  DATA_MERGED,
  ALERTING_MISCONFIGURED,
  SYMPTOM_RISE,
  QUESTION,
  DNS_RECORD,
  VENDOR_CHANGE,
  EXPIRY_TOLD,
  CONFIGURATION_OBJECT,
  CAPACITY_DEMAND,
];

/**
 * The keys of `LINE_PATTERNS` (see `regexKeys`): each pattern is tried only on a text that holds
 * one of the pieces it needs, all found in one pass over the text. Built on first use, from the
 * patterns as they are: a word added to a pattern is in its key by itself.
 */
let keys: RegexKeys | undefined;
function lineKeys(): RegexKeys {
  return (keys ??= regexKeys(LINE_PATTERNS));
}

/** How many lines `readLine` has read, for tests: the readings kept per block spare the lines of unchanged blocks. */
export const lineReads = { count: 0 };

/** Reads one line with every pattern; a pure function of its text. */
function readLine(line: string): LineReading {
  lineReads.count++;
  const k = lineKeys();
  // What set the incident off is read without the names the line writes: a host named after a
  // mirror is no dependency. A quoted error message is kept there as it is (`withoutMessages`).
  const named = withoutNames(line);
  const ruledOut: string[] = [];
  const plainNamed = words(named);
  if (k.may(DENIED, plainNamed))
    for (const denial of plainNamed.match(DENIED) ?? [])
      if (RULED_OUT.test(denial)) for (const [trigger, pattern] of TRIGGERS) if (pattern.test(denial) && !ruledOut.includes(trigger)) ruledOut.push(trigger);
  const text = k.replace(k.replace(plainNamed, DENIED, ' '), ROUTE_ANNOUNCEMENT, 'route advertisement');
  const story = withoutMessages(line);
  const said = story === named ? text : k.replace(k.replace(words(story), DENIED, ' '), ROUTE_ANNOUNCEMENT, 'route advertisement');
  // A sentence that tells the response is not read for causes; the rest of the line is.
  const cause = k.replace(said, RESPONSE_SENTENCE, ' ');
  // What users could not do, and a line labelled as the impact, tell what was lost: no gap.
  const deficient =
    !k.test(IMPACT_LABEL, said) && k.test(DEFICIENCY, k.replace(k.test(NO_HARM_CUE, cause) ? k.replace(cause, NO_HARM, ' ') : cause, USERS_UNABLE, ' '));
  // A topic word only names the topic where it is not an idiom or the place the story was read.
  // In a paragraph that tells the response, only a gap told as such counts: its topic words
  // ("coordinating the validators", "restored the backup") name what the responders did.
  const topics = k.test(RESPONSE_STORY, said) ? '' : deficient ? k.replace(cause, NO_TOPIC, ' ') : cause;
  let categories: LineReading['categories'] = [];
  for (const category of CATEGORIES) {
    const strong = strongEvidence(category, cause);
    const m = strong ?? (deficient ? k.exec(CATEGORY_TOPICS[category], topics) : null);
    if (m) categories.push({ category, strong: !!strong, words: m[0] });
  }
  // A person's act told with the recovery it made possible ("pods deleted by hand, letting the
  // jobs schedule", "restarted the proxy to restore traffic") is a step of the response, not a cause.
  const act = categories.find((c) => c.category === 'human_action');
  if (act && act.strong) {
    const after = said.slice(said.toLowerCase().indexOf(act.words.toLowerCase()) + act.words.length);
    if (REMEDY_AIM.test(after)) categories = categories.filter((c) => c !== act);
  }
  // A bug told as sitting in a tool ("a bug in the provisioning tool") is the tool failing, not a weakness of the design.
  if (categories.some((c) => c.category === 'tooling_failure' && TOOL_BUG.test(c.words)))
    categories = categories.filter((c) => c.category !== 'design_weakness' || !BUG_IN.test(c.words));
  // So is a flaw told as sitting in a process ("weaknesses in the rollout procedure"): the process's gap.
  if (categories.some((c) => c.category === 'process_gap' && PROCESS_FLAW.test(c.words)))
    categories = categories.filter((c) => c.category !== 'design_weakness' || !BUG_IN.test(c.words));
  // A misunderstanding told as a gap in what the team knew is a process gap, not one person's action.
  if (categories.some((c) => c.category === 'process_gap' && KNOWLEDGE.test(c.words)))
    categories = categories.filter((c) => c.category !== 'human_action' || !/^misunderst/i.test(c.words));
  const triggers: LineReading['triggers'] = [];
  let told = nameWordsAsX(k.replace(text.includes('been') ? k.replace(text, REMEDY_SHIPPED, ' ') : text, REMEDY_ROLLED_OUT, ' '));
  for (const pattern of [FIX_SHIPPED, CHANGE_RESTORED, RELEASED_AS, STATUS_NAME, DATA_MERGED, ALERTING_MISCONFIGURED, SYMPTOM_RISE, QUESTION])
    told = k.replace(told, pattern, ' ');
  for (const [trigger, pattern] of TRIGGERS) {
    const m = k.exec(pattern, told);
    if (m) triggers.push({ trigger, words: m[0] });
  }
  const record = triggers.some((t) => t.trigger === 'configuration') ? null : k.exec(DNS_RECORD, told);
  if (record) triggers.push({ trigger: 'configuration', words: record[0] });
  const vendor = k.exec(VENDOR_CHANGE, text);
  if (vendor) {
    const kept = triggers.filter((t) => t.trigger !== 'change' && t.trigger !== 'dependency');
    triggers.length = 0;
    triggers.push(...kept, { trigger: 'dependency', words: vendor[0] });
  }
  // "The PR reworked the shared build settings", "loosen the config loading in a PR": a change to a configuration.
  return {
    categories,
    triggers,
    configuration: k.test(TRIGGER_PATTERNS.configuration, k.replace(text, EXPIRY_TOLD, ' ')) || k.test(CONFIGURATION_OBJECT, text) || !!record,
    demand: k.test(CAPACITY_DEMAND, k.replace(text, SYMPTOM_RISE, ' ')),
    ruledOut,
  };
}

/**
 * Readings of lines, per top-level block node and by the line's text. Causes are read from
 * nearly every line of a post-mortem, and the archive's recurring-incident rule asks for them
 * on every check; the incremental parser hands the unchanged blocks of a new version over as
 * the same node objects, so after an edit only the lines of the changed blocks are read again.
 * An entry goes when its node does.
 */
const readingsPerBlock = new WeakMap<object, Map<string, LineReading>>();

function readingOf(doc: AnalysedDocument, passage: Passage): LineReading {
  const block = blockOnLine(doc.root, passage.line + 1);
  if (!block) return readLine(passage.text);
  let readings = readingsPerBlock.get(block);
  if (!readings) readingsPerBlock.set(block, (readings = new Map<string, LineReading>()));
  let reading = readings.get(passage.text);
  if (!reading) readings.set(passage.text, (reading = readLine(passage.text)));
  return reading;
}

/** A line that starts a block of its own: a list item, a heading, a table row, a quote. */
const BLOCK_START = /^\s*(?:[-*+>|#]|\d{1,3}[.)]\s)/;
/** How much of each side of a line break a seam reads. */
const SEAM_SIDE = 60;

/** The next line goes on with the sentence of this one: same paragraph, no sentence end at the break. */
function continues(line: Passage, next: Passage): boolean {
  return next.line === line.line + 1 && !BLOCK_START.test(next.text) && !/[.!?:;]\s*$/.test(line.text);
}

/**
 * Categories told across a line break ("Nobody" at the end of one line, "checked the calendar"
 * at the start of the next): the strong patterns over the end of a line joined to the start of
 * the next, counted only when the match crosses the break (a match on one side is that line's own).
 */
function readSeam(before: string, after: string): LineReading['categories'] {
  const tail = words(before).replace(ROUTE_ANNOUNCEMENT, 'route advertisement').slice(-SEAM_SIDE).trimEnd();
  const text = `${tail} ${words(after).replace(ROUTE_ANNOUNCEMENT, 'route advertisement').trimStart().slice(0, SEAM_SIDE)}`;
  const out: LineReading['categories'] = [];
  for (const category of Object.keys(CATEGORY_PATTERNS)) {
    const m = strongEvidence(category, text);
    if (m && m.index < tail.length && m.index + m[0].length > tail.length + 1) out.push({ category, strong: true, words: m[0] });
  }
  return out;
}

const seamsPerBlock = new WeakMap<object, Map<string, LineReading['categories']>>();

function seamOf(doc: AnalysedDocument, line: Passage, next: Passage): LineReading['categories'] {
  const block = blockOnLine(doc.root, line.line + 1);
  if (!block) return readSeam(line.text, next.text);
  let seams = seamsPerBlock.get(block);
  if (!seams) seamsPerBlock.set(block, (seams = new Map<string, LineReading['categories']>()));
  const key = `${line.text}\n${next.text}`;
  let seam = seams.get(key);
  if (!seam) seams.set(key, (seam = readSeam(line.text, next.text)));
  return seam;
}

/**
 * Sections whose words may tell why the incident happened: all but the action items (which say
 * what will change, not what was missing). Contributing factors are told everywhere: in the
 * timeline ("no alert fired"), the lessons, a Q&A.
 */
function causeSections(doc: AnalysedDocument): Section[] {
  return sectionsWhere(doc, (_, s) => s.kind !== 'action-items');
}

/** Words that tell a step of the response failed or was put off. */
const STEP_FAILED =
  /\b(?:unsuccessful|(?:was|were) not successful|without success|to no avail|(?:did not|didn't|didn’t) help|had no effect|postpone[sd]?|abandoned)\b/i;

/**
 * The timeline's entries that tell a later step of the recovery: after the first entry that marks
 * the mitigation or the resolution, the entries that mark one themselves ("second attempt: pin the
 * old mirror", "service recovered") tell what was tried or how it ended, not what went wrong. The
 * first such entry is still read, as its marking word may be the failure's own ("the job reverted
 * the cluster's settings"). A person's act told in the recovery is read as before: a recovery
 * section often tells the cause too.
 */
function recoverySteps(doc: AnalysedDocument): Set<number> {
  const steps = new Set<number>();
  let recovering = false;
  for (const entry of doc.model.timeline?.entries ?? []) {
    // A step told as failed or put off ("the attempt was unsuccessful", "decided to postpone the
    // failover") is what was tried, whatever mark the timeline gave it: a step of the response
    // that starts no recovery.
    const failed = STEP_FAILED.test(entry.text);
    const marked = (entry.milestone === 'mitigation' || entry.milestone === 'resolution') && !failed;
    if ((recovering && marked) || failed)
      for (let line = entry.line, last = doc.lines.positionAt(Math.max(entry.start, entry.end - 1)).line; line <= last; line++) steps.add(line);
    recovering ||= marked;
  }
  return steps;
}

/**
 * A person named doing a plain act, with no slip in the words ("@sam merged the fix", "the
 * developer removed the listing", "she ran the job"): who did what. In an entry of the timeline it
 * is the log of the work, as a call to another team noted there is, and tells no factor; a slip
 * told there ("accidentally pushed", "forgot to renew") still does.
 */
const PLAIN_ACT =
  /^\s*(?:@[\w-]{2,39}|he|she|they|i|an? (?:engineer|operator|admin|maintainer|developer|contributor|volunteer)|engineer|operator|developer|admin|administrator|someone|team member)\s+(?:ran|deleted|removed|pushed|merged|applied|edited|modified|changed|restarted|stopped|terminated|made)\b/i;

/** The lines of the timeline's entries. */
function entryLines(doc: AnalysedDocument): Set<number> {
  const lines = new Set<number>();
  for (const entry of doc.model.timeline?.entries ?? [])
    for (let line = entry.line, last = doc.lines.positionAt(Math.max(entry.start, entry.end - 1)).line; line <= last; line++) lines.add(line);
  return lines;
}

/** A sentence that states the cause as such: "The root cause was …", "the root cause is that …". */
const CAUSE_STATED = /\broot[- ]causes? (?:was|were|is|are)\b/i;

/**
 * Lines of the action items that state the root cause: a plan often opens by saying what it
 * answers ("The root cause was a missing check, so we will …"), and that sentence is a cause told.
 */
function causeStatedInActions(doc: AnalysedDocument): Passage[] {
  return sectionsOfKind(doc, 'action-items')
    .flatMap((s) => sectionLines(doc, s))
    .filter((p) => CAUSE_STATED.test(p.text));
}

/**
 * An action item that adds an alert or monitoring for something ("Add alerting for worker
 * restarts", "Set up monitoring of the replica lag"), puts a service to watching it ("use a
 * status service to monitor every hostname"), or adds checks that probe it from outside ("run
 * synthetic probes against the checkout"): nothing watched it during the incident. So does one
 * told as done ("we've added alerts for high memory", "the increased monitoring on staging").
 */
const ADDED_DETECTION =
  /\b(?:add|adding|added|set up|setting up|spin up|introduce|introducing|introduced|create|creating|created|implement|implementing|implemented|put in place)\b (?:(?:an?|the|some|more|new|proper|automated|basic|better) )?(?:[\w-]+ ){0,2}?(?:monitoring|alerting|alerts?|alarms?)\b|\bincreas(?:e|ed|ing) (?:the |our )?(?:[\w-]+ ){0,2}?(?:monitoring|alerting)\b(?! (?:thresholds?|levels?|limits?|intervals?|delays?|noise)\b)|\b(?:use|using|adopt|adopting|subscribe to|sign up for)\b (?:an? |the |some )?(?:[\w-]+ ){0,3}?(?:service|tool|probe|checker|monitor)s? to (?:monitor|watch|check|alert|probe)\b|\b(?:add|adding|set up|setting up|introduce|introducing|implement|implementing|issue|issuing|run|running|enable|enabling) (?:an? |the |some |more |new )?(?:active |external |synthetic |end-to-end )(?:[\w-]+ )?(?:health ?checks?|uptime checks?|probes?)\b/i;

/**
 * An item the team had planned before the incident ("(Already planned) Add alerting for …", "this
 * was on our roadmap"): it tells the team's own plans, not a check the incident showed missing.
 */
const PLANNED_BEFORE =
  /\b(?:already|previously) (?:planned|scheduled|under ?way|in (?:progress|the works|flight)|on (?:the|our) roadmap)\b|\b(?:was|were) (?:already )?on (?:the|our) roadmap\b/i;

/** The first line of the action items that adds alerting or monitoring (not one planned before), and its words. */
function addedDetection(doc: AnalysedDocument): { passage: Passage; words: string } | null {
  for (const section of sectionsOfKind(doc, 'action-items'))
    for (const passage of sectionLines(doc, section)) {
      const text = words(passage.text);
      const m = ADDED_DETECTION.exec(text);
      if (m && !PLANNED_BEFORE.test(text)) return { passage, words: m[0] };
    }
  // A plan told outside any section of its own (a numbered list that a closing paragraph opens
  // with "so that it does not recur, we will …") is read where the model found its items.
  for (const item of doc.model.actionItems) {
    const said = doc.text.slice(item.start, Math.min(item.end, item.start + ITEM_BUDGET));
    const text = words(said);
    const m = ADDED_DETECTION.exec(text);
    if (m && !PLANNED_BEFORE.test(text)) return { passage: { line: doc.lines.positionAt(item.start).line, text: said, start: item.start }, words: m[0] };
  }
  return null;
}

/** A timeline entry telling the incident found by the monitoring ("disk alert fires", "on-call paged by the error alert"). */
const FOUND_BY_ALERT = /\b(?:alert\w*|alarm\w*|paged|pages|monitoring)\b/i;

/**
 * An action item the kind reading takes for detection, by its own words, a written kind or the
 * plan's sub-heading ("Alert on the queue's age", a Detection row, log coverage under
 * "Monitoring"): the plan finds such a failure sooner, so the story's hint that nothing found this
 * one in time (`hint`, a line outside the items) is the factor. Not an item planned before the
 * incident, nor when the timeline tells the incident found by an alert: the monitoring did its
 * work, and more of it is coverage, not a gap.
 */
function detectionItem(doc: AnalysedDocument, hint: number): { passage: Passage; words: string } | null {
  const items = doc.model.actionItems;
  if (items.some((item) => doc.lines.positionAt(item.start).line <= hint && hint <= doc.lines.positionAt(Math.max(item.start, item.end - 1)).line)) return null;
  const found = doc.model.timeline?.entries.find((e) => e.milestone === 'detection');
  if (found && FOUND_BY_ALERT.test(found.text)) return null;
  const kinds = itemKindsOf(doc);
  for (const [i, item] of items.entries()) {
    if (kinds[i].kind !== 'detection') continue;
    const said = doc.text.slice(item.start, Math.min(item.end, item.start + ITEM_BUDGET));
    if (!PLANNED_BEFORE.test(words(said)))
      return { passage: { line: doc.lines.positionAt(item.start).line, text: said, start: item.start }, words: kinds[i].evidence[0] ?? 'detection' };
  }
  return null;
}

/**
 * A check put into the way changes go out, told as the remedy: a test, review or scan run before
 * a change reaches production ("try the hooks on staging before they go live"), after every
 * change or build ("scan the zone after each record change", "a step that tests the bundle once
 * it is built" told as "after building the bundle"), or while changes are reviewed ("weigh the
 * quota when reviewing proposed changes"). The remedy names the step the process lacked: a test
 * or review is a process gap, a scan or a monitor a missing tool.
 */
const CHECK_STEP = new RegExp(
  String.raw`\b(?:(?<process>(?:smoke[- ])?test(?:s|ing)?|review(?:s|ing)?|verif(?:y|ying|ication)|validat(?:e|ing|ion)|dry[- ]runs?)|(?<tooling>scan(?:s|ning)?|monitor(?:s|ing)?|probes?))\b` +
    String.raw`[^;!?\n]{0,100}?\b(?:before (?:[\w-]+ ){0,3}?(?:production|prod|live|deploy(?:s|ed|ing|ments?)?|releas(?:e|es|ed|ing)|merg(?:e|es|ed|ing)|rollouts?|roll(?:ed|ing)? out|ship(?:s|ped|ping)?)\b|after (?:any|each|every|the final|(?:making|building|creating|cutting) the(?: final)?) (?:[\w-]+ ){0,2}?(?:changes?|deploy(?:s|ments?)?|builds?|bundles?|releases?|merges?)\b)` +
    String.raw`|\b(?:when|while|whenever) (?:reviewing|approving) (?:any |all |each |every )?(?:proposed |future |new |pending )?(?:[\w-]+ )?changes\b`,
  'i',
);

/** Closer coordination told as what would have helped ("tighter hand-offs between the teams could have cut the delay"). */
const COORDINATION_WANTED =
  /\b(?:closer|better|tighter|earlier|clearer)\s+(?:coordination|communication|hand-?offs?|hand-?overs?)\b[^.;!?\n]{0,120}?\b(?:could|would|may|might) (?:[\w-]+ )?have\b|\b(?:could|would|may|might) (?:[\w-]+ )?have (?:[\w-]+ ){1,6}?(?:with|through|given) (?:closer|better|tighter|earlier|clearer) (?:coordination|communication|hand-?offs?|hand-?overs?)\b/i;

/**
 * Production kept apart from testing told as the remedy ("separate clusters for production and
 * non-production workloads", "a separate project for testing"): the isolation the design lacked.
 */
const ISOLATION_WANTED =
  /\bseparate (?:[\w-]+ ){0,2}?(?:clusters?|environments?|accounts?|databases?|projects?|instances?|namespaces?) (?:for|between) (?:the )?(?:prod|live|non-?prod|staging|test|dev)/i;

/**
 * A line told as a remedy outside the plan: a future or a wish (will, should, could, would have),
 * an added step ("an additional test"), a lesson, or a list item that opens on the step to take.
 */
const REMEDY_TOLD =
  /\b(?:will|would|could|should|might|may have|going to|plans? to|needs? to|must|an? (?:additional|new|extra)|in (?:the )?future|going forward|moving forward)\b|^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\*\*|__)?(?:test|review|verify|validate|scan|run|add|adding|introduce|require|automate)\b/i;

/** A remedy that refines what already worked ("improve the tests run before each release", "more thorough reviews"): no step was missing. */
const REFINES = /\b(?:improv\w*|enhanc\w*|extend\w*|expand\w*|speed\w* up|faster|more (?:thorough|reliable|robust|frequent)|better)\b/i;

/**
 * The factor a remedy names (CHECK_STEP, COORDINATION_WANTED, ISOLATION_WANTED), read from the action items and,
 * where told as a remedy, from the other passages; the first line that names each category.
 */
function remedyFactors(doc: AnalysedDocument, passages: readonly Passage[]): Map<string, { line: number; words: string }> {
  const out = new Map<string, { line: number; words: string }>();
  const planned = new Set<number>();
  const plan = sectionsOfKind(doc, 'action-items').flatMap((s) => sectionLines(doc, s));
  for (const p of plan) planned.add(p.line);
  for (const passage of [...plan, ...passages]) {
    if (!/\b(?:test|review|verif|validat|dry|scan|monitor|probe|coordinat|communicat|hand|separat)/i.test(passage.text)) continue;
    const text = words(passage.text);
    if (!planned.has(passage.line) && !REMEDY_TOLD.test(text)) continue;
    const apart = ISOLATION_WANTED.exec(text);
    if (apart && !out.has('design_weakness')) out.set('design_weakness', { line: passage.line, words: apart[0] });
    const wanted = COORDINATION_WANTED.exec(text);
    if (wanted && !out.has('communication_breakdown')) out.set('communication_breakdown', { line: passage.line, words: wanted[0] });
    if (REFINES.test(text)) continue;
    const step = CHECK_STEP.exec(text);
    if (!step) continue;
    const category = step.groups?.tooling ? 'tooling_failure' : 'process_gap';
    if (!out.has(category)) out.set(category, { line: passage.line, words: step[0] });
  }
  return out;
}

/** Characters of an action item read for the monitoring it adds: a plan says it in its first sentences. */
const ITEM_BUDGET = 600;

/**
 * A heading that asks why the incident lasted ("Why was the downtime so long?", "Why did recovery
 * take so long?", "What delayed detection?"): its section tells what kept it going, not what set
 * it off. Its words still count as contributing factors.
 */
const DURATION_HEADING =
  /\b(?:so|too) long\b|\blong(?:er)? (?:than (?:it should|expected|needed)|to (?:detect|notice|recover|resolve|restore|fix|mitigate|respond))\b|\bdelay(?:ed|s)? (?:in )?(?:the )?(?:detection|detecting|recovery|recovering|response|responding|resolution|mitigation)\b/;

/**
 * A heading or a bold label that asks why the failure was not caught sooner ("Why it was not
 * caught sooner:", "Why it wasn't noticed", "Why the alarm never detected it", "Detection was slow",
 * "It took two days to notice", "Delays in detecting the outage"). Not one
 * that asks why the recovery took long: that is the response.
 */
const DETECTION_QUESTION =
  /\bwhy\b[^?\n]{0,60}?(?:\bnot|\bnever|n't)\b[^?\n]{0,40}?\b(?:caught|noticed|detected|spotted|surfaced|found)\b|\bdetection (?:lagged|was (?:slow|late|delayed))\b|\btook\b[^?\n]{0,40}?\bto (?:notice|detect|spot|catch)\b|\bdelay(?:ed|s)? (?:in )?(?:the )?(?:detection|detecting)\b/i;

/**
 * The other words of a heading or a bold label over a part that tells what did not set the
 * incident off: what was ruled out ("Suspects we cleared: ruled out", "**Theory A: a bad disk** - RULED OUT",
 * "**2. Ruled out the network.**", "Not the cause", "a red herring"). With `DETECTION_QUESTION`,
 * why the failure was not caught sooner, they head the parts `asideLines` reads.
 */
const RULED_OUT_HEADING = /\bruled out\b|\bnot (?:the |a )?(?:root )?cause\b|\bred herrings?\b/i;

/** The words of a heading or a bold label (as `words` gives them) that ask why the failure was not caught sooner (`DETECTION_QUESTION`), or null. */
function asksDetection(said: string): string | null {
  return DETECTION_QUESTION.exec(said)?.[0] ?? null;
}

/** True for the words of a heading or a bold label over a part that tells what did not set the incident off: `asksDetection` or `RULED_OUT_HEADING`. */
function headsAside(said: string): boolean {
  return asksDetection(said) !== null || RULED_OUT_HEADING.test(said);
}

/** A line led by bold words ("**Why it was not caught sooner:**", "- **Theory B: the cache** - CONFIRMED"): the label and up to 40 characters after it. */
const BOLD_LED =
  /^\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?(?:\*\*|__)([^*_\n]{1,120}?)(?:\*\*|__)([^\n]{0,40})$|^\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?(?:\*\*|__)([^*_\n]{1,120}?)(?:\*\*|__)/;

/**
 * The bold label that leads a line, after a bullet or a number if any (`BOLD_LED`), and, when the
 * line ends within 40 characters of it, the words after it ("**Theory B: the cache** - CONFIRMED"
 * gives the label and " - CONFIRMED"); null for a line led by no bold words.
 */
function boldLabel(line: string): { label: string; after: string | null } | null {
  const bold = /\*\*|__/.test(line) ? BOLD_LED.exec(line) : null;
  if (!bold) return null;
  return bold[1] !== undefined ? { label: bold[1], after: bold[2] } : { label: bold[3], after: null };
}

/**
 * The lines of the parts `headsAside` heads: a section's body (its subsections included), or,
 * under a bold label that is no section, its line and the lines that follow it without a blank
 * line, up to the next bold label or heading (past one blank line when the label stands alone on its line).
 * What they tell is how the failure stayed hidden or what the authors excluded: the words of a
 * deploy or an upgrade there name no trigger. Their factors still count.
 */
function asideLines(doc: AnalysedDocument, passages: readonly Passage[]): Set<number> {
  const out = new Set<number>();
  for (const section of doc.model.sections) if (headsAside(words(section.heading.text))) for (const p of labelledLines(doc, section)) out.add(p.line);
  const sorted = [...new Map(passages.map((p) => [p.line, p])).values()].sort((a, b) => a.line - b.line);
  let last = -2;
  let gap = false;
  let governing = false;
  for (const p of sorted) {
    const bold = boldLabel(p.text);
    if (/^\s{0,3}#/.test(p.text)) governing = false;
    else if (bold) {
      governing = headsAside(words(bold.after !== null ? `${bold.label} ${bold.after}` : bold.label));
      // A label alone on its line ("**Why it was not caught sooner:**") heads the block after one blank line too.
      gap = governing && bold.after !== null && !/\p{L}/u.test(bold.after.replace(/ruled out|confirmed/gi, '').replace(/[-–—:.\s]/g, ''));
    } else if (governing && p.line !== last + 1 && !(gap && p.line === last + 2)) governing = false;
    else if (governing) gap = false;
    if (governing) out.add(p.line);
    last = p.line;
  }
  return out;
}

/**
 * The first part the authors head as asking why the failure was not caught sooner
 * (`DETECTION_QUESTION`): a section with words under it (not one of the plan), or a bold label on
 * a line of the passages. Asking it, they tell that what should have found the failure did not:
 * the tooling's gap, whatever words they use under it.
 */
function detectionAsked(doc: AnalysedDocument, passages: readonly Passage[]): { line: number; words: string } | null {
  for (const section of doc.model.sections) {
    if (section.kind === 'action-items') continue;
    const asked = asksDetection(words(section.heading.text));
    if (asked !== null && labelledLines(doc, section).length) return { line: section.heading.line, words: asked };
  }
  for (const passage of passages) {
    const bold = boldLabel(passage.text);
    const asked = bold ? asksDetection(words(bold.label)) : null;
    if (asked !== null) return { line: passage.line, words: asked };
  }
  return null;
}

/** Sections that say what set the incident off: the root cause and the summary, but those about how long it lasted. */
function triggerSections(doc: AnalysedDocument): Section[] {
  const rootCause = sectionsOfKind(doc, 'root-cause').filter((s) => !DURATION_HEADING.test(s.heading.text.toLowerCase()));
  const extra = sectionsWhere(
    doc,
    (h, s) => s.kind !== 'root-cause' && /\b(?:contributing|what went wrong|causes?|trigger|how did this happen|what happened)\b/.test(h),
  );
  const found = [...rootCause, ...extra];
  // A log of updates, each headed by its stamp ("11:30 UTC", "Tue 4 May, 14:05") and none a section:
  // with no section for the cause, the updates are where the report tells it.
  if (!found.length) found.push(...sectionsWhere(doc, (_, s) => !s.kinds.length && isOnlyStamp(s.heading.text)));
  return found.sort((a, b) => a.heading.start - b.heading.start);
}

/** A heading over the list of what contributed: "Contributing factors", "Causes", "Contributing conditions". */
const FACTOR_HEADING = /\bcontribut\w*|\bcauses\b|\bfactors\b/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s/;

/** The lines that are items of a list under a heading naming the contributing factors. */
function factorListLines(doc: AnalysedDocument): Set<number> {
  const out = new Set<number>();
  for (const section of sectionsWhere(doc, (h) => FACTOR_HEADING.test(h)))
    for (const passage of sectionLines(doc, section)) if (LIST_ITEM.test(passage.text)) out.add(passage.line);
  return out;
}

/**
 * Lines a `- **Label:** text` list under a "Contributing factors" heading labels with a category.
 * A list whose labels are the author's own ("**Queue load:**", "**Missing alert:**", "**System
 * clock:**") is no sorting into the taxonomy, though one label may open on a category's word
 * ("System", "Process"): unless most of its answered labels name a category, none of them is read
 * as one (nor reported as an unknown name), and its items are read as the rest of the story is.
 */
function labelledFactors(doc: AnalysedDocument, settings: FactSettings, out: CategoryFact[], unknown: UnknownLabel[]): void {
  for (const section of sectionsWhere(doc, (h) => /\bcontributing factors?\b|\broot[- ]cause categor/.test(h))) {
    const named: CategoryFact[] = [];
    const unnamed: UnknownLabel[] = [];
    for (const passage of sectionLines(doc, section)) {
      const m = /^\s*(?:[-*+]|\d+[.)])\s+(?:\*\*|__)?([^:*_\n]{2,80}?)(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)\s*(.*)$/.exec(passage.text);
      if (!m) continue;
      const said = m[2].trim();
      // A label left as the snippet wrote it, or answered "None", says nothing.
      if (!said || /^(?:none|n\/a|na|-|—|todo\b|tbd\b)/i.test(said) || said.startsWith('${')) continue;
      const entry = lookup(settings.categories, m[1]) ?? lookup(settings.categories, m[1].split(/\s+/)[0]);
      if (entry) named.push({ category: entry.id, source: 'explicit', line: passage.line, evidence: [m[1].trim()] });
      else unnamed.push({ text: m[1].trim(), line: passage.line, where: 'Contributing factors' });
    }
    if (unnamed.length >= named.length) continue;
    out.push(...named);
    unknown.push(...unnamed);
  }
}

/** Reads the contributing factors (explicit ones first, else inferred) and the trigger. */
export function readCauses(doc: AnalysedDocument, settings: FactSettings): CausesFact {
  const categories: CategoryFact[] = [];
  const unknown: UnknownLabel[] = [];
  let trigger: TriggerFact | null = null;
  const fm = doc.model.frontMatter;
  const fmLine = fm ? doc.lines.positionAt(fm.start).line : 0;
  if (fm) {
    for (const key of FRONT_MATTER_CATEGORY_KEYS) {
      const names = namesOf(fm.data[key]);
      for (const name of names ?? []) {
        const entry = lookup(settings.categories, name);
        if (entry) categories.push({ category: entry.id, source: 'explicit', line: fmLine, evidence: [name] });
        else if (!lookup(settings.triggers, name)) unknown.push({ text: name, line: fmLine, where: `front matter "${key}"` });
      }
    }
    for (const key of FRONT_MATTER_TRIGGER_KEYS) {
      const value = fm.data[key];
      if (typeof value !== 'string') continue;
      const entry = lookup(settings.triggers, value);
      if (entry) trigger ??= { trigger: entry.id, source: 'explicit', line: fmLine, evidence: [value] };
      else unknown.push({ text: value, line: fmLine, where: `front matter "${key}"` });
    }
  }
  // GitLab-style scoped labels: RootCause::Config-Change.
  if (doc.text.includes('RootCause::')) {
    const labels = /RootCause::([\p{L}\p{N}_-]{1,60})/gu;
    for (let m = labels.exec(doc.text); m; m = labels.exec(doc.text)) {
      const line = doc.lines.positionAt(m.index).line;
      const name = m[1].replace(/-/g, ' ');
      const category = lookup(settings.categories, name);
      const trig = lookup(settings.triggers, name);
      if (category) categories.push({ category: category.id, source: 'explicit', line, evidence: [m[0]] });
      else if (trig) trigger ??= { trigger: trig.id, source: 'explicit', line, evidence: [m[0]] };
      else unknown.push({ text: m[0], line, where: 'RootCause label' });
    }
  }
  labelledFactors(doc, settings, categories, unknown);

  const known = new Set(settings.categories.map((c) => c.id));
  let confident = true;
  if (!categories.length) {
    // The story told before any heading counts as the sections do.
    const steps = recoverySteps(doc);
    const logged = entryLines(doc);
    const passages = [...looseLines(doc), ...causeSections(doc).flatMap((s) => sectionLines(doc, s)), ...causeStatedInActions(doc)];
    const hits = new Map<string, { fact: CategoryFact; score: number; told: boolean }>();
    const listed = factorListLines(doc);
    const accounts = causeAccounts(doc);
    for (let i = 0; i < passages.length; i++) {
      const passage = passages[i];
      // An item of a list the author headed as the factors is a factor told as such: its evidence counts a point more.
      const bonus = listed.has(passage.line) ? 1 : 0;
      const reading = readingOf(doc, passage);
      const next = passages[i + 1];
      const seam = next && continues(passage, next) ? seamOf(doc, passage, next) : [];
      // A human act or a breakage told plainly in a cause passage, or on a line labelled the cause (cause-accounts.ts).
      const labelled = accounts.has(passage.line) ? null : labelledBreak(passage.text);
      const plainly = accounts.get(passage.line) ?? (labelled ? [labelled] : []);
      const told = plainly.length ? [...seam, ...plainly.map((a) => ({ ...a, strong: true }))] : seam;
      for (const { category, strong, words } of told.length ? [...reading.categories, ...told] : reading.categories) {
        if (!known.has(category)) continue;
        // A later step of the recovery tells no factor.
        if (steps.has(passage.line)) continue;
        // Nor does a person's plain act logged in the timeline.
        if (category === 'human_action' && strong && logged.has(passage.line) && PLAIN_ACT.test(words)) continue;
        const points = (strong ? 2 : 1) + bonus;
        const hit = hits.get(category);
        if (hit) {
          hit.score += points;
          hit.told ||= strong && GAP_TOLD.test(words);
          if (hit.fact.evidence.length < 5) hit.fact.evidence.push(words);
        } else
          hits.set(category, {
            fact: { category, source: 'inferred', line: passage.line, evidence: [words] },
            score: points,
            told: strong && GAP_TOLD.test(words),
          });
      }
    }
    // A plan that adds the alerting or monitoring tells the check that was missing; so it does
    // beside a hint of the story too weak to name it alone. Any item of detection kind only lifts such a hint.
    const hinted = hits.get('tooling_failure');
    if (known.has('tooling_failure') && (!hinted || hinted.score < MIN_SCORE)) {
      const added = addedDetection(doc) ?? (hinted ? detectionItem(doc, hinted.fact.line) : null);
      if (added && hinted) {
        hinted.score = MIN_SCORE;
        hinted.told = true;
        hinted.fact.evidence.push(added.words);
      } else if (added)
        hits.set('tooling_failure', {
          fact: { category: 'tooling_failure', source: 'inferred', line: added.passage.line, evidence: [added.words] },
          score: MIN_SCORE,
          told: true,
        });
    }
    // A remedy that adds a test, review or scan to the way changes go out, or wishes for closer
    // coordination, names the step that was missing: as the added monitoring does, it tells the
    // factor alone or lifts a hint of the story too weak to name it.
    for (const [category, { line, words: said }] of remedyFactors(doc, passages)) {
      if (!known.has(category)) continue;
      const hit = hits.get(category);
      if (!hit) hits.set(category, { fact: { category, source: 'inferred', line, evidence: [said] }, score: MIN_SCORE, told: true });
      else if (hit.score < MIN_SCORE || !hit.told) {
        hit.score = Math.max(hit.score, MIN_SCORE);
        hit.told = true;
        if (hit.fact.evidence.length < 5) hit.fact.evidence.push(said);
      }
    }
    // A part headed as why the failure was not caught sooner tells the detection's gap, as an added alert does.
    const asked = known.has('tooling_failure') ? detectionAsked(doc, passages) : null;
    if (asked) {
      const hit = hits.get('tooling_failure');
      if (!hit)
        hits.set('tooling_failure', {
          fact: { category: 'tooling_failure', source: 'inferred', line: asked.line, evidence: [asked.words] },
          score: MIN_SCORE,
          told: true,
        });
      else if (hit.score < MIN_SCORE || !hit.told) {
        hit.score = Math.max(hit.score, MIN_SCORE);
        hit.told = true;
        if (hit.fact.evidence.length < 5) hit.fact.evidence.push(asked.words);
      }
    }
    // A chain of whys ends where its authors stopped asking: the last answer is the root cause as
    // they see it. Where it names a process (a review, a checklist, the testing, who may approve),
    // the gap is in that process though no word says it is missing.
    const whys = known.has('process_gap') ? readRootCause(doc)?.whys : null;
    const named = whys && whys.lastAnswerAbout === 'system' ? CATEGORY_TOPICS.process_gap.exec(whys.lastAnswer) : null;
    if (whys && named) {
      const hit = hits.get('process_gap');
      if (!hit)
        hits.set('process_gap', {
          fact: { category: 'process_gap', source: 'inferred', line: whys.line, evidence: [named[0]] },
          score: MIN_SCORE,
          told: true,
        });
      else if (hit.score < MIN_SCORE) {
        hit.score = MIN_SCORE;
        hit.fact.evidence.push(named[0]);
      }
    }
    for (const { fact, score, told } of hits.values())
      if (score >= (THRESHOLD[fact.category] ?? MIN_SCORE) || (told && score >= MIN_SCORE)) categories.push(fact);
    confident = categories.length > 0;
  }
  if (!trigger)
    trigger = inferTrigger(
      doc,
      triggerSections(doc).flatMap((s) => labelledLines(doc, s)),
      settings,
    );
  // One fact per category: the first place it is said.
  const seen = new Set<string>();
  const unique = categories.filter((c) => !seen.has(c.category) && seen.add(c.category));
  return { categories: unique, trigger, confident, unknown };
}

/**
 * The title a blog post gives in its front matter (`title: …`) when the document has no heading
 * of its own for it: it names the incident as a first heading would.
 */
function frontMatterTitle(doc: AnalysedDocument): Passage | null {
  const fm = doc.model.frontMatter;
  const value = fm?.data.title;
  if (!fm || typeof value !== 'string' || !value.trim()) return null;
  const at = /^title\s*[:=]/im.exec(doc.text.slice(fm.start, fm.end));
  const start = at ? fm.start + at.index : fm.start;
  return { line: doc.lines.positionAt(start).line, text: value.slice(0, 300), start };
}

/** A title that names an upgrade: "v4 upgrade postmortem", "Talos 1.13 Upgrade Incident", "Upgrading the mail relay". */
const UPGRADE_TITLE = /\bupgrad(?:e|es|ed|ing)\b/i;

/** A failure told as coming after an upgrade or an update: "Boot failure after kernel update", "Wi-Fi failure after apt upgrade". */
const AFTER_UPGRADE =
  /\b(?:fail(?:s|ed|ing|ures?)?|outages?|crash(?:es|ed|ing)?|broken|breakages?|downtime|hangs?|hung|freez(?:e|es|ing)|froze|errors?|regressions?|bootloops?)\b[^.!?\n]{0,60}?\b(?:after|following) (?:an? |the |our |its |a recent |the latest )?(?:[\w./-]+ ){0,3}?(?:upgrades?|updates?)\b/i;

/** The story rules an upgrade or an update out ("had nothing to do with the kernel update"). */
function upgradeRuledOut(story: readonly Passage[]): boolean {
  return story.some(
    (p) => /\bupgrad|\bupdat/i.test(p.text) && (words(p.text).match(DENIED) ?? []).some((d) => RULED_OUT.test(d) && /\bupgrad|\bupdat/i.test(d)),
  );
}

/** At most this many headings are read for a failure told as coming after an upgrade. */
const MAX_AFTER_HEADINGS = 200;

/** The first Markdown heading (the title first) that tells a failure after an upgrade or an update, with its line and words, or null. */
function afterUpgrade(doc: AnalysedDocument, title: Passage | null): { line: number; words: string } | null {
  const headings: Passage[] = title ? [title] : [];
  for (const section of doc.model.sections.slice(0, MAX_AFTER_HEADINGS))
    if (section.source === 'heading') headings.push({ line: section.heading.line, text: section.heading.text, start: section.heading.start });
  for (const heading of headings) {
    const m = AFTER_UPGRADE.exec(words(heading.text.slice(0, 300)));
    if (m) return { line: heading.line, words: m[0] };
  }
  return null;
}

/** A title that names a release as what went wrong: "The 2.4 release", "Release incidents", "v0.3 release blocked". */
const RELEASE_TITLE = /\breleases?\b/i;

/** The change words of a line name the release itself: "the release", "merging the 1.2 release PR". */
function releaseTold(line: string, change: string): boolean {
  if (/releas/i.test(change)) return true;
  const text = words(line);
  const at = text.indexOf(change);
  return at >= 0 && /\breleas/i.test(text.slice(at + change.length, at + change.length + 40));
}

/**
 * A sentence that states the cause of the incident: "The cause of the slowdown was …", "The root
 * cause behind this failure is …", "Root cause was …".
 */
const CAUSE_STATEMENT =
  /\b(?:root |main |primary |underlying |direct |immediate )?cause (?:(?:of|for|behind) (?:the |this |our |today's |that )?(?:[\w-]+ ){0,2}?(?:outage|incident|issue|problem|failure|downtime|disruption|degradation|interruption|error)s? )?(?:was|is|has been|turned out to be)\b/i;

/** The sentence of a line that states the cause, from the statement to its end, as a passage of its own. */
function causeStatement(passage: Passage): Passage[] {
  const text = words(passage.text);
  const m = CAUSE_STATEMENT.exec(text);
  if (!m) return [];
  const rest = text.slice(m.index);
  const end = /[.!?](?=\s|$)/.exec(rest);
  return [{ line: passage.line, text: end ? rest.slice(0, end.index + 1) : rest, start: passage.start }];
}

/**
 * A clause that tells what started the incident: "the outage began when …", "it all started with
 * …", "the problem originated with …", "was triggered by …", "what set it off was …". The rest of
 * its sentence names the trigger.
 */
const START_CLAUSE =
  /\b(?:(?:began|begun|started|originated|stemmed|arose|kicked off) (?:(?:on \w+ \d{1,2}(?:, \d{4})? )?(?:with|when|after|from|as soon as|once)|because (?:of )?)|(?:was|were|had been|got) (?:first )?(?:triggered|set off|kicked off|started|initiated|precipitated|sparked) by|what (?:set (?:it|this|the \w+) off|started (?:it|this|the \w+)|triggered (?:it|this|the \w+)) (?:was|is)|(?:the |its )?(?:initial |original )?trigger (?:for (?:the |this )?\w+ )?(?:was|is))\s/i;

/**
 * The triggers a line names after a clause that tells what started the incident, read up to the
 * end of that sentence: what the authors say set it off, before any word of the title or of what
 * followed ("… which opened a security hole").
 */
function startedBy(doc: AnalysedDocument, passage: Passage): LineReading | null {
  const text = words(passage.text);
  const m = START_CLAUSE.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length);
  const end = /[.!?;](?=\s|$)|,\s(?:which|leading|resulting|causing|and)\b/i.exec(rest);
  return readingOf(doc, { line: passage.line, text: end ? rest.slice(0, end.index) : rest, start: passage.start });
}

/**
 * The trigger with the most evidence in the root cause (counted twice) and the summary, when it
 * leads the next one clearly; otherwise none: a wrong trigger misleads every count built on it.
 */
function inferTrigger(doc: AnalysedDocument, told: Passage[], settings: FactSettings): TriggerFact | null {
  // The summary, or the story told before the first heading when no section sums it up; and the
  // lines between fields read as sections.
  const summaries = sectionsOfKind(doc, 'summary');
  const summed = summaries.length ? summaries.flatMap((s) => labelledLines(doc, s)) : preambleLines(doc);
  const loose = summaries.length ? looseLines(doc) : [];
  // A part on how the failure stayed hidden, or on what was ruled out, names no trigger.
  const aside = asideLines(doc, [...told, ...summed, ...loose]);
  const causeLines = aside.size ? told.filter((p) => !aside.has(p.line)) : told;
  const summary = aside.size ? summed.filter((p) => !aside.has(p.line)) : summed;
  const known = new Set(settings.triggers.map((t) => t.id));
  const scores = new Map<string, { score: number; line: number; evidence: string[] }>();
  let demand = false;
  const ruledOut = new Set<string>();
  // A post-mortem of a release that failed (its title names the release) says "release" in every
  // line: the release is the incident, and its words tell no change that set it off.
  const title = doc.model.title ?? frontMatterTitle(doc);
  const releaseIncident = !!title && RELEASE_TITLE.test(words(title.text));
  // The trigger is usually told first: the opening lines of a section count more.
  const read = (passages: Passage[], weight: number, opening = true) => {
    // The opening is the first lines of the story: a section's metadata lines ("**Date:** …",
    // "Authors: …") come before it and are not it.
    let told = 0;
    for (const passage of passages) {
      const metadata = METADATA_LINE.test(passage.text);
      const w = opening && !metadata && told++ < 2 ? weight * 3 : weight;
      const reading = readingOf(doc, passage);
      for (const trigger of reading.ruledOut) ruledOut.add(trigger);
      for (const { trigger, words } of reading.triggers) {
        // A deploy of a configuration, or a change made to one, is a configuration trigger.
        if (!known.has(trigger) || (trigger === 'change' && (reading.configuration || (releaseIncident && releaseTold(passage.text, words))))) continue;
        if (trigger === 'capacity' && reading.demand) demand = true;
        const s = scores.get(trigger) ?? { score: 0, line: passage.line, evidence: [] };
        s.score += w;
        if (s.evidence.length < 5) s.evidence.push(words);
        scores.set(trigger, s);
      }
    }
  };
  read(causeLines, 2);
  // A clause that says what started the incident names its trigger ahead of every other word, the
  // security words included: one trigger, told so in the root cause or the summary, and not ruled out.
  const started = new Map<string, { line: number; evidence: string[] }>();
  for (const passage of [...causeLines, ...summary]) {
    const reading = startedBy(doc, passage);
    if (!reading) continue;
    for (const { trigger, words } of reading.triggers) {
      if (!known.has(trigger) || (trigger === 'change' && reading.configuration) || (trigger === 'capacity' && !reading.demand)) continue;
      if (!started.has(trigger)) started.set(trigger, { line: passage.line, evidence: [words] });
    }
  }
  read(summary, 1);
  // A line the author labels as the cause or the trigger ("- Root Causes: …", "**Trigger:** …")
  // in the opening list (between fields read as sections, too) or the summary says it as the root
  // cause does, whatever section holds it.
  const opening = [...(aside.size ? loose.filter((p) => !aside.has(p.line)) : loose), ...summary];
  const labelled = opening.filter((p) => CAUSE_LABEL_LINE.test(p.text));
  read(labelled, 2);
  // So does a sentence of theirs that states the cause ("The cause of the slowdown was …"): only
  // that sentence, since the rest of its paragraph goes on to other things.
  read(opening.filter((p) => !CAUSE_LABEL_LINE.test(p.text)).flatMap(causeStatement), 2);
  // The title names the incident, often by what people saw ("Network outage", "Node failure").
  // It counts as the opening of the story where the story tells the same trigger. A trigger only
  // the title names counts as one line of evidence where the story names none, and not against
  // what the story tells: what people saw is not what set it off.
  if (title) {
    const told = new Set(scores.keys());
    const passage = [{ line: title.line, text: title.text, start: title.start }];
    const reading = readingOf(doc, passage[0]);
    const confirmed = reading.triggers.some((t) => told.has(t.trigger));
    if (confirmed || !told.size) read(passage, 2, confirmed);
  }
  // What the author rules out ("has nothing to do with the upgrade") is no trigger, though a plan
  // or a link elsewhere names the same thing.
  for (const trigger of ruledOut) scores.delete(trigger);
  for (const trigger of ruledOut) started.delete(trigger);
  if (started.size === 1) {
    const [[trigger, at]] = [...started];
    return { trigger, source: 'inferred', line: at.line, evidence: at.evidence };
  }
  // A security incident is one whatever else changed on the way: it is named as such when it is told.
  // One passing word ("for an attacker who tries …", "as for any data breach") is not that telling:
  // it takes more than one mention, or one in the opening of the cause.
  const security = scores.get('security');
  if (security && security.score >= SECURITY_SCORE) return { trigger: 'security', source: 'inferred', line: security.line, evidence: security.evidence };
  // A post-mortem named after an upgrade ("v4 upgrade postmortem", "Cluster 1.13 Upgrade Incident")
  // whose story tells the upgrade too: the upgrade is what set it off, and the parts it broke on
  // the way (a firmware, a reboot, a setting it shipped) are what went wrong, not the trigger.
  // Not when the story tells an attack at all: the upgrade may be what closed it.
  const story = [...causeLines, ...summary];
  const upgradeOpen = known.has('change') && !ruledOut.has('change') && !security && !upgradeRuledOut(story);
  const upgrade = title && upgradeOpen ? UPGRADE_TITLE.exec(words(title.text)) : null;
  if (upgrade && story.some((p) => UPGRADE_TITLE.test(words(p.text))))
    return { trigger: 'change', source: 'inferred', line: title!.line, evidence: [upgrade[0]] };
  // A heading that names the failure as coming after an upgrade or an update ("Boot failure after
  // kernel update", "Incident 1: Wi-Fi failure after apt upgrade") tells what set it off, as a
  // clause of the story that says what it began after does.
  const after = upgradeOpen ? afterUpgrade(doc, title) : null;
  if (after) return { trigger: 'change', source: 'inferred', line: after.line, evidence: [after.words] };
  // A resource used up, told without the demand that used it, is the symptom: another trigger
  // may still lead on its own evidence, else none is named.
  if (!demand) scores.delete('capacity');
  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score);
  if (!ranked.length) return null;
  const [best, second] = ranked;
  // A document that speaks of an attack in passing, and of nothing else more, does not say what set it off.
  if (best[0] === 'security') return null;
  if (second && best[1].score < second[1].score * 1.5) return null;
  if (best[1].score < 2) return null;
  return { trigger: best[0], source: 'inferred', line: best[1].line, evidence: best[1].evidence };
}
