/**
 * Editor help for the timeline: a code lens over it (a provider of `code-lens.ts`) with time to detect, mitigate and resolve,
 * a hover on each entry with its offset from the start ("T+12 min"), table formatting (whole
 * document and range) in post-mortems, and the `postmortem/timelineEdits` request behind the
 * timeline commands. All computing is done by the pure modules in `analysis/model/timeline/` and `analysis/authoring/timeline-commands.ts`.
 */
import { ErrorCodes, LSPErrorCodes, MarkupKind, ResponseError, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextEdit } from '../analysis/base/findings';
import type { AnalysedDocument } from '../analysis/model/model';
import { applyEdits } from '../analysis/base/findings';
import { formatTablesInRange } from '../analysis/authoring/table-format';
import { LineIndex } from '../analysis/base/text';
import { runTimelineCommand, TIMELINE_COMMANDS, type TimelineCommand } from '../analysis/authoring/timeline-commands';
import { entryAtOffset, entryHoverMarkdown, metricsSummary } from '../analysis/model/timeline/present';
import { toLspEdits, toRange } from '../lsp-convert';
import { TimelineEditsRequest } from '../protocol';
import type { Feature, ServerContext } from './context';
import type { CodeLensProvider } from './code-lens';
import type { HoverProvider } from './hover';

/** The protocol's command names and the core's are the same list. */
const commandOf: Record<TimelineEditsRequest.Command, TimelineCommand> = {
  formatTable: 'formatTable',
  sortTimeline: 'sortTimeline',
  insertRow: 'insertRow',
  normaliseTimes: 'normaliseTimes',
};

async function postmortemDoc(context: ServerContext, uri: string): Promise<AnalysedDocument | null> {
  const doc = (await context.analysed(uri))?.result.doc;
  return doc && doc.model.isPostmortem ? doc : null;
}

function toLsp(doc: AnalysedDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return toLspEdits(doc.lines, edits);
}

/** The hover on a timeline entry. */
export const timelineHover: HoverProvider = ({ doc, offset }) => {
  const timeline = doc.model.timeline;
  if (!timeline) return null;
  const entry = entryAtOffset(doc, timeline, offset);
  if (!entry) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: entryHoverMarkdown(timeline, entry) },
    range: toRange(doc.lines, entry.start, entry.end),
  };
};

/** The lens over the timeline: time to detect, mitigate and resolve. */
export const timelineLens: CodeLensProvider = ({ doc }) => {
  const timeline = doc.model.timeline;
  if (!timeline) return [];
  const at = timeline.heading?.start ?? timeline.entries[0]?.start;
  if (at === undefined) return [];
  const position = doc.lines.positionAt(at);
  // A lens without a command id is shown as plain text.
  return [{ range: { start: position, end: position }, command: { title: metricsSummary(timeline), command: '' } }];
};

export const timelineFeature: Feature = {
  capabilities: () => ({
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
  }),
  register(context) {
    const { connection, documents } = context;

    connection.onDocumentFormatting(async ({ textDocument }) => {
      const doc = await postmortemDoc(context, textDocument.uri);
      if (!doc) return [];
      return toLsp(doc, formatTablesInRange(doc.text, doc.root, 0, doc.text.length));
    });

    connection.onDocumentRangeFormatting(async ({ textDocument, range }) => {
      const doc = await postmortemDoc(context, textDocument.uri);
      if (!doc) return [];
      return toLsp(doc, formatTablesInRange(doc.text, doc.root, doc.lines.offsetAt(range.start), doc.lines.offsetAt(range.end)));
    });

    connection.onRequest(TimelineEditsRequest.type, async ({ uri, version, command, position }) => {
      if (!TIMELINE_COMMANDS.includes(command)) throw new ResponseError(ErrorCodes.InvalidParams, `There is no timeline command ${String(command)}.`);
      if (!documents.get(uri)) throw new ResponseError(ErrorCodes.InvalidParams, `The document ${uri} is not open.`);
      const analysed = await context.analysed(uri, version);
      if (!analysed) throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed before the edits were computed; nothing was changed.');
      const doc = analysed.result.doc;
      if (!doc || !doc.model.isPostmortem)
        return { version, edits: [], message: 'This document is not checked as a post-mortem, so the timeline commands do not apply to it.', cursor: null };
      const result = runTimelineCommand(doc, commandOf[command], doc.lines.offsetAt(position), context.now());
      let cursor = null;
      if (result.cursor !== null) cursor = new LineIndex(applyEdits(doc.text, result.edits)).positionAt(result.cursor);
      return { version, edits: toLsp(doc, result.edits), message: result.message, cursor };
    });
  },
};
