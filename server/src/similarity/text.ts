/**
 * What similarity reads of one analysed post-mortem: its title and the words of its summary, root
 * cause and impact sections, as plain text of bounded length. Read from the model once per
 * version (never a new parse), and kept in the workspace index's summary.
 */
import { documentTitle } from '../analysis/model/build';
import { plain, sectionLines, sectionsOfKind } from '../analysis/model/facts/passages';
import type { AnalysedDocument } from '../analysis/model/model';
import type { IncidentText } from './types';

/** Characters kept per field: enough for the words that say what happened, small enough for a 5,000-document index. */
export const FIELD_BUDGET = { title: 200, summary: 1500, rootCause: 3000, impact: 1000 } as const;

/** A copy sharing no memory with the document text (V8 keeps slices as views on their parent). */
const copy = (s: string): string => (s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string));

/** The plain words of the sections of one kind, up to `budget` characters. */
function sectionText(doc: AnalysedDocument, kind: string, budget: number): string {
  let out = '';
  for (const section of sectionsOfKind(doc, kind)) {
    for (const passage of sectionLines(doc, section)) {
      // List markers, table pipes and heading hashes carry no words.
      const line = plain(passage.text)
        .replace(/^[\s>]*(?:[-*+]|\d+[.)])\s+/, '')
        .replace(/[|#]+/g, ' ')
        .trim();
      if (!line) continue;
      out += (out ? ' ' : '') + line;
      if (out.length >= budget) return copy(out.slice(0, budget));
    }
  }
  return copy(out);
}

/** The similarity text of an analysed post-mortem. */
export function incidentText(doc: AnalysedDocument): IncidentText {
  const rootCause = sectionsOfKind(doc, 'root-cause')[0];
  return {
    title: copy((documentTitle(doc.model) ?? '').slice(0, FIELD_BUDGET.title)),
    summary: sectionText(doc, 'summary', FIELD_BUDGET.summary),
    rootCause: sectionText(doc, 'root-cause', FIELD_BUDGET.rootCause),
    impact: sectionText(doc, 'impact', FIELD_BUDGET.impact),
    rootCauseLine: rootCause ? doc.lines.positionAt(rootCause.heading.start).line : null,
  };
}

/** True when a value read back from a persisted index has the shape of an incident text. */
export function isIncidentText(v: unknown): v is IncidentText {
  const t = v as IncidentText;
  return (
    !!t &&
    typeof t === 'object' &&
    typeof t.title === 'string' &&
    typeof t.summary === 'string' &&
    typeof t.rootCause === 'string' &&
    typeof t.impact === 'string' &&
    (t.rootCauseLine === null || Number.isInteger(t.rootCauseLine)) &&
    t.title.length <= FIELD_BUDGET.title &&
    t.summary.length <= FIELD_BUDGET.summary &&
    t.rootCause.length <= FIELD_BUDGET.rootCause &&
    t.impact.length <= FIELD_BUDGET.impact
  );
}
