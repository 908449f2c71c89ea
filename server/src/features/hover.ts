/**
 * The one hover handler of the connection (LSP allows one). Features contribute hover providers;
 * the handler asks each in turn, in the order listed in `features/index.ts`, and returns the
 * first answer.
 */
import type { Hover } from 'vscode-languageserver';
import type { Finding } from '../analysis/base/findings';
import type { AnalysedDocument } from '../analysis/model/model';
import type { Settings } from '../analysis/base/settings';
import type { Feature, ServerContext } from './context';

/** What a hover provider gets: the checked post-mortem and the hovered offset in it. */
export interface HoverInput {
  doc: AnalysedDocument;
  /** The findings of the same check, which the editor shows above the hover: a provider need not repeat them. */
  findings: readonly Finding[];
  offset: number;
  context: ServerContext;
  /** The settings the document was checked with. */
  settings: Settings;
}

/** Answers a hover over a post-mortem, or null to let the next provider answer. */
export type HoverProvider = (input: HoverInput) => Hover | null;

/** The hover feature over the given providers. */
export function hoverFeature(providers: readonly HoverProvider[]): Feature {
  return {
    capabilities: () => ({ hoverProvider: true }),
    register(context) {
      const { connection, documents } = context;
      connection.onHover(async ({ textDocument, position }) => {
        const document = documents.get(textDocument.uri);
        if (!document) return null;
        const settings = await context.settingsFor(document.uri);
        const result = context.checkDocument(document, settings);
        const doc = result.doc;
        if (!doc || !doc.model.isPostmortem) return null;
        const offset = doc.lines.offsetAt(position);
        for (const provider of providers) {
          const hover = provider({ doc, findings: result.findings, offset, context, settings });
          if (hover) return hover;
        }
        return null;
      });
    },
  };
}
