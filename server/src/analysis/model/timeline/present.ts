/**
 * The words the editor shows about a timeline: the code lens over it with the durations, and the
 * hover on an entry with its offset from the start of the incident.
 */
import type { AnalysedDocument, Milestone, Timeline, TimelineEntry } from '../model';
import { formatMinutes } from './durations';
import { chooseStart, milestoneEntries, minutesBetween } from './extract';

/** "Detected after 3 min · mitigated after 38 min · resolved after 45 min", saying what is missing. */
export function metricsSummary(timeline: Timeline): string {
  const timed = timeline.entries.filter((e) => e.instant !== null);
  if (!timed.length) return timeline.entries.length ? 'No time in this timeline can be read, so no durations can be given' : 'The timeline has no entries yet';
  const anchors = milestoneEntries(timeline.entries);
  const { timeToDetect, timeToMitigate, timeToResolve } = timeline.metrics;
  const part = (milestone: Milestone, verb: string, minutes: number | null): string => {
    if (minutes !== null) return `${verb} after ${formatMinutes(minutes)}`;
    const entry = anchors[milestone];
    if (!entry) return `no ${milestone} marked`;
    return `${milestone} at line ${entry.line + 1} cannot be measured from the start`;
  };
  const parts = [part('detection', 'detected', timeToDetect), part('mitigation', 'mitigated', timeToMitigate)];
  // Resolution is optional in many timelines: mention it only when it is marked.
  if (anchors.resolution || timeToResolve !== null) parts.push(part('resolution', 'resolved', timeToResolve));
  // Say where the durations are measured from when it is not simply the first entry written.
  const choice = chooseStart(timeline.entries);
  const firstTimed = timed[0];
  if (choice.entry && choice.entry !== firstTimed && (timeToDetect !== null || timeToMitigate !== null || timeToResolve !== null)) {
    parts.push(
      `measured from line ${choice.entry.line + 1} (${choice.entry.stamp?.text ?? choice.entry.time})${choice.context.length ? `, ${choice.context.length === 1 ? 'one earlier entry' : `${choice.context.length} earlier entries`} taken as context` : ''}`,
    );
  }
  const text = parts.join(' · ');
  return text[0].toUpperCase() + text.slice(1);
}

/** Why the start entry was taken as the start, in a few words. */
function startReason(how: ReturnType<typeof chooseStart>['how'], context: number): string {
  if (how === 'tagged') return 'tagged as the start';
  if (how === 'keyword') return 'it says the incident started';
  const skipped = context ? `; ${context === 1 ? 'the entry' : `the ${context} entries`} long before it ${context === 1 ? 'is' : 'are'} context` : '';
  return `the earliest entry; no start is marked${skipped}`;
}

/** A tooltip for the code lens: where the start and each milestone are. */
export function metricsTooltip(timeline: Timeline): string {
  const anchors = milestoneEntries(timeline.entries);
  const choice = chooseStart(timeline.entries);
  const lines: string[] = [];
  for (const milestone of ['start', 'detection', 'mitigation', 'resolution'] as const) {
    const entry = anchors[milestone];
    if (entry)
      lines.push(
        `${milestone[0].toUpperCase()}${milestone.slice(1)}: line ${entry.line + 1}, ${entry.stamp?.text ?? entry.time}${milestone === 'start' ? ` (${startReason(choice.how, choice.context.length)})` : ''}`,
      );
  }
  lines.push('Mark milestones with words such as "alert fired" or "rolled back", or with tags such as [detected].');
  return lines.join('\n');
}

/** Signed minutes from one entry to another on the same scale, or null. */
function signedMinutes(from: TimelineEntry, to: TimelineEntry): number | null {
  if (from.instant === null || to.instant === null) return null;
  if ((from.date === null) !== (to.date === null)) return null;
  return Math.round((to.instant - from.instant) / 60_000);
}

/** `T+12 min`, `T+0`, `T−5 min`. */
export function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'T+0';
  return minutes > 0 ? `T+${formatMinutes(minutes)}` : `T−${formatMinutes(-minutes)}`;
}

/** The entry whose lines hold the offset, or null. */
export function entryAtOffset(doc: AnalysedDocument, timeline: Timeline, offset: number): TimelineEntry | null {
  for (const entry of timeline.entries) {
    const from = doc.lines.lineStart(doc.lines.positionAt(entry.start).line);
    const to = doc.lines.lineEnd(doc.lines.positionAt(entry.end).line);
    if (offset >= from && offset <= to) return entry;
  }
  return null;
}

const MILESTONE_WORDS: Record<Milestone, string> = {
  start: 'the start of the incident',
  detection: 'detection',
  mitigation: 'mitigation',
  resolution: 'resolution',
};

/** Markdown for the hover on an entry: its offset from the start, its milestone and its time. */
export function entryHoverMarkdown(timeline: Timeline, entry: TimelineEntry): string {
  const anchors = milestoneEntries(timeline.entries);
  const choice = chooseStart(timeline.entries);
  const start = anchors.start;
  const lines: string[] = [];
  if (entry.instant === null) {
    lines.push(entry.problem ? `**Time not readable:** ${entry.problem}.` : '**No readable time** in this entry, so it has no place on the clock.');
  } else if (start) {
    const minutes = signedMinutes(start, entry);
    if (minutes === null) lines.push(`**No offset:** the start (line ${start.line + 1}) and this entry are not on the same day scale.`);
    else lines.push(`**${offsetLabel(minutes)}** from the start${start === entry ? '' : ` (line ${start.line + 1}, ${start.stamp?.text ?? start.time})`}`);
  }
  if (start === entry) lines.push(`Taken as the start of the incident: ${startReason(choice.how, choice.context.length)}.`);
  else if (choice.context.includes(entry)) lines.push('Context: this entry comes long before the rest of the timeline, so it is not taken as the start.');
  if (entry.milestone) {
    const counted = anchors[entry.milestone] === entry;
    lines.push(
      `Milestone: ${MILESTONE_WORDS[entry.milestone]}${entry.milestoneSource === 'tag' ? ' (tagged)' : ''}${counted ? '' : ' (an earlier entry is the one counted)'}`,
    );
    if (counted && entry.milestone !== 'start') {
      const minutes = minutesBetween(start, entry);
      if (minutes !== null)
        lines.push(
          `Time to ${entry.milestone === 'detection' ? 'detect' : entry.milestone === 'mitigation' ? 'mitigate' : 'resolve'}: ${formatMinutes(minutes)}`,
        );
    }
  }
  if (entry.coarse) lines.push(`Read as \`${entry.coarse}\`, as written: a time on no clock, so it is not ordered or measured`);
  if (entry.time)
    lines.push(
      `Read as \`${entry.time}\`${entry.zone ? ` (${entry.zone}${entry.zoneWritten ? '' : `, from the ${timeline.zoneSource === 'table-header' ? 'time column' : (timeline.zoneSource ?? 'timeline')}`})` : ' (no zone stated)'}`,
    );
  return lines.join('\n\n');
}
