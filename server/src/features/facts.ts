/** The editor side of the facts: the hover on a root-cause heading (categories, trigger, why depth). */
import { MarkupKind } from 'vscode-languageserver';
import { rootCauseHover } from '../analysis/facts/hover-text';
import type { HoverProvider } from './hover';

/** Answers a hover on a root-cause heading. */
export const rootCauseHeadingHover: HoverProvider = ({ doc, offset, settings }) => {
  const hover = rootCauseHover(doc, settings, offset);
  if (!hover) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: hover.markdown },
    range: { start: doc.lines.positionAt(hover.start), end: doc.lines.positionAt(hover.end) },
  };
};
