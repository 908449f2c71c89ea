import { requiredSections } from '../analysis/build';
import type { Section } from '../analysis/model';
import type { SectionSpec } from '../analysis/settings';
import { docsPath, type Rule, type RuleContext } from './types';

/** The heading depth most of the document's required sections use, so an inserted one fits in. */
function sectionDepth(context: RuleContext): number {
  const counts = new Map<number, number>();
  for (const section of context.model.sections) {
    if (section.kind) counts.set(section.heading.depth, (counts.get(section.heading.depth) ?? 0) + 1);
  }
  let best = 0;
  let depth = context.model.title ? Math.min(context.model.title.depth + 1, 6) : 2;
  for (const [d, count] of counts) {
    if (count > best || (count === best && d < depth)) {
      best = count;
      depth = d;
    }
  }
  return depth;
}

/** Where a missing section goes: before the next present section of the canonical order, else after the previous one. */
function insertionPoint(context: RuleContext, missing: SectionSpec): { offset: number; before: boolean } {
  const order = requiredSections(context.model, context.settings).map((s) => s.id);
  const at = order.indexOf(missing.id);
  const firstOf = (id: string): Section | undefined => context.model.sections.find((s) => s.kind === id);
  for (let i = at + 1; i < order.length; i++) {
    const next = firstOf(order[i]);
    if (next) return { offset: context.doc.lines.lineStart(next.heading.line), before: true };
  }
  for (let i = at - 1; i >= 0; i--) {
    const sections = context.model.sections.filter((s) => s.kind === order[i]);
    if (sections.length) return { offset: Math.max(...sections.map((s) => s.end)), before: false };
  }
  return { offset: context.doc.text.length, before: false };
}

function insertion(context: RuleContext, spec: SectionSpec) {
  const { text, lines } = context.doc;
  const eol = lines.eol;
  const { offset, before } = insertionPoint(context, spec);
  const block = `${'#'.repeat(sectionDepth(context))} ${spec.title}${eol}${eol}${spec.prompt}${eol}`;
  if (before) return { start: offset, end: offset, newText: `${block}${eol}` };
  // Appending after a section: make sure a blank line separates the new heading from what precedes it.
  const preceding = text.slice(Math.max(0, offset - 2), offset).replace(/\r/g, '');
  const lead = offset === 0 ? '' : preceding.endsWith('\n\n') ? '' : preceding.endsWith('\n') ? eol : eol + eol;
  const trail = offset < text.length ? eol : '';
  return { start: offset, end: offset, newText: `${lead}${block}${trail}` };
}

const rule: Rule = {
  meta: {
    id: 'required-sections',
    description: 'Reports each required section (Summary, Timeline, Root Cause, Impact, Lessons Learned, Action Items by default) that the post-mortem does not have.',
    defaultSeverity: 'warning',
    fixable: true,
    docs: docsPath('required-sections'),
    templates: 'check',
  },
  check(context) {
    const present = new Set(context.model.sections.map((s) => s.kind));
    const anchor = context.model.title ?? context.model.headings[0];
    const start = anchor ? anchor.start : 0;
    const end = anchor ? anchor.end : context.doc.lines.lineEnd(0);
    const noun = context.model.kind === 'premortem' ? 'pre-mortem' : 'post-mortem';
    for (const spec of requiredSections(context.model, context.settings)) {
      if (present.has(spec.id)) continue;
      const others = spec.aliases.slice(0, 3).map((a) => `"${a}"`);
      context.report({
        message: `The ${noun} has no "${spec.title}" section.${others.length ? ` Headings such as ${others.join(', ')} count too.` : ''}`,
        start,
        end,
        fixes: [{ title: `Add the "${spec.title}" section`, edits: [insertion(context, spec)], isPreferred: true }],
      });
    }
  },
};

export default rule;
