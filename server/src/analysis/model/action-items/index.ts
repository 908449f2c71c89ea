/**
 * Reads action items from the parsed document, in the shapes post-mortems use: tables whose
 * columns are recognised by header, task lists, bullets and numbered lists (nested too), each
 * with inline tokens for owner, due date, ticket, priority and status.
 *
 * It works from the mdast nodes of the single parse and stays linear: one pass over the sections
 * marks what each top-level block stands in (the plan, a record of the response, the lessons, the
 * telling of the incident, …), then one walk over the blocks reads each at most a bounded number of
 * times, by the light of where it stands: the plan's lists, tables, sub-headings and paragraphs;
 * elsewhere the lists a lead-in line introduces, checkboxes, tables with an action column, and the
 * prose that may commit to work or tell work done since the incident.
 *
 * This file walks the blocks and holds the Markdown list, table and paragraph readers; what they
 * ask lives beside it: `plan-sections.ts` (which sections hold the plan), `lead-ins.ts` (what the
 * line before a list says of it), `lists.ts` (what a whole list is), `labels.ts` (what an entry's
 * own words say), `prose.ts` (commitments in sentences), `columns.ts` (table headers and cells),
 * `html-items.ts` (items in raw HTML), `due.ts` (due dates, also from headings).
 */
import type { Heading, Html, List, ListItem, Nodes, Paragraph, PhrasingContent, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { readDate } from '../../base/dates';
import { addressesReader, normaliseHeading } from '../../base/normalise';
import type { Settings } from '../../base/settings';
import { compiled } from '../compiled';
import type { ActionColumn, ActionItem, ActionTable, AnalysedDocument, Section, Span } from '../model';
import { mostlyWork, startsWithStamp } from '../section-body';
import { postedStream, statusUpdates, updateSections } from '../status-log';
import { CLOCK, EMPTY_CELL, columnRole, doneMark, findLink } from './columns';
import { proseEntries } from './code-entries';
import { dueFields, inheritHeadingDue } from './due';
import { type BlockStore, readBlockOnce } from './block-memo';
import { applyReadingDirectives } from './directives';
import { htmlItems } from './html-items';
import { GUIDANCE, TASK_MARKS, isQuestion, itemLabel, namesRole, readsAsTask } from './labels';
import {
  advisesReaders,
  announcesMeasures,
  effectsLeadIn,
  enumeratesPrevious,
  leadInText,
  leadLabel,
  listsChangesKept,
  recountsSteps,
  specifiesCheck,
  statusLead,
  statusLedList,
  statusLine,
  toldInSentences,
} from './lead-ins';
import {
  bareLink,
  commitmentList,
  crossedList,
  gerundList,
  tellsAll,
  imperativeList,
  legendList,
  onlyLinks,
  recordList,
  recordValue,
  settingsLists,
} from './lists';
import { childIndexAt, endOf, startOf } from '../../parse/blocks';
import { shift } from './offsets';
import { splitOwners } from './owners';
import { narratesResponse } from './narration';
import { introducesExisting, listsRules } from './guidance';
import { introducesInstructions, namesReferences, referenceList, stopStartProcedure } from './instructions';
import { closingRecord, signOffBlock } from './sign-off';
import { FIRST_PERSON_PROMISE, signedAuthor } from './signed-author';
import {
  ANALYSIS_KINDS,
  bodyToldDone,
  gainParts,
  CLOSES_REPORT,
  CLOSING_HEADING,
  INCIDENT_KINDS,
  ISSUE_REFERENCE,
  headsDoneWork,
  headsLastingFixes,
  titlesLastingFixes,
  holdsTime,
  REFERENCE_HEADING,
  PROCEDURE_HEADING,
  namesGroup,
  namesStage,
  TRACKS_DOCUMENT,
  namedSubsections,
  namesProblems,
  namesQuestions,
  onlyBareLinks,
  readsAsLessons,
  recordsResponse,
  reportsResponseStatus,
  describedDone,
  doneSinceLabels,
  plainPartTitle,
  recoverySteps,
  speaksToReaders,
  ideaSections,
  toldFixSections,
  toldAsStatesReached,
  workToComeBeside,
  GUARDS_AGAINST,
} from './plan-sections';
import {
  DONE_OUTCOME,
  FILED_AT,
  OUTCOME_NOTE,
  POINTS_AT_ITEMS,
  RECOVERY_REPORT,
  REMEDY_OPENING,
  captionsListOfParts,
  listFollows,
  contentWords,
  paragraphCommitments,
  sentenceFrom,
} from './prose';
import {
  type Commitment,
  MAX_READ,
  commitsForHeading,
  fixToldDone,
  leadsIntoWorkUnderWay,
  namesShortcomings,
  plainWords,
  promisesStatusOnly,
  booksFix,
  liveStatusUpdate,
  newSafeguardAt,
  readsAsNarrative,
  readSentence,
  readsAsRemediation,
  reportsBackDone,
  reportsDone,
  reportsFollowUpDone,
  followUpMade,
  aimedAhead,
  reportsWorkDone,
  sentenceSpans,
  startsImperative,
  tellsOwnWorkDone,
  tellsWorkInEffect,
  startsWithGerundOfWork,
  subjectOwner,
} from './reading';
import { itemTitle } from './title';
import { DONE_WORDS, type Tokens, isStandInOwner, opensWithOwner, scanTokens } from './tokens';
import { STRUCK, statusDrops, struckThrough } from './dropped';
import { closingVow } from './vows';
import { dropOpeningLeadIns, dropProseHeralds } from './opening-lead';
import { wentWellBlocks } from './went-well';
import { backToNormal } from './back-to-normal';
import { keepsState } from './state-kept';
import { tellsDamage } from './damage-told';

/** A goal named with an article and at least three more words: "A better process for flagging fires quickly:". */
const GOAL_LEAD = /^[\s*_]*an?\s+(?:[\p{L}\p{N}-]+\s+){2,}[\p{L}\p{N}-]+[*_\s]*:$/iu;

/** A status in brackets that only an item carries: "(in development)", "(planned)", "(done)". */
const STATUS_NOTE = /\((?:in\s+(?:development|progress)|planned|ongoing|underway|done|completed?|wip|not\s+started)\)/i;

/**
 * A lead-in that names the lesson and goes on to what was done about it ("The lesson was a costly one, and we
 * and put safeguards in place:", "… and made three changes:"): a second clause of work done.
 */
const ACTS_ON_LESSON =
  /\band\s+(?:we\s+)?(?:have\s+|then\s+|immediately\s+|quickly\s+|also\s+|since\s+|now\s+){0,2}(?!(?:learn|realis|realiz|notic|discover|observ|understood|found|saw|grew|gain)\w*\b)(?:put|made|took|set|built|wrote|\p{L}{3,}ed)\b/iu;

/** A sentence that opens on "we", after a word of time if any ("So far we", "Since the outage, we"), as pattern text: `CHANGES_MADE` reads it twice. */
const WE_AT_START = String.raw`(?:^|[.!?]\s+)(?:(?:so\s+far|to\s+date|since\s+then|since\s+the\s+(?:incident|outage)|in\s+the\s+meantime|meanwhile),?\s+)?we`;

/**
 * A lead-in that counts the changes the authors made: "We made four changes:", "We have since
 * rolled out the following fixes:". Its list holds work done. So does one that names what the
 * authors added, followed by a list of them: "We set up the following alerts -", "We added the following checks:",
 * and one that ends on their verb of doing in the perfect, the list its object: "To date we have deployed:",
 * "We've already deployed:" (not "We will be rolling out:", nor "We have not yet shipped:").
 */
const CHANGES_MADE = new RegExp(
  String.raw`${WE_AT_START}(?:\s+have|['’]ve)?\s+(?:now\s+|since\s+|also\s+|already\s+){0,2}(?:(?:made|introduced|implemented|shipped|deployed|rolled\s+out|put\s+in\s+place|applied)\s+(?:the\s+following|these|(?:two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|some|\d{1,2})(?:\s+[\p{L}-]+)?)\s+(?:changes|fixes|improvements|measures|safeguards|mitigations|actions)\b[^.!?:：]{0,60}|(?:added|created|set\s+up|built|wrote|enabled|configured|introduced|implemented|deployed)\s+the\s+following(?:\s+[\p{L}\p{N}-]+){1,3})(?:[:：]|\s[-–—])[\s*_]*$|${WE_AT_START}(?:\s+have|['’]ve)\s+(?:(?:now|since|also|already|so\s+far)\s+){0,2}(?:made|introduced|implemented|shipped|deployed|released|rolled\s+out|put\s+in\s+place|applied|added|fixed|changed|completed|landed|merged)(?:\s+(?:so\s+far|to\s+date|already))?[\s*_]*[:：][\s*_]*$`,
  'iu',
);

/**
 * The words of an entry after the bold or italic title that opens it ("**Paging**: Moved the
 * alert to the second tier" gives "Moved the alert …"), or '' when it opens on no such title.
 * The title names the area of the work; whether the work was carried out is told after it.
 */
function afterTitle(paragraph: Paragraph): string {
  const [title, after] = paragraph.children;
  if ((title?.type !== 'strong' && title?.type !== 'emphasis') || after?.type !== 'text') return '';
  const name = toString(title).trim();
  if (!name || name.length > 60 || name.split(/\s+/).length > 6) return '';
  const colon = /[:：]$/.test(name);
  // A title ends on its colon or a dash, or on its own line: "**Improved runbooks**" over "Written and linked …".
  const lead = colon ? /^\s*/.exec(after.value) : /^[ \t]*(?:[:：]|[-–—](?=\s)|\r?\n)\s*/.exec(after.value);
  if (!lead || (!colon && !lead[0].trim() && !lead[0].includes('\n'))) return '';
  return toString({ ...paragraph, children: [{ ...after, value: after.value.slice(lead[0].length) }, ...paragraph.children.slice(2)] })
    .slice(0, MAX_READ)
    .trim();
}

/**
 * The title of a list entry that is only a bold or italic title over a list of its own ("1. **Add
 * canary checks**" over "- Error rate per host"), or '' for any other entry.
 */
function titleOverList(li: ListItem): string {
  const [first] = li.children;
  if (first?.type !== 'paragraph' || li.checked != null || !li.children.some((c) => c.type === 'list')) return '';
  const [title, ...rest] = first.children;
  if ((title?.type !== 'strong' && title?.type !== 'emphasis') || rest.some((c) => c.type !== 'text' || c.value.trim())) return '';
  const text = toString(title).trim();
  return /[:：]$/.test(text) ? '' : text;
}

/**
 * True when most of a list's entries that are titles over lists of their own name work ("**Add
 * canary checks**", "**Write a rollback runbook**", beside "**Config validation**"): each such entry
 * is an item, its sub-bullets its parts, as the titles that name the work say.
 */
function titlesNameWork(list: List): boolean {
  let titled = 0;
  let work = 0;
  for (const li of list.children) {
    const title = titleOverList(li);
    if (!title) continue;
    titled++;
    if (readsAsTask(title.slice(0, MAX_READ))) work++;
  }
  return work >= 2 && work * 2 > titled;
}

/**
 * True for a list whose every entry, none a checkbox, opens on a past form ("- Added a lag alert",
 * "- Updated the runbooks") and one at least reports its work done in so many words: the list tells
 * changes made, as `list` reads an entry beside such.
 */
function entriesToldDone(list: List): boolean {
  let reported = false;
  for (const li of list.children) {
    const first = li.children[0];
    if (li.checked != null || first?.type !== 'paragraph') return false;
    const text = toString(first).slice(0, MAX_READ);
    if (!PAST_FIRST.test(text)) return false;
    reported ||= reportsDone(text);
  }
  return reported;
}

/** True for a list entry that is an item by itself: a paragraph with no list under it and no closing colon. */
function plainEntry(li: ListItem): boolean {
  const first = li.children[0];
  return first?.type === 'paragraph' && !li.children.some((c) => c.type === 'list') && !/[:：][\s*_]*$/.test(toString(first).slice(-20));
}

/** Verbs whose past form is written as their command: "Set up …" may be work done or work to do. */
const PAST_AS_COMMAND = 'set|put|cut|reset|shut|split';

/** An entry that opens on a past form: "Excluded …", "Set …", "Rebuilt …". */
const PAST_FIRST = new RegExp(`^[\\s*_]*(?:\\p{L}{2,}ed|${PAST_AS_COMMAND}|built|rebuilt|made|sent|ran|reran|wrote|rewrote|took|kept|gave)\\b`, 'iu');

/** An entry that opens on one of `PAST_AS_COMMAND`. */
const COMMAND_ALIKE = new RegExp(`^[\\s*_]*(?:${PAST_AS_COMMAND})\\b`, 'i');

/** A title of a few words before a colon that opens an entry: "Alerting: …", "Capacity review: …". */
const SHORT_TITLE = /^[\s*_]*(?:[\p{L}\p{N}/&-]+\s+){0,4}[\p{L}\p{N}/&-]+[*_]*\s*[:：][*_]*\s+/u;

/** Words that name work still to come. */
/**
 * An entry that opens on the authors at work still under way or to come: "We are studying an
 * alternative", "We're still looking into …", "We will add …", "I plan to …". Not a state reached
 * told in the present ("We are now alerting on …"): the verb is one of work not finished.
 */
const STILL_UNDER_WAY =
  /^[\s*_]*(?:we|i)(?:(?:\s+(?:are|am)|['’](?:re|m))\s+(?:(?:still|currently|also)\s+){0,2}(?:studying|investigating|evaluating|exploring|researching|considering|looking\s+(?:into|at)|working\s+on|assessing|testing|prototyping|planning)|(?:\s+(?:will|shall)|['’]ll)\s+(?:(?:also|still)\s+)?(?!have\b|be\s+(?:\w+ed|done)\b)[a-z]+|\s+(?:plan|intend|aim|hope)\s+to)\b/i;

/** True for an entry told as work still under way or to come by its own opening words. */
function stillUnderWay(text: string): boolean {
  return STILL_UNDER_WAY.test(text.length > 200 ? text.slice(0, 200) : text);
}

const WORK_TO_COME_WORDS = /\b(?:will|shall|going\s+to|plan(?:s|ned)?\s+to|to\s+be|todo|to\s+do|pending|planned|next)\b/i;

/** True for a paragraph of code spans only, with nothing but punctuation between them. */
function onlyCode(p: Paragraph): boolean {
  return (
    p.children.some((c) => c.type === 'inlineCode') && p.children.every((c) => c.type === 'inlineCode' || (c.type === 'text' && !/[\p{L}\p{N}]/u.test(c.value)))
  );
}

/** Work that keeps the incident from happening again: "to prevent recurrence", "a permanent fix", "so this cannot happen again". */
const PREVENTS_RECURRENCE =
  /\b(?:prevent(?:s|ing)?|avoid(?:s|ing)?)\s+(?:a\s+|any\s+|future\s+|further\s+)?(?:recurrences?|re-?occurrences?|repeats?|repetitions?|(?:this|it)\s+from\s+happening\s+again)\b|\b(?:permanent|systematic|systemic|long[- ]term|lasting)\s+fix(?:es)?\b|\bso\s+(?:that\s+)?(?:this|it)\s+(?:cannot|can['’]t|won['’]t|will\s+not|does\s+not|doesn['’]t)\s+(?:happen|recur)\b/i;

/** True for an entry whose work keeps the incident from happening again, not a step of the response. */
function preventsRecurrence(text: string): boolean {
  return PREVENTS_RECURRENCE.test(text);
}

/** A purpose set past the incident: "… for future audits", "kept for the future". */
const FOR_LATER = /\bfor\s+(?:the\s+)?future\b/i;

/** True when an entry promises work to come: "… will be told", "we are going to …", "Ana will …". */
function promisesWork(text: string): boolean {
  const reading = readSentence(text);
  return (
    !!reading && (reading.kind === 'future' || reading.kind === 'progress' || (reading.kind === 'should' && /\b(?:will|shall)\b/i.test(text.slice(reading.at))))
  );
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

/** A paragraph that opens on what the plan's items must be: "Action items should …", "Each follow-up must …", "Actions fall under …". */
const PLAN_POLICY =
  /^[\s*_>]*(?:(?:the|our|these|all|each|every|any)\s+)?(?:action\s+(?:items?|points?)|actions|follow[- ]?ups?|remediation\s+items?)\s+(?:should|must|need\s+to|have\s+to|are\s+to|fall\s+(?:under|into)|are\s+(?:grouped|sorted|classified|prioriti[sz]ed))\b/i;

/**
 * A sentence of prose that opens on "please": "Please check the status feed before you write to us."
 * A request to the readers, whatever it names, not the authors' work.
 */
const ASKS_READERS = /^[\s*_>"'“]*(?:and\s+|so\s+)?please\b/i;

/** "we decided to …", "we've decided to …": a decision of the authors. */
const DECIDED = /\bwe(?:\s+have|['’]ve)?\s+decided\s+to\b/i;

/**
 * A decision told in the simple past, with an infinitive or a clause with no present after it: "we
 * decided to swap the power supply", "we decided that a reboot would be quicker". In the story (any
 * prose outside the plan and the lessons) it tells a step the authors took then, as the sentences
 * around it do. Not "we have decided to …" (the present perfect announces a decision that stands),
 * nor "we decided restores come first" (a present after it).
 */
const DECIDED_THEN = /\bwe\s+decided\s+(?:to\b|that\b(?![^.;!?]{0,100}?\b(?:is|are|am|has|have|must|needs?|should)\b))/i;

/**
 * What points a decision forward, past the story: a future ("will", "'ll", "shall"), a due time
 * ("by March", "before Q3", "next quarter"), or a standing rule ("from now on", "every future
 * release"). With it, a decision told in the past is still work.
 */
const DECISION_AHEAD =
  /\b(?:will|shall)\b|['’]ll\b|\bnext\s+(?:week|month|quarter|year|sprint|release|cycle)\b|\b(?:by|before|until)\s+(?:the\s+end\s+of\s+)?(?:q[1-4]|h[12]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d{4}-\d{2}|next|this\s+(?:week|month|quarter|year))\b|\b(?:all|every|any)\s+(?:future|new|upcoming|later)\b/i;

/**
 * A promise of the authors that says it holds from now on: "we will leave names out in future
 * cases", "going forward, we'll ask first", "from now on we are going to …".
 */
const FROM_NOW_ON =
  /\b(?:we|i)(?:\s+will|['’]ll|\s+(?:are|am)\s+going\s+to|\s+shall)\s+[^.;!?\n]{0,160}?\b(?:in\s+(?:the\s+)?future(?:\s+(?:cases|incidents|outages|releases|posts))?|from\s+now\s+on|going\s+forward|henceforth)\b|\b(?:in\s+(?:the\s+)?future(?:\s+(?:cases|incidents|outages))?|from\s+now\s+on|going\s+forward|henceforth),?\s+(?:we|i)(?:\s+will|['’]ll|\s+(?:are|am)\s+going\s+to|\s+shall)\b/i;

const ATTRIBUTE_LINE =
  /^[\s*_]*(?:owners?|assignee|dri|who|due(?: date)?|deadline|eta|target(?: date)?|status|state|ticket|issue|link|jira|priority|type|category)[\s*_]*[:=]/i;

/**
 * A capitalised name of up to three words, then a version: "Relay v2.4", "Cloud Platform 3.0.1".
 * Every run is bounded: with an open-ended run of blanks the matcher walks back over every blank
 * of a long run after each capitalised word (once seen to overflow the stack under load, on a
 * heading holding a long run of spaces).
 */
const VERSIONED_NAME =
  /(?<![\p{L}\p{N}_@-])(\p{Lu}[\p{L}\p{N}'’&-]{0,30}(?: \p{Lu}[\p{L}\p{N}'’&-]{0,30}){0,2})[ \t]{1,3}v?\d{1,4}\.\d{1,4}(?:\.\d{1,6})?(?![\p{L}\p{N}])/gu;

/** The most product names kept per document: past it, the rest are read as any other name. */
const MAX_PRODUCTS = 50;

/**
 * The names written with a version in each top-level block, in order, kept per block node: a name
 * and its version stand on one line, so no match crosses a block, and an unchanged block (the same
 * node from the incremental parser) is not scanned again.
 */
const versionedPerBlock = new WeakMap<RootContent, readonly string[]>();

function versionedIn(text: string, block: RootContent): readonly string[] {
  let found = versionedPerBlock.get(block);
  if (!found) {
    const names: string[] = [];
    for (const m of text.slice(startOf(block), endOf(block)).matchAll(VERSIONED_NAME)) names.push(m[1]);
    versionedPerBlock.set(block, (found = names));
  }
  return found;
}

/**
 * The names a document writes with a version after them and never as a team's, each with the
 * shorter names it ends with ("Since Relay v2" gives "Relay" too). One pass over the blocks.
 */
function versionedProducts(text: string, blocks: readonly RootContent[]): { names: Set<string>; key: string } {
  const names = new Set<string>();
  scan: for (const block of blocks)
    for (const found of versionedIn(text, block)) {
      const words = found.split(' ');
      for (let i = 0; i < words.length && names.size < MAX_PRODUCTS; i++) {
        const name = words.slice(i).join(' ');
        if (/\b(?:team|squad|group)$/i.test(name)) continue;
        names.add(name);
      }
      if (names.size >= MAX_PRODUCTS) break scan;
    }
  for (const name of names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // "the Cloud Platform team", "Cloud Platform engineers": a name the document gives a team as well is that team's.
    if (new RegExp(`(?<![\\p{L}\\p{N}_@-])${escaped}[ \\t]{1,3}(?:team|squad|group|engineers|developers|maintainers|staff)\\b`, 'iu').test(text))
      names.delete(name);
  }
  return { names, key: [...names].sort().join('|') };
}

/** The readings of lists and tables a `postmortem-action-items` comment marks, kept apart from their own. */
const DIRECTED: BlockStore = new WeakMap();

/** The readings of paragraphs of prose for commitments, kept apart from those of the plan's blocks. */
const PROSE: BlockStore = new WeakMap();

/** The readings of the same paragraphs for safeguards told as made (`safeguardsOnly`), kept apart from their first reading. */
const SAFEGUARDS: BlockStore = new WeakMap();

/** Paragraphs of prose read for commitments (not taken from `PROSE`) since the process started: what the tests hold an edit to. */
let proseRead = 0;

/** How many paragraphs of prose were read for commitments so far, for tests and the bench. */
export function proseParagraphsRead(): number {
  return proseRead;
}

/**
 * A short fingerprint of a sequence of texts, added one at a time: what a prose reading depends on
 * of what was read before it (the items' words, the commitments told), without keeping the texts.
 * Two 32-bit FNV-1a hashes with different primes, and the count.
 */
class Fingerprint {
  private a = 0x811c9dc5;
  private b = 0x01000193;
  count = 0;

  add(text: string): void {
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 0;
      this.a = Math.imul(this.a ^ code, 16777619);
      this.b = Math.imul(this.b ^ code, 2246822507);
    }
    this.count++;
    this.text = undefined;
  }

  get value(): string {
    return (this.text ??= `${this.count}:${(this.a >>> 0).toString(36)}.${(this.b >>> 0).toString(36)}`);
  }

  private text: string | undefined;
}

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
  /**
   * True while reading a list of fixes made to last ("### Fixes applied", "## What was fixed
   * permanently"): an entry written as code alone ("`app.yaml`: `eth0` → `ens18`") is a change made.
   */
  lastingFixes = false;
  /**
   * True while reading prose of the cause or of the incident as it went (its timeline, detection,
   * impact): there too "we decided to …" tells a step of the response.
   */
  inAccount = false;
  /**
   * True in a status page's stream of posted updates ("Posted Mar 3, 2025 - 14:05 UTC" under each):
   * what an update says is under way or needed is the response as it happened.
   */
  stream = false;
  /**
   * True while a paragraph of the plan is one of those updates (a stream pasted under "What will we
   * do?"): there too, what it says is under way or needed is the response as it happened.
   */
  inUpdate = false;
  /**
   * True while prose under the heading of a dated update is read ("## Update 2031-04-09", see
   * `updateSections`): what it says will be done or is under way is the next step of the response,
   * unless it aims past the incident ("… to prevent the same issue at our other sites").
   */
  underUpdate = false;
  /**
   * True while a paragraph of the plan captions a list of bare addresses after it ("The files should
   * move to a production bucket:" over "- https://…/issues/320"): the addresses are its tickets, so
   * the work it ends on before its colon is the item, not the addresses.
   */
  captionsTickets = false;
  /**
   * True while prose is read again in a document with no plan and no item: only a new safeguard told
   * as made in the passive ("a second alarm has been set up to …") is read, as a follow-up carried out.
   */
  safeguardsOnly = false;
  /** The sub-heading of the plan the paragraphs being read stand under ("#### Quicker detection"), or null. */
  part: string | null = null;
  /** True while reading a list or table a `postmortem-action-items` comment marks: every entry is an item. */
  private forced = false;
  private besideRead = 0;
  private readonly itemWords = new WeakMap<ActionItem, Set<string>>();
  private readonly placeholders;

  constructor(
    private readonly doc: AnalysedDocument,
    settings: Settings,
  ) {
    this.placeholders = compiled(settings).placeholders;
    this.products = versionedProducts(doc.text, doc.root.children);
  }

  private lineOf(offset: number): number {
    return this.doc.lines.positionAt(offset).line;
  }

  private content(node: Nodes): string {
    return toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
  }

  /**
   * Reads a top-level block once per version of its text and of what its reading depends on
   * (`context`, with the flags set for it); an edit elsewhere gets its items moved, not read again.
   * Prose read beside a list depends on the items before it, so it is always read afresh.
   */
  once(node: RootContent, context: unknown[], read: () => void): void {
    if (this.besideList) return read();
    const start = startOf(node);
    const key = JSON.stringify([
      this.tasksOnly,
      this.toDoOnly,
      this.lessons,
      this.remedyOnly,
      this.inResolution,
      this.inAccount,
      this.lastingFixes,
      this.products.key,
      ...context,
    ]);
    readBlockOnce(node, { context: key, placeholders: this.placeholders, start, line: this.lineOf(start) }, this.items, read);
  }

  /**
   * Reads a paragraph of prose for the commitments it makes (`paragraph` with `implicit`), once
   * per version of its text and of what the reading depends on: the flags of where it stands, the
   * products named, whether a list follows it (a caption hands its work to that list) and, beside a
   * list, the items read before it (a sentence that restates one is that item). Beside a list the
   * sentences compared with the items are also counted against a bound: a reading during which the
   * bound fell is kept for that count only, and a kept reading counts its comparisons again. A
   * second reading of the same paragraphs (for safeguards only) keeps its own `store`.
   */
  prose(node: Paragraph, store: BlockStore = PROSE): void {
    const start = startOf(node);
    const end = endOf(node);
    const at = this.besideRead;
    const toldAt = this.toldLog.length;
    // The flags of where the paragraph stands, and whether a list follows it, as bits.
    const flags =
      (this.safeguardsOnly ? 1 : 0) |
      (this.tasksOnly ? 2 : 0) |
      (this.toDoOnly ? 4 : 0) |
      (this.lessons ? 8 : 0) |
      (this.remedyOnly ? 16 : 0) |
      (this.inResolution ? 32 : 0) |
      (listFollows(this.doc.text.slice(end, end + 200)) ? 64 : 0) |
      (this.stream ? 128 : 0) |
      (this.inAccount ? 256 : 0) |
      (this.underUpdate ? 512 : 0);
    const context = (room: boolean) =>
      `${flags}|${this.toldPrint.value}|${this.besideList ? `${this.itemsKey()}|${room ? 'room' : at}` : '-'}|${this.products.key}`;
    // How many sentences this paragraph compares is a matter of its text and the key: a kept reading says.
    const known = store.get(node);
    const comparisons = known?.counted ?? 0;
    const kept = readBlockOnce(
      node,
      { context: context(MAX_BESIDE - at >= comparisons), placeholders: this.placeholders, start, line: this.lineOf(start) },
      this.items,
      () => {
        proseRead++;
        this.paragraph(node, true);
      },
      store,
      known,
    );
    if (kept) {
      this.besideRead += kept.counted ?? 0;
      for (const key of kept.told ?? []) this.tell(key);
    } else {
      const entry = store.get(node);
      if (!entry) return;
      entry.counted = this.besideRead - at;
      entry.told = this.toldLog.slice(toldAt);
      // The bound fell inside this paragraph: its reading holds for this count of earlier comparisons only.
      if (this.besideRead > MAX_BESIDE) entry.context = context(false);
    }
  }

  /** The fingerprint of the words of the items read so far (items are only ever added). */
  private itemsKey(): string {
    for (let i = this.itemsPrint.count; i < this.items.length; i++) this.itemsPrint.add(this.items[i].text);
    return this.itemsPrint.value;
  }

  private readonly itemsPrint = new Fingerprint();

  /** Adds a commitment told in prose to those told so far (a commitment told twice is one item). */
  private tell(key: string): void {
    if (this.told.has(key)) return;
    this.told.add(key);
    this.toldLog.push(key);
    this.toldPrint.add(key);
  }

  /** The commitments told, in the order told, and their fingerprint: what a later prose reading depends on. */
  private readonly toldLog: string[] = [];
  private readonly toldPrint = new Fingerprint();

  /**
   * Reads a list or table that a `postmortem-action-items` comment marks (`directives.ts`): each
   * entry is an item, read as in a plan, whatever section it stands in. Kept per node apart from
   * the block's own reading, under a key that names the directive.
   */
  directed(node: List | Table): void {
    const start = startOf(node);
    const key = JSON.stringify(['directive:action-items', this.products.key]);
    const read = () => {
      const before = this.items.length;
      // Read as in a plan of its own: none of the flags of the section the walk left off in.
      this.tasksOnly = this.toDoOnly = false;
      this.forced = true;
      try {
        if (node.type === 'list') this.list(node, null);
        else this.table(node, true, null);
      } finally {
        this.forced = false;
      }
      for (const item of this.items.slice(before)) item.byDirective = true;
    };
    readBlockOnce(node, { context: key, placeholders: this.placeholders, start, line: this.lineOf(start) }, this.items, read, DIRECTED);
  }

  /** Visits one block of an action-item section (or a follow-up list elsewhere). */
  block(node: RootContent, category: string | null): void {
    if (node.type === 'list') this.list(node, category);
    else if (node.type === 'table') this.table(node, true, category);
    else if (node.type === 'html') this.html(node, true, category);
    else if (node.type === 'blockquote') for (const child of node.children) this.block(child, category);
  }

  /** A block of raw HTML: its list entries and table rows, read as `htmlItems` reads them. */
  html(node: Html, inSection: boolean, category: string | null): void {
    for (const { span, text, tokens, done, struck, shape } of htmlItems(this.doc.text, node, inSection, this.placeholders))
      this.push({
        line: this.lineOf(span.start),
        start: span.start,
        end: span.end,
        text,
        tokens,
        done,
        struck,
        shape,
        textSpan: span,
        checkbox: null,
        insertAt: span.end,
        category,
      });
  }

  /**
   * Reads one entry picked out of a list whose other entries are no items (a checkbox among steps
   * taken, an entry led by its status word) as an item with no category, as an entry of the plan is read.
   */
  listItemOf(li: ListItem, ordered: boolean): void {
    this.listItem(li, ordered, null);
  }

  list(entries: List, category: string | null): void {
    // "- ❌ No alert on the queue", "- ❌ Restore took hours": the gaps found, not the work on them.
    if (crossedList(entries)) return;
    // "1.            Arrange the review": an entry padded past its marker is code to a parser, prose to its writer.
    const list = proseEntries(entries, this.doc.text);
    // How many entries of the list are items by themselves (no list under them, no closing colon):
    // beside a majority of such, an entry over a list of its own is one more item, not a group label.
    let plain = 0;
    for (const li of list.children) if (plainEntry(li)) plain++;
    const amongItems = plain >= 2 && plain * 2 > list.children.length;
    const titledWork = titlesNameWork(list);
    const before = this.items.length;
    let toCome = false;
    for (const item of list.children) {
      this.listItem(item, !!list.ordered, category, amongItems, titledWork);
      toCome ||= WORK_TO_COME_WORDS.test(toString(item).slice(0, MAX_READ));
    }
    // "1. Updated the runner label:", "2. Set the toolchain version:": beside entries told done, an
    // entry whose first word is a past form ("Set", "Excluded …") is told done as well, unless the
    // list names work still to come ("… and will be contacted", "We plan to …"). A short title
    // before a colon ("Alerting: Improved the thresholds …") is not the entry's first word. "Set",
    // "Put", "Reset" are commands as well: a list of them with one marked done ("Set up the alarms
    // (done)", "Set up the paging") tells the past only beside an entry whose first word is past alone.
    const made = this.items.slice(before).filter((item) => item.shape !== 'task');
    const first = made.map((item) => item.text.replace(SHORT_TITLE, ''));
    if (
      !toCome &&
      made.some((item) => item.done) &&
      first.every((text, k) => made[k].done || PAST_FIRST.test(text)) &&
      first.some((text) => PAST_FIRST.test(text) && !COMMAND_ALIKE.test(text))
    )
      for (const item of made) item.done = true;
  }

  private listItem(li: ListItem, ordered: boolean, category: string | null, amongItems = false, titledWork = false): void {
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
    // "**Cost alarm:** `writes-high`" over "- Threshold: 100 writes an hour", "- Action: Email
    // notification": the entry's settings, not work of their own, and the entry no group label.
    const settings = nestedItems.length > 0 && !attributes && li.checked == null && settingsLists(nested);
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
      !settings &&
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
    // "**Deployment checklist:**", "Add a CI job to verify:" over its entries: one item, the entries
    // what the check holds (what is verified, the boxes ticked on each run), not work of their own.
    const checkContent = nestedItems.length > 0 && !attributes && specifiesCheck(text);
    // "2. **Write a rollback runbook**" over what it covers, or any bold title beside such: the title
    // names the work, an item, and its sub-bullets are read as a group's would be.
    const titledItem = grouping && !goal && !!titleOverList(li) && (titledWork || readsAsTask(text.slice(0, MAX_READ)));
    // A numbered title over two or more sub-bullets ("2. **Monitoring**" over "- Alert on …", "- Review …")
    // is counted among the plan's entries, an item, and its sub-bullets are read as a label's would be.
    // A stage of the schedule ("1. **Short term**") stays a label.
    const counted =
      grouping &&
      ordered &&
      !goal &&
      !titledItem &&
      !amongItems &&
      !checkContent &&
      nestedItems.length >= 2 &&
      !!titleOverList(li) &&
      !namesStage(text) &&
      // "1. **Prevention**" over "- ❌ No alert on …": a title over the gaps found, not over work.
      !nested.some(crossedList) &&
      // "- Threshold: 500 messages" under it: the settings of a thing the title names, not parts of work.
      nestedItems.every((n) => n.children[0]?.type !== 'paragraph' || !SHORT_TITLE.test(this.content(n.children[0])));
    // "Configure a jump host, allowing:" over what it allows is a task, its sub-bullets its parts.
    if (grouping && !goal && !titledItem && !counted && !detailed && !checkContent && !amongItems && !STATUS_NOTE.test(text) && effectsLeadIn(text) < 0) {
      const label = text.replace(/:$/, '').trim();
      // "- **Steps taken at once:**" over what the responders did, inside the plan: its entries
      // record the response. One still to do, or a change made to last, stays an item.
      if (recordsResponse(label, nested)) {
        for (const list of nested)
          for (const entry of list.children) {
            const head = entry.children[0];
            if (entry.checked != null || head?.type !== 'paragraph') {
              this.listItem(entry, !!list.ordered, label);
              continue;
            }
            const words = this.content(head).slice(0, MAX_READ);
            if (readsAsTask(words) || aimedAhead(words) || preventsRecurrence(words) || FOR_LATER.test(words)) this.listItem(entry, !!list.ordered, label);
          }
        return;
      }
      for (const list of nested) this.list(list, label);
      return;
    }

    // A question ("Should the cache be regional?") asks; it commits no one to anything. A checkbox,
    // or a task that ends on a question ("Define a process (should we file an issue each time?)"), still counts.
    // Beside lessons, only what reads as a task, or as work done ("Tests are updated to cover …"), is an item.
    // A checkbox, or an entry of a list a directive marks as items, is an item whatever its words.
    const sure = li.checked != null || this.forced;
    if (
      text &&
      // "- `3e5b985` (`fix(ci): pin the runner`)": a value written in code, no words of work around it.
      (sure || this.lastingFixes || !onlyCode(paragraph)) &&
      (!this.placeholders.isPlaceholder(text) || itemLabel(text) > 0) &&
      // "Renaming the archive (as Viewer?)": a doubt in brackets after work named by its gerund is still work.
      (sure || !isQuestion(text) || startsImperative(text.slice(0, 40)) || (/\?\s*\)[\s*_]*$/.test(text) && startsWithGerundOfWork(text))) &&
      (!this.tasksOnly || sure || readsAsTask(text) || (!this.toDoOnly && reportsWorkDone(text))) &&
      // "Incident commander: Ana Lima" names a role in the response; "Customers should retry …" advises readers.
      (sure || (!namesRole(text) && !GUIDANCE.test(text.slice(0, 200)))) &&
      // "This incident must never happen again" as the last bullet of a plan: a vow, no work named;
      // "Resume normal development" after the recovery steps: the response ends, no work named;
      // "Sign-ups will remain closed until …": a state kept for now, no work named;
      // "All avatars were lost": what the incident damaged, its impact counted, no work named.
      (sure || (!closingVow(text) && !backToNormal(text) && !keepsState(text) && !tellsDamage(text)))
    ) {
      const base = startOf(paragraph);
      const raw = this.doc.text.slice(base, endOf(paragraph));
      const tokens = shift(scanTokens(raw), base);
      if (!tokens.owner) {
        // "Sam to send the list …", "@ana will …": the subject of the item is its owner, unless it is
        // the product worked on ("Relay will take steps to …" beside "Relay v2.4").
        const subject = subjectOwner(raw);
        if (subject && !this.namesProduct(subject.value)) tokens.owner = { start: base + subject.start, end: base + subject.end, value: subject.value };
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
      const struck = struckThrough(paragraph.children);
      // "Implemented: …", "Suggested: …": the word that leads the entry tells its state.
      const led = statusLead(text);
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
        done:
          li.checked === true ||
          struck ||
          (li.checked == null &&
            (led !== null
              ? led === true
              : tokens.done || reportsDone(text) || (described && reportsDone(describedBy ?? '')) || reportsDone(afterTitle(paragraph)))),
        struck,
        shape: li.checked != null ? 'task' : ordered ? 'numbered' : 'bullet',
        textSpan: { start: base, end: endOf(paragraph) },
        checkbox,
        insertAt,
        category,
      });
    }
    const title = this.items.length - 1;
    if (goal || titledItem || counted) for (const list of nested) this.list(list, text.replace(/:$/, '').trim());
    else if (!attributes && !settings && !described && !detailed && !checkContent) for (const list of nested) this.subList(list, category, grouping);
    // A counted title whose parts are all told done is done too.
    const parts = this.items.slice(title + 1);
    if (counted && parts.length && parts.every((item) => item.done) && this.items[title]?.text === text) this.items[title].done = true;
  }

  /**
   * A paragraph under a label of work carried out since the incident ("**Action taken:**" over "Our
   * runbook is now easy to find. It names …"), from `from` (after the label when the paragraph opens
   * on it): its first sentence is one item, done; the sentences after it say more of it.
   */
  doneSince(node: Paragraph, from: number): void {
    const end = endOf(node);
    const raw = this.doc.text.slice(from, Math.min(end, from + MAX_READ * 4));
    const [first] = sentenceSpans(raw);
    if (first) this.sentence(from + first.start, from + first.end, false, 'done', true, startOf(node));
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
  partsList(entries: List, category: string | null): void {
    const list = proseEntries(entries, this.doc.text);
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
  private subList(entries: List, category: string | null, parts = false): void {
    const list = proseEntries(entries, this.doc.text);
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
   * A sub-heading of the plan that is an item: numbered ("#### 2) Alerts configured @dma"), led by
   * a verb of doing, or naming one piece of work that the prose under it describes. Its words are
   * the heading's; its owner, due date and ticket may stand in the paragraphs under it (`body`), and
   * it is done when the heading or that prose tells the work carried out (`bodyToldDone`).
   */
  headingItem(node: Heading, text: string, described: Nodes | null = null, body: readonly RootContent[] = []): void {
    const start = startOf(node);
    const raw = this.doc.text.slice(start, endOf(node));
    const words = /^#{1,6}[ \t]+/.exec(raw)?.[0].length ?? 0;
    const base = start + words;
    const tokens = shift(scanTokens(this.doc.text.slice(base, endOf(node))), base);
    // The paragraphs under a heading that names the work are its body: they may say who owns it,
    // when it is due and that it was carried out ("This is already in place. Owner: Ana").
    let prose = '';
    for (const block of body) {
      if (block.type !== 'paragraph') continue;
      const text = this.raw(block).slice(0, MAX_READ);
      const extra = shift(scanTokens(text), startOf(block));
      tokens.owner ??= extra.owner;
      tokens.due ??= extra.due;
      tokens.ticket ??= extra.ticket;
      tokens.status ??= extra.status;
      tokens.done ||= extra.done;
      prose += text + '\n';
    }
    this.push({
      line: this.lineOf(start),
      start,
      text,
      tokens,
      done: tokens.done || reportsDone(text) || (prose !== '' && bodyToldDone(prose)),
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
   * The plain-line title of a part of a plan in a report that lost its heading markers ("Add a
   * second relay" alone on its line, the paragraphs after it telling why and how): an item, as a
   * sub-heading of a plan that opens on a verb of doing is.
   */
  titleItem(title: { start: number; end: number; text: string }, described: Nodes | null, until: number): void {
    const tokens = shift(scanTokens(this.doc.text.slice(title.start, title.end)), title.start);
    // Its prose, to the next title, may report it done ("I have since set up the alarm").
    const prose = this.doc.text.slice(title.end, Math.min(until, title.end + 4000));
    this.push({
      line: this.lineOf(title.start),
      start: title.start,
      text: title.text,
      tokens,
      done: tokens.done || reportsDone(title.text) || describedDone(prose),
      shape: 'heading',
      textSpan: { start: title.start, end: title.end },
      checkbox: null,
      insertAt: title.end,
      category: null,
      end: described ? Math.max(title.end, endOf(described)) : title.end,
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
      const count = this.items.length;
      this.sentence(start, end, false, null, true);
      // "**Replay tool:** To spare the queue, we built a script …": one of the series told as done.
      const made = this.items.length > count ? this.items[this.items.length - 1] : null;
      // "**Disk alerts.** We now page at 90%.": one told as in effect now was carried out too.
      if (made && !made.done && series) {
        const words = plainWords(raw.slice(0, MAX_READ));
        if (tellsOwnWorkDone(words) || tellsWorkInEffect(words)) made.done = true;
      }
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
    // "Action items should address every lesson. We should keep what worked …": a paragraph that
    // opens on what the plan's items must be states the plan's policy; its "we should" is a principle.
    const policy = !implicit && PLAN_POLICY.test(raw.slice(0, 200));
    // "We are reworking our restore procedures. The work is spread over the tickets that follow:":
    // the caption of the list after it, whose entries are the work.
    if (captionsListOfParts(raw, this.doc.text.slice(end, end + 200))) return;
    let first = true;
    const before = this.items.length;
    const commitments = paragraphCommitments(node, raw);
    for (const found of commitments) {
      if (this.safeguardsOnly) {
        this.safeguard(start, raw, found);
        continue;
      }
      if (policy && (found.kind === 'should' || found.kind === 'need')) continue;
      // "We should offer finer controls, see https://…/issues/12", "This is now being revisited in
      // #34": work pointed at its ticket is filed, wherever it is told and however softly.
      const filed = implicit && found.kind !== 'done' && FILED_AT.test(sentenceFrom(raw, found.start));
      // "We have already doubled the backup frequency" among the lessons: a follow-up carried out.
      const told = raw.slice(found.start, found.end);
      // "We've added a health check so that this cannot happen again": wherever it is told, a
      // change made so the incident cannot recur is a follow-up carried out.
      const doneFollowUp =
        implicit &&
        found.kind === 'done' &&
        (found.lasting ||
          (this.lessons && reportsFollowUpDone(told)) ||
          // In the telling of the fix, a change made is the fix itself unless it looks past the incident.
          (followUpMade(plainWords(told)) && (!this.inResolution || aimedAhead(told))));
      if ((implicit || this.tasksOnly) && (found.kind === 'should' || found.kind === 'done') && !filed && !doneFollowUp) continue;
      if (this.tasksOnly && found.kind === 'need') continue;
      const words = plainWords(raw.slice(found.start, Math.min(found.end, found.start + MAX_READ)));
      // In prose, "we will keep monitoring" or "we'll share a write-up" tells readers what comes
      // next in the incident, not work to follow it up.
      if (promisesStatusOnly(words)) continue;
      // Outside the plan, "We're restoring from last night's backup right now" or "(6:30 UTC) We are
      // investigating …" is a live update on the incident, posted while it lasts.
      // So is, in a stream of posted updates, what an update says is under way or needed ("We're
      // investigating.", "To bring it back we need to stop the workers …"): the response as it happened.
      // Not work under way that aims past the incident ("Moving forward, we're adding checks to
      // prevent similar outages"): the post-mortem the stream posts, not the response.
      // Under the heading of a dated update, work that guards against the problem aims past it too.
      const ahead = aimedAhead(words) || (this.underUpdate && GUARDS_AGAINST.test(words));
      if (
        (implicit || this.inUpdate) &&
        (liveStatusUpdate(words) || ((this.stream || this.inUpdate) && (found.kind === 'progress' || found.kind === 'need') && !ahead))
      )
        continue;
      // "## Update 2031-04-09" over "Tomorrow we will assemble the data": the response's next step, said while it runs.
      if (implicit && this.underUpdate && found.kind !== 'done' && !ahead) continue;
      // "All existing users should now sign in with …": advice to the readers, not the authors' work.
      // So, in prose, is a sentence that asks them: "Please watch the feed before you report a fault."
      if (GUIDANCE.test(words.slice(0, 200)) || (implicit && ASKS_READERS.test(words))) continue;
      // "We've taken immediate steps to recover by …": the response to the incident, told as done, is not follow-up work.
      // One aimed firmly past the incident ("we immediately rewrote the runbook so this cannot recur") is follow-up work.
      if (found.kind === 'done' && RECOVERY_REPORT.test(words) && !aimedAhead(words)) continue;
      // "Since the release was fresh, we decided to unpublish it": in the telling of the resolution, a decision is a step taken.
      // So in the cause or the incident as told: "Facing time pressure, we decided to abort the run and retry".
      if ((this.inResolution || this.inAccount) && DECIDED.test(words)) continue;
      // Elsewhere in the story too, outside the lessons, a decision told in the simple past with
      // nothing that points it forward: "As a reboot looked quicker, we decided that we would restart the router".
      if (implicit && !this.lessons && DECIDED_THEN.test(words) && !DECISION_AHEAD.test(words) && !aimedAhead(words) && !FOR_LATER.test(words)) continue;
      // The ticket's address is no content: "see https://host/org/repo/issues/12" restates no item.
      // There, too, a promise that says it holds from now on ("we will leave names out in future cases").
      if (this.remedyOnly && !REMEDY_OPENING.test(words) && !FROM_NOW_ON.test(words)) continue;
      if (this.besideList && ((found.kind !== 'future' && !filed && !doneFollowUp) || this.restates(filed ? words.replace(/<?https?:\/\/\S+/g, ' ') : words)))
        continue;
      // "We are taking the following steps:", "we are working on the following:": a sentence that
      // ends on a colon introduces the items after it; it is not one of them.
      if (/[:：][\s*_]*$/.test(raw.slice(found.start, found.end)) && !(this.captionsTickets && found.kind !== 'done')) continue;
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
        this.tell(key);
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
        // "We will stop the retries. The default will be 3 s. This is already released.": the
        // sentences after the promise, up to the paragraph's next one, that point back at it.
        const until = commitments.find((f) => f.start >= found.end)?.start ?? raw.length;
        if (after.some((sp, k) => (k === 0 || found.end + sp.start < until) && reportsBackDone(raw.slice(found.end + sp.start, found.end + sp.end))))
          made.done = true;
        // "The proper fix is to pin the version. … The fix was to drop the slash": the remedy told
        // again in the past, later in the same paragraph, was carried out.
        else if (!implicit && after.some((sp) => fixToldDone(raw.slice(found.end + sp.start, found.end + sp.end)))) made.done = true;
      }
    }
    // Under a sub-heading of the plan that names the work ("## Removal of the legacy flag"), a
    // sentence "It will be turned off …" is that work, its pronoun standing for the heading or its subject.
    if (headed && first && !implicit && !this.tasksOnly) {
      const spans = sentenceSpans(raw);
      const span = spans.find((sp) => commitsForHeading(raw.slice(sp.start, Math.min(sp.end, sp.start + MAX_READ))));
      if (span) this.sentence(start + span.start, start + span.end, false, 'future', false, start);
      // "#### Quicker debugging" / "To help with this, we also created dashboards.": the first
      // paragraph under a part of the plan tells the work done for it.
      else if (!this.toDoOnly) {
        const done = spans.find((sp) => tellsOwnWorkDone(plainWords(raw.slice(sp.start, Math.min(sp.end, sp.start + MAX_READ)))));
        if (done) this.sentence(start + done.start, start + done.end, false, 'done', false, start);
      }
    }
  }

  /**
   * A sentence of prose that tells a new safeguard as made in the passive ("That is fixed, and a
   * separate alarm has been created to watch the job"): one implicit item, done, from the
   * safeguard's words. Read only in a document that keeps no plan and holds no other item.
   */
  private safeguard(start: number, raw: string, found: { start: number; end: number; kind: Commitment }): void {
    if (found.kind !== 'done') return;
    const words = raw.slice(found.start, Math.min(found.end, found.start + MAX_READ));
    const at = newSafeguardAt(words);
    if (at < 0) return;
    // The safeguard's clause is the item when a clause of its own ("That is fixed, and …") comes before it.
    const from = /[,;:]\s*(?:and\s+|also\s+|so\s+)?$/i.test(words.slice(0, at)) ? found.start + at : found.start;
    this.sentence(start + from, start + found.end, true, 'done', false, start + from);
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
      const to = start + line.at + raw.slice(line.at, next).trimEnd().length;
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
      const to = start + lines[last].at + lines[last].text.trimEnd().length;
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

  /**
   * The names the document writes with a version after them ("Relay v2.4 was released", "Relay
   * 1.8.1") and never as a team's ("the Relay team"): products, whose "Relay will take steps to …"
   * names the thing worked on, not who owns the work. Read once per version of the text; they are
   * part of every block's key (`once`), since a version written in one block changes the reading of
   * another.
   */
  private readonly products: { names: Set<string>; key: string };

  private namesProduct(name: string): boolean {
    return this.products.names.has(name);
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
      if (subject && !this.namesProduct(subject.value)) tokens.owner = { start: start + subject.start, end: start + subject.end, value: subject.value };
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
      category: implicit ? null : this.part,
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
      !this.forced &&
      columns.due !== 0 &&
      body.length &&
      body.filter((row) => CLOCK.test(row.children[0] ? this.content(row.children[0]).slice(0, 40) : '')).length * 2 >= body.length
    )
      return;
    // "| CNAME | www.example.org |" with no column of work, owner, due date or status: a table of
    // records or settings, each row one value per cell, whose values (hosts, keys) are no tasks.
    if (
      !this.forced &&
      (['item', 'owner', 'due', 'status', 'ticket'] as const).every((role) => columns[role] === undefined) &&
      body.length > 0 &&
      body.every((row) => row.children.every((c) => !/\s/.test(this.content(c).trim()))) &&
      header.children.some((_, i) => body.every((row) => !!row.children[i] && recordValue(this.content(row.children[i]))))
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
      // "???" in the owner cell asks who owns the row, and a lone dash leaves it blank: no one is named yet.
      // "Backlog" or "Pending" there holds the place of an owner and names no one: no owner, one to ask for.
      const standIn = !!owner && !!ownerSpan && isStandInOwner(owner);
      if (columns.owner !== undefined) tokens.owner = owner && ownerSpan && !EMPTY_CELL.test(owner) && !standIn ? { ...ownerSpan, value: owner } : null;
      if (standIn && ownerSpan) tokens.ownerStandIn = { ...ownerSpan, value: owner };
      const due = cellText('due');
      const dueSpan = cellSpan('due');
      if (columns.due !== undefined) {
        tokens.due = null;
        if (due && dueSpan && !EMPTY_CELL.test(due)) {
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
        // "Won't do", "Cancelled", "Superseded by #123" in the status cell: the team dropped the row.
        if (statusDrops(status)) tokens.dropped = { ...statusSpan, value: status };
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
      const struck = !!itemCell && struckThrough(itemCell.children);
      this.push({
        line: this.lineOf(startOf(row)),
        start: startOf(row),
        end: endOf(row),
        text,
        tokens,
        done: tokens.done || struck,
        struck,
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
    /** True when the item's words are struck through (see `struckThrough`). */
    struck?: boolean;
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
    // Words that drop the item win over a ticked box ("- [x] Rotate the keys (won't do)": closed, by
    // dropping it); a strike-through does not win over a done word written beside it ("~~…~~ done").
    const dropped = tokens.dropped?.value ?? (p.struck && !tokens.done ? STRUCK : null);
    this.items.push({
      line: p.line,
      start: p.start,
      end: p.end,
      text: p.text,
      title: itemTitle(p.text, [tokens.owner?.value, tokens.due?.text, tokens.status?.value, tokens.dropped?.value]),
      owner: tokens.owner?.value ?? null,
      owners: tokens.owner ? splitOwners(tokens.owner.value) : [],
      due,
      dueText: tokens.due?.text ?? null,
      done: p.done && dropped === null,
      dropped,
      ticket: tokens.ticket,
      priority: tokens.priority,
      category: tokens.category ?? p.category,
      shape: p.shape,
      dueKind,
      dueReadings,
      textSpan: p.textSpan,
      ownerSpan: tokens.owner ? { start: tokens.owner.start, end: tokens.owner.end } : null,
      ownerStandIn: tokens.owner ? null : (tokens.ownerStandIn ?? null),
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

/** "Ana Lima will own both changes", "@ana leads this work", "Ops is responsible for these": an owner for the work just named. */
const OWNER_STATEMENT =
  /^[\s*_]*(@[\p{L}\p{N}_][\p{L}\p{N}_.-]{0,38}|\p{Lu}[\p{L}'’-]{0,30}(?:\s+\p{Lu}[\p{L}'’-]{0,30}){0,3})\s+(?:will\s+)?(?:own|owns|lead|leads|drive|drives|be\s+responsible\s+for|is\s+responsible\s+for|take\s+ownership\s+of|takes\s+ownership\s+of)\s+(?:both|these|those|this|them|all|the\s+(?:changes|work|items|tasks|fixes|above))\b/u;

/** A bullet a Markdown parser reads as text, or a number that cannot start a list inside a paragraph, at a line's start. */
const PSEUDO_BULLET = /^[ \t]{0,3}(?:[•◦▪▫‣⁃●○➤➔→☐✓✔✅]\uFE0F?|\d{1,2}[.)])[ \t]+(?=\S)/u;

/** Bold leads that introduce a remark, not a piece of work ("**Note:** …", "**Update:** …"). */
const REMARK_LEAD =
  /^(?:notes?|nb|n\.b\.|update[sd]?|edit(?:ed)?|disclaimer|status|summary|context|background|ps|p\.s\.|tl;?dr|warning|caveat|important|reminder|thanks|credits?)\b/i;

/** An HTML block of pictures only ("<img …>", "<figure>…</figure>"). */
const PICTURE_HTML = /^\s*(?:<\/?(?:img|figure|figcaption|picture|source|br|p|div)\b[^<>]{0,2000}>\s*){1,12}$/i;

/** True for an image, or a link around images alone (a screenshot linked to its full size, a badge). */
function picture(c: PhrasingContent): boolean {
  return c.type === 'image' || c.type === 'imageReference' || (c.type === 'link' && c.children.length > 0 && c.children.every(picture));
}

/**
 * True for a block that only shows a picture: an `<img>` block, or a paragraph of images alone,
 * linked or not. Exported for the content signs: a picture is no paragraph of a post's prose.
 */
export function onlyPicture(node: RootContent): boolean {
  if (node.type === 'html') return node.value.length < 4000 && /<img\b/i.test(node.value) && PICTURE_HTML.test(node.value);
  return (
    node.type === 'paragraph' &&
    node.children.some(picture) &&
    node.children.every((c) => picture(c) || c.type === 'break' || (c.type === 'text' && !c.value.trim()))
  );
}

/**
 * True when a list of bare addresses (one to three, no words of their own) follows a paragraph of
 * the plan that ends on a colon: the tickets of the work the paragraph tells.
 */
function ticketsUnder(caption: RootContent | undefined, next: RootContent | undefined): boolean {
  return (
    caption?.type === 'paragraph' &&
    next?.type === 'list' &&
    next.children.length <= 3 &&
    next.children.every(bareLink) &&
    /[:：][\s*_]*$/.test(toString(caption).slice(-40)) &&
    captionWork(toString(caption))
  );
}

/**
 * True when a list of one to three entries, each only a link (bare or titled, to a ticket or a
 * page) and none a task, follows a paragraph that ends on a colon and is a sentence, not a label
 * ("Tracking issues:"), whose last sentence tells no work ("For example:", "More on this at:"): the
 * links finish that sentence, as what to read or the tickets of work told before it. Under "We will
 * …:", or titled as tasks ("Add an alert (#12)"), they stay items.
 */
function linksUnder(caption: RootContent | undefined, next: RootContent): boolean {
  if (caption?.type !== 'paragraph' || next.type !== 'list' || next.children.length > 3) return false;
  const text = toString(caption).slice(-MAX_READ);
  return (
    /[:：][\s*_]*$/.test(text) &&
    text.split(/\s+/).length >= 5 &&
    next.children.every(
      (li) => li.children.length === 1 && li.children[0].type === 'paragraph' && onlyLinks(li.children[0]) && !readsAsTask(toString(li).slice(0, MAX_READ)),
    ) &&
    !captionWork(text)
  );
}

/** True when the last sentence of a caption names work to do ("The files should be moved …:"), not a label ("Tracking issues:"). */
function captionWork(text: string): boolean {
  const last =
    text
      .slice(-MAX_READ)
      .split(/(?<=[.!?])\s+/)
      .pop() ?? '';
  const kind = readSentence(last)?.kind;
  return kind !== undefined && kind !== 'done';
}

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

/** What `paragraphTask` said of a paragraph, kept per node: a plan's run of paragraphs asks it of each one's neighbours. */
const taskParagraphs = new WeakMap<Paragraph, boolean>();

/** True when a paragraph is a task of its own: it starts with a verb of doing and is no question or lead-in. */
function paragraphTask(node: Paragraph): boolean {
  let task = taskParagraphs.get(node);
  if (task === undefined) taskParagraphs.set(node, (task = readsAsParagraphTask(node, startsImperative)));
  return task;
}

function readsAsParagraphTask(node: Paragraph, opens: (text: string) => boolean): boolean {
  const words = toString(node).slice(0, 400).trim();
  if (!opens(words.slice(0, 80)) || isQuestion(words) || /[:：]$/.test(words)) return false;
  // "See the tracking issue", "Thanks …": pointers and credits are not work.
  return !/^(?:see|thanks|thank|read|note)\b/i.test(words) && !addressesReader(words.slice(0, 200));
}

/** Words that open a sentence without being a verb of doing: function words, pronouns, determiners, words of sequence. */
const NOT_A_VERB =
  /^(?:a|an|the|this|that|these|those|there|here|it|its|we|our|us|i|my|you|your|they|their|he|she|his|her|one|some|any|all|each|every|no|not|none|both|either|neither|many|much|more|most|few|several|such|other|another|in|on|at|by|for|from|with|without|within|into|onto|of|off|over|under|after|before|during|since|until|while|when|whenever|where|if|unless|though|although|because|as|so|but|and|or|nor|yet|then|also|however|still|only|just|even|once|again|first|second|third|finally|lastly|next|now|today|why|how|what|who|which|whether|let|please|see|note|read)$/i;

/** What follows a verb of doing, its object: a determiner, a possessive, a question word, a pronoun. */
const OBJECT_FIRST =
  /^(?:a|an|the|our|your|their|its|all|every|each|some|any|more|fewer|less|better|clear|clearer|who|what|when|where|which|how|whether|this|these|those|it|them|us|everyone|everything|someone|something|track|sure)$/i;

/**
 * True for text that opens as an order does, with a verb the common list may not hold: a
 * capitalised word that is no function word, no adverb, participle or plural, then the start of its
 * object ("Have a clear line …", "Know who answers …", "Own the rollout …"). Not "Mistakes are …".
 */
function opensLikeImperative(text: string): boolean {
  const m = /^[\s*_`"'(]*(\p{Lu}\p{Ll}{1,15})[ \t]+([\p{L}'’]{1,20})/u.exec(text);
  if (!m) return false;
  const word = m[1].toLowerCase();
  if (NOT_A_VERB.test(word) || /(?:ly|ing|ed)$/.test(word) || (/s$/.test(word) && !/ss$/.test(word))) return false;
  return OBJECT_FIRST.test(m[2]);
}

/**
 * A plan written one paragraph per item ("Improve …", "Establish …", "Reduce …"): a paragraph among
 * them that opens as an order does, on a verb the common list does not hold ("Have a clear line …",
 * "Know who …"), is one more of them. Siblings are the paragraphs of one run (no heading, list or
 * table between them; a picture does not break it); two of them at least must read as tasks.
 */
function siblingOfTasks(children: readonly RootContent[], i: number, inRun: (j: number) => boolean): boolean {
  const node = children[i];
  if (node.type !== 'paragraph' || paragraphTask(node) || !readsAsParagraphTask(node, opensLikeImperative)) return false;
  let tasks = 0;
  for (const step of [-1, 1]) {
    // A plan's run is read up to a bound each way: a sibling is near the paragraphs it stands among.
    for (let j = i + step, seen = 0; j >= 0 && j < children.length && inRun(j) && seen < 40; j += step, seen++) {
      const other = children[j];
      if (onlyPicture(other)) continue;
      if (other.type !== 'paragraph') break;
      if (paragraphTask(other) && ++tasks >= 2) return true;
    }
  }
  return false;
}

/**
 * True when a list of checkboxes in the telling of the incident is a checklist of work: a box still
 * open, and, under a heading that tracks the write-up, two boxes in three that open as an order does
 * ("Set a spending limit", "Replay the dead-letter queue", a verb the common list may not hold, then
 * its object), not as a state of the write-up ("Timeline filled in", "Read by the on-call lead"). A
 * lone box is read by its own words, as each box of a longer list is.
 */
function checklistOfWork(list: List, tracksWriteUp: boolean): boolean {
  const boxes = list.children.filter((li) => li.checked != null);
  if (!boxes.some((li) => li.checked === false)) return false;
  if (!tracksWriteUp) return true;
  const work = boxes.filter((li) => {
    const words = li.children[0]?.type === 'paragraph' ? toString(li.children[0]).slice(0, 40) : '';
    return startsImperative(words) || opensLikeImperative(words);
  }).length;
  return mostlyWork(work, boxes.length);
}

/**
 * Text without its HTML comments, and the spaces before each ("Follow-ups: <!-- postmortem-disable-line
 * … -->"): a note or a control comment is not part of what a lead-in says, how long it is, or what it
 * ends on. Read with `indexOf`, once through: an opener left unclosed stays as written.
 */
function withoutComments(text: string): string {
  let open = text.indexOf('<!--');
  if (open < 0) return text;
  let out = '';
  let from = 0;
  while (open >= 0) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    out += text.slice(from, open).trimEnd();
    from = close + 3;
    open = text.indexOf('<!--', from);
  }
  return out + text.slice(from);
}

/**
 * The sections as this reader sees them: a section of the lessons or the response that counts as
 * the action items only by the changes its prose tells (`planInProse`) keeps its own kind here, so
 * its sentences are read as the lessons' or the response's are.
 */
function readingSections(sections: readonly Section[]): readonly Section[] {
  if (!sections.some((s) => s.planInProse)) return sections;
  return sections.map((s) => (s.planInProse ? { ...s, kinds: s.kinds.filter((k) => k !== 'action-items') } : s));
}

/**
 * Reads every action item of the document: in action-item sections (any of their aliases, or a
 * section that reads as remediation), in lists introduced by a "Follow-ups:" line, in tables anywhere
 * whose header has an action column and an owner or due column, in checkboxes, in lists or tables a
 * `postmortem-action-items` comment marks, and in prose that commits to work or tells work done since
 * the incident (beside a list, only what the list does not hold).
 */
export function extractActionItems(doc: AnalysedDocument, settings: Settings): ActionItem[] {
  const extractor = new Extractor(doc, settings);
  /** Reads the entries of a list that a status word leads ("Implemented: …"); the others say more of them. */
  const readStatusLed = (list: List): void =>
    extractor.once(list, ['status-led'], () => {
      for (const li of list.children) {
        const first = li.children[0];
        if (first?.type === 'paragraph' && statusLead(toString(first)) !== null) extractor.listItemOf(li, !!list.ordered);
      }
    });
  const sections = readingSections(doc.model.sections);
  const children = doc.root.children;
  const { sections: matcher } = compiled(settings);
  const isActionHeading = (text: string) => matcher.match(text) === 'action-items' || readsAsRemediation(text);
  // A short line that names the lessons ("**Lessons Learned**:", "What we learned:") over the list after it.
  const headsLessons = (previous: RootContent | undefined) => {
    if (previous?.type !== 'paragraph' || endOf(previous) - startOf(previous) > 80) return false;
    const label = leadInText(previous).replace(/[*_]+/g, '').trim();
    // "The lesson was a costly one, and we put safeguards in place:" goes on to the work done since: its list holds that work.
    return (
      /[:：][\s*_]*$/.test(doc.text.slice(startOf(previous), endOf(previous))) && matcher.match(label) === 'lessons-learned' && !ACTS_ON_LESSON.test(label)
    );
  };
  // Mark the blocks of action-item sections, named as such or in words that read as remediation;
  // nested action sections share blocks with their parent. Timeline sections are never prose to read.
  const inSection = new Uint8Array(children.length);
  // 1 for a block of a list of fixes made to last (see `lastingFixes` below).
  const lastingBlock = new Uint8Array(children.length);
  const updates = statusUpdates(children);
  // "## Update 2031-04-09", "## Update 2031-04-08", …: a stream of updates in heading form; when the
  // updates are the document, what it says outside them is posted with them ("we are working on restoring the data").
  const headedUpdates = updateSections(sections, children.length);
  extractor.stream = postedStream(children) || headedUpdates?.whole === true;
  const depthOf = new Map<number, number>();
  for (const section of sections) {
    if (section.kind === 'timeline' && !section.incidentLog) for (let i = section.blocks[0]; i < section.blocks[1]; i++) inSection[i] = 2;
    // "The pre-agreed maintenance actions:" over the steps of the change the incident happened in: no plan, nor prose to read.
    if (PROCEDURE_HEADING.test(section.heading.text.slice(0, 200))) for (let i = section.blocks[0]; i < section.blocks[1]; i++) inSection[i] = 2;
  }
  // "### What we learned" → "#### Quicker detection": a part of the plan named by the gain it seeks.
  const gains = new Set(gainParts(sections));
  for (const section of sections) {
    const gain = gains.has(section);
    // "### Fixes applied 2026-09-08", "## What was fixed permanently" over a list: the changes made to
    // keep the incident from coming back, each an item, done; told in prose, they are the resolution.
    const lastingFixes =
      (section.kind === null || section.kind === 'resolution') &&
      section.source === 'heading' &&
      section.blocks[0] < section.blocks[1] &&
      children[section.blocks[0]]?.type === 'list' &&
      headsLastingFixes(normaliseHeading(section.heading.text.slice(0, 200)));
    if (!gain && !lastingFixes && section.kind !== 'action-items' && (section.kind !== null || !readsAsRemediation(section.heading.text))) continue;
    if (lastingFixes) for (let i = section.blocks[0]; i < section.blocks[1]; i++) lastingBlock[i] = 1;
    // "### 4:09-4:56 PM: Post-Incident Follow-up", "### T+3 (18:00) - Remediation" inside a timeline is a stretch of it, not a plan;
    // "More Resources" lists reading, not work.
    if (
      (inSection[section.blocks[0]] === 2 && (startsWithStamp(section.heading.text) || holdsTime(section.heading.text))) ||
      REFERENCE_HEADING.test(normaliseHeading(section.heading.text)) ||
      PROCEDURE_HEADING.test(section.heading.text.slice(0, 200)) ||
      // "CVE issue(s)", "Related issues" over bare addresses: where the incident is tracked, not work to follow it.
      (ISSUE_REFERENCE.test(normaliseHeading(section.heading.text)) && onlyBareLinks(children.slice(section.blocks[0], section.blocks[1]))) ||
      CLOSES_REPORT.test(section.heading.text)
    )
      continue;
    // A heading that names the plan together with another section ("Lessons and next steps") holds
    // both: there only what reads as a task is an item (mark 3), the lessons beside it are not.
    const mixed = !gain && !lastingFixes && section.kinds.some((k) => k !== 'action-items');
    for (let i = section.blocks[0]; i < section.blocks[1]; i++) {
      if (inSection[i] !== 1 && inSection[i] !== 3) depthOf.set(i, section.heading.depth);
      if (inSection[i] !== 1) inSection[i] = mixed ? 3 : 1;
    }
  }
  // "**Long-term fixes:**" on a line of its own in the resolution, over "- Added a check on …",
  // "- Moved the limit into …": the changes made to last, read as under a heading that names them.
  // The kind of the heading's section each block stands under: null for a heading of no kind,
  // undefined for a block under no heading.
  const headingKind = new Array<(typeof sections)[number]['kind'] | undefined>(children.length).fill(undefined);
  for (const section of sections) if (section.source === 'heading') for (let i = section.blocks[0]; i < section.blocks[1]; i++) headingKind[i] = section.kind;
  for (let i = 1; i < children.length; i++) {
    const node = children[i];
    if (node.type !== 'list' || inSection[i] || inSection[i - 1] || (headingKind[i] !== null && headingKind[i] !== 'resolution')) continue;
    if (titlesLastingFixes(children[i - 1]) && entriesToldDone(node)) {
      inSection[i] = 1;
      lastingBlock[i] = 1;
    }
  }
  // The heading of a part of the plan inside a section of another kind ("### What we learned" →
  // "#### Quicker detection"): it names the part its paragraphs and lists serve, as a sub-heading inside the plan does.
  const partHeading = new Set<number>();
  for (const section of sections) {
    const at = section.blocks[0] - 1;
    if (section.source !== 'heading' || (section.kind !== 'action-items' && !gains.has(section)) || at < 0 || children[at]?.type !== 'heading') continue;
    if (!inSection[at] && headingKind[at] !== undefined) partHeading.add(at);
  }
  for (const section of sections) {
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
  for (const section of toldFixSections(sections)) {
    for (let i = section.blocks[0]; i < section.blocks[1]; i++) {
      if (inSection[i] !== 1 && inSection[i] !== 3) continue;
      inSection[i] = 3;
      toldFix[i] = 1;
    }
  }
  // A part of the plan that records the response ("Immediate actions (completed)", "Steps taken") tells
  // what was done during the incident: its steps are not follow-up work, and neither are their details.
  // "**Actions taken:**" beside "**Actions planned:**", or inside the lessons: work done since the
  // incident, not the response to it. Each entry under it, or the first sentence of its prose, is an item, done.
  const doneSince = doneSinceLabels(sections);
  // 1 for a block under such a label line; for the paragraph a bold label opens, where its words start.
  const doneBlock = new Uint8Array(children.length);
  const doneFrom = new Map<number, number>();
  for (const section of doneSince) {
    const at = childIndexAt(doc.root, section.heading.start);
    if (section.source === 'label' && at >= 0 && children[at]?.type === 'paragraph') doneFrom.set(at, section.bodyStart);
    for (let i = section.blocks[0]; i < section.blocks[1]; i++) if (i !== at && (inSection[i] === 1 || inSection[i] === 3)) doneBlock[i] = 1;
  }
  for (const section of sections) {
    const [from, to] = section.blocks;
    if (from >= to || (inSection[from] !== 1 && inSection[from] !== 3) || doneSince.includes(section)) continue;
    if (recordsResponse(section.heading.text, children.slice(from, to))) for (let i = from; i < to; i++) if (!doneBlock[i]) inSection[i] = 4;
  }
  // "## Recovery actions" over status lines ("Attacker wallets traced.", "Users identified and will be
  // emailed"): where the response stands; only what promises work to come is read, as a task.
  const statusPart = new Uint8Array(children.length);
  for (const section of sections) {
    const [from, end] = section.blocks;
    if (from >= end || inSection[from] !== 1 || section.source !== 'heading') continue;
    // Only the section's own blocks, up to its first sub-heading: "### Planned actions" under it is a plan.
    let to = from;
    while (to < end && children[to].type !== 'heading') to++;
    if (reportsResponseStatus(section.heading.text, children.slice(from, to)))
      for (let i = from; i < to; i++)
        if (inSection[i] === 1) {
          inSection[i] = 4;
          statusPart[i] = 1;
        }
  }
  // "## Recovery" → "### `INC-7`" over imperative steps: how that incident was recovered, not a plan.
  for (const section of recoverySteps(sections, children))
    for (let i = section.blocks[0]; i < section.blocks[1]; i++) if (inSection[i] === 1 || inSection[i] === 3) inSection[i] = 4;
  // "### Rolling back" opening on "Instructions for rolling back each agent.": a part of the plan
  // that hands its readers a procedure to follow; its steps are theirs, not the authors' follow-up work.
  for (const section of sections) {
    const [from, to] = section.blocks;
    if (section.source !== 'heading' || section.kind !== null || from >= to || (inSection[from] !== 1 && inSection[from] !== 3)) continue;
    if (introducesInstructions(children[from])) for (let i = from; i < to; i++) if (inSection[i] === 1 || inSection[i] === 3) inSection[i] = 4;
  }
  // "## User next steps", "## What you need to do": a plan of the readers' own, not the authors'
  // follow-up work; like a record of the response, only an item labelled so is work there.
  // A sub-section of the authors' own plan inside it ("### What we are doing") stays a plan.
  for (const section of sections) {
    if (section.source !== 'heading' || !speaksToReaders(section.heading.text)) continue;
    const [from, to] = section.blocks;
    const ours = sections.filter(
      (s) =>
        s !== section && s.blocks[0] >= from && s.blocks[1] <= to && s.kind === 'action-items' && s.decidedBy !== 'body' && !speaksToReaders(s.heading.text),
    );
    for (let i = from; i < to; i++) if ((inSection[i] === 1 || inSection[i] === 3) && !ours.some((s) => i >= s.blocks[0] && i < s.blocks[1])) inSection[i] = 4;
  }
  // "### Changes we could make", "### Recommendations" beside "### Actions": ideas offered next to the
  // committed plan; like a record of the response, only an item labelled so is work there.
  for (const section of ideaSections(sections, children))
    for (let i = section.blocks[0]; i < section.blocks[1]; i++) if (inSection[i] === 1 || inSection[i] === 3) inSection[i] = 4;
  // "**Lessons learned**:" inside a plan heads what the incident taught, not work: nothing under it is an item.
  for (const section of sections) {
    if (section.source === 'heading' || section.kind !== 'lessons-learned') continue;
    for (let i = section.blocks[0]; i < section.blocks[1]; i++) if (inSection[i] === 1 || inSection[i] === 3) inSection[i] = 4;
  }
  // Blocks of sections whose heading speaks to the readers ("What should you do?"): a lead-in there
  // ("Our recommendations are to:") hands its list to them, not to the authors.
  const toReaders = new Uint8Array(children.length);
  for (const section of sections)
    if (section.source === 'heading' && speaksToReaders(section.heading.text)) for (let i = section.blocks[0]; i < section.blocks[1]; i++) toReaders[i] = 1;
  // Blocks of sections that tell the incident, or that are a required section other than action items.
  const narrative = new Uint8Array(children.length);
  for (const section of sections) {
    if (section.kind === null && !readsAsNarrative(section.heading.text)) continue;
    for (let i = section.blocks[0]; i < section.blocks[1]; i++) narrative[i] = 1;
  }
  // Blocks of sections that tell the incident itself: its timeline, detection, impact and response.
  const toldIncident = new Uint8Array(children.length);
  for (const section of sections) {
    if (
      !CLOSES_REPORT.test(section.heading.text) &&
      !section.kinds.some((k) => INCIDENT_KINDS.has(k)) &&
      !(
        section.kind === null &&
        ((readsAsNarrative(section.heading.text) && !readsAsLessons(section.heading.text)) || TRACKS_DOCUMENT.test(section.heading.text))
      )
    )
      continue;
    // 2: a section that tracks the write-up itself (its review, sign-off or closing steps).
    const tracksWriteUp = CLOSES_REPORT.test(section.heading.text) || TRACKS_DOCUMENT.test(section.heading.text);
    for (let i = section.blocks[0]; i < section.blocks[1]; i++) toldIncident[i] = tracksWriteUp ? 2 : 1;
  }
  // Blocks of a plan titled by a plain line in a report that lost its heading markers: its parts are titled so too.
  const plainPlan = new Uint8Array(children.length);
  for (const section of sections)
    if (section.plain && section.kinds.includes('action-items')) for (let i = section.blocks[0]; i < section.blocks[1]; i++) plainPlan[i] = 1;
  // Before the first section (a summary without a heading) nothing is a list of tasks either.
  const firstSection = sections[0]?.blocks[0] ?? children.length;
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
  // "- Priya" as the last line, after the closing words: the writer signs the report, no one takes on work.
  const signOff = signOffBlock(children);
  // "**Last updated**: 2026-04-20", "**Next review**: after the audit" at the very end: the report's own record.
  const closing = closingRecord(children);
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (i === signOff || i >= closing) continue;
    extractor.lastingFixes = lastingBlock[i] === 1;
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
      headedDone = headsDoneWork(normaliseHeading(toString(node).slice(0, 200)));
      describing = false;
      if (inSection[i] === 1 || inSection[i] === 3) {
        const text = toString(node).trim();
        // A numbered sub-heading of an action section is an item, and so is one that starts with a
        // verb of doing ("### Add rate limits to the relay"); another names a category.
        const deeper = node.depth > (depthOf.get(i) ?? 0);
        let last: RootContent | null = null;
        let holdsList = false;
        // True while the body holds only prose: paragraphs, a quote, a code block.
        let proseOnly = true;
        let j = i + 1;
        for (; j < children.length && children[j].type !== 'heading' && (inSection[j] === 1 || inSection[j] === 3); j++) {
          last = children[j];
          if (last.type === 'list') holdsList = true;
          if (last.type !== 'paragraph' && last.type !== 'blockquote' && last.type !== 'code') proseOnly = false;
        }
        const after = children[j];
        // True when a deeper sub-heading follows the heading's own prose: it has parts of its own.
        const hasParts = after?.type === 'heading' && after.depth > node.depth;
        // A verb-led sub-heading over a list of its own ("#### Tighten logging" then "- Hash … / - Trim …"),
        // or over sub-headings of its own ("### Build a restore tool" then "#### Dumping" / "#### Loading"),
        // names a group: the parts hold the items, the heading is not one more spanning them all.
        const verbLed = startsImperative(text.slice(0, 40)) && !holdsList && !hasParts && !isQuestion(text) && !readsAsNarrative(text);
        const body = children.slice(i + 1, j);
        // "### Regional failover for the queue" over one paragraph of prose that opens on the work ("Keep a
        // warm standby in …"), with no sub-heading under it: the heading names one piece of work, its
        // prose is the description. "### Short term" or "### Detection" over it names a group.
        const named = deeper && proseOnly && !hasParts && describesOneTask(body) && namedWork(text, (heading) => matcher.match(heading));
        // "### 2. Backups" over "- Copy the dumps off site / - Test a restore": a numbered sub-heading
        // over a list of entries that are items names their group, as a verb-led one does.
        const numbered = /^\d{1,3}[.)]\s/.test(text) && !holdsList;
        // "### 3. Check the queue is drained" over a fenced command (and the output to expect): a step
        // of a check or a runbook, handed to whoever runs it; its heading names no work to follow up.
        // "### 3. Queue runbook" over a code block names a thing to write, and stays an item.
        const commandStep = body[0]?.type === 'code' && startsImperative(text.replace(/^\d{1,3}[.)]\s+/, '').slice(0, 40));
        if (deeper && (numbered || verbLed || named) && !commandStep) {
          extractor.headingItem(node, text, last, body);
          category = null;
          describing = true;
        } else {
          category = text || null;
          headedAt = i;
        }
      } else if (partHeading.has(i)) {
        category = toString(node).trim() || null;
        headedAt = i;
      } else category = null;
      listStatus = null;
      continue;
    }
    // "**Action taken:** Our runbook is now easy to find.": the words after the label are the item, done.
    const labelFrom = doneFrom.get(i);
    if (labelFrom !== undefined && node.type === 'paragraph') {
      extractor.once(node, ['done-since', labelFrom - startOf(node)], () => extractor.doneSince(node, labelFrom));
      continue;
    }
    if (doneBlock[i] && node.type === 'paragraph') {
      extractor.once(node, ['done-since', 0], () => extractor.doneSince(node, startOf(node)));
      // "We've set criteria for pausing the system:" over the criteria: the list says what the work holds.
      if (/[:：][\s*_]*$/.test(doc.text.slice(Math.max(startOf(node), endOf(node) - 20), endOf(node))) && children[i + 1]?.type === 'list') i++;
      continue;
    }
    if (doneBlock[i] && node.type === 'list') {
      const before = extractor.items.length;
      extractor.once(node, ['block', category], () => extractor.block(node, category));
      for (const item of extractor.items.slice(before)) if (item.shape !== 'task') item.done = true;
      continue;
    }
    if (inSection[i] === 1 || inSection[i] === 3) {
      extractor.tasksOnly = inSection[i] === 3 || problems;
      extractor.toDoOnly = toldFix[i] === 1;
      // "Add a second relay" alone on its line in such a plan: an item, the paragraphs after it its
      // description (and the lines glued above it, the description of the part before).
      const part = plainPlan[i] && node.type === 'paragraph' ? plainPartTitle(doc.text, startOf(node), endOf(node)) : null;
      if (part) {
        let last: RootContent | null = null;
        let next: ReturnType<typeof plainPartTitle> = null;
        for (let j = i + 1; j < children.length && plainPlan[j]; j++) {
          next = plainPartTitle(doc.text, startOf(children[j]), endOf(children[j]));
          if (next) break;
          last = children[j];
        }
        // The part's prose runs to the next title: of the next part, or of the next section (glued under its last paragraph).
        const until = next?.start ?? sections.find((s) => s.heading.start > part.end)?.heading.start ?? doc.text.length;
        extractor.titleItem(part, last, until);
        describing = true;
      } else if (node.type === 'paragraph') {
        const status = children[i + 1]?.type === 'list' ? statusLine(toString(node)) : null;
        const raw = doc.text.slice(startOf(node), endOf(node));
        const leadIn =
          children[i + 1]?.type === 'list' && inSection[i + 1] === inSection[i] && !describing && !extractor.tasksOnly && raw.length < 400
            ? effectsLeadIn(raw)
            : -1;
        if (status !== null) listStatus = status;
        // "The lesson was a costly one, and we put safeguards in place:", "We made four changes:": the list holds what was done.
        else if (
          children[i + 1]?.type === 'list' &&
          raw.length < 400 &&
          /(?:[:：]|\s[-–—])[\s*_]*$/.test(raw) &&
          ((ACTS_ON_LESSON.test(toString(node)) && matcher.match(leadInText(node)) === 'lessons-learned') || CHANGES_MADE.test(toString(node)))
        )
          listStatus = true;
        else if (leadIn > 0) {
          extractor.leadTask(node, leadIn);
          partsFollow = true;
        } else if (!describing) {
          // One of two or more paragraphs in a row led by a bold title.
          const lead = boldLead(node);
          // A picture between two such paragraphs (the diagram of the first) leaves them in a row.
          const near = (j: number, step: number) => {
            if (children[j] && onlyPicture(children[j])) j += step;
            const other = children[j];
            return !!other && other.type === 'paragraph' && (inSection[j] === 1 || inSection[j] === 3) && boldLead(other) !== null;
          };
          const series = lead !== null && (near(i - 1, -1) || near(i + 1, 1));
          const headed = headedAt === i - 1;
          const sibling = !series && !extractor.tasksOnly && siblingOfTasks(children, i, (j) => inSection[j] === inSection[i]);
          extractor.part = category;
          extractor.inUpdate = updates.has(i);
          extractor.captionsTickets = ticketsUnder(node, children[i + 1]);
          extractor.once(node, ['paragraph', series || sibling, headed, category, extractor.inUpdate, extractor.captionsTickets], () =>
            extractor.paragraph(node, false, series || sibling, headed),
          );
          extractor.inUpdate = false;
          extractor.captionsTickets = false;
          extractor.part = null;
        }
      } else if (!(
        node.type === 'list' &&
        (enumeratesPrevious(children[i - 1], node) ||
          recountsSteps(children[i - 1]) ||
          advisesReaders(children[i - 1]) ||
          // "Useful links:" over what to read; "- Agent: `v2.4.1`", the releases to run; "1. Stop
          // the agent … 3. Start the agent", a procedure for operators: none of it is follow-up work.
          namesReferences(children[i - 1]) ||
          referenceList(node) ||
          stopStartProcedure(node) ||
          // "**Lessons learned**:" over its list inside the plan: lessons, not work.
          headsLessons(children[i - 1]) ||
          // "- Do not assume …", "- If a job stops at once, suspect …": rules of thumb, not work.
          listsRules(node) ||
          // "- https://…/issues/320" under the work it tracks, captioned on a colon: the caption is the item.
          ticketsUnder(children[i - 1], node) ||
          // "In the past we had other outages like it, for example:" over "- [Disk full in May](…/issues/79)":
          // a sentence's few links, pointers or the tickets of work it tells, not work of their own.
          linksUnder(children[i - 1], node) ||
          // "- P0 - Must be done before the release", "- Detect - Find out sooner": the legend of the plan's labels.
          legendList(node, children.slice(i + 1, i + 41)) ||
          // "- db-02.internal", "- oldshare": the hosts or names a change touched, values and no work.
          recordList(node) ||
          // "The project already employs several tools:" over what they are: in place, not to do.
          (children[i - 1]?.type === 'paragraph' && introducesExisting(toString(children[i - 1]))) ||
          // "Add a CI job to verify:", or "Before each deploy:" under "### Release checklist": what the check holds.
          (children[i - 1]?.type === 'paragraph' && specifiesCheck(toString(children[i - 1]), category)))
      )) {
        const status = listStatus ?? (headedDone || null);
        // "### Completed" over "- Old replica removed from the pool / - Customers told by mail", beside a
        // part of the plan still to come ("### Planned"): a list that tells only states reached records
        // the steps of the response; the plan is the other part.
        if (
          status === true &&
          node.type === 'list' &&
          toldAsStatesReached(node) &&
          workToComeBeside(children, i, (j) => inSection[j] === 1 || inSection[j] === 3)
        ) {
          listStatus = null;
          partsFollow = false;
          extractor.tasksOnly = false;
          extractor.toDoOnly = false;
          continue;
        }
        const before = extractor.items.length;
        if (partsFollow && node.type === 'list') extractor.once(node, ['parts', category], () => extractor.partsList(node, category));
        else extractor.once(node, ['block', category], () => extractor.block(node, category));
        // "Completed:" over a list: its items are done; "In progress:" or "Planned:": still open.
        // Under "Corrective measures implemented", what the list holds is done.
        // An entry that tells its own work as still under way ("We are studying a replacement") keeps
        // its own reading under a lead-in told done: the tense of the entry wins over that of its lead.
        if (node.type === 'list' && status !== null)
          for (const item of extractor.items.slice(before)) if (item.shape !== 'task' && !(status && stillUnderWay(item.text))) item.done = status;
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
      // "- Implemented: …", "- Suggested: …": work led by its status word is follow-up work, here too.
      else if (node.type === 'list' && statusLedList(node, true)) readStatusLed(node);
      // "- [x] Deploy the lasting fix so it cannot recur" among the steps taken: follow-up work, done;
      // "- [ ] Rotate the token" among them is work still to do.
      else if (node.type === 'list')
        for (const li of node.children) {
          const first = li.children[0];
          if (li.checked != null && first?.type === 'paragraph' && (li.checked === false || preventsRecurrence(toString(first).slice(0, MAX_READ))))
            extractor.listItemOf(li, !!node.ordered);
          // Among status lines of the response, an entry that promises work to come is follow-up.
          else if (statusPart[i] && first?.type === 'paragraph' && promisesWork(toString(first).slice(0, MAX_READ))) extractor.listItemOf(li, !!node.ordered);
        }
      continue;
    }
    if (node.type === 'table') {
      extractor.once(node, ['table'], () => extractor.table(node, false, null));
    } else if (node.type === 'html') {
      extractor.once(node, ['html'], () => extractor.html(node, false, null));
    } else if (
      node.type === 'list' &&
      ((imperativeList(node) && !narrative[i] && !stopStartProcedure(node)) || commitmentList(node)) &&
      // "The other fixes from that pull request were kept:" over what the code now does: shipped, not work.
      !listsChangesKept(children[i - 1]) &&
      // "Then we did the following:", "The move was supposed to be quick:" over the steps of the
      // response or of the operation as planned then: read below, as in a section of the plan.
      !(recountsSteps(children[i - 1]) && !node.children.some((li) => li.checked != null))
    ) {
      // A list of tasks ("Document …", "Decide …") under a heading that names no section is a
      // list of action items whatever the heading says.
      extractor.once(node, ['block', null], () => extractor.block(node, null));
    } else if (node.type === 'list' && statusLedList(node, !!toldIncident[i])) {
      // "- Implemented: …", "- Suggested: …" under any heading: the plan, each entry's state told by its word.
      readStatusLed(node);
    } else if (node.type === 'list' && recountsSteps(children[i - 1]) && !node.children.some((li) => li.checked != null)) {
      // "Instead, we went with these steps:" over the steps of the response: what they did, and why
      // ("… so the rows had to be paired by date, and we need the dates"), not a commitment to read in its sentences.
    } else if (node.type === 'list') {
      // In the telling of the incident, boxes are tasks when one is still open; under a heading that
      // tracks the write-up ("Checklist"), only when most of them also start with a verb of work
      // ("- [ ] Set a spending limit"): the write-up's own boxes say what is filled in or signed.
      const boxesOf = toldIncident[i] ? checklistOfWork(node, toldIncident[i] === 2) : false;
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
        } else if (li.checked != null && (!toldIncident[i] || boxesOf)) {
          // A checkbox is a task wherever it stands ("- [ ] Write a replay tool" among lessons); in the
          // telling of the incident a list of ticked boxes ticks off steps taken, and one with a box
          // still open is a checklist of work, the ticked ones done ("Recovery checklist"). Boxes that
          // track the write-up itself (its review, its sign-off) are none of its work.
          extractor.listItemOf(li, !!node.ordered);
        } else {
          collectParagraphs(li, prose);
          while (proseBlock.length < prose.length) proseBlock.push(i);
        }
      }
    } else if (node.type === 'paragraph') {
      const next = children[i + 1];
      // "…, we are putting several safeguards in place to stop this from happening again:": the list after it holds them.
      if (next?.type === 'list' && !inSection[i + 1] && !toldIncident[i] && announcesMeasures(node)) {
        extractor.block(next, null);
        i++;
        continue;
      }
      // The lead-in as written, without its HTML comments (a note, or a control comment a disable fix
      // put there); a paragraph of more than a few kilobytes is no lead-in, and is not looked into.
      const written = next && !inSection[i + 1] && endOf(node) - startOf(node) < 4096 ? withoutComments(doc.text.slice(startOf(node), endOf(node))) : null;
      if (next && written !== null && (next.type === 'list' || next.type === 'table') && written.length < 120) {
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
        const colon = /[:：][*_\s]*$/.test(written);
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
          // "Some recommendations for registry maintainers:" hands its list to others as advice.
          !advisesReaders(node) &&
          !toReaders[i] &&
          // "The other improvements from that pull request were kept:" names changes already shipped.
          !listsChangesKept(node) &&
          (matcher.match(lead) === 'action-items' || (colon && !toldInSentences(lead) && readsAsRemediation(lead))) &&
          // "After the fix, these signals were seen:" over "- The banner was returned": a sentence, and entries that tell.
          !(next.type === 'list' && lead.split(/\s+/).length > 6 && readSentence(lead)?.kind !== 'future' && tellsAll(next))
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
        // A status page's update ("**Update**: we will restart the nodes tonight") tells the response
        // under way, not follow-up work, unless it books a fix ("… has been scheduled to fix …").
      } else if (!updates.has(i) || booksFix(doc.text.slice(startOf(node), Math.min(endOf(node), startOf(node) + MAX_READ)))) {
        prose.push(node);
        proseBlock.push(i);
      }
    }
  }
  extractor.lastingFixes = false;
  inheritHeadingDue(doc, extractor.items, inSection);
  // A document without a list of action items may still commit to work in its prose.
  // The lessons, and a conclusion: where work done since the incident is told as such.
  const lessonsAt = outsidePlan(
    sections,
    children.length,
    (s) => s.kinds.includes('lessons-learned') || /\bconclusions?\b/i.test(s.heading.text.slice(0, 200)),
  );
  // The resolution: how the incident was brought to an end.
  const resolvedAt = outsidePlan(sections, children.length, (s) => s.kinds.includes('resolution'));
  // The cause and the incident as it went: where a decision is a step of the response too.
  const accountAt = outsidePlan(sections, children.length, (s) => s.kinds.some((k) => k === 'root-cause' || INCIDENT_KINDS.has(k)));
  // What went well praises the response: its lists and prose hold no work.
  const wentWell = wentWellBlocks(sections, children.length);
  if (extractor.count === 0) {
    for (let k = 0; k < prose.length; k++) {
      if (wentWell[proseBlock[k]]) continue;
      extractor.lessons = lessonsAt[proseBlock[k]] === 1;
      extractor.inResolution = resolvedAt[proseBlock[k]] === 1;
      extractor.inAccount = accountAt[proseBlock[k]] === 1;
      extractor.underUpdate = headedUpdates?.at[proseBlock[k]] === 1;
      extractor.prose(prose[k]);
    }
    // Still nothing, and no section of the plan: a safeguard told as made in the passive, in the
    // cause or anywhere else, is the follow-up the document reports ("an alarm has since been set up").
    if (extractor.count === 0 && !sections.some((s) => s.kinds.includes('action-items'))) {
      extractor.lessons = extractor.inResolution = extractor.inAccount = false;
      extractor.safeguardsOnly = true;
      for (let k = 0; k < prose.length; k++) if (!wentWell[proseBlock[k]]) extractor.prose(prose[k], SAFEGUARDS);
      extractor.safeguardsOnly = false;
    }
  } else {
    // Beside a list, a firm "we will …" in the analysis of the incident (its cause, detection,
    // response or lessons) is work the list may not hold; a summary retells the plan, and a
    // sentence that restates an item of the list is that item.
    const analysis = outsidePlan(sections, children.length, (s) => s.kinds.some((k) => ANALYSIS_KINDS.has(k)));
    // So is a sub-section under a heading of its own words ("### Too many fetches", a cause named)
    // that no section of another kind holds: the fix for it is often promised right there.
    // There only a promise told as the remedy ("To fix this, we'll …") is read: a heading of the
    // authors' own words may hold a discussion as well as a cause.
    for (const section of namedSubsections(sections)) for (let i = section.blocks[0]; i < section.blocks[1]; i++) if (!analysis[i]) analysis[i] = 2;
    // So is the close of the report ("## In closing"): "In addition to the fixes above, we will audit …".
    for (const section of sections)
      if (section.kind === null && CLOSING_HEADING.test(section.heading.text.slice(0, 80))) for (const i of blocksOf(section)) analysis[i] = 1;
    extractor.besideList = true;
    for (let k = 0; k < prose.length; k++) {
      if (!analysis[proseBlock[k]] || wentWell[proseBlock[k]]) continue;
      extractor.lessons = lessonsAt[proseBlock[k]] === 1;
      extractor.remedyOnly = analysis[proseBlock[k]] === 2;
      extractor.inResolution = resolvedAt[proseBlock[k]] === 1;
      extractor.inAccount = accountAt[proseBlock[k]] === 1;
      extractor.underUpdate = headedUpdates?.at[proseBlock[k]] === 1;
      extractor.prose(prose[k]);
    }
    extractor.besideList = false;
    extractor.remedyOnly = false;
  }
  extractor.lessons = false;
  extractor.inResolution = extractor.inAccount = extractor.underUpdate = false;
  // "We are making several changes after this incident." over the list of those changes: a lead-in.
  dropOpeningLeadIns(children, extractor.items);
  // "… we'll be making several changes." then "To start with, we will …": a herald of the promises after it.
  dropProseHeralds(children, extractor.items);
  // What the author's comments say is or is not an item (`<!-- postmortem-not-action-item -->`, …).
  applyReadingDirectives(doc, extractor.items, (node) => extractor.directed(node));
  extractor.items.sort((a, b) => a.start - b.start);
  // A lead-in over a list ("Completed:") may have told a dropped item done: dropped is not done.
  for (const item of extractor.items) if (item.dropped !== null) item.done = false;
  ownersNamedAgain(doc, extractor.items);
  ownedBySigner(doc, extractor.items);
  return extractor.items;
}

/**
 * "I will move the nightly jobs …" in a report its author signs: the one who signs owns it. Read
 * only when some item is told in the first person, so most documents skip the look at the signature.
 */
function ownedBySigner(doc: AnalysedDocument, items: ActionItem[]): void {
  const mine = items.filter(
    (item) => !item.owner && FIRST_PERSON_PROMISE.test(doc.text.slice(item.textSpan.start, Math.min(item.textSpan.end, item.textSpan.start + 80))),
  );
  if (!mine.length) return;
  const author = signedAuthor(doc.text);
  if (!author) return;
  for (const item of mine) {
    item.owner = author.value;
    item.owners = splitOwners(author.value);
    item.ownerSpan = { start: author.start, end: author.end };
  }
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

/**
 * True for the prose under a sub-heading of the plan when it describes one piece of work: it opens
 * on a paragraph that starts with a verb of doing ("Allow operators to pick …") and no other of its
 * paragraphs does (two such paragraphs are two items under a heading that groups them).
 */
function describesOneTask(body: readonly RootContent[]): boolean {
  const first = body[0];
  if (first?.type !== 'paragraph' || !paragraphTask(first)) return false;
  for (let k = 1; k < body.length && k < 40; k++) {
    const other = body[k];
    if (other.type === 'paragraph' && paragraphTask(other)) return false;
  }
  return true;
}

/**
 * True when a sub-heading of the plan names one piece of work ("### Regional failover for the
 * queue"): not a group of the plan's items ("### Short term", "### Detection", "### Q3"), a question,
 * a part of the story, a section of another kind, a status, or a single word.
 */
function namedWork(text: string, kindOf: (heading: string) => string | null): boolean {
  if (text.length > 120 || /[:：][\s*_]*$/.test(text)) return false;
  const key = normaliseHeading(text);
  if (key.split(' ').length < 2 || namesGroup(key) || headsDoneWork(key) || REFERENCE_HEADING.test(key)) return false;
  return !isQuestion(text) && !readsAsNarrative(text) && !namesProblems(text) && !namesQuestions(text) && !startsWithStamp(text) && kindOf(text) === null;
}

/** Bounds on reading prose beside a list: past this many items, a sentence is not compared with them. */
const MAX_RESTATE_ITEMS = 500;

/** The other bound: past this many sentences compared with the items in one document, no more prose beside the list is read. */
const MAX_BESIDE = 200;

/** The paragraphs of a list item and of the lists under it. */
function collectParagraphs(node: ListItem, out: Paragraph[]): void {
  for (const child of node.children) {
    if (child.type === 'paragraph') out.push(child);
    else if (child.type === 'list') for (const li of child.children) collectParagraphs(li, out);
  }
}

/**
 * The top-level blocks (1 there, 0 elsewhere) of the sections `kind` takes that are not also the
 * plan: where the prose of the lessons, the resolution or the account is read by its own light.
 */
function outsidePlan(sections: readonly Section[], length: number, kind: (section: Section) => boolean): Uint8Array {
  const at = new Uint8Array(length);
  for (const section of sections) if (kind(section) && !section.kinds.includes('action-items')) for (const i of blocksOf(section)) at[i] = 1;
  return at;
}

/**
 * The top-level blocks a section's text is in: its body's blocks, or for a label that starts a
 * paragraph ("Resolution: we added logging …", no blocks of its own) the paragraph it heads.
 */
function* blocksOf(section: Section): Generator<number> {
  const [from, to] = section.blocks;
  for (let i = from; i < (section.source === 'label' && to === from ? from + 1 : to); i++) yield i;
}
