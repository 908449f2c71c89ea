/**
 * Reads what a table's header and cells say, for the action-item tables (Markdown and raw HTML
 * alike): the role of each column by its header words ("Owner", "Due date", "Ticket"), a first
 * column of clock times that makes the table a log of the incident rather than a plan, a done mark
 * in a cell, and the link a ticket cell holds.
 */
import type { Nodes } from 'mdast';
import { normaliseHeading } from '../../base/normalise';
import type { ActionColumn } from '../model';
import { DONE_WORDS } from './tokens';

/** Header words of each column role, folded as `normaliseHeading` folds them. */
const HEADERS: Record<string, ActionColumn> = {};

const HEADER_WORDS: Record<ActionColumn, string[]> = {
  item: [
    'action',
    'action item',
    'action items',
    'actions',
    'item',
    'items',
    'task',
    'tasks',
    'description',
    'what',
    'remediation',
    'follow up',
    'follow ups',
    'followup',
    'todo',
    'to do',
    'corrective action',
    'repair item',
    'title',
    'summary',
    'next step',
    'next steps',
    'activity',
    'step',
    'change',
    'changes',
    'fix',
    'fixes',
    'work',
    'work item',
    'mitigation',
    'mitigations',
    'measure',
    'measures',
    'improvement',
    'improvements',
    'recommendation',
    'recommendations',
    'proposal',
    'deliverable',
    'countermeasure',
    'what to do',
  ],
  owner: [
    'owner',
    'owners',
    'who',
    'assignee',
    'assignees',
    'assigned to',
    'dri',
    'responsible',
    'owner team',
    'lead',
    'poc',
    'point of contact',
    'accountable',
    'owned by',
    'assigned',
    'team',
    'owning team',
  ],
  due: [
    'due',
    'due date',
    'deadline',
    'target date',
    'target',
    'by',
    'eta',
    'by when',
    'when',
    'date due',
    'due by',
    'target completion',
    'completion date',
    'expected date',
    'target quarter',
    'quarter',
    'timeframe',
    'time frame',
    'planned for',
    'expected',
    'milestone',
  ],
  status: ['status', 'state', 'done', 'complete', 'completed', 'resolved', 'progress'],
  ticket: [
    'ticket',
    'tickets',
    'issue',
    'issues',
    'bug',
    'bug #',
    'bugs',
    'link',
    'links',
    'jira',
    'tracking',
    'tracker',
    'pr',
    'reference',
    'ref',
    'url',
    'github issue',
    'ticket id',
    'tracking ticket',
  ],
  priority: ['priority', 'prio', 'severity', 'p', 'importance'],
  category: ['type', 'category', 'kind', 'class', 'area', 'theme'],
};
for (const [role, words] of Object.entries(HEADER_WORDS) as [ActionColumn, string[]][]) {
  for (const word of words) HEADERS[normaliseHeading(word) || word] = role;
}

/** The role of a column from its header, trying the whole header, then its first two words, then its first. */
export function columnRole(header: string): ActionColumn | null {
  const key = normaliseHeading(header);
  if (!key) return null;
  if (HEADERS[key]) return HEADERS[key];
  const words = key.split(' ');
  if (words.length > 2 && HEADERS[words.slice(0, 2).join(' ')]) return HEADERS[words.slice(0, 2).join(' ')];
  if (words.length > 1 && HEADERS[words[0]]) return HEADERS[words[0]];
  return null;
}

export function findLink(node: Nodes): string | null {
  if (node.type === 'link') return node.url;
  if ('children' in node) {
    for (const child of node.children) {
      const found = findLink(child);
      if (found) return found;
    }
  }
  return null;
}

/** A cell that holds a place and no value: a lone dash ("-", "–", "—") or question marks ("???"). */
export const EMPTY_CELL = /^(?:[-–—]{1,3}|\?{1,5})$/;

/** A clock time near the start of a cell: "10:02", "2026-03-04 10:02", "Mar 3, 9:40 PM". */
export const CLOCK = /^[^|]{0,20}?\b\d{1,2}:\d{2}\b/;

/** Done words that say so only in a status column: elsewhere "yes", "x" or "deployed" mean other things. */
const STATUS_ONLY_DONE = /^(?:yes|y|x|implemented|deployed)$/i;

/** True for a table cell that marks its row done: a done word as the whole cell, one in capitals, or a check mark. */
export function doneMark(cell: string): boolean {
  const text = cell.trim();
  if (DONE_WORDS.test(text) && !STATUS_ONLY_DONE.test(text)) return true;
  return /(?:^|[\s(])(?:DONE|FIXED|CLOSED|COMPLETED?|RESOLVED)(?=$|[\s).,;])/.test(text) || /[✅✔☑]/u.test(text);
}
