/**
 * Recognition through the engine, as a workspace file outside any post-mortem folder is met: what
 * decided that a text is a post-mortem (`title`, `content`, `front-matter`, `path`) or `skipped`.
 */
import { check } from '../../server/src/analysis/engine/engine';
import { defaultSettings } from '../../server/src/analysis/base/settings';

const settings = defaultSettings();

/** How the engine decided `text` is a post-mortem, read under `notes/a.md`; `skipped` when it is not one. */
export const detection = (text: string): string => check(text, { path: 'notes/a.md', settings }).doc?.model.detection ?? 'skipped';

/** True when the engine takes `text`, read under `notes/a.md`, for a post-mortem. */
export const isTaken = (text: string): boolean => ['title', 'content', 'front-matter', 'path'].includes(detection(text));

/**
 * A runbook with a report's outline (summary, cause, recovery, follow-up), written in list items:
 * it puts the case it is for and gives orders, and tells nothing in the past.
 */
export const LIST_RUNBOOK: readonly string[] = [
  '# Queue backlog',
  '',
  '## Summary',
  '',
  '- Use this page when the order queue has stopped draining and the backlog alert fires.',
  '- The engineer on call owns the steps below.',
  '',
  '## Cause',
  '',
  '- Most often a worker lost its database connection and did not reconnect.',
  '',
  '## Recovery',
  '',
  '- Restart the workers one at a time and watch the backlog fall.',
  '',
  '## Follow-up',
  '',
  '- Open a ticket with the backlog graph attached.',
  '',
];
