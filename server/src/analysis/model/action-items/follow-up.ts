/**
 * Whether a post-mortem's open action items are still followed up. An archive of old
 * post-mortems would otherwise fill the status bar with items that were overdue for years: a
 * post-mortem is archived when its front matter says so (`status: closed`, `status: archived`,
 * `archived: true`), or once `followUpWindowDays` have passed since its date. The items of an
 * archived post-mortem are still listed, but no longer count as overdue.
 */
import { addDays, readDate } from '../../base/dates';
import type { PostmortemModel } from '../model';
import type { Settings } from '../../base/settings';

/** How long a post-mortem's items are followed up: never again once `closed`, else until the day `until` (inclusive), or always when null. */
export interface FollowUp {
  closed: boolean;
  until: string | null;
}

const CLOSED_STATUS = /^(?:closed|archived)$/i;
const YES = /^(?:true|yes)$/i;

/** True when the front matter marks the post-mortem closed or archived. */
function saysClosed(data: Record<string, unknown>): boolean {
  const status = data.status;
  if (typeof status === 'string' && CLOSED_STATUS.test(status.trim())) return true;
  const archived = data.archived;
  return archived === true || (typeof archived === 'string' && YES.test(archived.trim()));
}

/** The follow-up of a post-mortem under the settings. The window counts from the document's date; without a readable date there is none. */
export function followUpOf(model: Pick<PostmortemModel, 'frontMatter' | 'metadata'>, settings: Pick<Settings, 'followUpWindowDays'>): FollowUp {
  const closed = saysClosed(model.frontMatter?.data ?? {});
  let until: string | null = null;
  if (!closed && settings.followUpWindowDays > 0) {
    const date = model.metadata.find((f) => f.canonical === 'date');
    const reading = date ? readDate(date.value) : null;
    if (reading?.kind === 'date') until = addDays(reading.iso, settings.followUpWindowDays);
  }
  return { closed, until };
}

/** Why the post-mortem's items no longer count as overdue on `today` (yyyy-mm-dd), in a few words, or null while they do. */
export function archivedReason(followUp: FollowUp, today: string): string | null {
  if (followUp.closed) return 'the post-mortem is closed';
  if (followUp.until !== null && today > followUp.until) return `follow-up ended ${followUp.until}`;
  return null;
}
