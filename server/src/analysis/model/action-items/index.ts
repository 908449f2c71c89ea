/**
 * Reads action items from the parsed document, in the shapes post-mortems use: tables whose
 * columns are recognised by header, task lists, bullets and numbered lists (nested too), each
 * with inline tokens for owner, due date, ticket, priority and status.
 *
 * It works from the mdast nodes of the single parse, visiting only the blocks of action-item
 * sections and the lists that a "Follow-ups:" line introduces elsewhere, so it stays linear.
 */
import type { Heading, Html, List, ListItem, Nodes, Paragraph, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { compiled } from '../compiled';
import { readDate, type Period } from '../../base/dates';
import type { ActionColumn, ActionItem, ActionTable, AnalysedDocument, Section, Span } from '../model';
import { addressesReader, normaliseHeading } from '../../base/normalise';
import type { Settings } from '../../base/settings';
import { startsWithStamp } from '../section-body';
import { splitOwners } from './owners';
import { statusUpdateSpans } from './status-log';
import { narratesResponse } from './narration';
import { introducesExisting, listsRules } from './guidance';
import { itemTitle } from './title';
import { isOpenWindow, readWindow, windowDue } from './windows';
import { DONE_WORDS, isVagueTime, opensWithOwner, scanTokens, type Tokens } from './tokens';
import {
  MAX_READ,
  commitsForHeading,
  leadsIntoWorkUnderWay,
  namesShortcomings,
  opensOnGerund,
  plainWords,
  promisesForNamedParty,
  promisesStatusOnly,
  readSentence,
  readsAsNarrative,
  readsAsRemediation,
  reportsBackDone,
  fixToldDone,
  reportsFollowUpDone,
  fixThenNotAgain,
  reportsDone,
  reportsWorkDone,
  sentenceSpans,
  startsImperative,
  startsWithGerundOfWork,
  subjectOwner,
  type Commitment,
} from './reading';

function startOf(node: { position?: { start: { offset?: number } } }): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: { position?: { end: { offset?: number } } }): number {
  return node.position?.end.offset ?? 0;
}

/** Header words of each column role, folded as `normaliseHeading` folds them. */
const HEADERS: Record<string, ActionColumn> = {};
const HEADER_WORDS: Record<ActionColumn, string[]> = {
  item: [
    'action',
    'action item',
    'action items',
    'actions',
    'item',
    'items',
    'task',
    'tasks',
    'description',
    'what',
    'remediation',
    'follow up',
    'follow ups',
    'followup',
    'todo',
    'to do',
    'corrective action',
    'repair item',
    'title',
    'summary',
    'next step',
    'next steps',
    'activity',
    'step',
    'change',
    'changes',
    'fix',
    'fixes',
    'work',
    'work item',
    'mitigation',
    'mitigations',
    'measure',
    'measures',
    'improvement',
    'improvements',
    'recommendation',
    'recommendations',
    'proposal',
    'deliverable',
    'countermeasure',
    'what to do',
  ],
  owner: [
    'owner',
    'owners',
    'who',
    'assignee',
    'assignees',
    'assigned to',
    'dri',
    'responsible',
    'owner team',
    'lead',
    'poc',
    'point of contact',
    'accountable',
    'owned by',
    'assigned',
    'team',
    'owning team',
  ],
  due: [
    'due',
    'due date',
    'deadline',
    'target date',
    'target',
    'by',
    'eta',
    'by when',
    'when',
    'date due',
    'due by',
    'target completion',
    'completion date',
    'expected date',
    'target quarter',
    'quarter',
    'timeframe',
    'time frame',
    'planned for',
    'expected',
    'milestone',
  ],
  status: ['status', 'state', 'done', 'complete', 'completed', 'resolved', 'progress'],
  ticket: [
    'ticket',
    'tickets',
    'issue',
    'issues',
    'bug',
    'bug #',
    'bugs',
    'link',
    'links',
    'jira',
    'tracking',
    'tracker',
    'pr',
    'reference',
    'ref',
    'url',
    'github issue',
    'ticket id',
    'tracking ticket',
  ],
  priority: ['priority', 'prio', 'severity', 'p', 'importance'],
  category: ['type', 'category', 'kind', 'class', 'area', 'theme'],
};
for (const [role, words] of Object.entries(HEADER_WORDS) as [ActionColumn, string[]][]) {
  for (const word of words) HEADERS[normaliseHeading(word) || word] = role;
}

/** The role of a column from its header, trying the whole header, then its first two words, then its first. */
export function columnRole(header: string): ActionColumn | null {
  const key = normaliseHeading(header);
  if (!key) return null;
  if (HEADERS[key]) return HEADERS[key];
  const words = key.split(' ');
  if (words.length > 2 && HEADERS[words.slice(0, 2).join(' ')]) return HEADERS[words.slice(0, 2).join(' ')];
  if (words.length > 1 && HEADERS[words[0]]) return HEADERS[words[0]];
  return null;
}

/** Words that may introduce a list of follow-ups inside another section ("Follow-ups:"). */
function leadInText(node: Paragraph): string {
  return toString(node)
    .trim()
    .replace(/[:：]$/, '')
    .trim();
}

/** True for text longer than a label: two sentences or more, or more than twelve words. */
function toldInSentences(text: string): boolean {
  const head = text.length > 400 ? text.slice(0, 400) : text;
  return /[.!?]\s+\S/.test(head) || head.split(/\s+/).length > 12;
}

/**
 * A pointer to the ticket that tracks the work: "see https://host/org/repo/issues/12", "tracked in
 * #34", "filed as OPS-56", "being revisited in <address of an issue>"; a CVE
 * name ("see CVE-2024-1234") is no ticket.
 */
const FILED_AT =
  /\b(?:see|in|at|tracked\s+(?:in|by|at|as)|filed\s+(?:as|in|at)|via)[\s:]+<?(?:https?:\/\/\S+?\/(?:issues|pull|merge_requests|tickets?|browse)\/[\w-]*\d|#\d{1,7}\b|(?!CVE-)[A-Z][A-Z0-9]{1,9}-\d{1,7}\b)/;

/** The rest of the sentence that starts at `start`, past a comma that split it ("…, see #12"). */
function sentenceFrom(raw: string, start: number): string {
  const rest = raw.slice(start, start + MAX_READ);
  const end = rest.search(/[.!?](?:\s|$)/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** A goal named with an article and at least three more words: "A better process for flagging fires quickly:". */
const GOAL_LEAD = /^[\s*_]*an?\s+(?:[\p{L}\p{N}-]+\s+){2,}[\p{L}\p{N}-]+[*_\s]*:$/iu;

/** A status in brackets that only an item carries: "(in development)", "(planned)", "(done)". */
const STATUS_NOTE = /\((?:in\s+(?:development|progress)|planned|ongoing|underway|done|completed?|wip|not\s+started)\)/i;

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
function effectsLeadIn(text: string): number {
  const tail = text.length > 200 ? text.slice(-200) : text;
  const found = EFFECTS_FOLLOW.exec(tail);
  if (!found) return -1;
  const at = text.length - tail.length + found.index;
  const label = TASK_LABEL.exec(text);
  const task = label && label[0].length < at ? text.slice(label[0].length) : text;
  if (!startsImperative(task.slice(0, 40)) || isQuestion(task)) return -1;
  return at;
}

/** True for a list entry that is an item by itself: a paragraph with no list under it and no closing colon. */
function plainEntry(li: ListItem): boolean {
  const first = li.children[0];
  return first?.type === 'paragraph' && !li.children.some((c) => c.type === 'list') && !/[:：][\s*_]*$/.test(toString(first).slice(-20));
}

const ATTRIBUTE_LINE =
  /^[\s*_]*(?:owners?|assignee|dri|who|due(?: date)?|deadline|eta|target(?: date)?|status|state|ticket|issue|link|jira|priority|type|category)[\s*_]*[:=]/i;

class Extractor {
  readonly items: ActionItem[] = [];
  /** True in a section that holds lessons beside the plan: only what reads as a task is an item. */
  tasksOnly = false;
  /** With `tasksOnly`: work the text reports done is no item either (a fix told, not planned). */
  toDoOnly = false;
  /** True while reading prose beside a list of action items: only firm commitments that the list does not hold. */
  besideList = false;
  /** True while reading prose of the lessons, where a follow-up told as already carried out is an item. */
  lessons = false;
  /** With `besideList`: only a promise told as the remedy ("To fix this, we'll …") is an item. */
  remedyOnly = false;
  /** True while reading prose of the resolution, where "we decided to …" tells a step taken to recover. */
  inResolution = false;
  private besideRead = 0;
  private readonly itemWords = new WeakMap<ActionItem, Set<string>>();
  private readonly placeholders;

  constructor(
    private readonly doc: AnalysedDocument,
    settings: Settings,
  ) {
    this.placeholders = compiled(settings).placeholders;
  }

  private lineOf(offset: number): number {
    return this.doc.lines.positionAt(offset).line;
  }

  private content(node: Nodes): string {
    return toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
  }

  /** Visits one block of an action-item section (or a follow-up list elsewhere). */
  block(node: RootContent, category: string | null): void {
    if (node.type === 'list') this.list(node, category);
    else if (node.type === 'table') this.table(node, true, category);
    else if (node.type === 'html') this.html(node, true, category);
    else if (node.type === 'blockquote') for (const child of node.children) this.block(child, category);
  }

  /**
   * A block of raw HTML: its list entries (`<li>`) are items as bullets are, and the rows of its
   * tables (`<tr>` with `<td>` cells) as a Markdown table's rows, columns known by their header
   * cells. Outside the plan (`inSection` false) only a table with a column of the work and one of
   * its owner or due date is read. Tags are blanked to spaces, so offsets stay the document's.
   */
  html(node: Html, inSection: boolean, category: string | null): void {
    const base = startOf(node);
    const raw = this.doc.text.slice(base, endOf(node));
    if (raw.length > MAX_HTML || !/<(?:li|tr)\b/i.test(raw)) return;
    const blank = raw.replace(/<[^<>]{0,300}>/g, (tag) => ' '.repeat(tag.length));
    const entries: { start: number; end: number; ordered: boolean }[] = [];
    const rows: { cells: Span[]; header: boolean }[] = [];
    const lists: boolean[] = [];
    let entry = -1;
    let cell = -1;
    let header = false;
    const close = (at: number) => {
      if (entry >= 0 && inSection) entries.push({ start: entry, end: at, ordered: lists[lists.length - 1] ?? false });
      entry = -1;
      if (cell >= 0 && rows.length) rows[rows.length - 1].cells.push({ start: cell, end: at });
      cell = -1;
    };
    for (const tag of raw.matchAll(HTML_PART)) {
      const name = tag[2].toLowerCase();
      close(tag.index);
      if (tag[1]) {
        if ((name === 'ul' || name === 'ol') && lists.length) lists.pop();
        continue;
      }
      if (name === 'ul' || name === 'ol') lists.push(name === 'ol');
      else if (name === 'li') entry = tag.index + tag[0].length;
      else if (name === 'tr') rows.push({ cells: [], header: false });
      else if (name === 'td' || name === 'th') {
        if (!rows.length) rows.push({ cells: [], header: false });
        if (name === 'th') rows[rows.length - 1].header = true;
        cell = tag.index + tag[0].length;
      }
      header ||= name === 'th';
    }
    close(raw.length);
    const words = (span: Span) => decodeEntities(blank.slice(span.start, span.end)).replace(/\s+/g, ' ').trim();
    const trim = (span: Span): Span => {
      let { start, end } = span;
      while (start < end && /\s/.test(blank[start])) start++;
      while (end > start && /\s/.test(blank[end - 1])) end--;
      return { start: base + start, end: base + end };
    };
    for (const e of entries) {
      const text = words(e);
      // "Short term:" over a list of its own is a label of a group, not work.
      if (!text || /[:：]$/.test(text) || this.placeholders.isPlaceholder(text) || (isQuestion(text) && !startsImperative(text.slice(0, 40)))) continue;
      const span = trim(e);
      const tokens = shift(scanTokens(this.doc.text.slice(span.start, span.end).replace(/<[^<>]{0,300}>/g, (tag) => ' '.repeat(tag.length))), span.start);
      const struck = STRUCK_HTML.test(raw.slice(e.start, e.end).trim());
      this.pushHtml(span, text, tokens, tokens.done || struck || reportsDone(text), e.ordered ? 'numbered' : 'bullet', category);
    }
    const struck = (span: Span) => STRUCK_HTML.test(raw.slice(span.start, span.end).trim());
    this.htmlRows(rows, header, inSection, category, { words, trim, struck });
  }

  /** The rows of an HTML table read as items, as `html` found them: cells in offsets into the block. */
  private htmlRows(
    rows: { cells: Span[]; header: boolean }[],
    header: boolean,
    inSection: boolean,
    category: string | null,
    { words, trim, struck }: { words: (span: Span) => string; trim: (span: Span) => Span; struck: (span: Span) => boolean },
  ): void {
    const head = header ? rows.find((r) => r.header) : rows[0];
    if (!head || rows.length < 2) return;
    const columns: Partial<Record<ActionColumn, number>> = {};
    head.cells.forEach((c, i) => {
      const role = columnRole(words(c));
      if (role && columns[role] === undefined) columns[role] = i;
    });
    if (columns.item === undefined || (!inSection && columns.owner === undefined && columns.due === undefined)) return;
    // A log of what happened ("10:02 | Restarted …") is no list of work, as with a Markdown table.
    const body = rows.filter((r) => r !== head && !r.header);
    if (columns.due !== 0 && body.filter((r) => r.cells[0] && CLOCK.test(words(r.cells[0]).slice(0, 40))).length * 2 >= body.length) return;
    for (const row of body) {
      const at = (role: ActionColumn) => (columns[role] === undefined ? undefined : row.cells[columns[role]]);
      const item = at('item');
      const text = item ? words(item) : '';
      if (!item || !text || this.placeholders.isPlaceholder(text)) continue;
      const span = trim(item);
      const tokens = shift(scanTokens(this.doc.text.slice(span.start, span.end).replace(/<[^<>]{0,300}>/g, (tag) => ' '.repeat(tag.length))), span.start);
      const owner = at('owner');
      if (owner) {
        const value = words(owner);
        tokens.owner = value && !this.placeholders.isPlaceholder(value) ? { ...trim(owner), value } : null;
      }
      const due = at('due');
      if (due) {
        const value = words(due);
        tokens.due = value && !/^[-–—]$/.test(value) && !this.placeholders.isPlaceholder(value) ? { ...trim(due), text: value } : null;
      }
      const status = at('status');
      if (status) {
        const value = words(status);
        tokens.done = DONE_WORDS.test(value) || DONE_WORDS.test(value.replace(/^[^\p{L}\p{N}[]+/u, '').split(/\s+/)[0] ?? '');
        if (value) tokens.status = { ...trim(status), value };
      }
      const ticket = at('ticket');
      if (ticket && words(ticket)) tokens.ticket = words(ticket);
      this.pushHtml(span, text, tokens, tokens.done || struck(item), 'sentence', category);
    }
  }

  private pushHtml(span: Span, text: string, tokens: Tokens, done: boolean, shape: ActionItem['shape'], category: string | null): void {
    this.push({
      line: this.lineOf(span.start),
      start: span.start,
      end: span.end,
      text,
      tokens,
      done,
      shape,
      textSpan: span,
      checkbox: null,
      insertAt: span.end,
      category,
    });
  }

  /** Reads one list item of a list outside the action sections as an item. */
  listItemOf(li: ListItem, ordered: boolean): void {
    this.listItem(li, ordered, null);
  }

  list(list: List, category: string | null): void {
    // How many entries of the list are items by themselves (no list under them, no closing colon):
    // beside a majority of such, an entry over a list of its own is one more item, not a group label.
    let plain = 0;
    for (const li of list.children) if (plainEntry(li)) plain++;
    const amongItems = plain >= 2 && plain * 2 > list.children.length;
    const before = this.items.length;
    let toCome = false;
    for (const item of list.children) {
      this.listItem(item, !!list.ordered, category, amongItems);
      toCome ||= WORK_TO_COME_WORDS.test(toString(item).slice(0, MAX_READ));
    }
    // "1. Updated the runner label:", "2. Set the toolchain version:": beside entries told done, an
    // entry whose first word is a past form ("Set", "Excluded …") is told done as well, unless the
    // list names work still to come ("… and will be contacted", "We plan to …").
    const made = this.items.slice(before).filter((item) => item.shape !== 'task');
    if (!toCome && made.some((item) => item.done) && made.every((item) => item.done || PAST_FIRST.test(item.text))) for (const item of made) item.done = true;
  }

  private listItem(li: ListItem, ordered: boolean, category: string | null, amongItems = false): void {
    const first = li.children[0];
    const nested = li.children.filter((c): c is List => c.type === 'list');
    if (!first || first.type !== 'paragraph') {
      for (const list of nested) this.list(list, category);
      for (const child of li.children) if (child.type === 'table') this.table(child, true, category);
      return;
    }
    const paragraph = first;
    const text = this.content(paragraph);
    const nestedItems = nested.flatMap((l) => l.children);
    const attributes = nestedItems.length > 0 && nestedItems.every((n) => n.children[0]?.type === 'paragraph' && ATTRIBUTE_LINE.test(this.raw(n.children[0])));
    // "1. **Load handling**" over one sub-bullet that is not a task of its own ("Running stress tests
    // so …", "We are looking into …"): a title and its description, one item. "**Alerts**" over
    // "- Add a lag alert" stays a group of tasks.
    const sub = nestedItems.length === 1 && nestedItems[0].checked == null ? nestedItems[0].children : [];
    const describedBy =
      li.checked == null && !text.endsWith(':') && text.split(' ').length <= 6 && sub.length === 1 && sub[0].type === 'paragraph' ? this.content(sub[0]) : null;
    const described = !!describedBy && !attributes && !startsImperative(describedBy.slice(0, 40)) && !TASK_MARKS.test(describedBy.slice(0, MAX_READ));

    // "- Process:" with a list under it is a group label, not an item; a task told in sentences that
    // ends on a colon over its details ("Raise the stop timeout. Each platform ships it:") is an item.
    const grouping =
      li.checked == null &&
      nestedItems.length > 0 &&
      !attributes &&
      !described &&
      ((text.endsWith(':') && !toldInSentences(text)) || (text.split(' ').length <= 3 && !/[.@(]/.test(text)));
    // "A better process for flagging fires quickly:" over its tasks names a goal, an item of its own;
    // "**Automated failover** (in development):" carries a status; "**Dual monitoring**:" among
    // items is one of them, its sub-bullets its parts. "Short term:", "Process:" stay group labels.
    const goal = grouping && GOAL_LEAD.test(text);
    // "1. Pinned the build image to a supported tag:" over "- `image: builder-22`": work told or
    // asked for, its detail (a value, a commit) under it, is one item; "Process:" stays a label.
    const detailed =
      grouping &&
      text.endsWith(':') &&
      (startsImperative(text.slice(0, 40)) || reportsWorkDone(text)) &&
      nestedItems.every((n) => n.checked == null && n.children[0]?.type === 'paragraph' && !readsAsTask(this.content(n.children[0]).slice(0, MAX_READ)));
    // "Configure a jump host, allowing:" over what it allows is a task, its sub-bullets its parts.
    if (grouping && !goal && !detailed && !amongItems && !STATUS_NOTE.test(text) && effectsLeadIn(text) < 0) {
      for (const list of nested) this.list(list, text.replace(/:$/, '').trim());
      return;
    }

    // A question ("Should the cache be regional?") asks; it commits no one to anything. A checkbox,
    // or a task that ends on a question ("Define a process (should we file an issue each time?)"), still counts.
    // Beside lessons, only what reads as a task, or as work done ("Tests are updated to cover …"), is an item.
    if (
      text &&
      // "- `3e5b985` (`fix(ci): pin the runner`)": a value written in code, no words of work around it.
      (li.checked != null || !onlyCode(paragraph)) &&
      (!this.placeholders.isPlaceholder(text) || itemLabel(text) > 0) &&
      // "Renaming the archive (as Viewer?)": a doubt in brackets after work named by its gerund is still work.
      (li.checked != null || !isQuestion(text) || startsImperative(text.slice(0, 40)) || (/\?\s*\)[\s*_]*$/.test(text) && startsWithGerundOfWork(text))) &&
      (!this.tasksOnly || li.checked != null || readsAsTask(text) || (!this.toDoOnly && reportsWorkDone(text))) &&
      // "Incident commander: Ana Lima" names a role in the response; "Customers should retry …" advises readers.
      (li.checked != null || (!namesRole(text) && !GUIDANCE.test(text.slice(0, 200))))
    ) {
      const base = startOf(paragraph);
      const raw = this.doc.text.slice(base, endOf(paragraph));
      const tokens = shift(scanTokens(raw), base);
      if (!tokens.owner) {
        // "Sam to send the list …", "@ana will …": the subject of the item is its owner.
        const subject = subjectOwner(raw);
        if (subject) tokens.owner = { start: base + subject.start, end: base + subject.end, value: subject.value };
      }
      // "**Owner:** Ana" in a paragraph of its own under the item's words gives its owner too.
      const later = li.children.filter((c, k): c is Paragraph => k > 0 && c.type === 'paragraph' && ATTRIBUTE_LINE.test(this.raw(c).slice(0, 80)));
      if (attributes || later.length) {
        for (const p of [...(attributes ? nestedItems.map((n) => n.children[0] as Paragraph) : []), ...later]) {
          const extra = shift(scanTokens(this.raw(p)), startOf(p));
          tokens.owner ??= extra.owner;
          tokens.due ??= extra.due;
          tokens.ticket ??= extra.ticket;
          tokens.priority ??= extra.priority;
          tokens.category ??= extra.category;
          tokens.status ??= extra.status;
          tokens.done ||= extra.done;
        }
      }
      const struck = paragraph.children.every((c) => c.type === 'delete' || (c.type === 'text' && !c.value.trim()) || c.type === 'html');
      const start = startOf(li);
      let checkbox: number | null = null;
      if (li.checked != null) {
        const head = this.doc.text.slice(start, base);
        const open = head.lastIndexOf('[');
        if (open !== -1) checkbox = start + open + 1;
      }
      // Append inline tokens before a trailing HTML comment (such as a disable comment).
      let insertAt = endOf(paragraph);
      const last = paragraph.children[paragraph.children.length - 1];
      if (last?.type === 'html' && paragraph.children.length > 1) insertAt = endOf(paragraph.children[paragraph.children.length - 2]);
      this.push({
        line: this.lineOf(start),
        start,
        end: endOf(paragraph),
        text,
        tokens,
        done: li.checked === true || struck || (li.checked == null && (tokens.done || reportsDone(text) || (described && reportsDone(describedBy ?? '')))),
        shape: li.checked != null ? 'task' : ordered ? 'numbered' : 'bullet',
        textSpan: { start: base, end: endOf(paragraph) },
        checkbox,
        insertAt,
        category,
      });
    }
    if (goal) for (const list of nested) this.list(list, text.replace(/:$/, '').trim());
    else if (!attributes && !described && !detailed) for (const list of nested) this.subList(list, category, grouping);
  }

  /**
   * A paragraph of the plan that is a task leading into what it allows ("Jump host: Configure a
   * jump host, allowing:"), read as one item without its lead-in; `end` is where the task ends.
   */
  leadTask(node: Paragraph, end: number): void {
    this.sentence(startOf(node), startOf(node) + end, false, null, true);
  }

  /**
   * The list after such a task: what it allows are its parts ("Staff to reach a switch from home"
   * reads as the object of "allowing", not as a task with an owner); only a checkbox or an entry
   * that starts with a verb of doing is an item of its own.
   */
  partsList(list: List, category: string | null): void {
    for (const li of list.children) {
      const first = li.children[0];
      if (li.checked != null || (first?.type === 'paragraph' && startsImperative(this.content(first).slice(0, 40))))
        this.listItem(li, !!list.ordered, category);
      else for (const child of li.children) if (child.type === 'list') this.partsList(child, category);
    }
  }

  /**
   * A list under an item: its tasks are items of their own, its bare links are not. Under an item
   * that ends on a colon (`parts`), what reads as done is a part of it ("Metrics via a forked
   * exporter"), not work of its own.
   */
  private subList(list: List, category: string | null, parts = false): void {
    for (const item of list.children) {
      const first = item.children[0];
      if (item.checked == null && first?.type === 'paragraph' && onlyLinks(first)) continue;
      // A sub-bullet that explains its item ("This lets us see …", "Context: …") is not work of its
      // own: only one that reads as a task, or a checkbox, is, or one that opens on whose work it is
      // ("Noor - incident tooling").
      if (
        item.checked == null &&
        first?.type === 'paragraph' &&
        !readsAsTask(this.content(first).slice(0, MAX_READ)) &&
        (parts || !reportsDone(this.content(first).slice(0, MAX_READ))) &&
        !opensWithOwner(this.raw(first).slice(0, MAX_READ))
      ) {
        // Under a label ("Alerts:", "Tooling") the bullets may be tasks; under a sentence that is no
        // task and introduces nothing ("We need a load-test stack like production"), they say more
        // of it: what it needs, what it holds.
        const said = this.content(first).slice(0, MAX_READ).trim();
        if (!/[:：]$/.test(said) && said.split(/\s+/).length >= 5) continue;
        for (const child of item.children) if (child.type === 'list') this.subList(child, category, parts);
        continue;
      }
      this.listItem(item, !!list.ordered, category);
    }
  }

  /**
   * A numbered heading inside an action-items section ("#### 2) Alerts configured @dma") is an
   * item: its words are the heading's, its status is what they report.
   */
  headingItem(node: Heading, text: string, described: Nodes | null = null): void {
    const start = startOf(node);
    const raw = this.doc.text.slice(start, endOf(node));
    const words = /^#{1,6}[ \t]+/.exec(raw)?.[0].length ?? 0;
    const base = start + words;
    const tokens = shift(scanTokens(this.doc.text.slice(base, endOf(node))), base);
    this.push({
      line: this.lineOf(start),
      start,
      text,
      tokens,
      done: tokens.done || reportsDone(text),
      shape: 'heading',
      textSpan: { start: base, end: endOf(node) },
      checkbox: null,
      insertAt: endOf(node),
      category: null,
      // The item runs over the paragraphs that describe it, to the next heading.
      end: described ? Math.max(endOf(node), endOf(described)) : endOf(node),
    });
  }

  /**
   * Sentences of a paragraph that speak of work to do: in an action-items section every
   * commitment, need or "we should"; elsewhere (`implicit`) firm commitments and work under
   * way only. A paragraph led by "Action item:" is one item whatever its words.
   */
  paragraph(node: Paragraph, implicit: boolean, series = false, headed = false): void {
    const start = startOf(node);
    const end = endOf(node);
    const raw = this.doc.text.slice(start, end);
    if (this.labelLines(start, raw)) return;
    const label = itemLabel(raw);
    if (label) {
      this.sentence(start + label, end, implicit, null, true);
      return;
    }
    // A paragraph in italics only is a template's prompt ("*List the tasks we should …*").
    if (node.children.length === 1 && node.children[0].type === 'emphasis') return;
    // Lines that start with a bullet a Markdown parser does not know ("• Add …", "☐ Add …"), or with
    // a number that cannot start a list there ("2) Add …" after a line of text): one item per line.
    if (!implicit && this.pseudoList(start, raw)) return;
    // In a plan, a paragraph that is a task of its own is one item: one of a series of paragraphs
    // led by a bold title ("**Rate limits per client.** Each client gets …"), or one that starts
    // with a verb of doing ("Add a cap on open connections …").
    if (!implicit && !this.tasksOnly && (series || paragraphTask(node))) {
      this.sentence(start, end, false, null, true);
      return;
    }
    // "The monitor checks the wrong host. (fixed by adding a second check)", "… a channel for
    // emergencies. (filed #133)": a paragraph of the plan closed by a note on what became of it is
    // one item, done when the note says the work was done.
    const tail = raw.length > 2000 ? raw.slice(-2000) : raw;
    const outcome = !implicit && !this.tasksOnly ? OUTCOME_NOTE.exec(tail) : null;
    if (outcome) {
      // Who the note names ("added an @oncall role") did the work; it names no owner of the item.
      const note = start + raw.length - tail.length + outcome.index;
      this.sentence(start, end, false, DONE_OUTCOME.test(outcome[1]) ? 'done' : null, true, start, note);
      return;
    }
    let first = true;
    const before = this.items.length;
    let updates: { start: number; end: number }[] | null = null;
    for (const found of paragraphCommitments(node, raw)) {
      // "**Notice**: The cluster will be down on Saturday …" stamped with its time: news of a status log, not a plan.
      updates ??= implicit ? statusUpdateSpans(raw) : [];
      if (updates.some((u) => found.end > u.start && found.end <= u.end)) continue;
      // "We should offer finer controls, see https://…/issues/12", "This is now being revisited in
      // #34": work pointed at its ticket is filed, wherever it is told and however softly.
      const filed = implicit && found.kind !== 'done' && FILED_AT.test(sentenceFrom(raw, found.start));
      // "We have already doubled the backup frequency" among the lessons: a follow-up carried out.
      const told = raw.slice(found.start, found.end);
      const doneFollowUp = implicit && this.lessons && found.kind === 'done' && reportsFollowUpDone(told);
      if ((implicit || this.tasksOnly) && (found.kind === 'should' || found.kind === 'done') && !filed && !doneFollowUp) continue;
      if (this.tasksOnly && found.kind === 'need') continue;
      const words = plainWords(raw.slice(found.start, Math.min(found.end, found.start + MAX_READ)));
      // In prose, "we will keep monitoring" or "we'll share a write-up" tells readers what comes
      // next in the incident, not work to follow it up.
      if (promisesStatusOnly(words)) continue;
      // "We've taken immediate steps to recover by …": the response to the incident, told as done, is not follow-up work.
      if (found.kind === 'done' && RECOVERY_REPORT.test(words)) continue;
      // "Since the release was fresh, we decided to unpublish it": in the telling of the resolution, a decision is a step taken.
      if (this.inResolution && DECIDED.test(words)) continue;
      // The ticket's address is no content: "see https://host/org/repo/issues/12" restates no item.
      if (this.remedyOnly && !REMEDY_OPENING.test(words)) continue;
      if (this.besideList && ((found.kind !== 'future' && !filed && !doneFollowUp) || this.restates(filed ? words.replace(/<?https?:\/\/\S+/g, ' ') : words)))
        continue;
      // "We are taking the following steps:", "we are working on the following:": a sentence that
      // ends on a colon introduces the items after it; it is not one of them.
      if (/[:：][\s*_]*$/.test(raw.slice(found.start, found.end))) continue;
      // "The team will conduct the following actions …", "we will do as follows": it points at the items, it is none of them.
      if (POINTS_AT_ITEMS.test(words)) continue;
      if (implicit) {
        // A commitment told twice (in the summary and again below) is one piece of work.
        const key = words
          .toLowerCase()
          .replace(/^.*?\bwe\b/, '')
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean)
          .slice(0, 6)
          .join(' ');
        if (this.told.has(key)) continue;
        this.told.add(key);
      }
      // "Carla will own both changes by July": who owns the work just promised, not work of its own.
      if (this.items.length > before && this.ownsPrevious(start + found.start, start + found.end, before)) continue;
      // The first commitment of a paragraph stands for the paragraph: the sentences before it
      // are its reasons, and the item is found wherever the paragraph is pointed at.
      const count = this.items.length;
      this.sentence(start + found.start, start + found.end, implicit, found.kind, false, first ? start : undefined);
      first = false;
      const made = this.items.length > count ? this.items[this.items.length - 1] : null;
      if (made && found.party && !made.owner) {
        made.owner = found.party.value;
        made.owners = splitOwners(found.party.value);
        made.ownerSpan = { start: start + found.party.start, end: start + found.party.end };
      }
      // "The main change is to move to Buildkite. The latter has now been extended to every
      // pipeline": the sentence after the promise, pointing back at it, says the work was done.
      if (made && (found.kind === 'future' || found.kind === 'progress')) {
        const after = sentenceSpans(raw.slice(found.end, found.end + MAX_READ));
        const next = after[0];
        if (next && reportsBackDone(raw.slice(found.end + next.start, found.end + next.end))) made.done = true;
        // "The proper fix is to pin the version. … The fix was to drop the slash": the remedy told
        // again in the past, later in the same paragraph, was carried out.
        else if (!implicit && after.some((sp) => fixToldDone(raw.slice(found.end + sp.start, found.end + sp.end)))) made.done = true;
      }
    }
    // Under a sub-heading of the plan that names the work ("## Removal of the legacy flag"), a
    // sentence "It will be turned off …" is that work, its pronoun standing for the heading or its subject.
    if (headed && first && !implicit && !this.tasksOnly) {
      const span = sentenceSpans(raw).find((sp) => commitsForHeading(raw.slice(sp.start, Math.min(sp.end, sp.start + MAX_READ))));
      if (span) this.sentence(start + span.start, start + span.end, false, 'future', false, start);
    }
  }

  /**
   * Reads a paragraph of lines each opened by an item's label ("Action: …", "TODO: … (owner: Ana)",
   * "Follow-up: …") as one item per labelled line, a line without a label continuing the one
   * before it; false when the first line carries none, or fewer than two lines carry one of which
   * one at least is a label by itself (not a "TODO:" without an owner, a due date or a ticket).
   */
  private labelLines(start: number, raw: string): boolean {
    if (raw.length > 20000 || !raw.includes('\n')) return false;
    const labelled: { at: number; label: number }[] = [];
    let firm = 0;
    let at = 0;
    for (const line of raw.split('\n')) {
      const label = itemLabel(line, true);
      if (label) {
        labelled.push({ at, label });
        if (itemLabel(line)) firm++;
      }
      at += line.length + 1;
    }
    if (labelled.length < 2 || !firm || labelled[0].at !== 0) return false;
    labelled.forEach((line, k) => {
      const next = k + 1 < labelled.length ? labelled[k + 1].at - 1 : raw.length;
      const to = start + line.at + raw.slice(line.at, next).replace(/\s+$/, '').length;
      const from = start + line.at + line.label;
      if (to > from) this.sentence(from, to, false, null, true, start + line.at);
    });
    return true;
  }

  /** Reads the lines of a paragraph written as a list without Markdown's list syntax; false when it is not one. */
  private pseudoList(start: number, raw: string): boolean {
    if (raw.length > 20000 || !raw.includes('\n')) return false;
    const lines: { at: number; text: string }[] = [];
    let at = 0;
    for (const text of raw.split('\n')) {
      lines.push({ at, text });
      at += text.length + 1;
    }
    // Two marked lines at least, after one line of lead-in at most ("Here is what comes next:").
    const marked = lines.filter((l) => PSEUDO_BULLET.test(l.text));
    const firstMarked = lines.findIndex((l) => PSEUDO_BULLET.test(l.text));
    if (marked.length < 2 || firstMarked > 1) return false;
    for (let i = 0; i < lines.length; i++) {
      const bullet = PSEUDO_BULLET.exec(lines[i].text);
      if (!bullet) continue;
      // A line without a bullet after this one continues its item.
      let last = i;
      while (last + 1 < lines.length && !PSEUDO_BULLET.test(lines[last + 1].text)) last++;
      const from = start + lines[i].at + bullet[0].length;
      const to = start + lines[last].at + lines[last].text.replace(/\s+$/, '').length;
      if (to > from) this.sentence(from, to, false, null, true, start + lines[i].at);
      i = last;
    }
    return true;
  }

  /**
   * When the sentence at [start, end) names who owns the work promised just before it ("Ana will
   * own both changes", "Ana leads this, by the end of July"), gives that owner and due date to the
   * items read since `since` that have none, and returns true.
   */
  private ownsPrevious(start: number, end: number, since: number): boolean {
    const raw = this.doc.text.slice(start, Math.min(end, start + MAX_READ));
    const statement = OWNER_STATEMENT.exec(raw);
    if (!statement) return false;
    const tokens = shift(scanTokens(raw), start);
    const owner = { start: start + statement.index, end: start + statement.index + statement[1].length, value: statement[1] };
    const due = tokens.due ? dueFields(tokens.due) : null;
    for (const item of this.items.slice(since)) {
      if (!item.owner) {
        item.owner = owner.value;
        item.owners = splitOwners(owner.value);
        item.ownerSpan = { start: owner.start, end: owner.end };
      }
      if (due && !item.dueText) Object.assign(item, due);
    }
    return true;
  }

  /** True when half the content words of a sentence are those of an item already read: it restates that item. */
  private restates(words: string): boolean {
    const own = contentWords(words);
    // Beside a very long list the comparison is bounded: past it, no more prose is read.
    if (!own.size || this.items.length > MAX_RESTATE_ITEMS || ++this.besideRead > MAX_BESIDE) return true;
    return this.items.some((item) => {
      let theirs = this.itemWords.get(item);
      if (!theirs) this.itemWords.set(item, (theirs = contentWords(item.text)));
      let shared = 0;
      for (const w of own) if (theirs.has(w)) shared++;
      return shared * 2 >= own.size;
    });
  }

  /** Commitments already read from prose, by their first words, so a restatement is not a second item. */
  private readonly told = new Set<string>();

  private sentence(start: number, end: number, implicit: boolean, kind: Commitment | null, labelled: boolean, from = start, tokensTo = end): void {
    const raw = this.doc.text.slice(start, end);
    const text = plainWords(raw);
    if (!text || this.placeholders.isPlaceholder(text)) return;
    const scanned = raw.slice(0, Math.min(MAX_READ, tokensTo - start));
    const tokens = shift(scanTokens(scanned), start);
    if (!tokens.owner) {
      const subject = subjectOwner(scanned);
      if (subject) tokens.owner = { start: start + subject.start, end: start + subject.end, value: subject.value };
    }
    // The owner and due go before the sentence's closing punctuation: "… (owner: Sam)."
    let insertAt = end;
    while (insertAt > start && /[.!;:]/.test(this.doc.text[insertAt - 1])) insertAt--;
    this.push({
      line: this.lineOf(from),
      start: from,
      end,
      text,
      tokens,
      done: tokens.done || kind === 'done' || (labelled && reportsDone(text)),
      shape: 'sentence',
      textSpan: { start, end },
      checkbox: null,
      insertAt,
      category: null,
      implicit,
    });
  }

  /** How many items have been read so far. */
  get count(): number {
    return this.items.length;
  }

  private raw(node: Nodes): string {
    return this.doc.text.slice(startOf(node), endOf(node));
  }

  /** The span of a cell's content, or an empty span where content would be typed. */
  private cellContent(cell: Table['children'][number]['children'][number]): Span {
    if (cell.children.length) return { start: startOf(cell.children[0]), end: endOf(cell.children[cell.children.length - 1]) };
    const text = this.doc.text;
    let at = startOf(cell);
    if (text[at] === '|') at++;
    if (text[at] === ' ') at++;
    return { start: at, end: at };
  }

  table(node: Table, inSection: boolean, category: string | null): void {
    const [header, ...body] = node.children;
    if (!header) return;
    const columns: Partial<Record<ActionColumn, number>> = {};
    header.children.forEach((cell, i) => {
      const role = columnRole(this.content(cell));
      if (role && columns[role] === undefined) columns[role] = i;
    });
    if (!inSection && (columns.item === undefined || (columns.owner === undefined && columns.due === undefined))) return;
    // A table whose first column holds clock times in most rows ("| 10:02 | Ana | Restarted …") is a
    // log of what happened, whatever its other headers say: not a list of work to do.
    if (
      columns.due !== 0 &&
      body.length &&
      body.filter((row) => CLOCK.test(row.children[0] ? this.content(row.children[0]).slice(0, 40) : '')).length * 2 >= body.length
    )
      return;
    if (columns.item === undefined) {
      // The column of the work is the one that holds words: not a "#" or "ID" column of numbers.
      const taken = new Set(Object.values(columns));
      let best = -1;
      for (let i = 0; i < header.children.length; i++) {
        if (taken.has(i)) continue;
        let letters = 0;
        for (const row of body.slice(0, 50)) {
          const cell = row.children[i];
          if (cell) letters += (this.content(cell).slice(0, 200).match(/\p{L}/gu) ?? []).length;
        }
        if (columns.item === undefined || letters > best) {
          columns.item = i;
          best = letters;
        }
      }
    }
    if (columns.item === undefined) return;
    const table: ActionTable = {
      start: startOf(node),
      end: endOf(node),
      columns,
      rows: node.children.map((row) => ({ start: startOf(row), end: endOf(row), cells: row.children.map((c) => ({ start: startOf(c), end: endOf(c) })) })),
      delimiterLine: this.lineOf(endOf(header)) + 1,
    };
    body.forEach((row, r) => {
      const cellText = (role: ActionColumn): string => {
        const i = columns[role];
        return i === undefined || !row.children[i] ? '' : this.content(row.children[i]);
      };
      const cellSpan = (role: ActionColumn): Span | null => {
        const i = columns[role];
        return i === undefined || !row.children[i] ? null : this.cellContent(row.children[i]);
      };
      if (row.children.every((c) => !this.content(c))) return;
      const text = cellText('item');
      // "... another item", "… more later": a template's stand-in for rows still to be written.
      if (/^(?:\.{3}|…)/.test(text)) return;
      if (
        this.placeholders.isPlaceholder(text) &&
        row.children.every((c, i) => i === columns.item || !this.content(c) || this.placeholders.isPlaceholder(this.content(c)))
      )
        return;

      const itemSpan = cellSpan('item') ?? { start: startOf(row), end: startOf(row) };
      const inline = shift(scanTokens(this.doc.text.slice(itemSpan.start, itemSpan.end)), itemSpan.start);
      const tokens: Tokens = { ...inline };
      const owner = cellText('owner');
      const ownerSpan = cellSpan('owner');
      // "???" in the owner cell asks who owns the row: no one is named yet.
      if (columns.owner !== undefined) tokens.owner = owner && ownerSpan && !/^\?+$/.test(owner) ? { ...ownerSpan, value: owner } : null;
      const due = cellText('due');
      const dueSpan = cellSpan('due');
      if (columns.due !== undefined) {
        tokens.due = null;
        if (due && dueSpan && !/^[-–—]$/.test(due)) {
          const raw = this.doc.text.slice(dueSpan.start, dueSpan.end);
          const reading = readDate(raw);
          tokens.due =
            reading.kind === 'none'
              ? { ...dueSpan, text: due }
              : { start: dueSpan.start + reading.start, end: dueSpan.start + reading.end, text: raw.slice(reading.start, reading.end) };
        }
      }
      const status = cellText('status');
      const statusSpan = cellSpan('status');
      if (columns.status !== undefined && statusSpan) {
        tokens.status = { ...statusSpan, value: status };
        // "🟢 Done", "✔ Complete": a coloured mark before the word is decoration.
        const word = status.replace(/^[^\p{L}\p{N}[]+/u, '');
        tokens.done = DONE_WORDS.test(status) || DONE_WORDS.test(status.split(/\s+/)[0] ?? '') || DONE_WORDS.test(word.split(/\s+/)[0] ?? '');
      }
      // Without a status column, a done mark in another cell says the row is done: "b/123 **DONE**"
      // in a bug column, a check mark beside the owner.
      if (columns.status === undefined && !tokens.done)
        tokens.done = row.children.some((c, i) => i !== columns.item && doneMark(this.content(c).slice(0, 200)));
      const ticketCell = columns.ticket !== undefined ? row.children[columns.ticket] : undefined;
      if (ticketCell && this.content(ticketCell)) {
        const link = findLink(ticketCell);
        tokens.ticket = link ?? this.content(ticketCell);
      }
      if (cellText('priority')) tokens.priority = cellText('priority');
      if (cellText('category')) tokens.category = cellText('category');
      const itemCell = columns.item !== undefined ? row.children[columns.item] : undefined;
      const struck =
        !!itemCell && itemCell.children.length > 0 && itemCell.children.every((c) => c.type === 'delete' || (c.type === 'text' && !c.value.trim()));
      this.push({
        line: this.lineOf(startOf(row)),
        start: startOf(row),
        end: endOf(row),
        text,
        tokens,
        done: tokens.done || struck,
        shape: 'table',
        textSpan: itemSpan,
        checkbox: null,
        insertAt: itemSpan.end,
        category,
        table,
        row: r + 1,
      });
    });
  }

  private push(p: {
    line: number;
    start: number;
    end: number;
    text: string;
    tokens: Tokens;
    done: boolean;
    shape: ActionItem['shape'];
    textSpan: Span;
    checkbox: number | null;
    insertAt: number;
    category: string | null;
    table?: ActionTable;
    row?: number;
    implicit?: boolean;
  }): void {
    const { tokens } = p;
    const { due, dueKind, dueReadings } = tokens.due ? dueFields(tokens.due) : { due: null, dueKind: null, dueReadings: null };
    this.items.push({
      line: p.line,
      start: p.start,
      end: p.end,
      text: p.text,
      title: itemTitle(p.text, [tokens.owner?.value, tokens.due?.text, tokens.status?.value]),
      owner: tokens.owner?.value ?? null,
      owners: tokens.owner ? splitOwners(tokens.owner.value) : [],
      due,
      dueText: tokens.due?.text ?? null,
      done: p.done,
      ticket: tokens.ticket,
      priority: tokens.priority,
      category: tokens.category ?? p.category,
      shape: p.shape,
      dueKind,
      dueReadings,
      textSpan: p.textSpan,
      ownerSpan: tokens.owner ? { start: tokens.owner.start, end: tokens.owner.end } : null,
      dueSpan: tokens.due ? { start: tokens.due.start, end: tokens.due.end } : null,
      statusSpan: tokens.status ? { start: tokens.status.start, end: tokens.status.end } : null,
      checkbox: p.checkbox,
      insertAt: p.insertAt,
      table: p.table ?? null,
      row: p.row ?? -1,
      implicit: p.implicit ?? false,
    });
  }
}

/** The due fields of an item, from the due date as written. */
function dueFields(written: Span & { text: string }): Pick<ActionItem, 'due' | 'dueKind' | 'dueReadings' | 'dueText' | 'dueSpan'> {
  const reading = readDate(written.text);
  const span = { dueText: written.text, dueSpan: { start: written.start, end: written.end } };
  if (reading.kind === 'date') return { due: reading.iso, dueKind: 'date', dueReadings: null, ...span };
  if (reading.kind === 'ambiguous') return { due: null, dueKind: 'ambiguous', dueReadings: reading.readings, ...span };
  return { due: null, dueKind: reading.kind === 'invalid' ? 'invalid' : 'words', dueReadings: null, ...span };
}

/** "Ana Lima will own both changes", "@ana leads this work", "Ops is responsible for these": an owner for the work just named. */
const OWNER_STATEMENT =
  /^[\s*_]*(@[\p{L}\p{N}_][\p{L}\p{N}_.-]{0,38}|\p{Lu}[\p{L}'’-]{0,30}(?:\s+\p{Lu}[\p{L}'’-]{0,30}){0,3})\s+(?:will\s+)?(?:own|owns|lead|leads|drive|drives|be\s+responsible\s+for|is\s+responsible\s+for|take\s+ownership\s+of|takes\s+ownership\s+of)\s+(?:both|these|those|this|them|all|the\s+(?:changes|work|items|tasks|fixes|above))\b/u;

function findLink(node: Nodes): string | null {
  if (node.type === 'link') return node.url;
  if ('children' in node) {
    for (const child of node.children) {
      const found = findLink(child);
      if (found) return found;
    }
  }
  return null;
}

/** A clock time near the start of a cell: "10:02", "2026-03-04 10:02", "Mar 3, 9:40 PM". */
const CLOCK = /^[^|]{0,20}?\b\d{1,2}:\d{2}\b/;

/** Owner or due words, a handle or a ticket key: the marks of a tracked task. */
const TASK_MARKS = /(?:^|[\s(])(?:owners?|assignee|dri|due|deadline|eta)\s*[:=]|(?:^|[\s(])@[\p{L}\p{N}]|^[\s*_[]*[A-Z][A-Z0-9]{1,9}-\d{1,7}\b/u;

/** True when an item reads as work to do: it starts with a verb of doing, commits to work, or carries an owner, a due date or a ticket. */
export function readsAsTask(text: string): boolean {
  const head = text.slice(0, MAX_READ);
  if (startsImperative(head.slice(0, 40)) || TASK_MARKS.test(head)) return true;
  const kind = readSentence(head)?.kind;
  return kind === 'future' || kind === 'progress';
}

/** True when an item's words are a question: they end in a question mark (before any closing marks). */
export function isQuestion(text: string): boolean {
  const tail = text.length > 400 ? text.slice(-400) : text;
  // "Rename the viewer (as Browser?)": a question in an aside at the end leaves the item a task.
  const aside = /\S\s+\([^()\n]{1,80}\?\)[\s*_]*$/.exec(tail);
  return /\?[\s*_"'”’)\]]*$/.test(aside ? tail.slice(0, aside.index + 1) : tail);
}

/** Moves token offsets from the scanned string into the document. */
function shift(tokens: Tokens, base: number): Tokens {
  const move = <T extends Span>(span: T | null): T | null => (span ? { ...span, start: span.start + base, end: span.end + base } : null);
  return { ...tokens, owner: move(tokens.owner), due: move(tokens.due), status: move(tokens.status) };
}

/**
 * "Action item: …", "Action point: …", "AI: …", "Follow-up: …" at the start of a paragraph, numbered or
 * not ("AI-1:", "Action item 2:", "Follow-up #3:"). "TODO:" is a template's prompt; "AI" must be
 * written in capitals, so the word "ai" in a sentence is no label.
 */
const ITEM_LABEL =
  /^[ \t]*(?:\*\*|__)?(?:(?:[Aa]ction[ -](?:[Ii]tems?|[Pp]oints?)|ACTION[ -](?:ITEMS?|POINTS?)|[Ff]ollow[ -]?[Uu]p|FOLLOW[ -]?UP)(?:[ \t]*[-#]?[ \t]*\d{1,3})?|AI(?:[ \t]*[-#]?[ \t]*\d{1,3})?)[ \t]*(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*(?=\S)/;

/** "Action: Add …", "**ACTION 2:** …": a bare "Action" label, which opens an item only when a task follows it. */
const ACTION_LABEL = /^[ \t]*(?:\*\*|__)?(?:Action|ACTION)(?:[ \t]*[-#]?[ \t]*\d{1,3})?[ \t]*(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*(?=\S)/;

/** "TODO: …", "To-do: …", "TODO(ana): …": a to-do label, also a template's prompt ("TODO: list the actions"). */
const TODO_LABEL = /^[ \t]*(?:\*\*|__)?(?:TODO|To-?[Dd]o)(\([^()\n]{1,40}\))?[ \t]*(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*(?=\S)/;

/**
 * The length of a label that opens an item at the start of `line`, or 0: "Action item:" and its
 * kin whatever follows; "Action:" before a task ("Action: Alert on lock age"), not before a step
 * told done ("Action: Restarted the pods"); "TODO:" before a task that names its owner, due date or
 * ticket, as no template's prompt does ("TODO: Add a lock timeout (owner: Ana)").
 */
export function itemLabel(line: string, besideLabels = false): number {
  const head = line.length > MAX_READ ? line.slice(0, MAX_READ) : line;
  const labelled = ITEM_LABEL.exec(head);
  if (labelled) return labelled[0].length;
  const action = ACTION_LABEL.exec(head);
  if (action) return readsAsTask(head.slice(action[0].length)) ? action[0].length : 0;
  const todo = TODO_LABEL.exec(head);
  if (!todo) return 0;
  const rest = head.slice(todo[0].length);
  const tokens = scanTokens(rest);
  // Among lines labelled "Action:" or "Follow-up:", a "TODO:" line is one more item, marked or not.
  return (besideLabels || todo[1] || tokens.owner || tokens.due || tokens.ticket) && readsAsTask(rest) ? todo[0].length : 0;
}

/** A role in the response and who held it: "Incident commander: Ana Lima", "Scribe - @devon", "Comms lead: Ana, Ben". */
const ROLE_LINE =
  /^[\s*_]*(?:incident\s+(?:commander|manager|lead|coordinator)|ic|scribe|note[- ]?taker|comms?(?:\s+lead)?|communications?(?:\s+(?:lead|manager|officer))?|tech(?:nical)?\s+lead|ops\s+lead|operations\s+lead|subject\s+matter\s+experts?|smes?|(?:customer\s+)?liaison|facilitator|authors?|reviewers?|approvers?|editor|responders?|participants?|attendees?|on-?call(?:\s+engineer)?|executive\s+sponsor|deputy(?:\s+commander)?)[\s*_]*(?:[:：]|\s[-–—])[\s*_]*(.{1,200})$/i;

/** True for a list entry that names a role of the response and the people in it, not work. */
function namesRole(text: string): boolean {
  const m = text.length > 260 ? null : ROLE_LINE.exec(text);
  if (!m) return false;
  return m[1]
    .split(/\s*(?:,|;|&|\band\b|\/)\s*/)
    .every((name) => /^(?:@[\p{L}\p{N}_.-]+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s+\([^()]{1,40}\))?)$/u.test(name.trim()));
}

/**
 * Advice to the readers, as the plan's entries write it: "Customers should retry …", "Users are
 * advised to upgrade …", "Anyone running 2.3 must rotate …": the readers' to do, not the authors' work.
 */
const GUIDANCE =
  /^[\s*_]*(?:(?:all|affected|impacted|our|the|any)\s+)?(?:users|customers|clients|end[- ]users|self[- ]hosters|you|anyone\s+(?:running|using|who)\b(?:[^.,;:]|\.(?=\d)){0,60}?)\s+(?:should|must|need\s+to|are\s+(?:advised|encouraged|asked|urged|recommended)\s+to|can|may)\b/i;

/** Raw HTML blocks longer than this are not read for items. */
const MAX_HTML = 200_000;

/** The tags that shape items in raw HTML: lists and their entries, tables, their rows and cells. */
const HTML_PART = /<(\/?)(ul|ol|li|table|thead|tbody|tfoot|tr|td|th)\b[^<>]{0,300}>/gi;

/** Words struck through in HTML, all of them: `<s>…</s>`, `<del>…</del>`. */
const STRUCK_HTML = /^<(s|del|strike)\b[^<>]{0,300}>[^]*<\/\1>$/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** The text with the common named entities of HTML written out ("&amp;" as "&"). */
function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name]) : text;
}

/** True when most entries of a list open on a gerund ("- Renaming …", "- Adding …"). */
function gerundList(list: List): boolean {
  let gerunds = 0;
  for (const li of list.children) {
    const first = li.children[0];
    if (first?.type === 'paragraph' && opensOnGerund(toString(first).slice(0, 40))) gerunds++;
  }
  return gerunds * 2 >= list.children.length && gerunds > 0;
}

/** True when a paragraph holds nothing but links (and the spaces and punctuation between them). */
/** An entry that opens on a past form: "Excluded …", "Set …", "Rebuilt …". */
const PAST_FIRST = /^[\s*_]*(?:\p{L}{2,}ed|set|put|cut|reset|shut|split|built|rebuilt|made|sent|ran|reran|wrote|rewrote|took|kept|gave)\b/iu;

/** Words that name work still to come. */
const WORK_TO_COME_WORDS = /\b(?:will|shall|going\s+to|plan(?:s|ned)?\s+to|to\s+be|todo|to\s+do|pending|planned|next)\b/i;

/** True for a paragraph of code spans only, with nothing but punctuation between them. */
function onlyCode(p: Paragraph): boolean {
  return (
    p.children.some((c) => c.type === 'inlineCode') && p.children.every((c) => c.type === 'inlineCode' || (c.type === 'text' && !/[\p{L}\p{N}]/u.test(c.value)))
  );
}

function onlyLinks(p: Paragraph): boolean {
  let links = 0;
  for (const c of p.children) {
    if (c.type === 'link' || c.type === 'linkReference') links++;
    else if (c.type !== 'text' || /[\p{L}\p{N}]/u.test(c.value)) return false;
  }
  return links > 0;
}

/** True for a list item that is only links written as their own addresses: "- https://…", "- [https://…](https://…)". */
function bareLink(li: ListItem): boolean {
  const first = li.children[0];
  if (li.children.length !== 1 || first?.type !== 'paragraph' || !onlyLinks(first)) return false;
  return first.children.every((c) => c.type !== 'link' || /^(?:https?:\/\/|www\.)\S*$/i.test(toString(c).trim()));
}

/** A bullet a Markdown parser reads as text, or a number that cannot start a list inside a paragraph, at a line's start. */
const PSEUDO_BULLET = /^[ \t]{0,3}(?:[•◦▪▫‣⁃●○➤➔→☐✓✔✅]\uFE0F?|\d{1,2}[.)])[ \t]+(?=\S)/u;

/** Bold leads that introduce a remark, not a piece of work ("**Note:** …", "**Update:** …"). */
const REMARK_LEAD =
  /^(?:notes?|nb|n\.b\.|update[sd]?|edit(?:ed)?|disclaimer|status|summary|context|background|ps|p\.s\.|tl;?dr|warning|caveat|important|reminder|thanks|credits?)\b/i;

/** The bold title a paragraph opens with, followed by words of its own, or null. */
export function boldLead(node: Paragraph): string | null {
  const head = node.children[0];
  if (!head || head.type !== 'strong' || node.children.length < 2) return null;
  const lead = toString(head).trim();
  const rest = node.children
    .slice(1)
    .map((c) => toString(c))
    .join('')
    .replace(/^[\s:.—–-]+/, '');
  if (!lead || lead.length > 120 || !/\p{L}/u.test(rest) || REMARK_LEAD.test(lead)) return null;
  return lead;
}

/** True when a paragraph is a task of its own: it starts with a verb of doing and is no question or lead-in. */
function paragraphTask(node: Paragraph): boolean {
  const words = toString(node).slice(0, 400).trim();
  if (!startsImperative(words.slice(0, 40)) || isQuestion(words) || /[:：]$/.test(words)) return false;
  // "See the tracking issue", "Thanks …": pointers and credits are not work.
  return !/^(?:see|thanks|thank|read|note)\b/i.test(words) && !addressesReader(words.slice(0, 200));
}

/** A sentence of a block that speaks of work, in offsets from the block's start. */
interface FoundSentence {
  start: number;
  end: number;
  kind: Commitment;
  /** The party a "they" promise stands for, named in the sentence before (offsets in the paragraph). */
  party?: Span & { value: string };
}

/**
 * The sentences of each paragraph that speak of work, kept per paragraph node. The incremental
 * parser hands unchanged blocks of a new version over as the same node objects, so an edit
 * reads only the paragraphs it changed; offsets are kept relative to the paragraph.
 */
const sentencesPerNode = new WeakMap<object, FoundSentence[]>();

/** Words without which no sentence is read: most paragraphs are skipped by this one test. */
const MAY_COMMIT =
  /\b(?:happen|recur)\s+again\b|\b(?:since\s+then|ever\s+since|afterwards)\b|\bwe\s+(?:also\s+|then\s+|since\s+)?[a-z]{3,20}ed\b|\bwe(?:\s+have|['’]ve)\s+(?:also\s+)?(?:already|since|now)\b|\b(?:will|shall|going to|plan|intend|aim|commit|decided|need|must|have to|ought|should|are (?:(?:now|currently|also|actively|still|already) ){0,2}\w+ing|we['’](?:ll|re)|begun|started|initiated|been|want|like|hope|wish|steps?|goal|priority|being|progress|underway|under way|is to|are to|we(?: have|['’]ve)? (?:also |since |now |already |then )?[a-z]{4,20}ed)\b/i;

/**
 * The text with each HTML comment replaced by as many spaces, so offsets stay the same: a
 * comment such as a `postmortem-disable-line` written into a sentence is not part of what the
 * sentence says, and suppressing one rule there must not stop the sentence being read as an
 * item. Linear: each comment is found with `indexOf`; an unclosed one runs to the end.
 */
function blankComments(raw: string): string {
  let at = raw.indexOf('<!--');
  if (at === -1) return raw;
  let out = '';
  let from = 0;
  while (at !== -1) {
    const close = raw.indexOf('-->', at + 4);
    const end = close === -1 ? raw.length : close + 3;
    out += raw.slice(from, at) + ' '.repeat(end - at);
    from = end;
    at = close === -1 ? -1 : raw.indexOf('<!--', end);
  }
  return out + raw.slice(from);
}

/** ", and we will …", ", and we'll …", ", and we are going to …": where a second promise of the authors starts. */
const SECOND_PROMISE = /,\s+and\s+(?=we(?:\s+(?:will|shall)|['’]ll|(?:\s+are|['’]re)\s+going\s+to)\s+(\S+(?:\s+\S+){0,2}))/gi;
/** Words that point back at the first promise: the clause after them tells more of it ("and we will make it page …"). */
const POINTS_BACK = /\b(?:it|its|this|that|these|those|them|then|so|also\s+use)\b/i;

/**
 * A sentence holding two promises of the authors ("We will add a lag alert, and we will rotate the
 * keys"): two spans, one per promise, when both read as commitments on their own. A second clause
 * that points back at the first ("…, and we will make it page the rota") is its detail: one span.
 */
function splitCommitments(raw: string, span: { start: number; end: number }): { start: number; end: number }[] {
  const sentence = raw.slice(span.start, Math.min(span.end, span.start + MAX_READ));
  if (!/,\s+and\s+we/i.test(sentence)) return [span];
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of sentence.matchAll(SECOND_PROMISE)) {
    const next = m.index + m[0].length;
    if (POINTS_BACK.test(m[1]) || !readSentence(sentence.slice(from, m.index)) || !readSentence(sentence.slice(next))) continue;
    spans.push({ start: span.start + from, end: span.start + m.index });
    from = next;
  }
  if (!spans.length) return [span];
  spans.push({ start: span.start + from, end: span.end });
  return spans;
}

function paragraphCommitments(node: Paragraph, original: string): FoundSentence[] {
  let found = sentencesPerNode.get(node);
  if (found) return found;
  found = [];
  const raw = blankComments(original);
  if (MAY_COMMIT.test(raw.length > 20 * MAX_READ ? raw.slice(0, 20 * MAX_READ) : raw)) {
    let previous = -1;
    for (const whole of sentenceSpans(raw)) {
      for (const span of splitCommitments(raw, whole)) {
        const words = raw.slice(span.start, Math.min(span.end, span.start + MAX_READ));
        const reading = readSentence(words);
        // "The storage team wrote the importer … They are also going to test …": the party named just before promises it.
        const party = !reading && previous >= 0 ? promisesForNamedParty(raw.slice(previous, Math.min(span.start, previous + MAX_READ)), words) : null;
        const ticketed = reading ? null : filedPassive(words);
        if (reading) found.push({ ...span, kind: reading.kind });
        else if (ticketed) found.push({ ...span, kind: ticketed });
        else if (party) found.push({ ...span, kind: 'future', party: { ...party, start: previous + party.start, end: previous + party.end } });
        // "We improved our CI to avoid …": a follow-up told done in the past, kept for the lessons to read.
        else if (reportsFollowUpDone(words)) found.push({ ...span, kind: 'done' });
        // "… I moved the renewal onto a company card. So this won't happen again.": the fix, carried out.
        else if (fixThenNotAgain(words, raw.slice(span.end, Math.min(raw.length, span.end + 200)).replace(/^\s+/, ''))) found.push({ ...span, kind: 'done' });
        previous = span.start;
      }
    }
  }
  sentencesPerNode.set(node, found);
  return found;
}

/**
 * "This is now being revisited in <issue>", "It should be fixed, see #12", "This will be tracked in
 * OPS-9": work whose subject is the problem just told, in the passive, pointed at the ticket that
 * holds it. Without the ticket such a sentence is a remark, not work.
 */
const PRONOUN_PASSIVE =
  /^[\s*_>"'“]*(?:this|that|it|these|those)\s+(?:(?:is|are)\s+(?:(?:now|currently|also|actively)\s+){0,2}(being)|(?:(will)|(?:is|are)\s+(going)\s+to|should|must|needs?\s+to|ought\s+to)\s+(?:(?:now|also|eventually|still)\s+)?be)\s+(?:\w+(?:ed|en)|done|made|built|set\s+up|kept|rewritten|written|rethought)\b/i;

/** The commitment of a pronoun's passive pointed at its ticket ("This is being revisited in #34"), or null. */
function filedPassive(words: string): Commitment | null {
  const m = PRONOUN_PASSIVE.exec(words);
  if (!m || !FILED_AT.test(words.slice(m[0].length))) return null;
  return m[1] ? 'progress' : m[2] || m[3] ? 'future' : 'should';
}

/** The label of a list item that introduces a list of items ("**Review actions**:"), or null. */
function leadLabel(li: ListItem): string | null {
  const first = li.children[0];
  if (!first || first.type !== 'paragraph') return null;
  const head = first.children[0];
  // "- Corrective actions:" over a list of its own: a plain label, a few words closed by a colon.
  if (head?.type === 'text' && first.children.length === 1 && li.children.some((c) => c.type === 'list')) {
    const plain = /^([\p{L}][\p{L}\p{N} /&-]{0,40}?)\s*[:：]\s*$/u.exec(head.value);
    return plain && plain[1].split(/\s+/).length <= 4 ? plain[1] : null;
  }
  if (!head || (head.type !== 'strong' && head.type !== 'emphasis')) return null;
  return (
    toString(head)
      .trim()
      .replace(/[:：]$/, '')
      .trim() || null
  );
}

/**
 * Reads every action item of the document: in action-item sections (any of their aliases), in
 * lists introduced by a "Follow-ups:" line, and in tables anywhere whose header has an action
 * column and an owner or due column.
 */
export function extractActionItems(doc: AnalysedDocument, settings: Settings): ActionItem[] {
  const extractor = new Extractor(doc, settings);
  const children = doc.root.children;
  const { sections: matcher } = compiled(settings);
  const isActionHeading = (text: string) => matcher.match(text) === 'action-items' || readsAsRemediation(text);
  // A short line that names the lessons ("**Lessons Learned**:", "What we learned:") over the list after it.
  const headsLessons = (previous: RootContent | undefined) => {
    if (previous?.type !== 'paragraph' || endOf(previous) - startOf(previous) > 80) return false;
    const label = leadInText(previous).replace(/[*_]+/g, '').trim();
    return /[:：][\s*_]*$/.test(doc.text.slice(startOf(previous), endOf(previous))) && matcher.match(label) === 'lessons-learned';
  };
  // Mark the blocks of action-item sections, named as such or in words that read as remediation;
  // nested action sections share blocks with their parent. Timeline sections are never prose to read.
  const inSection = new Uint8Array(children.length);
  const depthOf = new Map<number, number>();
  for (const section of doc.model.sections) {
    if (section.kind === 'timeline') for (let i = section.blocks[0]; i < section.blocks[1]; i++) inSection[i] = 2;
  }
  for (const section of doc.model.sections) {
    if (section.kind !== 'action-items' && (section.kind !== null || !readsAsRemediation(section.heading.text))) continue;
    // "### 4:09-4:56 PM: Post-Incident Follow-up" inside a timeline is a stretch of it, not a plan;
    // "More Resources" lists reading, not work.
    if (
      (inSection[section.blocks[0]] === 2 && startsWithStamp(section.heading.text)) ||
      REFERENCE_HEADING.test(normaliseHeading(section.heading.text)) ||
      // "CVE issue(s)", "Related issues" over bare addresses: where the incident is tracked, not work to follow it.
      (ISSUE_REFERENCE.test(normaliseHeading(section.heading.text)) && onlyBareLinks(children.slice(section.blocks[0], section.blocks[1]))) ||
      CLOSES_REPORT.test(section.heading.text)
    )
      continue;
    // A heading that names the plan together with another section ("Lessons and next steps") holds
    // both: there only what reads as a task is an item (mark 3), the lessons beside it are not.
    const mixed = section.kinds.some((k) => k !== 'action-items');
    for (let i = section.blocks[0]; i < section.blocks[1]; i++) {
      if (inSection[i] !== 1 && inSection[i] !== 3) depthOf.set(i, section.heading.depth);
      if (inSection[i] !== 1) inSection[i] = mixed ? 3 : 1;
    }
  }
  for (const section of doc.model.sections) {
    if (section.kind === 'action-items' || !section.kinds.includes('action-items')) continue;
    for (let i = section.blocks[0]; i < section.blocks[1]; i++) {
      if (inSection[i] === 1 || inSection[i] === 3) continue;
      depthOf.set(i, section.heading.depth);
      inSection[i] = 3;
    }
  }
  // "## Changes made" → "### Prevention" (or a bold "**Key improvements:**" line) in a document that
  // keeps its plan elsewhere: the sub-section tells what the fix does, read as a plan only by its
  // word; there only what reads as a task still to do is an item, not the work it reports.
  const toldFix = new Uint8Array(children.length);
  for (const section of toldFixSections(doc.model.sections)) {
    for (let i = section.blocks[0]; i < section.blocks[1]; i++) {
      if (inSection[i] !== 1 && inSection[i] !== 3) continue;
      inSection[i] = 3;
      toldFix[i] = 1;
    }
  }
  // A part of the plan that records the response ("Immediate actions (completed)", "Steps taken") tells
  // what was done during the incident: its steps are not follow-up work, and neither are their details.
  for (const section of doc.model.sections) {
    const [from, to] = section.blocks;
    if (from >= to || (inSection[from] !== 1 && inSection[from] !== 3)) continue;
    if (recordsResponse(section.heading.text, children.slice(from, to))) for (let i = from; i < to; i++) inSection[i] = 4;
  }
  // Blocks of sections that tell the incident, or that are a required section other than action items.
  const narrative = new Uint8Array(children.length);
  for (const section of doc.model.sections) {
    if (section.kind === null && !readsAsNarrative(section.heading.text)) continue;
    for (let i = section.blocks[0]; i < section.blocks[1]; i++) narrative[i] = 1;
  }
  // Blocks of sections that tell the incident itself: its timeline, detection, impact and response.
  const toldIncident = new Uint8Array(children.length);
  for (const section of doc.model.sections) {
    if (
      !CLOSES_REPORT.test(section.heading.text) &&
      !section.kinds.some((k) => INCIDENT_KINDS.has(k)) &&
      !(
        section.kind === null &&
        ((readsAsNarrative(section.heading.text) && !readsAsLessons(section.heading.text)) || TRACKS_DOCUMENT.test(section.heading.text))
      )
    )
      continue;
    for (let i = section.blocks[0]; i < section.blocks[1]; i++) toldIncident[i] = 1;
  }
  // Before the first section (a summary without a heading) nothing is a list of tasks either.
  const firstSection = doc.model.sections[0]?.blocks[0] ?? children.length;
  for (let i = 0; i < Math.min(firstSection, children.length); i++) narrative[i] = 1;
  // Paragraphs outside action sections, read for commitments only when the document keeps no list.
  const prose: Paragraph[] = [];
  // The block each prose paragraph stands in, for the commitments read beside a list.
  const proseBlock: number[] = [];
  let category: string | null = null;
  // True under a sub-heading read as an item: the paragraphs there describe it, they are not items of their own.
  let describing = false;
  // The block of the last sub-heading of a plan that names a piece of work or a group of it.
  let headedAt = -1;
  // What a status line before a list says of its items ("Completed:" → done, "In progress:" → open), or null.
  let listStatus: boolean | null = null;
  // True after a list whose last item is a follow-up label left empty, while paragraphs answer it.
  let answersLabel = false;
  // True under a heading that names problems found ("Identified problems", "Patch bugs"): only
  // what reads as a task there is work, the problems themselves are not.
  let problems = false;
  // True under a heading of the plan that says its work is carried out ("Corrective measures implemented").
  let headedDone = false;
  // True after a task of the plan that leads into what it allows: the list after it holds its parts.
  let partsFollow = false;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (answersLabel) {
      if (node.type === 'paragraph' && !inSection[i]) {
        extractor.paragraph(node, false);
        continue;
      }
      answersLabel = false;
    }
    if (node.type === 'heading') {
      partsFollow = false;
      problems = namesProblems(toString(node)) || namesQuestions(toString(node));
      headedDone = DONE_HEADING.test(normaliseHeading(toString(node).slice(0, 200)));
      describing = false;
      if (inSection[i] === 1 || inSection[i] === 3) {
        const text = toString(node).trim();
        // A numbered sub-heading of an action section is an item, and so is one that starts with a
        // verb of doing ("### Add rate limits to the relay"); another names a category.
        const deeper = node.depth > (depthOf.get(i) ?? 0);
        let last: RootContent | null = null;
        let holdsList = false;
        for (let j = i + 1; j < children.length && children[j].type !== 'heading' && (inSection[j] === 1 || inSection[j] === 3); j++) {
          last = children[j];
          if (last.type === 'list') holdsList = true;
        }
        // A verb-led sub-heading over a list of its own ("#### Tighten logging" then "- Hash … / - Trim …")
        // names a group: the list holds the items, the heading is not one more spanning them all.
        const verbLed = startsImperative(text.slice(0, 40)) && !holdsList && !isQuestion(text) && !readsAsNarrative(text);
        if (deeper && (/^\d{1,3}[.)]\s/.test(text) || verbLed)) {
          extractor.headingItem(node, text, last);
          category = null;
          describing = true;
        } else {
          category = text || null;
          headedAt = i;
        }
      } else category = null;
      listStatus = null;
      continue;
    }
    if (inSection[i] === 1 || inSection[i] === 3) {
      extractor.tasksOnly = inSection[i] === 3 || problems;
      extractor.toDoOnly = toldFix[i] === 1;
      if (node.type === 'paragraph') {
        const status = children[i + 1]?.type === 'list' ? statusLine(toString(node)) : null;
        const raw = doc.text.slice(startOf(node), endOf(node));
        const leadIn =
          children[i + 1]?.type === 'list' && inSection[i + 1] === inSection[i] && !describing && !extractor.tasksOnly && raw.length < 400
            ? effectsLeadIn(raw)
            : -1;
        if (status !== null) listStatus = status;
        else if (leadIn > 0) {
          extractor.leadTask(node, leadIn);
          partsFollow = true;
        } else if (!describing) {
          // One of two or more paragraphs in a row led by a bold title.
          const lead = boldLead(node);
          const near = (j: number) => {
            const other = children[j];
            return !!other && other.type === 'paragraph' && (inSection[j] === 1 || inSection[j] === 3) && boldLead(other) !== null;
          };
          extractor.paragraph(node, false, lead !== null && (near(i - 1) || near(i + 1)), headedAt === i - 1);
        }
      } else if (!(
        node.type === 'list' &&
        (enumeratesPrevious(children[i - 1], node) ||
          recountsSteps(children[i - 1]) ||
          advisesReaders(children[i - 1]) ||
          // "**Lessons learned**:" over its list inside the plan: lessons, not work.
          headsLessons(children[i - 1]) ||
          // "- Do not assume …", "- If a job stops at once, suspect …": rules of thumb, not work.
          listsRules(node) ||
          // "The project already employs several tools:" over what they are: in place, not to do.
          (children[i - 1]?.type === 'paragraph' && introducesExisting(toString(children[i - 1]))))
      )) {
        const before = extractor.items.length;
        if (partsFollow && node.type === 'list') extractor.partsList(node, category);
        else extractor.block(node, category);
        // "Completed:" over a list: its items are done; "In progress:" or "Planned:": still open.
        // Under "Corrective measures implemented", what the list holds is done.
        const status = listStatus ?? (headedDone || null);
        if (node.type === 'list' && status !== null) for (const item of extractor.items.slice(before)) if (item.shape !== 'task') item.done = status;
        listStatus = null;
      }
      if (node.type !== 'paragraph') partsFollow = false;
      extractor.tasksOnly = false;
      extractor.toDoOnly = false;
      continue;
    }
    if (inSection[i] === 2) continue;
    if (inSection[i] === 4) {
      // In a record of the response, only a paragraph labelled "Action item:" is follow-up work.
      if (node.type === 'paragraph' && itemLabel(doc.text.slice(startOf(node), Math.min(endOf(node), startOf(node) + MAX_READ))))
        extractor.paragraph(node, false);
      // "- [x] Deploy the lasting fix so it cannot recur" among the steps taken: follow-up work, done.
      else if (node.type === 'list')
        for (const li of node.children) {
          const first = li.children[0];
          if (li.checked != null && first?.type === 'paragraph' && preventsRecurrence(toString(first).slice(0, MAX_READ)))
            extractor.listItemOf(li, !!node.ordered);
        }
      continue;
    }
    if (node.type === 'table') {
      extractor.table(node, false, null);
    } else if (node.type === 'html') {
      extractor.html(node, false, null);
    } else if (node.type === 'list' && ((imperativeList(node) && !narrative[i]) || commitmentList(node))) {
      // A list of tasks ("Document …", "Decide …") under a heading that names no section is a
      // list of action items whatever the heading says.
      extractor.block(node, null);
    } else if (node.type === 'list') {
      // "- **Review actions**:" with items under it, in a list of key facts.
      for (const li of node.children) {
        const label = leadLabel(li);
        // "- Triage action taken:" over the steps of the response records what was done, not a plan.
        if (label && isActionHeading(label) && !recordsResponse(label, li.children.slice(1))) {
          const [first, ...rest] = li.children;
          extractor.paragraph(first as Paragraph, false);
          for (const child of rest) {
            if (child.type === 'paragraph') extractor.paragraph(child, false);
            else extractor.block(child, null);
          }
          // "- **Follow-ups:**" that ends the list with nothing under it: its answer is written
          // after the list, in the paragraphs up to the next list or heading.
          if (
            rest.length === 0 &&
            li === node.children[node.children.length - 1] &&
            toString(first)
              .trim()
              .replace(/[:：]$/, '')
              .trim() === label
          )
            answersLabel = true;
        } else if (li.checked != null && !toldIncident[i]) {
          // A checkbox is a task wherever it stands ("- [ ] Write a replay tool" among lessons);
          // in the telling of the incident it ticks off a step taken.
          extractor.listItemOf(li, !!node.ordered);
        } else {
          collectParagraphs(li, prose);
          while (proseBlock.length < prose.length) proseBlock.push(i);
        }
      }
    } else if (node.type === 'paragraph') {
      const next = children[i + 1];
      if (next && !inSection[i + 1] && (next.type === 'list' || next.type === 'table') && endOf(node) - startOf(node) < 120) {
        // "We're investigating:" over "- Renaming the viewer", "- Showing why …": work under way, one item a bullet, open.
        if (next.type === 'list' && leadsIntoWorkUnderWay(doc.text.slice(startOf(node), endOf(node))) && gerundList(next)) {
          const before = extractor.items.length;
          extractor.block(next, null);
          for (const item of extractor.items.slice(before)) item.done = false;
          i++;
          continue;
        }
        const lead = leadInText(node);
        // "Follow-ups:" by name, or a line ending in a colon that reads as remediation ("What we'll change:").
        const colon = /[:：][*_\s]*$/.test(doc.text.slice(startOf(node), endOf(node)));
        // A sentence that only happens to say "fix it" ("The team approached the fix in steps:") is no such line.
        // "What needs improvement:" lists what the response lacked: lessons, whatever word it shares with a plan.
        // "Related commits:" over bare addresses points at reading, not at work: unless the line names
        // follow-up work in so many words, a list of addresses without titles holds no task.
        if (
          lead &&
          !namesShortcomings(lead) &&
          !(next.type === 'list' && next.children.every(bareLink) && !readsAsRemediation(lead)) &&
          // "**Remediation:**" over "- Tokens rotated", "- Old keys scrubbed": the response, told as done.
          !recordsResponse(lead, [next]) &&
          // "We split the work:" over "- Ana and Raj were answering the mail": the response told, not a plan.
          !(next.type === 'list' && narratesResponse(next)) &&
          (matcher.match(lead) === 'action-items' || (colon && !toldInSentences(lead) && readsAsRemediation(lead)))
        ) {
          extractor.block(next, null);
          i++;
          continue;
        }
      }
      if (itemLabel(doc.text.slice(startOf(node), Math.min(endOf(node), startOf(node) + MAX_READ)))) {
        const before = extractor.items.length;
        extractor.paragraph(node, false);
        // "Action point: open an announcement list" over "- This has been done.": the note says the work was done.
        if (notesDone(children[i + 1])) for (const item of extractor.items.slice(before)) item.done = true;
      } else {
        prose.push(node);
        proseBlock.push(i);
      }
    }
  }
  inheritHeadingDue(doc, extractor.items, inSection);
  // A document without a list of action items may still commit to work in its prose.
  const lessonsAt = new Uint8Array(children.length);
  for (const section of doc.model.sections) {
    // The lessons, and a conclusion: where work done since the incident is told as such.
    if (!(section.kinds.includes('lessons-learned') || /\bconclusions?\b/i.test(section.heading.text.slice(0, 200))) || section.kinds.includes('action-items'))
      continue;
    for (let i = section.blocks[0]; i < section.blocks[1]; i++) lessonsAt[i] = 1;
  }
  // The resolution: how the incident was brought to an end.
  const resolvedAt = new Uint8Array(children.length);
  for (const section of doc.model.sections) {
    if (!section.kinds.includes('resolution') || section.kinds.includes('action-items')) continue;
    for (let i = section.blocks[0]; i < section.blocks[1]; i++) resolvedAt[i] = 1;
  }
  if (extractor.count === 0)
    for (let k = 0; k < prose.length; k++) {
      extractor.lessons = lessonsAt[proseBlock[k]] === 1;
      extractor.inResolution = resolvedAt[proseBlock[k]] === 1;
      extractor.paragraph(prose[k], true);
    }
  else {
    // Beside a list, a firm "we will …" in the analysis of the incident (its cause, detection,
    // response or lessons) is work the list may not hold; a summary retells the plan, and a
    // sentence that restates an item of the list is that item.
    const analysis = new Uint8Array(children.length);
    for (const section of doc.model.sections) {
      if (!section.kinds.some((k) => ANALYSIS_KINDS.has(k)) || section.kinds.includes('action-items')) continue;
      for (let i = section.blocks[0]; i < section.blocks[1]; i++) analysis[i] = 1;
    }
    // So is a sub-section under a heading of its own words ("### Too many fetches", a cause named)
    // that no section of another kind holds: the fix for it is often promised right there.
    // There only a promise told as the remedy ("To fix this, we'll …") is read: a heading of the
    // authors' own words may hold a discussion as well as a cause.
    for (const section of namedSubsections(doc.model.sections)) for (let i = section.blocks[0]; i < section.blocks[1]; i++) if (!analysis[i]) analysis[i] = 2;
    extractor.besideList = true;
    for (let k = 0; k < prose.length; k++) {
      if (!analysis[proseBlock[k]]) continue;
      extractor.lessons = lessonsAt[proseBlock[k]] === 1;
      extractor.remedyOnly = analysis[proseBlock[k]] === 2;
      extractor.inResolution = resolvedAt[proseBlock[k]] === 1;
      extractor.paragraph(prose[k], true);
    }
    extractor.besideList = false;
    extractor.remedyOnly = false;
  }
  extractor.lessons = false;
  extractor.inResolution = false;
  extractor.items.sort((a, b) => a.start - b.start);
  ownersNamedAgain(doc, extractor.items);
  return extractor.items;
}

/**
 * "- ICL to subscribe to the alerts" then "- ICL check the upgrade tests": a party that owns an item
 * of the plan, named again at the start of another before its verb, owns that one too, though the
 * bare verb says so less plainly than "to" or "will". One pass over the items.
 */
function ownersNamedAgain(doc: AnalysedDocument, items: ActionItem[]): void {
  const known = new Set<string>();
  for (const item of items)
    if (item.owner && /^(?:@[\p{L}\p{N}_.-]{1,39}|\p{Lu}[\p{L}\p{N}&'’-]{1,30}(?: \p{Lu}[\p{L}\p{N}&'’-]{1,30}){0,2})$/u.test(item.owner))
      known.add(item.owner);
  if (!known.size) return;
  for (const item of items) {
    if (item.owner || item.implicit || item.shape === 'table') continue;
    const head = doc.text.slice(item.textSpan.start, Math.min(item.textSpan.end, item.textSpan.start + 80));
    const m = /^[\s*_]*(@[\p{L}\p{N}_.-]{1,39}|\p{Lu}[\p{L}\p{N}&'’-]{1,30}(?: \p{Lu}[\p{L}\p{N}&'’-]{1,30}){0,2})[*_]*[ \t]+(\p{Ll}{2,20})\b/u.exec(head);
    if (!m || !known.has(m[1]) || !startsImperative(m[2])) continue;
    const start = item.textSpan.start + m[0].indexOf(m[1]);
    item.owner = m[1];
    item.owners = splitOwners(m[1]);
    item.ownerSpan = { start, end: start + m[1].length };
  }
}

/** Heading words that point at work still to come: "Follow-ups", "Next steps", "Moving forward", "Long-term", "Open items". */
const WORK_TO_COME =
  /\b(?:follow[- ]?ups?|next|future|planned|planning|to ?do|going forward|moving forward|long[- ]?term|short[- ]?term|open|remaining|pending|proposed|recommend\w*|will|should)\b/i;

/**
 * Sections read as the plan only by a word of their heading ("### Prevention", "**Key improvements:**")
 * that stand inside a section that is no plan ("## Changes made", "## Verification"), in a document
 * whose plan has a section of its own at that level or above: they tell the fix, not the work to come.
 */
function toldFixSections(sections: readonly Section[]): Section[] {
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

/** A heading that ends on the problems it lists: "Identified problems", "Patch bugs", "Design gaps", "Known issues". */
const PROBLEMS_HEADING =
  /\b(?:bugs|problems|gaps|weaknesses|shortcomings|limitations|deficiencies|(?:identified|known|remaining|discovered|found|underlying|outstanding|design|configuration)\s+issues|issues\s+(?:found|identified|discovered))$/;

/** True for a heading that names the problems found rather than work ("### Identified problems:"), and names no plan. */
function namesProblems(heading: string): boolean {
  const key = normaliseHeading(heading.length > 200 ? heading.slice(0, 200) : heading);
  return PROBLEMS_HEADING.test(key) && !readsAsRemediation(heading);
}

/** A heading over questions still open: "Open questions", "Questions", "Unresolved questions", "For discussion". */
const QUESTIONS_HEADING =
  /^(?:(?:open|unanswered|unresolved|outstanding|remaining|pending|further)\s+)?questions?$|^(?:for|to)\s+discuss(?:ion)?$|^things\s+to\s+discuss$/;

/** True for a heading over questions still open: only what reads as a task under it is work. */
function namesQuestions(heading: string): boolean {
  return QUESTIONS_HEADING.test(normaliseHeading(heading.length > 200 ? heading.slice(0, 200) : heading));
}

/** A heading that ends on the status of its work: "Corrective measures implemented", "Fixes completed", "Done". */
const DONE_HEADING = /(?:^|\s)(?:implemented|completed|done|finished|shipped|delivered|in place)$/;

/** A line that is only a status over the list after it: "Completed:", "**Done:**", "In progress:", "Planned:". */
const STATUS_LINE =
  /^[\s*_]*(?:(completed?|done|finished|fixed|resolved|shipped)|(in progress|ongoing|open|planned|pending|not started|to ?do|still to do|remaining))[\s*_]*[:：][\s*_]*$/i;

/** What a status line says of the items below it: true for done, false for open, null when it is no status line. */
function statusLine(text: string): boolean | null {
  const m = text.length > 40 ? null : STATUS_LINE.exec(text);
  return m ? m[1] !== undefined : null;
}

/** A note in parentheses that closes a paragraph and says what became of its work: "(fixed by …)", "(added …)", "(filed #12)". */
const OUTCOME_NOTE =
  /\(\s*(?:(?:now|already|since|was|were|has been|have been)\s+)?(fixed|added|done|completed?|resolved|implemented|created|set up|enabled|deployed|merged|shipped|addressed|updated|filed|tracked|opened|raised|logged|ticketed)\b[^()]{0,300}\)[\s.*_]*$/i;

/** The outcomes of `OUTCOME_NOTE` that report the work done, rather than tracked. */
const DONE_OUTCOME = /^(?:fixed|added|done|completed?|resolved|implemented|created|set up|enabled|deployed|merged|shipped|addressed|updated)$/i;

/** Words of a sentence that announces the items after it: "the following actions", "as follows", "listed below". */
const POINTS_AT_ITEMS = /\b(?:the following|as follows|(?:listed|outlined|described|set out|shown) below)\b/i;

/** The opening of a sentence that tells the remedy for what was just told: "To fix this, …", "To prevent that, …". */
const REMEDY_OPENING =
  /^[\s*_>"'“]*to\s+(?:fix|address|solve|prevent|avoid|remedy|resolve|mitigate|correct)\s+(?:this|that|it|these|those|both|the\s+(?:problem|issue|bug))\b/i;

/** Headings over reading for more, not work: "More Resources", "References", "Further reading", "See also". */
const REFERENCE_HEADING =
  /^(?:more |further |additional |other |useful )?(?:resources?|references?|reading|links?|sources|see also|bibliography|more information|learn more)$/;

/** Headings that name the issues an incident is tracked in ("CVE issue(s)", "Related issues", "Tracking issue"). */
const ISSUE_REFERENCE =
  /^(?:the )?(?:cve|related|original|tracking|upstream|reported|linked|source|incident|security|github|gitlab|jira)(?: \w+)? (?:issues?|tickets?|bugs?|advisory|advisories|prs?|pull requests?)$/;

/** True when blocks hold lists of bare addresses and nothing else (blank-free by construction). */
function onlyBareLinks(blocks: RootContent[]): boolean {
  return blocks.length > 0 && blocks.every((b) => b.type === 'list' && b.children.every(bareLink));
}

/** A report of the response itself: steps taken at once, or to recover, restore or stabilise the service. */
const RECOVERY_REPORT = /\b(?:immediate(?:ly)?|during the incident|(?:steps|actions?|measures)\s+to\s+(?:recover|restore|mitigate|stabili[sz]e|contain))\b/i;

/** Work that keeps the incident from happening again: "to prevent recurrence", "a permanent fix", "so this cannot happen again". */
const PREVENTS_RECURRENCE =
  /\b(?:prevent(?:s|ing)?|avoid(?:s|ing)?)\s+(?:a\s+|any\s+|future\s+|further\s+)?(?:recurrences?|re-?occurrences?|repeats?|repetitions?|(?:this|it)\s+from\s+happening\s+again)\b|\b(?:permanent|systematic|systemic|long[- ]term|lasting)\s+fix(?:es)?\b|\bso\s+(?:that\s+)?(?:this|it)\s+(?:cannot|can['’]t|won['’]t|will\s+not|does\s+not|doesn['’]t)\s+(?:happen|recur)\b/i;

/** True for an entry whose work keeps the incident from happening again, not a step of the response. */
function preventsRecurrence(text: string): boolean {
  return PREVENTS_RECURRENCE.test(text);
}

/** "This has been done.", "Done in March.", "It is now in place.": a note that the work above it was carried out. */
const DONE_NOTE =
  /^[\s*_>]*(?:(?:this|that|it)\s+(?:has\s+(?:now\s+|already\s+)?been\s+|is\s+(?:now\s+|already\s+)?)|now\s+)?(?:done|completed?|implemented|fixed|resolved|in\s+place|shipped)\b(?:\s+(?:in|on|since|as\s+of|with|via)\s+[^.!\n]{1,60})?\s*(?:[.!]|$)/i;

/** True for a list whose first entry notes that the work above it was done ("- This has been done."). */
function notesDone(block: RootContent | undefined): boolean {
  if (block?.type !== 'list') return false;
  const first = block.children[0]?.children[0];
  return first?.type === 'paragraph' && DONE_NOTE.test(toString(first).slice(0, 200));
}

/** "we decided to …", "we've decided to …": a decision of the authors. */
const DECIDED = /\bwe(?:\s+have|['’]ve)?\s+decided\s+to\b/i;

/** Words of a heading that say its work was carried out: "(completed)", "done", "taken", "what we did". */
const CARRIED_OUT =
  /\b(?:completed|done|finished|already|so far|(?<!\b(?:to|will|must|should|be)\s+)(?<!\bto\s+be\s+)taken|performed|carried out|what we did|we did)\b/i;

/** Words of a heading that name the response to the incident itself: "Immediate actions", "Mitigation", "Recovery". */
const RESPONSE_HEADING =
  /\b(?:immediate|emergency|stop-?gap|during the incident|mitigations?|mitigation steps|recovery|response|resolving|hot ?fix(?:es)?)\b|^[\s*_]*remediation[\s*_:]*$/i;

/** Words of a heading that say its work is what follows the incident: "(Q3 2027)", "planned", "long-term", a window to come ("(0-7 days)", "(next 2-4 weeks)"). */
const STILL_TO_DO =
  /\b(?:planned|planning|to do|todo|in progress|ongoing|next|future|long-?term|short-?term|follow-?ups?|improvements?|prevent\w*)\b|\(\s*(?:within\s+|next\s+)?\d{1,3}\s*(?:[-–—]|to)\s*\d{1,3}\s*(?:days?|weeks?|months?)\s*\)/i;

/**
 * True when a section of the plan records the response rather than work to follow: its heading says
 * the response was carried out ("Immediate actions (completed)", "Mitigation steps taken", "What we
 * did"), or names the immediate response and every item of its lists reports done work
 * ("Immediate actions" over "✅ Rolled back …", "Posted a notice …").
 */
function recordsResponse(heading: string, blocks: RootContent[]): boolean {
  const text = heading.length > 200 ? heading.slice(0, 200) : heading;
  if (STILL_TO_DO.test(text) && !RESPONSE_HEADING.test(text)) return false;
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
    const words = toString(first).slice(0, MAX_READ).trim();
    if (reportsDone(words) || /^[✅✔☑]/u.test(words) || scanTokens(words).done) done++;
    else if (readsAsTask(words) || readSentence(words)) return null;
    else other++;
  }
  return { done, other };
}

/** The end of a lead-in whose list names the objects of its own work: "… add alerts around:", "… tests for:", "… such as:". */
const OBJECTS_FOLLOW = /\b(?:around|about|for|of|such as|including|like|covering|across|between)[\s*_]*[:：][\s*_]*$/i;

/**
 * True when a list only names the parts of the item just before it: the item ends on a lead-in
 * such as "We plan to add alerts for:" and none of the list's entries is a task of
 * its own (an unindented list after a numbered item is a list of its own to a Markdown parser).
 */
function enumeratesPrevious(previous: RootContent | undefined, list: List): boolean {
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
 * updated, the service had to be restarted:", "Then we did the following:", "The fix involved two steps:". Its list recounts the
 * steps taken, even in words of doing ("click Rolling update"); they are not follow-up work.
 */
const STEPS_TAKEN =
  /\b(?:had\s+to\s+(?:be\s+)?[a-z]+|we\s+(?:then\s+|first\s+)?(?:did|took|ran|performed|followed|went\s+through)|(?:fix|patch|solution|mitigation|remediation|resolution|recovery|workaround)\s+(?:involved|consisted\s+of|included|comprised|required|took))\b[^.!?:：]{0,120}[:：][\s*_]*$/i;

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

/** True when `previous` is a paragraph whose last words lead into the steps taken during the response, the causes, or the options not taken. */
function recountsSteps(previous: RootContent | undefined): boolean {
  if (previous?.type !== 'paragraph') return false;
  const text = toString(previous);
  const tail = text.length > 300 ? text.slice(-300) : text;
  return STEPS_TAKEN.test(tail) || CAUSES_FOLLOW.test(tail) || ALTERNATIVES_FOLLOW.test(tail);
}

/**
 * A lead-in that hands what follows to the readers: "Node operators should do all of the
 * following:", "Users are advised to:", "If you run a relay, you should:". Its list is advice to them, not the authors' work.
 */
const ADVICE_LEAD =
  /^[\s*_]*(?:if\s+you\b[^.:]{0,80},\s*)?(?:(?:all|affected|impacted|our|the|any|other)\s+)?(?:[\p{L}-]+\s+)?(?:users|customers|clients|operators|validators|integrators|self[- ]hosters|administrators|admins|you|anyone\s+(?:running|using|who)\b(?:[^.,;:]|\.(?=\d)){0,60}?)\s+(?:should|must|need\s+to|are\s+(?:advised|encouraged|asked|urged|recommended)\s+to|can)\b[^.!?:：]{0,80}[:：][\s*_]*$/iu;

/** True when `previous` is a short paragraph that hands the list after it to the readers as advice. */
function advisesReaders(previous: RootContent | undefined): boolean {
  if (previous?.type !== 'paragraph') return false;
  const text = toString(previous);
  return text.length < 300 && ADVICE_LEAD.test(text);
}

/** At most this many headings of a plan give their due date to the items under them. */
const MAX_DUE_HEADINGS = 200;

/**
 * Gives the due date written in a heading of the plan ("### Long-term (Q3–Q4 2027)", "### Fixes
 * (target: 2027-06-30)") to the items under it that write none of their own: the innermost such
 * heading wins. The due span stays on the heading, where the date is written. A window counted
 * from the review ("### Immediate actions (0-7 days)") gives the date that far after the
 * document's own date; without one it stays words, which the due rule reports once.
 */
function inheritHeadingDue(doc: AnalysedDocument, items: ActionItem[], inSection: Uint8Array): void {
  const ranges: { start: number; end: number; fields: ReturnType<typeof dueFields> }[] = [];
  const children = doc.root.children;
  for (const section of doc.model.sections) {
    if (ranges.length >= MAX_DUE_HEADINGS) break;
    const [from, to] = section.blocks;
    const heading = children[from - 1];
    if (from >= to || (inSection[from] !== 1 && inSection[from] !== 3) || heading?.type !== 'heading') continue;
    const due = headingDue(doc.text.slice(startOf(heading), endOf(heading)));
    if (!due) continue;
    const written = { ...due, start: due.start + startOf(heading), end: due.end + startOf(heading) };
    const counted = due.window ? windowDue(doc.model, due.window) : null;
    ranges.push({
      start: endOf(heading),
      end: endOf(children[to - 1]),
      fields: counted
        ? { due: counted, dueKind: 'window', dueReadings: null, dueText: written.text, dueSpan: { start: written.start, end: written.end } }
        : dueFields(written),
    });
  }
  if (!ranges.length) return;
  for (const item of items) {
    if (item.dueText !== null || item.implicit) continue;
    let best: (typeof ranges)[number] | null = null;
    for (const range of ranges) if (range.start <= item.start && item.start < range.end && (!best || range.start > best.start)) best = range;
    if (best) Object.assign(item, best.fields);
  }
}

/** True for a value that is a date, a time phrase ("Q3 2027", "mid-May") or a range of two ("Q3–Q4 2027", "Q4 2027 - Q1 2028"). */
function timeBound(value: string): boolean {
  const v = value.trim();
  if (!v || v.length > 60) return false;
  const whole = (part: string) => {
    const reading = readDate(part);
    return (reading.kind !== 'none' && reading.start === 0 && reading.end === part.length) || isVagueTime(part);
  };
  if (whole(v)) return true;
  const range = /^(.{2,25}?)\s*(?:-|–|—|to|through|until)\s*(.{2,25})$/i.exec(v);
  return !!range && whole(range[1].trim()) && whole(range[2].trim());
}

/**
 * The due date a heading's words give, in offsets into the heading's source: in a due key, in
 * parentheses, or after a colon; `window` is set when the words are a window counted from the review.
 */
function headingDue(raw: string): (Span & { text: string; window?: Period }) | null {
  if (raw.length > 300) return null;
  const due = scanTokens(raw).due;
  if (due) return due;
  for (const group of raw.matchAll(/\(([^()\n]{2,60})\)|[:：]\s*([^:：()\n]{2,60}?)\s*#*\s*$/g)) {
    const value = group[1] ?? group[2];
    const at = group.index + group[0].indexOf(value);
    const span = { start: at, end: at + value.length, text: value.trim() };
    if (timeBound(value) || isOpenWindow(value)) return span;
    const window = readWindow(value);
    if (window) return { ...span, window };
  }
  return null;
}

/** Bounds on reading prose beside a list: the items compared with, and the commitments read. */
const MAX_RESTATE_ITEMS = 500;
const MAX_BESIDE = 200;

/** Sections that tell the incident itself, where a checked box ticks off a step taken. */
const INCIDENT_KINDS = new Set<string>(['timeline', 'detection', 'impact', 'resolution']);

/** Headings whose boxes track the write-up itself ("Checklist", "Status", "Reviewers", "Sign-off"), not work to do. */
const TRACKS_DOCUMENT = /\b(?:check ?-?lists?|status|review(?:ed|ers?|s)?|approv\w*|sign[- ]?offs?)\b/i;

/**
 * Headings over the steps that close the report's own ticket ("Steps to close", "Before closing this
 * issue:", "Definition of done"): their boxes tick off the write-up, whatever the section reader makes
 * of the word "steps"; "Steps to close the alerting gap" is a plan.
 */
const CLOSES_REPORT =
  /\bdefinition of done\b|\b(?:steps? (?:to|before) clos(?:e|ing)|before clos(?:e|ing))(?:\s+(?:this|the)\s+(?:issue|ticket|incident|post[- ]?mortem|report|write[- ]?up))?\s*[:.]?\s*$/i;

/** True for a heading about lessons ("Lessons", "What went wrong"): its checkboxes are tasks. */
function readsAsLessons(heading: string): boolean {
  return /\b(?:lessons?|learn\w*|went (?:well|wrong|poorly|badly)|takeaways?)\b/i.test(heading);
}

/** Sections that analyse the incident, where a firm commitment in prose beside a list is work of its own. */
const ANALYSIS_KINDS = new Set<string>(['root-cause', 'detection', 'resolution', 'lessons-learned']);

/**
 * Sections below the title whose heading names no section and tells no story of the incident,
 * with no section above them but the title or one of the analysis: "### Too many fetches".
 */
function namedSubsections(sections: readonly Section[]): Section[] {
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

/** The words of a sentence that carry its content: four letters or more, not the commitment's own. */
function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text
    .toLowerCase()
    .slice(0, MAX_READ)
    .split(/[^\p{L}\p{N}]+/u))
    if (
      w.length >= 4 &&
      !/^(?:will|shall|going|being|also|this|that|these|those|with|from|into|have|been|more|when|then|they|their|there|about|which|would|should|could|make|sure)$/.test(
        w,
      )
    )
      out.add(w);
  return out;
}

/** Done words that say so only in a status column: elsewhere "yes", "x" or "deployed" mean other things. */
const STATUS_ONLY_DONE = /^(?:yes|y|x|implemented|deployed)$/i;

/** True for a table cell that marks its row done: a done word as the whole cell, one in capitals, or a check mark. */
function doneMark(cell: string): boolean {
  const text = cell.trim();
  if (DONE_WORDS.test(text) && !STATUS_ONLY_DONE.test(text)) return true;
  return /(?:^|[\s(])(?:DONE|FIXED|CLOSED|COMPLETED?|RESOLVED)(?=$|[\s).,;])/.test(text) || /[✅✔☑]/u.test(text);
}

/**
 * What a top-level list outside the action sections reads as, kept per list node: reading every
 * item's first sentence is the costly part of finding items in prose, and the incremental parser
 * hands an unchanged list of a new version over as the same node, so an edit reads only the
 * lists it changed.
 */
const listVerdicts = new WeakMap<List, { imperative?: boolean; commitment?: boolean }>();

function verdictsOf(list: List): { imperative?: boolean; commitment?: boolean } {
  let verdicts = listVerdicts.get(list);
  if (!verdicts) listVerdicts.set(list, (verdicts = {}));
  return verdicts;
}

/** `readsAsImperative`, once per list node. */
export function imperativeList(list: List): boolean {
  const verdicts = verdictsOf(list);
  return (verdicts.imperative ??= readsAsImperative(list));
}

/** `readsAsCommitments`, once per list node. */
export function commitmentList(list: List): boolean {
  const verdicts = verdictsOf(list);
  return (verdicts.commitment ??= readsAsCommitments(list));
}

/**
 * True for a list of at least three items most of which (three in four) start with a common
 * imperative verb: a list of work to do.
 */
function readsAsImperative(list: List): boolean {
  const n = list.children.length;
  if (n < 3) return false;
  let tasks = 0;
  for (const li of list.children) {
    const first = li.children[0];
    // "Rotate your token" asks the reader: advice, not the authors' work.
    if (first?.type === 'paragraph' && startsImperative(toString(first).slice(0, 40)) && !addressesReader(toString(first).slice(0, 200))) tasks++;
  }
  return tasks * 4 >= n * 3;
}

/**
 * True for a list of at least two items most of which (two in three) commit to work ("We will
 * …", "@ana will …", "we are adding …"): a list of action items wherever it stands.
 */
function readsAsCommitments(list: List): boolean {
  const n = list.children.length;
  if (n < 2) return false;
  let commitments = 0;
  for (const li of list.children) {
    const first = li.children[0];
    if (first?.type !== 'paragraph') continue;
    const kind = readSentence(toString(first).slice(0, MAX_READ))?.kind;
    if (kind === 'future' || kind === 'progress') commitments++;
  }
  return commitments * 3 >= n * 2;
}

/** The paragraphs of a list item and of the lists under it. */
function collectParagraphs(node: ListItem, out: Paragraph[]): void {
  for (const child of node.children) {
    if (child.type === 'paragraph') out.push(child);
    else if (child.type === 'list') for (const li of child.children) collectParagraphs(li, out);
  }
}
