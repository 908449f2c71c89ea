/** The editor side of the facts: the hover on a root-cause heading (categories, trigger, why depth). */
import { MarkupKind } from 'vscode-languageserver';
import { rootCauseHover } from '../analysis/model/facts/hover-text';
import type { HoverProvider } from './hover';
import { sectionHoverText } from './sections';

/** Answers a hover on a root-cause heading. */
export const rootCauseHeadingHover: HoverProvider = ({ doc, offset, settings }) => {
  const hover = rootCauseHover(doc, settings, offset);
  if (!hover) return null;
  return {
    // The section hover would answer this heading too; first answer wins, so say both.
    contents: {
      kind: MarkupKind.Markdown,
      value: hover.section ? `${sectionHoverText(hover.section, doc.model.required)}\n\n${hover.markdown}` : hover.markdown,
    },
    range: { start: doc.lines.positionAt(hover.start), end: doc.lines.positionAt(hover.end) },
  };
};
