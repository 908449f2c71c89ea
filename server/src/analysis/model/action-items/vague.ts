/**
 * Word lists and literal phrase matching shared by the action-item rules. User-supplied phrases
 * are matched as literal, case-insensitive whole phrases with `indexOf`, so matching is linear
 * in the text for each phrase and no setting can make it slow.
 */
import type { ActionItem, Span } from '../model';
import { splitOwners } from './owners';

export const DEFAULT_VAGUE_OWNERS = [
  'team',
  'the team',
  'engineering',
  'ops',
  'everyone',
  'someone',
  'TBD',
  '?',
  'all',
  'anyone',
  'nobody',
  'we',
  'us',
  'unassigned',
  'N/A',
  'on-call',
  'devs',
  'SRE',
];

export const DEFAULT_VAGUE_DUE = [
  'soon',
  'ASAP',
  'next sprint',
  'this sprint',
  'next week',
  'next month',
  'next quarter',
  'next release',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  'H1',
  'H2',
  'later',
  'eventually',
  'someday',
  'TBD',
  'end of quarter',
  'end of year',
  'ongoing',
];

export const DEFAULT_VAGUE_STARTS = [
  'investigate',
  'look into',
  'consider',
  'explore',
  'think about',
  'be more careful',
  'research',
  'discuss',
  'try to',
  'figure out',
  'evaluate',
  'revisit',
  'keep an eye on',
  'be careful',
  'make sure to be',
  'monitor the situation',
];

export const DEFAULT_VAGUE_IMPROVES = ['improve', 'better', 'enhance', 'optimise', 'optimize', 'strengthen', 'increase', 'reduce', 'more', 'fewer'];

function isWordChar(c: string | undefined): boolean {
  return !!c && /[\p{L}\p{N}_]/u.test(c);
}

/** The first whole-phrase, case-insensitive occurrence of any phrase in `text`, as a span. */
export function findPhrase(text: string, phrases: readonly string[]): (Span & { phrase: string }) | null {
  const lower = text.toLowerCase();
  let best: (Span & { phrase: string }) | null = null;
  for (const phrase of phrases) {
    const p = phrase.trim().toLowerCase();
    if (!p) continue;
    let from = 0;
    for (;;) {
      const at = lower.indexOf(p, from);
      if (at === -1 || (best && at >= best.start)) break;
      const wordStart = isWordChar(p[0]);
      const wordEnd = isWordChar(p[p.length - 1]);
      if ((!wordStart || !isWordChar(lower[at - 1])) && (!wordEnd || !isWordChar(lower[at + p.length]))) {
        best = { start: at, end: at + p.length, phrase: text.slice(at, at + p.length) };
        break;
      }
      from = at + 1;
    }
  }
  return best;
}

/** Folds an owner for comparison with the vague words: lower case, no `@`, no leading "the". */
function foldOwner(owner: string): string {
  return owner
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .replace(/^@/, '')
    .replace(/^(?:the|our|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Why an owner is not one accountable person (the whole message), or null when it is. */
export function ownerProblem(owner: string, words: readonly string[], flagTeams: boolean, flagSeveral: boolean): string | null {
  const folded = foldOwner(owner);
  for (const word of words) {
    if (folded === foldOwner(word)) return `"${owner}" is not one person: name the one person accountable for this item; others can still do the work.`;
  }
  if (!folded || /^[?.\-–—]+$/.test(folded)) return `"${owner}" names no one: name the one person accountable for this item.`;
  // A slash names a team only in a handle (`@org/team`); "ana/ben" is two people, the check below.
  if (
    flagTeams &&
    (/\b(?:team|squad|group|crew|guild|department|org|organisation|organization|folks|people)$/.test(folded) || /^@[\w.-]+\/[\w.-]+$/.test(owner.trim()))
  ) {
    return `"${owner}" is a group: name the one person accountable for this item; the group can still do the work.`;
  }
  if (flagSeveral) {
    const people = splitOwners(owner);
    if (people.length > 1) return `${people.length} owners (${people.join(', ')}): one person should be accountable for this item; the others can still help.`;
  }
  return null;
}

/** The vague time phrase an item's words contain (when no due is written where a due belongs), in document offsets. */
export function vagueDuePhrase(item: ActionItem, raw: string, words: readonly string[]): (Span & { phrase: string }) | null {
  if (item.dueText !== null) return null;
  const found = findPhrase(raw, words);
  return found && { start: item.textSpan.start + found.start, end: item.textSpan.start + found.end, phrase: found.phrase };
}
