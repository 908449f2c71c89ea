/**
 * What a section's own content says it is, whatever its heading says: a list of commitments
 * is a plan of action items, entries that start with times are a timeline, a chain of causes
 * is a root cause. Read per block and remembered per block node, so an incremental parse that
 * hands back unchanged nodes costs nothing here. Only the first words of each item and the
 * first few thousand characters of each block are looked at: the cost is bounded per block.
 */
import type { ListItem, Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { statusLead } from './action-items/lead-ins';
import { IMPERATIVE, startsImperative } from './action-items/reading';
import { TRACKED_WORK_PATH } from './action-items/tokens';
import { writesDate } from '../base/dates';

/**
 * The words of a node as its readers see them: inline HTML ("<br>", a control comment such as
 * `<!-- postmortem-disable-line … -->`) is a space. A comment that silences one finding must not
 * change what a section is read as.
 */
function wordsOf(node: Nodes): string {
  if (node.type === 'html') return ' ';
  if ('children' in node) {
    let out = '';
    for (const child of node.children) out += wordsOf(child);
    return out;
  }
  return toString(node);
}

/** Counts of what the blocks of a section hold. */
export interface BodySigns {
  /** List items and table rows (not the header). */
  items: number;
  /** Items that commit to future work in so many words ("We will …", "[ ] …", "TODO"). */
  future: number;
  /** Items that read as tasks: they start with a verb of doing, a checkbox or an issue link. */
  tasks: number;
  /** Items, rows and paragraph lines that start with a time or a date ("14:05 …", "At 2024/03/02 6pm …"). */
  stamped: number;
  /** Lines of paragraphs. */
  lines: number;
  /** Items, rows and paragraph lines that write a time of day or a date anywhere ("Rolled back (14:05)", "On March 3 …"). */
  timed: number;
  /** Lines of paragraphs that write a time of day ("At 11:32 we deployed …", "… back at 2pm"): a story told along the clock. */
  clocked: number;
  /** Words that tie a cause to an effect ("because", "caused by", "due to", "led to"). */
  causal: number;
  /** Figures of harm: a number of users, requests or minutes, a share ("40% of requests"), money. */
  figures: number;
  /** Words of harm done to users or work: "slowed", "could not", "unavailable", "slipped", "lost". */
  harm: number;
  /** Recovery work told as done: "we rolled back", "restarted the pods", "service was restored". */
  recovered: number;
  /** Words of a lesson drawn: "we learned", "in hindsight", "we were lucky", "should have", "next time". */
  lessons: number;
  /**
   * Words that draw advice or resolve from what happened, looking ahead: "we should", "we need to",
   * "in future", "it is important to". A lesson is told so; an account of how things work and broke is not.
   */
  resolve: number;
  /** Sentences that say the steps were taken: "These steps were taken to bring the site back", "We took these steps". */
  taken: number;
  /** Items that advise other parties in general ("Library authors should …", "Users should …"), not the authors' work. */
  advice: number;
  /** Items that state a standing rule of conduct: "Never …", "Always …", "Do not …", "Prefer …", "Avoid …", "If …, check … first". */
  rules: number;
  /** Words of a flaw and what it lets an attacker do: "a vulnerability", "allowing anyone to …", "code was injected". */
  flaw: number;
  /** A change told as made: "removed the override", "added back the address", "bumped the limit". */
  changed: number;
  /** Sentences that say what the report goes on to tell: "In this post I want to share what happened", "This report explains …". */
  preview: number;
  /**
   * Sentences of prose that tell a change made or promised and aim it at a repeat of the incident:
   * "Changes have been made to lower the risk of this happening again", "We will review every
   * new rule with that limit in mind in future". Advice ("we should …") is no such sentence.
   */
  prevention: number;
  /** Sentences of prose in which the authors promise work in the first person: "We'll move the cache next month", "I will add an alert". */
  promised: number;
  /**
   * Sentences that name the cause in so many words: "The cause is an unchecked limit", "The
   * root cause was an expired key", "The problem occurred because …". A cause told in passing
   * ("after a bad push", "caused by a typo") is not counted here.
   */
  causeNamed: number;
  /** Items of lists that the prose line before them introduces ("… the following hosts:"): a part of that sentence. */
  introduced: number;
  /** Items of lists introduced by a line that says they were hit ("This affects the following servers:"): what was affected. */
  affectedListed: number;
  /**
   * Steps told as done by the authors: items that open on a verb in the past tense ("Ran the job
   * again", "Added the address back"), and sentences of prose in which "I" or "we" did something
   * ("I switched the billing to the other card").
   */
  acted: number;
  /** Items led by a word of their state ("Implemented: …", "Suggested: …", "TODO: …"), as entries of a plan are. */
  statusLed: number;
  /** Those of them whose word places the work ahead ("Suggested", "Planned", "Open"). */
  statusAhead: number;
  /** Items that are checkboxes ("- [ ] …", "- [x] …"), those still open, and those that open on a verb of work ("Add …", "Set up …"). */
  boxes: number;
  openBoxes: number;
  workBoxes: number;
}

const EMPTY: BodySigns = {
  items: 0,
  future: 0,
  tasks: 0,
  stamped: 0,
  lines: 0,
  timed: 0,
  clocked: 0,
  causal: 0,
  figures: 0,
  harm: 0,
  recovered: 0,
  lessons: 0,
  resolve: 0,
  taken: 0,
  advice: 0,
  rules: 0,
  flaw: 0,
  changed: 0,
  preview: 0,
  prevention: 0,
  promised: 0,
  causeNamed: 0,
  introduced: 0,
  affectedListed: 0,
  acted: 0,
  statusLed: 0,
  statusAhead: 0,
  boxes: 0,
  openBoxes: 0,
  workBoxes: 0,
};

/** The counts of `BodySigns`, listed once rather than for every block summed. */
const SIGN_KEYS = Object.keys(EMPTY) as (keyof BodySigns)[];

/** How many characters of one item or line are read, and of one block. */
const ITEM_CHARS = 160;
const BLOCK_CHARS = 4000;
const MAX_ITEMS = 200;

const FUTURE =
  /^(?:\[ \]\s*)?(?:(?:we|i|they|the team|someone)\s+(?:will|shall|are going to|plan to|intend to|need to|should|must)\b|we'll\b|will\s+(?:be|add|have)\b|to ?do\b|planned\b|in progress\b|\(?(?:open|pending)\)?\s*[:-])/i;
const TASK_VERBS = new Set(
  'add adopt alert audit automate build change check clean configure consider create define deploy document enable enforce ensure establish evaluate expand extend fix implement improve increase introduce investigate limit make migrate monitor move prevent reduce refactor remove replace require review rewrite run schedule set setup switch test track train update upgrade use validate verify write'.split(
    ' ',
  ),
);
/** A time or a date opening an entry: "14:05", "9 pm", "2024-03-02", "2024-03-02T14:05:09Z" as a machine writes it, "Mar 2". */
const STAMP =
  /^(?:\*\*|__)?\s*[[(]?\s*(?:at\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?(?:\d{1,2}:\d{2}(?:\s?[ap]\.?m\b|\b)|\d{1,2}\s?[ap]\.?m\b|\d{4}-\d{2}-\d{2}(?:T(?=\d)|\b)|\d{4}\/\d{1,2}\/\d{1,2}\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b)/i;
const CAUSAL =
  /\b(?:because|caused by|caused|causing|causes|due to|arose|arises|stem(?:s|med) from|led to|leading to|resulted in|as a result|root cause|(?:this|that|which) meant|meant that|results? in|leads to|therefore|triggered|the reason|contributing factors?|(?:these|those) factors)\b/gi;
const FIGURE =
  /(?:\b\d[\d,.]*[ \t]?(?:%|percent\b|[km]?[ \t]?(?:[a-z-]{2,20}[ \t])?(?:users?|customers?|requests?|accounts?|orders?|people|visitors?|sites?|repositories|repos|packages?|downloads?|builds?|transactions?|payments?|errors?|minutes?|mins?|hours?|hrs?|days?|seconds?)\b)|[$€£]\s?\d)/gi;
const HARM =
  /\b(?:slow(?:ed|er)? down|slowed|slower|(?:could|can)\s?not|couldn't|unable to|unavailable|inaccessible|unreachable|unresponsive|(?:stopped|not) responding|slipped|delayed|lost|failed|failing|errors?|outage|downtime|degraded|affected|impacted|disrupted|waited)\b/gi;
/** Recovery verbs in the past tense: the steps that ended the incident, told as taken. */
const RECOVERED =
  /\b(?:rolled back|reverted|restarted|restored|rebooted|redeployed|re-deployed|recovered|mitigated|resolved|failed over|fixed|patched|rebuilt|re-ran|reran|re-enabled|scaled (?:up|out|back)|freed(?: up)?|cleared|flushed|renewed|rotated|revoked|brought (?:back|up)|came back|back online|back up and running)\b/gi;
/** The words of a lesson drawn from the incident, looking back: what was learned, what luck or hindsight showed. */
const LESSON =
  /\b(?:lessons?|(?:we|i) (?:learned|learnt|realised|realized|now know)|learnings?|takeaways?|in hindsight|in retrospect|with hindsight|(?:were|got) (?:un)?lucky|(?:un)?luckily|went well|should have|could have|next time|(?:taught|showed|reminded) (?:us|me)|(?:a|an important|a good|a stark|a timely) reminder|(?:highlights?|highlighted|underlines?|underlined|underscores?|underscored|shows?|showed|demonstrates?|demonstrated|reinforces?|reinforced|illustrates?|illustrated)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:importance|value|need|dangers?|risks?)\s+of)\b/gi;
/** Advice or resolve drawn from the incident: what should be, what is needed, from now on. */
const RESOLVE =
  /\b(?:should(?!\s+have)|shouldn't|ought to|(?:we|i|you|teams?|one)\s+(?:need|needs|have|has)\s+to|(?:in|for)(?: the)? future|from now on|going forward|always make sure|important to|important that|remember to)\b/gi;
/** A sentence that says the steps it introduces or tells were carried out: the response, told as done. */
const TAKEN =
  /\b(?:(?:actions?|steps?|measures?|countermeasures?|changes?)\s+(?:were|have\s+been|had\s+been)\s+(?:taken|performed|carried\s+out|applied|put\s+in\s+place)|we\s+(?:took|performed|carried\s+out|applied)\s+(?:the\s+following|these|those)(?:\s+(?:actions?|steps?|measures?))?|the\s+(?:fix|remedy|repair)\s+(?:involved|consisted\s+of|comprised|included|took|required))\b/gi;
/** A change to code or configuration told as made, in the past tense. */
const CHANGED =
  /\b(?:removed|added(?:\s+back)?|changed|replaced|updated|merged|deployed|released|shipped|rewrote|rewritten|switched|raised|lowered|increased|bumped|disabled|enabled|corrected)\b/gi;

/**
 * A flaw told as such, as a security write-up tells its cause: the weakness named ("vulnerability",
 * "exploitable", "flaw") or what it lets someone do ("allows anyone to …", "allowing attackers …"),
 * or code put in by someone ("malicious code was injected", "the bug was introduced in 1.4").
 */
const FLAW =
  /\b(?:vulnerabilit(?:y|ies)|exploitable|flaws?|flawed|allow(?:s|ed|ing)\s+(?:an?\s+|any\s+)?(?:attackers?|someone|anyone|malicious)|(?:was|were|been)\s+(?:injected|introduced))\b/gi;
/**
 * A sentence that says what the piece goes on to tell, as an introduction does: "In this piece I want
 * to set out what went wrong and what we changed", "This report explains …", "In this post, I'll
 * walk you through …". Only the report itself, named so, counts ("this release", "this bug" do not).
 */
const PREVIEW =
  /\bthis\s+(?:blog\s+)?(?:post|article|report|write-?up|document|post-?mortem|piece|retrospective)\b[^.!?]{0,60}?\b(?:shares?|explains?|describes?|summari[sz]es?|walks?|details?|covers?|outlines?|recounts?|(?:aims|intends|sets\s+out)\s+to|(?:want|wish|would\s+like|'d\s+like|will|'ll|going)\s+(?:to\s+)?(?:share|explain|describe|walk|detail|cover|outline|tell|recount|go\s+through))\b/i;

/** A sentence that names the cause as such: "the (root) cause is/was …", "the problem happened because …". */
const NAMED_CAUSE =
  /(?:^|[.!?:]\s+|\n\s*)(?:the\s+(?:root\s+|underlying\s+|main\s+|real\s+|actual\s+|direct\s+)?cause\s+(?:of\s+[^.!?\n]{1,60}?\s+)?(?:is|was|lies|lay)\b|(?:the\s+(?:problem|issue|outage|incident|failure|error|halt|crash)|this)\s+(?:occurred|happened|arose)\s+(?:because|due\s+to)\b)/gi;

/** Words that aim a sentence at a repeat of the incident: the future, a recurrence, issues like this one. */
const AIMED_AHEAD =
  /\b(?:(?:in|for)\s+(?:the\s+)?future|future\s+(?:risks?|incidents?|issues?|outages?|occurrences?|problems?|failures?|leaks?)|(?:happen(?:s|ing)?|occur(?:s|ring)?|recur(?:s|ring)?)\s+again|(?:similar|such)\s+(?:issues?|incidents?|outages?|problems?|failures?|events?)|(?:prevent(?:s|ing)?|avoid(?:s|ing)?)\s+(?:this|that|it|a\s+repeat|a\s+recurrence|recurrences?|similar|such|future)|recur(?:s|ring|rences?)?)\b/i;
/**
 * A change told as made or promised, in prose: "changes have been made", "we will …", "… will allow
 * …", "we are looking into …", "we now …", "no longer …". "Should" and "need to" are advice, not this,
 * and "this will never happen again" is an assurance: it names no change.
 */
const MADE_OR_PROMISED =
  /\b(?:(?:changes?|improvements?|measures?|safeguards?|steps?|fix(?:es)?)\s+(?:have|has|were|was)\s+(?:been\s+)?(?:made|taken|put\s+in\s+place|implemented|deployed|introduced|added)|will\s+(?!(?:(?:not|never)\s+)?(?:happen|occur|recur|be\b))(?:(?:not|never)\s+)?[a-z]{2,}|(?:we|i)(?:'ll|\s+shall|\s+are\s+going\s+to|\s+plan\s+to|\s+intend\s+to)|(?:we|i)\s+(?:are|am)\s+(?:discussing|investigating|evaluating|exploring|weighing|looking\s+(?:into|at)|working\s+on|considering|reviewing|planning)|(?:we|i)\s+now\s+[a-z]{3,}|no\s+longer)\b/i;

/**
 * The authors promising work, in the first person and the future: "we will …", "we'll …", "I am going
 * to …", "we plan to …". "We will see", "we will be happy to help" and their like promise no work.
 */
const PROMISE =
  /\b(?:we|i)(?:'ll|\s+will|\s+shall|\s+(?:are|am)\s+going\s+to|\s+plan\s+to|\s+intend\s+to)(?:\s+(?:also|now|then|soon|gradually|fully|further|all|continue\s+to))*\s+(?!see\b|know\b|let\b|keep\s+you\b|update\s+(?:you|this)\b|be\s+(?:happy|glad|sure|back)\b|post\b|share\b|publish\b|provide\s+(?:an?\s+)?update|follow\s+up\s+with\s+(?:an?\s+)?update)[a-z]{2,}/i;

/** How many sentences of a paragraph promise work in the first person. */
function promisesIn(words: string): number {
  let count = 0;
  for (const sentence of words.split(/(?<=[.!?])\s+/).slice(0, 60)) if (PROMISE.test(sentence)) count++;
  return count;
}

/** How many sentences of a paragraph tell a change made or promised against a repeat. */
function preventionsIn(words: string): number {
  let count = 0;
  for (const sentence of words.split(/(?<=[.!?])\s+/).slice(0, 60)) if (AIMED_AHEAD.test(sentence) && MADE_OR_PROMISED.test(sentence)) count++;
  return count;
}

/**
 * Advice to others in general: "Library authors should …", "Site operators and users should
 * …". Only plural groups of roles count: "The platform team should …" names who owns work.
 */
const ADVICE =
  /^(?:all\s+|other\s+)?(?:[a-z][\w-]{1,20}\s+){0,2}(?:maintainers|developers|users|operators|administrators|admins|authors|contributors|publishers|consumers|projects|organi[sz]ations|companies|vendors|teams|libraries|registries)(?:\s+(?:and|or)\s+(?:[a-z][\w-]{1,20}\s+){0,2}[a-z][\w-]{1,20})?\s+should\b/i;
/** A standing rule: "Do not …", "Never …", "Always …", "Prefer …", "Avoid …". */
const RULE_FIRST = /^[\s*_]*(?:do\s+not|don['’]t|never|always|prefer|avoid)\s+\p{L}/iu;

/** Advice for a case: "If a job is cancelled …, suspect …", "When the queue grows, check …". */
const CASE_FIRST = /^[\s*_]*(?:if|when|whenever)\s[^.;:!?]{1,200}?,\s*(?:then\s+)?\p{Ll}/iu;

/**
 * True for an entry that states a rule of conduct drawn from the incident, not a piece of work: a
 * standing rule or advice for a case. The action-item reader skips a list of them; the section
 * reader reads a plan word over one as the lessons.
 */
export function statesRule(text: string): boolean {
  const head = text.length > 300 ? text.slice(0, 300) : text;
  return RULE_FIRST.test(head) || CASE_FIRST.test(head);
}

/**
 * An item that opens on a tracked piece of work: a link to an issue, a pull or merge request or a
 * ticket ("[Alert on lag](…/issues/41)", "#41"). A link to anything else (a page, a file, a line of
 * code, a status page) names a reference, not work.
 */
const ISSUE_LINK = new RegExp(String.raw`^\[[^\]]{0,120}\]\([^)\s]{0,300}?${TRACKED_WORK_PATH}[^)]{0,100}\)|^(?:https?:\/\/\S+${TRACKED_WORK_PATH}|#\d+\b)`);

const signsOf = new WeakMap<RootContent, BodySigns>();

/**
 * A paragraph whose last line ends on a colon introduces what follows it: 1, or 2 when that line
 * says what it introduces was hit ("This impacts the following servers:", "Affected were:").
 */
const leadsOf = new WeakMap<RootContent, number>();

/**
 * A lead-in that says the things it lists were hit: "This impacts the following servers:", "These
 * hosts were unreachable:", "Affected services:". Harm said of something else ("the factors that led
 * to the degraded service:") is not.
 */
const HIT_LEAD =
  /\b(?:impact(?:s|ed)?|affect(?:s|ed)?|took down|knocked out)\s+(?:the\s+following|these|those)\b[^.!?:]{0,80}:\s*$|\b(?:following|these|those)\b[^.!?:]{0,80}\b(?:were|was|are|is|went|became|remained)\s+(?:also\s+|all\s+)?(?:impacted|affected|unavailable|unreachable|inaccessible|offline|down|degraded|disrupted)\b[^.!?:]{0,40}:\s*$|(?:^|[.!?]\s+)\W*(?:affected|impacted)\s[^.!?:]{0,60}:\s*$/i;

function leadOf(block: RootContent): number {
  let lead = leadsOf.get(block);
  if (lead === undefined) {
    lead = 0;
    if (block.type === 'paragraph') {
      const end = block.children[block.children.length - 1];
      const tail = end && end.type === 'text' ? end.value.slice(-400) : '';
      if (/:\s*$/.test(tail)) lead = HIT_LEAD.test(tail.split('\n').pop() ?? '') ? 2 : 1;
    }
    leadsOf.set(block, lead);
  }
  return lead;
}

/** True when a paragraph's last line ends on a colon: it introduces the block after it. */
export function introducesNext(block: RootContent): boolean {
  return leadOf(block) > 0;
}

function itemText(item: ListItem): string {
  const first = item.children[0];
  let text = first && first.type === 'paragraph' ? wordsOf(first).slice(0, ITEM_CHARS) : '';
  if (item.checked === false) text = `[ ] ${text}`;
  else if (item.checked === true) text = `[x] ${text}`;
  return text.trim();
}

/** Words that mark text still to be written: a template's prompts are no evidence of what a section is. */
const UNWRITTEN = /\b(?:TODO|TBD|FIXME|XXX)\b/;

/** An item that speaks to the reader ("Rotate your token") asks the reader, not the authors. */
const TO_READER = /\b(?:you|your|yours)\b/i;

/** Verbs in the past tense that have no "-ed": a step told as done with one of them ("Ran the script", "we set the flag"). */
const PAST_IRREGULAR =
  'ran|made|took|set|put|sent|found|got|wrote|rewrote|built|rebuilt|brought|kept|left|shut|spun|went|began|gave|told|saw|undid|redid|re-ran|reran';
/** An item that opens on a step told as done: a verb in the past tense ("Ran …", "Added back …", "Confirmed …"). */
const STEP_DONE = new RegExp(
  `^(?:\\[[ x]\\]\\s*)?(?:${PAST_IRREGULAR}|(?!(?:need|feed|speed|seed|bed|red|shed|proposed|suggested|planned|recommended|expected|required|related|automated|detailed|advanced|limited)\\b)[a-z]{2,}ed)\\b`,
  'i',
);
/** A sentence in which the authors did something: "I switched the billing over", "we then restarted the nodes". */
const AUTHORS_ACTED = new RegExp(
  `\\b(?:i|we)\\s+(?:then\\s+|first\\s+|also\\s+|quickly\\s+|finally\\s+|just\\s+|immediately\\s+)?(?:${PAST_IRREGULAR}|(?!(?:need|proposed|suggested|planned|expected)\\b)[a-z]{2,}ed)\\b`,
  'i',
);

/** How many sentences of a paragraph tell something the authors did. */
function actedIn(words: string): number {
  let count = 0;
  for (const sentence of words.split(/(?<=[.!?])\s+/).slice(0, 60)) if (AUTHORS_ACTED.test(sentence)) count++;
  return count;
}

function readItem(text: string, raw: string, out: BodySigns, grouped = false): void {
  if (UNWRITTEN.test(text)) return;
  out.items++;
  if (writesTime(text)) out.timed++;
  const state = statusLead(text);
  if (state !== null) {
    out.statusLed++;
    if (state === false) out.statusAhead++;
  }
  if (STEP_DONE.test(text)) out.acted++;
  const box = /^\[([ x])\]\s*/i.exec(text);
  if (box) {
    out.boxes++;
    if (box[1] === ' ') out.openBoxes++;
    if (startsImperative(text.slice(box[0].length, box[0].length + 40))) out.workBoxes++;
  }
  if (ADVICE.test(text)) out.advice++;
  if (statesRule(text)) out.rules++;
  if (TO_READER.test(text)) return;
  // An open box ("[ ] Add a canary stage") is work still to do, as "We will …" is.
  if (FUTURE.test(text) || /^\[ \]\s*\S/.test(text)) out.future++;
  const word = /^(?:\[[ x]\]\s*)?([a-z]+)/i.exec(text)?.[1]?.toLowerCase();
  // An entry grouped under a phase label ("Short-term" over "- tighten the alert") is a step of a plan when
  // it opens on any verb of work, not only the common ones.
  if (/^\[[ x]\]/i.test(text) || (word && (TASK_VERBS.has(word) || (grouped && IMPERATIVE.has(word)))) || ISSUE_LINK.test(raw)) out.tasks++;
  if (STAMP.test(text) || STAMP.test(text.slice(ENTRY_LEAD.exec(text)?.[0].length ?? 0))) out.stamped++;
}

/**
 * A word that sets a list entry's time or day in its sentence ("On Sep 29 at 14:00, …", "Around
 * 9:40 PM the …", "By 16:30 …"): the entry still opens on its stamp. Capitalised, as a sentence opens.
 */
const ENTRY_LEAD = /^(?:On|Around|About|By|Shortly (?:after|before)|Just (?:after|before))[ \t]+(?:the[ \t]+)?/;

/** A time of day ("14:05", "2pm", "9 AM"). */
const CLOCK = /\b\d{1,2}(?::\d{2}|\s?[ap]\.?m\b)/i;

/** True when the text writes a time of day or a date anywhere in it. */
export function writesTime(text: string): boolean {
  return CLOCK.test(text) || writesDate(text);
}

/** A group label of a list ("Short-term", "Phase 2:", "**Later**"): two words at most, no sentence. */
const GROUP_LABEL = /^[\s*_]*[\p{L}\p{N}][\p{L}\p{N}-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}-]*)?[\s*_]*:?[\s*_]*$/u;

/**
 * The items of a list as entries: an item that is only a group label over a list of its own
 * ("- Short-term" over "  - add an alert …") stands for the entries it groups, each marked grouped.
 */
function groupedItems(items: readonly ListItem[]): { item: ListItem; grouped: boolean }[] {
  const out: { item: ListItem; grouped: boolean }[] = [];
  for (const item of items) {
    const nested = item.children.length === 2 && item.children[1].type === 'list' ? item.children[1] : null;
    const label = item.children[0]?.type === 'paragraph' ? wordsOf(item.children[0]).slice(0, 40) : '';
    if (nested && GROUP_LABEL.test(label)) for (const entry of nested.children) out.push({ item: entry, grouped: true });
    else out.push({ item, grouped: false });
    if (out.length >= MAX_ITEMS) break;
  }
  return out;
}

function compute(block: RootContent, text: string): BodySigns {
  const out: BodySigns = { ...EMPTY };
  if (block.type === 'list') {
    for (const { item, grouped } of groupedItems(block.children).slice(0, MAX_ITEMS)) {
      const start = item.position?.start.offset;
      const end = item.position?.end.offset;
      const raw = start !== undefined && end !== undefined ? text.slice(start, Math.min(end, start + ITEM_CHARS)).replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '') : '';
      readItem(itemText(item), raw, out, grouped);
    }
  } else if (block.type === 'table') {
    for (const row of block.children.slice(1, MAX_ITEMS + 1)) {
      const cell = row.children[0];
      const words = cell ? wordsOf(cell).slice(0, ITEM_CHARS).trim() : '';
      if (row.children.some((c) => UNWRITTEN.test(wordsOf(c).slice(0, ITEM_CHARS)))) continue;
      readItem(words, words, out);
      if (!writesTime(words) && row.children.slice(1).some((c) => writesTime(wordsOf(c).slice(0, ITEM_CHARS)))) out.timed++;
    }
  } else if (block.type === 'paragraph') {
    const words = wordsOf(block).slice(0, BLOCK_CHARS);
    for (const line of words.split('\n')) {
      // A line of no word or figure ("–", "-", "…") says there is nothing to tell: no line of prose.
      if (!/[\p{L}\p{N}]/u.test(line) || UNWRITTEN.test(line)) continue;
      out.lines++;
      if (STAMP.test(line.trim())) out.stamped++;
      if (writesTime(line)) out.timed++;
      if (CLOCK.test(line)) out.clocked++;
    }
  }
  if (block.type === 'list' || block.type === 'paragraph' || block.type === 'blockquote') {
    const words = blockWords(block).slice(0, BLOCK_CHARS);
    out.causal = words.match(CAUSAL)?.length ?? 0;
    out.figures = words.match(FIGURE)?.length ?? 0;
    out.harm = words.match(HARM)?.length ?? 0;
    out.recovered = words.match(RECOVERED)?.length ?? 0;
    out.lessons = words.match(LESSON)?.length ?? 0;
    out.resolve = words.match(RESOLVE)?.length ?? 0;
    out.taken = words.match(TAKEN)?.length ?? 0;
    out.flaw = words.match(FLAW)?.length ?? 0;
    out.causeNamed = words.match(NAMED_CAUSE)?.length ?? 0;
    if (block.type === 'paragraph' && PREVIEW.test(words)) out.preview = 1;
    if (block.type === 'paragraph') {
      out.prevention = preventionsIn(words);
      out.promised = promisesIn(words);
      out.acted = actedIn(words);
    }
    out.changed = words.match(CHANGED)?.length ?? 0;
  }
  return out;
}

/**
 * The words of a block with its parts (list items, the paragraphs of an item or a quote) one per
 * line. `toString` runs them together ("… restarted the nodeAdded an alert"), and a phrase that
 * opens a later item would lose the word boundary before it.
 */
function blockWords(node: RootContent | ListItem): string {
  if (node.type !== 'list' && node.type !== 'listItem' && node.type !== 'blockquote') return wordsOf(node);
  let out = '';
  for (const child of node.children) {
    if (out.length >= BLOCK_CHARS) break;
    // A log or a config pasted into an item is no prose: it would fill the words read and leave the
    // items after it unread.
    if (child.type === 'code' || child.type === 'html') continue;
    out += (out ? '\n' : '') + blockWords(child);
  }
  return out;
}

function signsFor(block: RootContent, text: string): BodySigns {
  let signs = signsOf.get(block);
  if (!signs) {
    signs = compute(block, text);
    signsOf.set(block, signs);
  }
  return signs;
}

/** True when boxes are mostly work: two in three open on a verb of work ("Set a limit", not "Timeline filled in"). */
export function mostlyWork(work: number, boxes: number): boolean {
  return work * 3 >= boxes * 2;
}

/**
 * Says why when the blocks of a section, its sub-sections' too, are a checklist of work: two boxes
 * at least, one still open, and {@link mostlyWork} ("Add an alert", "Set a limit"), as the item
 * reader holds a checklist in the telling of the incident. A list of boxes all ticked is the
 * response told as done; boxes of checks ("Timeline written", "Tests pass") track the write-up or a
 * release, not work.
 */
export function sectionChecklistOfWork(blocks: readonly RootContent[], text: string): string | null {
  let boxes = 0;
  let open = 0;
  let work = 0;
  for (const block of blocks) {
    if (block.type !== 'list') continue;
    const signs = signsFor(block, text);
    boxes += signs.boxes;
    open += signs.openBoxes;
    work += signs.workBoxes;
  }
  return boxes >= 2 && open >= 1 && mostlyWork(work, boxes) ? `a checklist of work (${work} of ${boxes} boxes)` : null;
}

/**
 * The sums of `bodySigns`, per first block, with the blocks summed: each block's signs (and its lead)
 * are kept per block node already, so the same nodes in the same order sum to the same signs, and an
 * edit elsewhere finds a section's sums here instead of adding them up again.
 */
const summed = new WeakMap<RootContent, { blocks: RootContent[]; total: BodySigns }>();

/** What the blocks hold, up to the first heading among them. `text` is the document's text. The signs are shared: read them, never change them. */
export function bodySigns(blocks: readonly RootContent[], text: string): BodySigns {
  let to = 0;
  while (to < blocks.length && blocks[to].type !== 'heading') to++;
  const kept = to ? summed.get(blocks[0]) : undefined;
  if (kept && kept.blocks.length === to && kept.blocks.every((block, k) => block === blocks[k])) return kept.total;
  const total: BodySigns = { ...EMPTY };
  let previous: RootContent | undefined;
  for (let k = 0; k < to; k++) {
    const block = blocks[k];
    const signs = signsFor(block, text);
    for (const key of SIGN_KEYS) total[key] += signs[key];
    // "This impacts the following servers:" over a list of names: the list finishes that sentence.
    const lead = block.type === 'list' && previous ? leadOf(previous) : 0;
    if (lead) total.introduced += signs.items;
    if (lead === 2) total.affectedListed += signs.items;
    previous = block;
  }
  if (to) summed.set(blocks[0], { blocks: blocks.slice(0, to), total });
  return total;
}

/** What the content alone says a section is, with a few words saying why; null when it says nothing clear. */
export function kindFromBody(signs: BodySigns): { kind: string; why: string } | null {
  const entries = signs.items + signs.lines;
  if (signs.stamped >= 3 && signs.stamped * 2 >= entries) return { kind: 'timeline', why: `${signs.stamped} entries that start with a time or date` };
  // A list that a line of prose introduces ("… led to us changing the following:", "For example:") finishes
  // that line: unless the prose itself promises the work, it is no plan of the section's own.
  const own = signs.promised + signs.prevention ? signs.items : signs.items - signs.introduced;
  if (own >= 2 && (signs.future + signs.tasks) * 3 >= signs.items * 2) return { kind: 'action-items', why: `a list of ${signs.items} commitments` };
  if (signs.causal >= 2) return { kind: 'root-cause', why: `a chain of causes (${signs.causal} causal links)` };
  // Recovery steps told as taken, and no commitment among them: how the incident was ended.
  if (signs.recovered >= 2 && signs.future === 0 && signs.recovered > signs.causal)
    return { kind: 'resolution', why: `${signs.recovered} recovery steps told as taken` };
  return null;
}

/**
 * What the body of a heading that names the story ("What happened", "Description") does, when it
 * does more than tell it in brief: a dense chain of causes, or the flaw that let it happen, three
 * links at least and one for every three lines or items (a list that a line introduces finishes
 * that line), explains why it happened (the cause). A brief account that names a cause in passing
 * ("… went down because a disk filled"), or a long one with a few, says nothing here: the
 * heading's words stand.
 */
export function storyExplained(signs: BodySigns): string | null {
  const explains = signs.causal + signs.flaw;
  const entries = signs.lines + signs.items - signs.introduced;
  if (explains >= 3 && explains * 3 >= entries && signs.future === 0) return `the story told as its causes (${explains} causal links)`;
  return null;
}

/**
 * True when a body is an account in prose told along the clock: six lines of prose at least, two
 * of them (a time window written in one sentence, "between 14:02 and 14:41", is one) writing a
 * time of day, and neither a list nor entries that start with their times (those are read as a
 * timeline already). "At 11:32 we deployed … at 11:58 the server was up again" under "What
 * happened" is the timeline of the report, told as a story.
 */
export function narratedByClock(signs: BodySigns): string | null {
  if (signs.clocked < 2 || signs.lines < 6 || signs.items > signs.lines || signs.stamped >= 3) return null;
  return `an account told along the clock (${signs.clocked} lines with a time of day)`;
}

/**
 * What the body of a heading worded as learning ("What we learnt", "Insights") does when it draws
 * no lesson at all: an account in prose of how the system works and why it failed, its causes
 * dense (two links at least, one for every three lines), with no lesson, resolve, rule or promise
 * in it, is the cause the authors came to understand, not a lesson. A lesson that names its cause
 * ("we learned that … because …", "… so we should …") stays a lesson.
 */
export function causeNotLesson(signs: BodySigns): string | null {
  const entries = signs.lines + signs.items - signs.introduced;
  if (signs.causal < 2 || signs.causal * 3 < entries || signs.items > signs.lines) return null;
  if (signs.lessons || signs.resolve || signs.future || signs.rules || signs.advice) return null;
  return `how it broke, told with ${signs.causal} causal links and no lesson drawn`;
}

const MONTHS = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** A date and nothing else: `2021-09-28`, `28/09/2021`, `September 2021`, `Sept 28, 2021`, `28 September`. */
const ONLY_DATE = new RegExp(
  `^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|${MONTHS}\\s+(?:\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{4})|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTHS}(?:,?\\s+\\d{4})?)$`,
  'i',
);

/** True when a heading is only a date ("September 2021"): an entry of a log of incidents, which names no section whatever it holds. */
export function isOnlyDate(text: string): boolean {
  return text.length <= 40 && ONLY_DATE.test(text.trim());
}

/** The words a stamp is written with besides its digits: days, months, "at", "on", "of", the half of the day. */
const STAMP_WORDS =
  /\b(?:(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|at|on|of|around|[ap]\.?m\.?)(?![\p{L}\d])\.?/giu;
/** A zone written after a time: "UTC", "GMT+2", "Z", "EDT", "SAST", "CEST" (upper case only, so a word is not taken for one). */
const STAMP_ZONE = /\b(?:UTC|GMT|Z|[A-Z]{1,3}[SD]?T)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?\b/g;

/**
 * True when a heading is a stamp and nothing else: a time of day with or without its date, day and
 * zone ("11th Oct 11:30 AM", "Tue 3 March, 14:05 UTC", "2026-03-02 18:15") or a date alone. A status
 * page or a log of updates heads each update so: the heading says when, not what the update is, and
 * names no section whatever its update tells.
 */
export function isOnlyStamp(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 60) return false;
  if (isOnlyDate(trimmed)) return true;
  if (!/\d{1,2}[:.]\d{2}/.test(trimmed)) return false;
  const rest = trimmed
    .replace(STAMP_ZONE, ' ')
    .replace(/(\d)(?:st|nd|rd|th|h)\b/gi, '$1 ')
    .replace(/(\d)\s*([ap])\.?m\b\.?/gi, '$1 ')
    .replace(STAMP_WORDS, ' ');
  return !/[\p{L}]/u.test(rest);
}

/** True when the text starts with a time or a date ("2026-03-02 18:15", "14:05 UTC"): a heading so written is an entry of a timeline. */
export function startsWithStamp(text: string): boolean {
  return STAMP.test(text.trim());
}

/** A clock time written with a dot or an "h" ("18.16", "9h05"), then a dash that opens what happened. */
const DOTTED_ENTRY = /^(?:[01]?\d|2[0-3])[.h][0-5]\d\s+[-\u2013\u2014]\s+\p{L}/u;
/** After a time (and its zone or seconds), the mark that sets off what happened: "10:00 UTC - …", "2024-03-02 14:05 | …". */
const ENTRY_SEPARATOR = /^[^\p{L}]{0,24}(?:\p{L}{1,4}\)?\s*)?(?:[-\u2013\u2014|:]\s+|\s)\p{L}/u;

/** A program log's level after its time ("… 12:00:01 ERROR …", "… - INFO - …"): a log line, not an event told. */
const LOG_LEVEL = /^[^\p{L}]{0,24}(?:\p{L}{1,4}\)?\s*)?[-|:]?\s*\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRIT|CRITICAL)\b/u;

/**
 * True when a line of plain text is an entry of a log of events: a time or a date, then words
 * that tell what happened ("10:40 UTC - cache restarted", "18.16 - first alarms"). A line of a
 * program's log ("12:00:01.123 [main] INFO …") opens on its time too, but goes on in brackets
 * and levels: only a time followed by words counts. Dotted times count only with their dash.
 */
export function isEntryLine(line: string): boolean {
  const text = line.trim();
  if (text.length < 8) return false;
  if (DOTTED_ENTRY.test(text)) return true;
  const stamp = STAMP.exec(text);
  if (!stamp) return false;
  const rest = text.slice(stamp[0].length, stamp[0].length + 80);
  return ENTRY_SEPARATOR.test(rest) && !LOG_LEVEL.test(rest);
}

/**
 * True when a section's sub-headings are a log of dated entries: two at least, every one of them
 * a date or a time ("June 3, 2024", "March 14th", "2024-06-03 14:05"), as a status page's archive
 * of past incidents or a timeline told day by day is written.
 */
export function datedEntries(subheadings: readonly string[]): boolean {
  return subheadings.length >= 2 && subheadings.every((t) => isOnlyDate(t) || startsWithStamp(t));
}

/**
 * True when a section's sub-headings are a log of incidents, each named and dated ("Router swap
 * (2031-05-02)", "Disk failure – March 3, 2031"), as a status page's history of past incidents is
 * written: two at least, each closing on its date (or a date alone).
 */
export function datedIncidents(subheadings: readonly string[]): boolean {
  return datedEntries(subheadings)
    ? false
    : subheadings.length >= 2 && subheadings.some(endsWithDate) && subheadings.every((t) => isOnlyDate(t) || startsWithStamp(t) || endsWithDate(t));
}

/** A date in brackets, or after a dash, that closes a heading: "Router swap (2031-05-02)", "Disk failure – March 3, 2031". */
const CLOSING_DATE = new RegExp(`(?:\\(\\s*(${ONLY_DATE.source.slice(1, -1)})\\s*\\)|\\s[-\u2013\u2014]\\s+(${ONLY_DATE.source.slice(1, -1)}))$`, 'i');

/** True when a heading names something and closes on its date ("Router swap (2031-05-02)"): an entry of a dated log. */
export function endsWithDate(text: string): boolean {
  const tail = text.length > 80 ? text.slice(-80) : text;
  return CLOSING_DATE.test(tail.trim());
}

/**
 * True when the content is a plan's entries told by their state ("- Implemented: a spare cluster", "-
 * Suggested: a drill"): two thirds of its items at least, one of them placing work ahead, and two of
 * them, or the only item. The item reader takes such entries as follow-up work whatever the heading.
 */
export function statusLedPlan(signs: BodySigns): boolean {
  return signs.statusAhead >= 1 && signs.statusLed * 3 >= signs.items * 2 && (signs.statusLed >= 2 || signs.items === 1);
}

/** True when the content is a list of work promised in so many words ("We will …", open checkboxes): a plan, whatever the heading says. */
export function isCommitmentList(signs: BodySigns): boolean {
  return signs.items >= 2 && signs.future * 3 >= signs.items * 2;
}

/**
 * True when a section's prose holds the work that follows the incident: changes made or promised
 * against a repeat, in prose rather than a list, and no advice or standing rule in a list.
 */
export function tellsPlanInProse(signs: BodySigns): boolean {
  return signs.prevention >= 1 && signs.items === 0;
}

/** True when the content shows at least a sign of `kind`: enough to confirm a heading that only hints at it ("Leadup", "The problem"). */
export function bodyHints(signs: BodySigns, kind: string): string | null {
  if (kind === 'timeline' && signs.stamped >= 2) return `${signs.stamped} entries that start with a time or date`;
  if (kind === 'root-cause' && signs.causal >= 1) return 'a cause told in its content';
  // "Problem" over "The parser accepts a forged length, allowing anyone to …": the flaw is the cause.
  if (kind === 'root-cause' && signs.flaw >= 1) return 'a flaw told in its content';
  if (kind === 'impact' && signs.figures >= 1) return 'figures of harm in its content';
  if (kind === 'impact' && signs.harm >= 2) return 'harm told in its content';
  // A list the prose introduces ("… hit these hosts:") is a part of that account, not a list of its own.
  if (kind === 'summary' && signs.lines >= 1 && signs.stamped === 0 && signs.items - signs.introduced <= signs.lines) return 'an opening account in prose';
  if (kind === 'resolution' && signs.recovered >= 1 && signs.future === 0) return 'recovery told as taken in its content';
  // "The fix involved two steps:" over the steps: the fix made, told as such, however its steps are worded.
  if (kind === 'resolution' && signs.taken >= 1 && signs.future === 0) return 'the steps of the fix, told as taken';
  // "Removed the override (PR 812)": the change that ended it, told as made, with no work still to do.
  if (kind === 'resolution' && signs.changed >= 1 && signs.future === 0 && signs.tasks === 0 && signs.lessons === 0)
    return 'a change told as made in its content';
  // "We were unlucky", "We should have …", "In the future we test on real hardware": a lesson drawn, or
  // resolve drawn from what happened, looking ahead. An ending that mostly retells the chain of causes
  // ("… which caused the rollback, which led to the outage") and learns in passing is the cause told again.
  if (kind === 'lessons-learned' && signs.lessons + signs.resolve >= Math.max(1, signs.causal) && signs.future === 0) return 'a lesson drawn in its content';
  if (kind === 'action-items' && signs.items >= 1 && signs.future + signs.tasks >= 1) return 'work to do in its content';
  return null;
}

/**
 * Says why when a section with no list promises work in its prose, in the first person: "We will move the
 * cache behind a fallback", "We'll be working towards offline support". Enough to confirm a heading that
 * only hints at a plan ("What will follow?"), not to make one of any other heading.
 */
export function promisesInProse(signs: BodySigns): string | null {
  return signs.items === 0 && signs.promised >= 1 ? 'work promised in its prose' : null;
}
