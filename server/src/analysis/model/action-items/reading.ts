/**
 * Reads what an item's words say beyond their tokens: whether a heading reads as a remediation
 * heading, whether a sentence commits to work, reports work as finished or in progress, and who
 * the subject of a commitment is ("Cloud Platform will …", "Sam to send …").
 *
 * Everything here works on one heading, one item or one sentence at a time, with anchored or
 * bounded patterns over at most `MAX_READ` characters, so the cost is linear and small even on
 * a sentence of 50,000 characters.
 */
import { addressesReader, normaliseHeading } from '../../base/normalise';
import { NOT_NAMES } from '../blameless/lexicon';
import { isFirstName } from '../blameless/people';
import type { Span } from '../model';
import { ownerLeadLength } from './tokens';
import { closingVow } from './vows';
import { insideQuote } from './quoted';
import { withoutInforming } from '../informing';

/** Only the first characters of a sentence are read for its verbs and subject. */
export const MAX_READ = 1000;

const REMEDIATION_WORDS =
  /\b(?:actions?|action items?|action points?|action plan|follow ?ups?|followups?|remediations?|corrective|preventi?ve|preventative|prevention|next steps?|todos?|to[- ]dos|to[- ]do list|tasks|improvements?|improving|going forward|future|do better|doing about|doing to|are doing|changing|will change|we ll|we will|recommendations?|fix(?:es)? (?:this|it)|repair items?|long term (?:fix|fixes|plan|plans|solution|solutions|work)|resulting action|moving forward|looking forward|way forward|path forward|whats next|what s next|what comes next|preventing (?:this|it|future|recurrence)|to prevent|(?:protective|preventive|preventative|corrective) (?:measures|steps)|plans? (?:going forward|for the future))\b/;

/** Headings about what went well or wrong, or about the incident itself, are not remediation. */
const NOT_REMEDIATION =
  /\b(?:lessons?|learn(?:ed|t|ings?)?|went (?:well|wrong|poorly|badly)|needs? improv\w*|could (?:have )?(?:gone|been done) better|timeline|chronology|impact|root cause|what happened|summary|background|immediate|detection|trigger|symptoms?|lucky|thanks|acknowledg\w*|appendix|glossary|references?)\b/;

/**
 * True when a heading names the work that follows an incident in the author's own words
 * ("Corrective and Preventative Measures", "Future Actions", "How are we going to do better in
 * the future?", "What we're changing"), and does not name something else as well.
 */
export function readsAsRemediation(heading: string): boolean {
  const key = normaliseHeading(heading);
  if (!key || key.length > 120) return false;
  return REMEDIATION_WORDS.test(key) && !NOT_REMEDIATION.test(key) && !addressesReader(key);
}

/**
 * How a sentence speaks of work: a commitment by the authors or a named owner (`future`), a need,
 * a "we should" (an item only in an action-items section), work in progress, or work done.
 */
export type Commitment = 'future' | 'need' | 'should' | 'progress' | 'done';

/** What one sentence says about work, with the offset (in the sentence) of the words that say it. */
export interface SentenceReading {
  kind: Commitment;
  at: number;
}

/** "a secondary node will be used", "this exclusion will be removed": a passive commitment. */
const PASSIVE_PROMISE =
  /\b(?:will|shall)\s+(?:(?:also|then|now|further|first)\s+)?be\s+(?:used|removed|added|replaced|updated|moved|migrated|rolled\s+out|deployed|implemented|introduced|enabled|disabled|reviewed|documented|published|tracked|automated|monitored|rotated|upgraded|retired|decommissioned|revisited|extended|configured|changed|tested|fixed|patched|audited|improved|reimbursed|refunded|compensated|credited|increased|reduced|expanded|rewritten|redesigned|reworked|hardened|enforced|set\s+up)\b/i;

const FUTURE: RegExp[] = [
  // "we will add", "we'll add", "we shall", "I will" — not "we will see", "we will never know", nor
  // "we will still …", which tells what stays as it is beside a change.
  // Nor "we will focus on the main cluster": where attention goes, no work named (unless a gerund
  // of work follows: "focus on adding …").
  /\b(?:we|i)(?:\s+(?:(?:also|then|further|now|first)\s+)?(?:will|shall)|['’]ll)\s+(?:also\s+|now\s+|then\s+|first\s+|be\s+(?:(?:more|\w+ly)\s+){0,2}(?=\w+ing\b))?(?!see\b|still\b|never\b|(?:focus|concentrate)\s+on\s+(?![a-z]+ing\b)|not\b|know\b|be\b|need\b|have\b|probably\b|likely\b|get\b|continue\s+to\s+do\b|(?:continue\s+to|keep)\s+(?:fall|lag|see|experienc|suffer|struggl|fac|encounter|hit|miss|run\s+into|get|hav|be)\w*\b|keep\s+running\s+into\b|fall\s+behind\b|experience\b|suffer\b|encounter\b|run\s+into\b)[a-z]/i,
  /\b(?:we(?:\s+are|['’]re)|i(?:\s+am|['’]m))\s+(?:now\s+|also\s+)?going\s+to\s+(?!be\b|have\b|need\b|see\b)[a-z]/i,
  // "I plan on moving the build …": the plan told with "on" and a gerund; "we still plan to …",
  // "we also intend to …": with a word between.
  /\b(?:we|i)\s+(?:(?:also|still|now|further)\s+)?(?:plan|intend|aim|commit|are\s+planning|am\s+planning|are\s+committed)\s+(?:to\b|on\s+[a-z]{2,20}ing\b)/i,
  // "The plan is to …", "Our next step is to …", "My goal is to …"; the remedy named as such: "Our
  // solution is to …", "The main change in our build setup is to …".
  // "The proper fix, is to …": the remedy named right or lasting, a stray comma before its verb.
  // "My first job tomorrow is to …", "Our next task is to …": the authors' job or task with its
  // place in line; "Our job is to keep you online" tells what they are for, "the next job" may be
  // a scheduled one.
  /^(?:[\s*_>]*)(?:the|our|my)\s+(?:(?:next|first|immediate|long[- ]term|short[- ]term|main|chosen|proposed|permanent|lasting|real|proper|right|correct|actual|true|ideal|best)\s+)?(?:plan|step|steps|goal|intention|priority|solution|change|fix|remedy|approach|strategy|(?<=\b(?:my|our)\s+(?:next|first|immediate)\s+)(?:job|task))(?:\s+(?:(?:in|for|to|of|on)(?:\s+[\p{L}\p{N}&/-]+){1,6}?|tomorrow|today|tonight))?,?\s+(?:is|are|will\s+be)\s+to\s+[a-z]/iu,
  // "We decided to …" commits; a decision "at this point" or "then" tells a step of the response, and
  // so does "It was late, so we decided to …": a decision told as the consequence of what the
  // story has just told ("so we decided this is a priority" is read below, by its future).
  /(?<!\b(?:at\s+(?:this|that)\s+(?:point|time|stage)|then|after\s+that|after\s+(?:a\s+(?:few|couple\s+of)|some|several|many|more)\s+(?:tries|attempts|hours|minutes|retries)|eventually|by\s+then)\s*,?\s*)\bwe(?:\s+have|['’]ve)?\s+decided\b(?:(?<!(?:^|[,;]\s*|\band\s+)so\s*,?\s*we(?:\s+have|['’]ve)?\s+decided)|(?!\s+to\b))(?!\s+(?:not|against)\b|\s+to\s+(?:reject|abandon|discard|drop|ignore|forgo|give\s+up|try|wait|proceed|monitor|watch|observe|keep\s+(?:an\s+eye|watching|monitoring)|hold\s+off|sit\s+tight|see\s+(?:how|what|if|whether))\b)/i,
  PASSIVE_PROMISE,
];

/** A passive future of use: "will be used", "will also be used". */
const PUT_TO_USE = /^(?:will|shall)\s+(?:(?:also|then|now|further|first)\s+)?be\s+used\b/i;

/** "It will fetch …", "This will return …": a thing, as the subject of an active future, telling what it will do. */
const THING_WILL_DO = /^[\s*_>"'“]*(?:it|this)\s+will\s+(?:(?:now|then|also|always|only|first|still|simply|just)\s+)?(?!be\b|not\b|never\b|have\b)[a-z]{2,}/i;

/**
 * What a named subject's future tells of its behaviour, not of work: "Node will silently drop …",
 * "The parser will quietly skip …", "Python will fail when …". A verb of failing, or a manner
 * that only software has, after "will".
 */
const BEHAVES =
  /^(?:(?:silently|quietly|automatically|implicitly|transparently|gracefully|happily|simply|just|still|always|then|also)\s+)*(?:(?:silently|quietly|automatically|implicitly|transparently|gracefully|happily)\s+(?=[a-z])|(?:fail|crash|panic|hang|error\s+out|throw|misbehave|time\s+out|return\s+(?:an?\s+)?(?:error|empty|null|nothing|wrong|stale)|break)\b)/i;

/**
 * What a named subject's future tells of a service coming back, a forecast and not work: "Uploads
 * will resume on Monday", "Search will return to normal within the hour", "The API will come back
 * up shortly". The verb of coming back with no object after it (a time, a place, a state, or the
 * end of the sentence); "Ops will resume the migration" names work and stays an owner's.
 */
const BACK_IN_SERVICE =
  /^(?:(?:then|also|likely|probably|hopefully|gradually|slowly|fully)\s+)?(?:resume|return|recover|reopen|come\s+back|come\s+online|stabili[sz]e)(?:\s+(?:up|online|again|back))?(?=\s*(?:[.,;:!)]|$)|\s+(?:on|at|by|in|within|from|after|before|around|shortly|soon|later|today|tonight|tomorrow|once|when|as|to\s+(?:normal|full|its|their|service)|normal\s+(?:operations?|service)|operations?|service)\b)/i;

/** What the authors must grasp or take as given, not work ("understand", "trust", "look back at the history"), as pattern text: `NEED` reads it twice. */
const GRASP = String.raw`(?:first\s+)?(?:understand|explain|describe|recall|remember|realise|realize|recogni[sz]e|trust|rely|assume|believe|accept|depend|hope|expect|go\s+back|look\s+(?:back|at\s+(?:the\s+)?(?:history|background|context|precursors|events|causes?)))\b`;

/**
 * Before "we need to …": the authors saying they know it ("we realise that …"), or telling when they
 * came to see it ("we realised that we needed to …", "it took us a while to recognise that we need
 * to …"): a view of the situation, in the story of the incident, not work taken on. As pattern text.
 */
const AWARE = String.raw`(?<!\b(?:we|i)\s+(?:(?:all|now|fully|also)\s+)?(?:know|${GRASP}|acknowledge|see|(?:are|am)\s+aware)\s+(?:that\s+)?)(?<!\b(?:(?:we|i|us)\s+(?:(?:finally|eventually|soon|then|quickly|later|only|also)\s+)?(?:reali[sz]ed|recogni[sz]ed|understood|noticed|discovered|knew)|\bto\s+(?:fully\s+)?(?:reali[sz]e|recogni[sz]e|understand|see))\s+(?:that\s+)?)`;

/**
 * "We need to add …": work the authors must do; not what they must say, understand or take as given
 * ("we have to trust the vendor's figures"), nor a need they say they are aware of ("we know that we
 * need to …", "we realise we must …"): a view of the situation, not work taken on. A need told as
 * a chance ("the bot may need to be added back", "it might need to be reviewed") is no commitment.
 */
const NEED = new RegExp(
  String.raw`${AWARE}\bwe\s+(?:(?:still|also|really|now|first)\s+)?(?:need|have|must|ought)\s+to\s+(?!admit\b|say\b|thank\b|point\b|note\b|mention\b|be\s+(?:mindful|aware|careful|honest|clear)\b|${GRASP}|first\s+look\s+at\b)[a-z]|${AWARE}\bwe\s+must\s+(?!(?:first\s+)?(?:admit|say)\b|first\s+look\s+at\b|${GRASP})[a-z]|(?<!\b(?:may|might|could)\s+)\bneeds?\s+to\s+be\s+(?:allocated|added|done|documented|incorporated|written|reviewed|fixed|addressed|improved)\b`,
  'i',
);

/**
 * "We should …", "The pager rota should include …" (a thing that should change, named first), and
 * a wish of the authors' ("we want to", "we'd like to", "I hope to"): work to do in an action-items section.
 */
const SHOULD =
  /\bwe\s+should\s+(?!have\b|not\b|never\b|be\s+able\b|also\s+have\b|(?:also\s+)?(?:acknowledge|admit|note|mention|say|stress|emphasi[sz]e|point\s+out|recogni[sz]e|thank|apologi[sz]e|clarify|explain|reiterate)\b)[a-z]|^[\s*_>"'“]*(?:the|our|each|every|all|any)\s+(?:[\p{L}\p{N}-]+\s+){1,4}(?:should|must)\s+(?:also\s+)?(?!have\b|not\b|never\b|be\s+able\b|(?:be\s+)?(?:fine|ok|okay|enough|sufficient|possible|able)\b)[a-z]|\b(?:we|i)(?:\s+(?:would|also|really|still)|['’]d)?\s+(?:want|like|hope|wish)\s+to\s+(?!thank\b|apologi[sz]e\b|(?:focus|concentrate)\s+on\s+(?![a-z]+ing\b)|say\b|note\b|point\b|be\b|share\b|know\b|hear\b|see\b|recommend\b|suggest\b|encourage\b|urge\b|remind\b|invite\b|acknowledge\b|stress\b|emphasi[sz]e\b|highlight\b|mention\b|reiterate\b)[a-z]/iu;

const PROGRESS =
  /\b(?:we(?:\s+are|['’]re)|i(?:\s+am|['’]m)|(?:the|our)\s+(?:[\p{L}-]{1,30}\s+){0,3}(?:team|squad|group)\s+(?:is|are))\s+(?:now\s+|currently\s+|also\s+|actively\s+|still\s+)?(?:in\s+the\s+process\s+of\s+)?(?:working|investigating|discussing|improving|looking\s+(?:at|into)|planning|evaluating|exploring|reviewing|adding|building|migrating|moving|updating|writing|implementing|developing|considering|rolling|retooling|reworking|requiring|introducing|switching|replacing|enabling|auditing|documenting|hardening|rotating|upgrading|automating|creating|designing|rewriting|refactoring|retiring|decommissioning)\b|\b(?:a\s+|the\s+)?(?:fix|patch|change|migration|rewrite|replacement)\s+(?:is|are)\s+(?:now\s+)?(?:being\s+(?:rolled\s+out|deployed|written|built|tested|prepared)|in\s+progress|underway|under\s+way)\b|\bwe(?:\s+have|['’]ve)\s+(?:also\s+|now\s+|already\s+)?(?:begun|started|initiated|kicked\s+off)\b/iu;

/** "we are", "we're", "I am", "I'm": the authors telling what they are doing now. */
const WE_ARE = String.raw`(?:we(?:\s+are|['’]re)|i(?:\s+am|['’]m))`;

/**
 * "We are / we're / I am (now, also …) <verb>ing", anywhere in a sentence: the verb is read by
 * `gerundOfWork`. Up to two such adverbs ("we are currently also setting up …"), and short verbs
 * too ("we're running …").
 */
const WE_DOING = new RegExp(String.raw`\b${WE_ARE}\s+(?:(?:now|currently|also|actively|still|already|in\s+the\s+process\s+of)\s+){0,2}([a-z]{2,20}ing)\b`, 'i');

/**
 * The same words opening an item: "we're …ing", "we are also …ing", "In addition, I am …ing". Not
 * "we are now …ing" there: an item that opens so tells a state reached.
 */
const UNDER_WAY_OPENING = new RegExp(
  String.raw`^[\s*_>"'“]*(?:(?:in\s+addition|also|and|so|meanwhile),?\s+)?${WE_ARE}\s+(?:(?:currently|also|actively|still)\s+){0,2}([a-z]{2,20}ing)\b`,
  'i',
);

/**
 * Work the authors are partway through, told by where they stand in it: "we're midway through a wider
 * push to retire …", "we're partway through moving …". The effort named, then "to" and its
 * verb, or a gerund (read by `gerundOfWork`); not "We were in the middle of a deploy when …".
 */
const MIDWAY =
  /\b(?:we(?:\s+are|['’]re))\s+(?:(?:also|now|currently|still|already)\s+){0,2}(?:in\s+the\s+(?:middle|midst)\s+of|(?:partway|part\s+way|midway|halfway)\s+through|well\s+into)\s+(?:(?:an?|the|our)\s+)?(?:(?:ongoing|longer|bigger|larger|broader|wider|long[- ]running|multi[- ][a-z]+|company[- ]wide)\s+){0,2}(?:(?:effort|project|push|initiative|programme|program)\s+to\s+[a-z]|([a-z]{2,20}ing)\b)/i;

/**
 * Work under way told by the effort itself as the subject: "Work is also ongoing to scan our other
 * services for …", "A project is underway to replace the bridges …". The effort, where it stands,
 * then "to" and the verb of what it does; "attempts to restore the backups underway" (no "is") and
 * "the outage is ongoing" (no effort) tell the incident.
 */
const EFFORT_UNDER_WAY =
  /(?<![\p{L}\p{N}'’-])(?:work|project|effort|initiative|programme|program)s?\s+(?:is|are)\s+(?:(?:also|now|currently|already)\s+){0,2}(?:ongoing|underway|under\s+way|in\s+progress)\s+to\s+[a-z]/iu;

/**
 * Work under way told as steps the authors are taking, with what the steps are for: "we are taking
 * steps to harden the deploys", "we're now taking further measures to …". The past ("we took steps
 * …") reports the work done (`AUTHORS_MADE`).
 */
const STEPS_UNDER_WAY = new RegExp(
  String.raw`\b${WE_ARE}\s+(?:(?:now|also|currently|actively|already)\s+){0,2}taking\s+(?:(?:several|some|the|further|additional|concrete|necessary|appropriate|extra)\s+)?(?:steps|measures|actions?)\s+to\s+[a-z]`,
  'i',
);

/**
 * A second verb of the sentence's own subject, after "and", that promises work or has it under way:
 * "The team has fixed the parser and will add tests …", "We regret the trouble this caused and are
 * reviewing our rollout process". The subject (the authors, or a team) opens the sentence; the words
 * before "and" hold no clause of their own (no comma, no "which", "because", "when" …) and no other
 * subject of the authors. The part after "and" is read as if the subject stood before it.
 */
const JOINED_PROMISE =
  /^[\s*_>"'“]*(?:we|i|(?:the|our)\s+(?:[\p{L}-]{1,30}\s+){0,2}team)\s+([^.;:!?,()\n]{3,160}?)\s+and\s+(?=(?:also\s+)?(?:will|shall|(?:are|am)\s+(?:(?:now|also|currently|actively)\s+)?[a-z]{3,20}ing)\b)/iu;

/** Words that open a clause of their own inside the first part of a joined promise, or name another subject. */
const CLAUSE_INSIDE =
  /\b(?:which|that|who|whom|because|when|whenever|while|whilst|if|unless|since|so|but|although|though|until|once|after|before|where|whether|as|we|i|us|you|they)\b/i;

/** Where the second, promising verb of a joined promise starts (`JOINED_PROMISE`), with its reading; or null. */
function joinedPromise(s: string): SentenceReading | null {
  const m = JOINED_PROMISE.exec(s);
  if (!m || CLAUSE_INSIDE.test(m[1])) return null;
  const at = m[0].length;
  const rest = `we ${s.slice(at)}`;
  if (promisesStatusOnly(rest)) return null;
  const reading = readOwnWords(rest);
  return reading && reading.kind !== 'done' ? { kind: reading.kind, at } : null;
}

/** "running low", "running on the old cluster": a state of the service, not work. */
const RUNNING_STATE = /^\s+(?:out|low|short|on|at|in|with|into|behind|late|fine|smoothly|normally|again|without|hot|slow)\b/i;

/** "… this by switching to …", "… it by managing the keys …": the means, a gerund, names the work. */
const BY_MEANS = /^\s+(?:this|it|that|these|those|the\s+[a-z]+(?:\s+[a-z]+)?)\s+by\s+[a-z]{3,20}ing\b/i;

/** Verbs of finding out about the incident ("we're still analysing the logs"): its telling, not work that follows it. */
const FINDING_OUT =
  /^(?:analy[sz]ing|seeing|noticing|observing|assessing|examining|inspecting|researching|understanding|determining|figuring|confirming|verifying|checking|gathering|collecting|measuring|triaging|reproducing|identifying|finding|thinking|learning|trying|getting|keeping|holding|telling|asking)$/i;

/**
 * A report of work done: "has been disabled", "have been removed"; not "should have been told", a
 * counterfactual, nor a condition the work waits on ("… until the fix has been reviewed").
 */
const PASSIVE_DONE =
  /\b(?=ha[sv])(?<!\b(?:should|could|would|might|must|may|ought\s+to|to|not)\s+)(?<!\b(?:until|till|once|unless|if|when|before|after)\b[^.;:!?\n]{0,80})(?:has|have)\s+(?:now\s+|already\s+|also\s+|since\s+)?been\s+(?:[a-z]+(?:ed|en|wn|ne|lt|pt|nt)|set|put|shut|cut|made|built|sent|run)\b/i;

/**
 * A change told as the state it left, in the present passive: "Blockchain tests are updated to
 * cover …", "The check is now enabled". Not a habit ("are updated every night", "is enabled by
 * default"), and not a condition the work waits on ("No deploys until a rollback plan is in
 * place", "Keep the flag off once the fix is deployed"): nothing says that state is reached.
 */
const PRESENT_DONE =
  /^(?![^.;:!?\n]{0,80}?\b(?:until|till|once|unless|if|when|whenever|before|after)\b[^.;:!?\n]{0,80}?\b(?:is|are)\b)[^.;:!?\n]{1,80}?\b(?:is|are)\s+(?:now\s+|also\s+)?(?:updated|fixed|patched|added|removed|enabled|disabled|deployed|implemented|configured|documented|merged|released|resolved|rolled\s+out|in\s+place)\b(?!\s+(?:when|whenever|every|each|daily|weekly|nightly|hourly|by\s+default|automatically|on\s+(?:every|each)))/i;

/**
 * A change told in the past passive at the head of an item: "Fix was applied to avoid …",
 * "Stuck transfers were accelerated". Only in the item's main clause (no "why", "when", "that"
 * before it: "Alert when the disk was filled" is a task), and not a state of the incident
 * ("was affected", "were needed", "was caused by").
 */
const PAST_DONE =
  /^(?![^.;:!?\n]{0,80}?\b(?:why|when|whenever|since|because|that|which|who|if|after|before|where|how|as|until|while|whether|what|once)\b[^.;:!?\n]{0,80}?\b(?:was|were)\b)[^.;:!?\n]{1,80}?\b(?:was|were)\s+(?:now\s+|already\s+|also\s+|successfully\s+|then\s+|finally\s+)?(?!(?:needed|required|affected|impacted|expected|based|related|caused|triggered|limited|used|unused|exposed|involved|delayed|blocked|stuck|broken|down|due|not|never|unable|able)\b)(?:[a-z]{2,}(?:ed|en|wn|lt|pt)|set|put|shut|cut|made|built|sent|run|paid)\b/i;

/**
 * A change told as what no longer happens since, in the present: "We no longer keep tokens on the
 * build host", "former staff no longer hold write rights". Not a wish ("should no longer"), a plan ("will
 * no longer") or the incident told in the past ("no longer responded").
 */
const NO_LONGER =
  /^[^.;:!?\n]{1,80}?(?<!\b(?:should|must|will|would|could|can|shall|may|might|to|not|ensure|make sure|so that|so)\s+)\bno\s+longer\s+(?!(?:be|been|being|needed|required|necessary|possible|available|works?|working|responds?|responding|loads?|loading|starts?|starting|runs?|running)\b)\p{L}+(?<!ed)\b/iu;

const PASSIVE_DONE_ALL = new RegExp(PASSIVE_DONE.source, 'gi');

/** Nouns of follow-up work: what a passive report of work done is about ("a regression test has been added"). */
const WORK_NOUN =
  /\b(?:tests?|fix(?:es)?|checks?|alerts?|alarms?|monitors?|monitoring|scripts?|runbooks?|playbooks?|guards?|safeguards?|patch(?:es)?|validations?|dashboards?|procedures?|limits?|retries|timeouts?)\b/i;

/**
 * A new safeguard told in the present perfect passive: "A second alarm has now been set up to …",
 * "New checks have been added to the release job", "an extra probe has been put in place". The
 * subject opens on a word that makes it new (an article, "new", "extra", "separate", …) and is a
 * thing that watches or guards; the verb is one of making. The failure told in the same tense ("the
 * certificate has expired"), the recovery ("the node has been restarted", "the service has been
 * restored") and the analysis ("the root cause has been identified") are none of it.
 */
const NEW_SAFEGUARD =
  /(?<![\p{L}\p{N}'’-])(?:(?:an?|another|new|additional|extra|separate|dedicated|further|more|some)\s+)(?:(?:new|additional|extra|separate|dedicated|second|automated|automatic|daily|hourly|weekly|nightly|scheduled|periodic|proactive|independent|external|synthetic|[\p{L}\p{N}-]{2,20})\s+){0,3}(?:alerts?|alarms?|alerting\s+rules?|checks?|health[- ]?checks?|monitors?|monitoring(?:\s+(?:checks?|jobs?|rules?))?|probes?|tests?|dashboards?|guards?|safeguards?|validations?|notifications?|watchdogs?|reminders?|canar(?:y|ies)|gates?|lint\s+rules?|linters?)\s+(?:has|have)\s+(?:(?:now|also|since|already|just)\s+){0,2}been\s+(?:created|added|set\s+up|introduced|implemented|configured|put\s+in\s+place|deployed|enabled|written|built|established|installed|scheduled|activated|turned\s+on)\b/iu;

/**
 * Where a sentence tells a new safeguard as made ("That is fixed, and a separate alarm has been
 * created to watch the job"): the offset of the safeguard's words, or -1.
 */
export function newSafeguardAt(sentence: string): number {
  const s = sentence.length > MAX_READ ? sentence.slice(0, MAX_READ) : sentence;
  const m = NEW_SAFEGUARD.exec(s);
  return m && !conditional(s, m.index) ? m.index : -1;
}

/** A report of work the authors did: "we have removed …". */
const DONE_REPORT =
  /\b(?:we|i)(?:\s+have|['’]ve)\s+(?:now\s+|already\s+|also\s+|since\s+)?(?!begun\b|started\b|been\b|seen\b|had\b|learned\b|learnt\b|noticed\b|found\b|identified\b|observed\b|decided\b|experienced\b|suffered\b|encountered\b|faced\b|endured\b|witnessed\b|enjoyed\b|received\b)(?:[a-z]+ed|made|built|sent|set|put|written|taken|moved|shut|cut|rewritten)\b/i;

/** The end of the words before a relative clause's subject: "… which ", "… that ". */
const RELATIVE_BEFORE = /\b(?:which|that)\s+$/i;

/** A future of using what was made or bought: "we will use", "we'll utilise", "we will rely on". */
const USE_AHEAD = /^(?:we|i)(?:\s+(?:will|shall)|['’]ll)\s+(?:(?:now|also|then)\s+)?(?:use|utili[sz]e|employ|rely\s+on|draw\s+on|put\s+to\s+use)\b/i;

/** "We (also) improved …", "We've upgraded …" at the start of a sentence: the verb is read by `pastOfWork`. */
const FOLLOW_UP_DONE = /^[\s*_>"'“]*we(?:\s+have|['’]ve)?\s+(?:also\s+|since\s+|now\s+|already\s+|then\s+){0,2}([a-z]{4,20}ed)\b/i;

/** Verbs of the recovery itself: what they report is a step of the response, not follow-up work. */
const RECOVERY_VERB =
  /^(?:re(?:start|boot|stor|vert|cover|deploy|play|synced|tri|ran|sync|load|index|issu)\w*|rolled|failed|stopped|started|paused|resumed|killed|copied|promoted|drained|waited|halted|patched)$/i;

/** The purpose or reach of a lasting change: "to avoid …", "so that …", "in the future", "on all servers". */
const LASTING_CHANGE =
  /\b(?:to\s+(?:avoid|prevent|catch|detect|include|ensure|stop|reduce|cover|guard)|so\s+that|in\s+(?:the\s+)?future|going\s+forward|from\s+now\s+on|(?:on|to|across|for)\s+(?:all|every)\s+(?:of\s+)?(?:our\s+|the\s+)?\p{L}+|everywhere)\b/iu;

/** The opening of general advice: "As a general principle, …", "As a rule, …", "In general, …". */
const GENERAL_ADVICE = /^[\s*_>"'“]*(?:as\s+a\s+(?:general\s+)?(?:point|rule|principle|lesson)|in\s+general|generally(?:\s+speaking)?)\s*,/i;

/** An amount of work with no task named: "a lot we need to do", "much more that we should do". */
const UNNAMED_WORK =
  /\b(?:a\s+lot|lots|much|more|plenty|a\s+great\s+deal)\s+(?:(?:that|which)\s+)?we\s+(?:still\s+|also\s+|really\s+)?(?:need\s+to|have\s+to|must|ought\s+to|should|could|can)\s+do\b/i;

/**
 * The authors' effort told by what it is set on: "we are determined to move …", "we're focused on
 * spreading the load …", "our attention has been focused on finding out why the alarms stayed
 * quiet". Not the response itself ("focused on restoring service", "on fixing the issue") nor a
 * mission kept ("focused on providing the best service").
 */
const SET_ON_WORK =
  /\b(?:we(?:\s+are|['’]re|\s+remain)|(?:our|the\s+team['’]s)\s+(?:attention|focus|efforts?|energy)\s+(?:is|are|has\s+been|have\s+been|remains?))\s+(?:(?:now|fully|firmly|also|squarely|entirely|very|all)\s+)?(?:determined(?:\s+and\s+focus{1,2}ed)?|focus{1,2}ed(?:\s+and\s+determined)?|concentrated)\s+(?:on|to)\s+(?!(?:restor|recover|resolv|mitigat|stabili[sz]|fix|repair|provid|deliver|keep|maintain|be|being|serv|earn|regain|rebuild|mak\w*\s+(?:this|it|things)\s+right|get(?:ting)?\s+(?:to\s+the\s+bottom|back))\w*\b)[a-z]{3,20}\b/i;

/** "… back up", "… back online": what follows the effort names the service brought back, the response itself. */
const BACK_AGAIN = /^[^.;:!?]{0,60}?\bback\s+(?:up|online|to\s+normal|into\s+service)\b/i;

/**
 * Work the authors keep at, told in the present after their own subject: "we continue to harden
 * the edge", "We doubled the team, and continue to spread our services over more regions". The
 * verb is one of building up, with an object: "we continue to see errors" is the incident.
 */
const KEEP_AT_WORK =
  /\bwe\b(?:[^.;:!?]{0,160}?,?\s+and)?\s+(?:also\s+)?continue\s+to\s+(?:(?:invest\s+in|improve|enhance|harden|strengthen|expand|distribute|spread|diversify|scale|upgrade|automate|rework|redesign|build\s+out|grow|extend)(?:\s+and\s+[a-z]{3,20})?)\s+(?:our|the|its|their|this|these|that|how|all|more|every|each)\b/i;

/**
 * A fix booked and not yet made, in the present perfect passive: "A reboot of the switch has
 * been scheduled to fix the bug", "a replacement has been planned for Monday to remove the fault".
 */
const SCHEDULED_FIX =
  /\b(?:has|have)\s+(?:now\s+|also\s+|already\s+)?been\s+(?:scheduled|planned|booked)\s+(?:for\s+[^.;:!?]{1,60}?\s+)?to\s+(?:fix|resolve|address|correct|repair|remedy|patch|replace|upgrade|remove)\b/i;

/**
 * True when a status page's update books a fix ("*Update* - A firmware update has been scheduled
 * to fix the fault"): the one part of an update stream that is work to come. The rest of the
 * stream is the response told while it lasts.
 */
export function booksFix(text: string): boolean {
  const s = text.length > MAX_READ ? text.slice(0, MAX_READ) : text;
  const booked = SCHEDULED_FIX.exec(s);
  return !!booked && !conditional(s, booked.index);
}

/** A conjunction of reason or time just before the authors' progressive: "Since we are …", "while we're …". */
const CIRCUMSTANCE_LEAD = /\b(?:since|as|because|while|whilst|now\s+that|given\s+that)\s+$/i;

/**
 * True when the progressive at `at` sits in a clause of reason or time ("Since we are rebuilding
 * the replicas, the nightly dump is paused", "While we're moving the queue, …"): it gives the
 * circumstance of what the sentence says, not work the sentence promises. The main clause is read
 * as usual ("While we are moving the queue, we will keep the old one running").
 */
function circumstance(s: string, at: number): boolean {
  return CIRCUMSTANCE_LEAD.test(s.slice(Math.max(0, at - 24), at)) || relativeClause(s, at);
}

/**
 * The authors' progressive whose preposition is left without its object, the sentence ending or
 * its main verb in the past coming next: "the record I'm waiting on.", "the hosts we are moving
 * to had …". The clause says which thing is meant (a relative clause with no "that"); the
 * sentence is about that thing, not work the authors promise.
 */
const STRANDED_PREPOSITION =
  /^(?:we(?:\s+are|['’]re)|i(?:\s+am|['’]m))\s+(?:(?:now|currently|also|actively|still|already)\s+){0,2}[a-z]{2,20}ing\s+(?:on|for|with|at|into|to|about|through|from|after)(?=[\s*_"”’')]*(?:[.,;:!]|$)|\s+(?:had|was|were|did|lost|went|took|got|came|ran|broke|fell)\b)/i;

/** Words before such a clause that name what it tells of: a determiner, then the thing in at most four words. */
const NAMED_BEFORE = /\b(?:the|this|that|these|those|its|their|our|my|any|some|each|every)\s+(?:[^\s.;:!?]+\s+){1,4}$/i;

/** A thing before the clause that is the work itself: "something we are working on." still tells work under way. */
const WORK_BEFORE = /\b(?:something|anything|everything|things?|what|one|work|fix(?:es)?|changes?|projects?|improvements?|plans?)\s+$/i;

/** True when the progressive at `at` is a relative clause of the thing named just before it (`STRANDED_PREPOSITION`). */
function relativeClause(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 80), at);
  return at > 0 && STRANDED_PREPOSITION.test(s.slice(at, at + 120)) && NAMED_BEFORE.test(before) && !WORK_BEFORE.test(before);
}

/**
 * What a sentence of prose says about work, or null when it says nothing of the kind. Questions,
 * conditions ("if we will …") and hypotheticals are not commitments.
 */
export function readSentence(sentence: string): SentenceReading | null {
  const s = sentence.length > MAX_READ ? sentence.slice(0, MAX_READ) : sentence;
  const reading = readOwnWords(s);
  // "All we got back was "we're looking into it"": the commitment is in another party's quoted words.
  return reading && insideQuote(s, reading.at) ? null : reading;
}

/** What a sentence commits to, wherever its words stand; `readSentence` leaves out what is quoted from others. */
function readOwnWords(s: string): SentenceReading | null {
  if (/\?\s*[*_"'”’)]*\s*$/.test(s)) return null;
  const progress = PROGRESS.exec(s);
  // "When we document the fix, we're teaching the next person": what the authors do whenever they
  // do something, a general truth, not work under way.
  const doingAt = progress?.index ?? WE_DOING.exec(s)?.index;
  if (doingAt !== undefined && doingAt <= 300 && HABIT_FIRST.test(s.slice(0, doingAt))) return null;
  if (progress && !circumstance(s, progress.index)) return { kind: 'progress', at: progress.index };
  // "We are establishing a review …", "we're also extending the checks …": work under way, told
  // with any common verb of work, not only those PROGRESS names.
  const doing = WE_DOING.exec(s);
  if (doing && !FINDING_OUT.test(doing[1]) && !conditional(s, doing.index) && !circumstance(s, doing.index)) {
    const after = s.slice(doing.index + doing[0].length);
    // "We are handling this by moving …", "we are doing this by keeping …": whatever the
    // first verb, the work is what the means names.
    // "… we feel good about the progress we're making.": a verb that closes the sentence on no object
    // of its own ends a clause about something named before it; it names no work.
    const work =
      /\p{L}/u.test(after) && ((gerundOfWork(doing[1].toLowerCase()) && !(/^running$/i.test(doing[1]) && RUNNING_STATE.test(after))) || BY_MEANS.test(after));
    if (work) return { kind: 'progress', at: doing.index };
  }
  // "We're now in the midst of a larger project to split …": work under way, told by where the authors stand in it.
  const midway = MIDWAY.exec(s);
  if (
    midway &&
    (midway[1] === undefined || (gerundOfWork(midway[1].toLowerCase()) && !FINDING_OUT.test(midway[1]))) &&
    !conditional(s, midway.index) &&
    !circumstance(s, midway.index)
  )
    return { kind: 'progress', at: midway.index };
  const effort = EFFORT_UNDER_WAY.exec(s);
  if (effort && !conditional(s, effort.index) && !circumstance(s, effort.index)) return { kind: 'progress', at: effort.index };
  const steps = STEPS_UNDER_WAY.exec(s);
  if (steps && !conditional(s, steps.index) && !circumstance(s, steps.index)) return { kind: 'progress', at: steps.index };
  // "We are determined to move the queue …", "our attention is now focused on finding why …": the
  // authors' effort told by what it is set on; "we are focused on restoring service" is the response.
  const setOn = SET_ON_WORK.exec(s);
  if (setOn && !conditional(s, setOn.index) && !BACK_AGAIN.test(s.slice(setOn.index + setOn[0].length))) return { kind: 'progress', at: setOn.index };
  // "…, and continue to spread our services over more regions": work the authors keep at.
  const keepAt = KEEP_AT_WORK.exec(s);
  if (keepAt && !conditional(s, keepAt.index)) return { kind: 'progress', at: keepAt.index };
  // "A firmware update has been scheduled to fix the bug": the fix, booked and not yet made.
  const booked = SCHEDULED_FIX.exec(s);
  if (booked && !conditional(s, booked.index)) return { kind: 'future', at: booked.index };
  const done = DONE_REPORT.exec(s);
  // "It will fetch the rows from the database, and the new key will be used by every client": a
  // thing as the subject of an active future tells what it will do once fixed; a passive after it
  // belongs to that telling, not to a promise.
  const behaves = THING_WILL_DO.test(s);
  for (const pattern of FUTURE) {
    const m = pattern.exec(s);
    // "We've acquired a block of addresses which we will use for …": the future is the use of what
    // was done, in a relative clause after it; the sentence reports the work done.
    if (
      m &&
      done &&
      done.index < m.index &&
      RELATIVE_BEFORE.test(s.slice(Math.max(0, m.index - 12), m.index)) &&
      USE_AHEAD.test(s.slice(m.index, m.index + 60))
    )
      continue;
    // "These annotations will also be used to explain …": what the work just promised will serve, told of it.
    if (m && pattern === PASSIVE_PROMISE && ANAPHORIC_SUBJECT.test(s) && PUT_TO_USE.test(s.slice(m.index, m.index + 40))) continue;
    if (m && !conditional(s, m.index) && !(behaves && pattern === PASSIVE_PROMISE)) return { kind: 'future', at: m.index };
  }
  const unsaid = subjectlessPromise(s);
  if (unsaid >= 0) return { kind: 'future', at: unsaid };
  // "The team resolves to review the records each quarter", "we expect to publish the report by …".
  const resolved = resolvedTo(s);
  if (resolved && !conditional(s, resolved.at)) return { kind: 'future', at: resolved.at };
  // "Data Platform will re-check …", "the billing team is going to rebuild …".
  const subject = subjectOwner(s);
  // "The storage team should …" says who ought to do it: an item only in the plan, as "we should" is.
  // "I moved the APs, which means the APs will reboot": a consequence of what was done, not a promise.
  if (subject && !conditional(s, subject.start) && !CONSEQUENCE.test(s.slice(Math.max(0, subject.start - 40), subject.start)))
    return {
      kind: TEAM_DUTY.test(s.slice(subject.start)) ? 'should' : NAMED_BUSY.test(s.slice(subject.start)) ? 'progress' : 'future',
      at: subject.start,
    };
  // "We have fixed the parser and will add a test": the promise after "and" is work still to come.
  const joined = joinedPromise(s);
  if (joined && !conditional(s, joined.at)) return joined;
  // "We have added the rewrite to our backlog": planned, not done.
  if (done) return { kind: PLANNED.test(s) ? 'future' : 'done', at: done.index };
  // "We improved our release checks to avoid this drift in the future", "We upgraded the agent on
  // all hosts": a verb of work in the past that opens the sentence, with the purpose or the reach
  // of a lasting change, reports follow-up work done. Steps of the recovery ("We restarted …") are not.
  const since = FOLLOW_UP_DONE.exec(s);
  if (since && pastOfWork(since[1].toLowerCase()) && !RECOVERY_VERB.test(since[1]) && LASTING_CHANGE.test(s.slice(since[0].length)))
    return { kind: 'done', at: since.index };
  // "… and a test of the whole upgrade has been written": a piece of work (a test, a fix, an alert)
  // reported done in the passive; "the log format has been changed" tells of the incident.
  for (const passive of s.matchAll(PASSIVE_DONE_ALL))
    if (WORK_NOUN.test(s.slice(Math.max(0, passive.index - 120), passive.index)) && !conditional(s, passive.index)) return { kind: 'done', at: passive.index };
  // "There is a lot we need to do", "much more we should do": an amount of work that names no task.
  const unnamed = UNNAMED_WORK.test(s);
  const need = NEED.exec(s);
  if (need && !unnamed && !conditional(s, need.index)) return { kind: 'need', at: need.index };
  const should = SHOULD.exec(s);
  // "As a general principle, we should …": advice drawn from the incident, a lesson, not a piece of work.
  if (should && !unnamed && !conditional(s, should.index) && !GENERAL_ADVICE.test(s)) return { kind: 'should', at: should.index };
  // "All refunds will be paid in the next release", "the platform will be watching the feeds": a
  // firm future of any verb, read as work only in the plan (as "we should" is). A sentence whose
  // subject points back ("These will be taken from …") tells more of the work before it.
  const firm = FIRM_FUTURE.exec(s);
  if (firm && !ANAPHORIC_SUBJECT.test(s) && !conditional(s, firm.index)) return { kind: 'should', at: firm.index };
  return null;
}

/**
 * True when the first sentence under a sub-heading of the plan promises, in a firm future, work
 * whose subject is the heading's ("## Removal of the legacy flag" / "It will be turned off …"):
 * the pronoun points at the heading, so the sentence is that piece of work.
 */
export function commitsForHeading(sentence: string): boolean {
  const s = sentence.length > MAX_READ ? sentence.slice(0, MAX_READ) : sentence;
  if (!/^[\s*_>"'“]*(?:it|this|they|these)\s/i.test(s) || /\?\s*[*_"'”’)]*\s*$/.test(s)) return false;
  const firm = FIRM_FUTURE.exec(s);
  return !!firm && !conditional(s, firm.index) && !promisesStatusOnly(s);
}

/**
 * A promise written without its subject, as notes are ("Will add a lag alert.", "Also will review
 * the quotas before each launch."), or with the subject lost from a pasted page: the sentence opens
 * on the modal, then a bare verb of work in lower case ("take … into account" is "consider").
 * "Will this recur?" is a question (read as none above); "Will Mark restarted …" names a person.
 */
const SUBJECTLESS_PROMISE = /^[\s*_>"'“]*(?:(?:also|then|further|additionally)\s+)?(?:will|shall)\s+(?:(?:also|then|now|first)\s+)?([a-z]{2,20})\b/i;

/** Where a promise without its subject starts, or -1. */
function subjectlessPromise(s: string): number {
  const m = SUBJECTLESS_PROMISE.exec(s);
  if (!m || m[1] !== m[1].toLowerCase()) return -1;
  const rest = s.slice(m.index + m[0].length, m.index + m[0].length + 120);
  if (!IMPERATIVE.has(m[1]) && !(m[1] === 'take' && /^\s(?:[^.;]{1,100}?\s)?into\s+(?:account|consideration)\b/.test(rest))) return -1;
  return m[0].length - m[0].trimStart().length;
}

/** Words that make what follows the consequence of the clause before: "which means the hosts …". */
const CONSEQUENCE = /\b(?:(?:which|this|that|it)\s+means|meaning)(?:\s+that)?\s+(?:the\s+|all\s+|our\s+|these\s+|those\s+)?$/i;

/**
 * True for a line that names what went wrong or what the response lacked ("What needs
 * improvement:", "What went poorly"): its list holds lessons, not work.
 */
export function namesShortcomings(text: string): boolean {
  return /\b(?:needs?\s+improv\w*|went\s+(?:wrong|poorly|badly)|could\s+(?:have\s+)?(?:gone|been\s+done)\s+better|did\s+not\s+go\s+well|didn[’']?t\s+go\s+well)\b/i.test(
    text.slice(0, 200),
  );
}

/** A future passive or progressive of any verb: "will be distributed", "will be closely monitoring". */
const FIRM_FUTURE =
  /\b(?:will|shall)\s+(?:(?:also|then|now|further|first)\s+)?be\s+(?:[a-z]+ly\s+)?(?!(?:affected|impacted|required|needed|expected|allowed|based|related|limited|given|seen|known|shown|able|unable|possible|available|happening|going)\b)(?:[a-z]{3,}(?:ed|en|wn|lt|pt)|[a-z]{3,}ing|made|built|sent|run|paid|put)\b/i;

/**
 * True for a sentence that points back at the work just named and says it is already done: "The
 * latter has now been extended to …", "This is already in place", "It has since been rolled out".
 * Only with "now", "already" or "since": "It has been tested on staging" may tell a step on the way.
 */
export function reportsBackDone(sentence: string): boolean {
  const s = sentence.length > MAX_READ ? sentence.slice(0, MAX_READ) : sentence;
  if (!/^[\s*_>"'“]*(?:it|this|that|these|they|the\s+latter|the\s+(?:new|change|move|switch|migration|fix))\b/i.test(s)) return false;
  if (FIRM_FUTURE.test(s) || FUTURE.some((pattern) => pattern.test(s))) return false;
  return /\b(?:has|have)\s+(?:now|already|since)\s+been\s+[a-z]+(?:ed|en|wn|lt|pt)\b|\b(?:is|are)\s+(?:now|already)\s+(?:in\s+place|done|complete|completed|live|deployed|enabled|rolled\s+out|released|shipped|merged)\b/i.test(
    s,
  );
}

/**
 * True for a sentence that tells the remedy as carried out: "The fix was to drop the slash", "This
 * patch has been merged", "The change was deployed on Monday".
 */
export function fixToldDone(sentence: string): boolean {
  return FIX_TOLD_DONE.test(sentence.length > 200 ? sentence.slice(0, 200) : sentence);
}

const FIX_TOLD_DONE =
  /^[\s*_>"'“]*(?:the|our|this|that|a)\s+(?:[a-z-]{2,20}\s+)?(?:fix|patch|solution|remedy|change)\s+(?:was\s+to\s+[a-z]|(?:was|has\s+(?:now\s+|since\s+)?been)\s+(?:merged|deployed|applied|released|shipped|rolled\s+out|implemented|made|landed))/i;

/**
 * True for a sentence of the lessons that reports a follow-up the authors already carried out, told
 * as such: "We have already doubled the backup frequency", "We have since added …", "We improved our
 * CI to avoid this class of bug", "We upgraded the agent on all servers". A step of the response
 * ("We restarted the nodes") says none of this.
 */
export function reportsFollowUpDone(sentence: string): boolean {
  const s = sentence.length > 400 ? sentence.slice(0, 400) : sentence;
  if (FOLLOW_UP_DONE_SINCE.test(s) || SINCE_THEN_DONE.test(s) || followUpMade(s)) return true;
  const m = WE_DID.exec(s);
  if (!m || !pastOfWork(m[1].toLowerCase())) return false;
  return FOLLOW_UP_MARK.test(s.slice(m.index + m[0].length));
}

/**
 * The authors and a change they made, in the past or the present perfect, after an opening clause
 * of any kind ("Furthermore, …", "As a result, …", "To keep this from recurring, …") and an adverb
 * or two ("we have quickly rewritten …"): a verb of work in "-ed", or a common irregular one ("we
 * took steps", "we built", "we have set up").
 */
const AUTHORS_MADE =
  /^[\s*_>"'“-]*(?:([^,.;:!?\n]{1,100}),\s*)?(?:we|i)(?:\s+have|['’]ve)?\s+(?:(?:also|now|since|already|then|immediately|promptly|quickly|swiftly|subsequently|further|additionally|consequently|therefore|just|finally)\s+){0,2}(?:([a-z]{3,20}ed)|(?:took|taken)\s+(?:(?:several|some|the|further|additional|immediate|concrete|necessary|appropriate|extra)\s+)?(?:steps|measures|actions?)|(?:set|put)\s+(?:up|in\s+place)|built|rebuilt|made|written|wrote|rewrote|rewritten)\b/i;

/**
 * What aims a change at the time after the incident, firmly: it must not happen again, or holds from
 * now on ("… from coming back going forward", "so that it cannot recur", "to avoid similar outages",
 * "in the future").
 */
const AIMED_AHEAD =
  /\b(?:in\s+(?:the\s+)?future|(?:going|moving)\s+forward|from\s+now\s+on|henceforth|(?:happen(?:s|ing)?|occur(?:s|ring)?|recur(?:s|ring)?)\s+again|recurrences?|recurs?|from\s+recurring|re-?occurr?(?:ences?|ing)|repeats?|repetitions?|so\s+(?:that\s+)?(?:this|it)\s+(?:cannot|can['’]t|won['’]t|will\s+not|does\s+not|doesn['’]t)\s+(?:happen|recur)|(?:similar|future)\s+(?:[a-z-]+\s+)?(?:issues|incidents|outages|occurrences|problems|failures|events|cases|breaches|downtimes?))\b|\b(?:permanent|systematic|systemic|long[- ]term|lasting)\s+fix(?:es)?\b/i;

/**
 * What else marks a change as made for later rather than for the recovery: what it will bring, told
 * in a clause after it ("…, which will shorten our time to alert"), or the better state it leaves
 * ("to a more reliable host"). A bare purpose ("to avoid further damage") is also the response's.
 */
const AIMED_LATER =
  /\b(?:(?:which|that)\s+(?:will|should)\s+(?:(?:also|further|greatly|significantly)\s+)?(?:help\s+(?:us\s+)?(?:to\s+)?)?(?:improve|reduce|shorten|speed\s+up|prevent|catch|detect|avoid|protect|allow|let)|more\s+(?:reliable|robust|resilient|redundant|stable|secure|dependable))\b/i;

/** Verbs of work that change nothing: what the authors learnt, looked at or tried ("we have learned …", "we reviewed …"). */
const NOT_A_CHANGE =
  /^(?:learned|noticed|identified|observed|decided|experienced|encountered|started|realized|realised|discovered|determined|confirmed|investigated|analy[sz]ed|discussed|considered|reviewed|examined|assessed|evaluated|explored|researched|tried|attempted|looked|asked|worked|followed|thanked|apologi[sz]ed|expected|planned|reached|contacted|notified|communicated|informed)$/i;

/** An opening clause that sets the sentence in the incident itself: "During the outage, …", "While we waited, …", "At 09:10, …". */
const DURING_OPENING =
  /^\s*(?:during|while|whilst|when|as\s+soon\s+as|once|until|before|if|unless|at\s+\d|by\s+\d|around\s+\d|in\s+the\s+meantime|meanwhile|first|initially)\b/i;

/** An opening purpose of the recovery: "To restore service, …", "To stop the bleeding, …"; not when it looks past the incident. */
const RECOVERY_PURPOSE = /^\s*to\s+(?:restore|recover|mitigate|stop|contain|fix|resolve|stabili[sz]e|get|bring)\b/i;

/** True when a sentence aims at the time after the incident: "from happening again", "in the future", "similar outages". */
export function aimedAhead(sentence: string): boolean {
  return AIMED_AHEAD.test(sentence.length > 400 ? sentence.slice(0, 400) : sentence);
}

/**
 * True when a sentence tells a change the authors made so the incident does not come back: "We
 * have since moved the job to a queue with retries so this cannot recur", "To stop this in the
 * future, we added a check on …", "Also, we have quickly rewritten the runbook to avoid similar
 * mistakes". The change is one of work, not a step of the recovery ("we restarted the nodes"),
 * unless its aim is firmly the future; and it is not set in the incident by its opening ("During
 * the outage we added capacity to keep up").
 */
export function followUpMade(sentence: string): boolean {
  const s = sentence.length > 400 ? sentence.slice(0, 400) : sentence;
  const m = AUTHORS_MADE.exec(s);
  if (!m || (m[1] !== undefined && (DURING_OPENING.test(m[1]) || (RECOVERY_PURPOSE.test(m[1]) && !AIMED_AHEAD.test(m[1]))))) return false;
  if (/\?\s*[*_"'”’)]*\s*$/.test(s)) return false;
  const ahead = AIMED_AHEAD.test(s);
  if (m[2] !== undefined) {
    const verb = m[2].toLowerCase();
    if ((!pastOfWork(verb) && !/^(?:moved|switched|migrated|replaced)$/.test(verb)) || NOT_A_CHANGE.test(verb)) return false;
    if (RECOVERY_VERB.test(verb) && !ahead) return false;
  }
  return ahead || AIMED_LATER.test(s.slice(m[0].length));
}

/**
 * A piece of follow-up work told done by the state it is in now: "the bug in the alerting here is
 * already patched", "A fix is now put in place to …", "The main piece of prevention was added
 * already: …". "Already" or "now" says it was done since the incident; without them ("the fix is
 * deployed") the sentence may tell the resolution. The work (a fix, a check, monitoring,
 * prevention) is named in the same clause, before the verb: "the game was already started" names none.
 */
const IN_PLACE_NOW =
  /\b(?:(?:is|are)\s+now\s+(?:put\s+)?in\s+place|(?:is|are|was|were)\s+already\s+(?:put\s+in\s+place|in\s+place|patched|fixed|added|deployed|implemented|enabled|set\s+up|rolled\s+out)|(?:is|are|was|were)\s+(?:patched|fixed|added|deployed|implemented|enabled|set\s+up|rolled\s+out|put\s+in\s+place)\s+already)\b/i;

/** The work a sentence of `IN_PLACE_NOW` names as its subject: a work noun, or the prevention itself. */
const WORK_IN_PLACE = new RegExp(`${WORK_NOUN.source}|\\bprevention\\b`, 'i');

/**
 * True for a sentence that tells a follow-up as in place now: "A fix is now put in place to …",
 * "… and the bug with the end-to-end monitoring is already patched". Not a condition ("once the
 * fix is already deployed") nor a question.
 */
export function toldInPlaceNow(sentence: string): boolean {
  const s = sentence.length > 400 ? sentence.slice(0, 400) : sentence;
  if (/\?\s*[*_"'”’)]*\s*$/.test(s)) return false;
  const m = IN_PLACE_NOW.exec(s);
  if (!m || conditional(s, m.index)) return false;
  // The subject: the words of the clause before the verb.
  const before = s.slice(Math.max(0, m.index - 120), m.index);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('(')) + 1);
  return WORK_IN_PLACE.test(clause);
}

/** "We have already …", "we've since …", "We have now …" with a verb of work after. */
const FOLLOW_UP_DONE_SINCE = /^[\s*_>"'“-]*we(?:\s+have|['’]ve)\s+(?:also\s+)?(?:already|since|now)\s+(?:also\s+)?[a-z]{3,20}ed\b/i;

/** "Since then I moved the renewal onto …", "Ever since, we have automated …": a change made after the incident. */
const SINCE_THEN_DONE =
  /^[\s*_>"'“-]*(?:since\s+then|ever\s+since|afterwards)\s*,?\s*(?:i|we)(?:\s+have|['’]ve)?\s+(?:also\s+)?(?:[a-z]{3,20}ed|put|set\s+up|built|made)\b/i;

/** "Now this should not happen again": the change told just before is the fix for good. */
const NOT_AGAIN =
  /^[\s*_>"'“]*(?:(?:so|and|now|hopefully|that\s+way)\s*,?\s*){0,3}(?:this|that|it)\s+(?:won['’]t|will\s+not|shouldn['’]t|should\s+not|can['’]t|cannot|can\s+not)\s+(?:ever\s+)?(?:happen|recur)\s+again\b/i;

/** The authors and a verb of change in the past, at the start or after an opening clause: "…, I moved the renewal to …". */
const AUTHORS_CHANGED =
  /(?:^[\s*_>"'“]*|,\s+)(?:i|we)\s+(?:also\s+|then\s+|just\s+|finally\s+)?(?:moved|switched|flipped|changed|replaced|migrated|set\s+up|added|enabled|automated|turned\s+on|put)\b/i;

/**
 * True when a sentence tells a change the authors made ("Instead of …, I moved the renewal onto a
 * company card") and the sentence after it says the incident will not happen again: a fix carried
 * out, told once in prose.
 */
export function fixThenNotAgain(sentence: string, next: string): boolean {
  return (
    NOT_AGAIN.test(next.length > 200 ? next.slice(0, 200) : next) && AUTHORS_CHANGED.test(sentence.length > MAX_READ ? sentence.slice(0, MAX_READ) : sentence)
  );
}

/**
 * A change told as the state it leaves, with "now": "The build farm is now fully self-hosted", "Our
 * team now owns every DNS record of the product". Not the service back in working order ("is now
 * back up", "are now operating normally") nor the state of the incident ("is now degraded").
 */
const NOW_STATE =
  /^[\s*_>"'“]*(?:[^.;:!?\n]{1,60}?\s)?(?:(?:is|are)\s+now\s+(?:(?:entirely|fully|completely|also)\s+)?(?!(?:back|up|online|offline|operational|operating|working|available|unavailable|running|restored|stable|healthy|normal|resolved|fixed|functioning|responding|accessible|reachable|recovering|recovered|live|down|affected|degraded|investigating|monitoring|aware|able|unable|closed|complete|completed|over|done|safe|clear|gone|empty|full|serving|processing|catching|caught|warm|cold|ready|idle|quiet|green|synced|draining|drained)\b)\p{L}[\p{L}-]{2,30}|now\s+(?:has|have|holds?|owns?|uses?|runs?|keeps?|controls?)\s+(?:full|complete|sole|direct|its\s+own|our\s+own|their\s+own|every|all)\b)/iu;

/**
 * The sentence after a change, pointing back at it and saying what it guards against or makes
 * possible: "This will let us react faster …", "That removes the need for …", "It mitigates …".
 */
const PURPOSE_BACK =
  /^[\s*_>"'“]*(?:this|that|it)\s+(?:(?:will|should|also|now)\s+){0,2}(?:allows?|lets?\s+us|mitigates?|prevents?|ensures?|removes?\s+the\s+(?:need|risk)|avoids?|reduces?\s+the\s+(?:risk|chance|likelihood|impact)|protects?|guards?\s+against)\b/i;

/** Words of the service coming back: "again", "back". */
const BACK_AGAIN_WORDS = /\b(?:again|back)\b/i;

/** Words that look ahead past the incident: "in the future", "if it recurs", "happens again". */
const LOOKS_AHEAD = /\b(?:in\s+(?:the\s+)?future|going\s+forward|recurs?|(?:happens?|occurs?)\s+again)\b/i;

/**
 * True when a sentence tells a change as the state it leaves ("The build farm is now fully
 * self-hosted") and the sentence after it points back and says what it guards against: a
 * follow-up carried out, told as its result.
 */
export function stateThenPurpose(sentence: string, next: string): boolean {
  const s = sentence.length > MAX_READ ? sentence.slice(0, MAX_READ) : sentence;
  const after = next.length > 200 ? next.slice(0, 200) : next;
  // "The cache is now warm. This lets pages load fast again.": the service brought back, unless the
  // purpose looks ahead ("… if it happens again in the future").
  if (BACK_AGAIN_WORDS.test(after) && !LOOKS_AHEAD.test(after)) return false;
  return PURPOSE_BACK.test(after) && NOW_STATE.test(s) && !/^[\s*_>"'“]*(?:if|unless|when|whether|once|until)\b/i.test(s) && !/\?\s*$/.test(s);
}

/** "We improved …", "We also upgraded …": the authors and a verb in the past, opening the sentence. */
const WE_DID = /^[\s*_>"'“-]*we\s+(?:also\s+|then\s+|since\s+)?([a-z]{3,20}ed)\b/i;

/** What makes a past piece of work a follow-up: its purpose, our own practice changed, or every server reached. */
const FOLLOW_UP_MARK =
  /\b(?:to\s+(?:avoid|prevent|catch|detect)|so\s+that|in\s+order\s+to)\b|^\s+(?:our|the)\s+(?:[a-z-]+\s+){0,2}(?:ci|cicd|ci\/cd|pipelines?|tests?|testing|procedures?|process(?:es)?|monitoring|alerting|runbooks?|playbooks?|checks?|checklists?|backups?|tooling)\b|\b(?:on|to|across)\s+all\s+(?:(?:of\s+)?(?:our|the)\s+)?(?:servers|hosts|nodes|machines|clusters|environments|instances)\b/i;

/** A sentence whose subject points back to what was said before it: "These farmers …", "They …", "It …". */
const ANAPHORIC_SUBJECT = /^[\s*_>"'“]*(?:these|those|they|this|that|it|which|he|she|such)\b/i;

/**
 * A sentence that opens on a condition and a comma: "If we roll back again, …", "Unless the vendor
 * ships it, …". A condition of one word ("If possible, …", "If needed, …") names none of its own.
 */
const CONDITION_FIRST = /^[\s*_>"'“]*(?:if|unless|in\s+case|should\s+we|were\s+we)\b(?!\s+[\p{L}-]+\s*,\s*$)[^.;:!?]*,\s*$/iu;

/** "If <condition> then …" written without a comma: what follows "then" is its consequence. */
const CONDITION_THEN = /^[\s*_>"'“]*(?:if|unless)\s[^.;:!?]{1,200}?\sthen\s/i;

/** "When we document the fix, …": a habit in the present, before which what we are doing is a general truth. */
const HABIT_FIRST = /^[\s*_>"'“]*(?:when|whenever|every\s+time)\s+we\s+(?!will\b|are\s+going\b|['’]ll\b)[a-z]+\b[^.:!?]*[,;]\s*$/i;

/** True when the words before `at` make what follows a condition or a hypothesis. */
function conditional(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 40), at).toLowerCase();
  // "If we roll back again, we will need the vendor": the consequence of a condition the sentence opens on.
  if (at <= 300 && CONDITION_FIRST.test(s.slice(0, at))) return true;
  // "If the workers fall behind then the queue that the app will drain grows": all after "then" is the consequence.
  if (at <= 300 && CONDITION_THEN.test(s.slice(0, at))) return true;
  return (
    /\b(?:if|unless|whether|when|once|until|before|after|so that|in case|otherwise|what|how)\s+$/.test(before) ||
    // "… is still out as to whether we will …": an open question, however "whether" is spelt.
    /\bas\s+to\s+[a-z]+\s+$/.test(before) ||
    /\b(?:if|unless|in case)\b[^,.;]*$/.test(before) ||
    CONDITION_CLAUSE.test(s.slice(Math.max(0, at - 200), at))
  );
}

/**
 * A clause of condition with a subject of its own just before the main clause: "if we roll back
 * again, we will need …", "should the vendor fail, we will …": a consequence, not a promise. "If
 * possible, we will …" names no condition of its own, and "When we merge, we need to …" sets a rule
 * of work: the promise stands.
 */
const CONDITION_CLAUSE = /\b(?:if|unless|should)\s+(?:we|you|they|it|this|that|someone|anyone|the\s+[\p{L}-]{2,30})\s+[^.;:!?]{2,180},\s*(?:then\s+)?$/iu;

/**
 * What an incident update promises its readers rather than work that follows the incident: to keep
 * watching ("we will continue to monitor", "we'll be monitoring", "keep an eye on it"), to say more ("we will update this
 * page", "we'll update here when it is resolved", "I'll next post an update around 14:30", "we'll share a full write-up", "publish more details", "keep you posted").
 */
const STATUS_UPDATE =
  /\b(?:continu\w*\s+(?:to\s+)?(?:monitor|watch|observ)\w*|\b(?:we|i)\s*(?:will|['’]ll)\s+be\s+(?:closely\s+|actively\s+|carefully\s+)?(?:monitoring|watching|observing)\b|keep(?:ing)?\s+(?:an\s+eye|a\s+close\s+eye|watch|monitoring|(?:you|everyone|users|customers|the\s+community)\s+(?:posted|informed|updated|in\s+the\s+loop))|let\s+(?:you|everyone|users|customers|the\s+community)\s+know|\b(?:we|i)\s*(?:will|['’]ll)\s+(?:next\s+)?(?:post\s+(?:an\s+)?)?updates?\s+(?:here\b|(?:again\s+|next\s+)?(?:at|by|around)\s+\d)|updat\w*\s+(?:this|the)\s+(?:page|post|thread|issue|incident|report|status\s+page|blog)(?!\s+(?:template|process|automatically))|\b(?:this|the)\s+(?:(?:incident|status|blog)\s+)?(?:page|post|thread|report|incident|issue|article)\s+will\s+be\s+updated\b(?!\s+to\b)|(?:shar|publish|post|provid|send|giv|releas|writ)\w*\s+(?:a\s+|an\s+|the\s+|our\s+|more\s+|further\s+|another\s+|additional\s+)?(?:full\s+|complete\s+|detailed\s+|final\s+|formal\s+|public\s+|follow[- ]?up\s+)?(?:details|update|updates|information|info|write[- ]?up|post[- ]?mortem|report|rca|retrospective)\b)/i;

/**
 * A promise that names no work: to try hard ("we will do everything we can", "do our best"), to do
 * better, or to learn and improve in general ("we will learn from this and improve"). An apology's
 * closing words, not an item; a commitment that says what will change is read as usual. So is a
 * commitment to a value or a state kept ("We are committed to keeping the service free", "we
 * remain committed to transparency"): the authors' mission, not a piece of work. So is work
 * named only by a better whole ("we keep working on a smoother experience for you"), or by the next
 * one made "even better" ("our goal is to make each edition even better than the last"), and learning
 * vowed in general ("we are committed to learning and evolving").
 */
const EMPTY_PROMISE =
  /\b(?:will|shall|'ll|going\s+to|are\s+committed\s+to|commit\s+to)\s+(?:(?:also|continue\s+to|keep)\s+)?(?:do\s+(?:everything|all|whatever)\s+(?:we|i)\s+can|do\s+(?:our|my)\s+(?:very\s+)?best|do\s+better|(?:try|work|strive)\s+(?:hard(?:er)?\s+)?to\s+(?:do\s+better|improve|learn|earn|regain|rebuild|be\s+better)|learn\s+from\s+(?:this|it|these|our|the)\b(?!\s+\w+\s+(?:by|with)\b)(?:[^.;]{0,40}?\band\s+improve)?\s*[.!;]?\s*$|improve\s*[.!;]?\s*$|(?:earn|regain|rebuild)\s+(?:your|the|our\s+customers')\s+trust|take\s+(?:the\s+|all\s+(?:the\s+)?)?(?:necessary\s+|appropriate\s+|further\s+)?(?:steps|measures|actions?)\s+to\s+(?:(?:ensure|make\s+sure)\s+(?:that\s+)?(?:this|it|nothing\s+like\s+this|(?:this|such\s+an?|a\s+similar)(?:\s+(?:sort|kind|type)\s+of)?\s+[a-z-]+)\s+(?:(?:[a-z-]+\s+){0,2}?(?:does\s+not|doesn['’]t|will\s+not|won['’]t|never|cannot|can['’]t)\s+(?:happen|recur|occur)|(?:does\s+not|doesn['’]t|will\s+not|won['’]t|never|cannot|can['’]t)\s+(?:happen|recur|occur))|prevent\s+(?:this|it|a\s+repeat|a\s+recurrence|recurrence)\b)(?![^.;]{0,80}\b(?:by|with)\s)|(?:go|get)\s+back\s+to\s+(?:(?:building|work|working|business|normal|our\s+(?:usual|regular|normal|day)\w*)\b))|\b(?:work(?:ing)?|striv(?:e|ing))\s+(?:(?:hard|full\s+steam|tirelessly|constantly|every\s+day|daily)\s+)*(?:on|towards?|to\s+(?:provide|deliver|build|create))\s+(?:an?\s+|the\s+)?(?:(?:even|ever|much)\s+)?(?:better|improved|smoother|greater|more\s+(?:reliable|stable))\s+(?:(?:user|customer|overall|product)\s+)?(?:experience|service|product|platform)s?(?:\s+(?:for\s+(?:you|everyone|all|our\s+users)|every\s+day|each\s+day|day\s+by\s+day))*\s*[.!]?\s*$|\b(?:are|am|remain|stay|is)\s+(?:(?:still|fully|deeply|firmly|truly)\s+)?committed\s+to\s+(?:keeping|maintaining|remaining|staying|being|providing|protecting|serving|rebuilding|earning|regaining|transparency|openness|(?:learning|evolving|growing)(?=\s+(?:and|from|with|in|as|together|each|every|through)\b|\s*[.,;!]|\s*$))\b|\bmak(?:e|es|ing)\s+(?:(?:an?|the|our|this|each|every|future|next|successive|upcoming|coming|following)\s+){0,3}(?:[\w'’-]+\s+){0,2}?(?:even|ever)\s+better\b(?![^.;!?]{0,80}\b(?:by|with|through|using|via)\b)/i;

/**
 * The authors speaking to their readers rather than promising work: announcing what the post tells
 * ("I will share with you the steps I took", "we'll walk you through the night"), hoping for the
 * readers' goodwill ("We hope this write-up is useful to you."), or a courtesy told as a wish or
 * a promise to the readers ("We would like to remind all readers that …", "we want to thank …", "we
 * will invite all of you to …"). "We will remind on-call engineers to …" names whom the work is for: an item.
 */
const TO_READERS =
  /\b(?:we|i)(?:\s+(?:will|shall|would\s+like\s+to|want\s+to)|['’]ll|['’]d\s+like\s+to|\s+(?:am|are)\s+going\s+to|['’](?:m|re)\s+going\s+to)\s+(?:now\s+|also\s+|first\s+)?(?:share\s+with|walk|take|tell|show|guide|explain\s+to)\s+(?:you|our\s+readers|everyone)\b|^[\s*_>"'“]*(?:we|i)\s+(?:(?:really|sincerely|truly|do)\s+)?(?:hope|trust)\s+(?:that\s+)?(?:you|our\s+(?:readers|users|customers|community)|everyone)\b|\b(?:we|i)(?:\s+(?:would|should)\s+(?:also\s+)?like\s+to|['’]d\s+(?:also\s+)?like\s+to|\s+(?:also\s+)?(?:want|wish)\s+to)\s+(?:(?:also|again|once\s+again|briefly|take\s+this\s+opportunity\s+to|use\s+this\s+opportunity\s+to)\s+){0,2}(?:remind|thank|invite|encourage|urge|reassure|assure|apologi[sz]e|point\s+out|emphasi[sz]e|stress|highlight|reiterate|clarify|acknowledge|welcome|congratulate|recogni[sz]e|note)\b|\b(?:we|i)(?:\s+(?:will|shall)|['’]ll)\s+(?:(?:also|again|kindly)\s+)?(?:remind|invite|encourage|urge|reassure|assure)\s+(?:you|all\b|everyone|everybody|anyone|our\s+(?:readers|users|customers|community|members|partners)|the\s+community)/i;

/** "we will", "we'll", "I am going to": the authors' own future. */
const AUTHORS_WILL = String.raw`\b(?:we|i)(?:\s+will|['’]ll|\s+(?:are|am)\s+going\s+to|['’](?:re|m)\s+going\s+to|\s+shall)\s+(?:(?:now|first|then|also|briefly|next)\s+)?`;

/**
 * The authors announcing how the write-up itself goes, not work on the system: what a part of it
 * will tell ("In this piece we'll cover …", "On this page we will post …", "Below, I'll go
 * through …"), what the authors take the readers over wherever it stands ("We'll go over how a
 * login normally flows", "I'll explain why the cache matters"), how the analysis is cut up ("We'll
 * break the outage into two problems", "I'll break down the steps of our response"), or the method
 * it follows ("we'll use a technique called …"). "We'll explain the new limits to every customer"
 * names no question the post answers: it is read as usual.
 * "We'll split the queue into two shards" or "we will use a canary stage for every release" is work.
 */
const ABOUT_THE_TELLING = new RegExp(
  String.raw`\b(?:(?:in|on|throughout)\s+this\s+(?:article|(?:blog\s+)?post|write[- ]?up|document|doc|report|section|page|retrospective|post[- ]?mortem|piece)|below|in\s+what\s+follows|in\s+the\s+(?:next|following)\s+(?:sections?|paragraphs?|parts?))\b[\s,]*(?:[^.;!?\n]{0,20}?)` +
    AUTHORS_WILL +
    String.raw`(?:look|describe|explain|cover|go\s+(?:through|over)|walk|discuss|outline|detail|report|present|break|summari[sz]e|answer|review|list|show|tell|focus|dive|examine|analy[sz]e|start|begin)\b|` +
    AUTHORS_WILL +
    String.raw`(?:go\s+over(?![^.;!?]{0,80}\bwith\s+(?:the|each|every|all|our)\b)|walk\s+(?:you\s+|readers\s+|everyone\s+)?through|recap|(?:explain|describe|outline|illustrate|show)\s+(?:(?:briefly|first|here)\s+)?(?:how|what|why|where|when)|(?:break|split|divide|separate)\s+(?:up\s+|down\s+)?(?:the|this|our)\s+(?:[\p{L}-]+\s+)?(?:incident|outage|analysis|problems?|events?|timeline|failures?|story|discussion)\s+(?:up\s+|down\s+)?into|(?:break|split)\s+down\s+(?:the|each|our)\s+(?:[\p{L}-]+\s+){0,2}(?:steps|events|causes|phases|parts|stages|timeline)|(?:use|apply|follow)\s+(?:a|an|the)\s+(?:[\p{L}\p{N}-]+\s+){0,2}(?:technique|method|methodology|approach|framework|format|model|exercise)\s+(?:called|known\s+as|named)|(?:use|apply|follow)\s+(?:the\s+)?["“]?(?:5|five)\s+whys)\b`,
  'iu',
);

/**
 * What a status post says while the incident is still on: the authors are looking into the
 * incident itself ("We are investigating the cause.", "we're looking into it and will …", "we are
 * investigating and monitoring the issue"), will
 * put it right as fast as they can ("We will try to sort this out as soon as we can", "will bring the
 * queue back as quickly as we can"), or will go on studying what happened ("We will continue to
 * study what led up to the outage"). Work named by its object ("We are investigating a change
 * to the retry limits", "We will add a retry limit as soon as possible") is read as usual.
 */
const LIVE_UPDATE =
  /^[\s*_>"'“]*(?:we|i)(?:\s+are|['’]re|\s+am|['’]m)\s+(?:(?:still|currently|actively|now|already|also)\s+){0,2}(?:investigating|looking\s+into|examining|analy[sz]ing)(?:\s+(?:and|&)\s+(?:monitoring|investigating|looking\s+into|examining|analy[sz]ing))?\s+(?:(?:the|this|that|these)\s+)?(?:(?:root\s+|underlying\s+|possible\s+)?causes?|issues?|problems?|incident|outage|matter|situation|reports?|errors?|failures?|it|this|that)\s*(?:[.!]|$|,?\s+and\s+(?:will|we['’]ll)\b)|\b(?:will|['’]ll|shall)\s+(?:(?:try|work|strive)\s+(?:to|and)\s+|do\s+(?:our|my)\s+best\s+to\s+)?(?:fix|resolve|restore|repair|solve|address)\s+(?:this|it|that|the\s+(?:issue|problem|outage|incident|situation))\s+as\s+(?:soon|quickly|fast)\s+as\s+(?:possible|we\s+can|practical)\b|\b(?:will|['’]ll|shall)\s+(?:(?:try|work|strive)\s+(?:to|and)\s+)?(?:bring|get)\s+(?:(?:it|this|everything)|(?:the|our)\s+[\p{L}-]{2,30})\s+back(?:\s+(?:up|online|to\s+normal))?\s+as\s+(?:soon|quickly|fast)\s+as\s+(?:possible|we\s+can|practical)\b|\b(?:will|['’]ll|shall)\s+continue\s+to\s+(?:analy[sz]e|investigate|study|look\s+into|examine)\s+(?:the\s+)?(?:events?|incident|outage|causes?|root\s+cause|what\s+happened|data|logs?|timeline)\b/iu;

/**
 * Words that pin a sentence to the moment it was written: "right now", "at the moment", "as of
 * (the time of) writing", "as we speak", or a "now" that closes it ("… looking into the logs now.").
 * A "now" inside the sentence ("we are now adding …") tells a change of course, not the moment.
 */
const AT_THE_MOMENT =
  /\b(?:right\s+now|at\s+(?:the|this)\s+(?:very\s+)?moment|as\s+we\s+speak|(?:as\s+of|at)\s+(?:the\s+)?(?:time\s+of\s+)?(?:this\s+)?writing)\b|\bnow[\s*_.!)\]]*$/i;

/** A clock stamp that opens a posted update: "(6:30 UTC) …", "[14:05] …", "Update 09:12 CET: …", "**22:40** – …". */
const CLOCK_STAMP = /^[\s*_>]*(?:update\s*:?\s*)?[([]?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?[)\]]?[*_]*\s*[:\u2013\u2014-]?\s/i;

/**
 * The state a status page posts an update under, opening it: "*Investigating* - …", "Identified: …",
 * "**Monitoring** — …". What follows it is told while the incident lasts.
 */
const STATUS_LABEL = /^[\s*_>]*(?:investigating|identified|monitoring|verifying)[*_]*(?:\s*\(\d{1,2}\))?[*_]*\s*[:\u2013\u2014-]\s/i;

/**
 * A live status update: what the authors are doing at the moment they post, in the present
 * progressive ("We're restoring the database right now", "(6:30 UTC) We are investigating slow
 * page loads"), pinned to that moment by its words or by the clock time that opens it. It tells
 * readers how the incident stands, not work that follows it. The same verb without the moment
 * ("We are adding an alert on queue depth") is work under way.
 */
export function liveStatusUpdate(sentence: string): boolean {
  const s = sentence.length > MAX_READ ? sentence.slice(0, MAX_READ) : sentence;
  if (BRINGING_BACK.test(s)) return true;
  if (!PROGRESS.test(s) && !WE_DOING.test(s)) return false;
  return AT_THE_MOMENT.test(s) || CLOCK_STAMP.test(s) || STATUS_LABEL.test(s) || FIXING_IT.test(s);
}

/**
 * Whoever is at work (the authors, "the support team", "our network engineers") busy bringing the
 * service back, in the present progressive: "we are in the process of restoring access over a
 * spare link", "the platform team is working to bring the site back up", "we are looking at fixing
 * the issue and restarting the workers", "the ops group is looking into it". That is the response as
 * it goes, whatever route it takes. Work named by its own object ("we are working on restore drills",
 * "we are looking at a second provider") is read as usual.
 */
const BRINGING_BACK =
  /\b(?:we(?:\s+are|['’]re)|i(?:\s+am|['’]m)|(?:the|our)\s+(?:[\p{L}-]{1,30}\s+){0,3}(?:team|teams|squad|group|engineers|staff|crew)\s+(?:is|are))\s+(?:(?:now|currently|still|actively|already|also|busy)\s+){0,2}(?:(?:in\s+the\s+process\s+of|working\s+(?:to|on|at)|looking\s+at|trying\s+to|busy)\s+)?(?:(?:restor|recover)(?:e|es|ing)?\s+(?:(?:full|normal|all|the|our|your|affected|remaining)\s+)?(?:services?|access|connectivity|traffic|operations?|functionality|it|this|everything|the\s+(?:site|system|service|platform|network|database|cluster|servers?|link|connection|data))\b|(?:bring(?:ing)?|get(?:ting)?)\s+(?:(?:it|this|everything|things)|(?:the|our)\s+[\p{L}-]{2,30})\s+back\b|fix(?:ing)?\s+(?:it|this|that|the\s+(?:issue|problem|outage|incident|situation|fault))\b|look(?:ing)?\s+into\s+(?:it|this|that|the\s+(?:issue|problem|outage|incident|situation|matter|fault))\s*(?:[.!]|$))/iu;

/**
 * The authors at work on the incident itself, named by a pronoun or as the issue: "we are now
 * working to restore it", "we're working on a fix", "we are still working on resolving the
 * problem". Work named by its own object ("we are working on a fix for the retry limit") is read
 * as usual.
 */
const FIXING_IT =
  /\b(?:we(?:\s+are|['’]re)|i(?:\s+am|['’]m))\s+(?:(?:now|currently|still|actively|already|hard\s+at)\s+){0,2}work(?:ing)?\s+(?:(?:hard|quickly)\s+)?(?:(?:to|on)\s+(?:fix|fixing|resolv(?:e|ing)|restor(?:e|ing)|repair(?:ing)?|solv(?:e|ing)|mitigat(?:e|ing)|address(?:ing)?)\s+(?:it|this|that|the\s+(?:issue|problem|outage|incident|situation|disruption|errors?))\b|on\s+a\s+(?:fix|resolution|solution)(?:\s+for\s+(?:it|this|that|the\s+(?:issue|problem|outage|incident)))?(?=\s*(?:[.!,;]|$|\s+(?:and|now|right\s+now|as\s+we\s+speak)\b)))/i;

/**
 * A call or meeting announced at a time of day: "A call will be held at 14:00 UTC for everyone
 * running a node", "The bridge is hosted from 9:00-10:00 CET". An invitation to the people dealing
 * with the incident, not follow-up work.
 */
const CALL_AT =
  /\b(?:call|calls|meeting|bridge|sync|session|stand-?up|town\s*hall|huddle|briefing|office\s+hours)\s+(?:will\s+be|is(?:\s+being)?|has\s+been)\s+(?:held|hosted|run|scheduled|organi[sz]ed|set\s+up|opened)\b[^.!?]{0,60}?\b(?:at|from|between)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?\b|(?:[-–]|to|and)\s*\d{1,2}[:.]\d{2}|\s?(?:utc|gmt|[A-Z]{2,4}T)\b)/i;

/**
 * The readers told they will hear more, in any of the common ways: the authors will reach them ("we
 * will update you once the vendor confirms", "I'll email you"), they will be told ("members will be
 * notified when this is booked", "you will be informed as soon as we know more"), more news is on
 * its way ("further updates to follow", "we will have more updates soon"), or the authors will write
 * about it ("I'll write more about the new build later"). "Customers will be emailed when their
 * quota runs low" names what a change will do: read as usual.
 */
const TELLS_READERS_MORE =
  /\b(?:will|['’]ll|shall)\s+(?:(?:also|then|further|again|directly)\s+)?(?:update|notify|inform|contact|e-?mail|tell|advise|write\s+to|get\s+back\s+to)\s+(?:you|everyone|all\s+of\s+you)\b|\b(?:you|members|users|customers|clients|subscribers|everyone|all\s+(?:users|customers|members))\s+will\s+be\s+(?:(?:kept\s+)?(?:notified|informed|updated|told|e-?mailed|contacted|advised))\s+(?:(?:when|once|as\s+soon\s+as|after)\s+(?:this|that|it|we|more|further|there)\b|of\s+(?:any\s+)?(?:progress|developments|changes)\b)|\b(?:(?:more|further|additional)\s+)?updates?\s+(?:to\s+follow|will\s+follow)\b|\b(?:will|['’]ll)\s+have\s+(?:more|further|an?\s+)\s*(?:updates?|information|news|details)\b|\b(?:will|['’]ll|shall)\s+(?:(?:also|then|probably|maybe|later)\s+)?(?:write|blog|post|talk)\s+(?:(?:more|a\s+bit|a\s+little|separately|later)\s+)?about\b/i;

/**
 * What the authors make of the incident itself: "we are marking this incident as low priority",
 * "we are treating the outage as a major one". A verdict on the event, not work.
 */
const JUDGES_INCIDENT =
  /\b(?:mark(?:ing|ed)?|classif(?:y|ying|ied)|treat(?:ing|ed)?|rat(?:ing|ed)|categori[sz](?:e|ing|ed)|label(?:l?ing|l?ed)?|declar(?:e|ing|ed)|consider(?:ing|ed)?)\s+(?:this|the|that)\s+(?:incident|outage|issue|event|matter|disruption)\s+as\b/i;

/**
 * A closing pledge to go on making the whole better: "we will keep improving Acme so that this never
 * happens again", "we'll continue to improve our platform." It names the product or the whole, no
 * change to it. "We will keep improving the retry logic …" names a part: read as usual.
 */
const KEEPS_IMPROVING =
  /\b(?:will|shall|['’]ll|going\s+to)\s+(?:continue\s+to\s+improve|keep\s+(?:on\s+)?improving)(?:\s+(?:(?:our|the)\s+)?(?:\p{Lu}[\p{L}\p{N}.-]{1,30}|products?|services?|platform|systems?|infrastructure|reliability|processes|things|everything))?\s*(?:[.!]\s*$|$|,?\s*(?:to\s+(?:ensure|make\s+sure)|so(?:\s+that)?)\s+[^.;]{0,100}?\b(?:happen|recur|occur)s?(?:\s+again)?\s*[.!]?\s*$)/iu;

/**
 * A sentence of thanks, appreciation or apology ("Thanks again for your patience …", "We appreciate
 * your …", "We are sorry for the trouble, and we will …"): a courtesy, and a promise folded into it
 * is the courtesy's close, not work named. "Thanks to the alert, …" gives a cause.
 */
const THANKS =
  /^[\s*_>"'“]*(?:(?:many\s+)?thanks|thank\s+you|(?:we|i)\s+(?:(?:really|truly|sincerely|greatly|deeply)\s+)?(?:appreciate|apologi[sz]e)|(?:we|i)(?:\s+(?:are|am)|['’](?:re|m))\s+(?:(?:so|very|truly|really|deeply|sincerely|extremely)\s+)?sorry)\b(?!\s+to\b)/i;

/**
 * A plan told in the history of the incident: "we were originally going to move the database that
 * week", "I had planned to retire the old host". What the authors meant to do before, not follow-up
 * work; a sentence that goes on to a promise ("…, and will now do so in May") is read as usual.
 */
const PAST_PLAN =
  /\b(?:we|i)\s+(?:(?:were|was|had\s+been)\s+(?:(?:originally|initially|already|previously|first|still)\s+)?(?:planning|intending|hoping|going)|had\s+(?:(?:originally|initially|already|previously|first)\s+)?(?:planned|intended|hoped|meant))\s+to\b(?![^.;!?]{0,300}\b(?:will|shall|['’]ll|now\s+plan)\b)/i;

/**
 * A sentence that opens the post by announcing what it tells: "Here is what broke, and what we are
 * changing so it cannot recur", "This post explains what broke and how we are fixing it", "Below is
 * a summary of why … and what we are doing about it". It points at the rest of the post, whatever
 * verb of work its "how" or "what" clause holds. "Here is the fix we will ship" names work; a
 * promise after a colon ("Here is how we will prevent this: we will add …") is read as usual.
 */
const ANNOUNCES_POST =
  /^[\s*_>"'“]*(?:here['’]s|here\s+is|below\s+(?:is|are|you['’]ll\s+find)|this\s+(?:blog\s+)?(?:post|article|write[- ]?up|report|document|page)\s+(?:explains|describes|covers|sets\s+out|details|outlines|summari[sz]es|is\s+about)|in\s+this\s+(?:blog\s+)?(?:post|article|write[- ]?up|report|document|page),?\s+(?:we|i)\s+(?:explain|describe|cover|set\s+out|detail|outline|summari[sz]e|look\s+at|go\s+over|walk\s+through))\s+(?:[^.!?:;]{0,80}?\s)?(?:what|how|why)\s+[^:：]*$/i;

/**
 * The plan named as a whole, as the steps, changes or measures just listed: "these measures",
 * "the steps above", "all of the above changes", "the actions listed below".
 */
const WHOLE_PLAN = String.raw`(?:(?:all\s+(?:of\s+)?)?(?:these|those|the\s+above)\s+(?:[\p{L}-]+\s+)?(?:measures|steps|changes|actions|improvements|fixes|safeguards|efforts|items|initiatives|precautions|follow[- ]?ups)|the\s+(?:[\p{L}-]+\s+)?(?:measures|steps|changes|actions|improvements|fixes|safeguards|efforts|items|initiatives|precautions)\s+(?:listed\s+|described\s+|outlined\s+)?(?:above|below)|(?:all\s+(?:of\s+)?)?the\s+above)`;
/** What the whole plan is meant to bring: the authors' aim or hope, or an outcome it will have. */
const PLAN_OUTCOME = String.raw`(?:(?:we|i)\s+(?:(?:aim|hope|expect|intend|trust|believe|are\s+confident|am\s+confident)|(?:are|am)\s+(?:aiming|hoping|expecting))\b|(?:will|should|would|can|are\s+(?:meant|expected|designed)\s+to)\s+(?:(?:greatly|significantly|substantially|further|together|collectively|all|help\s+(?:to\s+)?)\s+){0,2}(?:help|reduce|minimi[sz]e|lower|limit|prevent|improve|ensure|make|give|provide|allow|enable|strengthen|increase|decrease|mitigate|avoid|lessen|cut|shorten)\b)`;
/**
 * The sentence that sums up a plan by what it is for, before or after its items: "By taking these
 * measures, we hope to keep …", "With the changes above in place, we expect …", "Together, these
 * steps should greatly reduce …", "We believe the actions listed above will make …". It names no
 * work of its own, only the aim of the work named elsewhere. "With these changes in place, we will
 * also add a canary stage" names new work, and is read as usual.
 */
const SUMS_UP_PLAN = new RegExp(
  String.raw`^[\s*_>"'“]*(?:(?:(?:taken\s+)?together|overall|in\s+short|in\s+summary|ultimately|altogether),?\s+)?(?:(?:by|through|with|via|after|once|thanks\s+to)\s+(?:(?:taking|implementing|making|carrying\s+out|putting\s+in\s+place|completing|adopting|introducing|following\s+through\s+(?:on|with)|delivering|shipping|rolling\s+out)\s+)?${WHOLE_PLAN}\b[^.!?;:]{0,40}?,?\s+${PLAN_OUTCOME}|${WHOLE_PLAN}\b\s+(?:(?:taken\s+)?together\s+|combined\s+|as\s+a\s+whole\s+)?${PLAN_OUTCOME}|(?:we|i)\s+(?:believe|expect|hope|trust|are\s+confident|am\s+confident)\s+(?:that\s+)?${WHOLE_PLAN}\b\s+${PLAN_OUTCOME})`,
  'iu',
);

/**
 * A sentence about the write-up itself, told as under way: "In the interest of transparency I am
 * writing up the problems of the week", "we're writing this to explain what broke", "I'm writing
 * about what happened". The post is the work it names. "We are writing a runbook for failover"
 * names other work, and is read as usual.
 */
const WRITING_IT_UP =
  /\b(?:we|i)(?:\s+am|\s+are|['’]m|['’]re)\s+(?:(?:now|also|here)\s+)?writing\s+(?:up\s+)?(?:this\b|about\b|(?:(?:the|our|my)\s+)?(?:(?:various|several|recent)\s+)?(?:problems|issues|events|incidents?|outages?|failures?)\b|(?:what|how|why)\s)/i;

/**
 * A sentence that says the authors have no fix, whatever else it says they look into: "This is an
 * ongoing issue to which I have no solution (although I am investigating some leads)", "We have
 * no fix yet and are looking into it". Finding out is the incident's own investigation, not work
 * that follows it; a sentence that names work to do besides ("… but we are adding an alert") is
 * read as usual.
 */
const NO_FIX_YET =
  /\b(?:(?:we|i)\s+(?:still\s+)?(?:have|had)\s+no|(?:we|i)\s+(?:do\s+not|don['’]t)\s+(?:yet\s+)?have\s+(?:a|any)|there\s+is\s+(?:still\s+)?no)\s+(?:(?:real|good|known|permanent|proper)\s+)?(?:solution|fix|workaround)s?\b/i;

/** Other work a sentence may name beside its finding out: a promise, or a change under way. */
const OTHER_WORK = /\b(?:will|['’]ll|adding|building|moving|migrating|replacing|switching|writing|changing)\b/i;

/** True when a sentence says the authors have no fix and names only finding out besides (`NO_FIX_YET`). */
function noFixYet(s: string): boolean {
  return NO_FIX_YET.test(s) && /\b(?:investigat\w*|looking\s+(?:into|at)|exploring|researching|examining|following\s+up)\b/i.test(s) && !OTHER_WORK.test(s);
}

/**
 * True when a sentence promises other work beside telling readers more ("We will add a disk alert
 * and keep you posted", "We plan to publish a second status page to help keep users informed"):
 * without its clause of informing (`withoutInforming`), it holds no status words and still reads as work.
 */
function workBesideInforming(s: string): boolean {
  const rest = withoutInforming(s);
  return rest !== s && !STATUS_UPDATE.test(rest) && !ONLY_THE_RESPONSE.test(rest) && readSentence(rest) !== null;
}

/**
 * What is left of a status note once its promise to inform is out, when it names only the
 * response under way: "We are investigating", "we're looking into it", "We are working on a fix".
 */
const ONLY_THE_RESPONSE =
  /^[\s*_>"'“]*(?:we|i)(?:\s+are|['’]re|\s+am|['’]m|\s+will|['’]ll)\s+(?:(?:still|currently|actively|now|also|continue\s+to|keep)\s+)*(?:investigat\w*|look(?:ing)?\s+into\s+(?:it|this|that|the\s+(?:issue|problem|matter))|work(?:ing)?\s+on\s+(?:it|this|that|a\s+fix|a\s+solution|the\s+(?:issue|problem|fix))|fix(?:ing)?\s+(?:it|this|that))[\s,.!]*$/i;

/** True when a sentence's promise is to keep watching or to tell readers more, not follow-up work. */
export function promisesStatusOnly(sentence: string): boolean {
  const s = sentence.length > MAX_READ ? sentence.slice(0, MAX_READ) : sentence;
  return (
    (STATUS_UPDATE.test(s) && !workBesideInforming(s)) ||
    EMPTY_PROMISE.test(s) ||
    KEEPS_IMPROVING.test(s) ||
    THANKS.test(s) ||
    PAST_PLAN.test(s) ||
    TO_READERS.test(s) ||
    LIVE_UPDATE.test(s) ||
    ABOUT_THE_TELLING.test(s) ||
    ANNOUNCES_POST.test(s) ||
    WRITING_IT_UP.test(s) ||
    noFixYet(s) ||
    SUMS_UP_PLAN.test(s) ||
    CALL_AT.test(s) ||
    TELLS_READERS_MORE.test(s) ||
    JUDGES_INCIDENT.test(s) ||
    closingVow(s)
  );
}

/** Common verbs an imperative item starts with: "Add …", "Update …". Their "-ed" words are not a report. */
export const IMPERATIVE = new Set(
  'add update create enable disable investigate consider run gather discuss document define decide review merge automate develop include improve clean protect look switch adjust establish revert snapshot open set setup scale plan make move write fix remove ensure check implement use build publish identify explore perform bind deploy migrate monitor test alert verify validate configure increase reduce change replace rotate upgrade install track follow push pin split cap drop hold require limit audit send ask schedule rewrite refactor restore back delete archive notify communicate train share tell get keep stop start allow block support provide prepare standardize standardise introduce evaluate research figure think try work learn collect measure record log report tag label mark assign escalate page email contact reach coordinate organize organise sync align tune retire decommission deprecate shorten extend expand harden secure encrypt lock restrict grant revoke invalidate reset restart reboot rebuild recreate redeploy rollback roll ship release announce post draft design prototype find determine understand analyse analyze assess confirm clarify fill cover teach upstream mirror cache patch separate isolate deduplicate dedupe move reproduce triage respond escalate cordon cull reimburse refund compensate credit reflect revisit reconsider rethink examine inspect agree complete finalize finalise enforce engage double formalise formalize wipe purge scrub flush rename erase shard reindex enhance strengthen tighten correct turn raise'.split(
    ' ',
  ),
);

const DETERMINERS = /^(?:a|an|the|all|any|some|our|their|its|each|every|these|those|this|that|no|more|most|other|new|old|unused|failed|crashed|affected)$/i;

const NOT_PARTICIPLES =
  /^(?:need|needed|based|related|speed|feed|seed|bed|red|shed|breed|embed|proceed|exceed|succeed|indeed|weed|deed|greed|bleed|unneeded|dedicated|detailed|advanced|limited|automated|distributed|centralised|centralized|managed|hosted|shared|signed|unsigned|nested|mixed|used|unused|affected|impacted|expired|failed|crashed|stalled|leaked|compromised)$/i;

/** A word that denies the verb after it: "not", "never", "haven't", "hasn't", "didn't". */
const NEGATION = /^(?:not|never|yet|\p{L}+n['’]t|cannot)$/iu;

/** A relative clause in the perfect: "that has been drafted in a rush", "which have been tried". */
const RELATIVE_PERFECT = /\b(?:that|which|who)\s+(?:has|have)\s+(?:not\s+)?been\b[^.;:!?()\n]*/gi;

/**
 * An opening phrase of one to four words ("As a first step", "And of course", "Finally,"), then the
 * authors and a verb in "-ed": the phrase (1) and the verb (2).
 */
const OPENED_REPORT = /^[\s*_>"'“-]*((?:[\p{L}'’-]+,?[ \t]+){1,4}?)(?:we|i)[ \t]+(?:(?:have|also|now|then|since|already)[ \t]+){0,2}(\p{Ll}{3,20}ed)\b/iu;

/** An opening that makes what follows a clause of time, cause or condition: "As we added …", "When we moved …", "so we decided …". */
const SUBORDINATE_OPENING =
  /^(?:(?:when|whenever|if|unless|because|since|once|after|before|until|till|while|whilst|why|how|what|where|whether|that|which|who|so|though|although|even|and\s+then|but)\b|as[ \t,]*$|as\s+(?:soon|long|far|well)\s+as\b)/i;

/**
 * True when an item's words report the work as finished: "Script updated to …", "Alerts
 * configured", "has been disabled and removed", "We have removed …".
 */
export function reportsDone(text: string): boolean {
  // "[Core] Removed the old team's access": a tag in brackets that opens the item (its owner, its
  // kind) is not one of its words.
  // So is a name before a dash ("Noor - Seed the staging database …"): the work starts after it.
  const tagless = (text.length > MAX_READ ? text.slice(0, MAX_READ) : text).replace(LEADING_TAG, '');
  const s = tagless.slice(ownerLeadLength(tagless));
  if (PROGRESS.test(s) || PLANNED.test(s)) return false;
  // "We're adjusting the speed at which builds are deployed": an item that opens on the work under
  // way is open, whatever a clause after it tells as done.
  const doing = UNDER_WAY_OPENING.exec(s);
  if (doing && gerundOfWork(doing[1])) return false;
  // "Improved runbooks. We plan to document …": an item that commits to its work is still to do,
  // whatever participle its title opens with.
  if (FUTURE.some((pattern) => pattern.test(s))) return false;
  // "Users have been identified and will be contacted": what is still to come keeps the item open.
  if (FIRM_FUTURE.test(s)) return false;
  // "Reflect on whether the hosts we have tested should …": in an item that opens on a verb of
  // work, a perfect inside its first sentence is a clause of the task, not a report of it.
  // "Fix was applied …": a first word that "was" follows is the subject, a noun, not a verb of work.
  const imperative = startsImperative(s.slice(0, 40)) && !/^[^\p{L}]*\p{L}+\s+(?:was|were|is|are|has|have)\b/iu.test(s);
  // After it, a perfect inside a relative clause ("… a plan that has been drafted in a rush is weak")
  // tells of the noun before it, not of the work: only a sentence of its own reports the work done.
  const reported = imperative ? s.slice(firstSentenceEnd(s)).replace(RELATIVE_PERFECT, ' ') : s;
  if (DONE_REPORT.test(reported) || PASSIVE_DONE.test(reported) || PRESENT_DONE.test(reported) || PAST_DONE.test(reported) || NO_LONGER.test(reported))
    return true;
  // "Full review of the paging rules completed": a piece of work named, then said to be finished;
  // "Audit of …" names it by a noun that is also a verb of work.
  if ((!imperative || /^[^\p{L}]*\p{L}+\s+of\b/iu.test(s)) && ENDS_COMPLETED.test(s)) return true;
  // A short noun phrase followed by a participle: "Cron cleanup scheduled", "Script updated to …".
  const words = s
    // A list item that opens on its issue ("https://…/issues/12 Delete expired tags", "OPS-12: …")
    // is read from the words after it.
    .replace(/^\s*(?:https?:\/\/\S+|[A-Z][A-Z0-9]{1,9}-\d{1,7}:?)\s+(?=\S)/, '')
    .replace(/^[\s\d.)(*_`#-]+/, '')
    .split(/\s+/, 5)
    .map((w) => w.replace(/^[*_`"'(]+|[*_`"',.:;)]+$/g, ''));
  if (words.length < 2 || IMPERATIVE.has(words[0].toLowerCase())) return false;
  // "As a first step we enabled …", "And of course we added …": a short opening phrase, then the
  // authors and a verb of work in the past, report the work done as "We added …" does.
  const opened = OPENED_REPORT.exec(s);
  if (opened && !SUBORDINATE_OPENING.test(opened[1]) && pastOfWork(opened[2].toLowerCase()) && !NOT_A_CHANGE.test(opened[2])) return true;
  // "For every host deployed, check …": a participle in an opening phrase describes its noun.
  if (OPENING_PHRASE.test(words[0])) return false;
  // "Validating generated files …", "Adding a kill switch": work named by its gerund is still to do
  // (or under way), whatever participle follows it.
  if (gerundOfWork(words[0].toLowerCase())) return false;
  // "Added regression tests …", "Rotated the keys": a verb of work in the past tense, first, reports the work done.
  // "Temporarily doubled the limit", "Quickly added a guard": a manner adverb before the verb of work.
  if (words.length > 2 && MANNER.test(words[0]) && !/^(?:only|early|daily|weekly|monthly|yearly|nightly|hourly|family|apply|reply|supply)$/i.test(words[0]))
    words.shift();
  // "Enhanced logging would help", "Rotated keys should expire sooner": the words before a modal
  // are its subject, a thing named, whatever participle they open on; only a clause further on
  // ("Added a check that would have caught it") leaves the opening verb a report.
  const modal = words.findIndex((w, i) => i > 0 && MODAL.test(w));
  if (modal > 0 && !words.slice(1, modal).some((w) => CLAUSE_OPENER.test(w))) return false;
  // "Enhanced monitoring for …", "Improved runbooks": a participle that also names a thing made
  // better, before a bare noun, may be that noun's adjective as well as a verb of work; by itself
  // it tells no state. Among entries told done the list reads it done (`list` in index.ts);
  // before a determiner or a pronoun ("Improved the alarms", "Increased it to …") it is the verb.
  if (
    BETTER_PARTICIPLE.test(words[0]) &&
    /^\p{L}[\p{L}-]*$/u.test(words[1]) &&
    !DETERMINERS.test(words[1]) &&
    !PRONOUN_OBJECT.test(words[1]) &&
    !PREPOSITION.test(words[1])
  )
    return false;
  if (/ed$/i.test(words[0]) || IRREGULAR_PAST.test(words[0]))
    return (IRREGULAR_PAST.test(words[0]) || pastOfWork(words[0].toLowerCase())) && !/^(?:on|at|during|while|because|in|by)$/i.test(words[1] ?? '');
  for (let i = 1; i < Math.min(words.length, 4); i++) {
    const w = words[i];
    // "We haven't finished assessing …", "Team not yet trained": a participle denied is work still to do.
    if (NEGATION.test(w)) return false;
    if (/^[a-z]+ed$/.test(w) && w.length > 4 && !NOT_PARTICIPLES.test(w)) {
      // "Run all crashed containers": a participle after a determiner describes a noun.
      if (DETERMINERS.test(words[i - 1])) return false;
      const next = (words[i + 1] ?? '').toLowerCase();
      // "Tests failed on …" tells of the incident, not of the work: only verbs of work count.
      return !/^(?:on|at|during|while|because)$/.test(next) || i > 1;
    }
    // "We wrote down …", "We built a …": the authors and a verb of work in the past that does not end in "-ed".
    if (i === 1 && /^(?:we|i)$/i.test(words[0]) && IRREGULAR_PAST.test(w)) return true;
    if (/^(?:to|will|should|must|is|are|was|were|be|and|or|for|of|in|on|with)$/i.test(w)) return false;
  }
  return false;
}

/**
 * True when an entry opens on a verb in the past tense, whatever the verb ("Activated the standby
 * filter", "Throttled the noisy client", "Attempted a failover"): under a heading of the response
 * ("Immediate actions", "Mitigation") such an entry is a step taken while the incident lasted.
 * Not a participle that names a kind of thing ("Automated tests for …", "Distributed locks") or
 * one that a phrase of time or place follows ("Failed on …"), and not work still planned.
 */
export function opensOnStepTaken(text: string): boolean {
  const s = (text.length > MAX_READ ? text.slice(0, MAX_READ) : text).replace(/^[\s*_]+/, '');
  const [first, second] = s.split(/\s+/, 2).map((w) => w.replace(/[*_`"',.:;)]+$/g, ''));
  if (!first || !second || !/^\p{Lu}\p{Ll}{2,}ed$/u.test(first) || NOT_PARTICIPLES.test(first)) return false;
  if (/^(?:planned|considered|discussed|proposed|requested|suggested|scheduled|needed|intended|expected|wanted|hoped)$/i.test(first)) return false;
  return !/^(?:on|at|during|while|because|in|by|when)$/i.test(second) && !FUTURE.some((pattern) => pattern.test(s)) && !FIRM_FUTURE.test(s);
}

/**
 * True when an item reports work done in so many words: a perfect or a present passive ("are
 * updated to cover …"), a verb of work first ("Added …"), or a subject and a verb of work with its
 * object ("Clients implemented a fix …"); not a participle before a phrase of time or place, which
 * tells of the incident ("Settings changed during a resize are …").
 */
export function reportsWorkDone(text: string): boolean {
  if (!reportsDone(text)) return false;
  const s = text.length > MAX_READ ? text.slice(0, MAX_READ) : text;
  if (DONE_REPORT.test(s) || PASSIVE_DONE.test(s) || PRESENT_DONE.test(s) || NO_LONGER.test(s)) return true;
  const words = s
    .replace(/^[\s\d.)(*_`#-]+/, '')
    .split(/\s+/, 5)
    .map((w) => w.replace(/^[*_`"'(]+|[*_`"',.:;)]+$/g, ''));
  for (let i = 0; i < words.length - 1; i++) {
    if (!/ed$/i.test(words[i]) && !IRREGULAR_PAST.test(words[i])) continue;
    return !/^(?:on|at|during|while|because|in|by|after|before|when|since|until|from|for|to|within|across|over|under)$/i.test(words[i + 1]);
  }
  return false;
}

/**
 * The authors' own clause with a verb of work in the past: "We created …", "…, so we added …",
 * "To help with this, we also built …".
 */
const OWN_WORK_DONE =
  /(?:^|[,;:]\s+|\b(?:so|and|then|thus)\s+|[.!]\s+)we(?:\s+have|['’]ve)?\s+(?:(?:also|then|now|since|simply|quickly|already|finally)\s+){0,2}([a-z]{2,20}ed|built|made|wrote|set\s+up)\b/gi;

/**
 * True when a paragraph of the plan reports the authors' own work as done ("**Replay tool:** We
 * built a script that …", "To see more, we also created dashboards."), with a verb of work (not
 * a step of the recovery: "we restarted …") and nothing still to come.
 */
export function tellsOwnWorkDone(text: string): boolean {
  const s = text.length > MAX_READ ? text.slice(0, MAX_READ) : text;
  if (PROGRESS.test(s) || PLANNED.test(s) || FIRM_FUTURE.test(s) || FUTURE.some((pattern) => pattern.test(s))) return false;
  for (const m of s.matchAll(OWN_WORK_DONE)) {
    const verb = m[1].toLowerCase();
    if (RECOVERY_VERB.test(verb) || conditional(s, m.index)) continue;
    if (IRREGULAR_PAST.test(verb) || /^set\s+up$/.test(verb) || pastOfWork(verb)) return true;
  }
  return false;
}

/**
 * A sentence that tells a change as in effect now, in the active present: the authors ("We now page
 * at 90%") or the thing changed ("The nightly job now checks the free space", "Each new host now
 * ships with the agent"), then "now" and the verb. Not a verb of knowing, needing or seeming ("we
 * now know", "it now needs …", "now seems"), nor the service back at work ("now works", "now runs
 * again"), nor a subject that opens on a condition or a time ("Until now …", "If it now …").
 */
const NOW_IN_EFFECT =
  /(?:^|[.!;:]\s+)(?!(?:if|when|whenever|once|until|unless|because|since|as|by|for|up|right|even|only|before|after|while)\b)(?:(?:we|i)\s+now\s+(?!(?:know|need|believe|think|see|realise|realize|understand|expect|plan|hope|want|have|do|can|must|should|will|would|could|may|might|feel|wish|regret|suspect|assume)\b)[a-z]{3,20}\b(?!\s+again\b)|(?:[\p{L}\p{N}`'’_./-]+\s+){1,7}?now\s+(?!(?:needs|seems|appears|looks|works|runs|is|has|was|does|knows|means|remains|stays|sits|lies|comes|goes|gets|happens|exists|belongs)\b)[a-z]{3,20}s\b(?!\s+(?:again|normally|fine|as\s+(?:expected|before|usual|normal)))\b)/iu;

/**
 * True when a paragraph of the plan tells its work as in effect now ("**Disk alerts.** We now page
 * at 90% and warn at 80%."), with nothing still to come: the work was carried out.
 */
export function tellsWorkInEffect(text: string): boolean {
  const s = text.length > MAX_READ ? text.slice(0, MAX_READ) : text;
  if (PROGRESS.test(s) || PLANNED.test(s) || FIRM_FUTURE.test(s) || FUTURE.some((pattern) => pattern.test(s))) return false;
  const m = NOW_IN_EFFECT.exec(s);
  return !!m && !conditional(s, m.index);
}

/** A tag in brackets that opens an item: "[Core] ", "**[Infra]** ". Not a link's text, a reference or a checkbox. */
const LEADING_TAG = /^[\s*_]*\[[^[\]\n]{2,40}\](?![([:])[*_]*[ \t]*(?:[:–—-][ \t]*)?(?=\S)/u;

/**
 * An entry that names a piece of work and ends on its completion: "Review of every alert rule
 * completed", "Second audit finished." Not one that waits on it ("… once the move is completed",
 * "… to be completed").
 */
const ENDS_COMPLETED =
  /^(?![^.;:!?\n]*\b(?:to\s+be|will|shall|should|must|needs?|once|when|after|until|before|if|unless|not|yet|being)\b)[^.;:!?\n]{3,160}?\s(?:completed|finished)[\s*_]*[.!]?[\s*_]*$/i;

/** A modal that makes what comes before it a subject: "… would help", "… could have caught it". */
const MODAL = /^(?:would|could|might|may|should|can|will|must|shall)$/i;

/** Words that open a clause of its own, after which a modal belongs to that clause: "… that would …". */
const CLAUSE_OPENER = /^(?:that|which|who|so|and|but|it|this|we|they|to|if|when)$/i;

/**
 * Participles of making a thing better or bigger that also serve as its adjective: "improved
 * runbooks" is a thing to have as much as work done.
 */
const BETTER_PARTICIPLE =
  /^(?:enhanced|improved|increased|expanded|extended|reduced|strengthened|tightened|hardened|refined|simplified|streamlined|standardi[sz]ed|upgraded|updated|broadened|heightened)$/i;

/** Pronouns that stand as a verb's object: "Increased it", "Moved them". */
const PRONOUN_OBJECT = /^(?:it|them|us|me|him|her|everything|everyone|both)$/i;

/** Prepositions after a participle: "Extended by a week", "Reduced to two hosts". */
const PREPOSITION = /^(?:to|by|from|for|on|at|in|into|with|across|over|under|during|while|because|after|before|until|since|and|or)$/i;

/** A manner adverb: "temporarily", "quickly". */
const MANNER = /^\p{Ll}{3,}ly$/iu;

/** The past tense of common verbs of work that do not end in "-ed" and differ from their present: "Sent a notice", "Ran the backfill". */
const IRREGULAR_PAST = /^(?:sent|built|rebuilt|made|wrote|rewrote|written|rewritten|ran|reran|took|kept|held|gave|began|brought|told|spent|paid|undid|redid)$/i;

/** Words that open a phrase or clause before the item's own verb: "For every …", "When …", "After …". */
const OPENING_PHRASE =
  /^(?:for|in|on|at|with|without|after|before|during|per|from|across|within|under|over|when|whenever|once|if|where|wherever|whether|as|since|until|unless|while)$/i;

/**
 * Work put on a roadmap or backlog, or set in the time to come ("in the near future"), or marked
 * "(Already planned)": planned, not done, whatever verb reports the planning ("DevOps has added
 * the rewrite to its roadmap").
 */
const PLANNED =
  /\b(?:on|onto|to|in|into)\s+(?:the|our|its|their|his|her|my|a)\s+(?:[\p{L}\p{N}-]+\s+){0,2}(?:roadmap|backlog)s?\b|\bin\s+the\s+(?:near|coming)\s+(?:future|days|weeks|months|quarters?)\b|\balready\s+planned\b|\(\s*planned\s*\)/iu;

/** The offset just past the first sentence of a text (its length when there is one sentence). */
function firstSentenceEnd(s: string): number {
  const end = /[.!?;](?=\s|$)/.exec(s);
  return end ? end.index + 1 : s.length;
}

/** True for the gerund of a common verb of work: "adding", "validating", "keeping", "stopping". */
/** True when an item opens on a verb of work in its "-ing" form: "Renaming the archive", "Adding a guard". */
export function startsWithGerundOfWork(text: string): boolean {
  const first = /^[\s*_`"'(]*([A-Za-z]{4,20}ing)\b/.exec(text);
  return !!first && gerundOfWork(first[1].toLowerCase());
}

function gerundOfWork(word: string): boolean {
  if (word.length < 6 || word.length > 20 || !word.endsWith('ing')) return false;
  const stem = word.slice(0, -3);
  const candidates = [stem, `${stem}e`];
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) candidates.push(stem.slice(0, -1));
  return candidates.some((c) => IMPERATIVE.has(c));
}

/** True for the past tense of a common verb of work: "added", "fixed", "updated", "copied", "dropped". */
function pastOfWork(word: string): boolean {
  if (word.length < 5 || word.length > 20) return false;
  // "Re-worked", "re-enabled": the verb after the hyphen, or written as one word ("reworked").
  if (word.startsWith('re-')) return pastOfWork(`re${word.slice(3)}`) || pastOfWork(word.slice(3));
  const stem = word.slice(0, -2);
  const candidates = [stem, `${stem}e`, word.slice(0, -1)];
  if (stem.endsWith('i')) candidates.push(`${stem.slice(0, -1)}y`);
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) candidates.push(stem.slice(0, -1));
  // "Planned", "considered", "discussed": the work is still to come.
  if (/^(?:planned|considered|discussed|proposed|requested|suggested|scheduled)$/.test(word)) return false;
  return candidates.some((c) => IMPERATIVE.has(c) && !NOT_PARTICIPLES.test(word));
}

/** Words that start a sentence without naming who does the work. */
const NOT_SUBJECTS =
  /^(?:we|i|it|another|other|which|what|due|thanks|according|prior|next|close|similar|related|back|up|down|this|that|these|those|the|a|an|all|our|any|each|every|there|here|changes|going|in|when|if|as|most|some|once|after|before|then|also|so|but|and|or|however|hopefully|ideally|finally|additionally|moreover|next|future|longer|long|short|users?|customers?|people|nobody|someone|everyone|they|he|she|you|one|both|neither|either|no)$/i;

const LEADING_ADVERBIAL =
  /^(?:(?:going forward|in the future|in future|from now on|longer[- ]term|long[- ]term|short[- ]term|next|then|also|additionally|finally|as a (?:first|next) step)\b[,:]?\s+|\((?:longer|long|short)[- ]term\)\s+)/i;

/**
 * A commitment told with a verb of resolve rather than "will": "we resolve to review …", "the team
 * has resolved to audit …", "Payments expects to ship the fix by …" (a verb of delivering only:
 * "we expect to see" is a forecast), "Ops is prioritising work to …". Its subject is the authors,
 * a team or a named party (`RESOLVE_SUBJECT`); the verb after "to" (past an adverb) must be a verb
 * of work (`IMPERATIVE`): "The host resolves to an address" names none. "We resolved to roll back" is a
 * step of the response, told in the past: only the present and the perfect commit.
 */
const RESOLVED_TO = String.raw`(?:also\s+|now\s+)?(?:resolves?\s+to|(?:has|have)\s+resolved\s+to|(?:is|are|am)\s+resolved\s+to|expects?\s+to(?=\s+(?:publish|release|ship|roll\s+out|deliver)\b)|(?:is|are|am)\s+(?:now\s+|currently\s+|also\s+)?prioriti[sz]ing\s+(?:the\s+)?work\s+(?:to|on))\s+(?:[a-z]{2,15}ly\s+)?([a-z]{2,20})\b`;

/** The authors, a team or a named party, then `RESOLVED_TO`; the party in group 1 (empty for the authors). */
const RESOLVE_SUBJECT = new RegExp(
  String.raw`(?:^|[\s,;:])(?:(?:we|i|I|We)|(@[\p{L}\p{N}_][\p{L}\p{N}_.-]{0,38}|(?:[Tt]he|[Oo]ur)\s+(?:[\p{L}-]{1,30}\s+){0,3}(?:team|squad|group)|\p{Lu}[\p{L}'’&-]{0,30}(?:\s+\p{Lu}[\p{L}'’&-]{0,30}){0,3}(?:\s+(?:team|squad|group))?))\s+${RESOLVED_TO}`,
  'u',
);

/** Where a sentence commits its subject with a verb of resolve, with the party named (null for the authors); or null. */
function resolvedTo(s: string): { at: number; party: (Span & { value: string }) | null } | null {
  const m = RESOLVE_SUBJECT.exec(s);
  if (!m) return null;
  const verb = m[2].toLowerCase();
  if (!IMPERATIVE.has(verb) && !gerundOfWork(verb)) return null;
  const at = m.index + (/^[\s,;:]/.test(m[0]) ? 1 : 0);
  if (!m[1]) return { at, party: null };
  if (NOT_SUBJECTS.test(m[1].replace(/^(?:the|our)\s+/i, '').split(/\s+/)[0]) || (!m[1].includes(' ') && !/^@|^\p{Lu}{2,}$/u.test(m[1]) && notAParty(m[1])))
    return null;
  return { at, party: { start: at, end: at + m[1].length, value: m[1] } };
}

/** A named subject, then its commitment: "@ana will …", "Cloud Platform is going to …", "Sam to send …". */
const NAMED_HEAD = new RegExp(
  String.raw`^(@[\p{L}\p{N}_][\p{L}\p{N}_.-]{0,38}|(?:[Tt]he|[Oo]ur)\s+(?:[\p{L}-]{1,30}\s+){0,3}(?:team|squad|group)|(?:the\s+)?\p{Lu}[\p{L}'’&-]{0,30}(?:\s+\p{Lu}[\p{L}'’&-]{0,30}){0,3}(?:\s+(?:team|squad|group))?)\s+(?:(?:(?:also|then|further)\s+)?(?:will|shall)\s+(?!be\b|not\b|never\b|have\b)|(?:is|are)\s+going\s+to\s+(?!be\b|not\b|never\b|have\b)|to\s+(?!be\b|not\b|have\b|a\b|an\b|the\b|this\b|that\b|these\b|those\b|some\b|our\b|its\b|their\b|his\b|her\b|all\b|any\b|(?:an)?other\b|second\b|third\b|each\b|every\b|both\b|several\b|multiple\b|one\b|two\b|three\b))\p{Ll}`,
  'u',
);

/**
 * The owner a commitment names as its subject: "@ana will …", "Cloud Platform will …", "Sam to
 * send …", "the Chia team is going to …". Null for "we", "it" and the like, and for subjects
 * that are products or versions ("Search 2.0 will contain …").
 */
export function subjectOwner(sentence: string): (Span & { value: string }) | null {
  const s = sentence.length > MAX_READ ? sentence.slice(0, MAX_READ) : sentence;
  const lead = /^[\s*_>\d.)-]*/.exec(s)?.[0].length ?? 0;
  const adverbial = LEADING_ADVERBIAL.exec(s.slice(lead));
  const from = lead + (adverbial ? adverbial[0].length : 0);
  // "Our infrastructure team is also writing …": a team with the work under way owns it.
  const busy =
    /^((?:[Tt]he|[Oo]ur)\s+(?:[\p{L}-]{1,30}\s+){0,3}(?:team|squad|group))\s+(?:is|are)\s+(?:now\s+|currently\s+|also\s+|actively\s+|still\s+)?\p{Ll}{2,30}ing\b/u.exec(
      s.slice(from),
    );
  if (busy && !NOT_SUBJECTS.test(busy[1].replace(/^(?:the|our)\s+/i, '').split(/\s+/)[0])) return { start: from, end: from + busy[1].length, value: busy[1] };
  // "GitHub are also working on a check …": a named party with the work in hand owns it.
  const working =
    /^(\p{Lu}[\p{L}\p{N}&'’-]{1,30}(?:\s+\p{Lu}[\p{L}\p{N}&'’-]{1,30}){0,2})\s+(?:is|are)\s+(?:(?:also|now|currently|actively|already)\s+){0,2}(?:working\s+on|looking\s+into)\s+\p{Ll}/u.exec(
      s.slice(from),
    );
  if (working && !NOT_SUBJECTS.test(working[1].split(/\s+/)[0])) return { start: from, end: from + working[1].length, value: working[1] };
  // "Acme are also working on a check …", "The vendor's Platform group is building …": a named party
  // with work of a common kind under way owns it.
  const named = NAMED_BUSY.exec(s.slice(from));
  if (named && !NOT_SUBJECTS.test(named[1].replace(/^the\s+/i, '').split(/\s+/)[0])) return { start: from, end: from + named[1].length, value: named[1] };
  const resolved = resolvedTo(s.slice(from));
  if (resolved?.party) return { start: from + resolved.party.start, end: from + resolved.party.end, value: resolved.party.value };
  const head = NAMED_HEAD.exec(s.slice(from));
  // "Our networking team will …" names a team; "Our fix will …" names none; nor do "Try to …",
  // "Remembering to …", "Needless to say": a verb or a word of manner before "to" is no one.
  if (
    head &&
    !NOT_SUBJECTS.test(head[1].replace(/^(?:the|our)\s+/i, '').split(/\s+/)[0]) &&
    !BEHAVES.test(s.slice(from + head[0].length - 1)) &&
    !BACK_IN_SERVICE.test(s.slice(from + head[0].length - 1)) &&
    !fieldLabel(s.slice(from + head[0].length - 1)) &&
    !(/\s+to\s+\p{Ll}*$/u.test(head[0]) && (notAParty(head[1]) || !orderAfterTo(s.slice(from + head[0].length - 1))))
  )
    return { start: from, end: from + head[1].length, value: head[1] };
  // "**Monitor errors:** The search team should watch …": a team (or a handle) that should or
  // must do the work, after the item's bold title if it has one, owns it.
  const titled = from + (/^[^*_\n]{1,120}?(?:\*\*|__)\s*[:.—–-]?\s*/.exec(s.slice(from))?.[0].length ?? 0);
  for (const at of titled > from ? [from, titled] : [from]) {
    const duty = TEAM_DUTY.exec(s.slice(at));
    if (duty && !NOT_SUBJECTS.test(duty[1].replace(/^(?:the|our)\s+/i, '').split(/\s+/)[0])) return { start: at, end: at + duty[1].length, value: duty[1] };
  }
  // "DevOps has put the rewrite on its roadmap": the party that planned the work owns it.
  const planner =
    /^(@[\p{L}\p{N}_][\p{L}\p{N}_.-]{0,38}|(?:[Tt]he|[Oo]ur)\s+(?:[\p{L}-]{1,30}\s+){0,3}(?:team|squad|group)|\p{Lu}[\p{L}'’&-]{0,30}(?:\s+\p{Lu}[\p{L}'’&-]{0,30}){0,3}(?:\s+(?:team|squad|group))?)\s+(?:has|have)\s+(?:now\s+|already\s+|also\s+)?(?:placed|put|added|scheduled|planned|included)\b/u.exec(
      s.slice(from),
    );
  if (planner && PLANNED.test(s) && !NOT_SUBJECTS.test(planner[1].replace(/^(?:the|our)\s+/i, '').split(/\s+/)[0]))
    return { start: from, end: from + planner[1].length, value: planner[1] };
  // Further in: "… the proxy Data Platform will re-check …" (a named subject after words in lower case).
  const inner =
    /(?:^|[\s,;:])(@[\p{L}\p{N}_][\p{L}\p{N}_.-]{0,38}|\p{Lu}[\p{L}'’&-]{1,30}(?:\s+\p{Lu}[\p{L}'’&-]{1,30}){0,3}(?:\s+(?:team|squad|group))?)\s+(?:will|shall)\s+(?!be\b|not\b|never\b|have\b)\p{Ll}/u.exec(
      s,
    );
  if (
    inner &&
    !NOT_SUBJECTS.test(inner[1].split(/\s+/)[0]) &&
    !BEHAVES.test(s.slice(inner.index + inner[0].length - 1)) &&
    !BACK_IN_SERVICE.test(s.slice(inner.index + inner[0].length - 1))
  ) {
    const start = inner.index + inner[0].indexOf(inner[1]);
    return { start, end: start + inner[1].length, value: inner[1] };
  }
  return null;
}

/** A named party, then work under way: "Acme are also working on …", "Data Platform is rolling out …". */
const NAMED_BUSY =
  /^((?:the\s+)?\p{Lu}[\p{L}\p{N}'’&-]{1,30}(?:\s+\p{Lu}[\p{L}\p{N}'’&-]{1,30}){0,3})\s+(?:is|are)\s+(?:(?:now|currently|also|actively|already)\s+){0,2}(?:working\s+on|building|adding|implementing|developing|putting|rolling\s+out|introducing|writing|preparing|deploying)\b/u;

/** "They are (also) going to …", "They will (also) …": a promise whose subject points back. */
const THEY_PROMISE =
  /^[\s*_>"'“]*they\s+(?:are\s+(?:also\s+|now\s+)?going\s+to|will\s+(?:also\s+|now\s+)?)\s*(?!be\b|have\b|not\b|never\b|need\b|see\b|know\b|probably\b|likely\b)[a-z]/i;

/** A sentence that opens on a named party: "The storage team wrote …", "The database developers found …", "Acme has …". */
const NAMED_OPENING =
  /^[\s*_>"'“]*(?:the\s+)?(\p{Lu}[\p{L}\p{N}'’&-]{1,30}(?:\s+\p{Lu}[\p{L}\p{N}'’&-]{1,30}){0,3})(?:\s+(?:team|developers|devs|maintainers|engineers|folks))?\s+\p{Ll}/u;

/**
 * The party a promise with "they" as its subject stands for, when `previous`, the sentence before
 * it, opens on a named one: "The storage team wrote the importer … They are also going to test …" gives
 * "The storage team", in offsets of `previous`. Null otherwise, and for a generic party ("Users …").
 */
export function promisesForNamedParty(previous: string, sentence: string): (Span & { value: string }) | null {
  const s = sentence.length > MAX_READ ? sentence.slice(0, MAX_READ) : sentence;
  if (!THEY_PROMISE.test(s) || /\?\s*[*_"'”’)]*\s*$/.test(s) || promisesStatusOnly(s)) return null;
  const named = NAMED_OPENING.exec(previous.length > 200 ? previous.slice(0, 200) : previous);
  if (!named || NOT_SUBJECTS.test(named[1].split(/\s+/)[0])) return null;
  // The party as written, with its "team" when it has one: "storage team".
  const party = named[0].trimStart().replace(/\s+\p{Ll}$/u, '');
  const start = named[0].length - named[0].trimStart().length;
  return { start, end: start + party.length, value: party };
}

/**
 * Words before "to" that name no one: verbs ("Try", "Continue", "Remember"), their "-ing" forms,
 * words of manner or need, and the nouns of a pointer to reading ("Instructions to roll back are
 * below", "Details to reproduce it are in the appendix"). Not every verb: "Mark to send the
 * notice" names Mark.
 */
const NOT_PARTIES =
  /^(?:try|continue|remember|start|stop|keep|make|ensure|begin|aim|strive|work|learn|use|go|come|reminders?|needless|suffice|safe|fair|sad|glad|happy|honest|interesting|sometimes|often|always|usually|later|soon|today|tomorrow|again|still|only|just|hence|thus|therefore|need|needs|want|how|what|ways?|time|hard|easy|important|nice|good|better|best|able|unable|likely|unlikely|necessary|possible|impossible|sure|worth|failure|failed|plans?|goals?|steps?|next|first|second|third|last|attempts?|efforts?|instructions|details|information|documentation|docs|notes|guidance|links|resources)$/i;

/** True when the words before "X to …" are a verb or a word of manner, not a party that owns work. */
function notAParty(subject: string): boolean {
  const word = subject.split(/\s+/)[0];
  const first = word.toLowerCase();
  // "Patch Relayd to reject …", "Update Grafana to show …": a verb of work, then the system it works on,
  // is an order with no one named. A first name that is also a verb ("Mark Chen to send …") names Mark.
  // "Improving Fastly-tools to mitigate …": the same order told by its gerund ("Improving" of "improve").
  if (subject.includes(' '))
    return (IMPERATIVE.has(first) || gerundOfOrder(first)) && !isFirstName(word) && !NOT_NAMES.has(first) && !/\s(?:team|squad|group)$/i.test(subject);
  // "Replication to a spare array", "Migration to the new cluster": a noun of action names a change, not who makes it.
  return NOT_PARTIES.test(first) || (first.length > 5 && first.endsWith('ing')) || (first.length > 6 && /[ts]ion$/.test(first)) || pastOfCommonVerb(first);
}

/** "improving", "adding", "setting": the gerund of a verb that opens an order, by its stem as written, with an "e" or undoubled. */
function gerundOfOrder(word: string): boolean {
  if (word.length < 6 || !word.endsWith('ing')) return false;
  const stem = word.slice(0, -3);
  return IMPERATIVE.has(stem) || IMPERATIVE.has(`${stem}e`) || (/(.)\1$/.test(stem) && IMPERATIVE.has(stem.slice(0, -1)));
}

/**
 * True when the words after a name and "to" may be an order to that party ("Sam to send the
 * report", "Ops to rehearse the restore"). "Compared to my first version, …", "Contrary to what we
 * thought, …", "Contrary to the old export (…), the archive is …" open the sentence on a phrase whose
 * "to" leads a noun, closed by a comma before a clause of its own: the capital word names no one.
 */
function orderAfterTo(rest: string): boolean {
  const word = /^\p{Ll}{1,20}/u.exec(rest)?.[0] ?? '';
  if (NOT_AFTER_TO.test(word)) return false;
  return IMPERATIVE.has(word) || !PHRASE_THEN_CLAUSE.test(rest.slice(0, 200));
}

/** Words that cannot open the order after "to": a pronoun or a question word leads a noun phrase. */
const NOT_AFTER_TO = /^(?:my|your|me|you|us|them|him|what|which|whom|whoever|whatever|how)$/;

/** A phrase up to a comma, then a clause that opens on its own subject: "player data (…), the file …". */
const PHRASE_THEN_CLAUSE = /^(?:[^,.;:!?()\n]|\([^()\n]{0,80}\)){0,120},\s*(?:the|a|an|this|that|these|those|we|i|it|they|our|my|its|their|there)\s/i;

/** "decided", "tried", "planned": the past of a common verb of work, which opens a sentence with no subject ("Decided to …"), no name. */
function pastOfCommonVerb(word: string): boolean {
  if (!word.endsWith('ed') || word.length < 5) return false;
  const stem = word.slice(0, -2);
  return (
    IMPERATIVE.has(stem) ||
    IMPERATIVE.has(word.slice(0, -1)) ||
    (word.endsWith('ied') && IMPERATIVE.has(`${word.slice(0, -3)}y`)) ||
    (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] && IMPERATIVE.has(stem.slice(0, -1)))
  );
}

/** "The search team should …", "@ana must …": a team or a handle that should, must or needs to do the work. */
const TEAM_DUTY =
  /^(@[\p{L}\p{N}_][\p{L}\p{N}_.-]{0,38}|(?:[Tt]he|[Oo]ur)\s+(?:[\p{L}-]{1,30}\s+){0,3}(?:team|squad|group)|\p{Lu}[\p{L}-]{1,30}(?:\s+[\p{L}-]{1,30}){0,2}\s+(?:team|squad|group))\s+(?:should|must|needs\s+to|has\s+to|is\s+to)\s+(?!be\b(?!\s+able\s+to\b)|not\b|never\b|have\b)\p{Ll}/u;

/**
 * True when the words after "X to" are the rest of a field's label: "Time to detection: 2 hours",
 * "Time to first response: N/A". A colon one or two words on, after a word that is not a verb of
 * work, ends a label; "Omar to rotate keys: by Friday" still commits Omar.
 */
function fieldLabel(afterTo: string): boolean {
  const label = /^([\p{L}'’-]+)(?:\s+[\p{L}\p{N}'’-]+)?[*_]*\s*:/u.exec(afterTo);
  return !!label && !IMPERATIVE.has(label[1].toLowerCase());
}

const ABBREVIATIONS = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|approx|incl|mr|ms|mrs|dr|no|fig|cf|al|\p{L})$/iu;

/**
 * Splits the source of a paragraph into sentences: after `.`, `!` or `?` followed by white space
 * (closing quotes, brackets and emphasis markers stay with the sentence), not after common
 * abbreviations and initials. Linear in the length of the text.
 */
export function sentenceSpans(raw: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(raw[s])) s++;
    let e = end;
    while (e > s && /\s/.test(raw[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < raw.length && /["'”’)*_\]]/.test(raw[j])) j++;
    if (j < raw.length && !/\s/.test(raw[j])) continue;
    if (c === '.' && ABBREVIATIONS.test(raw.slice(Math.max(0, i - 7), i))) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(raw.length);
  return out;
}

/** The words of a piece of Markdown source without its markup: link text for links, no emphasis or code marks. */
export function plainWords(raw: string): string {
  return raw
    .replace(/!?\[([^\]\n]{0,200})\]\([^)\s]{0,2000}(?:\s+"[^"\n]{0,200}")?\)/g, '$1')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first word of an item, folded, when it is a common imperative verb ("Add", "Document"). */
export function startsImperative(text: string): boolean {
  const first = /^[\s*_`"'(]*([A-Za-z-]{2,20})/.exec(text);
  if (!first) return false;
  // "Fix took ten minutes", "Rollback was quick": the word is the subject of a verb that follows it, a noun.
  if (IMPERATIVE.has(first[1].toLowerCase())) return !SUBJECT_OF.test(text.slice(first.index + first[0].length, first.index + first[0].length + 40));
  // "Continue and formalise the drills", "Continue to test failover": the verb after it says the work.
  // "Continue using the hosted registry" keeps things as they are: no work named.
  const then = /^continue\s+(?:and|to)\s+([A-Za-z-]{2,20})/i.exec(text.slice(first.index + first[0].length - first[1].length));
  return !!then && IMPERATIVE.has(then[1].toLowerCase());
}

/**
 * A finite verb right after the first word ("took", "was", "has"): that word is its subject, no
 * imperative. Not "is to" ("Plan is to move the queue"): a plan told so still names work.
 */
const SUBJECT_OF = /^[*_`"')]*\s+(?:was|were|is|are|has|had|took|takes|went|came|ran|began|became|seemed|remained|stayed)\b(?!\s+to\b)/i;

/** Headings of sections that tell the incident (what was done during it), whose steps are not follow-up work. */
const NARRATIVE =
  /\b(?:resolution|recovery|response|mitigation|mitigated|resolved|fixed|fix it|fixed it|workaround|steps taken|what we did|reproduc\w*|investigation|analysis|diagnosis|how to|instructions?|procedure|runbook|usage|setup|install\w*|configuration|leadup|lead up|five whys?|5 whys?|why)\b/;

/** True when a heading names the story of the incident or a procedure, so that its lists are not work to do. */
export function readsAsNarrative(heading: string): boolean {
  const key = normaliseHeading(heading);
  return NARRATIVE.test(key) || NOT_REMEDIATION.test(key) || addressesReader(key);
}

/**
 * A line that leads into work the authors have under way, ending on a colon: "We're investigating:",
 * "We are also looking into the following:", "Things we are exploring:". The list after it holds the work.
 */
const UNDER_WAY_LEAD =
  /^[\s*_]*(?:(?:things|options|ideas|changes|improvements|what)\s+(?:that\s+)?)?(?:we(?:\s+are|['’]re)|i(?:\s+am|['’]m))\s+(?:(?:also|now|currently|actively|still)\s+){0,2}(?:investigating|looking\s+(?:into|at)|exploring|considering|evaluating|working\s+on|discussing|planning)(?:\s+(?:the\s+following(?:\s+(?:options|ideas|changes|items))?|a\s+few\s+things|several\s+(?:things|options|ideas)))?[\s*_]*[:：][\s*_]*$/i;

/** True for a line that leads into a list of work under way ("We're investigating:"). */
export function leadsIntoWorkUnderWay(text: string): boolean {
  return text.length < 120 && UNDER_WAY_LEAD.test(text);
}

/** True for an entry that opens on the gerund of a verb ("Renaming the viewer", "Showing why …"): work named by its doing. */
export function opensOnGerund(text: string): boolean {
  const first = /^[\s*_`"'(]*([A-Za-z]{5,20})\b/.exec(text);
  return (
    !!first &&
    /ing$/i.test(first[1]) &&
    !/^(?:nothing|something|anything|everything|during|morning|evening|thing|string|ceiling|ring|king|spring|bring|sing|swing|sting|wing)$/i.test(first[1])
  );
}
