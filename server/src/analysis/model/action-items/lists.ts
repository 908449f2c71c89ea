/**
 * Reads what a whole list is, from its entries: a list of tasks (most start with a verb of doing),
 * of commitments ("We will …"), of work under way told by gerunds, or of bare links. The verdicts
 * on a top-level list are kept per list node, so an edit reads again only the lists it changed.
 */
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { addressesReader } from '../../base/normalise';
import { proseEntries } from './code-entries';
import { readsAsTask } from './labels';
import { statusLead } from './lead-ins';
import { MAX_READ, opensOnGerund, readSentence, reportsDone, startsImperative } from './reading';

/** True when most entries of a list open on a gerund ("- Renaming …", "- Adding …"). */
export function gerundList(list: List): boolean {
  let gerunds = 0;
  for (const li of list.children) {
    const first = li.children[0];
    if (first?.type === 'paragraph' && opensOnGerund(toString(first).slice(0, 40))) gerunds++;
  }
  return gerunds * 2 >= list.children.length && gerunds > 0;
}

/** True when a paragraph holds nothing but links (and the spaces and punctuation between them). */
export function onlyLinks(p: Paragraph): boolean {
  let links = 0;
  for (const c of p.children) {
    if (c.type === 'link' || c.type === 'linkReference') links++;
    else if (c.type !== 'text' || /[\p{L}\p{N}]/u.test(c.value)) return false;
  }
  return links > 0;
}

/** True for a list item that is only links written as their own addresses: "- https://…", "- [https://…](https://…)". */
export function bareLink(li: ListItem): boolean {
  const first = li.children[0];
  if (li.children.length !== 1 || first?.type !== 'paragraph' || !onlyLinks(first)) return false;
  return first.children.every((c) => c.type !== 'link' || /^(?:https?:\/\/|www\.)\S*$/i.test(toString(c).trim()));
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
function readsAsImperative(entries: List): boolean {
  // "Rotate your token" asks the reader: advice, not the authors' work.
  return mostEntries(entries, 3, [3, 4], (first) => startsImperative(toString(first).slice(0, 40)) && !addressesReader(toString(first).slice(0, 200)));
}

/**
 * True for a list of at least two items most of which (two in three) commit to work ("We will
 * …", "@ana will …", "we are adding …"): a list of action items wherever it stands.
 */
function readsAsCommitments(entries: List): boolean {
  return mostEntries(entries, 2, [2, 3], (first) => {
    const kind = readSentence(toString(first).slice(0, MAX_READ))?.kind;
    return kind === 'future' || kind === 'progress';
  });
}

/**
 * True when a list of prose entries (`proseEntries`) has `least` entries or more and at least the
 * share `[part, whole]` of them (`[3, 4]`: three in four) open on a paragraph that `holds`. Reading
 * stops as soon as the entries left can no longer make the share.
 */
function mostEntries(entries: List, least: number, [part, whole]: [number, number], holds: (first: Paragraph) => boolean): boolean {
  const list = proseEntries(entries);
  const n = list.children.length;
  if (n < least) return false;
  let hits = 0;
  for (let i = 0; i < n; i++) {
    if ((hits + n - i) * whole < n * part) return false;
    const first = list.children[i].children[0];
    if (first?.type === 'paragraph' && holds(first)) hits++;
  }
  return hits * whole >= n * part;
}

/** A term, then a dash or a colon and its meaning: "P1 - Important for …", "Prevent – Stop it recurring", "Sev 2: …". */
const TERM_FIRST = /^\s*([\p{L}\p{N}][\p{L}\p{N}/&+.]{0,20}(?:[ -][\p{L}\p{N}/&+.]{1,20}){0,2})\s*(?:\s[-–—]|[:–—])\s+\S/u;

/**
 * "P0 - Critical for the next release", "Detect - Find out sooner when it happens again": an entry
 * that defines one of the labels a plan sorts its work by (a priority code, a kind of work), the
 * term first, then a dash or a colon and what it means.
 */
const LABEL_DEFINITION =
  /^[\s*_]*(?:p[0-4]|sev(?:erity)?[ -]?[0-4]|prio(?:rity)?[ -]?[0-4]|prevent(?:ion|ive)?|detect(?:ion)?|mitigat(?:e|ion)|respon(?:d|se)|recover(?:y)?|repair|communicat(?:e|ion)|short[ -]term|long[ -]term|must[ -]have|nice[ -]to[ -]have)[\s*_]*(?:[-–—:]|\(\w+\)[\s*_]*[-–—:])\s+\S/i;

/**
 * True for the legend of a plan: a list whose every entry opens on a term and its meaning ("- P0 -
 * Must be done before the release", "- Detect - Find it sooner"), none a checkbox, where either
 * every term is one of the labels plans sort their work by, or every term is the whole content of
 * a cell of a table after it (`after`: the blocks up to the next heading). Not work, though its
 * meanings may open on a verb of doing.
 */
export function legendList(list: List, after: readonly RootContent[]): boolean {
  if (list.children.length < 2 || list.children.length > 20) return false;
  const terms: string[] = [];
  let known = true;
  for (const li of list.children) {
    const first = li.children[0];
    if (li.checked != null || first?.type !== 'paragraph') return false;
    const text = toString(first).slice(0, 80);
    if (!LABEL_DEFINITION.test(text)) known = false;
    const term = TERM_FIRST.exec(text);
    if (!term && !known) return false;
    if (term) terms.push(term[1].toLowerCase());
  }
  if (known) return true;
  const cells = new Set<string>();
  for (const block of after) {
    if (block.type === 'heading') break;
    if (block.type !== 'table') continue;
    for (const row of block.children.slice(1, 201)) for (const cell of row.children) cells.add(toString(cell).slice(0, 40).trim().toLowerCase());
  }
  return terms.length === list.children.length && terms.every((t) => cells.has(t));
}

/**
 * True for a value written alone, not a task: one token with no space that is an address, a host, a
 * path, a number or an identifier ("db-02.internal", "10.0.4.7", "max_conns", "`v2.4.1`"), or a
 * lower-case name ("oldshare"). A capitalised word alone ("Alerting", "Runbooks") may name an area of work,
 * and a link or a ticket key ("#412", "OPS-12") stands for a tracked task.
 */
export function recordValue(text: string): boolean {
  const t = text.trim().replace(/^[*_`]+|[*_`]+$/g, '');
  if (!t || t.length > 80 || /\s/.test(t)) return false;
  // "https://…/issues/97", "#412", "OPS-12": a link or a ticket stands for the tracked task.
  if (/^(?:https?:\/\/|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\/\S)|^#\d|^[A-Z][A-Z0-9]{1,9}-\d/i.test(t)) return false;
  return /[.:/_\d@=]/.test(t) || /^\p{Ll}/u.test(t);
}

/**
 * True for a list of records, not of work: two or more entries, none a checkbox, each a single value
 * ("- db-02.internal", "- `max_conns`", "- oldshare"), such as the hosts or names a change touched.
 */
export function recordList(list: List): boolean {
  if (list.children.length < 2) return false;
  return list.children.every((li) => {
    const first = li.children[0];
    return li.checked == null && li.children.length === 1 && first?.type === 'paragraph' && recordValue(toString(first));
  });
}

/** "Threshold: >100 writes an hour", "**Name:** `cache-test`": a name of up to three words, a colon, then its value. */
const SETTING = /^[\s*_]*\p{L}[\p{L}\p{N}&/()-]*(?:\s+[\p{L}\p{N}&/()-]+){0,2}[\s*_]*[:：][\s*_]*\s(\S.*)$/su;

/**
 * The value of a line that names a setting and asks for nothing ("Threshold: >100 writes an hour",
 * "**Next review**: after the audit"), or null: not a task of three words or more ("Paging: page
 * the whole rota"), a promise or work under way. A status that leads the line is read as such.
 */
export function settingValue(text: string): string | null {
  const value = SETTING.exec(text.slice(0, MAX_READ))?.[1].trim();
  if (!value || statusLead(text) !== null) return null;
  const said = readSentence(value)?.kind;
  // "Draft - pending review": a word set off by a dash names a state, not a verb and its object.
  const asks = startsImperative(value.slice(0, 40)) && value.split(/\s+/).length >= 3 && !/^\S+\s+[-–—]\s/.test(value);
  return said === 'future' || said === 'progress' || asks ? null : value;
}

/**
 * A measure set against a bound, the condition of an alert: "Error rate > 2%", "Queue depth per
 * minute >= 500 jobs", "Signups per hour < baseline". A few words name the measure (no more than
 * eight, each set off by spaces, so the pattern reads a line once), a sign compares it, a figure or
 * the word for a bound follows, with a few words of unit at most.
 */
const BOUND =
  /^[\s*_]*\p{L}[\p{L}\p{N}&/()'’.-]*(?:\s+[\p{L}\p{N}&/()'’.-]+){0,7}\s*(?:[<>≤≥]=?)\s*~?\s*(?:\d[\d.,]*\s*%?|threshold|baseline|limit|target)(?:\s+[\p{L}\p{N}%/-]+){0,4}[\s*_.]*$/u;

/**
 * True for the lists under an entry that set it out rather than add work of their own: every entry
 * plain (no checkbox, nothing nested) and asking for nothing (no task, no promise, no work under
 * way), and half of them or more a setting ("Threshold: >100 writes an hour", "Action: Email
 * notification", beside "Alerts at 50% and 80%") or a measure against its bound ("Error rate > 2%",
 * the conditions of the alerts "**Alerts:**" names).
 */
export function settingsLists(lists: readonly List[]): boolean {
  let settings = 0;
  let entries = 0;
  for (const list of lists)
    for (const li of list.children) {
      const first = li.children[0];
      if (li.checked != null || li.children.length !== 1 || first?.type !== 'paragraph') return false;
      const text = toString(first).slice(0, MAX_READ);
      if (readsAsTask(text) || statusLead(text) !== null) return false;
      if (SETTING.test(text)) {
        if (settingValue(text) === null) return false;
        settings++;
      } else if (BOUND.test(text) && !startsImperative(text.slice(0, 40))) settings++;
      entries++;
    }
  return entries > 0 && settings * 2 >= entries;
}

/** A cross that opens an entry ("❌ No alert on the queue", "✗ Restore took hours"), after any emphasis. */
const CROSS = /^[\s*_]*(?:[❌✗✘✖]\uFE0F?|:x:)/u;

/**
 * True for a list of gaps: two or more entries, none a checkbox, each opening on a cross and none
 * on a verb of doing ("- ❌ No backup before the upgrade", "- ❌ Alert fired after an hour"). The
 * cross marks what was missing or went badly; the work that answers it is written elsewhere.
 */
export function crossedList(list: List): boolean {
  if (list.children.length < 2) return false;
  return list.children.every((li) => {
    const first = li.children[0];
    if (li.checked != null || first?.type !== 'paragraph') return false;
    const text = toString(first).slice(0, MAX_READ);
    return CROSS.test(text) && !startsImperative(text.replace(CROSS, '').trim().slice(0, 40));
  });
}

/**
 * True for a list whose every entry tells rather than names: a state reached ("The banner was
 * returned", "Delivery completed"), a setting and its value ("`role: db` - first node only"), or a
 * sentence closed by its full stop ("A wrong mirror setting made the fallback fail."); none a checkbox
 * or a task. A list of work names it: "Better alerting on disk", "Add a canary.", "Adding a canary.".
 */
export function tellsAll(list: List): boolean {
  return list.children.every((li) => {
    const first = li.children[0];
    if (li.checked != null || first?.type !== 'paragraph') return false;
    const text = toString(first).slice(0, MAX_READ).trim();
    if (readsAsTask(text) || opensOnGerund(text)) return false;
    return reportsDone(text) || settingValue(text) !== null || (/[.!?][*_\s]*$/.test(text) && text.split(/\s+/).length >= 5);
  });
}
