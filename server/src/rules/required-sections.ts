import { compiled } from '../analysis/model/build';
import type { Fix } from '../analysis/base/findings';
import type { Section } from '../analysis/model/model';
import type { SectionSpec } from '../analysis/base/settings';
import { docsPath, type Rule, type RuleContext } from './types';

/** The heading depth most of the document's required sections use, so an inserted one fits in. */
function sectionDepth(context: RuleContext): number {
  const counts = new Map<number, number>();
  for (const section of context.model.sections) {
    if (section.kind && section.source === 'heading') counts.set(section.heading.depth, (counts.get(section.heading.depth) ?? 0) + 1);
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
  const order = context.model.required.map((s) => s.id);
  const at = order.indexOf(missing.id);
  // New headings go beside headings: a bold label inside a paragraph or list is no place for one.
  const headed = context.model.sections.filter((s) => s.source === 'heading');
  const firstOf = (id: string): Section | undefined => headed.find((s) => s.kinds.includes(id));
  for (let i = at + 1; i < order.length; i++) {
    const next = firstOf(order[i]);
    if (next) return { offset: context.doc.lines.lineStart(next.heading.line), before: true };
  }
  for (let i = at - 1; i >= 0; i--) {
    const sections = headed.filter((s) => s.kinds.includes(order[i]));
    if (sections.length) return { offset: Math.max(...sections.map((s) => s.end)), before: false };
  }
  return { offset: context.doc.text.length, before: false };
}

/** How many line breaks (`\n`, `\r\n` or `\r`) end `text`, up to two. */
function trailingBreaks(text: string, end: number): number {
  let count = 0;
  let at = end;
  while (count < 2 && at > 0) {
    const code = text.charCodeAt(at - 1);
    if (code === 10) at -= text.charCodeAt(at - 2) === 13 ? 2 : 1;
    else if (code === 13) at -= 1;
    else break;
    count++;
  }
  return count;
}

/**
 * Where a missing section goes. At the very end of the document, a fence or HTML block left
 * open there (`model.openEnd`) would swallow a section appended after it, so new sections then
 * go before the open block (its text stays as it was). Every fix inserts at the same point, so
 * "fix all" can apply them together.
 */
function insertion(context: RuleContext, spec: SectionSpec) {
  const { text, lines } = context.doc;
  const eol = lines.eol;
  const point = insertionPoint(context, spec);
  const { before } = point;
  // A byte order mark must stay the first character of the file.
  const first = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const offset = Math.max(first, point.offset);
  const block = `${'#'.repeat(sectionDepth(context))} ${spec.title}${eol}${eol}${spec.prompt}${eol}`;
  if (before) return { start: offset, end: offset, newText: `${block}${eol}` };
  const beforeOpenBlock = offset === text.length && context.model.openEnd !== null ? lines.lineStart(lines.positionAt(context.model.openEnd).line) : null;
  if (beforeOpenBlock !== null) {
    const at = Math.max(first, beforeOpenBlock);
    return { start: at, end: at, newText: `${at > first && trailingBreaks(text, at) < 2 ? eol : ''}${block}${eol}` };
  }
  // Appending after a section: make sure a blank line separates the new heading from what precedes it.
  const breaks = trailingBreaks(text, offset);
  const lead = offset <= first ? '' : breaks >= 2 ? '' : breaks === 1 ? eol : eol + eol;
  const trail = offset < text.length ? eol : '';
  return { start: offset, end: offset, newText: `${lead}${block}${trail}` };
}

/** At most this many headings are offered as the missing section, so the light bulb stays short. */
const MAX_COUNT_AS = 3;

/**
 * Headings the checker did not recognise that could be the missing section, those whose words
 * lean to it first: each becomes a fix that teaches the checker the team's own name for it.
 */
function countAsFixes(context: RuleContext, spec: SectionSpec): Fix[] {
  const { model, settings } = context;
  const matcher = model.kind === 'premortem' ? compiled(settings).premortemSections : compiled(settings).sections;
  const depth = sectionDepth(context);
  const unread = model.sections.filter(
    (s) => s.source === 'heading' && !s.kind && s.heading.depth <= depth && s.heading.text.trim() && /[\p{L}\p{N}]/u.test(s.heading.text),
  );
  const lean = (s: Section) => matcher.read(s.heading.text).candidates.find((c) => c.kind === spec.id)?.score ?? 0;
  const ranked = unread
    .slice(0, 200)
    .map((s, order) => ({ s, order, lean: lean(s) }))
    .sort((a, b) => b.lean - a.lean || a.order - b.order)
    .slice(0, MAX_COUNT_AS);
  const key = model.kind === 'premortem' ? 'premortemSections' : 'sections';
  return ranked.map(({ s }) => ({
    title: `Count '${s.heading.text}' as the ${spec.title} section`,
    kind: 'quickfix' as const,
    edits: [],
    configEdit: { path: [key, spec.id, 'aliases'], append: s.heading.text },
  }));
}

/**
 * Where a heading over a timeline read without one would go: the start of the line that opens the
 * top-level block (paragraph, list or table) holding its first entry, when that block starts with
 * the entry or is a table. Null when a heading there would cut into text that is not the timeline.
 */
function unheadedTimelineStart(context: RuleContext): number | null {
  const timeline = context.model.timeline;
  if (!timeline || timeline.heading || timeline.entries.length < 2) return null;
  const first = timeline.entries[0];
  const block = context.doc.root.children.find((node) => {
    const at = node.position;
    return at?.start.offset !== undefined && at.end.offset !== undefined && at.start.offset <= first.start && first.start < at.end.offset;
  });
  if (!block?.position || !['paragraph', 'list', 'table'].includes(block.type)) return null;
  const line = block.position.start.line - 1;
  if (block.type !== 'table' && line !== first.line) return null;
  return context.doc.lines.lineStart(line);
}

/** The fix that puts a heading over a timeline the document tells without one, its text unmoved. */
function timelineHeadingFix(context: RuleContext, spec: SectionSpec, at: number): Fix {
  const eol = context.doc.lines.eol;
  return {
    title: `Add a "${spec.title}" heading over the timeline`,
    edits: [{ start: at, end: at, newText: `${'#'.repeat(sectionDepth(context))} ${spec.title}${eol}${eol}` }],
    isPreferred: true,
  };
}

const rule: Rule = {
  meta: {
    id: 'required-sections',
    description:
      'Reports each required section (Summary, Timeline, Root Cause, Impact, Lessons Learned, Action Items by default) that the post-mortem does not have.',
    defaultSeverity: 'warning',
    fixable: true,
    docs: docsPath('required-sections'),
    templates: 'check',
  },
  check(context) {
    const present = new Set(context.model.sections.flatMap((s) => s.kinds));
    const anchor = context.model.title ?? context.model.headings[0];
    const start = anchor ? anchor.start : 0;
    const end = anchor ? anchor.end : context.doc.lines.lineEnd(0);
    for (const spec of context.model.required) {
      if (present.has(spec.id)) continue;
      const others = spec.aliases.slice(0, 2).map((a) => `"${a}"`);
      const unheaded = spec.id === 'timeline' ? unheadedTimelineStart(context) : null;
      const addSection: Fix = { title: `Add the "${spec.title}" section`, edits: [insertion(context, spec)], isPreferred: unheaded === null };
      context.report({
        message:
          unheaded === null
            ? `No "${spec.title}" section${others.length ? ` (${others.join(', ')} also count)` : ''}.`
            : `No "${spec.title}" section: the timeline that starts at line ${context.doc.lines.positionAt(unheaded).line + 1} has no heading of its own.`,
        start,
        end,
        fixes: [...(unheaded === null ? [] : [timelineHeadingFix(context, spec, unheaded)]), addSection, ...countAsFixes(context, spec)],
      });
    }
  },
};

export default rule;
