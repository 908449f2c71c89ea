/**
 * A section that tells what went well ("What went well", "Things that went right", "What worked"):
 * praise of the people and the tools of the response, told in its lists and prose. It holds no
 * work, whatever a sentence there happens to sound like ("Impressive will to learn"): the plan is
 * told elsewhere. A heading that names anything else as well ("What went well and what didn't",
 * "… and next steps") is not one.
 */
import type { Section } from '../model';
import { normaliseHeading } from '../../base/normalise';

/** "what went well", "things that went right", "what worked (well)", "the good". */
const WENT_WELL = /^(?:(?:what|things?\s+that)\s+(?:really\s+)?(?:went\s+(?:well|right|great|fine)|worked)\b|(?:the\s+)?(?:good|positives|wins|successes)$)/;

/** Words that name more than what went well: what did not, or the work after it. */
const ALSO_NAMES =
  /\b(?:wrong|badly|poorly|not|didn|did ?nt|less|worse|improv\w*|actions?|next|follow\w*|todos?|changes?|lessons?|learn\w*|fix\w*|plans?|prevent\w*|bad|ugly|against|went\s+well\s+or)\b/;

/** True for a heading that names only what went well (where the team got lucky may stand beside it). */
export function tellsWhatWentWell(heading: string): boolean {
  const key = normaliseHeading(heading);
  if (!key || key.length > 80) return false;
  return WENT_WELL.test(key) && !ALSO_NAMES.test(key);
}

/** The top-level blocks (by index) of sections that tell only what went well: 1 there, 0 elsewhere. */
export function wentWellBlocks(sections: readonly Section[], length: number): Uint8Array {
  const marks = new Uint8Array(length);
  for (const section of sections)
    if (tellsWhatWentWell(section.heading.text.slice(0, 200))) for (let i = section.blocks[0]; i < Math.min(section.blocks[1], length); i++) marks[i] = 1;
  return marks;
}
