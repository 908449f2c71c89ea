/**
 * What an incident write-up hands its readers to use while the incident is still being dealt with,
 * written inside the part that holds the plan: instructions for operators ("Instructions for
 * rolling back each agent:" over numbered steps), a procedure that stops a component and starts it
 * again, lists of the releases, branches and images to run ("Agent: `v2.4.1`"), and lists of links
 * to read ("Useful links:"). None of it is follow-up work the authors commit to, though it is
 * written as lists and in the imperative. Each reads one block (and the line before it), with
 * bounded patterns, and the list verdicts are kept per list node.
 */
import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { normaliseHeading } from '../../base/normalise';
import { leadInText } from './lead-ins';
import { REFERENCE_HEADING } from './plan-sections';
import { readsAsTask } from './labels';
import { MAX_READ, readSentence, startsImperative } from './reading';
import { TRACKED_WORK_PATH } from './tokens';

/**
 * A paragraph that opens on the instructions it introduces: "Instructions for upgrading each
 * agent.", "Step-by-step instructions to roll back:", "Here is how to restore the replica:".
 * "Steps to prevent a repeat:" names a plan, and "How to read this table:" the plan's own legend.
 */
const INSTRUCTIONS_OPENING =
  /^[\s*_]*(?:(?:(?:step[- ]by[- ]step|detailed|full|manual|recovery|upgrade|migration|rollback)\s+)?instructions\s+(?:for|to|on|about)\b|(?:here\s+is|here['’]s)\s+how\s+to\s+[a-z])/i;

/**
 * True for a short paragraph that opens on the instructions it introduces ("Instructions for
 * restarting each node:"). One that says something of work ("Instructions for the rota will be
 * rewritten.") is a piece of the plan.
 */
export function introducesInstructions(block: RootContent | undefined): boolean {
  if (block?.type !== 'paragraph') return false;
  const text = toString(block);
  return text.length <= 200 && INSTRUCTIONS_OPENING.test(text) && readSentence(text) === null;
}

/** A short line naming what it lists as reading ("Useful links:", "**Resources:**", "Further reading:"). */
export function namesReferences(block: RootContent | undefined): boolean {
  if (block?.type !== 'paragraph') return false;
  const text = toString(block);
  if (text.length > 80 || !/[:：][\s*_]*$/.test(text)) return false;
  return REFERENCE_HEADING.test(normaliseHeading(leadInText(block)));
}

/** A step that is only a verb of stopping and what it stops: "Stop the worker", "Shut down agent". */
const STOP_STEP = /^(?:stop|shut\s+down|halt)\s+(?:the\s+|your\s+)?([\p{L}\p{N}][\p{L}\p{N} ._/-]{0,40}?)[\s.]*$/iu;

/** A step that is only a verb of starting and what it starts: "Start the worker", "Restart agent". */
const START_STEP = /^(?:start|restart|re-start|start\s+up|bring\s+up)\s+(?:the\s+|your\s+)?([\p{L}\p{N}][\p{L}\p{N} ._/-]{0,40}?)(?:\s+again)?[\s.]*$/iu;

const procedures = new WeakMap<List, boolean>();

/**
 * True for a procedure that stops a component and, later in the same list, starts the same one
 * again ("1. Stop the agent", "2. Delete its cache", "3. Start the agent"): the steps of operating
 * a system, for whoever runs it, not follow-up work. Each of the two steps is the verb and its
 * object alone; "Stop paging the owner at night" and "Start a review of paging" name work.
 */
export function stopStartProcedure(list: List): boolean {
  let verdict = procedures.get(list);
  if (verdict !== undefined) return verdict;
  verdict = false;
  const stopped = new Set<string>();
  if (list.children.length >= 3 && list.children.length <= 40) {
    for (const li of list.children) {
      const first = li.children[0];
      if (first?.type !== 'paragraph') continue;
      const text = toString(first).trim().slice(0, 80).toLowerCase();
      const stop = STOP_STEP.exec(text);
      if (stop) stopped.add(stop[1].trim());
      const start = START_STEP.exec(text);
      if (start && stopped.has(start[1].trim())) {
        verdict = true;
        break;
      }
    }
  }
  procedures.set(list, verdict);
  return verdict;
}

/** A version as it is released: "v1.4.2", "25.2.1", "2.0.0-rc.1". */
const VERSION = /^v?\d{1,6}(?:\.\d{1,6}){1,3}(?:[-+][\p{L}\p{N}.-]{1,30})?$/u;

/**
 * A figure and its unit, an aside after it: "2,000 minutes/month", "$0-10 (the free tier)", "<20",
 * "~5 min per run". Each word after the first is set off by spaces, so a long run of letters is read
 * once (grouped words that may touch backtrack without end on "5 aaaa…!").
 */
const FIGURE = /^[~≈<>≤≥]?\s*[$€£]?\d[\d,.]*(?:\s*[-–]\s*[$€£]?\d[\d,.]*)?%?[\p{L}/]*(?:\s+[\p{L}/]+){0,3}(?:\s*\([^()]{0,60}\))?$/u;

/** A label of a few words that names a thing, before a colon: "Agent", "Stable branch", "Container image". */
const NAME_LABEL = /^[\p{L}][\p{L}\p{N} &/.()-]{0,40}$/u;

/** True for the value of a reference entry: a version, code (a branch, an image, a path), or a link whose text is one of those or its address. */
function referenceValue(nodes: readonly PhrasingContent[]): boolean {
  let values = 0;
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = node.value.trim().replace(/[,;.]$/, '');
      if (!text) continue;
      if (!VERSION.test(text) && !FIGURE.test(text)) return false;
      values++;
    } else if (node.type === 'inlineCode') values++;
    else if (node.type === 'link') {
      const text = toString(node).trim();
      const code = node.children.length > 0 && node.children.every((c) => c.type === 'inlineCode');
      if (!code && !VERSION.test(text) && text !== node.url && !/^(?:https?:\/\/|www\.)\S+$/i.test(text)) return false;
      values++;
    } else if (node.type === 'emphasis' || node.type === 'strong') {
      if (!referenceValue(node.children)) return false;
      values++;
    } else return false;
  }
  return values > 0;
}

/**
 * True for an entry that names a thing and gives only its version, branch, image or address:
 * "Agent: v2.4.1", "Stable branch: [`fix-retries`](…)", "Image: `registry/agent:2.4`". The label
 * names no work ("Upgrade the agent: `2.4.1`" does).
 */
function referenceEntry(p: Paragraph): boolean {
  const children = p.children;
  let label = '';
  for (let i = 0; i < children.length && i < 20; i++) {
    const node = children[i];
    if (node.type !== 'text' && node.type !== 'strong' && node.type !== 'emphasis') return false;
    const text = toString(node);
    const colon = text.search(/[:：]/);
    if (colon < 0) {
      label += text;
      continue;
    }
    label = (label + text.slice(0, colon)).replace(/[*_]/g, '').trim();
    if (!NAME_LABEL.test(label) || label.split(/\s+/).length > 5 || startsImperative(label.slice(0, 40))) return false;
    const rest = text.slice(colon + 1).trim();
    const after = children.slice(i + 1);
    // "**Agent:** v2.4.1": the rest of the emphasised label's node is empty, the value follows it.
    if (rest) return node.type === 'text' && referenceValue([{ type: 'text', value: rest }, ...after]);
    return referenceValue(after);
  }
  return false;
}

/** A plain label over a list of its own: "Agent:", "Payments service:". */
const GROUP_LABEL = /^[\p{L}][\p{L}\p{N} &/.()-]{0,40}[:：]\s*$/u;

const referenceLists = new WeakMap<List, boolean>();

/**
 * True for a list of releases, branches, images, figures or pointers: two entries or more, at least
 * two in three naming a thing and only its version, branch, image, address or figure ("- Agent:
 * `v2.4.1`", "- Daily runs: <20", or "- Agent:" over its own such list) or linking to what to read,
 * and none a checkbox or a task. What to run, know or read, not work to do.
 */
export function referenceList(list: List): boolean {
  let verdict = referenceLists.get(list);
  if (verdict !== undefined) return verdict;
  let references = 0;
  let entries = 0;
  for (const li of list.children) {
    if (li.checked != null || entries >= 60) {
      references = -1;
      break;
    }
    entries++;
    const entry = referenceOrGroup(li);
    if (entry === null) {
      references = -1;
      break;
    }
    if (entry) references++;
  }
  verdict = references >= 2 && references * 3 >= entries * 2;
  referenceLists.set(list, verdict);
  return verdict;
}

/** True for a reference entry (or a label over a reference list), false for another entry, null for a task. */
function referenceOrGroup(li: ListItem): boolean | null {
  const [first, second] = li.children;
  if (first?.type !== 'paragraph') return false;
  const text = toString(first);
  if (li.children.length === 2 && second.type === 'list' && GROUP_LABEL.test(text)) return referenceList(second);
  if (readsAsTask(text.slice(0, MAX_READ))) return null;
  return li.children.length === 1 && (referenceEntry(first) || pointerEntry(first));
}

const TRACKED_WORK = new RegExp(TRACKED_WORK_PATH);

/**
 * True for an entry that points at something to read: a link, alone or followed by a dash and what
 * it holds ("[Incident 03 — Queue stall](03.md) — the earlier stall"). A link to a ticket ("#412",
 * "OPS-12", a bare address, an issue or pull request) stands for tracked work, and a description that
 * reads as a task is one.
 */
function pointerEntry(p: Paragraph): boolean {
  const [link, ...rest] = p.children;
  if (link?.type !== 'link' || /^\W*(?:#?\d|[A-Z][A-Z0-9]{1,9}-\d|https?:|www\.)/.test(toString(link)) || TRACKED_WORK.test(link.url)) return false;
  const after = rest
    .map((c) => toString(c))
    .join('')
    .trim();
  return !after || (/^[—–-]\s/.test(after) && !readsAsTask(after.slice(1).trim().slice(0, MAX_READ)));
}
