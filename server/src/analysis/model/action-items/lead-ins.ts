/**
 * Reads the paragraph or entry that leads into a list, for what it says of the list: a group label
 * ("Follow-ups:"), a status over it ("Completed:"), a task that goes on to what it allows
 * ("…, allowing:"), or a lead-in whose list is not work (the steps taken in the response, the
 * causes, the options not taken, advice to readers, the parts of the item before).
 */
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isQuestion, readsAsTask } from './labels';
import { MAX_READ, startsImperative } from './reading';

/**
 * Words that may introduce a list of follow-ups inside another section ("Follow-ups:"), without the
 * paragraph's inline HTML (a note or a control comment is not part of what the lead-in says).
 */
export function leadInText(node: Paragraph): string {
  return toString(node, { includeHtml: false })
    .trim()
    .replace(/[:：]$/, '')
    .trim();
}

/** True for text longer than a label: two sentences or more, or more than twelve words. */
export function toldInSentences(text: string): boolean {
  const head = text.length > 400 ? text.slice(0, 400) : text;
  return /[.!?]\s+\S/.test(head) || head.split(/\s+/).length > 12;
}

/**
 * The end of a task that goes on to what it will allow: "Set up a jump host, allowing:", "Add a
 * second probe so that:". The list after it tells what the task brings, its parts, not work of its own.
 */
const EFFECTS_FOLLOW =
  /[,;]?\s*\b(?:allowing|enabling|letting|permitting|so\s+that|which\s+(?:will\s+)?(?:allows?|enables?|lets?|permits?)|to\s+(?:allow|enable|let|permit))(?:\s+(?:for|us|users|people|teams?|operators?))?[\s*_]*[:：][\s*_]*$/i;

/** A short label before a task: "Jump host access: Configure …", "**Access:** Add …". */
const TASK_LABEL = /^[\s*_]*[\p{L}\p{N}][\p{L}\p{N} /&-]{0,40}?[\s*_]*[:：][\s*_]*/u;

/**
 * Where a task that leads into what it allows ends, before its lead-in ("Configure a jump host",
 * without ", allowing:"), or -1 when the text is no such task.
 */
export function effectsLeadIn(text: string): number {
  const tail = text.length > 200 ? text.slice(-200) : text;
  const found = EFFECTS_FOLLOW.exec(tail);
  if (!found) return -1;
  const at = text.length - tail.length + found.index;
  const label = TASK_LABEL.exec(text);
  const task = label && label[0].length < at ? text.slice(label[0].length) : text;
  if (!startsImperative(task.slice(0, 40)) || isQuestion(task)) return -1;
  return at;
}

/**
 * The label of a list item that introduces a list of items ("**Review actions**:"), or null. A bold
 * title is a label only when a colon closes it: "3. **Skip no prevention**" over its points, among
 * lessons told so, titles a topic; "**Correct DNS** (AWS): …" states a fact.
 */
export function leadLabel(li: ListItem): string | null {
  const first = li.children[0];
  if (!first || first.type !== 'paragraph') return null;
  const head = first.children[0];
  // "- Corrective actions:" over a list of its own: a plain label, a few words closed by a colon.
  if (head?.type === 'text' && first.children.length === 1 && li.children.some((c) => c.type === 'list')) {
    const plain = /^([\p{L}][\p{L}\p{N} /&-]{0,40}?)\s*[:：]\s*$/u.exec(head.value);
    return plain && plain[1].split(/\s+/).length <= 4 ? plain[1] : null;
  }
  if (!head || (head.type !== 'strong' && head.type !== 'emphasis')) return null;
  const title = toString(head).trim();
  const after = first.children[1];
  if (!/[:：]$/.test(title) && !(after?.type === 'text' && /^\s*[:：]/.test(after.value))) return null;
  return title.replace(/[:：]$/, '').trim() || null;
}

/** A line that is only a status over the list after it: "Completed:", "**Done:**", "In progress:", "Planned:". */
const STATUS_LINE =
  /^[\s*_]*(?:(completed?|done|finished|fixed|resolved|shipped)|(in progress|ongoing|open|planned|pending|not started|to ?do|still to do|remaining))[\s*_]*[:：][\s*_]*$/i;

/** What a status line says of the items below it: true for done, false for open, null when it is no status line. */
export function statusLine(text: string): boolean | null {
  const m = text.length > 40 ? null : STATUS_LINE.exec(text);
  return m ? m[1] !== undefined : null;
}

/**
 * A status word that leads an entry before a colon or a dash: "Implemented: …", "**Done** – …",
 * "Suggested: …", "[Planned] …", "TODO: …", "Won't do: …". Group 1 holds the words of work carried out, group 2
 * those of work still ahead; a dropped entry matches neither and is told by `statusDrops`.
 */
const STATUS_LEAD =
  /^[\s*_[]*(?:(completed?|done|finished|fixed|resolved|shipped|implemented|deployed|in place)|(in progress|ongoing|open|planned|pending|not started|to ?do|still to do|remaining|suggested|proposed|recommended|next|under way|underway|wip)|(won['’]?t do|won['’]?t fix|dropped|cancell?ed|rejected|declined))(?:[\s*_]*(?:[:：]|\s[-–—])|[*_]*\][*_]*(?:[:：]|\s[-–—])?)[\s*_]*(?=[\p{L}\p{N}`"'])/iu;

/**
 * What the status word that leads an entry says of it: true for done, false for still to do, null
 * when no status word leads it, 'dropped' for work given up. An entry so led is follow-up work,
 * whatever the heading over it: the word tells its state.
 */
export function statusLead(text: string): boolean | 'dropped' | null {
  const m = STATUS_LEAD.exec(text.slice(0, 60));
  if (!m) return null;
  return m[1] !== undefined ? true : m[2] !== undefined ? false : 'dropped';
}

/**
 * Per list node, how many of its entries a status word leads and how many of those place the work
 * ahead. A node's words never change (a reused segment hands the next version the same nodes), so
 * the entries are read once, not on every check: the reader asks of each list outside the plan.
 */
const statusLeads = new WeakMap<List, { led: number; ahead: number }>();

/**
 * True for a list whose entries are led by status words ("- Implemented: …", "- Suggested: …"):
 * at least two of them, or the only entry when its word places the work ahead. In the telling of the
 * incident (`told`), where "Fixed: …" may record a step of the response, one word must place work ahead.
 */
export function statusLedList(list: List, told = false): boolean {
  let counts = statusLeads.get(list);
  if (!counts) {
    counts = { led: 0, ahead: 0 };
    for (const li of list.children) {
      const first = li.children[0];
      if (first?.type !== 'paragraph') continue;
      const lead = statusLead(toString(first));
      if (lead === null) continue;
      counts.led++;
      if (lead === false) counts.ahead++;
    }
    statusLeads.set(list, counts);
  }
  const { led, ahead } = counts;
  if (told && ahead === 0) return false;
  return led >= 2 || (led === 1 && ahead === 1 && list.children.length === 1);
}

/** The end of a lead-in whose list names the objects of its own work: "… add alerts around:", "… tests for:", "… such as:". */
const OBJECTS_FOLLOW = /\b(?:around|about|for|of|such as|including|like|covering|across|between)[\s*_]*[:：][\s*_]*$/i;

/**
 * True when a list only names the parts of the item just before it: the item ends on a lead-in
 * such as "We plan to add alerts for:" and none of the list's entries is a task of
 * its own (an unindented list after a numbered item is a list of its own to a Markdown parser).
 */
export function enumeratesPrevious(previous: RootContent | undefined, list: List): boolean {
  if (previous?.type !== 'list') return false;
  const last = previous.children[previous.children.length - 1];
  const paragraph = last?.children[last.children.length - 1];
  if (paragraph?.type !== 'paragraph') return false;
  const end = toString(paragraph);
  if (!OBJECTS_FOLLOW.test(end.length > 200 ? end.slice(-200) : end)) return false;
  return list.children.every((li) => {
    const first = li.children[0];
    return li.checked == null && (first?.type !== 'paragraph' || !readsAsTask(toString(first).slice(0, MAX_READ)));
  });
}

/**
 * The end of a lead-in that tells what had to be done during the response: "Once the secret was
 * updated, the service had to be restarted:", "Then we did the following:", "we went with these steps:", "The fix involved two steps:". Its list recounts the
 * steps taken, even in words of doing ("click Rolling update"); they are not follow-up work. So does
 * one that tells the plan the authors had then ("The move was supposed to be quick:", "Our plan was:",
 * "We had planned to:"), as a plan told in a sentence of the history is (`PAST_PLAN` in reading.ts).
 */
const STEPS_TAKEN =
  /\b(?:had\s+to\s+(?:be\s+)?[a-z]+|(?:was|were)\s+(?:(?:originally|initially|first)\s+)?(?:supposed|meant|planned|intended)\s+to|(?:the|our|my)\s+(?:original\s+|initial\s+|first\s+)?plan\s+(?:was|had\s+been)|(?:we|i)\s+had\s+(?:(?:originally|initially|first)\s+)?(?:planned|intended)|we\s+(?:then\s+|first\s+|instead\s+)?(?:did|took|ran|performed|followed|went\s+through|went\s+with|carried\s+out)|(?:fix|patch|solution|mitigation|remediation|resolution|recovery|workaround)\s+(?:involved|consisted\s+of|included|comprised|required|took))\b[^.!?:：]{0,120}[:：][\s*_]*$/i;

/**
 * The end of a lead-in that says its list was carried out, placed within the response: "Everything
 * below was done the same day the alert fired:", "… and these immediate fixes were performed:".
 * Its list recounts the response. Not one that aims the list ahead ("… were taken to prevent a
 * repeat:"), nor one that gives no time ("The following have been completed:"): work done since.
 */
const DONE_THEN =
  /\b(?:following|these|this|below|above)\b[^.!?:：]{0,60}?\b(?:was|were|has\s+been|have\s+been)\s+(?:all\s+)?(?:completed|done|taken|performed|carried\s+out)\b[^.!?:：]{0,120}[:：][\s*_]*$/i;
const WITHIN_RESPONSE =
  /\b(?:immediate(?:ly)?|(?:the\s+)?same\s+day|at\s+once|right\s+away|during\s+the\s+(?:incident|outage|response|attack)|within\s+(?:the\s+first\s+)?(?:an?|\d{1,3}|a\s+few)\s+(?:minutes?|hours?))\b/i;
const AIMED_AHEAD = /\b(?:to\s+(?:prevent|avoid|stop|reduce|make\s+sure|ensure)|so\s+that|in\s+the\s+future|going\s+forward|recurrences?|again)\b/i;

/**
 * The end of a lead-in that gives the causes: "All of the errors were due to missing tests:", "It
 * happened because of:", "The contributing factors were:". Its list names what went wrong, not work.
 */
const CAUSES_FOLLOW =
  /\b(?:(?:was|were|is|are)\s+(?:(?:all|mostly|partly|largely|mainly)\s+)?(?:due\s+to|caused\s+by|the\s+result\s+of)|because\s+of|(?:causes|reasons|contributing\s+factors)\s+(?:were|are|included))\b[^.!?:：]{0,160}[:：][\s*_]*$/i;

/**
 * The end of a lead-in that gives the options weighed and not taken: "Alternatives at the time included:",
 * "Other options we considered were:", "We also looked at:". Its list names roads not taken, not work.
 */
const ALTERNATIVES_FOLLOW =
  /\b(?:alternatives?|other\s+options|options\s+(?:we\s+)?(?:considered|weighed|rejected|discarded)|we\s+(?:also\s+)?(?:considered|weighed|looked\s+at|rejected|discarded))\b[^.!?:：]{0,120}[:：][\s*_]*$/i;

/**
 * The end of a lead-in that gives changes already in the product: "The other fixes from that pull
 * request were kept:", "These improvements have shipped in 4.2:", "The release also contained:". Its
 * list describes what the code now does ("**Retries honoured**, previously ignored"), not work. Not a
 * plan told in the passive ("The following changes were agreed:", "… have been proposed:").
 */
const CHANGES_KEPT =
  /\b(?:(?:changes?|improvements?|fixes|updates|enhancements?|features?|parts)\b[^.!?:：]{0,80}?\b(?:were|was|have\s+been|has\s+been)\s+(?:also\s+|all\s+|already\s+)?(?:kept|retained|preserved|shipped|merged|released|landed|included)|(?:have|has)\s+(?:also\s+|already\s+)?(?:shipped|landed)|(?:release|version|pull\s+request|PR|patch|upgrade)\s+(?:also\s+)?(?:included|contained|brought|shipped))\b(?![^.!?:：]{0,120}?\b(?:will|shall|later|next|future|planned|backlog|sprint|roadmap|to\s+do)\b)[^.!?:：]{0,120}[:：][\s*_]*$/i;

/**
 * The end of a lead-in in which the authors announce measures so the incident does not happen
 * again: "Moving forward, we are putting several safeguards in place to stop this from happening
 * again:", "We have taken the following steps to prevent a recurrence:", "we are introducing the
 * following processes as preventive measures:". Its list holds them.
 */
const MEASURES_FOLLOW =
  /(?:\b(?:we|i)|(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&-]{1,30}(?:\s+\p{Lu}[\p{L}\p{N}&-]{1,30}){0,2}(?:\s+(?:is|are|has|have|will))?)(?:\s+(?:are|am|have|will|shall)|['’](?:re|m|ve|ll))?\s+(?:(?:now|also|already|since|then)\s+){0,2}(?:implementing|introducing|taking|adding|making|putting|rolling\s+out|implemented|introduced|taken|took|added|made|put|rolled\s+out|(?:be\s+)?(?:implement|introduce|take|add|make|put|roll\s+out))\s+(?:in\s+place\s+)?(?:the\s+following|several|a\s+few|a\s+number\s+of|some|these|(?:two|three|four|five|six|\d{1,2}))\s+(?:[\p{L}-]+\s+)?(?:measures|steps|changes|safeguards|improvements|fixes|actions|precautions|processes|practices|policies)\b(?:\s+in\s+place)?[^.!?:：]{0,60}?\b(?:as\s+(?:(?:a|an|our)\s+)?(?:preventive|preventative)\s+(?:measures?|steps?|actions?)|(?:prevent|avoid|stop)\w*\s+(?:[\p{L}'’-]+\s+){0,4}?(?:from\s+)?(?:happening|occurring|recurring)\s+again|prevent\w*\s+(?:a\s+|any\s+)?(?:recurrences?|repeats?)|(?:never|not)\s+(?:happens?|recurs?|occurs?)\s+(?:again|in\s+the\s+future)|(?:prevent|avoid)\w*\s+(?:similar|such|future)\s+(?:issues|incidents|outages|failures|problems|events))\b[^.!?:：]{0,40}[:：][\s*_]*$/iu;

/**
 * The same announcement with its purpose first: "To stop a repeat, we have scheduled these tasks:",
 * "In order to avoid similar incidents, the data team has agreed on the
 * following actions:". The authors or a team, a verb that places the work ahead (planned, scheduled,
 * agreed, identified), and the list named as work. Not the steps taken ("we took the following
 * steps:"), nor options weighed, nor what customers should do.
 */
const PURPOSE_FIRST =
  /^[\s*_]*(?:in\s+order\s+to|to)\s+(?:[^.!?:：]{0,120}?\b)?(?:(?:prevent|avoid|stop)\w*\s+(?:a\s+|any\s+)?(?:recurrences?|re-?occurrences?|repeats?|repetitions?)\b|(?:prevent|avoid|stop|keep)\w*\s+(?:[\p{L}'’-]+\s+){0,4}?(?:from\s+)?(?:happening|occurring|recurring)(?:\s+again)?\b|(?:prevent|avoid)\w*\s+(?:similar|such|future)\s+(?:issues|incidents|outages|failures|problems|events)\b)[^.!?:：]{0,80}?,\s*(?:we|the\s+(?:[\p{L}-]+\s+){0,2}(?:team|group|squad))\s+(?:(?:have|has|are|is|will)\s+)?(?:(?:now|also|already)\s+)?(?:planned|planning|plan|scheduled|scheduling|identified|agreed(?:\s+on)?|committed\s+to)\s+(?:the\s+following|these)\s+(?:[\p{L}-]+\s+)?(?:work|tasks|actions|action\s+items|items|changes|measures|follow[- ]?ups|improvements|fixes)[\s*_]*[:：][\s*_]*$/iu;

/**
 * The end of a lead-in that names its list as the plans for the time after the incident: "… but the
 * future plans are to:", "Our long-term plans include:", "Our plans for the future are:". Not a
 * plan of the response ("The game plan is:", "The plan for tonight is:"): the future is named.
 */
const FUTURE_PLANS =
  /\b(?:(?:future|long[- ]term|longer[- ]term)\s+plans?|plans?\s+for\s+the\s+(?:future|long[- ]term|longer\s+term))\s+(?:is|are|includes?)(?:\s+to)?[\s*_]*[:：][\s*_]*$/i;

/** True when `previous` is a paragraph whose last words announce the measures against a recurrence, or the future plans, that the list after it holds. */
export function announcesMeasures(previous: RootContent | undefined): boolean {
  if (previous?.type !== 'paragraph') return false;
  const text = toString(previous);
  const tail = text.length > 300 ? text.slice(-300) : text;
  if (MEASURES_FOLLOW.test(tail) || FUTURE_PLANS.test(tail)) return true;
  // The purpose first: read from the start of the paragraph's last sentence.
  const last = tail.slice(tail.search(/(?:^|[.!?]\s+)[^.!?]*$/)).replace(/^[.!?]\s+/, '');
  return PURPOSE_FIRST.test(last);
}

/** True when `previous` is a paragraph whose last words lead into the steps taken during the response, the causes, or the options not taken. */
export function recountsSteps(previous: RootContent | undefined): boolean {
  if (previous?.type !== 'paragraph') return false;
  let recounts = recounting.get(previous);
  if (recounts === undefined) {
    const text = toString(previous);
    const tail = text.length > 300 ? text.slice(-300) : text;
    recounts =
      STEPS_TAKEN.test(tail) ||
      CAUSES_FOLLOW.test(tail) ||
      ALTERNATIVES_FOLLOW.test(tail) ||
      CHANGES_KEPT.test(tail) ||
      (DONE_THEN.test(tail) && WITHIN_RESPONSE.test(tail) && !AIMED_AHEAD.test(tail));
    recounting.set(previous, recounts);
  }
  return recounts;
}

/** Per paragraph node, whether it recounts steps taken (`recountsSteps`): read once, as its words never change. */
const recounting = new WeakMap<Paragraph, boolean>();

/** True when `previous` is a paragraph whose last words lead into changes already in the product ("… were kept:"). */
export function listsChangesKept(previous: RootContent | undefined): boolean {
  if (previous?.type !== 'paragraph') return false;
  const text = toString(previous);
  return CHANGES_KEPT.test(text.length > 300 ? text.slice(-300) : text);
}

/**
 * A lead-in that hands what follows to the readers: "Relay operators should run these steps:", "Users are advised to:", "If you run a relay, you should:". Its list is advice to them, not the authors' work.
 */
const ADVICE_LEAD =
  /^[\s*_]*(?:if\s+you\b[^.:]{0,80},\s*)?(?:(?:all|affected|impacted|our|the|any|other)\s+)?(?:[\p{L}-]+\s+)?(?:users|customers|clients|operators|validators|integrators|self[- ]hosters|administrators|admins|you|anyone\s+(?:running|using|who)\b(?:[^.,;:]|\.(?=\d)){0,60}?)\s+(?:should|must|need\s+to|are\s+(?:advised|encouraged|asked|urged|recommended)\s+to|can)\b[^.!?:：]{0,80}[:：][\s*_]*$/iu;

/**
 * A lead-in that gives its list as advice to people other than the authors: "Here are some
 * recommendations for registry maintainers and their users:", "Some tips for other operators:". Advice
 * "for the future" or "for our team" names no such party.
 */
const ADVICE_FOR =
  /\b(?:recommendations?|advice|suggestions?|tips|best\s+practices|guidance)\s+(?:for|to)\s+(?:(?:all|other|fellow|any|the|our|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:users|maintainers|developers|operators|administrators|admins|authors|publishers|contributors|integrators|self[- ]hosters|customers|clients|readers|others|everyone|anyone|you)\b[^.!?:：]{0,80}[:：][\s*_]*$/iu;

/** True when `previous` is a short paragraph that hands the list after it to the readers (or other parties) as advice. */
export function advisesReaders(previous: RootContent | undefined): boolean {
  if (previous?.type !== 'paragraph') return false;
  const text = toString(previous);
  return text.length < 300 && (ADVICE_LEAD.test(text) || ADVICE_FOR.test(text));
}

/**
 * A lead that names what a check verifies: the instrument, then the verb of its purpose and a colon
 * ("Add a CI check to verify:", "A nightly job that validates:", "Write a hook which checks that:").
 * The list after it says what must hold, not work to do.
 */
const CHECK_SPEC =
  /\b(?:checks?|tests?|jobs?|scripts?|hooks?|probes?|gates?|linters?|steps?|pipelines?|monitors?)\s+(?:(?:that|which)\s+(?:will\s+|would\s+|should\s+)?|to\s+)(?:verif(?:y|ies)|checks?|validates?|confirms?|asserts?)(?:\s+(?:that|whether|if))?[\s*_]*[:：][\s*_]*$/i;

/** A label that names a checklist and closes on a colon ("Deployment checklist:", "**Restart checklist:**"). */
const NAMES_CHECKLIST = /\bcheck[- ]?lists?\b(?:\s*\([^)]{0,40}\))?[\s*_]*[:：][\s*_]*$/i;

/** Words of follow-up work: a checklist named so ("Follow-up checklist") is the plan itself. */
const PLAN_WORDS = /\b(?:follow[- ]?ups?|actions?|to ?dos?|tasks?|remediations?|next\s+steps?|improvements?|fixes)\b/i;

/** An occasion a checklist is run on, before its colon: "Before deploying any migration:", "After every restart:". */
const OCCASION = /^[\s*_]*(?:before|after|prior\s+to|on|for|at)\s+(?:each|every|any|all|a)?\s*[\p{L}\p{N} -]{2,60}?[\s*_]*[:：][\s*_]*$/iu;

/**
 * True when a list is the content of a check rather than work: its lead (the entry it is nested
 * under, or the paragraph just before it) names a checklist or says what a check verifies; or,
 * under a heading that names a checklist, the lead gives the occasion it is run on. `heading` is the
 * plan's sub-heading the list stands under, if any. Only the lead's last 200 characters are read.
 */
export function specifiesCheck(lead: string, heading: string | null = null): boolean {
  const text = lead.length > 200 ? lead.slice(-200) : lead.trim();
  if (CHECK_SPEC.test(text)) return true;
  if (NAMES_CHECKLIST.test(text) && !PLAN_WORDS.test(text) && text.split(/\s+/).length <= 6) return true;
  if (!heading) return false;
  const head = heading.length > 200 ? heading.slice(0, 200) : heading;
  return /\bcheck[- ]?lists?\b/i.test(head) && !PLAN_WORDS.test(head) && OCCASION.test(text);
}
