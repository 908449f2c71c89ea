import { blamelessAnalysis, isAllowed, type BlameHit, type DocumentHit } from '../analysis/blameless/index';
import type { Fix } from '../analysis/findings';
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

/** The question that turns an act into a look at the system, by the kind of fault verb. */
function systemQuestion(trigger: string): string {
  const t = trigger.toLowerCase();
  if (/ignor/.test(t)) return 'Ask why the signal did not stand out, and what made setting it aside reasonable at the time.';
  if (/fail/.test(t)) return 'Ask what made success depend on one person, and what would make the safe path the easy one.';
  if (/broke|break|caus|mess|screw|botch|bungl|blunder|goof|fumbl|flub|fat|mistyp|mistake|error|typo|wrong|bad|poor|introduc/.test(t)) {
    return 'Ask what let one action do this much harm, and why no check stopped it.';
  }
  return 'Ask what allowed the step to be missed: why did it depend on someone remembering, and why did nothing catch it? For example, "What allowed the migration to be skipped?"';
}

function message(h: DocumentHit<BlameHit>): string {
  const { hit, phrase } = h;
  switch (hit.form) {
    case 'fault-verb':
    case 'passive':
      return `"${phrase}" puts the failure on ${whom(hit)}. Blame teaches people to hide the next slip, and the gap that allowed this one stays open. ${systemQuestion(hit.trigger)}`;
    case 'judgment-verb':
    case 'character':
      return `"${phrase}" judges ${hit.category === 'self-fault' ? 'your own' : hit.category === 'group-fault' ? "a group's" : "a person's"} care or character instead of describing what happened. It puts people on the defensive and hides what made the slip likely. Describe what was done, what was known at the time, and what made it easy to get wrong.`;
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

/** The fixes of one hit: name → role, "human error" → a prompt, and the allow-list entry. */
function fixes(h: DocumentHit<BlameHit>, role: string, docText: string): Fix[] {
  const out: Fix[] = [];
  if (h.name && role.trim()) {
    const replacement = h.name.sentenceInitial ? capitalise(role.trim()) : role.trim();
    out.push({ title: `Replace "${h.name.text}" with "${replacement}"`, edits: [{ start: h.name.start, end: h.name.end, newText: replacement }] });
  }
  if (h.hit.form === 'human-error') {
    const written = docText.slice(h.start, h.end);
    // Only plain text is rewritten, so no markup inside the phrase is lost.
    if (written.replace(/\s+/g, ' ') === h.phrase) {
      const prompt = 'a missing safeguard (TODO: name the check, default or signal that let one slip cause this)';
      const initial = /^[A-Z]/.test(written) && (h.start === 0 || /(?:^|[.!?:]\s+|\n\s*(?:[-*+]\s+|\d+[.)]\s+|#+\s+)?)$/.test(docText.slice(Math.max(0, h.start - 12), h.start)));
      out.push({ title: `Replace "${h.phrase}" with a prompt to name the missing safeguard`, edits: [{ start: h.start, end: h.end, newText: initial ? capitalise(prompt) : prompt }] });
    }
  }
  out.push({ title: `Allow "${h.phrase}" in this workspace`, kind: 'suppress', edits: [], configEdit: { path: ['rules', ID, 'allow'], append: h.phrase } });
  return out;
}

const rule: Rule = {
  meta: {
    id: ID,
    description: 'Reports words that pin a failure on a person or a group ("Bob forgot to …", "human error", "careless", "whose fault") instead of on the system that allowed it.',
    defaultSeverity: 'warning',
    fixable: true,
    docs: docsPath(ID),
    templates: 'check',
    options: {
      allow: { type: 'string[]', default: [], maxItems: 500, maxLength: 200, description: 'Phrases this rule never reports, matched as whole words, ignoring case.' },
      role: { type: 'string', default: 'an engineer', maxLength: 60, description: 'What the quick fix puts in place of a person\'s name.' },
      checkQuotes: { type: 'boolean', default: false, description: 'Also check block quotes, where chat logs and e-mails are usually pasted.' },
    },
  },
  check(context) {
    const allow = context.options.allow as string[];
    const role = context.options.role as string;
    const checkQuotes = context.options.checkQuotes as boolean;
    for (const h of blamelessAnalysis(context.doc, context.settings).blame) {
      if (h.inQuote && !checkQuotes) continue;
      if (isAllowed(h.phrase, allow)) continue;
      context.report({ message: message(h), start: h.start, end: h.end, fixes: fixes(h, role, context.doc.text) });
    }
  },
};

export default rule;
