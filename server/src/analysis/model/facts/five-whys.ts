import type { AnalysedDocument, Section } from '../model';
import { plain, sectionLines, sectionMemo, sectionsOfKind, type Passage } from './passages';

/** The chain of whys a root cause is written as, when it is. */
export interface FiveWhys {
  /** How many whys the chain asks. */
  depth: number;
  /** How the chain is written. */
  shape: 'questions' | 'numbered' | 'table';
  /** The last answer, as written (trimmed to 200 characters). */
  lastAnswer: string;
  /** Whether the last answer is about a person ("the engineer forgot") or about the system or process. */
  lastAnswerAbout: 'person' | 'system';
  /** Zero-based line of the last why. */
  line: number;
}

/** How the root cause section is written, for the depth of its explanation. */
export interface RootCauseShape {
  /** The chain of whys, or null when the root cause is not written as one. */
  whys: FiveWhys | null;
  /** Sentences in the root cause (up to 50). */
  sentences: number;
  /** True when the root cause explains a cause by another ("because", "due to", "which meant", "as a result"). */
  explained: boolean;
  /**
   * True when the root cause names a gap in a system or a process, the answer a chain of whys looks
   * for: something missing or never done ("had no way to", "no check", "lacked", "was not
   * validated", "nothing limits").
   */
  namesGap: boolean;
  /** True when the root cause puts the failure on a person ("human error", "forgot to"). */
  blamesPerson: boolean;
  /** Zero-based line of the root cause heading, or null without one. */
  line: number | null;
}

/** A why asked on its own line: "Why?", "**Why?**", "1. Why did …?", "Why #2:", "| Why | …". */
const WHY_LINE = /^\s*(?:[-*+]\s+|\d{1,2}[.)]\s+|\|\s*)?(?:\*\*|__)?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?why\b\s*(?:#?\d{1,2}\s*)?[^\n]{0,300}?(?:\?|:)/i;
const TABLE_WHY = /^\s*\|\s*(?:\*\*)?(?:why\s*#?\s*\d{1,2}|\d{1,2})(?:\*\*)?\s*\|/i;

/** Words that put an outcome on a person rather than on what allowed it. */
const PERSON =
  /\b(?:human error|operator error|user error|(?:he|she|they|someone|somebody|the (?:engineer|developer|operator|admin|on-?call))\s+(?:forgot|missed|didn'?t|did not|failed to|made a mistake|was careless|overlooked|ignored|neglected|mistyped)|forgot to|careless\w*|negligen\w+|mistake (?:by|of)|not paying attention|lack of attention|fat[- ]finger\w*|typo by|@\w+ (?:forgot|missed|didn't|did not))\b/i;
const SYSTEM =
  /\b(?:no (?:check|test|guard|validation|review|alert|process|limit)|(?:system|process|pipeline|tool|tooling|config\w*|design|architecture|automation|review|validation|check|test|guard|safeguard|policy|procedure)s?\b|allowed|permitted|possible to|did not (?:prevent|block|warn)|without (?:a |any )?(?:check|review|test|guard))/i;

/**
 * A gap told as such: a safeguard, a step or an owner that was missing, never done or not there.
 * Not "no one" alone ("no one noticed" tells what a person missed) nor "failed to" (a slip).
 */
const GAP =
  /\b(?:(?:had|has|have|there (?:was|were|is|are)) no(?:thing)?\b|no (?:way|check|test|guard|validation|alert|alerting|limit|monitoring|review|owner|runbook|timeout|retry|fallback|backup|safeguard|process|procedure|documentation)s?\b|nothing (?:limits?|checks?|stops?|stopped|prevents?|prevented|watch(?:es|ed)?|validates?|validated|alerts?|alerted|warns?|warned)\b|lack(?:ed|s|ing)?\b|missing\b|absence of\b|(?:did not|didn't|does not|doesn't|do not|don't|never) (?:check|validate|verify|handle|catch|alert|limit|test|cover|monitor|require|enforce)\b|(?:was|were|is|are|had not been|has not been|have not been|wasn't|weren't|isn't|aren't) (?:not |never )?(?:validated|checked|tested|monitored|handled|limited|covered|documented|enforced|reviewed|owned)\b)/i;

const CAUSAL = /\b(?:because|due to|caused by|as a result|which (?:meant|caused|led)|led to|resulted in|so that|therefore|since the|this meant|the reason)\b/i;

/** True when the words put the failure on a person and name no gap in the system or the process. */
export function aboutPerson(text: string): boolean {
  return PERSON.test(text) && !SYSTEM.test(text.replace(PERSON, ''));
}

function readChain(passages: Passage[]): FiveWhys | null {
  let depth = 0;
  let shape: FiveWhys['shape'] = 'questions';
  let lastLine = -1;
  let lastAnswer = '';
  for (let i = 0; i < passages.length; i++) {
    const text = passages[i].text;
    const table = TABLE_WHY.test(text);
    const why = table ? null : WHY_LINE.exec(text);
    if (!table && !why) {
      // The answer of the last why may be on the next line.
      if (depth && i > 0 && passages[i - 1].line === lastLine && !lastAnswer) lastAnswer = plain(text).trim();
      continue;
    }
    depth++;
    lastLine = passages[i].line;
    if (table) {
      shape = 'table';
      const cells = text
        .split('|')
        .map((c) => c.trim())
        .filter(Boolean);
      lastAnswer = plain(cells[cells.length - 1] ?? '');
    } else {
      if (/^\s*\d/.test(text)) shape = 'numbered';
      lastAnswer = plain(text.slice(why!.index + why![0].length)).trim();
    }
  }
  if (depth < 2) return null;
  lastAnswer = lastAnswer.slice(0, 200);
  return { depth, shape, lastAnswer, lastAnswerAbout: aboutPerson(lastAnswer) ? 'person' : 'system', line: lastLine };
}

/** Reads the root cause's shape: its chain of whys, and whether it explains or blames. */
const rootCauses = sectionMemo<RootCauseShape>();

export function readRootCause(doc: AnalysedDocument): RootCauseShape | null {
  const sections = sectionsOfKind(doc, 'root-cause');
  if (!sections.length) return null;
  return rootCauses(doc, sections, () => readShape(doc, sections));
}

function readShape(doc: AnalysedDocument, sections: Section[]): RootCauseShape {
  const passages = sections.flatMap((s) => sectionLines(doc, s));
  const whys = readChain(passages);
  const words = plain(passages.map((p) => p.text).join(' ')).slice(0, 20_000);
  const sentences = Math.min(50, words.split(/[.!?](?:\s|$)/).filter((s) => /\p{L}{2}/u.test(s)).length);
  return {
    whys,
    sentences,
    explained: !!whys || CAUSAL.test(words),
    namesGap: GAP.test(words),
    blamesPerson: aboutPerson(words),
    line: sections[0].heading.line,
  };
}
