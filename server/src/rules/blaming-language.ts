import { blamelessAnalysis, type BlameHit, type DocumentHit } from '../analysis/model/blameless/index';
import type { Fix } from '../analysis/base/findings';
import { PHRASE_RULE_OPTIONS, quotedPhrase, reportedPhrases } from './phrase-options';
import { docsPath, type Rule } from './types';

const ID = 'blaming-language';

/** Who the words blame, for the message. */
function whom(hit: BlameHit): string {
  switch (hit.category) {
    case 'self-fault':
      return 'yourself';
    case 'group-fault':
      return 'a group of people';
    default:
      return 'a person';
  }
}

/** What to write instead of a fault verb, by the kind of verb: a question about the system and an example. */
function systemQuestion(trigger: string): string {
  const t = trigger.toLowerCase();
  if (/^(?:decided|chose|opted|elected) to/.test(t))
    return 'Write what made skipping the safeguard look reasonable then, and what would have kept it in place, instead, e.g. "The canary stage took an hour and nothing marked the change as risky."';
  if (/ignor|disregard|bypass|circumvent|violat/.test(t))
    return 'Write why the signal or rule was easy to set aside instead, e.g. "The alert looked like the usual noise and nothing marked it as urgent."';
  if (/deem|judg|consider|thought|dismiss/.test(t))
    return 'Write what was known when the call was made and what would have shown the risk instead, e.g. "Nothing in the change showed that the endpoint carried most of the traffic."';
  if (/accident|unintention|inadvertent|mistaken|by mistake/.test(t))
    return 'Write what the action did and what made the slip easy and costly instead, e.g. "The delete ran against production because both clusters shared one login context."';
  if (/^(?:unfortunately|sadly|regrettably)/.test(t))
    return 'Name the step and what it did rather than who took it, e.g. "The cleanup script ran against the primary." Ask what let the step do harm: why did nothing check it first?';
  if (/fail|n't|not|never/.test(t))
    return 'Write which step did not happen and why nothing caught it instead, e.g. "The template was not updated; no check compares it with the live setting." Ask what made success depend on one person.';
  if (
    /broke|break|caus|mess|screw|botch|bungl|blunder|goof|fumbl|flub|fat|mistyp|mistake|error|typo|wrong|bad|poor|introduc|broken|faulty|buggy|incorrect|invalid|untested|misconfigur|mishandl/.test(
      t,
    )
  ) {
    return 'Write what the change did and why no check stopped it instead, e.g. "The edit reached production unvalidated." Ask what let one action do this much harm.';
  }
  if (/^(?:deploy|push|merg|appli|ship|releas|upgrad|submit)/.test(t))
    return 'Name the change and what it did rather than the person who made it, e.g. "Version 2.4 of the parser reached production at 10:02." Ask what let the change go out with the fault in it.';
  return 'Ask what allowed the step to be missed: why did it depend on someone remembering, and why did nothing catch it? For example, "What allowed the migration to be skipped?"';
}

function message(h: DocumentHit<BlameHit>, docText: string, inHeading: boolean): string {
  const { hit } = h;
  const phrase = quotedPhrase(h, docText);
  const whose = hit.category === 'self-fault' ? 'your own' : hit.category === 'group-fault' ? "a group's" : "a person's";
  // A heading titles its whole section by the failing ("What We Did Wrong"): the title is what to change.
  if (inHeading && (hit.form === 'fault-verb' || hit.form === 'passive'))
    return `"${phrase}" titles the section by ${whose} failing. Title it by what happened instead, e.g. "What went wrong", and let the section say what allowed it.`;
  switch (hit.form) {
    case 'fault-verb':
    case 'passive':
      return `"${phrase}" puts the failure on ${whom(hit)}. ${systemQuestion(hit.trigger)}`;
    case 'judgment-verb':
      if (/^(?:should|could|might)|should've|could've|might've/i.test(hit.trigger)) {
        return `"${phrase}" judges ${whose} past choice with hindsight. Instead, write what was known then and why the choice made sense, and turn the lesson into an action item, e.g. "Stage storage changes on one host first (owner, due date)."`;
      }
      return `"${phrase}" judges ${whose} care or judgement. Write what was done, what was known at the time and what made it easy to get wrong instead, e.g. "The impact was not visible from the change alone."`;
    case 'character':
    case 'manner':
      return `"${phrase}" judges ${whose} care or character instead of describing what happened. Describe the act and what made it easy to get wrong, e.g. "The exception was added in the browser, where nothing records or expires it."`;
    case 'exhortation':
      return `"${phrase}" asks people to try harder or to remember, which leaves the failure on their care. Name the safeguard that makes the careful path the default instead, e.g. "Block merges to the billing code until the smoke tests pass (owner, due date)."`;
    case 'verdict':
      return `"${phrase}" passes a verdict where the reader needs an explanation. Ask what allowed the failure instead: what made it possible, and which safeguard would have stopped it? For example, "What let a routine maintenance step take the database offline?"`;
    case 'reproach':
      return `"${phrase}" points at whoever went against a warning or an agreement. Ask what allowed the failure instead: what made the risky path the easy one, and what would have made the warning hold? For example, "What let the sample code run in production with nothing to stop it?"`;
    case 'fault-noun':
      return `"${phrase}" names someone's fault. Name the gap instead, e.g. "Nothing checked the value before it shipped."`;
    case 'human-error':
      return `"${phrase}" ends the investigation where it should start: people slip every day. Name the missing safeguard instead: which check, default or signal let one slip cause this?`;
    case 'who-question':
      return `"${phrase} …?" hunts for a culprit. Ask what and how instead: what allowed it, and how did it get past our checks?`;
    default:
      return `"${phrase}" looks for someone to blame instead of for what failed. Ask what allowed it, for example "What let this change reach production unchecked?"`;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The fixes of one hit: "human error" → a prompt, and the allow-list entry. There is no
 * "replace the name with a role" fix: blame on a role ("an engineer forgot …") is still blame,
 * so that edit would not remove the finding, and a fix must.
 */
function fixes(h: DocumentHit<BlameHit>, docText: string): Fix[] {
  const out: Fix[] = [];
  if (h.hit.form === 'human-error') {
    const written = docText.slice(h.start, h.end);
    // Only plain text is rewritten, so no markup inside the phrase is lost.
    if (written.replace(/\s+/g, ' ') === h.phrase) {
      const prompt = 'a missing safeguard (TODO: name the check, default or signal that let one slip cause this)';
      const initial =
        /^[A-Z]/.test(written) &&
        (h.start === 0 || /(?:^|[.!?:]\s+|\n\s*(?:[-*+]\s+|\d+[.)]\s+|#+\s+)?)$/.test(docText.slice(Math.max(0, h.start - 12), h.start)));
      out.push({
        title: `Replace "${h.phrase}" with a prompt to name the missing safeguard`,
        edits: [{ start: h.start, end: h.end, newText: initial ? capitalise(prompt) : prompt }],
      });
    }
  }
  out.push({ title: `Allow "${h.phrase}" in this workspace`, kind: 'suppress', edits: [], configEdit: { path: ['rules', ID, 'allow'], append: h.phrase } });
  return out;
}

const rule: Rule = {
  meta: {
    id: ID,
    description:
      'Reports words that pin a failure on a person, a role, a team or an organisation ("Bob forgot to …", "the engineer carelessly …", "human error", "whose fault") instead of on the system that allowed it.',
    defaultSeverity: 'warning',
    fixable: true,
    docs: docsPath(ID),
    templates: 'check',
    options: PHRASE_RULE_OPTIONS,
  },
  check(context) {
    const headings = context.model.sections.filter((s) => s.source !== 'label').map((s) => s.heading);
    for (const h of reportedPhrases(blamelessAnalysis(context.doc, context.settings).blame, context.options)) {
      const inHeading = headings.some((heading) => h.start >= heading.start && h.start < heading.end);
      context.report({ message: message(h, context.doc.text, inHeading), start: h.start, end: h.end, fixes: fixes(h, context.doc.text) });
    }
  },
};

export default rule;
