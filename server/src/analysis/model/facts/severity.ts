import type { MetadataField } from '../model';
import { severityKey, type FactSettings } from '../../base/settings';

/** The incident's severity: the text as written and a rank (1 is the most severe), or null when it cannot be ranked. */
export interface SeverityFact {
  text: string;
  /** The number a label such as SEV1, Sev 2, P0 or "Severity 3" carries, or the rank the scale gives a word such as Critical. */
  rank: number | null;
  line: number;
}

/** Labels that carry their rank: SEV1, Sev 2, SEV-3, P0, Priority 1, Severity 2, Level 3, S1. */
const NUMBERED = /^(?:sev(?:erity)?|p(?:riority)?|level|lvl|s|incident\s+level)\s*[-_.:#]?\s*(\d{1,2})\b/i;

/** The rank of a severity as written, from the configured scale first, then from a numbered label. */
export function rankSeverity(text: string, scale: Readonly<Record<string, number>>): number | null {
  const written = text.trim().slice(0, 80);
  if (!written) return null;
  const whole = scale[severityKey(written)];
  if (whole !== undefined) return whole;
  const numbered = NUMBERED.exec(written);
  if (numbered) return Number(numbered[1]);
  // "High (customer-facing)", "Critical - full outage": the first word decides.
  const first = /^[\p{L}\p{N}]+/u.exec(written);
  if (first) {
    const word = scale[severityKey(first[0])];
    if (word !== undefined) return word;
  }
  return null;
}

/** The severity the metadata states (front matter, `Severity:` lines, a metadata table), ranked. */
export function readSeverity(metadata: readonly MetadataField[], settings: FactSettings): SeverityFact | null {
  const field = metadata.find((f) => f.canonical === 'severity' && f.value.trim());
  if (!field) return null;
  return { text: field.value.trim(), rank: rankSeverity(field.value, settings.severityScale), line: field.line };
}
