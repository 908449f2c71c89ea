/**
 * The one code lens handler of the connection (LSP allows one). Features contribute lens
 * providers; the handler asks each, in the order listed in `features/index.ts`, and returns
 * every lens they give.
 */
import type { CodeLens } from 'vscode-languageserver';
import type { AnalysedDocument } from '../analysis/model/model';
import type { Settings } from '../analysis/base/settings';
import type { Feature, ServerContext } from './context';

/** What a lens provider gets: the checked post-mortem, its URI and settings. */
export interface CodeLensInput {
  uri: string;
  doc: AnalysedDocument;
  settings: Settings;
  context: ServerContext;
}

/** The lenses of one concern (the timeline's metrics, similar incidents …) over a post-mortem. */
export type CodeLensProvider = (input: CodeLensInput) => CodeLens[];

/** The code lens feature over the given providers. */
export function codeLensFeature(providers: readonly CodeLensProvider[]): Feature {
  return {
    capabilities: () => ({ codeLensProvider: { resolveProvider: false } }),
    register(context) {
      context.connection.onCodeLens(async ({ textDocument }): Promise<CodeLens[]> => {
        const analysed = await context.analysed(textDocument.uri);
        const doc = analysed?.result.doc;
        if (!analysed || !doc || !doc.model.isPostmortem) return [];
        return providers.flatMap((provider) => provider({ uri: textDocument.uri, doc, settings: analysed.settings, context }));
      });
    },
  };
}
