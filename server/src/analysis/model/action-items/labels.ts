/**
 * Reads what an entry's own words say of it, wherever the entry stands: whether it reads as a task
 * (a verb of doing, a commitment, an owner, due date or ticket) or as a question; the label that
 * opens an item ("Action item:", "Action:", "TODO:"); and the lines of a plan that are no work: a
 * role in the response ("Incident commander: Ana") or advice to the readers.
 */
import { MAX_READ, readSentence, startsImperative } from './reading';
import { scanTokens } from './tokens';

/** Owner or due words, a handle or a ticket key: the marks of a tracked task. */
export const TASK_MARKS = /(?:^|[\s(])(?:owners?|assignee|dri|due|deadline|eta)\s*[:=]|(?:^|[\s(])@[\p{L}\p{N}]|^[\s*_[]*[A-Z][A-Z0-9]{1,9}-\d{1,7}\b/u;

/** True when an item reads as work to do: it starts with a verb of doing, commits to work, or carries an owner, a due date or a ticket. */
export function readsAsTask(text: string): boolean {
  const head = text.slice(0, MAX_READ);
  if (startsImperative(head.slice(0, 40)) || TASK_MARKS.test(head)) return true;
  const kind = readSentence(head)?.kind;
  return kind === 'future' || kind === 'progress';
}

/** True when an item's words are a question: they end in a question mark (before any closing marks). */
export function isQuestion(text: string): boolean {
  const tail = text.length > 400 ? text.slice(-400) : text;
  // "Rename the viewer (as Browser?)": a question in an aside at the end leaves the item a task.
  const aside = /\S\s+\([^()\n]{1,80}\?\)[\s*_]*$/.exec(tail);
  return /\?[\s*_"'”’)\]]*$/.test(aside ? tail.slice(0, aside.index + 1) : tail);
}

/**
 * A label at the start of a line, as the labels of an item are written: its `name` (a pattern),
 * bold or not ("**Action:**", "**Action**:", "Action:"), then a colon, ASCII or full-width, and the
 * words after it. The three labels below share this frame; only their names differ.
 */
function labelAtStart(name: string): RegExp {
  return new RegExp(String.raw`^[ \t]*(?:\*\*|__)?${name}[ \t]*(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*(?=\S)`);
}

/** A number after a label's name: "2", "-1", " #3". */
const LABEL_NUMBER = String.raw`(?:[ \t]*[-#]?[ \t]*\d{1,3})?`;

/**
 * "Action item: …", "Action point: …", "AI: …", "Follow-up: …" at the start of a paragraph, numbered or
 * not ("AI-1:", "Action item 2:", "Follow-up #3:"). "TODO:" is a template's prompt; "AI" must be
 * written in capitals, so the word "ai" in a sentence is no label.
 */
const ITEM_LABEL = labelAtStart(
  String.raw`(?:(?:[Aa]ction[ -](?:[Ii]tems?|[Pp]oints?)|ACTION[ -](?:ITEMS?|POINTS?)|[Ff]ollow[ -]?[Uu]p|FOLLOW[ -]?UP)${LABEL_NUMBER}|AI${LABEL_NUMBER})`,
);

/** "Action: Add …", "**ACTION 2:** …": a bare "Action" label, which opens an item only when a task follows it. */
const ACTION_LABEL = labelAtStart(String.raw`(?:Action|ACTION)${LABEL_NUMBER}`);

/** "TODO: …", "To-do: …", "TODO(ana): …": a to-do label, also a template's prompt ("TODO: list the actions"). */
const TODO_LABEL = labelAtStart(String.raw`(?:TODO|To-?[Dd]o)(\([^()\n]{1,40}\))?`);

/**
 * The length of a label that opens an item at the start of `line`, or 0: "Action item:" and its
 * kin whatever follows; "Action:" before a task ("Action: Alert on lock age"), not before a step
 * told done ("Action: Restarted the pods"); "TODO:" before a task that names its owner, due date or
 * ticket, as no template's prompt does ("TODO: Add a lock timeout (owner: Ana)").
 */
export function itemLabel(line: string, besideLabels = false): number {
  const head = line.length > MAX_READ ? line.slice(0, MAX_READ) : line;
  const labelled = ITEM_LABEL.exec(head);
  if (labelled) return labelled[0].length;
  const action = ACTION_LABEL.exec(head);
  if (action) return readsAsTask(head.slice(action[0].length)) ? action[0].length : 0;
  const todo = TODO_LABEL.exec(head);
  if (!todo) return 0;
  const rest = head.slice(todo[0].length);
  const tokens = scanTokens(rest);
  // Among lines labelled "Action:" or "Follow-up:", a "TODO:" line is one more item, marked or not.
  return (besideLabels || todo[1] || tokens.owner || tokens.due || tokens.ticket) && readsAsTask(rest) ? todo[0].length : 0;
}

/** A role in the response and who held it: "Incident commander: Ana Lima", "Scribe - @devon", "Comms lead: Ana, Ben". */
const ROLE_LINE =
  /^[\s*_]*(?:incident\s+(?:commander|manager|lead|coordinator)|ic|scribe|note[- ]?taker|comms?(?:\s+lead)?|communications?(?:\s+(?:lead|manager|officer))?|tech(?:nical)?\s+lead|ops\s+lead|operations\s+lead|subject\s+matter\s+experts?|smes?|(?:customer\s+)?liaison|facilitator|authors?|reviewers?|approvers?|editor|responders?|participants?|attendees?|on-?call(?:\s+engineer)?|executive\s+sponsor|deputy(?:\s+commander)?)[\s*_]*(?:[:：]|\s[-–—])[\s*_]*(.{1,200})$/i;

/** True for a list entry that names a role of the response and the people in it, not work. */
export function namesRole(text: string): boolean {
  const m = text.length > 260 ? null : ROLE_LINE.exec(text);
  if (!m) return false;
  return m[1]
    .split(/\s*(?:,|;|&|\band\b|\/)\s*/)
    .every((name) => /^(?:@[\p{L}\p{N}_.-]+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s+\([^()]{1,40}\))?)$/u.test(name.trim()));
}

/**
 * Advice to the readers, as the plan's entries write it: "Customers should retry …", "Users are
 * advised to upgrade …", "Players will have to sign in again", "Anyone running 2.3 must rotate …", "All HPC users should now …": the
 * readers' to do, not the authors' work. So is the authors' request made to them in so many words
 * ("Sadly, we must ask our desktop users to install the app again …", "We urge node operators to
 * upgrade"); a request still to be sent ("We will ask users to …") is the authors' work. So is a
 * case of the reader's and what to do in it: "If you need to reach a host behind the gateway, use
 * a jump host", "If you run your own mirror, you should drop the bad builds".
 */
export const GUIDANCE =
  /^[\s*_]*(?:if|when|whenever)\s+you\s+(?:(?:just|only|ever|still|also|really)\s+)?(?:need|want|have|use|run|are|['’]re|see|get|hit|host|manage|maintain|rely|depend)\b[^.;:!?\n]{0,160}?,\s*(?!we\b|i\b|our\b)(?:you\b|please\b|[a-z]+\s)|^[\s*_]*(?:(?:all|affected|impacted|our|the|any)\s+(?:(?!users\b|customers\b|clients\b|players\b|subscribers\b)[a-z][a-z-]{1,20}\s+)?)?(?:users|customers|clients|players|subscribers|end[- ]users|self[- ]hosters|you|anyone\s+(?:running|using|who)\b(?:[^.,;:]|\.(?=\d)){0,60}?)\s+(?:should|must|(?:will\s+)?(?:need|have)\s+to|are\s+(?:advised|encouraged|asked|urged|recommended)\s+to|can|may)\b|^[\s*_]*(?:(?:however|so|therefore|for\s+now|in\s+the\s+meantime|[a-z]{3,16}ly),?\s+)?(?:we|i)\s+(?:(?:have\s+to|need\s+to|must|would\s+like\s+to|want\s+to|kindly)\s+)?(?:ask|urge|request|encourage|advise)\s+(?:all\s+)?(?:of\s+)?(?:our\s+|affected\s+|any\s+|the\s+)?(?:[a-z][a-z-]{1,20}\s+)?(?:users|customers|clients|operators|node\s+operators|maintainers|readers|you|everyone)\s+to\b/i;
