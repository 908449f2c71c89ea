/**
 * What the rules over the blameless reading's phrases (`blaming-language`, `hindsight-language`)
 * share, so that their options mean the same in both: an allow list of phrases never reported,
 * and whether block quotes (pasted chat logs and e-mails) are checked. Not a rule itself.
 */
import type { OptionSpec } from '../analysis/base/settings';
import { isAllowed, type DocumentHit } from '../analysis/model/blameless/index';
import { CODE_PLACEHOLDER, LINK_PLACEHOLDER } from '../analysis/model/prose';

export const PHRASE_RULE_OPTIONS: Record<string, OptionSpec> = {
  allow: {
    type: 'string[]',
    default: [],
    maxItems: 500,
    maxLength: 200,
    description: 'Phrases this rule never reports, matched as whole words, ignoring case.',
  },
  checkQuotes: { type: 'boolean', default: false, description: 'Also check block quotes, where chat logs and e-mails are usually pasted.' },
};

/** The hits a phrase rule reports under its options: none in a block quote unless `checkQuotes`, none its allow list names. */
export function reportedPhrases<H extends DocumentHit>(hits: readonly H[], options: Record<string, unknown>): H[] {
  const allow = options.allow as string[];
  const checkQuotes = options.checkQuotes as boolean;
  return hits.filter((h) => (checkQuotes || !h.inQuote) && !isAllowed(h.phrase, allow));
}

/** Longest text quoted as written in a message; a longer one (a long link, say) is quoted as read. */
const MAX_QUOTED = 160;

/** The words the reading puts where inline code or a bare address stood. */
const PLACEHOLDER = new RegExp(`\\b(?:${CODE_PLACEHOLDER}|${LINK_PLACEHOLDER})\\b`);

/**
 * The phrase as the message quotes it. The reading's phrase has its markup dropped ("Bob forgot"
 * for "**Bob** forgot") but stands a placeholder word for inline code and bare addresses; a
 * message quoting "ran code against" would not be the author's words, so such a phrase is
 * quoted as written ("ran `migrate --all` against"), line breaks and quote markers folded.
 */
export function quotedPhrase(h: DocumentHit, docText: string): string {
  if (!PLACEHOLDER.test(h.phrase)) return h.phrase;
  // A phrase wrapped inside a block quote carries the next line's markers: they are not words.
  const written = docText
    .slice(h.start, h.end)
    .replace(/\r?\n[ \t]*(?:>[ \t]*)*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return written && written.length <= MAX_QUOTED ? written : h.phrase;
}
