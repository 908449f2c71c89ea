import type { Milestone } from '../model';
import type { MilestoneKeywords } from '../../base/settings';

const MILESTONES: readonly Milestone[] = ['start', 'detection', 'mitigation', 'resolution'];

/** Explicit tags: `[start]`, `[detected]`, `[mitigation]`, `[resolved]`, or `<!-- milestone: detection -->`. */
const TAG = /\[(start(?:ed)?|detect(?:ed|ion)?|mitigat(?:ed|ion)|resol(?:ved|ution))\]|<!--\s*milestone\s*:\s*(start|detection|mitigation|resolution)\s*-->/i;

function tagMilestone(word: string): Milestone {
  const w = word.toLowerCase();
  if (w.startsWith('start')) return 'start';
  if (w.startsWith('detect')) return 'detection';
  if (w.startsWith('mitigat')) return 'mitigation';
  return 'resolution';
}

function isWordChar(code: number): boolean {
  // Letters and digits of any script, and the hyphen inside words such as "on-call".
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    (code > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(code)))
  );
}

/**
 * The status an update opens with on a status page ("Investigating - …", "Monitoring - …"): a
 * team investigates once it knows (detection), monitors once a fix is in (mitigation), and resolves.
 * "Identified" (the cause is known) and "Update" mark none.
 */
const STATUS_LABEL = /^(investigating|monitoring|resolved|completed)[ \t]*[-–—:][ \t]/i;

export function statusMilestone(text: string): Milestone | null {
  const m = STATUS_LABEL.exec(text);
  if (!m) return null;
  const word = m[1].toLowerCase();
  return word === 'investigating' ? 'detection' : word === 'monitoring' ? 'mitigation' : 'resolution';
}

/** Finds milestones in entry text by keywords (whole words, any case) and explicit tags. */
export class MilestoneMatcher {
  private readonly keywords: { word: string; milestone: Milestone }[] = [];

  constructor(keywords: MilestoneKeywords) {
    for (const milestone of MILESTONES) {
      for (const word of keywords[milestone]) {
        const w = word.trim().toLowerCase();
        if (w) this.keywords.push({ word: w, milestone });
      }
    }
  }

  /** The explicit tag in the text, if any. */
  tag(text: string): Milestone | null {
    const m = TAG.exec(text);
    return m ? tagMilestone(m[1] ?? m[2]) : null;
  }

  /**
   * Every milestone whose keyword occurs in the text, earliest occurrence first (longer keywords
   * first at the same place). Each keyword is found with `indexOf`, so the cost stays linear in
   * the text for every keyword.
   */
  candidates(text: string): Milestone[] {
    const lower = text.toLowerCase();
    const hits: { at: number; length: number; milestone: Milestone }[] = [];
    for (const { word, milestone } of this.keywords) {
      let at = lower.indexOf(word);
      while (at !== -1) {
        const before = at === 0 ? 32 : lower.charCodeAt(at - 1);
        const after = at + word.length >= lower.length ? 32 : lower.charCodeAt(at + word.length);
        if (!isWordChar(before) && !isWordChar(after)) {
          hits.push({ at, length: word.length, milestone });
          break;
        }
        at = lower.indexOf(word, at + 1);
      }
    }
    hits.sort((a, b) => a.at - b.at || b.length - a.length);
    const out: Milestone[] = [];
    for (const hit of hits) if (!out.includes(hit.milestone)) out.push(hit.milestone);
    return out;
  }
}
