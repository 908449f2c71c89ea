/**
 * What the blameless reading reports: a blame or hindsight hit in one sentence, with its form
 * (which decides the message) and its category (who is blamed), and how a person's class maps to
 * that category. Types only, plus one small function; no reading happens here.
 */
import type { PersonClass } from './people';

/** The kinds of blame the fixture corpus is labelled with. */
export type BlameCategory = 'individual-judgment' | 'individual-attribution' | 'group-fault' | 'self-fault';

/** How the blame is phrased, which decides the message. */
export type BlameForm =
  | 'fault-verb'
  | 'judgment-verb'
  | 'fault-noun'
  | 'character'
  | 'human-error'
  | 'who-question'
  | 'blame-culture'
  | 'passive'
  /** A judgement of how a person acted: "carelessly", "errantly", "without checking", "did not properly test". */
  | 'manner'
  /** Trying harder or remembering asked of people in place of a safeguard: "we need to be more careful", "remind engineers to …". */
  | 'exhortation'
  /** A verdict the authors pass on what happened: "this is unacceptable to us". */
  | 'verdict'
  /** A warning or an agreement recalled with emphasis, which puts the failure on whoever went against it: "we explicitly warned against it". */
  | 'reproach';

/** How the hindsight is phrased, which decides the message. */
export type HindsightForm = 'should-have' | 'counterfactual' | 'avoidable' | 'obviously' | 'just-had-to' | 'if-only';

/** A span of a person's name in the block, which a fix may replace with a role. */
export interface NameSpan {
  start: number;
  end: number;
  /** True when the name starts its sentence, so a replacement needs a capital. */
  sentenceInitial: boolean;
}

interface HitBase {
  /** Offsets into the block's text. */
  start: number;
  end: number;
  /** The fault or hindsight words as written ("forgot", "should have"). */
  trigger: string;
}

/** Blaming words found in a sentence. */
export interface BlameHit extends HitBase {
  rule: 'blaming-language';
  form: BlameForm;
  category: BlameCategory;
  /** The person's name, when the blame names someone. */
  name?: NameSpan;
}

/** Hindsight words found in a sentence. */
export interface HindsightHit extends HitBase {
  rule: 'hindsight-language';
  form: HindsightForm;
}

/** A blame or hindsight hit. */
export type Hit = BlameHit | HindsightHit;

/** The category of blame aimed at a person of class `cls`, a judgement of them or an act put on them. */
export function categoryOf(cls: PersonClass, judgment: boolean): BlameCategory {
  if (cls === 'self') return 'self-fault';
  if (cls === 'group' || cls === 'we') return 'group-fault';
  return judgment ? 'individual-judgment' : 'individual-attribution';
}
