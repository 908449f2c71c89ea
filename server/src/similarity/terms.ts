/**
 * The terms similarity counts: Porter stems of the words (so "pooled" and "pool" meet), without
 * common English words and the words every post-mortem uses, plus each pair of neighbouring
 * words in a sentence ("connection pool"), which carries more meaning than either word alone.
 * Linear in the text, with no backtracking pattern.
 */
import { stemmer } from 'stemmer';

/** English function words and the words any incident report uses, which say nothing about which incident. */
const STOP = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them then there these they this those through to too under until up us very was we were what when where which while who whom why will with would you your yours ' +
    'however also within without across via per one two three four five six seven eight nine ten first second third then next later again still yet since around approximately about ' +
    'incident incidents outage issue issues problem problems root cause causes caused causing impact impacted impacting affected affect affecting customer customers user users ' +
    'minute minutes min mins hour hours hrs second seconds day days week weeks time times team teams result resulted resulting due summary postmortem post mortem report ' +
    'utc am pm during began started start ended end happened occurred led lead leading made make makes several many much some ' +
    // How any incident is noticed, told and handled: the symptoms and the response, not the cause.
    'error errors fail failed fails failing failure failures request requests every new instead investigated investigating investigation ' +
    'updated update status paged engineer engineers call oncall saw seen went stopped share rose increased sharply degraded'
  ).split(' '),
);

/**
 * Words that name one thing of an incident's cause in several ways, each list under the concept
 * its words share: "the password was rotated" and "the secret was rotated" then share a term,
 * as a reader sees they tell the same thing. Whole words with their inflections, since stems can
 * join words that mean different things ("resolver" and "resolved") and part words that belong
 * together ("queue" and "queued"). Only words that seldom mean anything else in an incident report.
 */
const CONCEPTS: Record<string, string> = {
  credential: 'credential credentials secret secrets password passwords passphrase token tokens apikey',
  authentication: 'authenticate authenticated authenticating authentication auth login logins logon unauthorized unauthorised unauthenticated',
  certificate: 'certificate certificates cert certs tls ssl https handshake handshakes x509',
  dns: 'dns nameserver nameservers resolver resolvers lookup lookups cname hostname hostnames ttl zone zones',
  disk: 'disk disks volume volumes filesystem filesystems inode inodes storage space',
  memory: 'memory heap leak leaks leaking leaked oom rss',
  cache: 'cache caches cached caching memcached miss misses stampede',
  retry: 'retry retries retried retrying backoff jitter breaker',
  queue: 'queue queues queued queueing backlog backlogs lag consumer consumers producer producers',
  flag: 'flag flags toggle toggles toggled experiment experiments',
  ratelimit: 'throttle throttled throttling quota quotas limiter limiters',
  database: 'database databases db postgres postgresql mysql sql query queries transaction transactions',
  overload: 'overload overloaded overwhelmed overwhelming flooded saturated saturation',
  timeout: 'timeout timeouts deadline deadlines',
  log: 'log logs logging logged verbose debug',
};
const CONCEPT_OF = new Map<string, string>();
for (const [concept, words] of Object.entries(CONCEPTS)) for (const word of words.split(' ')) CONCEPT_OF.set(word, concept);

/** A term of a text: the stem (or `stem_stem` for a pair) and the words as written. */
export interface Term {
  term: string;
  surface: string;
}

/** Words: a letter, then letters and digits (so "s3" and "http2" are words, and "2026" is not); or a sentence break. */
const WORD_OR_BREAK = /(\p{L}[\p{L}\p{N}]*)|[.;:!?()]/gu;

/** Terms longer than this are not words (a hash, a base64 run): they are left out. */
const MAX_WORD = 40;

/** Stems held by a memo before it starts again: a large archive's vocabulary, at a few megabytes. */
const MAX_MEMO = 50_000;

/**
 * The terms of a text in order: every content word's stem, and after each word that follows
 * another content word in the same sentence, the pair of their stems. With `stems`, the stem of
 * each word is looked up there first and kept there (an archive's words recur, and stemming
 * costs more than the rest of the cut).
 */
export function termsOf(text: string, stems?: Map<string, string>): Term[] {
  const out: Term[] = [];
  let previous: Term | null = null;
  for (const match of text.matchAll(WORD_OR_BREAK)) {
    const raw = match[1];
    if (raw === undefined) {
      previous = null;
      continue;
    }
    const word = raw.toLowerCase();
    if (word.length < 2 || word.length > MAX_WORD || STOP.has(word)) {
      // A function word between two content words breaks the pair: "pool of connections" is two terms.
      previous = null;
      continue;
    }
    let stem = stems?.get(word);
    if (stem === undefined) {
      stem = stemmer(word);
      if (stems) {
        if (stems.size >= MAX_MEMO) stems.clear();
        stems.set(word, stem);
      }
    }
    if (STOP.has(stem)) {
      previous = null;
      continue;
    }
    const term: Term = { term: stem, surface: word };
    if (previous && previous.term !== stem) out.push({ term: `${previous.term}_${stem}`, surface: `${previous.surface} ${word}` });
    out.push(term);
    // The concept as a term of its own (`~credential`), beside the word's stem.
    const concept = CONCEPT_OF.get(word);
    if (concept) out.push({ term: `~${concept}`, surface: word });
    previous = term;
  }
  return out;
}

/** True for a concept (`~credential`) rather than a word. */
export const isConcept = (term: string): boolean => term.startsWith('~');

/** True for a pair of words rather than one. */
export const isPhrase = (term: string): boolean => term.includes('_');
