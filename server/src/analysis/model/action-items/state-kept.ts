/**
 * A state the service keeps for a while: "Public sign-ups will remain closed until the new
 * checks are in place", "The old API stays read-only for now". It tells readers how things stand,
 * not a piece of work: whatever must happen first is told elsewhere, and that is the work.
 */

/** The states a service, feature or access is kept in. */
const STATE = String.raw`(?:suspended|disabled|enabled|offline|online|paused|unavailable|available|closed|open|read[- ]only|blocked|restricted|limited|down|frozen|on\s+hold|in\s+maintenance(?:\s+mode)?|turned\s+off|switched\s+off|behind\s+(?:a|the)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)`;

/** The subject (no clause of its own: no "we", modal or "so"), then "will remain", "will stay", "will continue to be", "remains", then the state, and at most a bound ("until …", "for now"). */
const KEPT = new RegExp(
  String.raw`^[\s*_]*(?:(?!(?:will|shall|would|must|should|so|and|then|that|we|i|you)\s)[\p{L}\p{N}'’/.-]+\s+){1,8}?(?:will\s+(?:remain|stay|continue\s+to\s+be|be\s+kept)|(?:remains?|stays?)|(?:is|are)\s+(?:being\s+)?kept)\s+(?:(?:temporarily|fully|partly|partially)\s+)?${STATE}(?:\s*,?\s*(?:until|till|while|for\s+(?:now|the\s+time\s+being|the\s+moment|a\s+(?:few|couple\s+of)\s+(?:days|weeks))|as\s+(?:a\s+)?precaution)\b[^;]*)?[\s*_.!]*$`,
  'iu',
);

/** True for a sentence or an entry that only says a state is kept for now. */
export function keepsState(text: string): boolean {
  return text.length <= 300 && KEPT.test(text);
}
