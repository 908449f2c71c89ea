import type { Heading, List, Nodes, Paragraph, Root, RootContent, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse as parseToml } from 'smol-toml';
import { openBlockAtEnd } from './open-end';
import { readControls, readYamlControls } from './controls';
import {
  classifyPath,
  contentSaysPostmortem,
  clockedLines,
  clockHeading,
  frontMatterRecordsIncident,
  headingAboutGenre,
  tellsNoIncident,
  WORK_ITEM_HEADING,
  type ContentSigns,
  frontMatterSaysPostmortem,
  frontMatterStandfirst,
  frontMatterSaysTemplate,
  headerTitle,
  isTemplatePath,
  titleSaysPostmortem,
  STORY_CHARACTERS,
  STORY_PARAGRAPHS,
} from './detect';
import { canonicalKey, isColumnWord, isKeyLabel, readKeyValue } from './metadata';
import type { AnalysedDocument, ControlComment, Detection, DocumentKind, HeadingInfo, MetadataField, PostmortemModel, Section } from './model';
import { addressesReader, normaliseHeading } from '../base/normalise';
import { parseMarkdown } from '../parse/parse';
import { endOf, startOf } from '../parse/blocks';
import { bodyContent, holdsStandIn, type PlaceholderTest } from './placeholders';
import { compiled } from './compiled';
import {
  bodyHints,
  bodySigns,
  causeNotLesson,
  datedEntries,
  datedIncidents,
  isCommitmentList,
  statusLedPlan,
  promisesInProse,
  tellsPlanInProse,
  isOnlyStamp,
  sectionChecklistOfWork,
  kindFromBody,
  startsWithStamp,
  isEntryLine,
  storyExplained,
  narratedByClock,
  writesTime,
  introducesNext,
  type BodySigns,
} from './section-body';
import { NAMED, STRONG, namesStretch, namesTheStory, type HeadingReading, type SectionMatcher } from './sections';
import type { SectionSpec, Settings } from '../base/settings';
import { LineIndex } from '../base/text';
import { isStatusWord, labelledUpdates, postedStream, postedUpdates, statusUpdates } from './status-log';
import { extractActionItems, onlyPicture } from './action-items';
import { proseBlocks } from './prose';
import { IMPERATIVE } from './action-items/reading';
import { extractTimeline } from './timeline';
import { writesDate } from '../base/dates';
import { readYaml } from './yaml';

/** The per-settings cache lives in its own module, so the extractors can use it without importing the builder. */
export { compiled } from './compiled';

function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(0, end);
}

function trimSpacesStart(text: string): string {
  let start = 0;
  while (start < text.length && (text[start] === ' ' || text[start] === '\t')) start++;
  return text.slice(start);
}

/**
 * A heading's text without its HTML (such as our control comments). Where a comment stood, the
 * spaces around it fold into one, or none at a line's edge, so adding a comment to a heading
 * does not change its text.
 */
function computeHeadingText(node: Heading): string {
  let out = '';
  let gap = false;
  for (const child of node.children) {
    if (child.type === 'html') {
      gap = true;
      continue;
    }
    const text = toString(child);
    if (!gap) {
      out += text;
      continue;
    }
    const left = trimSpacesEnd(out);
    const right = trimSpacesStart(text);
    const spaced = left.length !== out.length || right.length !== text.length;
    const join = spaced && left && right && !left.endsWith('\n') && !right.startsWith('\n') ? ' ' : '';
    out = left + join + right;
    gap = false;
  }
  return (gap ? trimSpacesEnd(out) : out).trim();
}

/** `<h2 id="x">Text</h2>` alone on its block: the level and the text without tags. Bounded: only short blocks are read. */
const HTML_HEADING = /^<h([1-6])(?:\s[^<>]{0,200})?>([^\n]{0,300}?)<\/h\1\s*>\s*$/i;

/** The level and text of an HTML block that is only a heading, or null. */
export function htmlHeading(html: string): { depth: 1 | 2 | 3 | 4 | 5 | 6; text: string } | null {
  if (html.length > 600 || !/^<h[1-6]/i.test(html)) return null;
  const m = HTML_HEADING.exec(html.trim());
  if (!m) return null;
  const text = m[2]
    .replace(/<[^<>]{0,200}>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text ? { depth: Number(m[1]) as 1 | 2 | 3 | 4 | 5 | 6, text } : null;
}

/** Heading texts by node: an incremental parse hands back the same node objects for unchanged text. */
const headingTexts = new WeakMap<Heading, string>();

function headingText(node: Heading): string {
  let text = headingTexts.get(node);
  if (text === undefined) {
    text = computeHeadingText(node);
    headingTexts.set(node, text);
  }
  return text;
}

function readFrontMatter(root: Root): PostmortemModel['frontMatter'] {
  const first = root.children[0];
  if (!first || (first.type !== 'yaml' && (first.type as string) !== 'toml')) return null;
  const start = startOf(first);
  const end = endOf(first);
  if (first.type !== 'yaml') return readToml((first as unknown as { value: string }).value, start, end);
  try {
    // The value starts on the line after the opening `---`.
    const data = readYaml(first.value, (first.position?.start.line ?? 0) + 1);
    if (data === null || data === undefined) return { data: {}, start, end, error: null };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { data: {}, start, end, error: 'The front matter is not a set of key: value pairs.' };
    }
    return { data: data as Record<string, unknown>, start, end, error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { data: {}, start, end, error: `The front matter is not valid YAML: ${message}` };
  }
}

/** TOML front matter (`+++` fences), read as data the way YAML front matter is. */
function readToml(value: string, start: number, end: number): PostmortemModel['frontMatter'] {
  try {
    // A shallow depth limit: front matter is a few keys, and a deeply nested value must not exhaust the stack.
    const data = parseToml(value, { maxDepth: 32 });
    return { data: data, start, end, error: null, format: 'toml' };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { data: {}, start, end, error: `The front matter is not valid TOML: ${message}`, format: 'toml' };
  }
}

function frontMatterFields(fm: NonNullable<PostmortemModel['frontMatter']>, lines: LineIndex): MetadataField[] {
  const fields: MetadataField[] = [];
  // Where each top-level key's value is written, found in one pass over the front matter's lines
  // (a search per key would grow with keys × size).
  const written = new Map<string, { start: number; end: number }>();
  const firstLine = lines.positionAt(fm.start).line;
  const lastLine = lines.positionAt(fm.end).line;
  for (let line = firstLine; line <= lastLine; line++) {
    const lineText = lines.lineText(line);
    const colon = lineText.indexOf(fm.format === 'toml' ? '=' : ':');
    if (colon <= 0 || /^[\s#-]/.test(lineText)) continue;
    const key = lineText.slice(0, colon).trimEnd();
    if (written.has(key)) continue;
    let from = colon + 1;
    while (from < lineText.length && (lineText[from] === ' ' || lineText[from] === '\t')) from++;
    const base = lines.lineStart(line);
    written.set(key, { start: base + from, end: base + lineText.trimEnd().length });
  }
  for (const [label, value] of Object.entries(fm.data)) {
    let shown: string;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') shown = String(value);
    else if (value instanceof Date) shown = value.toISOString().slice(0, 10);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) shown = value.join(', ');
    else continue;
    // Point at the value as written when the key sits on its own line; else at the front matter.
    const at = written.get(label);
    const start = at ? Math.max(at.start, fm.start) : fm.start;
    const end = at ? Math.max(start, at.end) : fm.start;
    fields.push({
      key: normaliseHeading(label),
      label,
      canonical: canonicalKey(label),
      value: shown,
      line: lines.positionAt(start).line,
      start,
      end,
      source: 'front-matter',
    });
  }
  return fields;
}

function inlineFields(blocks: readonly RootContent[], lines: LineIndex, out: MetadataField[]): void {
  const add = (label: string, value: string, start: number, end: number) => {
    out.push({ key: normaliseHeading(label), label, canonical: canonicalKey(label), value, line: lines.positionAt(start).line, start, end, source: 'inline' });
  };
  for (const block of blocks) {
    if (block.type === 'paragraph' || block.type === 'list') {
      const first = lines.positionAt(startOf(block)).line;
      const last = lines.positionAt(endOf(block)).line;
      for (let line = first; line <= last; line++) {
        let lineText = lines.lineText(line);
        let base = lines.lineStart(line);
        // A byte order mark is not part of the first line's text.
        if (base === 0 && lineText.charCodeAt(0) === 0xfeff) {
          lineText = lineText.slice(1);
          base = 1;
        }
        const kv = readKeyValue(lineText);
        if (!kv || !kv.value) continue;
        add(kv.label, kv.value, base + kv.valueStart, base + kv.valueEnd);
      }
    } else if (block.type === 'table') {
      const labelOf = (row: TableRow) => toString(row.children[0]).replace(/:$/, '').trim();
      // A two-column table is a key/value table: its rows are read as `Key: value` lines are. In a
      // wider table only the well-known keys count (`| Severity | SEV2 | … |`).
      const keyValue = block.children[0].children.length === 2;
      const [header, ...body] = block.children;
      // Such a table often has no header of its own: its first row is a field ("| Services affected | checkout |")
      // when the rows below are metadata and neither of its cells names a column ("| Field | Value |").
      const headerIsField =
        keyValue &&
        body.some((row) => canonicalKey(labelOf(row))) &&
        header.children.length === 2 &&
        !header.children.some((cell) => isColumnWord(toString(cell).replace(/:$/, '').trim()));
      for (const row of headerIsField ? block.children : body) {
        if (row.children.length < 2) continue;
        const valueCell = row.children[1];
        const label = labelOf(row);
        const value = toString(valueCell).trim();
        if (!label || !value || !(canonicalKey(label) || (keyValue && isKeyLabel(label)))) continue;
        // A cell's position spans its pipes and padding; point at the value itself.
        const cellStart = startOf(valueCell);
        const at = lines.text.slice(cellStart, endOf(valueCell)).indexOf(value);
        if (at !== -1) add(label, value, cellStart + at, cellStart + at + value.length);
      }
    }
  }
}

function walkHtml(node: Nodes, visit: (value: string, offset: number) => void): void {
  if (node.type === 'html') {
    visit(node.value, startOf(node));
    return;
  }
  if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'text') return;
  if ('children' in node) for (const child of node.children) walkHtml(child, visit);
}

/** The section a heading opens, as far as the headings after it need to know. */
interface OpenSection {
  kinds: string[];
  other: boolean;
  /** True for a list of readers' questions ("FAQ", "Q&A", "Troubleshooting questions"): its sub-headings are its entries. */
  questions?: boolean;
}

/** The words of a heading over readers' questions and their answers. */
const QUESTIONS = /\b(?:faqs?|q\s*&\s*a|q\s*and\s*a|frequently\s+asked|questions)\b/i;

/** Kinds of section whose names also sort the work of a plan: "Detection", "Recovery" under "Remediations". */
const PLAN_TOPICS = new Set(['detection', 'resolution']);

/** Words of a heading that place its work in the response itself, done at once: "Immediate", "Emergency", "Stop-gap". */
const AT_ONCE = /\b(?:immediate|emergency|urgent|stop-?gap|interim)\b/i;

/** A heading that names work told as done, and nothing else: "Actions taken", "Steps performed", "Action taken". */
const WORK_DONE = /^[\s*_]*(?:actions?|steps?)\s+(?:taken|performed|carried\s+out|done)[\s*_:]*$/i;

/**
 * A heading that names work as done, alone or after one word that says which work ("Actions taken",
 * "Recovery steps performed", "Urgent actions taken"): the work of the response, told by its name.
 * Anchored at both ends, so "Actions to be taken" and "Steps already done" (a plan's done part)
 * are not read so.
 */
const WORK_DONE_NAMED = /^[^\p{L}]*(?:\p{L}+\s+)?(?:actions?|steps?)\s+(?:taken|performed|carried\s+out|done)[\s*_:.]*$/iu;

/** A heading's kinds, how they were decided, and why. */
interface KindDecision {
  kinds: string[];
  how: Section['decidedBy'];
  because: string[];
  other: boolean;
  /** A second kind that only the content confirmed; it gives way to a section named that kind elsewhere. */
  added?: string;
  /** True when `added` is the action items, from changes against a repeat told in prose. */
  planInProse?: boolean;
}

/** What the report has told before a heading: the same words name another part once the story is told. */
interface ToldSoFar {
  /** Headings are read by meaning (a post-mortem), not by configured names alone (a pre-mortem). */
  byMeaning: boolean;
  /** No section with content has opened yet: this heading opens the report. */
  opening: boolean;
  /** A section read as the summary came before. */
  summarised: boolean;
  /** Prose before the first heading told the incident in brief. */
  preambled: boolean;
  /** A heading that names the story ("What happened", "Description") came before. */
  storyBefore: boolean;
  /** A heading above this one, at any depth, was read as the action items: its sub-headings are parts of the plan. */
  inPlan?: boolean;
  /** The section holds something besides placeholders. */
  hasContent?: boolean;
  /** Sub-headings follow the heading within its section: its own prose may only lead into them. */
  hasParts?: boolean;
}

/**
 * Decides what a heading's section is: its configured name, else its words read in the light of
 * the section it sits in, else its content. Content also overrules a heading when it is a list
 * of work promised in so many words, unless the heading already names a plan or lessons (lessons
 * are often told as what will be done differently).
 */
function decideKind(matcher: SectionMatcher, text: string, parent: OpenSection | null, signs: () => BodySigns, told: ToldSoFar): KindDecision {
  const { byMeaning, opening, summarised, preambled, storyBefore, inPlan, hasContent, hasParts } = told;
  // "How do I get my pipelines back?", "Where did my saved reports go?" under "FAQ": a reader's
  // question and its answer, an entry of the list, whatever words it has.
  if (parent?.questions) return { kinds: [], how: null, because: [], other: false };
  const reading = matcher.read(text);
  const parentKind = parent?.kinds[0];
  // "What happened?", "Description" over a dense chain of causes (what led to what, line after line):
  // the story told as why it happened is the cause, wherever it stands. Told in brief, with a cause
  // named in passing, it stays the summary its words name.
  if (byMeaning && namesTheStory(reading)) {
    const why = storyExplained(signs());
    // The first account of the report, with no summary told before it, naming the cause as such in a sentence
    // of its own ("The cause is an unchecked limit"), it is the report's account too: the summary and the cause.
    const account = !summarised && !preambled && signs().causeNamed >= 1;
    if (why)
      return {
        kinds: account ? ['summary', 'root-cause'] : ['root-cause'],
        how: 'body',
        because: account ? [why, 'the opening account, naming its cause'] : [why],
        other: false,
      };
  }
  if (reading.how === 'alias') {
    // "Actions taken", "Steps taken" under a stretch of the timeline ("First outage" over entries
    // with times): what was done in that stretch, a part of the story, not a plan.
    if (parentKind === 'timeline' && reading.kinds.length === 1 && reading.kinds[0] === 'action-items' && WORK_DONE.test(text.slice(0, 80)))
      return { kinds: [], how: null, because: [], other: false };
  }
  // "Actions taken", "Recovery actions taken" over the steps of the response ("Restarted the queue
  // workers", "Rolled the config back"), with no work ahead in its content (no promise, no open box,
  // no entry marked as planned): how the incident was ended, the resolution, not the plan. A report
  // that names its done work so keeps its plan under a heading of its own ("Follow-up work"). Only a
  // part of the report's own: under a section of another kind (the cause, a stretch of the timeline,
  // the plan), such a heading is a part of that section, read as before.
  if (byMeaning && !inPlan && !parentKind && reading.kinds.length === 1 && reading.kinds[0] === 'action-items' && WORK_DONE_NAMED.test(text.slice(0, 80))) {
    const body = signs();
    if (body.future + body.promised + body.openBoxes + body.statusAhead === 0)
      return { kinds: ['resolution'], how: 'body', because: ['work named as done, and none ahead in its content'], other: false };
  }
  if (reading.how === 'alias') {
    // A document has one summary: a later heading named like one ("Description" after an
    // introduction) whose content is a chain of causes tells the cause, and one ("What happened"
    // after the summary) whose content is entries that start with times is the timeline. A long
    // account that names a cause or two along the way ("What happened on the 3rd") is the story.
    // Prose that tells the incident in brief before the first heading is such a summary too: a
    // "What happened?" right after it over a dense chain of causes is the cause.
    const toldBefore = summarised || (preambled && opening && namesTheStory(reading));
    if (toldBefore && byMeaning && reading.kinds.length === 1 && reading.kinds[0] === 'summary') {
      const body = signs();
      const told = kindFromBody(body);
      if (told?.kind === 'timeline') return { kinds: [told.kind], how: 'body', because: [told.why], other: false };
      // "One cache host stopped responding; as a result every request failed": the cause, and the
      // impact too when the same account tells the harm done.
      if (told?.kind === 'root-cause' && densely(body)) {
        const harm = bodyHints(body, 'impact');
        return { kinds: harm ? ['root-cause', 'impact'] : ['root-cause'], how: 'body', because: harm ? [told.why, harm] : [told.why], other: false };
      }
      // "What happened?" after prose that told the incident in brief before any heading, over the
      // account again that names how it came about ("… blocked due to a false alarm"): the cause, not
      // a second summary. After a section named the summary, such a story stays one (its parts).
      const cause = !summarised && namesTheStory(reading) && bodyHints(body, 'root-cause');
      if (cause) return { kinds: ['root-cause'], how: 'body', because: [cause, 'the story told again after the summary'], other: false };
    }
    // "What happened" after the report opened on another part (a timeline, a status note with its
    // workaround), with no summary and no other heading naming the story before it: the incident is
    // already told, so an account that names how it came about is the cause, not the summary.
    if (!opening && !summarised && !storyBefore && byMeaning && namesTheStory(reading)) {
      const cause = bodyHints(signs(), 'root-cause');
      if (cause) return { kinds: ['root-cause'], how: 'body', because: [cause, 'the story told after the report opened on another part'], other: false };
      // Naming no cause, told as an account in prose with no times, it stays the summary its words
      // name. Told otherwise (lines that open on a time, more list entries than lines of prose: what
      // broke, item by item), it is no summary: that opens the report, and this comes after another
      // part of the story. Its content then says what it is (entries with times, a list of work),
      // else it is the story told in detail, no section of its own.
      if (reading.kinds.length === 1 && reading.kinds[0] === 'summary') {
        const body = signs();
        if (body.lines + body.items > 0 && !bodyHints(body, 'summary')) {
          const told = kindFromBody(body);
          const after = 'the story told at length after the report opened on another part';
          return told ? { kinds: [told.kind], how: 'body', because: [told.why, after], other: false } : { kinds: [], how: null, because: [], other: false };
        }
      }
    }
    // "What happened" as the report's first account, over entries that start with times and no timeline
    // told before: the timeline, and the summary as well when prose tells the incident before the entries.
    if (!toldBefore && byMeaning && namesTheStory(reading) && reading.kinds.length === 1 && reading.kinds[0] === 'summary') {
      const body = signs();
      const told = kindFromBody(body);
      if (told?.kind === 'timeline') {
        const prose = body.lines >= 1 && body.items + body.lines > body.stamped;
        return {
          kinds: prose ? ['summary', 'timeline'] : ['timeline'],
          how: 'body',
          because: prose ? ['an opening account in prose', told.why] : [told.why],
          other: false,
        };
      }
    }
    const named = withPlanInProse(withRecoveryTold(withConfirmedParts(reading, untimedSteps(reading.kinds, signs) ?? reading.kinds, signs), signs), signs);
    return { kinds: named.kinds, how: 'alias', because: [...reading.words, ...named.because], other: false, added: named.added, planInProse: !!named.added };
  }
  if (!byMeaning) return { kinds: [], how: null, because: [], other: false };
  let kinds = reading.kinds;
  let how: Section['decidedBy'] = reading.how;
  let because = reading.words;
  let added: string | undefined;
  let planInProse = false;
  if (kinds.length && parentKind && !kinds.includes(parentKind)) {
    // Under a section of another kind, a heading that could also be read as that kind is read so,
    // and a weak reading is only a part of it ("Long-term solution" under "Resolution").
    if (reading.candidates.some((c) => c.kind === parentKind && c.score >= NAMED)) {
      // "What went wrong" under "Lessons" is a lesson; when its content is the causes too, it is both.
      added = kinds.find((k) => k !== 'summary' && bodyHints(signs(), k));
      kinds = added ? [parentKind, added] : [parentKind];
    }
    // Under a summary ("What happened"), the parts of the story are sections of their own ("Affected users").
    else if (reading.strength < STRONG && parentKind !== 'summary') kinds = [];
    // Under a plan, a heading that names finding out or recovering ("Intrusion detection", "Faster
    // recovery") is a topic the plan's work is sorted by, not the story of the incident's detection.
    else if (parentKind === 'action-items' && PLAN_TOPICS.has(kinds[0])) kinds = [];
    if (!kinds.length) how = null;
  }
  // A heading that is a time or a date is an entry of a timeline: its content is what happened then.
  if (!kinds.length && !reading.other && !parent?.other && !(parentKind === 'timeline' && startsWithStamp(text)) && !isOnlyStamp(text)) {
    const content = signs();
    // A heading that only hints at a kind ("Leadup", "The problem") is read so when its content agrees.
    // "Details of the fix" hints at the fix made and the work ahead alike: over "The fix involved two
    // steps:", a sentence that tells the steps as taken, it is the fix made.
    const told = content.taken >= 1 && content.future === 0 ? reading.candidates.find((c) => c.kind === 'resolution') : undefined;
    const hint = told ?? reading.candidates[0];
    // A summary is told first: only the opening section is confirmed as one by its prose.
    // Under a plan, a sub-heading that hints at recovering or finding out ("Cleanup of the old hosts") is a
    // topic of its work, as one that names them is.
    const topic = parentKind === 'action-items' && !!hint && PLAN_TOPICS.has(hint.kind);
    // Work promised in prose confirms a hint at a plan ("What will follow?"), except inside the lessons,
    // which often say what will be done differently.
    // Entries that mostly open on their times ("On Sep 29 at 14:00, …") are a timeline, whatever
    // another kind the heading only hints at ("Technical details").
    const logged = kindFromBody(content)?.kind === 'timeline';
    const hinted =
      hint && !topic && !logged && hint.kind !== parentKind && (hint.kind !== 'summary' || opening)
        ? (bodyHints(content, hint.kind) ?? (hint.kind === 'action-items' && parentKind !== 'lessons-learned' ? promisesInProse(content) : null))
        : null;
    // "Our goal and last week's stumble" over "In this post we share what happened …": the opening
    // that says what the report tells is its summary, whatever the heading's words.
    const introduces =
      !hinted && opening && content.preview >= 1 && content.lines >= 1 && content.stamped === 0
        ? { kind: 'summary', why: 'an opening that says what the report tells' }
        : null;
    const body = hinted
      ? { kind: hint.kind, why: hinted }
      : (introduces ??
        kindFromBody(content) ??
        (GENERIC.test(text.slice(0, 120)) || unnamed(reading) ? genericTold(content) : null) ??
        (!topic && !inPlan && hasContent && parentKind !== 'lessons-learned' ? fixMade(text, content) : null));
    // A sub-heading of a section already read is a part of it, unless its content says otherwise.
    // Tasks under a heading that speaks to the readers ("Action required") are their advice, not a plan.
    // "2. Test on real devices" under "What I learnt": one lesson of a list, which tells why it matters;
    // its causes do not make it the root cause (a heading that hints at one, "The bug we missed", still may).
    const lessonWhy = parentKind === 'lessons-learned' && !hinted && body?.kind === 'root-cause';
    if (body && body.kind !== parentKind && !lessonWhy && !(body.kind === 'action-items' && addressesReader(text))) {
      kinds = [body.kind];
      how = 'body';
      because = hinted ? [...matcher.read(text).words, body.why] : [body.why];
    }
  } else if (kinds.length && kinds[0] !== 'action-items' && kinds[0] !== 'lessons-learned') {
    const body = signs();
    const told = reading.strength < STRONG && kinds[0] !== 'timeline' ? kindFromBody(body) : null;
    if (isCommitmentList(body)) {
      kinds = ['action-items'];
      how = 'body';
      because = [`a list of ${body.future} commitments`];
    }
    // "Mitigations", "Response" over "- Implemented: …", "- Suggested: …": work told by its state, the plan.
    else if (PLAN_TOPICS.has(kinds[0]) && statusLedPlan(body)) {
      kinds = ['action-items'];
      how = 'body';
      because = [`${body.statusLed} entries told by their state, ${body.statusAhead} of them ahead`];
    } else if (told?.kind === 'timeline') {
      // A heading that only hints at its kind ("Response log") over entries that start with times is a timeline.
      kinds = ['timeline'];
      how = 'body';
      because = [told.why];
    }
  }
  // "Immediate remediation", "Emergency actions" over "These steps were taken to bring the site
  // back:": what was done at once to end the incident, not the plan that follows it.
  if (how === 'meaning' && kinds.length === 1 && kinds[0] === 'action-items' && AT_ONCE.test(text.slice(0, 200))) {
    const body = signs();
    if (body.taken >= 1 && body.future === 0) return { kinds: ['resolution'], how: 'body', because: ['the response, told as taken at once'], other: false };
  }
  // "Recommendations" over "- Library authors should …", "- Users should …": advice to others
  // in general drawn from the incident, the lessons, not the authors' own work.
  if (how === 'meaning' && kinds.length === 1 && kinds[0] === 'action-items') {
    const body = signs();
    if (body.items >= 2 && body.advice * 3 >= body.items * 2 && body.future === 0)
      return { kinds: ['lessons-learned'], how: 'body', because: [`advice to others in ${body.advice} of ${body.items} items`], other: false };
    // "Can we get better at this?" over "We must be much stricter with …": a heading that only hints at
    // a plan, over prose that draws resolve or a lesson and holds no work (no list, no promise, no change
    // against a repeat), is the look back. Over sub-headings, its prose only leads into them ("We mean
    // to learn from this; the steps are below."): what they hold is its content, not that lead-in.
    if (
      !hasParts &&
      reading.strength < STRONG &&
      body.items === 0 &&
      body.future + body.promised + body.prevention === 0 &&
      body.resolve + body.lessons >= 1 &&
      body.resolve + body.lessons >= body.causal
    )
      return { kinds: ['lessons-learned'], how: 'body', because: [...because, 'resolve drawn in its prose, and no work'], other: false };
    // "Avoiding a repeat" over "- Never …", "- If the queue stalls, check … first", "- Always …": rules of
    // conduct drawn from the incident, every one of them, are its lessons; a plan holds work.
    if (body.items >= 2 && body.rules === body.items && body.future === 0)
      return { kinds: ['lessons-learned'], how: 'body', because: [`${body.rules} rules of conduct drawn from the incident`], other: false };
  }
  // "What went wrong" names the cause or the look back: over "we should have …", "we got lucky", it is
  // the look back, and the cause too when its content ties causes (unless a section names the cause).
  if (
    how === 'meaning' &&
    kinds.length === 1 &&
    kinds[0] === 'root-cause' &&
    reading.candidates.some((c) => c.kind === 'lessons-learned' && c.score >= NAMED)
  ) {
    const body = signs();
    if (body.lessons >= 1 && body.lessons >= body.causal && body.future === 0) {
      added = body.causal >= 1 ? 'root-cause' : undefined;
      kinds = added ? ['lessons-learned', added] : ['lessons-learned'];
      because = [...because, 'a lesson drawn in its content'];
    }
  }
  // "Postmortem", "Retrospective" (a status page's last update, over a list of the causes found and
  // one of the changes promised): words that only hint at the look back, over three promises in so
  // many words at least, half the items or more, and no lesson drawn (resolve, "to help prevent a
  // repeat", said less often than the promises), are the plan, and the cause too where its content
  // ties causes.
  if (how === 'meaning' && !parentKind && kinds.length === 1 && kinds[0] === 'lessons-learned' && reading.strength < STRONG) {
    const body = signs();
    if (body.future >= 3 && body.future * 2 >= body.items && body.lessons === 0 && body.resolve < body.future) {
      const cause = body.causal >= 2 ? bodyHints(body, 'root-cause') : null;
      kinds = cause ? ['action-items', 'root-cause'] : ['action-items'];
      how = 'body';
      because = [`a list of ${body.future} commitments`, ...(cause ? [cause] : [])];
    }
  }
  // "Resolution timeline" over a list of steps none of which writes a time or a date: the steps of the
  // part its other word names, told in order, and no timeline.
  if (how === 'meaning' && kinds.includes('timeline')) {
    const other = kinds.length > 1 ? undefined : reading.candidates.find((c) => c.kind !== 'timeline' && c.score >= NAMED)?.kind;
    const kept = untimedSteps(other ? [...kinds, other] : kinds, signs);
    if (kept) {
      kinds = kept;
      how = 'body';
      because = [`${signs().items} steps with no time or date`];
    }
  }
  // "What we learnt", "Insights" over how the system works and why it broke, with no lesson drawn:
  // the cause, under a heading of learning (under a section of lessons it stays one of them).
  if (how === 'meaning' && kinds.length === 1 && kinds[0] === 'lessons-learned' && reading.strength >= STRONG && parentKind !== 'lessons-learned') {
    const why = causeNotLesson(signs());
    if (why) {
      kinds = ['root-cause'];
      how = 'body';
      because = [...because, why];
    }
  }
  // "What happened?" after an opening told in brief before any heading: the story again, at length;
  // its content says what it is (a timeline, the cause), and it is no second summary.
  if (how === 'meaning' && preambled && opening && kinds.length === 1 && kinds[0] === 'summary' && namesTheStory(reading)) {
    const told = kindFromBody(signs());
    kinds = told && told.kind !== 'summary' ? [told.kind] : [];
    how = told ? 'body' : null;
    because = told ? [told.why] : [];
  }
  if (how === 'meaning') {
    const planned = withPlanInProse(withRecoveryTold(withConfirmedParts(reading, kinds, signs), signs), signs);
    kinds = planned.kinds;
    because = [...because, ...planned.because];
    if (planned.added && !added) {
      added = planned.added;
      planInProse = true;
    }
  }
  // "Fixing the problem" over "We rolled back the release and restarted the workers", with no work
  // ahead: a heading that leans to a plan only by its gerund of repair, over the recovery told as
  // taken and nothing promised (read so by \`withRecoveryTold\`), is the resolution alone.
  if (
    how === 'meaning' &&
    !reading.partHints &&
    kinds.length === 2 &&
    kinds[0] === 'action-items' &&
    kinds[1] === 'resolution' &&
    REPAIRING.test(reading.words[0] ?? '')
  )
    kinds = ['resolution'];
  // "How did we diagnose it?", "Diagnosing the outage" over steps the authors tell as done ("Ran the job
  // locally", "We replayed one message"), with no cause tied to an effect and no work ahead: the search for
  // the cause told, how the problem was found (its words name the search only), not the cause itself.
  if (how === 'meaning' && kinds.length === 1 && kinds[0] === 'root-cause' && reading.words.length && reading.words.every((w) => SEARCHING.test(w))) {
    if (stepsTold(signs())) {
      kinds = ['detection'];
      because = [...because, `${signs().acted} steps of the search told as done, and no cause tied`];
    }
  }
  // "This impacts the following servers:" over a list of them: what was hit, the impact, whatever else
  // the heading names ("Issue").
  if (kinds.length && !kinds.includes('impact') && !reading.other && !parent?.other) {
    const body = signs();
    if (body.affectedListed >= 2 && body.affectedListed * 2 >= body.items) {
      kinds = [...kinds, 'impact'];
      because = [...because, `a list of ${body.affectedListed} things it says were hit`];
    }
  }
  return { kinds, how, because: kinds.length ? because : [], other: reading.other, added, ...(planInProse ? { planInProse } : {}) };
}

/** A heading that names the fix and nothing else: "Fix", "The fix", "Our fix:". */
const FIX_ALONE = /^[\s*_]*(?:(?:the|our)\s+)?fix[\s*_:.]*$/i;

/**
 * "Fix", "The fix" over a table of the files changed, or a command block, and no prose: the fix named
 * alone, outside a plan, shown rather than told, is the one that ended the incident. Prose under it
 * says what it is in its own words (a change told as made, `bodyHints`; anything else, nothing); a
 * table or a block of commands does not, and must then hold no work promised, no task, no open box,
 * no entry marked as planned, no resolve ("we should …") and no lesson.
 */
function fixMade(text: string, body: BodySigns): { kind: string; why: string } | null {
  if (!FIX_ALONE.test(text.slice(0, 40)) || body.lines > 0) return null;
  if (body.future + body.tasks + body.promised + body.openBoxes + body.statusAhead + body.resolve + body.lessons > 0) return null;
  return { kind: 'resolution', why: 'the fix named alone, shown in a table or a block of commands, with no work ahead' };
}

/** The gerund of repair that opens a heading ("Fixing the problem"): the plan's word, or the fix told. */
const REPAIRING = /^(?:fixing|repairing|resolving|solving)$/i;

/** Words of a heading that name the search for a cause, not the cause found: "Diagnosing it", "How we investigated". */
const SEARCHING = /^(?:diagnos\w*|investigat\w*|debugg?\w*|troubleshoot\w*)$/i;

/**
 * True when a section tells steps its authors took and nothing else a cause or a plan would hold: no
 * causal link, flaw or cause named, no work ahead (no promise, no task, no change against a repeat),
 * and two steps at least, half its items and lines (a sentence that opens the findings under it, "we
 * found three issues:", is no account of a search).
 */
function stepsTold(body: BodySigns): boolean {
  if (body.acted < 2 || body.causal + body.flaw + body.causeNamed > 0) return false;
  if (body.future + body.tasks + body.promised + body.prevention > 0) return false;
  return body.acted * 2 >= body.items + body.lines - body.introduced;
}

/**
 * A heading that names no part of the report, only that more is told: "Details", "Incident details",
 * "More information", "2. Further details". Its content says which section it is.
 */
const GENERIC =
  /^[\s*_]*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:the|more|further|additional|incident|issue|outage|event|problem|some)\s+){0,2}(?:details|information|info)[\s*_:.]*$/i;

/**
 * What the content under a generic heading ("Incident details") tells, when it is not the opening
 * account: why it happened (the cause or the flaw told densely, no times, no work ahead), or who
 * and how much was hit (figures of harm, and no cause). A story told in turn, with times, is neither.
 */
function genericTold(body: BodySigns): { kind: string; why: string } | null {
  if (body.stamped >= 2 || body.future > 0 || body.lines + body.items === 0) return null;
  const explains = body.causal + body.flaw + body.causeNamed;
  if (explains >= 1 && densely(body) && body.lessons === 0)
    return { kind: 'root-cause', why: `why it happened, told under a generic heading (${explains} causal links)` };
  if (explains === 0 && body.figures >= 2 && body.harm >= 1)
    return { kind: 'impact', why: `the harm counted under a generic heading (${body.figures} figures)` };
  return null;
}

/**
 * True when a heading's words point at no kind at all ("Analyze", "What we found", "Going forward"):
 * like a generic heading, it is read by what its content tells.
 */
function unnamed(reading: HeadingReading): boolean {
  return !reading.other && reading.candidates.length === 0;
}

/** True when the content ties causes densely: one causal link at least for every three lines or items. */
function densely(body: BodySigns): boolean {
  return (body.causal + body.flaw) * 3 >= body.lines + body.items - body.introduced;
}

/**
 * "Remediation", "Corrective actions" over prose that tells the recovery as taken ("we reverted the
 * change and restored service"), with no list of work and no promise: the section tells how the
 * incident was ended as well as naming the work, so it is the resolution too.
 */
function withRecoveryTold(kinds: string[], signs: () => BodySigns): string[] {
  if (kinds.length !== 1 || kinds[0] !== 'action-items') return kinds;
  const body = signs();
  return body.items === 0 && body.future === 0 && body.promised === 0 && body.recovered >= 2 && body.recovered > body.causal ? [...kinds, 'resolution'] : kinds;
}

/**
 * "Lessons learned" or "Response" over prose that tells the changes made or promised against a
 * repeat ("we will now review every rule change with the limit in mind, so that this cannot happen
 * again"): the section holds the follow-up work too, so it is the action items as well, unless
 * another section of the report is named so. A "Resolution" that tells no recovery and no change
 * made, only the work ahead ("we are weighing options to prevent similar outages in future"), is
 * the plan alone.
 */
function withPlanInProse(kinds: string[], signs: () => BodySigns): { kinds: string[]; because: string[]; added?: string } {
  if (kinds.length !== 1 || (kinds[0] !== 'lessons-learned' && kinds[0] !== 'resolution')) return { kinds, because: [] };
  const body = signs();
  if (!tellsPlanInProse(body)) return { kinds, because: [] };
  const because = [`${body.prevention} change(s) made or promised against a repeat`];
  if (kinds[0] === 'resolution' && body.recovered === 0 && body.changed === 0 && body.taken === 0) return { kinds: ['action-items'], because };
  return { kinds: [kinds[0], 'action-items'], because, added: 'action-items' };
}

/**
 * The kinds a compound heading names, with the kind a part of it only hints at when the content
 * confirms it: "Root cause and fix" over a cause and the rollback told as taken is both sections.
 */
/**
 * The kinds of a heading that names the timeline beside another part ("Resolution timeline",
 * "Follow-up timeline"), without the timeline, when its content is a list of steps none of which
 * writes a time or a date: that part told in order. Null when the heading names no such pair or
 * its content has times.
 */
function untimedSteps(kinds: readonly string[], signs: () => BodySigns): string[] | null {
  if (kinds.length < 2 || !kinds.includes('timeline')) return null;
  const body = signs();
  return body.items >= 2 && body.timed === 0 ? kinds.filter((k) => k !== 'timeline') : null;
}

function withConfirmedParts(reading: HeadingReading, kinds: string[], signs: () => BodySigns): string[] {
  if (!reading.partHints || !kinds.length) return kinds;
  const confirmed = reading.partHints.filter((k) => k !== 'summary' && !kinds.includes(k) && bodyHints(signs(), k));
  return confirmed.length ? [...kinds, ...confirmed] : kinds;
}

/**
 * "What was the problem?" opening a report whose cause has a heading of its own ("Why did it
 * happen?") tells what went wrong, not why: it is the summary. Only a heading that names the
 * cause weakly (a problem, not a cause or a reason), over content that ties no cause to an
 * effect, in a document with no summary, gives way so.
 */
function problemStatement(first: Section, signs: () => BodySigns, sections: readonly Section[], matcher: SectionMatcher): boolean {
  if (first.decidedBy !== 'meaning' || first.kinds.length !== 1 || first.kind !== 'root-cause') return false;
  if (matcher.read(first.heading.text).strength >= STRONG) return false;
  if (sections.some((s) => s.kinds.includes('summary'))) return false;
  const cause = sections.find(
    (s) => s !== first && s.kinds.includes('root-cause') && (s.decidedBy === 'alias' || matcher.read(s.heading.text).strength >= STRONG),
  );
  if (!cause || signs().causal > 0) return false;
  first.kind = 'summary';
  first.kinds = ['summary'];
  first.decidedBy = 'body';
  first.because = [`what went wrong, told before "${cause.heading.text}" gives the cause`];
  return true;
}

/**
 * "Search down for an hour on Monday" opening the report over a sentence of harm ("every visitor,
 * 40 minutes") and then fields ("**Root causes**: …", "**Detection**: …"): the heading names
 * nothing, and the chain of causes its content was read by sits in a field that is a section of
 * its own. Its own prose, before the fields, tells the harm and no chain of causes: it is the
 * summary of the report.
 */
function causeInItsFields(first: Section, children: readonly RootContent[], sections: readonly Section[], text: string, matcher: SectionMatcher): void {
  if (first.decidedBy !== 'body' || first.kinds.length !== 1 || first.kind !== 'root-cause' || matcher.read(first.heading.text).kinds.length) return;
  const field = sections.find(
    (s) => s.source !== 'heading' && s.kinds.includes('root-cause') && s.heading.start > first.bodyStart && s.heading.start < first.end,
  );
  if (!field) return;
  let end = first.blocks[0];
  while (end < first.blocks[1] && endOf(children[end]) <= field.heading.start) end++;
  if (end === first.blocks[0]) return;
  const own = bodySigns(children.slice(first.blocks[0], end), text);
  const harm = bodyHints(own, 'impact');
  if (!harm || own.lines < 1 || own.stamped > 0 || own.items > own.lines || kindFromBody(own)?.kind === 'root-cause') return;
  first.kind = 'summary';
  first.kinds = ['summary'];
  first.because = [`an opening account of the harm (${harm}); its cause is told in "${field.heading.text}"`];
}

/** The kinds the sections under the `i`th name by their own words (a configured name or its meaning), fields among them. */
function partsNamedUnder(sections: readonly Section[], i: number): Set<string> {
  const named = new Set<string>();
  const depth = sections[i].heading.depth;
  for (let j = i + 1; j < sections.length && j <= i + REPORTS_LOOKED_AT && sections[j].heading.depth > depth; j++)
    if (sections[j].decidedBy === 'alias' || sections[j].decidedBy === 'meaning') for (const k of sections[j].kinds) named.add(k);
  return named;
}

/** Sections a document's series of reports is looked for in: a long manual is no such series. */
const REPORTS_LOOKED_AT = 400;

/**
 * "## Wi-Fi drops after an upgrade" over "### Timeline", "### Root cause", then "## Boot freeze" over
 * "### Timeline", "### Fix"; "## Backup link full" over "- **Root cause**: …", "- **Found by**: …",
 * then a sibling over the same fields: a document that reports several incidents, each under a
 * heading of its own that names no part of a report, each holding the parts of its own report
 * named in so many words. Such a heading is one incident's report, not a part of one: what its
 * own prose alone made it (the summary, a cause) is told by the parts under it. It must hold two
 * parts named at least, and a sibling heading (same depth, same parent, named for no part either)
 * one of the same parts: a report's opening account over its "Timeline" and "Impact", beside
 * parts that hold none, stays the summary it tells.
 */
function separateReports(sections: Section[]): void {
  const count = Math.min(sections.length, REPORTS_LOOKED_AT);
  const parts: (Set<string> | null)[] = [];
  for (let i = 0; i < count; i++) {
    const s = sections[i];
    // A heading named for a part keeps its reading, and names no report of its own.
    parts.push(s.source === 'heading' && s.decidedBy !== 'alias' && s.decidedBy !== 'meaning' ? partsNamedUnder(sections, i) : null);
  }
  const cleared: number[] = [];
  for (let i = 0; i < count; i++) {
    const own = parts[i];
    if (!own || own.size < 2 || sections[i].decidedBy !== 'body') continue;
    const depth = sections[i].heading.depth;
    let sibling = false;
    for (const step of [-1, 1]) {
      for (let j = i + step; !sibling && j >= 0 && j < count && sections[j].heading.depth >= depth; j += step) {
        const other = parts[j];
        if (sections[j].heading.depth === depth && other && [...other].some((k) => own.has(k))) sibling = true;
      }
    }
    if (sibling) cleared.push(i);
  }
  for (const i of cleared) {
    sections[i].kind = null;
    sections[i].kinds = [];
    sections[i].decidedBy = null;
    sections[i].because = [];
    sections[i].holdsReport = true;
  }
}

/** A heading that names a problem: "Issue #1", "VPN issues", "Consensus layer issue", "Problem 2". */
const PROBLEM_WORD = /\b(issue|problem|bug|failure)s?\b/i;

/** True when a heading names a problem and a sibling heading (same depth, same parent) names one with the same word. */
function problemSeries(headings: readonly HeadingInfo[], h: number): boolean {
  const word = PROBLEM_WORD.exec(headings[h].text.slice(0, 80))?.[1].toLowerCase();
  if (!word) return false;
  const depth = headings[h].depth;
  for (const step of [-1, 1])
    for (let j = h + step, seen = 0; j >= 0 && j < headings.length && headings[j].depth >= depth && seen < 40; j += step, seen++)
      if (headings[j].depth === depth && PROBLEM_WORD.exec(headings[j].text.slice(0, 80))?.[1].toLowerCase() === word) return true;
  return false;
}

/** True when a heading and a sibling heading (same depth, same parent) both name a stretch of the incident by its place in a sequence. */
function stretchSeries(headings: readonly HeadingInfo[], h: number): boolean {
  const depth = headings[h].depth;
  for (const step of [-1, 1])
    for (let j = h + step, seen = 0; j >= 0 && j < headings.length && headings[j].depth >= depth && seen < 40; j += step, seen++)
      if (headings[j].depth === depth && namesStretch(headings[j].text.slice(0, 200))) return true;
  return false;
}

/**
 * True when a section's own content is an account in prose with no times to go by: lines rather than
 * list entries, none opening on a time (a stretch that writes its times is read by its entries), and
 * no work ahead.
 */
function toldInProse(body: BodySigns): boolean {
  return body.lines >= 1 && body.items <= body.lines && body.stamped === 0 && body.future + body.promised + body.openBoxes === 0;
}

/** A heading that names the background of the report and nothing else: "Background", "Incident background". */
const BACKGROUND = /^[\s*_]*(?:\d{1,2}\.?\s+)?(?:(?:the|incident|outage)\s+)?background[\s*_:]*$/i;

/**
 * "Background" opening a report that has no summary, over prose that tells the incident itself
 * (what broke or who was hit, and how it was ended), not how the system works: the report's
 * summary, under the name of its context. A background of design (how the queue hands out jobs)
 * tells no harm and no recovery, and one beside a summary stays the context it names.
 */
function backgroundSummary(first: Section, signs: () => BodySigns, sections: readonly Section[]): void {
  if (first.kinds.length || sections.some((s) => s.kinds.includes('summary'))) return;
  const body = signs();
  if (body.lines < 2 || body.stamped > 0 || body.items > body.lines || body.future > 0) return;
  const told = (body.harm >= 1 ? 1 : 0) + (body.figures >= 1 ? 1 : 0) + (body.recovered >= 1 ? 1 : 0);
  if (told < 2) return;
  first.kind = 'summary';
  first.kinds = ['summary'];
  first.decidedBy = 'body';
  first.because = [`the incident told in brief under its background (${body.harm} harm, ${body.figures} figures, ${body.recovered} recovery)`];
}

/**
 * The problem statement read as the summary ("What was the problem?" over "Visitors got a blank
 * page and errors …") is the impact too when it tells the harm done (figures of it, or harm told
 * twice) and no other section of the report, headed or labelled, tells the impact: it is then the
 * report's only word on who was hit and how.
 */
function problemImpact(first: Section, signs: () => BodySigns, sections: readonly Section[]): void {
  if (sections.some((s) => s !== first && s.kinds.includes('impact'))) return;
  const why = bodyHints(signs(), 'impact');
  if (!why) return;
  first.kinds = [...first.kinds, 'impact'];
  first.because = [...first.because, why];
}

/** A bold or italic lead of a paragraph or list item that may stand for a heading. */
interface Lead {
  text: string;
  /** The bold or italic node; its position is read when needed, as an incremental parse moves it. */
  node: Nodes;
  /** True when nothing follows the lead in its paragraph. */
  alone: boolean;
}

const MAX_LEAD_WORDS = 5;
const leadsOf = new WeakMap<Paragraph, Lead | null>();
const fieldLeadsOf = new WeakMap<Paragraph, Lead[]>();

/** A bold or italic label written as a field ("**Impact**: …"), or null. */
function fieldLabel(node: Paragraph['children'][number], after: Paragraph['children'][number] | undefined): Lead | null {
  if (node.type !== 'strong' && node.type !== 'emphasis') return null;
  const raw = toString(node).trim();
  const colon = raw.endsWith(':') || (after?.type === 'text' && /^\s*:/.test(after.value));
  const label = raw.replace(/:$/, '').trim();
  if (!colon || !label || label.length > 60 || label.split(/\s+/).length > MAX_LEAD_WORDS) return null;
  return { text: label, node, alone: false };
}

/**
 * The field labels of a paragraph written as a block of fields, one a line, the lines joined by
 * hard or soft breaks ("**Summary**: …␠␠⏎**Impact**: …␠␠⏎**Root Causes**: …"): every line of the
 * block that opens on a label, the first included. Empty unless two lines at least are fields, so a
 * bold word that happens to start a wrapped line of prose is no heading.
 */
function fieldLeads(paragraph: Paragraph): Lead[] {
  let leads = fieldLeadsOf.get(paragraph);
  if (leads) return leads;
  leads = [];
  const children = paragraph.children;
  for (let j = 0; j < children.length && leads.length < 50; j++) {
    const before = children[j - 1];
    const lineStart = j === 0 || before.type === 'break' || (before.type === 'text' && /\n[ \t]*$/.test(before.value));
    const lead = lineStart ? fieldLabel(children[j], children[j + 1]) : null;
    if (lead) leads.push(lead);
  }
  if (leads.length < 2) leads = [];
  fieldLeadsOf.set(paragraph, leads);
  return leads;
}

/** A plain label opening a line of a block of fields: a few words, a colon, a value ("Cause: a bad deploy"). */
const PLAIN_FIELD_LINE = /^([\p{L}][\p{L}\p{N} '’&/()-]{0,58}?)[ \t]*:[ \t]+\S/u;

/**
 * The plain labels of a paragraph written as a block of fields without bold, one a line ("Impact:
 * …⏎Cause: …⏎Next steps: …"), as a status page's or a chat's short report sets out its parts:
 * every line of the paragraph's opening text that opens on a label, when two lines at least do and
 * they make most of its lines. The labels' offsets are found in the source, so escapes before them
 * do not shift them. Empty for any other paragraph (a wrapped sentence with a colon in it).
 */
function plainFieldLines(paragraph: Paragraph, lines: LineIndex): Lead[] {
  // Text and line breaks only: lines joined by soft breaks, or by hard ones (two spaces, a backslash).
  if (paragraph.children.length > 100 || !paragraph.children.every((c) => c.type === 'text' || c.type === 'break')) return [];
  const rows = paragraph.children
    .map((c) => (c.type === 'text' ? c.value : '\n'))
    .join('')
    .split('\n', 51)
    .filter((row) => row.trim());
  if (rows.length < 2) return [];
  const leads: Lead[] = [];
  const base = startOf(paragraph);
  // Looked for in the paragraph's own source only: a label written with escapes is not found there,
  // and a search on through the rest of the document for each would cost its length every time.
  const source = lines.text.slice(base, endOf(paragraph));
  let from = 0;
  const fieldRows: boolean[] = [];
  for (const row of rows) {
    const m = PLAIN_FIELD_LINE.exec(row.trimStart().slice(0, 80));
    fieldRows.push(!!m);
    if (!m || m[1].split(/\s+/).length > MAX_LEAD_WORDS) continue;
    const label = m[1].trim();
    const found = source.indexOf(label, from);
    if (found < 0) return [];
    from = found + label.length;
    const at = base + found;
    leads.push({ text: label, node: textNode(lines, label, at, at + label.length), alone: false });
  }
  return leads.length >= 2 && (leads.length * 3 >= rows.length * 2 || wrappedFields(rows, fieldRows)) ? leads : [];
}

/** A text node for words of the source that no node of the parse holds alone (a label inside a paragraph), at [start, end). */
function textNode(lines: LineIndex, value: string, start: number, end: number): Nodes {
  const point = (offset: number) => {
    const p = lines.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1, offset };
  };
  return { type: 'text', value, position: { start: point(start), end: point(end) } };
}

/** A line wrapped by hand is no longer than this; one that runs on to the next is at least `FULL_ROW` long. */
const WRAPPED_ROW = 100;
const FULL_ROW = 55;

/**
 * True when a paragraph that opens on a field is text wrapped by hand at a fixed width (a mail's
 * "Cause: … ⏎ … ⏎Impact: …"): each field's value runs on over the lines after it, and most lines
 * that run on to another of the same field are nearly full. Short lines of prose between two
 * fields ("Cause: unknown.⏎We are still looking⏎Impact: none") are no such value.
 */
function wrappedFields(rows: readonly string[], fieldRows: readonly boolean[]): boolean {
  if (!fieldRows[0] || rows.some((row) => row.length > WRAPPED_ROW)) return false;
  let running = 0;
  let full = 0;
  for (let r = 0; r + 1 < rows.length; r++) {
    if (fieldRows[r + 1]) continue;
    running++;
    if (rows[r].trim().length >= FULL_ROW) full++;
  }
  return running >= 2 && full * 3 >= running * 2;
}

/** The lead of a paragraph that starts with bold or italic text written as a heading: "**Impact**: …" or a line of its own. */
function leadOf(paragraph: Paragraph): Lead | null {
  let lead = leadsOf.get(paragraph);
  if (lead !== undefined) return lead;
  lead = null;
  const first = paragraph.children[0];
  if (first && (first.type === 'strong' || first.type === 'emphasis')) {
    const raw = toString(first).trim();
    const rest = paragraph.children
      .slice(1)
      .map((c) => toString(c))
      .join('');
    const alone = !rest.trim();
    // A bold question answered after it ("**What caused it?** A power cut.") is a label as a colon makes one.
    const colon = raw.endsWith(':') || /^\s*:/.test(rest) || (first.type === 'strong' && raw.endsWith('?'));
    const label = raw.replace(/:$/, '').trim();
    const words = label.split(/\s+/).filter(Boolean).length;
    if (label && label.length <= 60 && words <= MAX_LEAD_WORDS && (alone || colon)) lead = { text: label, node: first, alone };
  }
  leadsOf.set(paragraph, lead);
  return lead;
}

/** After a run-in label's bold or italic: a full stop, a dash, or a new sentence; then the text it heads. */
const RUN_IN_AFTER = /^(?:\s*\.(?!\.)\s*\S|\s*[-\u2013\u2014]\s+\S|\s+[\p{Lu}\p{N}])/u;

/**
 * The run-in label of a paragraph: bold or italic words that name a section, set off from the text
 * they head by a full stop ("**Root cause.** The job …", "_Impact_. Two regions …"), a dash
 * ("**Impact** — …") or nothing but a new sentence ("**Root cause** The job …"), as a report that
 * keeps its parts as labelled paragraphs writes them. Only a configured name or a short name that
 * says its section plainly counts: "**Impact** was small" and "**Fast** rollbacks helped" are prose.
 */
function runInLead(paragraph: Paragraph, matcher: SectionMatcher): Lead | null {
  const first = paragraph.children[0];
  if (!first || (first.type !== 'strong' && first.type !== 'emphasis')) return null;
  const raw = toString(first).trim();
  const after = paragraph.children
    .slice(1, 3)
    .map((c) => toString(c))
    .join('')
    .slice(0, 40);
  // The stop or the dash may sit inside the marks ("**Root cause.**", "**Impact —**").
  const inside = /^(.*?)\s*(?:\.|\s[-\u2013\u2014])$/.exec(raw);
  const label = (inside ? inside[1] : raw).trim();
  if (inside ? !/^\s*\S/.test(after) || /\.\.$/.test(raw) : !RUN_IN_AFTER.test(after)) return null;
  if (!label || label.length > 40 || label.split(/\s+/).length > 4 || /[.:?!]/.test(label)) return null;
  if (!matcher.namesExactly(label)) {
    const reading = matcher.read(label);
    if (!plainly(reading) || (reading.how !== 'alias' && label.split(/\s+/).length > 3)) return null;
  }
  return { text: label, node: first, alone: false };
}

/**
 * The plain label that opens a list item or a paragraph written as a field, "Root Causes: …" (a few
 * words, a colon, a value), as a lead covering the label only; null for any other. Times and links
 * ("14:05: …", "https://…") are no labels.
 */
function plainFieldLabel(paragraph: Paragraph): Lead | null {
  const first = paragraph.children[0];
  if (!first || first.type !== 'text' || !first.position) return null;
  const m = /^([\p{L}][\p{L}\p{N} '’&/()-]{0,58}?)[ \t]*:[ \t]+\S/u.exec(first.value.slice(0, 80));
  if (!m || m[1].split(/\s+/).length > MAX_LEAD_WORDS) return null;
  const start = first.position.start;
  const node = {
    type: 'text',
    value: m[1],
    position: { start, end: { line: start.line, column: start.column + m[1].length, offset: (start.offset ?? 0) + m[1].length } },
  };
  return { text: m[1].trim(), node: node as Nodes, alone: false };
}

/**
 * The paragraphs that open on a plain field label naming a section plainly ("Impact: …", "Root
 * cause: …", "Next steps: …"), as a status page's or an email's report writes its parts, when two
 * kinds of section at least are named so: one paragraph opening "Cause: …" is a sentence of prose.
 * Read once per document, on the first characters of each paragraph.
 */
function plainFieldParagraphs(children: readonly RootContent[], matcher: SectionMatcher): Set<number> {
  const found = new Set<number>();
  const kinds = new Set<string>();
  for (let i = 0; i < children.length; i++) {
    const block = children[i];
    const lead = block.type === 'paragraph' ? plainFieldLabel(block) : null;
    if (!lead) continue;
    const reading = matcher.read(lead.text);
    if (!plainly(reading)) continue;
    found.add(i);
    kinds.add(reading.kinds[0]);
  }
  return kinds.size >= 2 ? found : new Set();
}

/**
 * A paragraph that is only a section's name in plain text, on one line ("Action items",
 * "Timeline (all times in PST)"): a heading that lost its markup when the report was pasted
 * from another editor. Only an exact name counts; any other short line is prose.
 */
function plainNameLine(paragraph: Paragraph, matcher: SectionMatcher): Lead | null {
  // A comment on the line (a control comment a quick fix adds) leaves it the same line.
  const parts = paragraph.children.filter((c) => !(c.type === 'html' && /^<!--[^]*-->$/.test(c.value)) && !(c.type === 'text' && !c.value.trim()));
  const only = parts.length === 1 ? parts[0] : null;
  if (!only || only.type !== 'text') return null;
  const text = only.value.trim();
  // Words only: a line of marks ("####### Root cause") is no name, though its words are.
  if (text.length > 60 || !/^[\p{L}\p{N}][\p{L}\p{N} '’&/()-]*$/u.test(text)) return null;
  return matcher.namesExactly(text) ? { text, node: only, alone: true } : null;
}

/** True when the paragraph is only a bold or italic line that plainly names the lessons ("**Lessons learned**:"). */
function namesLessons(paragraph: Paragraph, matcher: SectionMatcher): boolean {
  const lead = leadOf(paragraph);
  if (!lead || !/^[\s:：*_]*$/.test(toString(paragraph).slice(lead.text.length))) return false;
  const reading = matcher.read(lead.text);
  return reading.kinds.length === 1 && reading.kinds[0] === 'lessons-learned' && (reading.how === 'alias' || reading.strength >= STRONG);
}

/** Lines of this length and more are prose written a paragraph a line, not wrapped by hand. */
const UNWRAPPED_LINE = 160;

/**
 * True when the document's prose is written a paragraph a line (two lines at least of 160
 * characters or more): there a line break inside a paragraph is no wrapping, it is where a blank
 * line was lost, as when a blog's page is stored as text. Reads the paragraphs' own text once.
 */
function unwrappedProse(children: readonly RootContent[], text: string): boolean {
  let long = 0;
  for (const block of children) {
    if (block.type !== 'paragraph') continue;
    let from = startOf(block);
    const end = endOf(block);
    while (from < end) {
      let to = text.indexOf('\n', from);
      if (to < 0 || to > end) to = end;
      if (to - from >= UNWRAPPED_LINE && ++long >= 2) return true;
      from = to + 1;
    }
  }
  return false;
}

/** A title's words: letters, digits, spaces, and the marks a title may hold ("All fixed, so what now ?"). */
const TITLE_LINE = /^\p{Lu}[\p{L}\p{N} '’&/,?!-]{0,49}$/u;

/** A title that lost its markup, as a lead; `glued` when it ends a paragraph of several lines. */
interface LostTitle {
  lead: Lead;
  /** The reading of its words; its kinds are empty when the words only hint at one (`hint`). */
  reading: HeadingReading;
  hint: string | null;
}

/**
 * A section title written as a plain line in a document whose Markdown lost its heading markers:
 * the last line of a paragraph (the paragraph's only line, or, in prose written a paragraph a line,
 * a line glued under the paragraph before it). Short (six words at most), opening on a capital,
 * with no stop at its end, and saying a section: in a question ("All fixed, so what now?") or in
 * three words at most ("Summary", "Closing remarks"). The words may only hint at a section; the
 * content then decides. Any other short line (a step told, an image's name) is prose.
 */
function lostTitle(paragraph: Paragraph, lines: LineIndex, glued: boolean, matcher: SectionMatcher, labels = false): LostTitle | null {
  let found: LostTitle | null = null;
  const label = labels ? labelLine(paragraph, matcher) : null;
  if (label) return { lead: { text: label.text, node: label.node, alone: true }, reading: label.reading, hint: null };
  const last = paragraph.children[paragraph.children.length - 1];
  if (last?.type === 'text' && last.position) {
    const value = last.value.trimEnd();
    const cut = value.lastIndexOf('\n');
    // The line is all of the last text node after its break, or the paragraph's only child.
    if (cut >= 0 ? glued : paragraph.children.length === 1) {
      const line = value.slice(cut + 1).trim();
      const words = line.split(/\s+/).length;
      // A title asked at length is read by its own rule; the short ones below.
      const asked = askedTitle(line, words, matcher);
      if (asked) {
        const at = lines.text.indexOf(line, last.position.start.offset ?? 0);
        if (at >= 0 && at + line.length <= endOf(paragraph))
          found = { ...asked, lead: { text: asked.text, node: textNode(lines, asked.text, at, at + asked.text.length), alone: true } };
        // "Incident Report for Acme", as a status page labels the report it shows: the line names the
        // document, not a section of it.
      } else if (line.length >= 3 && words <= 6 && TITLE_LINE.test(line) && !NAMES_THE_REPORT.test(line)) {
        const question = /\?$/.test(line);
        const reading = matcher.read(line);
        const hint = reading.candidates[0]?.kind ?? null;
        if (!reading.other && hint && (question || words <= 3) && (reading.kinds.length === 0 || reading.strength >= STRONG || question)) {
          const at = lines.text.indexOf(line, last.position.start.offset ?? 0);
          if (at >= 0 && at + line.length <= endOf(paragraph)) {
            found = { lead: { text: line, node: textNode(lines, line, at, at + line.length), alone: true }, reading, hint: reading.kinds.length ? null : hint };
          }
        }
      }
    }
  }
  return found;
}

/** A yes-or-no answer and nothing else ("Yes", "No.", "Not really"). */
const BARE_ANSWER = /^(?:yes|no|not really|partly|partially|n\/a)[.!]?$/i;

/** True when a block is a paragraph that only answers yes or no. */
function bareAnswer(block: RootContent): boolean {
  return block.type === 'paragraph' && endOf(block) - startOf(block) <= 20 && BARE_ANSWER.test(toString(block).trim());
}

/** A title asked as a question or as a clause that opens on a question word, ending on "?" or ":" ("How we will stop it recurring:"). */
const ASKED_LINE = /^(?:What|How|Why|When|Where|Who)\s[\p{L}\p{N} '’&/,-]{0,110}[?:]$/u;
/** The words a title asked at length may hold: the lines shorter than this are read as any title or label line is. */
const ASKED_WORDS = [5, 12] as const;

/**
 * A title that lost its markup and is asked at length, five to twelve words that open on a question
 * word and end on a question mark or a colon ("What are we changing so it cannot recur?", "What we
 * intend to do next:"), as a status page's or an issue's short report asks its parts. Its words must
 * name a section; when they name it plainly the title is that section, otherwise the content under
 * it decides (`hint`). A sentence that leads into a list ("We had an outage that hit these hosts:")
 * opens on no question word; a question word opening a long line of prose ends on no mark.
 */
function askedTitle(line: string, words: number, matcher: SectionMatcher): (Omit<LostTitle, 'lead'> & { text: string }) | null {
  if (words < ASKED_WORDS[0] || words > ASKED_WORDS[1] || !ASKED_LINE.test(line)) return null;
  const text = line.replace(/[ \t]*:$/, '');
  const reading = matcher.read(text);
  if (reading.other || !reading.kinds.length) return null;
  return { text, reading, hint: reading.strength >= STRONG ? null : reading.kinds[0] };
}

/** True when a reading says its section plainly: a configured name, or a strong reading. */
const plainly = (r: HeadingReading) => !r.other && r.kinds.length > 0 && (r.how === 'alias' || r.strength >= STRONG);

/** A label written as a line of its own that ends on a colon, in any case: "root cause:", "Follow-up work:". */
const LABEL_LINE = /^[\p{L}][\p{L}\p{N} '’&/-]{0,40}[ \t]*:$/u;

/** The words of a paragraph that is only a label line of four words at most ("reporting issues:"), or null. */
function labelShape(paragraph: Paragraph): string | null {
  const only = paragraph.children.length === 1 ? paragraph.children[0] : null;
  if (!only || only.type !== 'text' || !only.position) return null;
  const line = only.value.trim();
  if (line.includes('\n') || !LABEL_LINE.test(line)) return null;
  const text = line.replace(/[ \t]*:$/, '');
  return text.split(/\s+/).length > 4 ? null : text;
}

/** True when a label line is a section's name written as a title: capitalised, and the name exactly ("Lessons learned:"). */
function titleName(paragraph: Paragraph, matcher: SectionMatcher): boolean {
  const text = labelShape(paragraph);
  return !!text && /^\p{Lu}/u.test(text) && matcher.namesExactly(text);
}

/**
 * True when a block is a sentence that leads into the list under it: a paragraph whose last line
 * ends on a colon, and no label of a few words alone ("Timeline:").
 */
function leadsIntoList(block: RootContent | undefined): boolean {
  return block?.type === 'paragraph' && introducesNext(block) && !labelShape(block);
}

/**
 * A paragraph that is only a label on a line of its own, a few words ending on a colon ("root
 * cause:", "Next steps:"), as plain-text posts (a mailing list's announcement, a note pasted from
 * a chat) mark their parts, often under a rule of dashes. Only words that say their section plainly
 * count (a configured name, or a strong reading); the label is the words without the colon.
 */
function labelLine(paragraph: Paragraph, matcher: SectionMatcher): { text: string; node: Nodes; reading: HeadingReading } | null {
  const text = labelShape(paragraph);
  if (!text) return null;
  const reading = matcher.read(text);
  if (!plainly(reading)) return null;
  return { text, node: paragraph.children[0], reading };
}

/** A label's line: a few words, no sentence inside, ending on a colon or on nothing ("Timeline:", "Update from the vendor"). */
const ENTRY_LABEL = /^\p{L}[\p{L}\p{N} '’&/,()-]{0,58}:?$/u;
/** Entries that start with a time a label must hold to head them, and the share of its lines they must be. */
const LABELLED_ENTRIES = 3;

/** The lines of a block that a label may head: a paragraph's lines, a code block's lines, a list's items' first lines. */
function entryLines(block: RootContent | undefined, lines: LineIndex): string[] {
  if (!block) return [];
  if (block.type === 'code')
    return block.value
      .slice(0, 4000)
      .split('\n')
      .filter((l) => l.trim());
  if (block.type === 'paragraph') return lines.text.slice(startOf(block), Math.min(endOf(block), startOf(block) + 4000)).split('\n');
  if (block.type === 'list') return block.children.slice(0, 200).map((item) => toString(item).slice(0, 200).split('\n')[0]);
  return [];
}

/** True when most of the lines are entries that start with a time and tell what happened, three at least. */
function mostlyEntries(rows: readonly string[]): boolean {
  const told = rows.filter((r) => /[\p{L}\p{N}]/u.test(r));
  const entries = told.filter(isEntryLine).length;
  return entries >= LABELLED_ENTRIES && entries * 2 >= told.length;
}

/**
 * A plain label line over a log of events: a line of a few words ("Timeline:", "Update from our
 * provider", "Day two") whose entries, under it in the same paragraph or in the block after it (a
 * code block, lines, a list), start with times and tell what happened. What it heads decides its
 * kind, the timeline, when its words name no other section. Null for any other paragraph.
 */
function entriesLabel(paragraph: Paragraph, after: RootContent | undefined, lines: LineIndex, matcher: SectionMatcher): { lead: Lead; within: boolean } | null {
  const first = paragraph.children[0];
  if (!first || first.type !== 'text' || !first.position) return null;
  const start = startOf(paragraph);
  const source = lines.text.slice(start, Math.min(endOf(paragraph), start + 4000));
  // The first line decides most paragraphs: the rest is cut into lines only when it may be a label.
  const br = source.indexOf('\n');
  const firstLine = br === -1 ? source : source.slice(0, br);
  const label = firstLine.trim();
  if (!ENTRY_LABEL.test(label) || label.split(/\s+/).length > 8 || startsWithStamp(label) || !first.value.startsWith(firstLine.trimEnd())) return null;
  const within = br !== -1;
  if (!mostlyEntries(within ? source.slice(br + 1).split('\n') : entryLines(after, lines))) return null;
  const reading = matcher.read(label.replace(/:$/, ''));
  if (reading.other || reading.kinds.some((k) => k !== 'timeline')) return null;
  const text = label.replace(/[ \t]*:$/, '');
  const at = start + firstLine.indexOf(label);
  return { lead: { text, node: textNode(lines, text, at, at + label.length), alone: true }, within };
}

/** A paragraph of prose, two sentences at least, long enough to tell an incident in brief. */
function tellsInBrief(block: RootContent): boolean {
  return block.type === 'paragraph' && endOf(block) - startOf(block) >= 120 && /[.!?]\s+\p{Lu}[^]*[.!?]/u.test(toString(block).slice(0, 600));
}

/** True when the block's first line is an entry of a log of events ("19.40 - …"). */
function mostlyEntriesFirst(block: RootContent, lines: LineIndex): boolean {
  const rows = entryLines(block, lines);
  return rows.length > 0 && isEntryLine(rows[0]);
}

/**
 * The paragraph of a list of one item that is only a bold or italic label ("- **What caused it?**"
 * over the paragraphs that answer it): a heading written as a bullet, read as a bold line is.
 */
function loneLabelItem(list: List): Paragraph | null {
  if (list.children.length !== 1) return null;
  const only = list.children[0].children;
  const paragraph = only.length === 1 && only[0].type === 'paragraph' ? only[0] : null;
  return paragraph && leadOf(paragraph)?.alone ? paragraph : null;
}

/**
 * Adds the sections that bold or italic leads stand for: a paragraph that is only bold text
 * ("**What went well?**") heads the blocks after it; a bold label that starts a paragraph or a
 * list item ("**Impact**: …") heads the rest of it. Only leads that name a section count, a list
 * needs two such items (one bold start in a list is emphasis), and leads inside an action-item
 * or timeline section are categories and times, not sections.
 */
function addLabelSections(
  children: readonly RootContent[],
  headingIndexes: readonly number[],
  firstSection: number,
  sections: Section[],
  matcher: SectionMatcher,
  lines: LineIndex,
  placeholders: PlaceholderTest,
): void {
  const added: Section[] = [];
  let h = 0;
  const headingSections = sections.slice();
  // A heading of no kind of its own inside a plan ("### 6. Alerting" under "## Prevention") is a
  // part of that plan: the nearest heading with a kind, among those that hold it, says whether it is.
  const planAbove: boolean[] = [];
  const chain: number[] = [];
  for (let k = 0; k < headingSections.length; k++) {
    const section = headingSections[k];
    while (chain.length && headingSections[chain[chain.length - 1]].heading.depth >= section.heading.depth) chain.pop();
    const parent = chain.length ? chain[chain.length - 1] : -1;
    planAbove.push(section.kinds.length ? section.kinds.includes('action-items') : parent >= 0 && planAbove[parent]);
    chain.push(k);
  }
  // A status page's updates ("**Identified:** …", "**Monitoring:** …") are entries of its log: their labels name no section.
  const updates = statusUpdates(children);
  // What a status page posted (its text closes on the line that says when): a state word alone on
  // its line ("**Resolved**", "**Postmortem**") is the state the page prints over an update, not a section.
  const posted = postedStream(children);
  // A report with no heading at all may have lost its markers: its titles are plain lines, glued
  // under the paragraph before them where its prose is written a paragraph a line.
  // So may a status page's post whose only headings are the page's own ("## Postmortem" over the
  // report it posts): the report's titles lost their markers when the page printed it.
  const lost = headingIndexes.length <= firstSection || (posted && headingSections.every((s) => !s.kinds.length && isStatusWord(s.heading.text)));
  const glued = lost && unwrappedProse(children, lines.text);
  // Plain label lines ("root cause:") stand for headings there only when two of them at least name
  // sections: one line ending on a colon is a sentence that introduces what follows. One that is a
  // section's name as a title writes it ("Lessons learned:", capitalised, every word a name's) is the
  // label all the same: a note that marks a single part so ("What went well:") has no second one.
  const labelled = lost ? children.filter((b): b is Paragraph => b.type === 'paragraph' && !!labelLine(b, matcher)) : [];
  const labels = labelled.length >= 2 || labelled.some((b) => titleName(b, matcher));
  const plainFields = plainFieldParagraphs(children, matcher);
  const lostAt = (b: RootContent) => (lost && b.type === 'paragraph' ? lostTitle(b, lines, glued, matcher, labels) : null);
  const firstIndex = firstSection > 0 ? headingIndexes[firstSection - 1] + 1 : 0;
  for (let i = firstIndex; i < children.length; i++) {
    const block = children[i];
    if (block.type === 'heading') continue;
    while (h < headingIndexes.length - firstSection && headingIndexes[h + firstSection] < i) h++;
    const enclosing = h > 0 ? headingSections[h - 1] : null;
    const around = enclosing && enclosing.end > startOf(block) ? enclosing.kinds : [];
    if (around.includes('timeline')) continue;
    // In a plan, bold lines are its topics ("**Detection**"), except one that plainly names the
    // lessons ("**Lessons learned**:" over what the incident taught): that part is no plan.
    const inPlan = around.includes('action-items') || (!around.length && !!enclosing && enclosing.end > startOf(block) && planAbove[h - 1]);
    if (inPlan && !(block.type === 'paragraph' && namesLessons(block, matcher))) continue;
    // A kind the enclosing heading got from its content alone (an empty "##" over a block of
    // fields reads as the cause it holds) does not make the labels in it parts of it: they name
    // their sections in so many words.
    const inside = enclosing?.decidedBy === 'body' ? [] : around;
    const make = (
      lead: Lead,
      kinds: string[],
      because: string[],
      how: Section['decidedBy'],
      blocks: [number, number],
      end: number,
      empty: boolean,
    ): Section => ({
      kind: kinds[0],
      kinds,
      decidedBy: how,
      because,
      source: blocks[0] < blocks[1] ? 'line' : 'label',
      heading: {
        text: lead.text,
        depth: (enclosing?.heading.depth ?? 0) + 1,
        line: lines.positionAt(startOf(lead.node)).line,
        start: startOf(lead.node),
        end: endOf(lead.node),
      },
      bodyStart: endOf(lead.node),
      end,
      blocks,
      empty,
      placeholderOnly: false,
    });
    const reads = (lead: Lead, value?: string, amongFields = false) => {
      if ((updates.has(i) || (posted && lead.alone)) && isStatusWord(lead.text)) return null;
      const reading = matcher.read(lead.text);
      // As with headings, a summary inside another section sums up that section.
      if (inside.length && reading.kinds[0] === 'summary') return null;
      if (value !== undefined && ratingField(reading, value, amongFields)) return null;
      if (value !== undefined && onlyWhen(value)) return null;
      if (!reading.kinds.length || reading.kinds.every((k) => inside.includes(k))) return null;
      // "**What went wrong**" inside "## Lessons learned": words that may also name the enclosing kind
      // are read as a part of it, as a sub-heading's are ("What went wrong" under Lessons is a lesson).
      if (reading.how === 'meaning' && reading.candidates.some((c) => inside.includes(c.kind) && c.score >= NAMED)) return null;
      return value !== undefined ? untimedTimeline(workAhead(reading, value), value) : reading;
    };
    const lone = block.type === 'list' ? loneLabelItem(block) : null;
    if (block.type === 'paragraph' || lone) {
      const paragraph = lone ?? (block as Paragraph);
      const bold = fieldLeads(paragraph);
      // Plain labels count only where they say their section plainly ("Cause:", not "Trigger:").
      const plainBlock = bold.length ? [] : plainFieldLines(paragraph, lines);
      const fields = bold.length ? bold : plainBlock;
      const counted = bold.length ? bold : plainBlock.filter((field) => matcher.read(field.text).strength >= STRONG);
      if (fields.length) {
        // A block of fields: each field that names a section runs to the next field's line. As with a
        // table of key facts, a block of several fields stands for sections only when two kinds at
        // least are named in it: one among dates, hosts and durations ("**Date**: …  ⏎**Host**: …
        // ⏎**Impact**: …") is a fact of the header, the report's sections being told elsewhere.
        const own: Section[] = [];
        fields.forEach((field, f) => {
          const next = fields[f + 1];
          let end = next ? lines.lineStart(lines.positionAt(startOf(next.node)).line) : endOf(block);
          const rest = lines.text.slice(endOf(field.node), end).replace(/^[\s:*_]+/, '');
          const reading = reads(field, rest, true);
          if (!reading || (!bold.length && reading.strength < STRONG)) return;
          // The last field's value may be the list under the block ("**Impact**:␠␠⏎1. …").
          const after = children[i + 1];
          const list = !next && !rest.trim() && after?.type === 'list';
          if (list) end = endOf(after);
          own.push(make(field, reading.kinds, reading.words, reading.how, [i, i], end, !rest.trim() && !list));
        });
        if (fields.length < 2 || new Set(counted.flatMap((field) => matcher.read(field.text).kinds)).size >= 2) added.push(...own);
        continue;
      }
      let named = leadOf(paragraph) ?? runInLead(paragraph, matcher) ?? plainNameLine(paragraph, matcher);
      // "**Lessons learned**:" in a plan heads the blocks under it, its colon notwithstanding.
      if (inPlan && named) named = { ...named, alone: true };
      const title = named || lone ? null : lostAt(paragraph);
      const plainField = named || title || !plainFields.has(i) ? null : plainFieldLabel(paragraph);
      const lead = named ?? title?.lead ?? plainField;
      const value = lead && !lead.alone ? toString(paragraph).slice(lead.text.length) : undefined;
      let reading = lead && (title?.hint ? null : reads(lead, value));
      if (!lead && !lone) {
        const label = entriesLabel(paragraph, children[i + 1], lines, matcher);
        if (!label) continue;
        // The log runs on over the blocks that still open on an entry ("19.40 - …" after a line of comment).
        let next = i + (label.within ? 1 : 2);
        while (next < children.length && children[next].type !== 'heading' && mostlyEntriesFirst(children[next], lines)) next++;
        const why = 'entries that start with a time';
        const end = next < children.length ? startOf(children[next]) : Math.max(endOf(children[next - 1]), enclosing?.end ?? 0);
        added.push(make(label.lead, ['timeline'], [why], 'body', [label.within ? i : i + 1, next], end, false));
        continue;
      }
      if (!lead || (!reading && !title?.hint)) continue;
      if (lead.alone) {
        let next = i + 1;
        // The section runs to the next heading, or the next bold line that names a section or
        // names something that is no section ("**Open questions**", "**References**").
        const ends = (b: RootContent) => {
          // A bullet label after a bullet label is its sibling, whatever it names ("- **What fixed it?**").
          if (lone && b.type === 'list' && loneLabelItem(b)) return true;
          if (lostAt(b)) return true;
          // Where label lines stand for headings, one that names no section ("contact:") ends the part before it too.
          if (labels && b.type === 'paragraph' && labelShape(b)) return true;
          const line = b.type === 'paragraph' ? b : b.type === 'list' ? loneLabelItem(b) : null;
          const next = line ? (leadOf(line) ?? plainNameLine(line, matcher)) : null;
          // In a plan, the lessons run to its next bold line, the next topic of the plan ("**Process improvements**:").
          if (inPlan && next && line && /^[\s:：*_]*$/.test(toString(line).slice(next.text.length))) return true;
          // A status page's state line ("**Resolved**") opens another update: it ends the part before it too.
          return !!next?.alone && (!!reads(next) || matcher.read(next.text).other || (posted && isStatusWord(next.text)));
        };
        while (next < children.length && children[next].type !== 'heading' && !ends(children[next])) next++;
        // A lost title is one only over a paragraph or a list; one whose words only hint at a section
        // ("Closing remarks") is that section when its content agrees (a lesson drawn).
        if (title && !(next > i + 1 && (children[i + 1].type === 'paragraph' || children[i + 1].type === 'list'))) continue;
        // "Could it have been caught sooner?" over "Yes" alone: a questionnaire's answer, which says
        // nothing of the section the question's words name.
        if (title && next === i + 2 && bareAnswer(children[i + 1])) continue;
        if (title?.hint) {
          const why = bodyHints(bodySigns(children.slice(i + 1, Math.min(next, i + 65)), lines.text), title.hint);
          if (!why) continue;
          reading = { ...title.reading, kinds: [title.hint], how: 'meaning', words: [...title.reading.words, why] };
        }
        if (!reading) continue;
        // "What happened:" after prose that told the incident in brief, no summary named before it,
        // over the account again that names how it came about: the cause, as under a heading.
        const cause =
          namesTheStory(reading) &&
          ![...headingSections, ...added].some((s) => s.kinds.includes('summary') && s.bodyStart <= startOf(block)) &&
          children.slice(firstIndex, Math.min(i, firstIndex + 4)).some(tellsInBrief) &&
          bodyHints(bodySigns(children.slice(i + 1, Math.min(next, i + 65)), lines.text), 'root-cause');
        const content = bodyContent(children.slice(i + 1, next), placeholders);
        const end = next < children.length ? startOf(children[next]) : Math.max(endOf(block), enclosing?.end ?? endOf(children[children.length - 1]));
        const section = cause
          ? make(lead, ['root-cause'], [cause, 'the story told again after the summary'], 'body', [i + 1, next], end, !content.hasContent)
          : make(lead, reading.kinds, reading.words, reading.how, [i + 1, next], end, !content.hasContent);
        added.push(title ? { ...section, plain: true } : section);
      } else if (reading) {
        const rest = toString(paragraph)
          .slice(lead.text.length)
          .replace(/^[\s:*_]+/, '');
        added.push(make(lead, reading.kinds, reading.words, reading.how, [i, i], endOf(block), !rest.trim()));
      }
    } else if (block.type === 'list') {
      // Bold starts of the items of a list of lessons ("- **Quick recovery once found**: …") are
      // the lessons' topics, not sections of the report.
      if (around.includes('lessons-learned')) continue;
      // A list a sentence leads into ("… could be read through:", "We made four changes:") goes on
      // with that sentence: its bold starts are the things it lists, not the report's sections.
      if (leadsIntoList(children[i - 1])) continue;
      // "1. **Checked the logs**: …", "2. **Config put right**: …", "3. **Impact**: …": the bold
      // starts of a numbered list name what it counts off (the steps taken, the factors, the topics of
      // a list of gaps), not the report's sections, which a report numbers by its headings.
      if (block.ordered) continue;
      const found: Section[] = [];
      const plain: Section[] = [];
      let fields = 0;
      const items = block.children.slice(0, 200);
      for (const item of items) {
        const first = item.children[0];
        const paragraph = first && first.type === 'paragraph' ? first : null;
        const bold = paragraph ? (leadOf(paragraph) ?? runInLead(paragraph, matcher)) : null;
        const field = bold ? null : paragraph && plainFieldLabel(paragraph);
        if (field) fields++;
        const lead = bold ?? field;
        const rest = lead
          ? toString(first)
              .slice(lead.text.length)
              .replace(/^[\s:*_]+/, '')
          : '';
        // A bold item alone with nothing under it ("- **No data lost**" among the facts) is an
        // entry set in bold: it heads nothing.
        if (lead?.alone && item.children.length < 2) continue;
        const reading = lead && reads(lead, lead.alone ? undefined : rest);
        if (!lead || !reading) continue;
        // A plain label counts only when it says its section plainly ("Root Causes:", not "Trigger:").
        if (field && reading.strength < STRONG) continue;
        (field ? plain : found).push(make(lead, reading.kinds, reading.words, reading.how, [i, i], endOf(item), !rest.trim() && item.children.length < 2));
      }
      if (found.length >= 2) added.push(...found);
      // "- Summary: …", "- Impact: …", "- Root Causes: …": a list of plain fields standing for the
      // report's sections, when most of its items are fields and two kinds of section at least are named.
      if (fields * 3 >= items.length * 2 && new Set(plain.map((p) => p.kind)).size >= 2) added.push(...plain);
    } else if (block.type === 'table') {
      // A table of key facts whose keys name sections ("| Impact | 40 customers |"): each such row is
      // that section, as a bold label would be. Rows of two kinds at least ("Impact" and "Severity"
      // alone are facts about one thing, not a document's sections). Inside a summary ("## Summary"
      // over "| **Impact** | … |", "| **Detection** | … |") the table is the summary told as fields:
      // its rows are the summary's content, as its sentences would be, and name no section.
      if (inside.includes('summary')) continue;
      const found: Section[] = [];
      const rows = block.children;
      for (const row of rows.length && rows[0].children.length <= 3 ? rows.slice(0, 200) : []) {
        const [key, value] = row.children;
        if (!key || !value || row.children.length > 3) continue;
        const text = toString(key)
          .trim()
          .replace(/[:：]$/, '')
          .trim();
        // Keys are words: a time, a number or a sentence is no key ("| 10:02 | … |").
        if (!text || text.length > 60 || !/^[\p{L}*_]/u.test(text) || text.split(/\s+/).length > MAX_LEAD_WORDS) continue;
        const lead: Lead = { text, node: key, alone: false };
        // "| **Detected** | 2031-04-28 10:34 |": the row says when, a fact of the header.
        if (onlyWhen(toString(value))) continue;
        const reading = reads(lead);
        // Only a key that says its section plainly: "Severity" hints at impact but is a fact of its own.
        if (!reading || reading.strength < STRONG) continue;
        found.push(make(lead, reading.kinds, reading.words, reading.how, [i, i], endOf(row), !toString(value).trim()));
      }
      if (new Set(found.map((f) => f.kind)).size >= 2) added.push(...found);
    }
  }
  if (!added.length) return;
  sections.push(...added);
  sections.sort((a, b) => a.heading.start - b.heading.start);
}

/** Verbs of the steps that end an incident: a value opening on one ("Restart the workers") may tell what was done, tersely. */
const RECOVERY_STEP = new Set([
  'restore',
  'revert',
  'restart',
  'reboot',
  'rollback',
  'roll',
  'back',
  'redeploy',
  'scale',
  'drop',
  'delete',
  'clean',
  'disable',
  'rotate',
  'fix',
]);
/** A value that tells something done or found: a passive or perfect, or a recovery in the past tense. */
const TOLD_DONE = /\b(?:was|were|has been|have been|had been|rolled back|reverted|restarted|restored|recovered|resolved|fixed|mitigated)\b/i;

/**
 * A field named as the resolution whose value is work ahead written as a task ("**Resolution**:
 * Keep every setup script under review"): the value opens on a verb of doing, tells nothing done,
 * and is no recovery step told tersely ("Restart the workers"). The field is the plan, as a
 * resolution heading over such a body already is.
 */
function workAhead(reading: HeadingReading, value: string): HeadingReading {
  if (reading.kinds.length !== 1 || reading.kinds[0] !== 'resolution') return reading;
  const told = value.replace(/^[\s:：*_]+/, '').slice(0, 300);
  const first = /^(\p{L}+)\s+\p{L}/u.exec(told)?.[1].toLowerCase();
  if (!first || !IMPERATIVE.has(first) || RECOVERY_STEP.has(first) || TOLD_DONE.test(told)) return reading;
  return { ...reading, kinds: ['action-items'], words: [...reading.words, 'work ahead written as a task'] };
}

/**
 * A field named as the timeline of another part ("**Recovery timeline**: the cache refilled on its
 * own") whose value writes no time of day and no date: it tells that part, and no timeline. A value
 * with a time or a date ("**Recovery timeline**: 14:05 to 14:40") stays the timeline.
 */
function untimedTimeline(reading: HeadingReading, value: string): HeadingReading {
  if (reading.how !== 'meaning' || reading.kinds.length !== 1 || reading.kinds[0] !== 'timeline') return reading;
  const other = reading.candidates.find((c) => c.kind !== 'timeline' && c.score >= NAMED);
  const told = value.slice(0, 300);
  if (!other || writesTime(told)) return reading;
  return { ...reading, kinds: [other.kind], words: [...reading.words, 'a value with no time or date'] };
}

/**
 * Says why when a block is a list of two fields or more ("- **Users impacted**: …"), each of whose
 * labels names or rates the impact (impact, affected, severity, downtime): the impact told as fields.
 */
function impactFields(block: RootContent, matcher: SectionMatcher): string | null {
  if (block.type !== 'list' || block.children.length < 2 || block.children.length > 20) return null;
  for (const item of block.children) {
    const first = item.children[0];
    const lead = first?.type === 'paragraph' ? leadOf(first) : null;
    if (!lead || lead.alone || !matcher.read(lead.text).candidates.some((c) => c.kind === 'impact' && c.score >= NAMED)) return null;
  }
  return `a list of ${block.children.length} fields that name or rate what was hit`;
}

/** Words that rate an incident or list what it touched: they hint at the impact, they do not tell it. */
const RATING_WORDS = new Set(['severity', 'affected', 'priority', 'level', 'duration', 'downtime', 'scope']);

/**
 * True for a field that rates the incident or names what it touched ("**Severity:** P2 Medium",
 * "**Affected:** api, worker queue"): metadata, not the impact section. A label that names the
 * impact ("Impact", "User impact") still is the impact, as is a field standing alone whose value
 * is told as a sentence ("High — logins failed for an hour."). Among other fields (a block heading
 * the report: date, severity, duration, cause) the field rates the incident however long its value.
 */
function ratingField(reading: HeadingReading, value: string, amongFields: boolean): boolean {
  if (reading.how !== 'meaning' || reading.kinds.length !== 1 || reading.kinds[0] !== 'impact') return false;
  if (!reading.words.every((w) => RATING_WORDS.has(w.toLowerCase()))) return false;
  if (amongFields) return true;
  const told = value.replace(/^[\s:*_]+/, '').trim();
  return told.split(/\s+/).length <= 12 && !/[.!?]$/.test(told);
}

/**
 * True when a field's value, or all a heading holds, is a date or a time and nothing else ("2031-02-26",
 * "`2031-04-28 10:34`", "March 3, 2031 04:20 AM PDT"): the part says when something happened, a fact of
 * the header, and names no section whatever its words ("Resolved", "Retro held", "Service restored at").
 * Letters in capitals after the time (a zone, a country) are read as the zone is.
 */
function onlyWhen(value: string): boolean {
  const told = value.slice(0, 80).replace(/^[\s:*_`]+|[\s*_`.]+$/g, '');
  if (!told || told.length > 60 || told.includes('\n')) return false;
  return isOnlyStamp(told) || isOnlyStamp(told.replace(/\b\p{Lu}{2,4}\b/gu, ' ').trim());
}

/** The words of a title worth comparing: three letters and up, lower case. */
function titleWords(text: string): Set<string> {
  return new Set(
    normaliseHeading(text)
      .split(' ')
      .filter((w) => w.length >= 3),
  );
}

/**
 * True when the front matter already titles the document and the first level-1 heading shares no
 * word with that title but reads as a section ("# Context" under `title: "Images vanished"`): the
 * heading opens a section, it does not repeat the title.
 */
function sectionUnderTitle(heading: string, title: unknown, matcher: SectionMatcher): boolean {
  if (typeof title !== 'string' || !title.trim()) return false;
  const reading = matcher.read(heading);
  if (reading.other || !reading.candidates.length) return false;
  const words = titleWords(title);
  return ![...titleWords(heading)].some((w) => words.has(w));
}

const PREMORTEM_TYPES = new Set(['premortem', 'pre-mortem']);

/** Whether the document is a post-mortem or a pre-mortem, from its front matter `type` or its first heading. */
export function documentKind(frontMatter: Record<string, unknown>, firstHeading: string | null): DocumentKind {
  const type = frontMatter.type;
  if (typeof type === 'string') return PREMORTEM_TYPES.has(type.trim().toLowerCase()) ? 'premortem' : 'postmortem';
  const title = typeof frontMatter.title === 'string' ? frontMatter.title : firstHeading;
  return title && /\bpre[\s-]?mortem\b/i.test(title) ? 'premortem' : 'postmortem';
}

/** True when nothing but front matter, rules and comments comes before the block at `index`. */
function opensTheDocument(children: readonly RootContent[], index: number): boolean {
  for (let i = 0; i < index; i++) {
    const node = children[i];
    const type = node.type as string;
    // Comments (a control comment, a note to editors) come before a title as they do before any heading.
    if (node.type === 'html' && /^\s*<!--/.test(node.value)) continue;
    if (type !== 'yaml' && type !== 'toml' && type !== 'thematicBreak') return false;
  }
  return true;
}

/** "Post Mortem", "Postmortem: checkout outage", "Incident report": a heading that names the document itself. */
const NAMES_THE_REPORT = /^(?:incident\s+)?(?:post[\s-]?mortem|retrospective|incident\s+report)\b/i;

/**
 * True when the first heading, with words in it, is the document's first block (after front matter, rules and comments) and
 * every other heading is deeper: it heads the whole document.
 */
function opensAboveTheRest(children: readonly RootContent[], index: number, headings: readonly HeadingInfo[]): boolean {
  if (!opensTheDocument(children, index) || !/[\p{L}\p{N}]/u.test(headings[0].text)) return false;
  const depth = headings[0].depth;
  for (let h = 1; h < headings.length; h++) if (headings[h].depth <= depth) return false;
  return true;
}

/** The texts of the headings directly under heading `h` (those up to `next` one level down from it). */
function subheadings(headings: readonly HeadingInfo[], h: number, next: number): string[] {
  let depth = 7;
  for (let i = h + 1; i < next; i++) depth = Math.min(depth, headings[i].depth);
  const out: string[] = [];
  for (let i = h + 1; i < next && out.length <= 64; i++) if (headings[i].depth === depth) out.push(headings[i].text);
  return out;
}

/**
 * True when a heading that names a kind only weakly ("Postmortem", "Retrospective") holds sub-headings
 * that name two kinds at least by their own words, none of them its own: it labels the parts, as a
 * title does. A weak heading over parts of its own kind ("Follow-up" over "Short term", "Long term")
 * heads them.
 */
function holdsOtherParts(matcher: SectionMatcher, text: string, kinds: readonly string[], titles: readonly string[]): boolean {
  if (titles.length < 2 || matcher.read(text).strength >= STRONG) return false;
  const named = new Set<string>();
  for (const title of titles) {
    const reading = matcher.read(title);
    if (reading.strength < NAMED) continue;
    if (reading.kinds.some((k) => kinds.includes(k))) return false;
    if (reading.kinds[0]) named.add(reading.kinds[0]);
  }
  return named.size >= 2;
}

/**
 * A title that names the page a collection of incidents, a project's name before it or not
 * ("Incidents", "Payments incident reports", "Post-mortems", "Outages"): the page keeps one entry
 * after another. Retrospectives and reviews are kept so too, of sprints and meetings.
 */
const COLLECTION_TITLE = /\b(?:incidents|incident\s+reports|post[\s-]?mortems|outages)\W*$/i;

/** A heading that heads a status page's list of past incidents ("Past incidents", "Incident history"). */
const PAST_INCIDENTS = /\b(?:(?:past|previous|earlier|resolved|recent)\s+incidents|incident\s+(?:history|log|archive))\b/i;

/**
 * True when a block holds only what a form asks: an italic instruction, a question, a label with
 * nothing after it ("Start time:"), an empty item, a folded example (`<details>`), a stand-in.
 */
function asksOnly(block: RootContent): boolean {
  if (block.type === 'html') return true;
  if (block.type === 'paragraph') {
    const kids = block.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
    if (kids.length > 0 && kids.every((c) => c.type === 'emphasis')) return true;
    const said = toString(block).trim();
    return /[?:]$/.test(said) || holdsStandIn(said) || said.length === 0;
  }
  // A list asks as its items do: each empty, a question, a label, or an instruction in italics
  // ("- _Action, owner, date_"), as a paragraph asks.
  if (block.type === 'list')
    return block.children.every((item) => /^\W*$|[?:]$/.test(toString(item).trim()) || (item.children.length > 0 && item.children.every(asksOnly)));
  return false;
}

/** Sections naming a part, each holding only what a form asks, that make a form of a document. */
const UNFILLED_PARTS = 3;

/** True when a block of the body is links and nothing else (a list of links, a paragraph that is one link). */
function onlyLinks(block: RootContent): boolean {
  const bare = (node: Nodes): boolean => {
    if (node.type === 'link') return true;
    if (node.type === 'text') return !/\w/.test(node.value);
    if (node.type === 'paragraph' || node.type === 'list' || node.type === 'listItem') return (node.children as Nodes[]).every(bare);
    return false;
  };
  return (block.type === 'paragraph' || block.type === 'list') && bare(block);
}

/** What of a timeline section the content signs read: enough for its times of day. */
const TIMELINE_TEXT = 4000;

/** Wrappers an outline is looked for under: a date over a repeat of the title is two. */
const WRAPPERS_LOOKED_THROUGH = 2;

/**
 * The sections an outline's top level is counted among: all of them, or, when the least depth
 * holds a single heading named for no part, the sections under it ("## 2031-09-08" or the title
 * said again, over "### What happened", "### Root cause", "### Action items"): a report kept under
 * one wrapper, as a page of post-mortems with one entry or an exported page that repeats its
 * title, has its parts one level down. A wrapper beside another heading of its depth is a part of
 * an outline, and the outline is counted as it stands.
 */
function outlineUnder(sections: readonly Section[]): readonly Section[] {
  let from = 0;
  const to = sections.length;
  for (let k = 0; k < WRAPPERS_LOOKED_THROUGH && to - from > 1; k++) {
    let least = 7;
    for (let i = from; i < to; i++) least = Math.min(least, sections[i].heading.depth);
    let at = -1;
    let count = 0;
    for (let i = from; i < to && count < 2; i++)
      if (sections[i].heading.depth === least) {
        at = i;
        count++;
      }
    const wrapper = sections[at];
    if (count !== 1 || at !== from || wrapper.kinds.length || wrapper.source !== 'heading') break;
    from = at + 1;
  }
  return from === 0 ? sections : sections.slice(from);
}

/**
 * What the detection by content reads: the section kinds the headings name and their texts, the
 * share of the top-level sections that name one, the first eight top-level paragraphs after the title (block `titleAt`, -1 when there is none),
 * the start of the timeline's text, the status updates, the heading under the title, and the dated
 * entries under a list of past incidents.
 */
function contentSigns(
  text: string,
  title: string | null,
  sections: readonly Section[],
  children: readonly RootContent[],
  titleAt: number,
  rated: boolean,
): ContentSigns {
  const kinds = new Set<string>();
  const headings: string[] = [];
  let clockHeadings = 0;
  let timeline = '';
  let log = -1;
  let incidentLog = 0;
  // A title that names the page a collection of incidents: each dated heading under it is an entry.
  const collection = title !== null && COLLECTION_TITLE.test(title.length > 200 ? title.slice(-200) : title);
  let collected = 0;
  for (const section of sections) {
    if (clockHeading(section.heading.text)) clockHeadings++;
    if (log >= 0 && section.heading.depth <= log) log = -1;
    if (log >= 0 && writesDate(section.heading.text)) incidentLog++;
    if (collection && writesDate(section.heading.text)) collected++;
    if (log < 0 && section.source === 'heading' && PAST_INCIDENTS.test(section.heading.text)) log = section.heading.depth;
    if (!section.kinds.length) continue;
    for (const kind of section.kinds) kinds.add(kind);
    headings.push(section.heading.text);
    if (section.kinds.includes('timeline') && timeline.length < TIMELINE_TEXT)
      timeline += text.slice(section.bodyStart, Math.min(section.end, section.bodyStart + TIMELINE_TEXT - timeline.length)) + '\n';
  }
  let depth = 7;
  let top = 0;
  let named = 0;
  let openingParts = 0;
  for (const section of outlineUnder(sections)) {
    if (section.heading.depth < depth) [depth, top, named, openingParts] = [section.heading.depth, 0, 0, 0];
    // A heading that holds one incident's report among several is a part of the outline as a named one is.
    const part = section.kinds.length > 0 || section.holdsReport === true;
    if (section.heading.depth === depth) [top, named] = [top + 1, named + (part ? 1 : 0)];
    if (section.heading.depth === depth && openingParts === top - 1 && part) openingParts++;
  }
  // The patterns that read the prose write the apostrophe straight ("we're", "can't"); editors and
  // blogs often curl it ("we’re"): the prose is read with its apostrophes made straight.
  const straight = (words: string) => words.replace(/[\u2018\u2019]/g, "'");
  const prose = (block: RootContent) => straight(toString(block));
  // A block of raw HTML (a post exported with its `<p>` tags) shows its paragraphs as prose, read
  // once each: an export of a blog keeps its whole body in one such block.
  const shownHtml = new Map<number, string[]>();
  const shown = (i: number): string[] => {
    const block = children[i];
    // Pictures between the paragraphs are no part of the prose.
    if (block.type === 'paragraph') return onlyPicture(block) ? [] : [prose(block)];
    if (block.type !== 'html') return [];
    let texts = shownHtml.get(i);
    if (!texts) {
      texts = proseBlocks(text, block)
        .filter((b) => b.kind === 'paragraph')
        // Its lines keep the indentation of the markup around them: a run of spaces is one.
        .map((b) => straight(b.text.replace(/\s+/g, ' ').trim()));
      shownHtml.set(i, texts);
    }
    return texts;
  };
  const paragraphs: string[] = [];
  for (let i = titleAt + 1; i < children.length && paragraphs.length < 8; i++) for (const p of shown(i)) if (paragraphs.length < 8) paragraphs.push(p);
  // The story reading reads further: the top-level paragraphs, whatever headings stand between them.
  const story: string[] = [];
  for (let i = titleAt + 1; i < children.length && story.length < STORY_PARAGRAPHS; i++)
    for (const p of shown(i)) if (story.length < STORY_PARAGRAPHS) story.push(p.slice(0, STORY_CHARACTERS));
  // A report written all in list items, no paragraph of its own between its headings: its items
  // are its prose, read in order, the fields among them ("Date: …", "Summary:") left out.
  if (!story.length) {
    for (const text of listProse(children.slice(titleAt + 1), STORY_PARAGRAPHS)) {
      if (paragraphs.length < 8) paragraphs.push(text);
      story.push(text.slice(0, STORY_CHARACTERS));
    }
  }
  // A letter closes on its apology or its promise: the last two paragraphs, when they are past the first eight.
  const closing: string[] = [];
  let first = titleAt + 1;
  for (let seen = 0; first < children.length && seen < 8; first++)
    if (children[first].type === 'paragraph') seen++;
    else if (children[first].type === 'html') seen += shown(first).length;
  for (let i = children.length - 1; i >= first && closing.length < 2; i--) {
    const block = children[i];
    if (block.type === 'paragraph') closing.unshift(prose(block));
    else if (block.type === 'html') for (let k = shown(i).length - 1; k >= 0 && closing.length < 2; k--) closing.unshift(shown(i)[k]);
  }
  const parts = sections.filter((s) => s.kinds.length);
  const unfilled = parts.length >= UNFILLED_PARTS && parts.every((s) => s.blocks[0] < s.blocks[1] && children.slice(s.blocks[0], s.blocks[1]).every(asksOnly));
  // Reading ends at the first block that is more than links: most documents end it at once.
  let links = 0;
  let linksOnly = true;
  for (let i = titleAt + 1; i < children.length && linksOnly; i++) {
    const block = children[i];
    if (block.type === 'heading' || block.type === 'thematicBreak' || block.type === 'html' || block.type === 'yaml') continue;
    if (onlyLinks(block)) links++;
    else linksOnly = false;
  }
  const headingTexts = sections.map((s) => s.heading.text);
  return {
    title,
    kinds,
    headings,
    paragraphs,
    story,
    share: top ? named / top : 0,
    openingParts,
    clockHeadings,
    clocked: clockedLines(text),
    timeline,
    statusUpdates: labelledUpdates(children).size,
    postedUpdates: postedUpdates(children).size,
    subtitle: titleAt >= 0 && sections[0]?.source === 'heading' ? sections[0].heading.text : null,
    incidentLog,
    collected,
    sections: sections.length,
    standIns: (title !== null && holdsStandIn(title)) || headingTexts.some((h) => holdsStandIn(h)),
    unfilled,
    workItem: headingTexts.some((h) => WORK_ITEM_HEADING.test(h)),
    genreHeading: headingTexts.some(headingAboutGenre),
    linksOnly: linksOnly && links >= 2,
    // A date or a year: "22/Mar/2022" and "Q3 2021" date what they head as much as "2022-03-22".
    datedHeading: headingTexts.some((h) => writesDate(h) || /\b(?:19|20)\d{2}\b/.test(h)),
    closing,
    rated,
  };
}

/**
 * The title of a static site's header (`headerTitle`) when the document's first block is a
 * paragraph made of its lines and nothing else, nothing but blank lines before it; else null.
 */
function siteHeader(children: readonly RootContent[], text: string): { title: string } | null {
  const first = children[0];
  if (first?.type !== 'paragraph') return null;
  const before = text.slice(0, startOf(first));
  if (before.replace(/^\uFEFF/, '').trim()) return null;
  const lines = text.slice(startOf(first), Math.min(endOf(first), startOf(first) + 4000)).split(/\r?\n/);
  const header = headerTitle(lines);
  return header && header.lines === lines.length ? header : null;
}

/** A list item's line that is a field, not prose: a short label and a colon, a value after it or none ("Date: 3 May", "**Owner:** Kim", "Summary:"). */
const FIELD_LINE = /^[^\s.!?:][^.!?:\n]{0,39}:(?:\s|$)/;

/**
 * The prose of the list items among `blocks` (top-level ones and those nested in them), in order,
 * up to `most` paragraphs: the paragraphs of each item that are not a field (`FIELD_LINE`), code
 * and tables left out. Every item is visited once.
 */
function listProse(blocks: readonly RootContent[], most: number): string[] {
  const out: string[] = [];
  const stack: Nodes[] = [...blocks].reverse();
  while (stack.length && out.length < most) {
    const node = stack.pop()!;
    if (node.type === 'paragraph') {
      if (onlyPicture(node)) continue;
      const text = toString(node).replace(/[\u2018\u2019]/g, "'");
      if (!FIELD_LINE.test(text) || text.length > 200) out.push(text);
    } else if (node.type === 'list' || node.type === 'listItem') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return out;
}

/** The required sections for a document of this kind. */
export function requiredSections(model: Pick<PostmortemModel, 'kind'>, settings: Settings): readonly SectionSpec[] {
  return model.kind === 'premortem' ? settings.premortemSections : settings.sections;
}

/**
 * Parses the text once and builds the post-mortem model every rule reads. `parse` must return
 * what `parseMarkdown` returns for the text; the server passes an incremental parser.
 */
export function analyzeDocument(text: string, path: string | undefined, settings: Settings, parse: (text: string) => Root = parseMarkdown): AnalysedDocument {
  const root = parse(text);
  const lines = new LineIndex(text);
  const { placeholders } = compiled(settings);
  const frontMatter = readFrontMatter(root);

  const children = root.children;
  const headings: HeadingInfo[] = [];
  const headingIndexes: number[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node.type === 'html') {
      // An HTML heading on a block of its own ("<h2>Remediation</h2>") opens a section as a Markdown one does.
      const html = htmlHeading(node.value);
      if (!html) continue;
      const start = startOf(node);
      headings.push({ text: html.text, depth: html.depth, line: lines.positionAt(start).line, start, end: endOf(node) });
      headingIndexes.push(i);
      continue;
    }
    if (node.type !== 'heading') continue;
    const start = startOf(node);
    headings.push({ text: headingText(node), depth: node.depth, line: lines.positionAt(start).line, start, end: endOf(node) });
    headingIndexes.push(i);
  }

  // A pre-mortem is checked against its own sections; its front matter or first heading says so.
  const kind = documentKind(frontMatter?.data ?? {}, headings[0]?.text ?? null);
  const matcher = kind === 'premortem' ? compiled(settings).premortemSections : compiled(settings).sections;

  // The first heading is the title when it is a level-1 heading that is not itself a section name,
  // or when it opens the document above every other heading ("## 2026-08-20: Why the bots lost
  // money" over "###" sections or over prose alone): a title written one level down.
  let firstSection = 0;
  let title: HeadingInfo | null = null;
  if (
    headings.length &&
    (headings[0].depth === 1 ||
      opensAboveTheRest(children, headingIndexes[0], headings) ||
      // "## Post Mortem" opening the document names the report, whatever level its sections take.
      (NAMES_THE_REPORT.test(headings[0].text) && opensTheDocument(children, headingIndexes[0]))) &&
    !matcher.isExact(headings[0].text) &&
    !sectionUnderTitle(headings[0].text, frontMatter?.data.title, matcher)
  ) {
    title = headings[0];
    firstSection = 1;
  }

  const sections: Section[] = [];
  // Each heading is read in the light of the section it sits in: "What went wrong" under "Lessons"
  // is a lesson, on its own it is the root cause; a weak reading gives way to its parent's kind.
  const open: { depth: number; kinds: string[]; other: boolean; questions: boolean }[] = [];
  const added: { section: Section; kind: string }[] = [];
  // The opening section is the first one with something in it: a report's title, date and time
  // headings ("## Date: …", "## Time: …") before it are no part of the story.
  let opened = false;
  // Prose between the title and the first section ("Search was down for an hour this morning. Here is
  // what happened.") tells the incident in brief: the report's summary, told before any heading.
  const preambleFrom = firstSection > 0 ? headingIndexes[firstSection - 1] + 1 : 0;
  const preambleTo = firstSection < headingIndexes.length ? headingIndexes[firstSection] : 0;
  let summarised = false;
  let preambled = false;
  // A heading that names the story ("What happened", "Description") has been read: a later one is not the first account.
  let storyBefore = false;
  for (let i = preambleFrom; i < preambleTo && i < preambleFrom + 4; i++) {
    if (tellsInBrief(children[i])) preambled = true;
  }
  let opening: { section: Section; signs: () => BodySigns } | null = null;
  // "Background" opening the report before any section of it: its content may be the incident told in brief.
  let background: { section: Section; signs: () => BodySigns } | null = null;
  // The depth of the last stretch of a timeline told in stretches ("First outage"), while it runs.
  let stretch = null as { depth: number } | null;
  // Whether the document is what a status page posted, read at the first heading that asks.
  let posted: boolean | undefined;
  for (let h = firstSection; h < headings.length; h++) {
    const heading = headings[h];
    let next = h + 1;
    while (next < headings.length && headings[next].depth > heading.depth) next++;
    const firstBlock = headingIndexes[h] + 1;
    const lastBlock = next < headings.length ? headingIndexes[next] : children.length;
    const content = bodyContent(children.slice(firstBlock, lastBlock), placeholders);
    while (open.length && open[open.length - 1].depth >= heading.depth) open.pop();
    const parent = open.length ? open[open.length - 1] : null;
    // Summed once per heading: the reading asks for them many times, and they are only read.
    let body: BodySigns | undefined;
    const signs = () => (body ??= bodySigns(children.slice(firstBlock, Math.min(lastBlock, firstBlock + 64)), text));
    const decision = decideKind(matcher, heading.text, parent, signs, {
      byMeaning: kind === 'postmortem',
      opening: !opened,
      summarised,
      preambled,
      storyBefore,
      inPlan: open.some((o) => o.kinds.includes('action-items')),
      hasContent: content.hasContent,
      hasParts: next > h + 1,
    });
    // "What happened?" over an account in prose told along the clock ("At 11:32 we deployed …", "At
    // around 2:00 UTC the move was done"): the report's timeline, told as a story, besides what its
    // words and causes make it. It gives way to a section of the document read as the timeline.
    if (kind === 'postmortem' && !decision.other && !decision.added && !decision.kinds.includes('timeline') && namesTheStory(matcher.read(heading.text))) {
      const clock = narratedByClock(signs());
      if (clock) {
        decision.kinds = [...decision.kinds, 'timeline'];
        decision.because = [...decision.because, clock];
        decision.added = 'timeline';
      }
    }
    if (namesTheStory(matcher.read(heading.text))) storyBefore = true;
    // "Follow-up checklist", "Checklist" over "- [ ] Add an alert", "- [ ] Set a limit" (its sub-sections' boxes
    // too): a heading that is other only by its word "checklist", over boxes of work, is the plan.
    if (kind === 'postmortem' && decision.other && !parent?.other && matcher.read(heading.text).words.every((w) => /^checklists?$/.test(w))) {
      const why = sectionChecklistOfWork(children.slice(firstBlock, Math.min(lastBlock, firstBlock + 64)), text);
      if (why) Object.assign(decision, { kinds: ['action-items'], how: 'body', because: [why], other: false });
    }
    // "Issue #1", "Issue #2"; "VPN issues", "Checker issues": a report told problem by problem, each under a
    // heading that names it among siblings named alike, tells a cause under each, whatever its prose opens with.
    if (
      kind === 'postmortem' &&
      !decision.other &&
      !parent?.other &&
      !parent?.kinds.length &&
      (!decision.kinds.length || decision.how === 'body') &&
      problemSeries(headings, h)
    )
      Object.assign(decision, { kinds: ['root-cause'], how: 'body', because: ['one of a series of problems, each under its own heading'] });
    // "Day 1", "Day 2", "Day 3"; "Wave 1", "Wave 2": a story told in stretches, each under a sibling
    // heading that names its place in the sequence, is the timeline told so, when the stretch is an
    // account in prose with no times and no work ahead in it: its entries are the stretches ("That
    // evening I started the copy …"). One such heading alone only hints at it.
    if (
      kind === 'postmortem' &&
      !decision.kinds.length &&
      !decision.other &&
      !parent?.other &&
      !parent?.kinds.length &&
      !open.some((o) => o.kinds.includes('action-items')) &&
      namesStretch(heading.text) &&
      stretchSeries(headings, h) &&
      toldInProse(signs())
    )
      Object.assign(decision, { kinds: ['timeline'], how: 'body', because: ['one of a series of stretches of the incident, told in prose'] });
    // "Second outage" after "First outage" read as the timeline: the next stretch of the same story
    // continues it, from one entry that starts with a time, whatever its content alone suggests.
    if (
      kind === 'postmortem' &&
      stretch?.depth === heading.depth &&
      (!decision.kinds.length || decision.how === 'body') &&
      !decision.other &&
      namesStretch(heading.text) &&
      signs().stamped >= 1
    ) {
      // What its content alone told (a cause) stays a second kind of it.
      decision.kinds = ['timeline', ...decision.kinds.filter((k) => k !== 'timeline')];
      decision.because = ['the next stretch of a timeline told in stretches', ...decision.because];
      decision.how = 'body';
    }
    if (stretch && heading.depth <= stretch.depth && !(heading.depth === stretch.depth && decision.kinds[0] === 'timeline')) stretch = null;
    if (decision.kinds[0] === 'timeline' && namesStretch(heading.text)) stretch = { depth: heading.depth };
    // "Past incidents", "Updates" over "### June 3", "### June 5", and nothing of their own: a log of
    // what happened, day by day, is the timeline, whatever the heading's words.
    // "Past incidents" over "### Router swap (2031-05-02)", "### Disk failure (2031-03-03)": a status
    // page's history, one incident a sub-heading, is the timeline too; each entry's own follow-up
    // work still counts (`incidentLog`).
    let incidentLog = false;
    if (kind === 'postmortem' && !decision.kinds.length && !decision.other && !parent?.other && next > h + 1) {
      const titles = subheadings(headings, h, next);
      const entries = datedEntries(titles);
      incidentLog = !entries && datedIncidents(titles);
      const own = entries || incidentLog ? signs() : null;
      if (own && own.lines === 0 && own.items === 0) {
        decision.kinds = ['timeline'];
        decision.how = 'body';
        decision.because = [incidentLog ? 'sub-headings that name dated incidents: a log of them' : 'sub-headings that are dates: a log of entries'];
      } else incidentLog = false;
    }
    // "Incident details" over "- **Services affected**: …", "- **Users impacted**: …", "- **Severity**: …":
    // a heading that names no section over a list of fields, each naming or rating what was hit, is the impact.
    if (kind === 'postmortem' && !decision.kinds.length && !decision.other && !parent?.other && firstBlock < lastBlock) {
      const why = impactFields(children[firstBlock], matcher);
      if (why) {
        decision.kinds = ['impact'];
        decision.how = 'body';
        decision.because = [why];
      }
    }
    // A heading whose body opens on a sub-heading ("## 2031-05-02 report" over "### The incident")
    // only wraps its parts: the first of them with prose of its own opens the story.
    const wrapper = h + 1 < next && headingIndexes[h + 1] === firstBlock;
    // "## Retrospective" over "### Overview", "### Timeline", "### Follow-up", and no word of its own: a
    // label that only holds the report's parts, each named for a kind of its own, is no section itself.
    if (
      kind === 'postmortem' &&
      wrapper &&
      decision.how === 'meaning' &&
      holdsOtherParts(matcher, heading.text, decision.kinds, subheadings(headings, h, next))
    ) {
      decision.kinds = [];
      decision.how = null;
      decision.because = [];
    }
    // "## Postmortem" on what a status page posted: the state the page prints over the report, as it
    // prints "Resolved" over an update, not a section of it. What its content tells may still decide
    // (a list of promises, read above), and a lesson drawn in it keeps the look back the word hints at.
    if (kind === 'postmortem' && decision.how === 'meaning' && isStatusWord(heading.text) && signs().lessons === 0 && (posted ??= postedStream(children))) {
      decision.kinds = [];
      decision.how = null;
      decision.because = [];
    }
    // "## Service restored at" over "March 3, 2031 04:20 AM PDT" and nothing else: a field of the
    // header written as a heading, the value under it; it says when, and is no section.
    if (kind === 'postmortem' && decision.kinds.length && next === h + 1 && lastBlock === firstBlock + 1) {
      const only = children[firstBlock];
      if (only.type === 'paragraph' && onlyWhen(toString(only)))
        Object.assign(decision, { kinds: [], how: null, because: [], added: undefined, planInProse: false });
    }
    const opens = content.hasContent && !wrapper && !decision.other && !opened;
    if (content.hasContent && !wrapper && !decision.other) opened = true;
    if (decision.kinds.includes('summary') && content.hasContent) summarised = true;
    const questions = kind === 'postmortem' && ((decision.other && QUESTIONS.test(heading.text.slice(0, 200))) || !!parent?.questions);
    open.push({ depth: heading.depth, kinds: decision.kinds, other: decision.other, questions });
    sections.push({
      kind: decision.kinds[0] ?? null,
      kinds: decision.kinds,
      decidedBy: decision.how,
      because: decision.because,
      source: 'heading',
      heading,
      bodyStart: heading.end,
      end: next < headings.length ? headings[next].start : text.length,
      blocks: [firstBlock, lastBlock],
      empty: !content.hasContent,
      placeholderOnly: !content.hasContent && content.hasPlaceholder,
    });
    if (decision.added) added.push({ section: sections[sections.length - 1], kind: decision.added });
    if (decision.planInProse) sections[sections.length - 1].planInProse = true;
    if (incidentLog) sections[sections.length - 1].incidentLog = true;
    if (opens) opening = { section: sections[sections.length - 1], signs };
    if (kind === 'postmortem' && !opened && !background && decision.other && content.hasContent && !wrapper && BACKGROUND.test(heading.text.slice(0, 80)))
      background = { section: sections[sections.length - 1], signs };
  }
  const problem = kind === 'postmortem' && !!opening && problemStatement(opening.section, opening.signs, sections, matcher);
  // A kind only the content gave ("What went wrong" under Lessons, telling causes) is kept when no
  // section of the document is named that kind: a report with its own root cause has it there.
  for (const { section, kind } of added) {
    if (sections.some((s) => s !== section && s.kinds.includes(kind) && !added.some((a) => a.section === s))) {
      section.kinds = section.kinds.filter((k) => k !== kind);
      delete section.planInProse;
    }
  }
  if (kind === 'postmortem') addLabelSections(children, headingIndexes, firstSection, sections, matcher, lines, placeholders);
  if (problem && opening) problemImpact(opening.section, opening.signs, sections);
  if (kind === 'postmortem' && opening) causeInItsFields(opening.section, children, sections, text, matcher);
  if (background && !preambled) backgroundSummary(background.section, background.signs, sections);
  if (kind === 'postmortem') separateReports(sections);

  const metadata: MetadataField[] = frontMatter ? frontMatterFields(frontMatter, lines) : [];
  const preambleEnd = firstSection < headingIndexes.length ? headingIndexes[firstSection] : children.length;
  inlineFields(children.slice(0, preambleEnd), lines, metadata);
  // Templates such as the SRE book's write metadata as headings ("### Date") with the value below.
  for (const section of sections) {
    const canonical = canonicalKey(section.heading.text);
    if (!canonical || section.kind) continue;
    const first = children[section.blocks[0]];
    if (section.blocks[0] < section.blocks[1] && first.type === 'paragraph') {
      const value = toString(first).split('\n')[0].trim();
      if (value)
        metadata.push({
          key: normaliseHeading(section.heading.text),
          label: section.heading.text,
          canonical,
          value,
          line: lines.positionAt(startOf(first)).line,
          start: startOf(first),
          end: startOf(first) + value.length,
          source: 'heading',
        });
    }
  }

  const controls: ControlComment[] = [];
  if (text.includes('postmortem-')) {
    const lineOf = (offset: number) => lines.positionAt(offset).line;
    if (frontMatter) readYamlControls(text.slice(frontMatter.start, frontMatter.end), frontMatter.start, lineOf, controls);
    for (const child of children) walkHtml(child, (value, offset) => readControls(value, offset, lineOf, controls));
  }

  const fmData = frontMatter?.data ?? {};
  // A static site's header ("Title: …", "Date: …" opening a file without front matter): its
  // title stands as the front matter's would, and its lines are no prose of the document.
  const header = frontMatter ? null : siteHeader(children, text);
  const fmTitle = typeof fmData.title === 'string' ? fmData.title : (header?.title ?? null);
  const verdict = frontMatterSaysPostmortem(fmData);
  const pathVerdict = classifyPath(path, settings);
  let detection: Detection;
  if (verdict !== null) detection = verdict ? 'front-matter' : 'excluded';
  else if (pathVerdict === 'excluded') detection = 'excluded';
  else if (pathVerdict === 'included') detection = 'path';
  else {
    // Title or content: either way, a form, a ticket, a guide or a list of links tells no incident.
    // A file the template globs name is a template by its path, taken and checked leniently as before.
    // Fields that date the document and rate its severity, filled in: the record of one incident.
    const rated = (['date', 'severity'] as const).every((key) =>
      metadata.some((f) => f.canonical === key && !holdsStandIn(f.value) && !placeholders.isPlaceholder(f.value)),
    );
    const signs = {
      ...contentSigns(text, title?.text ?? fmTitle, sections, children, title ? headingIndexes[0] : header ? 0 : -1, rated),
      standfirst: frontMatterStandfirst(fmData),
    };
    if (!isTemplatePath(path, settings) && tellsNoIncident(signs)) detection = 'not-a-postmortem';
    else if ((title && titleSaysPostmortem(title.text)) || (fmTitle && titleSaysPostmortem(fmTitle))) detection = 'title';
    else if (frontMatterRecordsIncident(fmData) || contentSaysPostmortem(signs)) detection = 'content';
    else detection = 'not-a-postmortem';
  }
  // A skeleton whose recognised sections are all still empty is a template, whatever its name.
  const recognised = sections.filter((s) => s.kind);
  const skeleton = recognised.length >= 3 && sections.every((s) => s.empty);
  const isTemplate = skeleton || frontMatterSaysTemplate(fmData) || isTemplatePath(path, settings) || /\btemplate\b/i.test(title?.text ?? fmTitle ?? '');

  const model: PostmortemModel = {
    isPostmortem: detection === 'front-matter' || detection === 'path' || detection === 'title' || detection === 'content',
    kind,
    detection,
    isTemplate,
    title,
    frontMatter,
    metadata,
    headings,
    sections,
    controls,
    timeline: null,
    actionItems: [],
    required: requiredSections({ kind }, settings),
    openEnd: openBlockAtEnd(text, root),
  };
  const doc: AnalysedDocument = { text, lines, root, model, path };
  if (parse === parseMarkdown) {
    // The tree is this call's own, so the timeline can wait until something reads it: the
    // workspace index's outline of a file never does. A tree from an incremental parser is
    // not: the next parse moves its shared nodes, so the timeline is read from it now.
    let timeline: PostmortemModel['timeline'] | undefined;
    Object.defineProperty(model, 'timeline', {
      enumerable: true,
      configurable: true,
      get: () => (timeline === undefined ? (timeline = extractTimeline(doc, settings)) : timeline),
      set: (value: PostmortemModel['timeline']) => {
        timeline = value;
      },
    });
  } else model.timeline = extractTimeline(doc, settings);
  model.actionItems = extractActionItems(doc, settings);
  return doc;
}

/**
 * The title a document shows wherever it is listed: the front matter's `title` (YAML or TOML)
 * first, then the title heading (a first level-1 heading that is not a section name).
 */
export function documentTitle(model: Pick<PostmortemModel, 'title' | 'frontMatter'>): string | null {
  const written = model.frontMatter?.data.title;
  const fromFrontMatter = typeof written === 'string' || typeof written === 'number' ? String(written).replace(/\s+/g, ' ').trim() : '';
  return fromFrontMatter || model.title?.text || null;
}
