/**
 * One notion, shared by the action-item reading and the recognition reading, of a promise only to
 * tell readers more: "we will keep you informed", "we'll post updates", "… and keep our users
 * posted", "… to help keep customers informed". Such words are what a status note says while
 * the work is open; they answer nothing of the incident by themselves. A sentence that promises
 * them beside other work ("We will add a disk alert and keep you posted") still promises that
 * work: both readings take the clause out and read what is left.
 */

/**
 * The clause that only promises to inform, with what ties it to the sentence: its own "we will", a
 * joining "and" or "while", or a "to help" of purpose. Without one of these it is the object of
 * another verb ("we will try to share an update", "we try to keep you posted"), and taking it
 * out would leave that verb without its object: it stays.
 */
const INFORMING =
  /(?:,?\s+(?:and|while)\s+(?:(?:we\s+)?(?:will|shall)\s+|we['’]ll\s+)?|\s+(?:(?:in\s+order\s+)?to\s+)?help\s+(?:to\s+)?|\b(?:we\s+(?:will|shall)|we['’]ll)\s+)(?:continue\s+to\s+)?(?:keep(?:ing)?\s+(?:you|everyone|everybody|all\s+of\s+you|users|customers|clients|members|the\s+community|our\s+[\p{L}-]{2,30})(?:\s+[\p{L}-]{2,30})?\s+(?:informed|updated|posted|in\s+the\s+loop)|let\s+(?:you|everyone|everybody|users|customers|clients|members|the\s+community)\s+know|(?:post|share|send|provide|publish|give)\s+(?:[\p{L}-]{1,30}\s+){0,2}updates?)\b/giu;

/** The sentence with its promises only to inform left out: "We will add a disk alert and keep you posted." gives "We will add a disk alert." */
export function withoutInforming(sentence: string): string {
  return sentence.replace(INFORMING, '');
}
