import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { publicModel } from '../analysis/public-model';
import { ModelRequest } from '../protocol';
import type { Feature } from '../server';

/** Answers `postmortem/model` from the same cached parse as the diagnostics. */
export const modelFeature: Feature = {
  register({ connection, documents, settingsFor, checkDocument, pathFor }) {
    connection.onRequest(ModelRequest.type, async ({ uri }) => {
      const document = documents.get(uri);
      if (!document) throw new ResponseError(ErrorCodes.InvalidParams, `The document ${uri} is not open.`);
      const result = checkDocument(document, await settingsFor(uri));
      return result.doc ? publicModel(pathFor(uri) ?? uri, result.doc) : null;
    });
  },
};
