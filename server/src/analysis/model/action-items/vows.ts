/**
 * A closing vow: the authors' resolve told with no work in it ("This must never happen again",
 * "We have to do better here", "Never again."). It ends an apology or a plan, often as its last
 * bullet; what will change to keep the vow is told elsewhere, and that is the work.
 */

/** The incident named as the subject of the vow: "this", "this incident", "a mistake like this", "such an outage". */
const SUBJECT = String.raw`(?:this|that|it|(?:this|that|such\s+an?|an?)\s+(?:[\p{L}-]+\s+){0,2}?(?:incident|outage|mistake|failure|error|breach|loss|event|situation|issue)(?:\s+(?:like\s+this|of\s+this\s+(?:kind|sort)))?|nothing\s+like\s+this)`;

/** "… must never happen again", "… cannot be allowed to happen again", "… should not recur". */
const NEVER_AGAIN = new RegExp(
  String.raw`^[\s*_>"'“]*(?:and\s+)?${SUBJECT}\s+(?:(?:must|should|shall|will|can|may)(?:\s+never|\s+not|n['’]t)(?:\s+ever)?|(?:must|should|can)\s+never\s+again|cannot|can['’]t)\s+(?:be\s+(?:allowed|permitted)\s+to\s+)?(?:happen|recur|occur|be\s+repeated)(?:\s+again)?(?:\s+(?:to\s+(?:anyone|anybody|us|you)|on\s+our\s+watch))?[\s*_.!"'”]*$|^[\s*_>"'“]*never\s+again[\s*_.!"'”]*$`,
  'iu',
);

/**
 * "We have to do better here", "We must do much better, and we will": resolve with no work named.
 * "We must do better at testing migrations by running them on a copy" names the work; so does any
 * "by" or "with" after it.
 */
const DO_BETTER =
  /^[\s*_>"'“]*(?:(?:simply|clearly|frankly|honestly),?\s+)?(?:we|i)\s+(?:(?:simply|clearly|really|absolutely|all)\s+)?(?:have\s+to|must|need\s+to|ought\s+to|should|have\s+got\s+to)\s+do\s+(?:(?:much|a\s+lot|far|way|so\s+much)\s+)?better(?:\s+(?:here|than\s+this|than\s+that|next\s+time|going\s+forward|in\s+the\s+future|for\s+(?:you|our\s+(?:users|customers|community))))?(?:\s*[,;]?\s*and\s+(?:we|i)\s+(?:(?:feel|are|am)\s+)?(?:confident|sure|certain|determined|committed)?\s*(?:that\s+)?(?:we|i)?\s*(?:will|['’]ll)\b[^.;]{0,20})?[\s*_.!"'”]*$/i;

/**
 * "We've started to take security a lot more seriously": a stance, the vow told as an attitude. A
 * means or more work after it ("… by adding …", "… and will audit …") is read as usual.
 */
const TAKES_SERIOUSLY =
  /\b(?:take|taking|took|taken)\s+(?:[\p{L}\p{N}-]+\s+){1,4}?(?:(?:a\s+lot|much|far|even|very|really)\s+)?(?:more\s+)?seriously\b(?![^.;!?]{0,120}\b(?:by|with|will|shall|and|so)\b)/iu;

/** True for a sentence or a list entry that is only a vow: no work is named in it. */
export function closingVow(text: string): boolean {
  if (text.length > 200) return false;
  return NEVER_AGAIN.test(text) || DO_BETTER.test(text) || TAKES_SERIOUSLY.test(text);
}
