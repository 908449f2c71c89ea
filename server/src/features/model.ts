import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { publicModel } from '../analysis/model/public-model';
import { ModelRequest } from '../protocol';
import type { Feature } from './context';

/** Answers `postmortem/model` from the same cached parse as the diagnostics. */
export const modelFeature: Feature = {
  register(context) {
    context.connection.onRequest(ModelRequest.type, async ({ uri }) => {
      const notOpen = () => new ResponseError(ErrorCodes.InvalidParams, `The document ${uri} is not open.`);
      if (typeof uri !== 'string') throw notOpen();
      // The document may have been closed or changed while the settings loaded: this is what is open now.
      const analysed = await context.analysed(uri);
      if (!analysed) throw notOpen();
      const doc = analysed.result.doc;
      return doc ? publicModel(context.pathFor(uri) ?? uri, doc, analysed.settings) : null;
    });
  },
};
