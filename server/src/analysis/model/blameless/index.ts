/**
 * The blameless-language analysis of a document, shared by the `blaming-language` and
 * `hindsight-language` rules: prose blocks → sentences → hits, mapped back to document
 * offsets. Computed once per analysed document and settings, and per top-level block: blocks
 * an edit left alone keep their hits.
 */
import type { Nodes, RootContent } from 'mdast';
import type { AnalysedDocument } from '../model';
import { documentRange, proseBlocks } from '../prose';
import type { Settings } from '../../base/settings';
import { isSegmented, treeSegments } from '../../parse/incremental';
import { detectSentence, mayHitBlock, type BlameHit, type HindsightHit, type Hit } from './detect';
import { FAULTY_OBJECT } from './lexicon';
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
  // A change one person put into the running system (fault-verbs.ts, changeAttributed).
  'deploy',
  'pushe',
  'merge',
  'applie',
  'shipped',
  'ships',
  'releas',
  'upgrad',
  'submit',
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
  'frustrat',
  'undermin',
  'eroded',
  'erodes',
  'shook',
  'shaken',
  'damaged',
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
  'anticipat',
  'foresee',
  'recognis',
  'recogniz',
  'underestimat',
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
  'accountab',
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
  'misinterpret',
  'miscommunicat',
  'assumption',
  'belief',
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
  'blithe',
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
  // "restarted it with X instead of Y": a means set against the right one.
  'instead of',
  // "… for no apparent reason": an act of people called groundless.
  'for no ',
  // What calls the object of a change faulty ("pushed a broken config"): the fault verbs' own list.
  ...FAULTY_OBJECT,
  'our part',
  'their part',
  'his part',
  'her part',
  'my part',
  'part of',
  "'s part",
  // "unacceptable", and "not acceptable" wherever the line breaks.
  'acceptab',
  'lack of',
  'lacked',
  'lacking',
  // A grasp found short (grasp-found-short.ts): "insufficient understanding", "lacking familiarity".
  'understand',
  'familiar',
  'consider',
  'context',
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
  'effectively',
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
  // Apologies that own the outage and verdicts on oneself.
  'sorry',
  'apolog',
  'trusted',
  'deserv',
  // A title the authors deny themselves ("should not call myself an engineer").
  'call myself',
  'call ourselves',
  'incorrectly',
  'improperly',
  // A person's password reuse: "had reused their password", "using the same password".
  'reused',
  'same password',
  'behavio',
  'conduct',
  'attitude',
  // Care wished for: "had we been more attentive".
  'attentive',
  'cautious',
  'vigilant',
  'conscientious',
  // Haste and ways of working judged: "in our rush", "bad ops practices".
  'haste',
  'rush',
  'hurry',
  'hurried',
  'too quick',
  'too hasty',
  'practices',
  // A delay in noticing judged: "an unreasonably long detection time".
  'unreasonab',
  'inexcusab',
  // A disposition in excess: "we were overly aggressive", "the team was too optimistic".
  'overly',
  'overconfiden',
  'over-confiden',
  'excessively',
  'unduly',
  'too aggressive',
  'too ambitious',
  'too optimistic',
  'too confident',
  'too eager',
  'too hasty',
  'too trusting',
  'too casual',
  'too relaxed',
  // Self-criticism: "I was smug about it", "I explained it away".
  'smug',
  'it away',
  'them away',
  'explained away',
  'it off',
  'them off',
  // Work judged as a person's: "her patch was shoddy", "of substandard quality".
  'substandard',
  'sub-standard',
  'subpar',
  'sub-par',
  'shoddy',
  'slapdash',
  'half-baked',
  // A careful step passed over: "instead of checking …", "rather than consulting …".
  'instead of',
  'rather than',
  // A slip told as a person's act: "the engineer accidentally deleted …".
  'accident',
  'unintentional',
  'inadvertent',
  // A warning recalled with emphasis: "we explicitly warned against it" ("clearly" is above).
  'explicitly',
  'expressly',
  'repeatedly',
  // An act taken around its due course: "outside the release pipeline", "against the vendor's advice".
  'outside',
  'against',
  // The author's act under a regret: "unfortunately, the copy I took …" (regretted-act.ts).
  'unfortunate',
  'sadly',
  'regrettabl',
];

const ANCHOR_PATTERN = new RegExp(ANCHORS.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');

/** True when a block of prose may hold a hit (it contains an anchor word). */
export function mayHoldHits(text: string): boolean {
  return ANCHOR_PATTERN.test(text.replace(/[\u2018\u2019]/g, "'"));
}

/** Hits of one block of prose (a heading's when `heading`), in block offsets. Exposed for tests and the fixture corpus. */
export function detectInText(text: string, people: People, heading = false): Hit[] {
  // No anchor, or no word any pass or form needs: nothing to split into sentences and read.
  if (!mayHoldHits(text) || !mayHitBlock(text)) return [];
  const hits: Hit[] = [];
  const sentences = sentencesOf(text);
  sentences.forEach((sentence, i) => hits.push(...detectSentence(sentence, people, sentences[i + 1], heading)));
  return hits;
}

const perDocument = new WeakMap<AnalysedDocument, { settings: Settings; result: BlamelessAnalysis }>();

/**
 * What one top-level block gave, its hits in offsets from the block's first character: the
 * parser moves an unchanged block's positions in place, and its hits move with it.
 */
interface BlockHits {
  /** Every word looked up in the list of known people while analysing it, and the answer. */
  lookups: Map<string, boolean>;
  blame: DocumentHit<BlameHit>[];
  hindsight: DocumentHit<HindsightHit>[];
  /** The block's text and the shape of its tree (see `contentKey`); empty in a tree parsed whole, where none asks. */
  key: string;
}

/**
 * What the blocks of one segment of the incremental parse gave (`treeSegments`): a segment the
 * parser reused is the same array of the same nodes, so its entry is found without looking at
 * its blocks, and its hits, placed in the document once, are moved only when the segment moved.
 */
interface SegmentHits {
  /** Per block of the segment, in order. */
  blocks: BlockHits[];
  /** The known names the blocks' lookups were last checked against: while the same, they hold. */
  signature?: string;
  /** Where the segment's first block started when `blame` and `hindsight` were placed. */
  placedAt: number;
  blame: DocumentHit<BlameHit>[];
  hindsight: DocumentHit<HindsightHit>[];
  lineage: Lineage;
}

/**
 * The segments of the latest analysed version of one document. The incremental parser keeps the
 * segments an edit left alone, but parses the edited one (at least 1,500 characters, often ten
 * or twenty blocks) anew: its unchanged blocks come back as new nodes, and are found among the
 * blocks of the segments that went, by their text and shape, instead of being read again. A
 * lineage is reached only through its segments' entries, so it goes with them.
 */
interface Lineage {
  segments: Map<readonly RootContent[], SegmentHits>;
}

/** Segment entries by the parser's array of the segment's blocks; an entry goes when its segment does. */
const perSegment = new WeakMap<readonly RootContent[], SegmentHits>();

/** The work done since the server started, counted: what the tests hold an edit to. */
export interface BlamelessWork {
  /** Blocks whose cache entry was looked at: the blocks of new segments and of those that went. */
  blocksVisited: number;
  /** Blocks read for blame (not taken from a cache). */
  blocksRead: number;
  /** Hits moved to a new document offset because the text before their segment changed length. */
  hitsShifted: number;
}

const work: BlamelessWork = { blocksVisited: 0, blocksRead: 0, hitsShifted: 0 };

/** The work counted so far, for tests and the bench. */
export function blamelessWork(): BlamelessWork {
  return { ...work };
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

function shifted<H extends Hit>(hits: readonly DocumentHit<H>[], by: number): DocumentHit<H>[] {
  return hits.map((h) => ({ ...h, start: h.start + by, end: h.end + by, name: h.name && { ...h.name, start: h.name.start + by, end: h.name.end + by } }));
}

function startOf(node: RootContent | undefined): number {
  return node?.position?.start.offset ?? 0;
}

function analyseBlock(doc: AnalysedDocument, node: Nodes, people: People, key: string): BlockHits {
  work.blocksRead++;
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
  const at = node.position?.start.offset ?? 0;
  const out: BlockHits = { lookups, blame: [], hindsight: [], key };
  for (const block of proseBlocks(doc.text, node)) {
    const hits = detectInText(block.text, recording, block.kind === 'heading');
    if (!hits.length) continue;
    for (const hit of hits) {
      const range = documentRange(block, hit.start, hit.end, doc.text);
      const phrase = block.text.slice(hit.start, hit.end).replace(/\s+/g, ' ').trim();
      const base = { start: range.start - at, end: range.end - at, phrase, inQuote: block.inQuote };
      if (hit.rule === 'blaming-language') {
        let name: DocumentHit['name'];
        if (hit.name) {
          const r = documentRange(block, hit.name.start, hit.name.end, doc.text);
          const text = doc.text.slice(r.start, r.end);
          // Offer the name fix only when the document holds the name as plain text.
          if (text === block.text.slice(hit.name.start, hit.name.end))
            name = { start: r.start - at, end: r.end - at, text, sentenceInitial: hit.name.sentenceInitial };
        }
        out.blame.push({ ...base, hit, name });
      } else {
        out.hindsight.push({ ...base, hit });
      }
    }
  }
  return out;
}

/** True while every name the block looked up is still known (or unknown) as before. */
function lookupsHold(hits: BlockHits, people: People): boolean {
  for (const [name, known] of hits.lookups) if (people.names.has(name) !== known) return false;
  return true;
}

/** Places the blocks' hits in the document, where the segment's blocks stand now. */
function place(segment: SegmentHits, nodes: readonly RootContent[]): void {
  segment.placedAt = startOf(nodes[0]);
  segment.blame = [];
  segment.hindsight = [];
  nodes.forEach((node, i) => {
    const { blame, hindsight } = segment.blocks[i];
    if (blame.length) segment.blame.push(...shifted(blame, startOf(node)));
    if (hindsight.length) segment.hindsight.push(...shifted(hindsight, startOf(node)));
  });
}

/** Reads the blocks of a segment the parser parsed anew, taking unchanged blocks from those that went. */
function readSegment(
  doc: AnalysedDocument,
  nodes: readonly RootContent[],
  people: People,
  gone: Map<string, BlockHits>,
  lineage: Lineage,
  keyed: boolean,
): SegmentHits {
  const segment: SegmentHits = { blocks: [], signature: people.signature, placedAt: 0, blame: [], hindsight: [], lineage };
  for (const node of nodes) {
    work.blocksVisited++;
    // A block's key is read only when a later version looks for it among the blocks that went:
    // a tree parsed whole has no later version that could (see `isSegmented`).
    const key = keyed ? contentKey(doc.text, node) : '';
    let hits = keyed ? gone.get(key) : undefined;
    if (hits && !lookupsHold(hits, people)) hits = undefined;
    segment.blocks.push(hits ?? analyseBlock(doc, node, people, key));
  }
  place(segment, nodes);
  return segment;
}

/**
 * Brings a reused segment up to date: blocks that looked up a name whose answer changed (say an
 * owner was edited elsewhere) are read again, and hits are moved when the segment moved.
 */
function refresh(doc: AnalysedDocument, segment: SegmentHits, nodes: readonly RootContent[], people: People): void {
  if (people.signature === undefined || segment.signature !== people.signature) {
    let changed = false;
    segment.blocks = segment.blocks.map((hits, i) => {
      work.blocksVisited++;
      if (lookupsHold(hits, people)) return hits;
      changed = true;
      return analyseBlock(doc, nodes[i], people, hits.key);
    });
    segment.signature = people.signature;
    if (changed) return place(segment, nodes);
  }
  const by = startOf(nodes[0]) - segment.placedAt;
  if (!by || (!segment.blame.length && !segment.hindsight.length)) return;
  work.hitsShifted += segment.blame.length + segment.hindsight.length;
  segment.blame = shifted(segment.blame, by);
  segment.hindsight = shifted(segment.hindsight, by);
  segment.placedAt += by;
}

/**
 * The blocks of the previous version's segments that are not in this one, by content: a segment
 * parsed again holds them as new nodes.
 */
function goneBlocks(previous: Lineage['segments'] | undefined, segments: readonly (readonly RootContent[])[]): Map<string, BlockHits> {
  const gone = new Map<string, BlockHits>();
  if (!previous) return gone;
  const kept = new Set(segments);
  for (const [nodes, segment] of previous) {
    if (kept.has(nodes)) continue;
    for (const hits of segment.blocks) {
      work.blocksVisited++;
      gone.set(hits.key, hits);
    }
  }
  return gone;
}

/**
 * The blameless analysis of a document, computed once per document and settings. After an edit
 * the work is the edit's: segments the parser reused keep their entries without a look at their
 * blocks, and their hits are moved only when text before them changed length.
 */
export function blamelessAnalysis(doc: AnalysedDocument, settings: Settings): BlamelessAnalysis {
  const cached = perDocument.get(doc);
  if (cached && cached.settings === settings) return cached.result;
  const people = knownPeople(settings, doc.model);
  const result: BlamelessAnalysis = { blame: [], hindsight: [] };
  const segments = treeSegments(doc.root);
  const keyed = isSegmented(doc.root);
  // The document's earlier versions, found through any segment the parser handed over unchanged.
  let lineage: Lineage | undefined;
  for (const nodes of segments) {
    lineage = perSegment.get(nodes)?.lineage;
    if (lineage) break;
  }
  const previous = lineage?.segments;
  lineage ??= { segments: new Map() };
  let gone: Map<string, BlockHits> | undefined;
  const current = new Map<readonly RootContent[], SegmentHits>();
  for (const nodes of segments) {
    let segment = previous?.get(nodes);
    if (segment) refresh(doc, segment, nodes, people);
    else segment = readSegment(doc, nodes, people, (gone ??= goneBlocks(previous, segments)), lineage, keyed);
    perSegment.set(nodes, segment);
    current.set(nodes, segment);
    if (segment.blame.length) result.blame.push(...segment.blame);
    if (segment.hindsight.length) result.hindsight.push(...segment.hindsight);
  }
  lineage.segments = current;
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
