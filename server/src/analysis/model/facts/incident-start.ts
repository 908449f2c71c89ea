import { isoDateTime, weekdayName, zonedAt } from '../../base/dates';
import type { Timeline } from '../model';
import { milestoneEntries } from '../timeline/extract';

/** When the incident started, as an instant, and its weekday and hour in the configured zone. */
export interface IncidentStart {
  /** ISO date-time in UTC when the timeline's zone is known, else the local date-time as written (no offset). */
  instant: string;
  /** True when the zone of the entry is known, so `instant` is a real UTC instant. */
  zoneKnown: boolean;
  /** The zone the weekday and hour are given in (`postmortem.insights.timeZone`). */
  timeZone: string;
  /** 1 is Monday, 7 is Sunday. */
  weekday: number;
  weekdayName: string;
  /** 0–23. */
  hour: number;
  /** Zero-based line of the timeline entry. */
  line: number;
  /** Whether the entry is marked as the start, or is only the first timed entry. */
  source: 'start-milestone' | 'first-entry';
}

/**
 * The start of the incident: the entry the timeline metrics count from (the start milestone, or
 * the earliest timed entry), when it has a calendar day. A time with no day has no weekday.
 */
export function readIncidentStart(timeline: Timeline | null, timeZone: string): IncidentStart | null {
  if (!timeline) return null;
  const start = milestoneEntries(timeline.entries).start;
  if (!start || start.instant === null || start.date === null) return null;
  const zoneKnown = start.zone !== null;
  // Without a known zone the entry was read as UTC wall time: keep the wall time, in no zone.
  const utc = zonedAt(start.instant, 'UTC');
  const local = zoneKnown ? zonedAt(start.instant, timeZone) : utc;
  if (!utc || !local) return null;
  return {
    instant: isoDateTime(utc, zoneKnown),
    zoneKnown,
    timeZone: zoneKnown ? timeZone : 'as written',
    weekday: local.weekday,
    weekdayName: weekdayName(local, true),
    hour: local.hour,
    line: start.line,
    source: start.milestone === 'start' ? 'start-milestone' : 'first-entry',
  };
}
