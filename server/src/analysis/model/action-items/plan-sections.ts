/**
 * Reads the headings of a document for where the plan is and where it is not: sections that tell a
 * fix already made inside another part ("### Prevention" under "## Changes made"), that name
 * problems or open questions, that record the response itself ("Immediate actions (completed)"),
 * that point at reading or at the report's own ticket, and the sub-sections of the analysis where
 * a remedy promised in prose is work of its own.
 */
import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { normaliseHeading } from '../../base/normalise';
import type { Section } from '../model';
import { readsAsTask } from './labels';
import { bareLink } from './lists';
import { MAX_READ, opensOnStepTaken, readSentence, readsAsNarrative, readsAsRemediation, reportsBackDone, reportsDone, startsImperative } from './reading';
import { scanTokens } from './tokens';
import { statusLine } from './lead-ins';

/** Heading words that point at work still to come: "Follow-ups", "Next steps", "Moving forward", "Long-term", "Open items". */
const WORK_TO_COME =
  /\b(?:follow[- ]?ups?|next|future|planned|planning|to ?do|going forward|moving forward|long[- ]?term|short[- ]?term|open|remaining|pending|proposed|recommend\w*|will|should)\b/i;

/**
 * Sections read as the plan only by a word of their heading ("### Prevention", "**Key improvements:**")
 * that stand inside a section that is no plan ("## Changes made", "## Verification"), in a document
 * whose plan has a section of its own at that level or above: they tell the fix, not the work to come.
 */
export function toldFixSections(sections: readonly Section[]): Section[] {
  const found: Section[] = [];
  const plan = (s: Section) => s.kinds.includes('action-items') || (s.kind === null && readsAsRemediation(s.heading.text));
  let titles = 0;
  for (const s of sections) if (s.heading.depth === 1) titles++;
  // The parent of each section: the nearest one before it at a lower depth.
  const stack: Section[] = [];
  const parents = new Map<Section, Section | null>();
  for (const s of sections) {
    while (stack.length && stack[stack.length - 1].heading.depth >= s.heading.depth) stack.pop();
    const parent = stack.length ? stack[stack.length - 1] : null;
    // A lone "# Title" holds the whole document: no section of it is nested for this.
    parents.set(s, parent && (parent.heading.depth > 1 || titles > 1) ? parent : null);
    stack.push(s);
  }
  // The highest level at which the plan has a section of its own (one nested in no other).
  let planDepth = Infinity;
  for (const t of sections) if (!parents.get(t) && plan(t)) planDepth = Math.min(planDepth, t.heading.depth);
  for (const s of sections) {
    if (s.decidedBy !== 'meaning' || !s.kinds.includes('action-items') || s.blocks[0] >= s.blocks[1]) continue;
    if (WORK_TO_COME.test(s.heading.text.slice(0, 200))) continue;
    // Only inside a part that tells what was done or found ("Changes made", "Verification",
    // "Resolution"), not inside lessons, a cause or a summary, where a plan word means the plan.
    const parent = parents.get(s);
    if (!parent || plan(parent) || (parent.kind !== null && parent.kind !== 'resolution')) continue;
    if (planDepth <= parent.heading.depth) found.push(s);
  }
  return found;
}

/** Each section under a Markdown heading, with its parent: the nearest such section before it at a lower depth. */
function headingParents(sections: readonly Section[]): [Section, Section | null][] {
  const out: [Section, Section | null][] = [];
  const stack: Section[] = [];
  for (const s of sections) {
    if (s.source !== 'heading') continue;
    while (stack.length && stack[stack.length - 1].heading.depth >= s.heading.depth) stack.pop();
    out.push([s, stack.length ? stack[stack.length - 1] : null]);
    stack.push(s);
  }
  return out;
}

/**
 * A heading that opens on a comparative of the gain sought, then names a stage or a tool: "Quicker
 * detection", "Faster rollback", "Better runbooks". Inside another section (the lessons, say), it
 * names a part of the plan: what the authors built or will build to gain it.
 */
const GAIN_HEADING = /^(?:quicker|faster|better|safer|smoother)(?!\s+than\b)(?:\s+[a-z0-9-]+){1,4}$/;

/** Sections of the plan named by the gain they seek, nested in a section that is no plan and no timeline. */
export function gainParts(sections: readonly Section[]): Section[] {
  const found: Section[] = [];
  for (const [s, parent] of headingParents(sections)) {
    if (!parent || parent.kind === 'timeline' || s.kind === 'action-items' || s.kind === 'timeline' || s.blocks[0] >= s.blocks[1]) continue;
    if (GAIN_HEADING.test(normaliseHeading(s.heading.text.slice(0, 200)))) found.push(s);
  }
  return found;
}

/**
 * A heading that ends on the problems it lists: "Identified problems", "Patch bugs", "Design gaps",
 * "Known issues"; or on what shows them to a reader: "Tell-tale signs", "Symptoms to watch", "Leading
 * indicators", "Red flags". Those list what is seen when the problem comes back, not work.
 */
const PROBLEMS_HEADING =
  /\b(?:bugs|problems|gaps|weaknesses|shortcomings|limitations|deficiencies|(?:identified|known|remaining|discovered|found|underlying|outstanding|design|configuration)\s+issues|issues\s+(?:found|identified|discovered)|(?:warning\s+)?signs|symptoms|indicators|signals|red\s+flags)(?:\s+to\s+(?:watch|look)(?:\s+(?:for|out\s+for))?)?$/;

/** True for a heading that names the problems found rather than work ("### Identified problems:"), and names no plan. */
export function namesProblems(heading: string): boolean {
  const key = normaliseHeading(heading.length > 200 ? heading.slice(0, 200) : heading);
  return PROBLEMS_HEADING.test(key) && !readsAsRemediation(heading);
}

/** A heading over questions still open: "Open questions", "Questions", "Unresolved questions", "For discussion". */
const QUESTIONS_HEADING =
  /^(?:(?:open|unanswered|unresolved|outstanding|remaining|pending|further)\s+)?questions?$|^(?:for|to)\s+discuss(?:ion)?$|^things\s+to\s+discuss$/;

/** True for a heading over questions still open: only what reads as a task under it is work. */
export function namesQuestions(heading: string): boolean {
  return QUESTIONS_HEADING.test(normaliseHeading(heading.length > 200 ? heading.slice(0, 200) : heading));
}

/**
 * A heading that ends on the status of its work: "Corrective measures implemented", "Fixes completed", "Done",
 * or says where its work was applied: "Guards (applied in the hotfix)", "Patches applied in the release".
 */
const STATUS_LAST =
  /(?:^|\s)(?<!\b(?:not|be)\s+(?:yet\s+)?)(?:implemented|completed|done|finished|shipped|delivered|in place|applied(?:\s+in\s+(?:this|the)(?:\s+[a-z]+){1,2})?)$/;

/** A heading that tells the authors' changes as made: "What we changed in logging", "Changes we've made", "Fixes shipped since". */
const CHANGES_MADE =
  /^(?:what\s+we(?:\s+have|ve)?\s+(?:changed|fixed|improved|shipped|implemented|deployed|put\s+in\s+place)|(?:the\s+)?(?:changes|fixes|improvements)\s+(?:(?:we(?:\s+have|ve)?|that\s+we(?:\s+have|ve)?)\s+)?(?:made|shipped|implemented|deployed|put\s+in\s+place))\b/;

/**
 * A heading that tells fixes made to last: "Fixes applied 2026-09-08", "What was fixed permanently",
 * "Permanent fixes implemented". Not "Fix", "The fix" or "Details of the fix", which tell how the
 * incident was ended.
 */
const LASTING_FIXES_MADE =
  /^(?:fix(?:es)?\s+applied|applied\s+fix(?:es)?|what\s+(?:was|were|we(?:\s+have|ve)?|has\s+been|have\s+been)\s+fixed\s+permanently|permanent\s+fix(?:es)?\s+(?:applied|implemented|made|deployed|in\s+place))\b/;

/** True for a (normalised) heading that tells fixes made to last ("Fixes applied", "What was fixed permanently"). */
export function headsLastingFixes(key: string): boolean {
  return LASTING_FIXES_MADE.test(key);
}

/** The name of fixes made to last, with no word of their state: "Long-term fix", "Lasting fixes", "Permanent fix". */
const LASTING_FIXES_NAME = /^(?:permanent|long ?term|lasting)\s+fix(?:es)?$/;

/**
 * True for a short line of its own that titles fixes made to last, in bold or plain before a colon:
 * "**Long-term fixes:**", "Permanent fix:", "**Fixes applied:**". Set in a part that tells the
 * resolution, over a list of changes told done, it stands where a heading would.
 */
export function titlesLastingFixes(node: RootContent | undefined): boolean {
  if (node?.type !== 'paragraph' || node.children.length > 3) return false;
  const text = toString(node);
  if (text.length > 60 || text.includes('\n')) return false;
  const bold = node.children[0]?.type === 'strong' && node.children.slice(1).every((c) => c.type === 'text' && /^[\s:：]*$/.test(c.value));
  if (!bold && !/[:：]\s*$/.test(text)) return false;
  const key = normaliseHeading(text);
  return LASTING_FIXES_NAME.test(key) || LASTING_FIXES_MADE.test(key);
}

/** True for a (normalised) heading that says the work under it was carried out. */
export function headsDoneWork(key: string): boolean {
  return STATUS_LAST.test(key) || CHANGES_MADE.test(key) || LASTING_FIXES_MADE.test(key);
}

/**
 * Words a heading of the plan uses to name a group of its items rather than one piece of work: a
 * time horizon ("Short term", "Next quarter", "Q3 2026"), a priority ("P1", "Must have"), a status
 * ("In progress", "Backlog"), a stage of the response or a kind of work ("Detection", "Process and
 * tooling"), or the plan itself ("Other items").
 */
const GROUP_WORDS = new Set(
  'a an the and or of for in on to by our other others misc miscellaneous general additional further more remaining items item actions action tasks task work workstreams workstream areas area themes theme topics topic changes improvements fixes follow ups up followups short medium mid long near term terms immediate immediately now next later soon future upcoming this week weeks month months quarter quarters sprint sprints year years half phase phases stage stages step steps wave waves milestone milestones round priority priorities high medium low critical urgent must should could nice have to do todo todos done completed complete closed open progress ongoing planned pending backlog proposed deferred blocked optional required detection prevention mitigation mitigations response recovery remediation remediations corrective preventive preventative process processes people tooling tools technology technical monitoring alerting observability testing documentation communication communications infrastructure engineering operations security reliability product customer customers internal external jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december'.split(
    ' ',
  ),
);

/**
 * True for a (normalised) heading that names a group of the plan's items ("Short term", "Q3",
 * "Detection and alerting", "P1", "Platform team") rather than a piece of work: every word of it is
 * a word of grouping or a number, or it names a team.
 */
export function namesGroup(key: string): boolean {
  const words = key.split(' ').filter(Boolean);
  if (!words.length || words.length > 12) return true;
  if (/\b(?:team|teams|squad|group|guild|org|department)$/.test(key)) return true;
  return words.every((w) => GROUP_WORDS.has(w) || /^(?:\d{1,4}|q[1-4]|h[12]|p[0-4]|fy\d{2,4}|\d{4}q[1-4])$/.test(w));
}

/** Headings over reading for more, not work: "More Resources", "References", "Further reading", "See also". */
export const REFERENCE_HEADING =
  /^(?:more |further |additional |other |useful )?(?:resources?|references?|reading|links?|sources|see also|bibliography|more information|learn more)$/;

/** Headings that name the issues an incident is tracked in ("CVE issue(s)", "Related issues", "Tracking issue"). */
export const ISSUE_REFERENCE =
  /^(?:the )?(?:cve|related|original|tracking|upstream|reported|linked|source|incident|security|github|gitlab|jira)(?: \w+)? (?:issues?|tickets?|bugs?|advisory|advisories|prs?|pull requests?)$/;

/** True when blocks hold lists of bare addresses and nothing else (blank-free by construction). */
export function onlyBareLinks(blocks: RootContent[]): boolean {
  return blocks.length > 0 && blocks.every((b) => b.type === 'list' && b.children.every(bareLink));
}

/**
 * Words of a heading that say its work was carried out: "(completed)", "done", "taken", "what we
 * did"; not when they are denied: "(recommended, not done in this hotfix)" heads work still to do.
 */
const CARRIED_OUT =
  /\b(?<!\bnot\s+(?:yet\s+)?)(?:completed|done|finished|already|so far|(?<!\b(?:to|will|must|should|be)\s+)(?<!\bto\s+be\s+)taken|performed|carried out|what we did|we did)\b/i;

/** Words of a heading that name the response to the incident itself: "Immediate actions", "Mitigation", "Recovery". */
const RESPONSE_HEADING =
  /\b(?:immediate|emergency|stop-?gap|during the incident|mitigations?|mitigation steps|recovery|response|resolving|hot ?fix(?:es)?)\b|^[\s*_]*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?remediation[\s*_:]*$/i;

/** Words of a heading that say its work is what follows the incident: "(Q3 2027)", "planned", "long-term", a window to come ("(0-7 days)", "(next 2-4 weeks)"). */
const STILL_TO_DO =
  /\b(?:planned|planning|to do|todo|in progress|ongoing|next|future|long-?term|short-?term|follow-?ups?|improvements?|prevent\w*)\b|\(\s*(?:within\s+|next\s+)?\d{1,3}\s*(?:[-–—]|to)\s*\d{1,3}\s*(?:days?|weeks?|months?)\s*\)/i;

/** Words of a heading that name what the incident taught: "Lessons learned", "Learnings", "Takeaways". */
const NAMES_LESSONS = /\b(?:lessons?|learn(?:ed|t|ings?)|takeaways?)\b/i;

/**
 * True when a section of the plan records the response rather than work to follow: its heading says
 * the response was carried out ("Immediate actions (completed)", "Mitigation steps taken", "What we
 * did"), or names the immediate response and every item of its lists reports done work
 * ("Immediate actions" over "✅ Rolled back …", "Posted a notice …").
 */
export function recordsResponse(heading: string, blocks: RootContent[]): boolean {
  const text = heading.length > 200 ? heading.slice(0, 200) : heading;
  if (STILL_TO_DO.test(text) && !RESPONSE_HEADING.test(text)) return false;
  // "Lessons learned and actions taken": the actions follow from the lessons, they are the work
  // done since the incident, not the response to it.
  if (NAMES_LESSONS.test(text) && !RESPONSE_HEADING.test(text)) return false;
  if (CARRIED_OUT.test(text) && (RESPONSE_HEADING.test(text) || /\b(?:taken|performed|carried out|what we did|we did)\b/i.test(text))) return true;
  if (!RESPONSE_HEADING.test(text) || STILL_TO_DO.test(text)) return false;
  let done = 0;
  let other = 0;
  for (const block of blocks) {
    if (block.type !== 'list') continue;
    const verdict = stepsDone(block);
    if (verdict === null) return false;
    done += verdict.done;
    other += verdict.other;
  }
  return done > other;
}

/** A verb that tells a state: "The trail is usable for …", "Backups remain intact." */
const STATE_VERB = /\b(?:is|are|was|were|remains?|stays?)\b/i;

/** "Wallets, relays and all hops traced (see above).": a status line whose last word, before an aside, is a participle. */
const ENDS_ON_PARTICIPLE = /^[^.;:!?\n]{3,200}?\s\p{Ll}{2,20}ed[\s*_]*(?:\([^()\n]{1,60}\))?[\s*_]*[.!]?$/u;

/**
 * True when a section under a heading that names the response ("Recovery actions", "Remediation")
 * holds lists of status lines, not tasks: whole sentences of what was found or put right ("The keys
 * were revoked.", "Logs of the requests are kept for the police."), at least one told done, none
 * opening on a verb of work or on a bold title, no open checkbox. Such a part tells where the response stands;
 * only an entry that promises work to come ("… and will be told about refunds") is follow-up.
 */
export function reportsResponseStatus(heading: string, blocks: RootContent[]): boolean {
  const text = heading.length > 200 ? heading.slice(0, 200) : heading;
  if (!RESPONSE_HEADING.test(text) || STILL_TO_DO.test(text) || NAMES_LESSONS.test(text)) return false;
  let done = 0;
  let lists = 0;
  for (const block of blocks) {
    if (block.type !== 'list') continue;
    lists++;
    for (const li of block.children) {
      const first = li.children[0];
      if (li.checked === false || first?.type !== 'paragraph') return false;
      // "**Runbooks for disks** Written and linked": a titled entry names a piece of work, done or not.
      if (li.children.length > 1 || first.children[0]?.type === 'strong' || first.children[0]?.type === 'emphasis') return false;
      const words = toString(first).slice(0, MAX_READ).trim();
      // Each entry a whole sentence that opens on no verb of work: "Purge the caches", "A second tier" are the plan's.
      if (startsImperative(words.slice(0, 40)) || !/[.!][\s*_]*$/.test(words)) return false;
      if (li.checked === true || reportsDone(words) || ENDS_ON_PARTICIPLE.test(words) || /^[✅✔☑]/u.test(words)) done++;
      else if (!STATE_VERB.test(words) && !readSentence(words)) return false;
    }
  }
  return lists > 0 && done > 0;
}

/** A title of one to five words and its colon, before the words of a list entry ("Escalation: …", "Vendor case: …"). */
const TITLE_BEFORE_COLON = /^(?:[\p{L}\p{N}/&'’-]+[ \t]+){0,4}[\p{L}\p{N}/&'’-]+[ \t]*[:：][ \t]*(?=\S)/u;

/**
 * How many items of a list report work done, and how many say nothing of it ("a rollback
 * proposal to the chain"); null when one is open or reads as a task ("Rotate the keys").
 */
function stepsDone(list: List): { done: number; other: number } | null {
  let done = 0;
  let other = 0;
  for (const li of list.children) {
    const first = li.children[0];
    if (li.checked === false) return null;
    if (li.checked === true) {
      done++;
      continue;
    }
    if (first?.type !== 'paragraph') return null;
    // "**Escalation**: Paged the vendor …": a bold title names the step; what follows it tells whether it was taken.
    const whole = toString(first).slice(0, MAX_READ).trim();
    const words = first.children[0]?.type === 'strong' ? whole.replace(TITLE_BEFORE_COLON, '') : whole;
    // Under a heading of the response, an entry that opens on any verb in the past ("Activated the
    // standby filter") tells a step taken, as one that opens on a verb of work does.
    if (reportsDone(words) || opensOnStepTaken(words) || /^[✅✔☑]/u.test(words) || scanTokens(words).done) done++;
    else if (readsAsTask(words) || readSentence(words)) return null;
    else other++;
  }
  return { done, other };
}

/**
 * Headings over the readers' own steps: "User next steps", "Next steps for customers", "What you
 * need to do now", "What should you do?", "Customer action required". A notice written to the people the incident hit
 * tells them what to do; the authors' follow-up work is not there, whatever its verbs.
 */
const READERS_STEPS =
  /^(?:(?:affected|impacted)\s+)?(?:users?|customers?|clients?|tenants?|members?|subscribers?|researchers?|end\s+users?|self\s+hosters?)\s+(?:next\s+steps?|to\s?dos?|checklists?|actions?(?:\s+(?:required|needed))?)$|\bnext\s+steps?\s+for\s+(?:(?:all|our|the|affected|impacted)\s+){0,2}(?:you|users?|customers?|clients?|tenants?|members?|subscribers?|researchers?)$|^what\s+(?:you|users|customers|clients)\s+(?:need|have|must|should)\s+(?:to\s+)?do(?:\s+(?:now|next))?$|^what\s+(?:should|must|can|do)\s+(?:you|users|customers|clients)\s+(?:need\s+to\s+)?do(?:\s+(?:now|next|about\s+(?:it|this)))?$|^(?:users?|customers?|clients?)\s+actions?\s+required$/;

/** True for a heading over the steps its readers must take, not the authors' plan. */
export function speaksToReaders(heading: string): boolean {
  return READERS_STEPS.test(normaliseHeading(heading.length > 200 ? heading.slice(0, 200) : heading));
}

/**
 * Sub-sections of the recovery read as a plan by their content alone: "## Recovery" then
 * "### `INC-7`" over "- Re-run the export for the missing day". The sub-heading names one incident
 * (or one part) of the recovery; its imperative steps are how it was recovered, not follow-up work.
 * One whose list commits in so many words ("We will add …") stays a plan, and so does one of two or
 * more stages of a schedule ("### Short term" beside "### Long term"): work put in order and in time.
 */
export function recoverySteps(sections: readonly Section[], children: readonly RootContent[]): Section[] {
  const out: Section[] = [];
  const staged = scheduleStages(sections, children);
  for (const [s, parent] of headingParents(sections)) {
    if (
      !parent ||
      s.decidedBy !== 'body' ||
      staged.has(s) ||
      s.kind !== 'action-items' ||
      !parent.kinds.includes('resolution') ||
      parent.kinds.includes('action-items')
    )
      continue;
    const promised = children.slice(s.blocks[0], s.blocks[1]).some(
      (block) =>
        block.type === 'list' &&
        block.children.some((li) => {
          const first = li.children[0];
          const kind = first?.type === 'paragraph' ? readSentence(toString(first).slice(0, MAX_READ))?.kind : undefined;
          return li.checked === false || kind === 'future' || kind === 'progress';
        }),
    );
    if (!promised) out.push(s);
  }
  return out;
}

/** Sections that tell the incident itself, where a checked box ticks off a step taken. */
export const INCIDENT_KINDS = new Set<string>(['timeline', 'detection', 'impact', 'resolution']);

/** Headings whose boxes track the write-up itself ("Checklist", "Status", "Reviewers", "Sign-off"), not work to do. */
export const TRACKS_DOCUMENT = /\b(?:check ?-?lists?|status|review(?:ed|ers?|s)?|approv\w*|sign[- ]?offs?)\b/i;

/**
 * Headings over the steps that close the report's own ticket ("Steps to close", "Before closing this
 * issue:", "Definition of done"): their boxes tick off the write-up, whatever the section reader makes
 * of the word "steps"; "Steps to close the alerting gap" is a plan.
 */
export const CLOSES_REPORT =
  /\bdefinition of done\b|\b(?:steps? (?:to|before) clos(?:e|ing)|before clos(?:e|ing))(?:\s+(?:this|the)\s+(?:issue|ticket|incident|post[- ]?mortem|report|write[- ]?up))?\s*[:.]?\s*$/i;

/** A label of work carried out: "Actions taken", "Action taken", "Changes made", "Fixes completed", "Improvements done". */
const DONE_LABEL =
  /^[\s*_]*(?:follow[- ]?up\s+)?(?:actions?|changes?|fixes?|improvements?|measures?|remediations?)\s+(?:taken|completed|done|made|implemented|carried\s+out|in\s+place)[\s*_]*[:：]?[\s*_]*$/i;

/** A label of work still to come beside it: "Actions planned", "Next steps", "Action items", "Follow-ups". */
const PLAN_LABEL = /\b(?:planned|to\s+come|next\s+steps?|action\s+items?|follow[- ]?ups?|to\s*do|upcoming|future)\b/i;

/**
 * Label lines of work carried out since the incident ("**Actions taken:**" over "1. We have widened
 * the bounty scope", or over "Our runbook is now easy to find."): a label of actions taken, written
 * as a line or a bold label (not a heading), that stands inside the lessons, or beside a label of
 * the work still planned ("**Actions planned:**") in the same part outside the telling of the
 * response. Not a record of the response, whatever "taken" says: each entry there is an item, done.
 */
export function doneSinceLabels(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  // The Markdown headings that hold each label: the nearest before it, then each one before that at a lower depth.
  const stack: Section[] = [];
  for (let k = 0; k < sections.length; k++) {
    const s = sections[k];
    if (s.source === 'heading') {
      while (stack.length && stack[stack.length - 1].heading.depth >= s.heading.depth) stack.pop();
      stack.push(s);
      continue;
    }
    if (!DONE_LABEL.test(s.heading.text.slice(0, 120))) continue;
    if (stack.some((h) => h.kinds.includes('lessons-learned'))) {
      out.push(s);
      continue;
    }
    const part = stack[stack.length - 1];
    if (part && part.kinds.some((kind) => kind === 'resolution' || kind === 'timeline')) continue;
    // Another label of the same part, before or after it, names the work still to come.
    const beside = (j: number, step: number): boolean => {
      for (; j >= 0 && j < sections.length && sections[j].source !== 'heading'; j += step)
        if (sections[j].kinds.includes('action-items') && PLAN_LABEL.test(sections[j].heading.text.slice(0, 120))) return true;
      return false;
    };
    if (beside(k - 1, -1) || beside(k + 1, 1)) out.push(s);
  }
  return out;
}

/**
 * A clock time or an offset from the start ("T+3 (18:00) - Remediation", "{{ 06:10 }}", "After
 * 02:10 CET") in the first words of a heading: inside a timeline, such a heading is one of its
 * entries, whatever the words after the time say, and what stands under it is what was done then.
 */
const TIME_IN_HEADING = /^.{0,24}?(?:(?<![\d.:])(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)|\bT\s?[+-]\s?\d)/;

/** True for a heading that carries a time of day or an offset near its start (read only inside a timeline). */
export function holdsTime(heading: string): boolean {
  return TIME_IN_HEADING.test(heading.slice(0, 80));
}

/**
 * Headings over the procedure of a change agreed before the incident, whose carrying out the report
 * then tells ("The pre-agreed maintenance actions:", "Maintenance steps", "Pre-planned steps"): the
 * steps of the change, not work to follow it, whatever their verbs.
 */
export const PROCEDURE_HEADING =
  /\bpre-?\s?(?:agreed|planned|approved|arranged|scheduled)\b|\b(?:the\s+)?(?:planned\s+)?maintenance\s+(?:actions?|steps?|plan|procedures?|runbook|tasks?)\s*[:.]?\s*$/i;

/**
 * Headings that close the report ("In closing", "Conclusion", "Final thoughts", "Wrapping up"): beside
 * the plan, a firm promise made there ("we will also audit …") is work the list may not hold.
 */
export const CLOSING_HEADING =
  /^[\s*_]*(?:in\s+(?:closing|conclusion|summary)|conclusions?|concluding\s+(?:thoughts|words|remarks)|(?:closing|final)\s+(?:thoughts|words|notes|remarks)|wrapping\s+up|wrap[- ]up|to\s+conclude)[\s*_.:!]*$/i;

/** True for a heading about lessons ("Lessons", "What went wrong"): its checkboxes are tasks. */
export function readsAsLessons(heading: string): boolean {
  return /\b(?:lessons?|learn\w*|went (?:well|wrong|poorly|badly)|takeaways?)\b/i.test(heading);
}

/** Sections that analyse the incident, where a firm commitment in prose beside a list is work of its own. */
export const ANALYSIS_KINDS = new Set<string>(['root-cause', 'detection', 'resolution', 'lessons-learned']);

/**
 * Sections below the title whose heading names no section and tells no story of the incident,
 * with no section above them but the title or one of the analysis: "### Too many fetches".
 */
export function namedSubsections(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  // The sections that hold the current one, outermost first, and whether each allows reading.
  const open: { depth: number; fine: boolean }[] = [];
  let title = true;
  for (const section of sections) {
    while (open.length && open[open.length - 1].depth >= section.heading.depth) open.pop();
    const outer = open.every((o) => o.fine);
    const own = section.kind === null && !readsAsNarrative(section.heading.text);
    const isTitle = title && section.heading.depth === 1;
    title = false;
    const analysis = section.kinds.some((k) => ANALYSIS_KINDS.has(k)) && !section.kinds.includes('action-items');
    if (outer && own && !isTitle && section.source === 'heading') out.push(section);
    open.push({ depth: section.heading.depth, fine: isTitle || analysis || (own && outer) });
  }
  return out;
}

/** A line this long or longer is a paragraph written on one line, not wrapped by hand. */
const ONE_LINE_PARAGRAPH = 160;

/** A line of one name and nothing else ("relay-diagram"): what an export leaves of an image. */
const ONE_NAME = /^[\p{L}\p{N}_.-]{1,80}$/u;

/** One sentence at most, opening on a capital: no stop, colon or question inside, a final stop allowed. */
const PART_TITLE = /^\p{Lu}[^.!?:;]{1,88}[.!]?$/u;

/**
 * The title of a part of a plan whose own title is a plain line (a report that lost its heading
 * markers, `Section.plain`): the paragraph's last line when it is the paragraph's only line or
 * is glued under a paragraph written on one line (160 characters or more) or under the bare name
 * an export leaves of an image, short (ten words at
 * most, one sentence) and opening on a verb of doing ("Add a second relay", "Rotate the keys
 * monthly."). The paragraphs after it describe that part of the work; null for any other paragraph.
 */
export function plainPartTitle(text: string, start: number, end: number): { start: number; end: number; text: string } | null {
  // Only the paragraph's last two lines are looked at.
  const from = Math.max(start, end - 4 * ONE_LINE_PARAGRAPH);
  const raw = text.slice(from, end).trimEnd();
  const cut = raw.lastIndexOf('\n');
  if (cut < 0 && from > start) return null;
  if (cut >= 0) {
    const above = raw.slice(raw.lastIndexOf('\n', cut - 1) + 1, cut).trim();
    if (above.length < ONE_LINE_PARAGRAPH && !ONE_NAME.test(above)) return null;
  }
  const line = raw.slice(cut + 1).trim();
  if (!PART_TITLE.test(line) || line.split(/\s+/).length > 10 || !startsImperative(line)) return null;
  const at = from + raw.lastIndexOf(line);
  return { start: at, end: at + line.length, text: line.replace(/[.!]$/, '') };
}

/**
 * True when the prose under a heading that names one piece of work tells that work carried out
 * while no sentence of it promises or needs it still: a sentence says so in as many words ("We
 * have set up the alarm, it is done."), one points back at the work as done ("The alarm has been
 * set up.", "This is already in place."), or the body opens on it ("As a first step we enabled the
 * check in CI.", "**Moved** the job to the new runner:"). The opening of the body is where the item
 * is told: a report of work there is the item's own. Further down, only a sentence that points back
 * at the work counts: "we moved the mirror" there may be a step of the story, and a sentence that
 * only describes what the work brings ("a lost zone no longer stops indexing") is no report.
 * Reads the first 4,000 characters, each sentence once.
 */
export function bodyToldDone(prose: string): boolean {
  return proseDone(prose, (sentence, first) => (first && reportsDone(sentence)) || reportsBackDone(sentence));
}

/**
 * True when the prose under a part's title reports its work done ("Since then I have set up the
 * alarm.") and no sentence of it promises or needs work still: the part is done. Reads the first
 * 4,000 characters.
 */
export function describedDone(prose: string): boolean {
  return proseDone(prose, reportsDone);
}

/**
 * The one pass over the body that `bodyToldDone` and `describedDone` share: false as soon as a
 * sentence promises or needs work still; otherwise true when a sentence reads as work done or
 * `reports` (told whether it is the first sentence) takes it for a report of the work.
 */
function proseDone(prose: string, reports: (sentence: string, first: boolean) => boolean): boolean {
  let done = false;
  let first = true;
  for (const sentence of prose.slice(0, 4000).split(/(?<=[.!?])\s+/)) {
    const reading = readSentence(sentence);
    if (reading && reading.kind !== 'done') return false;
    if (!done && (reading || reports(sentence, first))) done = true;
    first = false;
  }
  return done;
}

/**
 * Heading words that offer possibilities rather than commit to work: a modal of possibility ("Changes
 * we could make", "Things we might try"), or a name for ideas, options or advice ("Possible
 * improvements", "Potential fixes", "Ideas", "Suggestions", "Recommendations", "Options
 * considered"). Not a plan's deadline ("as soon as possible") or the risk it guards against
 * ("Preventing potential recurrence").
 */
const OFFERS_IDEAS =
  /\b(?:could|might|(?<!as soon as )possible|potential(?= (?:improvements?|changes?|fixes|solutions?|mitigations?|actions?|follow ?ups?|next steps?)\b)|ideas?|brainstorm\w*|suggest(?:ed|ions?)|recommend(?:ed|ations?)|options?|consider(?:ed|ations?)?|wish ?list|nice to haves?)\b/;

/**
 * A heading that names only a stage of a schedule, by its horizon or its priority, with at most a
 * note after a bracket, a dash or a colon: "Immediate (do tonight)", "Short term (this week)",
 * "Long-term", "P0 — do now (5 minutes)", "Priority 2: next sprint". Not a horizon that qualifies a
 * subject ("Immediate monitoring", "Long-term storage").
 */
const STAGE_HEADING = /^[^\p{L}\p{N}]*(?:immediate(?:ly)?|(?:short|near|medium|mid|long)(?:er)?[- ]?term|p[0-4]|priority[- ]?[0-4])[*_\s]*(?:$|[([:\-–—])/iu;

/** True for a title that names a stage of a schedule ("Short term", "Immediate (this week)", "P1"), not work. */
export function namesStage(title: string): boolean {
  return STAGE_HEADING.test(title.slice(0, 200));
}

/**
 * The stages of schedules, each with the part it divides: sub-headings of one part, two or more,
 * that each name a stage (`namesStage`) and open on a list ("### Immediate (tonight)" → "1. …",
 * "### Long term" → "- [ ] …").
 */
function scheduleStages(sections: readonly Section[], children: readonly RootContent[]): Map<Section, Section> {
  const byParent = new Map<Section, Section[]>();
  for (const [s, parent] of headingParents(sections)) {
    if (!parent || children[s.blocks[0]]?.type !== 'list' || !namesStage(s.heading.text)) continue;
    const group = byParent.get(parent);
    if (group) group.push(s);
    else byParent.set(parent, [s]);
  }
  const out = new Map<Section, Section>();
  for (const [parent, group] of byParent) if (group.length >= 2) for (const s of group) out.set(s, parent);
  return out;
}

/**
 * A heading that names one of a set of alternatives by its letter or number: "Option A: Pin the
 * driver", "Option 2 - Move the volume", "Alternative B". Not one marked as the road taken ("Option
 * B (chosen)").
 */
const ALTERNATIVE_NAME = /^(?:option|alternative)\s+(?:[a-h]|\d{1,2})(?:\s|$)(?!.*\b(?:chosen|selected|adopted|picked|taken|implemented|applied|done)\b)/;

/**
 * Sub-headings of one part that name two or more alternatives ("### Option A: …", "### Option B:
 * …"): at most one of them will be done, so none is committed work, also inside a part of the plan.
 */
function alternativeSections(pairs: readonly [Section, Section | null][]): Set<Section> {
  const byParent = new Map<Section | null, Section[]>();
  for (const [s, parent] of pairs) {
    if (!ALTERNATIVE_NAME.test(normaliseHeading(s.heading.text.slice(0, 200)))) continue;
    const group = byParent.get(parent);
    if (group) group.push(s);
    else byParent.set(parent, [s]);
  }
  const out = new Set<Section>();
  for (const group of byParent.values()) if (group.length >= 2) for (const s of group) out.add(s);
  return out;
}

/**
 * Parts of a document that offer ideas ("### Ways we might avoid a repeat", "### Recommendations")
 * while another part of the same document, nested neither in them nor over them, is the plan itself
 * ("### Actions"): when a document keeps a committed list beside a list of ideas, only the committed
 * one is the plan. A heading nested under one that offers ideas offers them too. A heading of ideas
 * nested in a committed part ("## Prevention" → "### Recommended") is a part of that plan, unless it
 * is one of a set of alternatives ("### Option A: …", "### Option B: …"); and with no committed part
 * beside it a heading of ideas is read as usual (it may be the only plan there is).
 */
export function ideaSections(sections: readonly Section[], children: readonly RootContent[]): Section[] {
  const pairs = headingParents(sections);
  // Parts split into stages of a schedule: the authors have put the work in order and in time, which
  // is a plan, whatever its heading calls it.
  const staged = new Set<Section>();
  for (const [, parent] of scheduleStages(sections, children)) staged.add(parent);
  const offers = new Set<Section>();
  for (const [s, parent] of pairs)
    if (!staged.has(s) && (OFFERS_IDEAS.test(normaliseHeading(s.heading.text.slice(0, 200))) || (parent && offers.has(parent)))) offers.add(s);
  if (!offers.size) return [];
  const alternatives = alternativeSections(pairs);
  const inside = (inner: Section, outer: Section) => inner.blocks[0] >= outer.blocks[0] && inner.blocks[1] <= outer.blocks[1];
  const committed = pairs.filter(([s]) => s.kind === 'action-items' && !offers.has(s) && s.blocks[0] < s.blocks[1] && !isQuestionHeading(s.heading.text));
  const out: Section[] = [];
  for (const s of offers) {
    // "## Prevention" → "### Implemented" / "### Recommended": a part of a committed plan, split by state, is that plan.
    if (!alternatives.has(s) && committed.some(([c]) => inside(s, c))) continue;
    if (committed.some(([c]) => !inside(c, s))) out.push(s);
  }
  return out;
}

function isQuestionHeading(text: string): boolean {
  return /\?[\s*_]*$/.test(text.slice(0, 200));
}

/**
 * An entry that tells a state reached, subject first and then its participle, with no verb of work
 * before it: "Old replica removed from the pool", "Customers told by mail", "The key was rotated".
 * It reports a step as a result; "Rotate the key" or "Added an alert" are told otherwise.
 */
const STATE_REACHED =
  /^(?:[\p{L}\p{N}'’/.-]+\s+){1,5}(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:\p{L}+ly\s+)?(?<!\b(?:the|a|an|our|its|their|all|of|with|for)\s+)(?:\p{L}{2,}ed|taken|built|rebuilt|made|sent|set|run|shut|put|cut|written|rewritten|given|kept|brought|told|paid|held|found|left|moved)\b/iu;

/**
 * A verb of work in the past at the head of an entry ("Added …", "Rebuilt …"): the active telling of
 * work done. Not a participle that names what the incident hit ("Affected host taken offline"): there
 * the subject comes first.
 */
const PAST_VERB_FIRST =
  /^(?!(?:affected|impacted|failed|compromised|corrupted|damaged|leaked|exposed|orphaned)\s+(?!(?:the|a|an|our|all|its|their|this|these|those|each|every)\b))(?:\p{L}{2,}ed|set|put|cut|reset|shut|built|rebuilt|made|sent|ran|wrote|took|kept|gave)\b/iu;

/**
 * True for a list whose entries, taken together, tell states reached and nothing else: two or more
 * plain entries (no checkbox, no bold or italic title, nothing nested), each a subject then its
 * participle ("Faulty disk pulled from the array", "Status page updated twice"), none opening on a
 * verb (of work, or in the past), none promising or doing work still. Read by their tense, not their
 * markup: an entry's emphasis is taken off before it is read.
 */
export function toldAsStatesReached(list: List): boolean {
  if (list.children.length < 2) return false;
  for (const li of list.children) {
    const first = li.children[0];
    if (li.checked != null || li.children.length !== 1 || first?.type !== 'paragraph') return false;
    if (first.children[0]?.type === 'strong' || first.children[0]?.type === 'emphasis') return false;
    const words = toString(first).slice(0, MAX_READ).trim();
    if (!STATE_REACHED.test(words) || PAST_VERB_FIRST.test(words)) return false;
    // "Cache of the bad pages purged": a first word that "of" follows is a noun, whatever verb it could be.
    if (startsImperative(words.slice(0, 40)) && !/^\p{L}+\s+of\b/iu.test(words)) return false;
    const reading = readSentence(words);
    if (reading && reading.kind !== 'done') return false;
  }
  return true;
}

/** How far, in blocks, the other part of a plan is looked for on either side of a list. */
const BESIDE_REACH = 40;

/**
 * True when the plan that holds the list at `at` keeps a part of work still to come beside it, in
 * the blocks `inPlan` accepts on either side: a heading that says nothing of work done with a list
 * right under it ("### Recommended changes"), or a status line that says open ("Planned:").
 */
export function workToComeBeside(children: readonly RootContent[], at: number, inPlan: (i: number) => boolean): boolean {
  const opensPart = (j: number): boolean => {
    const node = children[j];
    if (node.type === 'paragraph') return statusLine(toString(node).slice(0, 80).trim()) === false;
    if (node.type !== 'heading' || headsDoneWork(normaliseHeading(toString(node).slice(0, 200)))) return false;
    return j + 1 < children.length && inPlan(j + 1) && children[j + 1].type === 'list';
  };
  for (let j = at + 1; j < children.length && j <= at + BESIDE_REACH && inPlan(j); j++) if (opensPart(j)) return true;
  for (let j = at - 1; j >= 0 && j >= at - BESIDE_REACH && inPlan(j); j--) if (opensPart(j)) return true;
  return false;
}

/**
 * What aims a piece of work told in an update past the incident: it guards against the problem
 * ("… to prevent the same issue from happening at other sites", "so it is stopped from recurring").
 */
export const GUARDS_AGAINST = /\b(?:prevent|stop|keep)\w*\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}?from\s+(?:happening|occurring|recurring|repeating)\b/iu;
