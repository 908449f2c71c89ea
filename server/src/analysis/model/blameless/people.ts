/**
 * Who may be a person in a post-mortem: the roster (`owners`), owners of action items, names in
 * the metadata, `@handles`, pronouns, roles and groups, and capitalised words that are common
 * first names or stand where a subject stands.
 */
import { unpackNames } from './first-names';
import { PACKED_FIRST_NAMES } from './first-names-data';
import type { PostmortemModel } from '../model';
import type { Settings } from '../../base/settings';
import {
  AMBIGUOUS_ROLES,
  GROUPS,
  INDIVIDUAL_PRONOUNS,
  SECOND_PERSON_PRONOUNS,
  NOT_NAMES,
  ORGANISATION_SUFFIXES,
  PERSON_MEMBER_MODIFIERS,
  PERSON_ROLE_MODIFIERS,
  ROLES,
  SELF_PRONOUNS,
  THEY_PRONOUNS,
  WE_PRONOUNS,
} from './lexicon';
import type { Token } from './tokens';

/** What a word in subject position is, as far as blame is concerned. */
export type PersonClass =
  /** A name from the roster, the action items or the metadata, a common first name, or a handle. */
  | 'named'
  /** He, she, someone, or a role that names one person ("the on-call engineer"). */
  | 'individual'
  /** You: the reader addressed, or anyone at all; no one singled out, so never blamed. */
  | 'reader'
  /** I, me. */
  | 'self'
  /** A team or a group of people. */
  | 'group'
  | 'we'
  | 'they'
  /** A capitalised word that is not known: a name, or a product. */
  | 'capitalised'
  /** No subject: the sentence starts with the verb ("Forgot to renew the certificate."). */
  | 'none'
  /** Anything else: a system, a change, a process. */
  | 'system';

/** The first-name lists (about 8,400 names), without names that are also common words or tools. */
const FIRST_NAMES: ReadonlySet<string> = new Set(unpackNames(PACKED_FIRST_NAMES).filter((n) => !NOT_NAMES.has(n)));

/** True for a capitalised word that is a common first name ("Maya", "Devon"), not a word that is also a common noun or a tool. */
export function isFirstName(word: string): boolean {
  return /^\p{Lu}\p{Ll}{1,20}$/u.test(word) && FIRST_NAMES.has(word.toLowerCase());
}

/** Names known for one document: lower-case names and their parts. */
export interface People {
  names: { has(name: string): boolean };
  /** Every known name, sorted and joined: equal signatures mean equal lists, so cached reading stays valid. */
  signature?: string;
}

const NAME_STOP = new Set([
  ...GROUPS,
  ...ROLES,
  'the',
  'and',
  'of',
  'on',
  'call',
  'tbd',
  'todo',
  'none',
  'n/a',
  'unassigned',
  'unknown',
  'owner',
  'everyone',
  'all',
]);

function addName(names: Set<string>, raw: string): void {
  for (const part of raw.split(/[,;/&]|\band\b/i)) {
    const name = part.trim().replace(/^@/, '').toLowerCase();
    if (!name || name.length > 80 || !/^[\p{L}]/u.test(name)) continue;
    // "The Acme Team", "Platform Engineering team", "Initech Ltd": a group or a company signs, and
    // its words are a product's or a department's, never a person's name.
    const last = name.split(/\s+/).pop() ?? '';
    if (name.includes(' ') && (GROUPS.has(last) || ORGANISATION_SUFFIXES.has(last.replace(/\.$/, '')))) continue;
    if (!NAME_STOP.has(name)) names.add(name);
    for (const word of name.split(/\s+/)) {
      if (word.length >= 2 && /^[\p{L}][\p{L}'.-]*$/u.test(word) && !NAME_STOP.has(word)) names.add(word);
    }
  }
}

/** The people one document and its settings name. */
export function knownPeople(settings: Settings, model: Pick<PostmortemModel, 'actionItems' | 'metadata'>): People {
  const names = new Set<string>();
  for (const owner of settings.owners) addName(names, owner);
  for (const item of model.actionItems) if (item.owner) addName(names, item.owner);
  for (const field of model.metadata) {
    if (field.canonical === 'owner' || field.canonical === 'authors' || /\b(?:commander|author|owner|responder|lead|scribe)s?\b/.test(field.key))
      addName(names, field.value);
  }
  return { names, signature: [...names].sort().join('\n') };
}

/** The word without a possessive ending: "bob's" → "bob", "teams'" → "teams". */
export function basePossessive(norm: string): string {
  if (norm.endsWith("'s")) return norm.slice(0, -2);
  if (norm.endsWith("'") && norm.length > 1) return norm.slice(0, -1);
  return norm;
}

/** True when the word is written with a capital first letter and is not all capitals. */
export function isCapitalised(raw: string): boolean {
  const first = raw.charAt(raw.charAt(0) === '@' ? 1 : 0);
  if (first.toUpperCase() === first.toLowerCase() || first !== first.toUpperCase()) return false;
  const letters = raw.replace(/[^\p{L}]/gu, '');
  return letters.length === 1 || letters !== letters.toUpperCase();
}

/** Endings of capitalised sentence-initial words that are nouns of things, not names. */
const THING_ENDINGS = /(?:s|ing|tion|sion|ment|ity|ness|ance|ence|ics|ism|age|ure|ery|ory|ogy|ware|ability)$/;

/**
 * What a word in subject position stands for. `initial` is true at the start of a sentence or
 * clause; `previous` is the word before it, which decides roles such as "manager" that also
 * name software.
 */
export function classifyWord(token: Token, people: People, initial: boolean, previous?: Token): PersonClass {
  if (token.kind !== 'word') return 'system';
  const norm = token.norm;
  if (norm.startsWith('@') && norm.length > 1) return 'named';
  // "I'd spent", "I've ignored": the author with a contracted auxiliary is the author.
  const base = /^i'(?:d|ve)$/.test(norm) ? 'i' : basePossessive(norm);
  if (SELF_PRONOUNS.has(base)) return 'self';
  if (INDIVIDUAL_PRONOUNS.has(base)) return 'individual';
  if (SECOND_PERSON_PRONOUNS.has(base)) return 'reader';
  if (WE_PRONOUNS.has(base)) return 'we';
  if (THEY_PRONOUNS.has(base)) return 'they';
  if (people.names.has(base)) return 'named';
  if (ROLES.has(base)) {
    if (!AMBIGUOUS_ROLES.has(base)) return 'individual';
    return previous && previous.kind === 'word' && PERSON_ROLE_MODIFIERS.has(previous.norm) ? 'individual' : 'system';
  }
  if (GROUPS.has(base) || /-team$/.test(base)) return 'group';
  // "A team member", "staff members": people only after a word that says so.
  if ((base === 'member' || base === 'members') && previous?.kind === 'word' && PERSON_MEMBER_MODIFIERS.has(previous.norm))
    return base === 'member' ? 'individual' : 'group';
  // "Acme Corp", "Example Inc.": an organisation, which is people.
  if (ORGANISATION_SUFFIXES.has(base.replace(/\.$/, '')) && isCapitalised(token.raw) && previous?.kind === 'word' && isCapitalised(previous.raw))
    return 'group';
  if (!isCapitalised(token.raw)) return 'system';
  if (FIRST_NAMES.has(base)) return 'named';
  if (initial && (THING_ENDINGS.test(base) || base.length < 3)) return 'system';
  if (NOT_NAMES.has(base)) return 'system';
  return 'capitalised';
}
