/**
 * The blameless-language analysis of a document, shared by the `blaming-language` and
 * `hindsight-language` rules: prose blocks → sentences → hits, mapped back to document
 * offsets. Computed once per analysed document and settings, and per top-level block: blocks
 * an edit left alone keep their hits.
 */
import type { Nodes } from 'mdast';
import type { AnalysedDocument } from '../model';
import { documentRange, proseBlocks } from '../prose';
import type { Settings } from '../../base/settings';
import { detectSentence, type BlameHit, type HindsightHit, type Hit } from './detect';
import { knownPeople, type People } from './people';
import { sentencesOf } from './tokens';

export type { BlameCategory, BlameForm, BlameHit, HindsightForm, HindsightHit, Hit } from './detect';

/** A hit placed in the document. */
export interface DocumentHit<H extends Hit = Hit> {
  hit: H;
  /** Document offsets of the reported words. */
  start: number;
  end: number;
  /** The reported words without markup, white space collapsed: what an allow list matches. */
  phrase: string;
  /** True inside a block quote. */
  inQuote: boolean;
  /** The person's name in the document, when the hit names someone. */
  name?: { start: number; end: number; text: string; sentenceInitial: boolean };
}

/** Every blaming and hindsight hit of a document, in document order. */
export interface BlamelessAnalysis {
  blame: DocumentHit<BlameHit>[];
  hindsight: DocumentHit<HindsightHit>[];
}

/**
 * Words at least one of which every hit contains. Blocks without any are not parsed at all,
 * which spares most of the cost on long documents; a unit test checks that every phrase of the
 * lexicon has one of them.
 */
export const ANCHORS: readonly string[] = [
  'forg',
  'neglect',
  'bother',
  'care',
  'mess',
  'screw',
  'fuck',
  'cock',
  'botch',
  'bungl',
  'blunder',
  'goof',
  'fumbl',
  'flub',
  'ball',
  'fat',
  'mistyp',
  'overlook',
  'know',
  'attention',
  'thorough',
  'think',
  'asleep',
  'fail',
  'ignor',
  'miss',
  'broke',
  'break',
  'caus',
  'skip',
  "n't",
  'did not',
  'never',
  'mistake',
  'error',
  'typo',
  'oversight',
  'bad',
  'wrong',
  'poor',
  'fault',
  'blam',
  'culprit',
  'responsib',
  'introduc',
  'negligen',
  'slop',
  'lazi',
  'lazy',
  'incompet',
  'reckless',
  'stupid',
  'idiot',
  'moron',
  'clueless',
  'irresponsib',
  'inattentive',
  'foolish',
  'bonehead',
  'dumbass',
  'inexcusable',
  'unprofessional',
  'human',
  'pebk',
  'pebc',
  'id10t',
  'layer',
  'people',
  'finger',
  'bus',
  'who',
  'should',
  'could',
  'would',
  'might',
  'ought',
  'obvious',
  'clearly',
  'just',
  'simply',
  'merely',
  'all',
  'avoidable',
  'preventable',
  'only',
  'realis',
  'realiz',
  'slip',
  'failing',
  'blunder',
  'decision',
  'call',
  'checked',
  'tested',
  'caught',
  'noticed',
  'verified',
  'asked',
  'waited',
  'reviewed',
  'followed',
  'read',
  'culprit',
  // Responsibility, awareness, manner and character words said of people. Kept precise ("rashly",
  // not "rash", which is in "crash"), since a block with an anchor costs a parse.
  'abandon',
  'shirk',
  'evad',
  'dodg',
  'disregard',
  'buck',
  'hands of',
  'refus',
  'declin',
  'misjudg',
  'misread',
  'misunderst',
  'mishandl',
  'misconfigured',
  'aware',
  'no idea',
  'does not',
  'without',
  'errant',
  'hastily',
  'blindly',
  'haphazard',
  'thoughtless',
  'mindless',
  'cavalier',
  'heedless',
  'rashly',
  'wanton',
  'not adequa',
  'not proper',
  'not sufficien',
  'not reasonabl',
  'not appropriat',
  'not diligen',
  'not responsib',
  'nor ',
  'inexperienc',
  'greedy',
  'arrogan',
  'selfish',
  'dishonest',
  'complacen',
  'naive',
  'naïve',
  'ignoran',
  'unqualif',
  'unprepar',
  'incapab',
  'unreliab',
  'untrustworth',
  'lax',
  'cowboy',
  'apathe',
  'indifferen',
  'unresponsiv',
  'uncooperativ',
  'disorgani',
  'inept',
  'corners',
  'shortcut',
  'rogue',
  'bypass',
  'circumvent',
  'violat',
  'chose to ignore',
  'decided to ignore',
  'decided not to',
  'despite',
  'faulty',
  'buggy',
  'incorrect',
  'invalid',
  'untested',
  'unreviewed',
  'erroneous',
  'defective',
  'mistaken',
  'our part',
  'their part',
  'his part',
  'her part',
  'my part',
  'part of',
  "'s part",
  'unacceptab',
  'lack of',
  'lacked',
  'lacking',
  'absence of',
  'rookie',
  'amateur',
  'silly',
  'dumb',
  'newbie',
  'beginner',
  'inadvisab',
  'ill-advis',
  'unwise',
  'ill-consider',
  'foolhard',
  'sighted',
  'misguid',
  'was not',
  'were not',
  'is not',
  'are not',
  'oversight',
  'their job',
  'his job',
  'her job',
  'upon',
  'judgement',
  'judgment',
  // Calls to try harder, reminders, judgement calls, careless work in the passive, skipped reviews.
  'be more',
  'be extra',
  'remind',
  'reiterat',
  're-iterat',
  'emphasi',
  'emphasiz',
  'deemed',
  'judged',
  'dismissed',
  'properly',
  'carefully',
  'diligent',
  'systematic',
  'adequate',
  'sufficient',
  'methodical',
  'rigor',
  'manner',
  'fashion',
  'coordinated',
  'co-ordinated',
  'structured',
  'organi',
  'controlled',
  'disciplined',
  'professional',
  'review',
  'approval',
  'sign-off',
  'signoff',
  // A person's conduct judged: "their behaviour was unethical".
  'behavio',
  'conduct',
  'attitude',
  // Care wished for: "had we been more attentive".
  'attentive',
  'cautious',
  'vigilant',
  'conscientious',
];

const ANCHOR_PATTERN = new RegExp(ANCHORS.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');

/** True when a block of prose may hold a hit (it contains an anchor word). */
export function mayHoldHits(text: string): boolean {
  return ANCHOR_PATTERN.test(text.replace(/[\u2018\u2019]/g, "'"));
}

/** Hits of one block of prose, in block offsets. Exposed for tests and the fixture corpus. */
export function detectInText(text: string, people: People): Hit[] {
  if (!mayHoldHits(text)) return [];
  const hits: Hit[] = [];
  for (const sentence of sentencesOf(text)) hits.push(...detectSentence(sentence, people));
  return hits;
}

const perDocument = new WeakMap<AnalysedDocument, { settings: Settings; result: BlamelessAnalysis }>();

/** What one top-level block of a document gave. */
interface BlockHits {
  /** Where the block started when it was analysed: its hits move with it. */
  start: number;
  /** Every word looked up in the list of known people while analysing it, and the answer. */
  lookups: Map<string, boolean>;
  /** The known names when it was analysed: while they are the same, the lookups need no check. */
  signature?: string;
  blame: DocumentHit<BlameHit>[];
  hindsight: DocumentHit<HindsightHit>[];
  /** The block's text and the shape of its tree (see `contentKey`). */
  key: string;
  /** The versions of the document this block belongs to. */
  lineage: Lineage;
}

/**
 * The blocks of the latest analysed version of one document, by content. The incremental parser
 * keeps the node objects of the segments an edit left alone, but parses the edited segment (at
 * least 1,500 characters, often ten or twenty blocks) anew: its unchanged blocks come back as new
 * nodes, and are found here by their text and shape instead of being read again. A lineage is
 * reached only through its blocks' entries, so it goes with them.
 */
interface Lineage {
  byContent: Map<string, BlockHits>;
}

/** How many blocks have been read for blame since the server started: what the tests count. */
let blocksRead = 0;

/** The number of blocks read so far (not taken from a cache). For tests and the bench. */
export function blamelessBlocksRead(): number {
  return blocksRead;
}

/**
 * What a block's hits depend on: its text, the column it starts in, and the types and relative
 * places of its nodes (the same text is a link or not depending on definitions elsewhere).
 */
function contentKey(text: string, node: Nodes): string {
  const base = node.position?.start.offset ?? 0;
  const parts: string[] = [String(node.position?.start.column ?? 0)];
  const walk = (n: Nodes): void => {
    parts.push(`${n.type}:${(n.position?.start.offset ?? 0) - base}-${(n.position?.end.offset ?? 0) - base}`);
    if ('children' in n) {
      for (const child of n.children) walk(child);
      parts.push(')');
    }
  };
  walk(node);
  return `${text.slice(base, node.position?.end.offset ?? base)}\u0000${parts.join(' ')}`;
}

/**
 * Hits per top-level block node. The incremental parser hands the blocks of unchanged segments
 * over as the same node objects, and the lineage finds the unchanged blocks of the segment it
 * parsed again, so after an edit only the changed blocks are read again; an entry goes when its
 * node does. An entry is reused only while every name it looked
 * up is still known (or unknown) as before, so a new owner or roster entry is seen at once.
 */
const perBlock = new WeakMap<object, BlockHits>();

function shifted<H extends Hit>(hits: DocumentHit<H>[], by: number): DocumentHit<H>[] {
  return hits.map((h) => ({ ...h, start: h.start + by, end: h.end + by, name: h.name && { ...h.name, start: h.name.start + by, end: h.name.end + by } }));
}

function analyseBlock(doc: AnalysedDocument, node: Nodes, people: People, key: string, lineage: Lineage): BlockHits {
  blocksRead++;
  const lookups = new Map<string, boolean>();
  const recording: People = {
    names: {
      has(name: string): boolean {
        const known = people.names.has(name);
        lookups.set(name, known);
        return known;
      },
    },
  };
  const out: BlockHits = { start: node.position?.start.offset ?? 0, lookups, signature: people.signature, blame: [], hindsight: [], key, lineage };
  for (const block of proseBlocks(doc.text, node)) {
    const hits = detectInText(block.text, recording);
    if (!hits.length) continue;
    for (const hit of hits) {
      const range = documentRange(block, hit.start, hit.end);
      const phrase = block.text.slice(hit.start, hit.end).replace(/\s+/g, ' ').trim();
      const base = { start: range.start, end: range.end, phrase, inQuote: block.inQuote };
      if (hit.rule === 'blaming-language') {
        let name: DocumentHit['name'];
        if (hit.name) {
          const r = documentRange(block, hit.name.start, hit.name.end);
          const text = doc.text.slice(r.start, r.end);
          // Offer the name fix only when the document holds the name as plain text.
          if (text === block.text.slice(hit.name.start, hit.name.end)) name = { ...r, text, sentenceInitial: hit.name.sentenceInitial };
        }
        out.blame.push({ ...base, hit, name });
      } else {
        out.hindsight.push({ ...base, hit });
      }
    }
  }
  return out;
}

/**
 * True while every name the block looked up is still known (or unknown) as before, so a new owner
 * or roster entry is seen at once. Marks the entry as checked against the current names.
 */
function stillValid(hits: BlockHits, people: People): boolean {
  if (people.signature !== undefined && hits.signature === people.signature) return true;
  for (const [name, known] of hits.lookups) if (people.names.has(name) !== known) return false;
  hits.signature = people.signature;
  return true;
}

/** The blameless analysis of a document, computed once per document and settings. */
export function blamelessAnalysis(doc: AnalysedDocument, settings: Settings): BlamelessAnalysis {
  const cached = perDocument.get(doc);
  if (cached && cached.settings === settings) return cached.result;
  const people = knownPeople(settings, doc.model);
  const result: BlamelessAnalysis = { blame: [], hindsight: [] };
  // The document's earlier versions, found through any block the parser handed over unchanged.
  let lineage: Lineage | undefined;
  for (const node of doc.root.children) {
    lineage = perBlock.get(node)?.lineage;
    if (lineage) break;
  }
  const previous = lineage?.byContent;
  lineage ??= { byContent: new Map() };
  const byContent = new Map<string, BlockHits>();
  for (const node of doc.root.children) {
    const start = node.position?.start.offset ?? 0;
    let hits = perBlock.get(node);
    let key: string | undefined;
    if (!hits && previous) {
      // A block of a segment parsed again: the same text and shape give the same hits.
      key = contentKey(doc.text, node);
      hits = previous.get(key);
    }
    if (hits && !stillValid(hits, people)) hits = undefined;
    if (!hits) hits = analyseBlock(doc, node, people, key ?? contentKey(doc.text, node), lineage);
    if (hits.start !== start || hits.lineage !== lineage) {
      hits = { ...hits, start, lineage, blame: shifted(hits.blame, start - hits.start), hindsight: shifted(hits.hindsight, start - hits.start) };
    }
    perBlock.set(node, hits);
    byContent.set(hits.key, hits);
    result.blame.push(...hits.blame);
    result.hindsight.push(...hits.hindsight);
  }
  lineage.byContent = byContent;
  perDocument.set(doc, { settings, result });
  return result;
}

/** Lower case, straight apostrophes and single spaces: how allow-list entries are compared. */
export function foldPhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when the phrase contains an allowed entry as whole words. Entries are literal text,
 * compared case-insensitively with `indexOf`, so any list runs in linear time.
 */
export function isAllowed(phrase: string, allow: readonly string[]): boolean {
  if (!allow.length) return false;
  const folded = foldPhrase(phrase);
  for (const entry of allow) {
    const needle = foldPhrase(entry);
    if (!needle) continue;
    let at = folded.indexOf(needle);
    while (at !== -1) {
      const before = at === 0 ? '' : folded[at - 1];
      const after = folded[at + needle.length] ?? '';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
      at = folded.indexOf(needle, at + 1);
    }
  }
  return false;
}
