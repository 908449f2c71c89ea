/**
 * Which due dates to offer for an action item, from the due policy in the settings: days after
 * today, and per incident severity days after the incident date.
 */
import { addDays, isoDay } from '../../base/dates';
import { documentDay, type DatedDocument } from './windows';
import type { DuePolicy } from '../../base/settings';

/** One due date to offer, with words saying where it comes from. */
export interface DueChoice {
  iso: string;
  label: string;
}

function severityKey(value: string): string {
  return value
    .toLowerCase()
    .replace(/[\s_-]+/g, '')
    .replace(/^severity/, 'sev');
}

/** The incident's severity as the metadata gives it, and the document's date, if they are written. */
function incident(doc: DatedDocument): { severity: string | null; date: string | null } {
  const severity = doc.model.metadata.find((field) => field.canonical === 'severity')?.value.trim() ?? null;
  return { severity, date: documentDay(doc) };
}

/**
 * The due dates to offer, soonest policy first. A severity rule counts from the incident date
 * (or from today when the document has none) and is left out when that day has already passed.
 */
export function dueChoices(doc: DatedDocument, policy: DuePolicy, now: Date): DueChoice[] {
  const today = isoDay(now);
  const out: DueChoice[] = [];
  const seen = new Set<string>();
  const add = (iso: string, label: string) => {
    if (seen.has(iso)) return;
    seen.add(iso);
    out.push({ iso, label });
  };
  const { severity, date } = incident(doc);
  if (severity) {
    const wanted = severityKey(severity);
    for (const [key, days] of Object.entries(policy.bySeverity)) {
      if (severityKey(key) !== wanted) continue;
      const iso = addDays(date ?? today, days);
      if (iso >= today) add(iso, `${days} days after the ${date ? 'incident' : 'day'} (${severity} policy)`);
    }
  }
  for (const days of policy.days) add(addDays(today, days), `in ${days} day${days === 1 ? '' : 's'}`);
  return out;
}
