/**
 * Reads commitments in prose: which sentences of a paragraph speak of work to do ("we will …",
 * "we need to …", "this is being tracked in #34") and of what kind, with the filters the
 * paragraph reader applies to them (a status-only promise, a note on the outcome, a sentence that
 * points at the items after it). Kept per paragraph node, so an edit reads again only the
 * paragraphs it changed.
 */
import type { Paragraph } from 'mdast';
import type { Span } from '../model';
import { TRACKED_WORK_PATH, blankComments } from './tokens';
import {
  type Commitment,
  MAX_READ,
  fixThenNotAgain,
  followUpMade,
  promisesForNamedParty,
  readSentence,
  reportsFollowUpDone,
  sentenceSpans,
  stateThenPurpose,
  toldInPlaceNow,
} from './reading';

/**
 * A pointer to the ticket that tracks the work: "see https://host/org/repo/issues/12", "tracked in
 * #34", "filed as OPS-56", "being revisited in <address of an issue>"; a CVE
 * name ("see CVE-2024-1234") is no ticket.
 */
export const FILED_AT = new RegExp(
  String.raw`\b(?:see|in|at|tracked\s+(?:in|by|at|as)|filed\s+(?:as|in|at)|via)[\s:]+<?(?:https?:\/\/\S+?${TRACKED_WORK_PATH}|#\d{1,7}\b|(?!CVE-)[A-Z][A-Z0-9]{1,9}-\d{1,7}\b)`,
);

/** The rest of the sentence that starts at `start`, past a comma that split it ("…, see #12"). */
export function sentenceFrom(raw: string, start: number): string {
  const rest = raw.slice(start, start + MAX_READ);
  const end = rest.search(/[.!?](?:\s|$)/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** A sentence of a block that speaks of work, in offsets from the block's start. */
interface FoundSentence {
  start: number;
  end: number;
  kind: Commitment;
  /** The party a "they" promise stands for, named in the sentence before (offsets in the paragraph). */
  party?: Span & { value: string };
  /** A change told as the state it left, with what it guards against after it: a follow-up carried out. */
  lasting?: boolean;
}

/**
 * The sentences of each paragraph that speak of work, kept per paragraph node. The incremental
 * parser hands unchanged blocks of a new version over as the same node objects, so an edit
 * reads only the paragraphs it changed; offsets are kept relative to the paragraph.
 */
const sentencesPerNode = new WeakMap<object, FoundSentence[]>();

/**
 * Words without which no sentence is read: most paragraphs are skipped by this one test. "We are in
 * the process of moving the backups …" tells work under way as "we are moving the backups …" does.
 */
const MAY_COMMIT =
  /\b(?:happen|recur)\s+again\b|\b(?:since\s+then|ever\s+since|afterwards)\b|\bwe\s+(?:also\s+|then\s+|since\s+)?[a-z]{3,20}ed\b|\bwe(?:\s+have|['’]ve)\s+(?:also\s+)?(?:already|since|now)\b|\bwe(?:\s+have|['’]ve)?\s+(?:[a-z]{2,15}ly\s+)?(?:[a-z]{3,20}ed|took|built|made|set\s+up|put\s+in\s+place)\b|\b(?:will|shall|going to|plan|intend|aim|commit|decided|need|must|have to|ought|should|(?:are|am) (?:(?:now|currently|also|actively|still|already) ){0,2}\w+ing|i['’]m|we['’](?:ll|re)|begun|started|initiated|been|want|like|hope|wish|steps?|goal|priority|being|progress|in the process of|(?:is|are) now|(?:is|are|was|were) already|[a-z]{3,20}ed already|(?:is|are) (?:also |now |currently ){0,2}ongoing|resolve[sd]?|prioriti[sz]ing|now (?:has|have|holds?|owns?|uses?|runs?|keeps?|controls?)|focus{1,2}ed|determined|continue to|in the (?:middle|midst) of|(?:partway|part way|midway|halfway) through|well into|underway|under way|is to|are to|we(?: have|['’]ve)? (?:also |since |now |already |then )?[a-z]{3,20}ed)\b/i;

/**
 * Where a second promise of the authors starts: ", and we will …", ", and we'll …", ", and we are
 * going to …", and work under way told with its own "we" ("… and we are rewriting the importer").
 * The "and" may go without its comma, take a word of weight after it ("and most importantly we
 * are …", "and also we will …"), or an aside set off by commas ("and, though nothing was lost, we
 * are checking the disks"). The group holds the words after "we will" or "we are", for
 * `POINTS_BACK`.
 */
const SECOND_PROMISE =
  /(?:,\s+|\s+)and(?:,\s+[^,.;:!?\n]{3,80},)?\s+(?:(?:most\s+importantly|more\s+importantly|also|in\s+addition|additionally),?\s+)?(?=we(?:\s+(?:will|shall)|['’]ll|(?:\s+are|['’]re)(?:\s+going\s+to|(?=\s+(?:(?:now|currently|also|already|actively)\s+)?[a-z]{2,20}ing\b)))\s+(\S+(?:\s+\S+){0,2}))/gi;

/** Words that point back at the first promise: the clause after them tells more of it ("and we will make it page …"). */
const POINTS_BACK = /\b(?:it|its|this|that|these|those|them|then|so|also\s+use)\b/i;

/**
 * A sentence holding two promises of the authors ("We will add a lag alert, and we will rotate the
 * keys"): two spans, one per promise, when both read as commitments on their own. A second clause
 * that points back at the first ("…, and we will make it page the rota") is its detail: one span.
 */
function splitCommitments(raw: string, span: { start: number; end: number }): { start: number; end: number }[] {
  const sentence = raw.slice(span.start, Math.min(span.end, span.start + MAX_READ));
  if (!/\band\b[^.!?]{0,90}?\bwe\b/i.test(sentence)) return [span];
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of sentence.matchAll(SECOND_PROMISE)) {
    const next = m.index + m[0].length;
    // "We took steps so this cannot recur, and we will also …": a change made, then a promise.
    const first = sentence.slice(from, m.index);
    if (POINTS_BACK.test(m[1]) || !(readSentence(first) || followUpMade(first)) || !readSentence(sentence.slice(next))) continue;
    spans.push({ start: span.start + from, end: span.start + m.index });
    from = next;
  }
  if (!spans.length) return [span];
  spans.push({ start: span.start + from, end: span.end });
  return spans;
}

export function paragraphCommitments(node: Paragraph, original: string): FoundSentence[] {
  let found = sentencesPerNode.get(node);
  if (found) return found;
  found = [];
  const raw = blankComments(original);
  const head = raw.length > 20 * MAX_READ ? raw.slice(0, 20 * MAX_READ) : raw;
  if (MAY_COMMIT.test(head) || (head.includes('](') && MAY_COMMIT.test(linkTexts(head)))) {
    let previous = -1;
    for (const whole of sentenceSpans(raw)) {
      for (const span of splitCommitments(raw, whole)) {
        // "we [plan to move the build](https://…)": the link's text is the sentence's own words.
        const source = raw.slice(span.start, Math.min(span.end, span.start + MAX_READ));
        const words = source.includes('](') ? linkTexts(source) : source;
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
        // "The build farm is now fully self-hosted. This removes the need for …": a change told as its result.
        // The sentence of its purpose belongs to it: it says what the change serves.
        else if (stateThenPurpose(words, raw.slice(span.end, Math.min(raw.length, span.end + 200)).replace(/^\s+/, ''))) {
          const purpose = sentenceSpans(raw.slice(span.end, Math.min(raw.length, span.end + MAX_READ)))[0];
          found.push({ start: span.start, end: purpose ? span.end + purpose.end : span.end, kind: 'done', lasting: true });
        }
        // "A fix is now put in place to …", "the bug in the alerting is already patched": a follow-up, in place since.
        else if (toldInPlaceNow(words)) found.push({ ...span, kind: 'done', lasting: true });
        previous = span.start;
      }
    }
  }
  sentencesPerNode.set(node, found);
  return found;
}

/** An inline link or image, its text kept: "[added a probe](https://…)" as "added a probe". */
const INLINE_LINK = /!?\[([^\]\n]{0,200})\]\([^)\s]{0,2000}(?:\s+"[^"\n]{0,200}")?\)/g;

/** The text with each inline link written as its text alone. */
function linkTexts(text: string): string {
  return text.replace(INLINE_LINK, '$1');
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

/** A note in parentheses that closes a paragraph and says what became of its work: "(fixed by …)", "(added …)", "(filed #12)". */
export const OUTCOME_NOTE =
  /\(\s*(?:(?:now|already|since|was|were|has been|have been)\s+)?(fixed|added|done|completed?|resolved|implemented|created|set up|enabled|deployed|merged|shipped|addressed|updated|filed|tracked|opened|raised|logged|ticketed)\b[^()]{0,300}\)[\s.*_]*$/i;

/** The outcomes of `OUTCOME_NOTE` that report the work done, rather than tracked. */
export const DONE_OUTCOME = /^(?:fixed|added|done|completed?|resolved|implemented|created|set up|enabled|deployed|merged|shipped|addressed|updated)$/i;

/** Words of a sentence that announces the items after it: "the following actions", "as follows", "listed below". */
export const POINTS_AT_ITEMS = /\b(?:the following|as follows|(?:listed|outlined|described|set out|shown) below)\b/i;

/**
 * The end of a paragraph that hands its work to the list after it, as that list's caption: "…
 * is spread over the tickets below:", "we will go through these steps", "the following changes, each in
 * its own ticket:". It ends on a colon, or runs into the list without closing, and names the list's
 * entries as the parts of the work (steps, issues, tasks, changes). "Specifically:" or "the
 * following hosts:" gives details of a piece of work, not its parts.
 */
const CAPTION_OF_PARTS =
  /(?:\bthe\s+following\s+(?:[\p{L}-]+\s+){0,2}?|\b(?:these|the)\s+(?:[\p{L}-]+\s+)?)(?:steps|issues|tickets|tasks|changes|items|actions|measures|work\s*streams?|projects|improvements|fixes|parts)\b(?:\s+(?:below|listed\s+below))?(?:,[^,.;:!?\n]{1,60})?[\s*_]*(?:[:：]|(?<![.!?]))[\s*_]*$/iu;

/** A list item's marker at the start of the text after a paragraph: a list follows it at once. */
const LIST_NEXT = /^[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]/;

/**
 * True when a paragraph is the caption of the list right after it, handing it the work ("We are
 * reworking our restore procedures. The work is spread over the tickets that follow:" over the
 * issues): the list's entries are the items, and the paragraph's own promise only sums them up.
 * `after` is the text after the paragraph.
 */
export function captionsListOfParts(raw: string, after: string): boolean {
  const tail = raw.length > 400 ? raw.slice(-400) : raw;
  return listFollows(after) && CAPTION_OF_PARTS.test(tail);
}

/** True when a list starts right after a paragraph; `after` is the text after it. */
export function listFollows(after: string): boolean {
  return LIST_NEXT.test(after.slice(0, 200));
}

/** The opening of a sentence that tells the remedy for what was just told: "To fix this, …", "To prevent that, …". */
export const REMEDY_OPENING =
  /^[\s*_>"'“]*to\s+(?:fix|address|solve|prevent|avoid|remedy|resolve|mitigate|correct)\s+(?:this|that|it|these|those|both|the\s+(?:problem|issue|bug))\b/i;

/** A report of the response itself: steps taken at once, or to recover, restore or stabilise the service. */
export const RECOVERY_REPORT =
  /\b(?:immediate(?:ly)?|during the incident|(?:steps|actions?|measures)\s+to\s+(?:recover|restore|mitigate|stabili[sz]e|contain))\b/i;

/** A purpose told first, before the work: "To prevent future issues with our partners, …", "In order to …, ". */
const PURPOSE_FIRST = /^[\s*_>"'“]*(?:in\s+order\s+)?to\s+[^,.;:!?\n]{3,120},\s*/i;

/** The endings of a word's forms: "assigned" and "assign", "instances" and "instance" share a stem. */
const ENDING = /(?:ing|ed|es|s)$/;

/**
 * The words of a sentence that carry its content: four letters or more, not the commitment's own,
 * each cut to its stem. A purpose told first says why, not what the work is: it is left out.
 */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text
    .slice(0, MAX_READ)
    .replace(PURPOSE_FIRST, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u))
    if (
      w.length >= 4 &&
      !/^(?:will|shall|going|being|also|this|that|these|those|with|from|into|have|been|more|when|then|they|their|there|about|which|would|should|could|make|sure)$/.test(
        w,
      )
    )
      out.add(w.length > 5 ? w.replace(ENDING, '') : w);
  return out;
}
