/**
 * Reads a heading the way a person does: first by the names configured for each section
 * (titles and aliases), then by what its words mean. The meaning is a small, transparent
 * scorer: each section kind has cues (a word, or a few words that must all be present, taken as
 * stems so "learnings", "learnt" and "lessons" all count), each with a weight; a heading names
 * the kinds whose cues add up to enough. Question forms ("How did this happen?"), intentions
 * ("What we're changing"), compound headings ("Severity & impact", "Recovery and lessons
 * learned") and synonyms ("Takeaways", "Insights") are cues like any other. Headings that name
 * something else (Background, Appendix, Authors, Thanks) have cues of their own that read as
 * "no section". `body.ts` then lets a section's content confirm or overrule the heading.
 */
import { stemmer } from 'stemmer';
import type { SectionSpec } from '../base/settings';
import { addressesReader, foldAccents, normaliseHeading } from '../base/normalise';
import { SectionNames } from './section-names';

/** The section kinds read by meaning: the default required sections, and detection and resolution. */
export const KNOWN_KINDS = ['summary', 'timeline', 'root-cause', 'impact', 'lessons-learned', 'action-items', 'detection', 'resolution'] as const;

/** How a section's kind was decided. */
export type SectionDecision = 'alias' | 'meaning' | 'body';

/** What a heading names, and why. */
export interface HeadingReading {
  /** The kinds the heading names, the first the main one; two for a compound heading. Empty: none. */
  kinds: string[];
  /** `alias` when a configured name matched, `meaning` when its words did; null when nothing matched. */
  how: 'alias' | 'meaning' | null;
  /** The words that decided: the configured name that matched, or the heading's words that scored. */
  words: string[];
  /** How strongly the heading says its main kind (an alias is strong). */
  strength: number;
  /** Every kind the words point at, with its score, strongest first (for a reader that knows the context). */
  candidates: { kind: string; score: number }[];
  /** True when the heading's words say it is no section at all (Background, Appendix, Authors). */
  other: boolean;
  /** Kinds a part of a compound heading only hints at ("fix" in "Root cause and fix"): its content may confirm them. */
  partHints?: string[];
}

/** A kind is named from this score up. */
export const NAMED = 2;
/** From this score up a heading is clear enough to stand against its context. */
export const STRONG = 3;

/**
 * `kind`, weight, then the words that must all be in the heading (written plainly; stemmed when
 * compiled). A word written with a leading `=` must be in the heading as written, not by its stem:
 * "Responders" (a list of people) is not "How did we respond?".
 */
type Cue = [kind: string, weight: number, ...words: string[]];

/** `other` is the kind of headings that name no section. */
const CUES: readonly Cue[] = [
  ['summary', 3, 'summary'],
  ['summary', 3, 'overview'],
  ['summary', 3, 'tldr'],
  ['summary', 3, 'tl', 'dr'],
  ['summary', 3, 'synopsis'],
  ['summary', 2, 'abstract'],
  ['summary', 2, 'introduction'],
  ['summary', 2, 'intro'],
  ['summary', 1, 'incident'],
  ['summary', 1, 'outage'],
  ['summary', 1, 'happened'],
  ['summary', 2, 'description'],
  ['summary', 2, 'what', 'happened'],
  // "Story", "A failure story", "Our story": the account of the incident, read as "What happened" is (its
  // content may say it tells the cause instead). As written: "User stories" and "Success stories" name no account.
  ['summary', 2, '=story'],
  // The word in the names of product work and praise ("User story", "Story points", "Success story"): no account of an incident.
  ['other', 4, '=user', '=story'],
  ['other', 4, '=story', '=points'],
  ['other', 4, '=success', '=story'],
  // "The Issue": the problem the report is about, when it opens the report (confirmed by its prose).
  ['summary', 1, 'issue'],
  // "Details": the account of what happened when it opens the report (confirmed by its prose);
  // weaker than any other hint, so "Technical details" still hints at the cause.
  ['summary', 0.5, 'details'],
  // "The short version", "Recap", "At a glance": the story told short.
  ['summary', 3, 'short', 'version'],
  ['summary', 3, 'recap'],
  ['summary', 3, 'glance'],
  // "Problem statement": what went wrong, stated before the analysis.
  ['summary', 3, 'problem', 'statement'],
  // "What went on", "What went down", "Key facts": the story, when it opens the report (confirmed by its prose).
  ['summary', 1.5, 'what', 'went', 'on'],
  ['summary', 1.5, 'what', 'went', 'down'],
  ['summary', 1.5, 'key', 'facts'],
  ['timeline', 3, 'timeline'],
  ['timeline', 3, 'chronology'],
  ['timeline', 3, 'sequence', 'events'],
  ['timeline', 3, 'key', 'events'],
  // "Events", "Chain of events": the events in turn. "The Event", singular, is the one incident, told as a
  // story: a hint at the summary (its opening prose confirms it), as "The incident" is.
  ['timeline', 2, '=events'],
  ['summary', 1, '=event'],
  ['timeline', 2, 'time', 'line'],
  ['timeline', 2, 'incident', 'log'],
  ['timeline', 1, 'leadup'],
  ['timeline', 1, 'lead', 'up'],
  ['timeline', 2.5, 'when', 'happened'],
  ['timeline', 2.5, 'how', 'unfolded'],
  ['timeline', 2, 'hour', 'by', 'hour'],
  ['root-cause', 3, 'cause'],
  ['root-cause', 3, 'causes'],
  ['root-cause', 3, 'causal'],
  ['root-cause', 3, 'diagnosis'],
  // "Diagnosing the outage": the stemmer keeps the verb (diagnos) apart from the noun (diagnosi).
  ['root-cause', 3, 'diagnosing'],
  ['root-cause', 3, 'why'],
  ['root-cause', 1, 'root'],
  ['root-cause', 2, 'fault'],
  ['root-cause', 2, 'trigger'],
  // "Triggering event": the cause, not an event of the timeline.
  ['root-cause', 1, 'trigger', 'event'],
  ['root-cause', 2, 'contributing'],
  ['root-cause', 1, 'factors'],
  ['root-cause', 3, 'how', 'happen'],
  ['root-cause', 3, 'how', 'come'],
  // "What led to this?", "What led up to the outage": the question the cause answers ("Events that led
  // to it" is the timeline's; "led" as written, not the metal "lead" nor "leading").
  ['root-cause', 3, 'what', '=led'],
  ['root-cause', 2.5, 'went', 'wrong'],
  ['root-cause', 1, 'problem'],
  ['root-cause', 1.5, 'what', 'problem'],
  ['root-cause', 2, 'analysis'],
  ['root-cause', 3, 'reason'],
  ['root-cause', 3, 'reasons'],
  ['root-cause', 2, 'underlying'],
  ['root-cause', 2.5, 'what', 'broke'],
  ['root-cause', 2.5, 'how', 'broke'],
  ['root-cause', 2.5, 'how', 'get', 'here'],
  // "What was actually happening", "What really happened": the real cause, after the wrong guesses
  // (stronger than "what happened", the summary).
  ['root-cause', 4, 'actually', 'happen'],
  ['root-cause', 4, 'really', 'happen'],
  ['root-cause', 1, 'broke'],
  ['root-cause', 2, 'culprit'],
  ['root-cause', 1, 'bug'],
  ['root-cause', 1, 'context'],
  ['root-cause', 1, 'technical'],
  ['root-cause', 1, 'explanation'],
  ['root-cause', 1, 'deep', 'dive'],
  ['root-cause', 1.5, 'investigation'],
  // "Precursors": the conditions that led up to the failure.
  ['root-cause', 2, 'precursors'],
  // "Description of the bug", "Vulnerability description": what the fault is, the cause; stronger
  // than "Description" alone, the summary (a configured name: 5 and more overrules it).
  ['root-cause', 5, 'description', 'bug'],
  ['root-cause', 5, 'description', 'flaw'],
  ['root-cause', 5, 'description', 'defect'],
  ['root-cause', 5, 'description', 'vulnerability'],
  // Security write-ups: "Vulnerability details", "Attack vector", "How the exploit worked".
  ['root-cause', 2, 'vulnerability'],
  ['root-cause', 2, 'exploit'],
  ['root-cause', 3, 'attack', 'vector'],
  // "Attack method", "Methods of attack": how the attacker got in, the cause of a security incident.
  ['root-cause', 3, 'attack', 'method'],
  ['root-cause', 2.5, 'how', 'attack'],
  ['impact', 3, 'impact'],
  ['impact', 3, 'impacted'],
  ['impact', 2, 'affected'],
  ['impact', 2, 'severity'],
  ['impact', 2, 'consequences'],
  ['impact', 2, 'damage'],
  // "Effects", "Side effect" as written: "Effective communication", "the effectiveness of our channels"
  // share the stem and name a quality, not what was hit.
  ['impact', 2, '=effects'],
  ['impact', 2, '=effect'],
  ['impact', 2, 'scope'],
  ['impact', 1, 'downtime'],
  // "Symptoms", "The symptom": what the users saw.
  ['impact', 2, 'symptoms'],
  ['impact', 1, 'duration'],
  ['impact', 1, 'hurt'],
  ['impact', 1, 'harm'],
  ['impact', 1, 'cost'],
  // "Fallout", "Repercussions": what the incident did, as its harm words name it.
  ['impact', 2, 'fallout'],
  ['impact', 2, 'repercussions'],
  ['impact', 2.5, 'how', 'bad'],
  ['impact', 2.5, 'who', 'affected'],
  ['impact', 3, 'blast', 'radius'],
  // "Risks and Hazards": the harm done or threatened. "Risks" alone only hints (the body confirms it).
  ['impact', 2, 'hazards'],
  ['impact', 1.5, 'risks'],
  // "Outcome", "Aftermath": what the incident left behind, when the content tells harm or figures.
  ['impact', 1, 'outcome'],
  ['impact', 1.5, 'aftermath'],
  // "What users saw", "Customer experience": the incident as the people it hit met it.
  ['impact', 2.5, 'users', 'saw'],
  ['impact', 2.5, 'customers', 'saw'],
  ['impact', 2.5, 'users', 'see'],
  ['impact', 2.5, 'customers', 'see'],
  // "Data loss", "What data was exposed?": the harm to what users entrusted.
  ['impact', 2, 'data', 'loss'],
  ['impact', 2.5, 'what', '=exposed'],
  // "What does this mean for you?", "What this means for your builds": the incident's consequences for the readers.
  ['impact', 2.5, 'mean', '=you'],
  ['impact', 2.5, 'mean', '=your'],
  // "Worst case scenario": the harm the incident could have done.
  ['impact', 2, 'worst', 'case'],
  ['impact', 1.5, 'user', 'experience'],
  ['impact', 1.5, 'customer', 'experience'],
  // "What is wrong?", "What's broken?" (an issue template's first question): the symptom as it
  // stands, not the cause ("What was wrong with the config") nor the look back ("What went wrong").
  ['impact', 2.5, 'what', '=is', 'wrong'],
  ['impact', 2.5, 'what', '=is', '=broken'],
  // "Why this matters", "Why it matters to you": what the incident meant for the people it hit, its
  // consequences (stronger than "why", the cause's question).
  ['impact', 3.5, 'why', 'matters'],
  ['lessons-learned', 3, 'lessons'],
  ['lessons-learned', 3, 'learned'],
  ['lessons-learned', 3, 'learnt'],
  ['lessons-learned', 3, 'learnings'],
  ['lessons-learned', 3, 'takeaways'],
  ['lessons-learned', 3, 'take', 'away'],
  ['lessons-learned', 3, 'insights'],
  ['lessons-learned', 3, 'reflections'],
  ['lessons-learned', 2, 'retrospective'],
  // "Postmortem" as a section of a report (its title is read apart): the authors' look back.
  ['lessons-learned', 2, 'postmortem'],
  ['lessons-learned', 2, 'post', 'mortem'],
  ['lessons-learned', 3, 'went', 'well'],
  ['lessons-learned', 3, 'go', 'well'],
  ['lessons-learned', 3, 'went', 'poorly'],
  ['lessons-learned', 2, 'went', 'wrong'],
  ['lessons-learned', 3, 'lucky'],
  ['lessons-learned', 2, 'opportunities'],
  ['lessons-learned', 3, 'gone', 'better'],
  ['lessons-learned', 3, 'could', 'better'],
  ['lessons-learned', 3, 'went', 'badly'],
  ['lessons-learned', 3, 'learn'],
  ['lessons-learned', 3, 'went', 'right'],
  ['lessons-learned', 3, 'hindsight'],
  // "What I should have done", "What should have been done": the right steps, seen in hindsight (its
  // list reads as tasks, but they are the look back, not work promised).
  ['lessons-learned', 3, 'should', 'have', 'done'],
  ['lessons-learned', 2.5, 'tell', 'myself'],
  ['lessons-learned', 2.5, 'note', 'self'],
  ['lessons-learned', 2, 'mistakes'],
  ['lessons-learned', 2, 'observations'],
  // "What I'd take from this", "What to take from it": the takeaway, told as a question.
  ['lessons-learned', 2.5, 'what', 'take', 'from'],
  // "The habit I'm changing", "The generalisable habit": the lesson turned into practice.
  ['lessons-learned', 2, 'habit'],
  // "What can be improved", "What could have been improved": what the response lacked, told as lessons.
  ['lessons-learned', 3, 'can', 'improved'],
  ['lessons-learned', 3, 'could', 'improved'],
  // "What we would do differently", "What we'd change next time": the lesson, told as a wish (not "will").
  ['lessons-learned', 2.5, 'would', 'differently'],
  ['lessons-learned', 2.5, 'could', 'differently'],
  // "What I should have done", "What we should have caught": hindsight on the authors' own choices, the lesson.
  ['lessons-learned', 2.5, 'should', 'have'],
  // "The good, the bad and the lucky": the look back.
  ['lessons-learned', 2.5, 'good', 'bad'],
  ['lessons-learned', 2.5, 'what', 'we', 'missed'],
  // "What worked", "What did not work", "What we did well": the look back, told plainly.
  ['lessons-learned', 2.5, 'what', '=worked'],
  ['lessons-learned', 2.5, 'did', 'not', '=work'],
  ['lessons-learned', 2.5, 'did', 'well'],
  ['lessons-learned', 2.5, 'do', 'well'],
  ['lessons-learned', 2.5, 'retro'],
  ['lessons-learned', 2.5, 'looking', 'back'],
  // "The moral of the story": the lesson.
  ['lessons-learned', 2.5, 'moral'],
  // "Final thoughts", "Wrap-up", "Afterthoughts": an ending that may be lessons or thanks; its content decides.
  ['lessons-learned', 1.5, 'thoughts'],
  ['lessons-learned', 1.5, 'afterthoughts'],
  ['lessons-learned', 1.5, 'final', 'words'],
  ['lessons-learned', 1.5, 'wrap', 'up'],
  // "Closing remarks", "Closing words": the same ending, in other words.
  ['lessons-learned', 1.5, 'closing', 'words'],
  ['lessons-learned', 1.5, 'closing', 'remarks'],
  // "Conclusion", "Concluding remarks": the same ending; it may restate the events or close on an
  // apology as well as draw lessons.
  ['lessons-learned', 1.5, 'conclusion'],
  ['lessons-learned', 1.5, 'concluding'],
  ['action-items', 3, 'action'],
  ['action-items', 3, 'actions'],
  ['action-items', 3, 'follow', 'up'],
  ['action-items', 3, 'followup'],
  ['action-items', 3, 'followups'],
  ['action-items', 3, 'remediation'],
  ['action-items', 3, 'corrective'],
  ['action-items', 3, 'preventative'],
  ['action-items', 3, 'prevention'],
  ['action-items', 3, 'recommendations'],
  ['action-items', 3, 'next', 'steps'],
  ['action-items', 3, 'what', 'next'],
  ['action-items', 2, 'improvements'],
  ['action-items', 2, 'tasks'],
  ['action-items', 2, 'todo'],
  ['action-items', 1, 'measures'],
  ['action-items', 1, 'changing'],
  ['action-items', 1, 'fix'],
  ['action-items', 1, 'better'],
  ['action-items', 1, 'future'],
  ['action-items', 1.5, 'long', 'term'],
  ['action-items', 1.5, 'short', 'term'],
  ['action-items', 2, 'ongoing', 'work'],
  ['action-items', 1, 'solution'],
  ['action-items', 1, 'plan'],
  ['action-items', 3, 'future', 'work'],
  ['action-items', 3, 'going', 'forward'],
  ['action-items', 3, 'go', 'from', 'here'],
  ['action-items', 3, 'moving', 'forward'],
  ['action-items', 1, 'differently'],
  ['action-items', 2, 'work', 'items'],
  ['action-items', 2, 'open', 'items'],
  ['action-items', 2, 'further', 'work'],
  ['action-items', 2, 'remaining', 'work'],
  ['action-items', 2, 'outstanding'],
  // "Our commitments", "What we commit to": a promise of work. By the word as written, since "commit"
  // is the stem of "commits" too, and a list of commits is a reference, not a plan.
  ['action-items', 2, '=commitments'],
  ['action-items', 2, '=commitment'],
  ['action-items', 2, 'we', '=commit'],
  ['action-items', 2, 'i', '=commit'],
  ['action-items', 2, 'we', '=committing'],
  ['action-items', 1, 'steps', 'we'],
  ['action-items', 2, 'measures', 'taken'],
  ['action-items', 2.5, 'looking', 'ahead'],
  // "Looking forward": the work ahead, as "Looking ahead" is.
  ['action-items', 2.5, 'looking', 'forward'],
  ['action-items', 2.5, 'road', 'ahead'],
  ['action-items', 2.5, 'what', 'now'],
  // "What happens now", "What happens next": the present tense looks ahead, to the work that follows
  // (the story is "what happened"; both share the stem "happen").
  ['action-items', 2, 'what', '=happens', 'now'],
  ['action-items', 2, 'what', '=happens', 'next'],
  ['action-items', 2, 'what', '=will', 'happen', 'next'],
  // "What will follow?", "What will change?": a question about what comes after the incident hints at the
  // work ahead (its content, work promised, confirms it; "What will the impact be?" names the impact).
  ['action-items', 1.5, 'what', '=will'],
  // "What are we doing about it?": with the authors' intention, a plan.
  ['action-items', 1, 'doing', 'about'],
  // "What we're doing to stop it happening again", "… less likely or less impactful": the aim of a plan
  // (stronger than "how … happen", the cause's question: "How we make sure it never happens again").
  ['action-items', 3.5, 'stop', 'happen', 'again'],
  ['action-items', 3.5, 'never', 'happen', 'again'],
  ['action-items', 3.5, 'not', 'happen', 'again'],
  ['action-items', 2.5, '=less', '=likely'],
  // "How do we avoid this in the future?", "How to avoid it next time": the question a plan answers.
  ['action-items', 2, 'avoid', 'future'],
  ['action-items', 2.5, 'avoid', 'next', 'time'],
  // "Will this happen again?", "Could this recur?": the question a plan answers.
  ['action-items', 2.5, '=will', 'happen', 'again'],
  ['action-items', 2.5, '=could', 'happen', 'again'],
  ['action-items', 2.5, '=will', 'recur'],
  ['action-items', 2.5, '=could', 'recur'],
  ['detection', 3, 'detection'],
  ['detection', 3, 'detected'],
  ['detection', 2, 'identified'],
  ['detection', 2, 'discovery'],
  ['detection', 2, 'discovered'],
  ['detection', 2, 'noticed'],
  ['detection', 2, 'alerting'],
  ['detection', 3, 'find', 'out'],
  // "How we found out", "How was it found?", "How we knew": the story of the detection, told as a question.
  ['detection', 3, '=found', 'out'],
  ['detection', 3, '=finding', 'out'],
  ['detection', 2.5, 'how', '=found'],
  ['detection', 2.5, 'how', '=knew'],
  ['detection', 2, 'spotted'],
  // "How was it caught?", "How did we become aware?", "How was it reported?", "Identification": the detection.
  ['detection', 2.5, 'how', '=caught'],
  ['detection', 2.5, 'how', 'aware'],
  ['detection', 2.5, 'how', '=reported'],
  ['detection', 2, 'identification'],
  // "Issues identified", "Identified problems": the problems the analysis found, not how the incident
  // was found (a tie with "identified" goes to the cause, which comes first among the kinds).
  ['root-cause', 2, '=issues', 'identified'],
  ['root-cause', 1, '=problems', 'identified'],
  ['detection', 2, 'first', 'signs'],
  ['resolution', 3, 'resolution'],
  ['resolution', 3, 'resolved'],
  ['resolution', 3, 'recovery'],
  ['resolution', 3, 'recover'],
  ['resolution', 2, 'response'],
  ['resolution', 2, 'mitigation'],
  ['resolution', 2, 'restoration'],
  ['resolution', 2, 'workaround'],
  // "Rollback", "Cleanup": read so when the content tells the recovery as taken.
  ['resolution', 1, 'rollback'],
  ['resolution', 1, 'cleanup'],
  // "Fix" alone hints at the fix made as much as at the work ahead; the content decides ("Root cause and fix").
  ['resolution', 1, 'fix'],
  ['resolution', 3, 'did', 'fix'],
  ['resolution', 2, 'respond'],
  // "How was it fixed?", "How we fixed it" (not "How we will fix it", a plan).
  ['resolution', 3, 'how', '=fixed'],
  // "What fixed it?": the question of the same template, told of the fix already made.
  ['resolution', 3, 'what', '=fixed'],
  // "How did it end?", "How it ended" (not "How end users were hit").
  ['resolution', 2.5, 'how', 'it', '=end'],
  ['resolution', 2.5, 'how', '=ended'],
  // "Actions taken during the incident", "Steps taken to restore service": the response, not a plan.
  ['resolution', 5, 'taken', 'during'],
  ['resolution', 5, 'actions', 'during'],
  ['resolution', 5, 'steps', 'during'],
  ['resolution', 5, 'taken', 'mitigate'],
  ['resolution', 5, 'taken', 'restore'],
  ['resolution', 5, 'taken', 'resolve'],
  ['resolution', 5, 'taken', 'recover'],
  ['other', 4, 'background'],
  // "Architecture overview", "System overview": how the service is built, told before the incident as
  // its background, not a summary of what happened.
  ['other', 4, 'architecture', 'overview'],
  ['other', 4, 'system', 'overview'],
  ['other', 4, 'appendix'],
  ['other', 4, 'thanks'],
  ['other', 4, 'acknowledgements'],
  ['other', 4, 'authors'],
  ['other', 4, 'author'],
  ['other', 4, 'date'],
  ['other', 4, 'status'],
  ['other', 4, 'references'],
  ['other', 4, 'glossary'],
  ['other', 4, '=responders'],
  ['other', 4, '=responder'],
  ['other', 4, 'participants'],
  ['other', 4, 'attendees'],
  ['other', 4, 'contents'],
  ['other', 4, 'faq'],
  ['other', 4, 'q', 'a'],
  ['other', 4, 'supporting', 'information'],
  ['other', 4, 'links'],
  // Pointers elsewhere: "Further reading", "See also", "Related incidents", "Attachments", "Resources".
  ['other', 4, 'further', 'reading'],
  ['other', 4, 'see', 'also'],
  ['other', 4, 'related', 'incidents'],
  // As written: "Resource exhaustion" and "Attached volumes" are causes, not pointers.
  ['other', 4, '=attachments'],
  ['other', 4, '=resources'],
  ['other', 4, 'supporting', 'documents'],
  ['other', 4, '=contact'],
  ['other', 4, '=contacts'],
  ['other', 4, 'revision', 'history'],
  ['other', 4, 'document', 'history'],
  ['other', 4, 'metadata'],
  // "MTTR", "MTTD": a measure of the response, not its story (see `isMeasure`).
  ['other', 4, 'mttr'],
  ['other', 4, 'mttd'],
  ['other', 4, 'mtta'],
  ['other', 4, 'recurrence'],
  ['other', 4, 'questions'],
  ['other', 4, 'unanswered'],
  // "Postmortem checklist", "Review checklist": boxes that track the write-up, not the incident's follow-up work.
  ['other', 4, 'checklist'],
  // "Forward-looking statements": a disclaimer, not the work ahead.
  ['other', 4, 'forward', 'looking', 'statements'],
  // "Commits", "Commit log", "Relevant commit history": the changes made, listed for reference.
  ['other', 4, '=commits'],
  ['other', 4, '=commit', 'log'],
  ['other', 4, '=commit', 'history'],
  // Headings in Portuguese, Spanish, French and German, written without their accents (the heading's
  // are folded away before reading): "Resumo", "Linha do tempo", "Causa raiz", "Impacto", "Lições
  // aprendidas", "Próximos passos", "Detecção", "Solução", "Zusammenfassung", "Maßnahmen".
  // As written: "Resume running jobs", "Resumed traffic" (English verbs) are one letter from "resumo".
  ['summary', 3, '=resumo'],
  ['summary', 3, '=resumen'],
  ['summary', 3, 'zusammenfassung'],
  ['summary', 2, 'visao', 'geral'],
  ['summary', 2, 'descripcion'],
  ['summary', 2, 'descricao'],
  ['timeline', 3, 'cronologia'],
  ['timeline', 3, 'chronologie'],
  ['timeline', 3, 'linha', 'tempo'],
  ['timeline', 3, 'linea', 'tiempo'],
  ['timeline', 3, 'zeitleiste'],
  ['timeline', 3, 'zeitablauf'],
  ['root-cause', 3, 'causa'],
  ['root-cause', 3, 'ursache'],
  ['root-cause', 3, 'ursachen'],
  ['root-cause', 3, 'diagnostico'],
  ['root-cause', 2, 'analise'],
  ['root-cause', 2, 'analisis'],
  ['root-cause', 1.5, 'investigacao'],
  ['root-cause', 1.5, 'investigacion'],
  ['impact', 3, 'impacto'],
  ['impact', 3, 'auswirkungen'],
  ['impact', 3, 'auswirkung'],
  ['lessons-learned', 3, 'licoes'],
  ['lessons-learned', 3, 'licao'],
  ['lessons-learned', 3, 'lecciones'],
  ['lessons-learned', 3, 'lecons'],
  ['lessons-learned', 3, 'aprendizados'],
  ['lessons-learned', 3, 'aprendizajes'],
  ['lessons-learned', 3, 'aprendido'],
  ['lessons-learned', 3, 'aprendidas'],
  ['lessons-learned', 3, 'erkenntnisse'],
  ['lessons-learned', 1.5, 'conclusao'],
  ['lessons-learned', 1.5, 'conclusoes'],
  ['lessons-learned', 1.5, 'fazit'],
  ['action-items', 3, 'proximos', 'passos'],
  ['action-items', 3, 'proximos', 'pasos'],
  ['action-items', 3, 'prochaines', 'etapes'],
  ['action-items', 3, 'acoes'],
  ['action-items', 3, 'acciones'],
  ['action-items', 3, 'massnahmen'],
  ['action-items', 3, 'maßnahmen'],
  ['action-items', 2, 'melhorias'],
  ['action-items', 2, 'mejoras'],
  ['action-items', 2, 'tarefas'],
  ['action-items', 2, 'tareas'],
  ['detection', 3, 'deteccao'],
  ['detection', 3, 'deteccion'],
  ['detection', 3, 'erkennung'],
  ['resolution', 3, 'solucao'],
  ['resolution', 3, 'solucion'],
  ['resolution', 3, 'resolucao'],
  ['resolution', 3, 'resolucion'],
  ['resolution', 3, 'recuperacao'],
  ['resolution', 3, 'recuperacion'],
  ['resolution', 2, 'mitigacao'],
  ['resolution', 2, 'mitigacion'],
  ['resolution', 3, 'losung'],
  ['resolution', 2, 'behebung'],
  ['other', 4, 'apendice'],
  ['other', 4, 'anhang'],
  ['other', 4, 'agradecimentos'],
  ['other', 4, 'agradecimientos'],
  ['other', 4, 'danksagung'],
  ['other', 4, 'referencias'],
  ['other', 4, 'hintergrund'],
];

/** Words of a first-person intention ("what we are changing", "how we will …"): they lean a heading to action items. */
const INTENTION = new Set(['will', 'going', 'plan', 'planning', 'changing', 'doing', 'intend', 'making', 'taking', 'changed', 'improved', 'added', 'made']);
/** The authors, in the plural or (a blog of one) the singular: "what we are changing", "what I'm doing about it". */
const AUTHORS = new Set(['we', 'i']);
const INTENTION_WEIGHT = 1.5;
/**
 * A heading that is the authors' pledge to stop doing something: "I won't rush a database fix
 * again", "We will never skip the staging run again", "Never again will I deploy on a Friday".
 * Read after contractions are spelled out, on the heading's plain words. The pledge is about
 * conduct: an assurance that the incident will not recur ("we won't let this happen again", "this
 * will never happen again") names the plan that ensures it, and is left to its cues.
 */
const PLEDGE =
  /^(?:(?:and|so|lesson|moral)\s+)?(?:(?:i|we)\s+(?:will|shall|am|are|must)?\s*(?:not|never)\s+(?:ever\s+)?(?!(?:let|allow|be|have|happen|occur|recur|see|know)\b)[a-z]+\b(?:\s+[a-z]+){0,8}?\s+(?:again|anymore|any\s+more)|never\s+again\s+(?:will|shall)\s+(?:i|we)\s+(?!(?:let|allow|see|have)\b)[a-z]+)\b/;
const PLEDGE_WEIGHT = 3;
/** Words that place what a heading names ahead of its authors: "Future mitigation", "Planned fixes". */
const AHEAD = new Set(['future', 'planned', 'upcoming', 'proposed']);
/** Gerunds that open a heading about future work. */
const IMPROVING = new Set([
  'improving',
  'preventing',
  'reducing',
  'hardening',
  'strengthening',
  'fixing',
  'avoiding',
  'making',
  'adding',
  'automating',
  'changing',
  'updating',
]);

/**
 * A heading that is a judgement and nothing else, or a judgement and a subtitle after a dash or a
 * colon: "The good", "The Bad", "The ugly - moving the servers", "Positives", "Lowlights".
 */
const VERDICT = /^[\s*_]*(?:the\s+)?(good|bad|ugly|positives?|negatives?|highlights|lowlights|pros|cons)[\s*_]*(?:$|[-:\u2013\u2014]\s)/i;
const VERDICT_WEIGHT = 2.5;

/**
 * A heading that names a stretch of an incident by its place in a sequence: an ordinal and a word
 * of an event ("First incident", "Second outage", "Final attempt"), or a word of a stretch and
 * its number ("Phase two", "Day 3", "Stage 1: …", "Part II"). "Vague" is the wave in French, as a
 * writer whose first language it is may keep it in English ("Vague 2").
 */
const SEQUENCE =
  /^[\s*_]*(?:(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|final|1st|2nd|3rd|[4-9]th)\s+(?:incident|outage|failure|attempt|wave|vague|crash|event|episode|phase|stage|day|night|round|disruption)s?|(?:phase|stage|day|part|wave|vague|round)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|[ivx]{1,4}))\b/i;
const SEQUENCE_WEIGHT = 1.5;

/** True when a heading names a stretch of an incident by its place in a sequence ("Second outage", "Day 2"). */
export function namesStretch(text: string): boolean {
  return SEQUENCE.test(text.length > 200 ? text.slice(0, 200) : text);
}

/** Words that name a summary as such: "Summary", "Overview", "TL;DR", "Executive summary", "Introduction". */
const SUMMARY_AS_SUCH =
  /\b(?:summary|summaries|overview|tl;?\s?dr|synopsis|abstract|intro|introduction|recap|glance|short\s+version|executive|problem\s+statement)\b/i;

/**
 * True when a heading is read as the summary for words that name the story, not a summary:
 * "What happened?", "Description", "What went on". Such a heading is a summary when its content
 * tells the story in brief; what the content does (explain why) may say otherwise. "Summary",
 * "Overview" and "TL;DR" are summaries whatever they tell.
 */
export function namesTheStory(reading: HeadingReading): boolean {
  if (reading.kinds.length !== 1 || reading.kinds[0] !== 'summary' || !reading.how) return false;
  return !SUMMARY_AS_SUCH.test(reading.words.join(' '));
}

/** Words for the harm an incident did that a plan may mean to make smaller ("reduce the impact"). */
const HARM_AIMED_AT = /^(?:impact|impacts|blast|damage|harm)$/;
/** Verbs of making smaller, as a plan's aim writes them (not their participles: "Limited impact" tells the impact). */
const LESSENING =
  /^(?:reduce|reducing|decrease|decreasing|lessen|lessening|limit|limiting|minimi[sz]e|minimi[sz]ing|mitigate|mitigating|shrink|shrinking|contain|containing)$/;
/** Words between such a verb and the harm it lessens ("reduce the impact", "limit our customer impact"). */
const BETWEEN = /^(?:the|its|our|their|any|user|users|customer|customers|potential)$/;

/** True when the word at `at` is the object of a verb of making smaller, two words at most between them. */
function lessened(words: readonly string[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    if (LESSENING.test(words[k])) return true;
    if (!BETWEEN.test(words[k])) return false;
  }
  return false;
}

/** Contractions spelled out, so "we're" reads as "we are" and "didn't" as "did not". */
function expandContractions(text: string): string {
  return text
    .replace(/[’‘`]/g, "'")
    .replace(/\b(\w+)'re\b/gi, '$1 are')
    .replace(/\b(\w+)'ll\b/gi, '$1 will')
    .replace(/\b(\w+)'ve\b/gi, '$1 have')
    .replace(/\bi'm\b/gi, 'i am')
    .replace(/\bwhat's\b/gi, 'what is')
    .replace(/\b(i|we|you|they)'d\b/gi, '$1 would')
    .replace(/\bcan't\b/gi, 'can not')
    .replace(/\bwon't\b/gi, 'will not')
    .replace(/\b(\w+)n't\b/gi, '$1 not');
}

/** One noun of study after a section's name: it tells how the section was found, not a second section. */
const STUDY = /^(?:analysis|discovery|investigation|findings?|details|assessment|breakdown)$/;

/**
 * True for the name of a measure of the response: "Time to detection", "Mean time to recovery",
 * "Recovery time". Read by position, so "Reducing time to recovery" (a plan) and "Taking time to
 * learn" are not measures.
 */
function isMeasure(words: readonly string[]): boolean {
  const t = words[0] === 'time' ? 0 : words[1] === 'time' && /^(?:mean|average|median|total)$/.test(words[0]) ? 1 : -1;
  if (t >= 0) return words[t + 1] === 'to' && words.length <= t + 4;
  return words.length === 2 && /^times?$/.test(words[1]) && /^(?:detection|response|recovery|resolution|mitigation|restoration)$/.test(words[0]);
}

/**
 * Product names that hold a section's word: "GitHub Actions" is a CI service, not a plan. The
 * words of such a name name no section ("Moving CI to GitHub Actions"); the rest of the heading
 * is read as usual ("Action items for GitHub Actions").
 */
const PRODUCT_NAMES: readonly (readonly string[])[] = [['github', 'actions']];

/** The heading's words without those of a product name that holds a section's word. */
function withoutProducts(words: string[]): string[] {
  for (const name of PRODUCT_NAMES) {
    for (let i = words.indexOf(name[0]); i >= 0 && i + name.length <= words.length; i = words.indexOf(name[0], i + 1)) {
      if (name.every((w, j) => words[i + j] === w)) {
        words = [...words.slice(0, i), ...words.slice(i + name.length)];
        i--;
      }
    }
  }
  return words;
}

/** A heading that opens on a CVE id and a colon, then more words: the vulnerability named, then its defect. */
const NAMES_CVE = /^[\s*_`]*CVE-\d{4}-\d{4,7}`?\s*[:\u2013\u2014]\s*\p{L}/iu;

/** Headings longer than this many words are read by their first words only: cost stays bounded. */
const MAX_WORDS = 24;

interface CompiledCue {
  kind: string;
  weight: number;
  stems: string[];
  /** The cue's words as written, for the explanation. */
  words: string[];
}

/** The stem of a word; stems of long made-up words are not worth the stemmer's time. */
function stemOf(word: string): string {
  return word.length > 30 ? word : stemmer(word);
}

/** Cue words that a one-letter slip still matches ("happend", "apendix"), by stem. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return a === b;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // A substitution, or two neighbours swapped.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Splits a heading into the parts a compound heading joins ("A and B", "A & B", "A / B", "A, B"). */
function compoundParts(text: string): string[] {
  const parts = text
    .split(/\s+(?:and|&|\+)\s+|\s*[/,;|]\s*/i)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 1 && parts.length <= 4 ? parts : [];
}

/** The heading without its remarks in brackets; as written when brackets are all it has. Reads 400 characters at most. */
function outsideBrackets(heading: string): string {
  if (!heading.includes('(')) return heading;
  const outside = heading
    .slice(0, 400)
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return /[\p{L}\p{N}]/u.test(outside) ? outside : heading;
}

/** Matches heading text to sections: by configured name first, then by meaning. */
export class SectionMatcher extends SectionNames {
  private readonly cues: CompiledCue[] = [];
  /** Every stem that some cue needs, and its long cue words for one-letter slips. */
  private readonly cueStems = new Set<string>();
  private readonly slipWords: { word: string; stem: string }[] = [];
  private readonly memo = new Map<string, HeadingReading>();

  /**
   * `meaning` turns on reading by meaning (post-mortems); without it only configured names count
   * (pre-mortems, whose sections are of another kind).
   */
  constructor(
    specs: readonly SectionSpec[],
    private readonly meaning = true,
  ) {
    super(specs);
    if (!meaning) return;
    for (const [kind, weight, ...written] of CUES) {
      const words = written.map((w) => w.replace(/^=/, ''));
      const stems = written.map((w) => (w.startsWith('=') ? w : stemOf(w)));
      this.cues.push({ kind, weight, stems, words });
      for (let i = 0; i < words.length; i++) {
        this.cueStems.add(stems[i]);
        // A word that must be as written is matched so, with no slip ("=resumen" is not "resumed").
        if (words[i].length >= 6 && !written[i].startsWith('=')) this.slipWords.push({ word: words[i], stem: stems[i] });
      }
    }
  }

  /** The id of the section this heading names, or null. */
  match(heading: string): string | null {
    return this.read(heading).kinds[0] ?? null;
  }

  /** True when the text, with or without its remarks in brackets, is exactly a section name ("Timeline (all times UTC)"). */
  namesExactly(text: string): boolean {
    return this.isExact(text) || this.isExact(outsideBrackets(text));
  }

  /** What the heading names and why. Remembered per text: headings repeat across versions. */
  read(heading: string): HeadingReading {
    const cacheable = heading.length <= 200;
    if (cacheable) {
      const known = this.memo.get(heading);
      if (known) return known;
    }
    // Words in brackets remark on the heading, they do not name it: "Confirmed (follow-up test)"
    // tells evidence, not follow-up work. A configured name is matched as written.
    const bare = outsideBrackets(heading);
    const reading = this.compute(bare !== heading && !this.isExact(heading) ? bare : heading);
    if (cacheable) {
      if (this.memo.size >= 5000) this.memo.clear();
      this.memo.set(heading, reading);
    }
    return reading;
  }

  private compute(heading: string): HeadingReading {
    let named = this.byName(heading);
    // "Actions for users", "Next steps for affected customers": a plan's name that speaks to the
    // readers is their advice, not the authors' plan (a configured name written out in full still counts).
    if (named && !named.exact && named.id === 'action-items' && this.meaning && addressesReader(heading)) named = null;
    const whole = this.meaning ? this.score(heading) : null;
    // "Actions taken during the incident": words after a configured name that place the work in the
    // response (a cue of weight 5) say what the heading is.
    const placed = whole?.candidates[0];
    // "Summary of the impact", "Overview of the disruption": a summary of anything is a summary first,
    // and the section its subject names besides ("Description of the bug" names the bug, the cause).
    const summaryOf = named?.id === 'summary' && /^of\b/.test(named.rest) && SUMMARY_AS_SUCH.test(named.name);
    if (named && !named.exact && !summaryOf && placed && placed.kind !== named.id && placed.score >= 5 && placed.score > whole.other) named = null;
    const parts = this.meaning ? this.partsOf(heading.slice(0, 400)) : [];
    const candidates = whole?.candidates ?? [];
    if (named) {
      const kinds = [named.id];
      const words = [named.name];
      // A name that only starts the heading leaves the rest to be read: "Impact and lessons learned",
      // "Summary of events".
      const partHints: string[] = [];
      if (!named.exact) {
        for (const part of parts) this.addPart(part, kinds, words, partHints);
        // "Lessons identified", "Actions agreed": a participle after the name qualifies it; it names no section.
        // So does a noun of study ("Root cause discovery", "Timeline details"): the finding of that section.
        if (!/^[a-z]+(?:ed|en)$/.test(named.rest) && !STUDY.test(named.rest)) this.addPart(named.rest, kinds, words);
      }
      return {
        kinds,
        how: 'alias',
        words,
        strength: STRONG + 1,
        candidates: candidates.length ? candidates : [{ kind: named.id, score: STRONG + 1 }],
        other: false,
        ...this.hintsBeside(partHints, kinds),
      };
    }
    if (!whole) return { kinds: [], how: null, words: [], strength: 0, candidates, other: false };
    const best = candidates[0];
    const kinds: string[] = [];
    const words: string[] = [];
    if (best && best.score >= NAMED && best.score > whole.other) {
      kinds.push(best.kind);
      words.push(...(whole.words.get(best.kind) ?? []));
    }
    // Each part of a compound heading may name a section of its own ("Recovery and lessons learned"),
    // and one part may name one where the whole does not ("Background and root cause", "Problems / Timeline").
    const partHints: string[] = [];
    for (const part of parts) this.addPart(part, kinds, words, partHints);
    if (kinds.length)
      return { kinds, how: 'meaning', words, strength: Math.max(best?.score ?? 0, NAMED), candidates, other: false, ...this.hintsBeside(partHints, kinds) };
    return { kinds, how: null, words: whole.other ? whole.otherWords : [], strength: best?.score ?? 0, candidates, other: whole.other > 0 };
  }

  /**
   * The parts of a compound heading. A heading that opens on a section's name and a colon ("Moving
   * on: lessons and new safeguards", "Looking ahead: what we learned") is that section and the
   * sections its subtitle names; a colon after words that name none ("The night of the move: what
   * broke", "CVE-2031-0042: …") only opens a subtitle, read as a whole.
   */
  private partsOf(text: string): string[] {
    const colon = /:\s+/.exec(text);
    if (colon && colon.index > 0 && colon.index <= 60) {
      const label = text.slice(0, colon.index);
      const scored = this.score(label);
      const named = scored.candidates[0];
      if (named && named.score >= NAMED && named.score > scored.other) {
        const rest = text.slice(colon.index + colon[0].length);
        const subtitle = compoundParts(rest);
        const parts = [label, ...(subtitle.length ? subtitle : [rest.trim()])].filter(Boolean);
        if (parts.length > 1 && parts.length <= 4) return parts;
      }
    }
    return compoundParts(text);
  }

  /** The part hints that add a kind beside those named, as a reading's `partHints` (nothing when none). */
  private hintsBeside(hints: readonly string[], kinds: readonly string[]): { partHints?: string[] } {
    const left = hints.filter((k, i) => !kinds.includes(k) && hints.indexOf(k) === i);
    return left.length ? { partHints: left } : {};
  }

  /**
   * Adds the kind one part of a compound heading names, unless a kind already chosen explains that
   * part; a part that names nothing but hints at a kind ("fix") leaves that kind in `hints`.
   */
  private addPart(part: string, kinds: string[], words: string[], hints?: string[]): void {
    const named = this.byName(part);
    if (named?.exact) {
      if (!kinds.includes(named.id)) {
        kinds.push(named.id);
        words.push(named.name);
      }
      return;
    }
    if (!this.meaning) return;
    const scored = this.score(part);
    const naming = scored.candidates.filter((c) => c.score >= NAMED && c.score > scored.other);
    if (!naming.length && hints && !scored.other) for (const c of scored.candidates) hints.push(c.kind);
    if (!naming.length || naming.some((c) => kinds.includes(c.kind))) return;
    kinds.push(naming[0].kind);
    for (const w of scored.words.get(naming[0].kind) ?? []) if (!words.includes(w)) words.push(w);
  }

  /** Scores the heading's words against every cue. */
  private score(text: string) {
    // Accents folded away: "Solução" reads as the cue "solucao", "Análisis" as "analisis".
    const all = foldAccents(normaliseHeading(expandContractions(text)))
      .split(' ')
      .filter(Boolean)
      .slice(0, MAX_WORDS);
    const words = withoutProducts(all);
    const stems = new Map<string, string>();
    for (let w = 0; w < words.length; w++) {
      const word = words[w];
      // An adjective of quality ("less impactful", "more useful", "harmful") names no section,
      // although its stem is a cue's ("impact", "harm").
      if (word.length > 5 && /ful(?:ly)?$/.test(word)) continue;
      // "… and lessen the impact", "Reducing our blast radius": the harm a plan means to make smaller
      // is that plan's aim, not the impact section.
      if (HARM_AIMED_AT.test(word) && lessened(words, w)) continue;
      if (this.cueStems.has(`=${word}`) && !stems.has(`=${word}`)) stems.set(`=${word}`, word);
      const stem = stemOf(word);
      if (this.cueStems.has(stem)) {
        if (!stems.has(stem)) stems.set(stem, word);
        continue;
      }
      if (word.length < 5) continue;
      const slip = this.slipWords.find((w) => withinOneEdit(word, w.word));
      if (slip && !stems.has(slip.stem)) stems.set(slip.stem, word);
    }
    const scores = new Map<string, number>();
    const decided = new Map<string, string[]>();
    let other = 0;
    const otherWords: string[] = [];
    if (isMeasure(words)) {
      other = 8;
      otherWords.push(...words);
    }
    for (const cue of this.cues) {
      if (!cue.stems.every((s) => stems.has(s))) continue;
      const written = cue.stems.map((s) => stems.get(s)!);
      if (cue.kind === 'other') {
        other = Math.max(other, cue.weight);
        otherWords.push(...written.filter((w) => !otherWords.includes(w)));
        continue;
      }
      scores.set(cue.kind, (scores.get(cue.kind) ?? 0) + cue.weight);
      const list = decided.get(cue.kind) ?? [];
      for (const w of written) if (!list.includes(w)) list.push(w);
      decided.set(cue.kind, list);
    }
    // "CVE-2031-0042: refresh tokens outliving a revoked membership": a vulnerability named by its id,
    // then the defect it is, is the cause ("CVE advisory", "CVE-2031-0042" alone name no defect).
    if (NAMES_CVE.test(text.slice(0, 60))) {
      scores.set('root-cause', (scores.get('root-cause') ?? 0) + NAMED);
      decided.set('root-cause', [...(decided.get('root-cause') ?? []), 'cve']);
    }
    // "Fix", "The fix", "Our fix": the fix named alone hints at the one that ended the incident rather
    // than at a plan (its content confirms it: a change told as made, no work still to do).
    if ((words.length === 1 || (words.length === 2 && ['the', 'our'].includes(words[0]))) && words[words.length - 1] === 'fix')
      scores.set('resolution', (scores.get('resolution') ?? 0) + 0.5);
    // "Improving recovery procedures", "Hardening the deploy path": a heading that opens on the
    // work of making things better is a plan.
    if (words.length > 1 && IMPROVING.has(words[0])) {
      scores.set('action-items', (scores.get('action-items') ?? 0) + INTENTION_WEIGHT + 1);
      const list = decided.get('action-items') ?? [];
      if (!list.includes(words[0])) list.unshift(words[0]);
      decided.set('action-items', list);
    }
    // "The good", "The bad", "The ugly: the migration", "Positives": a judgement alone, as a heading
    // of its own, is the look back ("The bad deploy", "Good first issues" name a thing judged).
    // "First incident", "Second outage", "Phase two", "Day 3: the restore": a stretch of the incident
    // named by its place in a sequence hints at the timeline (its content, entries that start with
    // a time, confirms it).
    if (namesStretch(text)) {
      scores.set('timeline', (scores.get('timeline') ?? 0) + SEQUENCE_WEIGHT);
      const list = decided.get('timeline') ?? [];
      if (!list.length) list.push(...words.slice(0, 2));
      decided.set('timeline', list);
    }
    const verdict = VERDICT.exec(text.length > 200 ? text.slice(0, 200) : text);
    if (verdict) {
      scores.set('lessons-learned', (scores.get('lessons-learned') ?? 0) + VERDICT_WEIGHT);
      const list = decided.get('lessons-learned') ?? [];
      if (!list.includes(verdict[1].toLowerCase())) list.push(verdict[1].toLowerCase());
      decided.set('lessons-learned', list);
    }
    // "I won't rush a database fix again", "We will never skip staging again": the authors' pledge to
    // change their own conduct is the lesson they drew, told as a promise (not the plan's intention below).
    const pledge = PLEDGE.exec(words.join(' '));
    if (pledge) {
      scores.set('lessons-learned', (scores.get('lessons-learned') ?? 0) + PLEDGE_WEIGHT);
      const list = decided.get('lessons-learned') ?? [];
      for (const w of pledge[0].split(' ').slice(0, 4)) if (!list.includes(w)) list.push(w);
      decided.set('lessons-learned', list);
    }
    // "What we are changing", "How we will prevent this", "What I'm doing about it": a first-person intention is a plan.
    const author = words.find((w) => AUTHORS.has(w));
    if (!pledge && author && words.some((w) => INTENTION.has(w))) {
      scores.set('action-items', (scores.get('action-items') ?? 0) + INTENTION_WEIGHT);
      const list = decided.get('action-items') ?? [];
      for (const w of [author, words.find((x) => INTENTION.has(x))!]) if (!list.includes(w)) list.push(w);
      decided.set('action-items', list);
    }
    // "Future mitigation", "Planned fixes", "Proposed workarounds": a way of ending an incident placed
    // ahead of the authors is the work still to do, the plan, not the recovery that was made. Only a
    // short name: a template's question that asks first how the service came back, then which future
    // mitigation would help, asks for the recovery made.
    if (scores.has('resolution') && words.length <= 4 && words.some((w) => AHEAD.has(w))) {
      scores.set('action-items', (scores.get('action-items') ?? 0) + scores.get('resolution')!);
      const list = decided.get('action-items') ?? [];
      for (const w of [words.find((x) => AHEAD.has(x))!, ...(decided.get('resolution') ?? [])]) if (!list.includes(w)) list.push(w);
      decided.set('action-items', list);
      scores.delete('resolution');
      decided.delete('resolution');
    }
    // "What you should do", "Recommendations for users": advice to readers is not the authors' plan.
    if (scores.has('action-items') && addressesReader(text)) {
      scores.delete('action-items');
      decided.delete('action-items');
    }
    const candidates = [...scores]
      .map(([kind, score]) => ({ kind, score }))
      .sort((a, b) => b.score - a.score || KNOWN_KINDS.indexOf(a.kind as never) - KNOWN_KINDS.indexOf(b.kind as never));
    return { candidates, words: decided, other, otherWords };
  }
}
