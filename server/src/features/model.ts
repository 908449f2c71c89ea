import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { publicModel } from '../analysis/public-model';
import { ModelRequest } from '../protocol';
import type { Feature } from './context';

/** Answers `postmortem/model` from the same cached parse as the diagnostics. */
export const modelFeature: Feature = {
  register({ connection, documents, settingsFor, checkDocument, pathFor }) {
    connection.onRequest(ModelRequest.type, async ({ uri }) => {
      const notOpen = () => new ResponseError(ErrorCodes.InvalidParams, `The document ${uri} is not open.`);
      if (typeof uri !== 'string' || !documents.get(uri)) throw notOpen();
      const settings = await settingsFor(uri);
      // The document may have been closed or changed while the settings loaded: use what is open now.
      const document = documents.get(uri);
      if (!document) throw notOpen();
      const result = checkDocument(document, settings);
      return result.doc ? publicModel(pathFor(uri) ?? uri, result.doc) : null;
    });
  },
};
