/**
 * The last step of a recovery: going back to normal ("Resume normal development", "Return to
 * regular operations", "Back to business as usual"). It ends the response and names no work; as the
 * last entry of a list of next steps it is no follow-up item.
 */

/** "Resume normal operations", "Return to the usual release schedule", "Back to business as usual". */
const BACK_TO_NORMAL =
  /^[\s*_]*(?:(?:then|finally|and)\s+)?(?:resume|restart|return\s+to|go\s+back\s+to|get\s+back\s+to|back\s+to)\s+(?:(?:the|our)\s+)?(?:(?:normal|regular|usual|everyday|day-to-day)\s+(?:[\p{L}-]+\s+)?(?:development|operations?|work|service|activity|activities|business|traffic|schedule|deploys|deployments|releases|usage|use|flow)|business\s+as\s+usual|normal(?:ity|cy)?)[\s*_.!]*$/iu;

/** True for an entry that only says the work goes back to normal. */
export function backToNormal(text: string): boolean {
  return text.length <= 120 && BACK_TO_NORMAL.test(text);
}
