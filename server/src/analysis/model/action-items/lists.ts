/**
 * Reads what a whole list is, from its entries: a list of tasks (most start with a verb of doing),
 * of commitments ("We will …"), of work under way told by gerunds, or of bare links. The verdicts
 * on a top-level list are kept per list node, so an edit reads again only the lists it changed.
 */
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { addressesReader } from '../../base/normalise';
import { MAX_READ, opensOnGerund, readSentence, startsImperative } from './reading';

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

/** A term, then a dash or a colon and its meaning: "P1 - Important for …", "Prevent – Stop it recurring", "Sev 2: …". */
const TERM_FIRST = /^\s*([\p{L}\p{N}][\p{L}\p{N}/&+.]{0,20}(?:[ -][\p{L}\p{N}/&+.]{1,20}){0,2})\s*(?:\s[-–—]|[:–—])\s+\S/u;

/**
 * True for a list that explains the words of the plan's table ("- P0 - Must be done before the
 * release", "- Detect - Find it sooner"): every entry opens on a term and its meaning, and every
 * term is the whole content of a cell of a table after it (`after`: the blocks up to the next
 * heading). A legend, not work, though its meanings may open on a verb of doing.
 */
export function explainsTerms(list: List, after: readonly RootContent[]): boolean {
  if (list.children.length < 2 || list.children.length > 20) return false;
  const terms: string[] = [];
  for (const li of list.children) {
    const first = li.children[0];
    if (li.checked != null || first?.type !== 'paragraph') return false;
    const term = TERM_FIRST.exec(toString(first).slice(0, 80));
    if (!term) return false;
    terms.push(term[1].toLowerCase());
  }
  const cells = new Set<string>();
  for (const block of after) {
    if (block.type === 'heading') break;
    if (block.type !== 'table') continue;
    for (const row of block.children.slice(1, 201)) for (const cell of row.children) cells.add(toString(cell).slice(0, 40).trim().toLowerCase());
  }
  return terms.every((t) => cells.has(t));
}
