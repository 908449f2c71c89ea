/**
 * What the rules over the blameless reading's phrases (`blaming-language`, `hindsight-language`)
 * share, so that their options mean the same in both: an allow list of phrases never reported,
 * and whether block quotes (pasted chat logs and e-mails) are checked. Not a rule itself.
 */
import type { OptionSpec } from '../analysis/base/settings';
import { isAllowed, type DocumentHit } from '../analysis/model/blameless/index';

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
