import type { StatedMetric, StatedMetricKind } from '../model';
import type { LineIndex } from '../../base/text';

/** Labels of figures documents state, with the duration each speaks of. */
const LABELS: { re: RegExp; kind: StatedMetricKind }[] = [
  { re: /\b(?:mean\s+)?time\s+to\s+(?:detect(?:ion|ed)?)\b|\bMTTD\b|\bTTD\b|\bdetection\s+time\b/i, kind: 'detect' },
  { re: /\b(?:mean\s+)?time\s+to\s+(?:mitigat(?:e|ion|ed))\b|\bMTTM\b|\bTTM\b|\bmitigation\s+time\b/i, kind: 'mitigate' },
  { re: /\b(?:mean\s+)?time\s+to\s+(?:resolve|resolution|resolved)\b|\bresolution\s+time\b/i, kind: 'resolve' },
  { re: /\b(?:mean\s+)?time\s+to\s+(?:repair|recover|recovery|restore|restoration)\b|\bMTTR\b|\bTTR\b/i, kind: 'repair' },
];

/** Words one of which every label holds. */
const LABEL_WORDS = /time\s+to|MTT|TT[DMR]|(?:detection|mitigation|resolution)\s+time/gi;

/** What may stand between a label and its figure: `**`, `(TTD)`, `:`, a table pipe, "was". */
const BETWEEN = /^[\s*_]*(?:\([^()\n]{1,30}\))?[\s*_]*(?:[:|=–—-]|\bwas\b|\bis\b|\bof\b)[\s*_|]*/i;
const APPROX = /^(?:~|≈|about|approx\.?|approximately|around|roughly|circa|ca\.|under|over|<|>)\s*/i;
const PART = /^(\d+(?:\.\d+)?)\s*(days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)(?![\p{L}\d])/iu;

function unitMinutes(unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('d')) return 1440;
  if (u.startsWith('h')) return 60;
  if (u.startsWith('s')) return 1 / 60;
  return 1;
}

/** Reads a duration such as `20 min`, `0h 16m`, `1 hour 5 minutes`, `1.5 hours`. Offsets are into `text`. */
export function readDuration(text: string, from: number): { minutes: number; approximate: boolean; start: number; end: number } | null {
  let i = from;
  const approx = APPROX.exec(text.slice(i, i + 20));
  if (approx) i += approx[0].length;
  const start = i;
  let minutes = 0;
  let parts = 0;
  let end = i;
  for (;;) {
    const m = PART.exec(text.slice(i, i + 40));
    if (!m) break;
    minutes += Number(m[1]) * unitMinutes(m[2]);
    parts++;
    i += m[0].length;
    end = i;
    const sep = /^(?:\s*,\s*|\s+and\s+|\s+)/.exec(text.slice(i, i + 10));
    if (!sep) break;
    i += sep[0].length;
  }
  if (!parts) return null;
  return { minutes, approximate: !!approx, start, end };
}

/** Finds the figures a document states for its own durations, line by line. */
export function readStatedMetrics(text: string, lines: LineIndex): StatedMetric[] {
  const out: StatedMetric[] = [];
  // Every label holds one of these words: only the lines that hold one are read, each once.
  let last = -1;
  for (const hint of text.matchAll(LABEL_WORDS)) {
    const line = lines.positionAt(hint.index).line;
    if (line === last) continue;
    last = line;
    const lineText = lines.lineText(line);
    if (lineText.length > 2000) continue;
    for (const { re, kind } of LABELS) {
      const m = re.exec(lineText);
      if (!m) continue;
      const after = m.index + m[0].length;
      const between = BETWEEN.exec(lineText.slice(after));
      if (!between) continue;
      const duration = readDuration(lineText, after + between[0].length);
      if (!duration) continue;
      const base = lines.lineStart(line);
      out.push({
        kind,
        label: m[0],
        minutes: Math.round(duration.minutes * 100) / 100,
        approximate: duration.approximate,
        line,
        start: base + duration.start,
        end: base + duration.end,
      });
      break;
    }
  }
  return out;
}
