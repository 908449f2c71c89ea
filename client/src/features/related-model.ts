/**
 * What the Related Post-Mortems view shows for each post-mortem, as plain strings: kept apart
 * from `vscode` so it is unit-tested. The server's answer (`postmortem/related`) says why; this
 * only words it for a row and its tooltip.
 */
import type { RelatedInfo } from '../../../server/src/protocol';

const FIELD_NAMES: Record<string, string> = { title: 'title', summary: 'summary', rootCause: 'root cause', impact: 'impact' };

/** The row's label: the title, or the file name when there is none. */
export function relatedLabel(item: RelatedInfo): string {
  return item.title ?? decodeURIComponent(item.uri.slice(item.uri.lastIndexOf('/') + 1));
}

/** The row's description: the date, then why in a few words. */
export function relatedDescription(item: RelatedInfo): string {
  return `${item.date ?? 'no date'} · ${item.why}`;
}

/** The tooltip, in Markdown: how similar, why (facts and shared words with their fields), and its open items. */
export function relatedTooltip(item: RelatedInfo): string {
  const lines = [
    `**${relatedLabel(item).replace(/[*_`[\]\\]/g, '\\$&')}** (${item.date ?? 'no date'}${item.earlier ? ', earlier' : ''})`,
    '',
    `Similarity ${Math.round(item.score * 100)}%`,
  ];
  const facts: string[] = [];
  if (item.services.length) facts.push(`services ${item.services.join(', ')}`);
  if (item.categories.length) facts.push(`contributing factors ${item.categories.map((c) => c.replace(/_/g, ' ')).join(', ')}`);
  if (item.trigger) facts.push(`trigger ${item.trigger}`);
  if (facts.length) lines.push('', `Both: ${facts.join('; ')}`);
  if (item.terms.length)
    lines.push('', `Shared words: ${item.terms.map((t) => `"${t.text}" (${t.fields.map((f) => FIELD_NAMES[f] ?? f).join(', ')})`).join(', ')}`);
  if (item.totalItems) lines.push('', `Action items: ${item.openItems} of ${item.totalItems} still open`);
  return lines.join('\n');
}

/** What the view says when it lists nothing. */
export function relatedMessage(state: { isPostmortem: boolean; items: number; archiveSize: number } | null): string | undefined {
  if (!state) return 'Open a post-mortem to see the incidents most like it.';
  if (!state.isPostmortem) return 'The active document is not a post-mortem.';
  if (!state.items)
    return state.archiveSize < 2 ? 'No other post-mortems in this workspace yet.' : 'No post-mortem in this workspace shares its words or facts.';
  return undefined;
}
