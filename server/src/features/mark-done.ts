/**
 * `postmortem/setActionItemDone`: finds the item again in the current text (the editor's, else
 * the file's, read through the workspace's files) and computes the edit that sets its state.
 */
import { dirname } from 'node:path';
import type { TextDocumentEdit } from 'vscode-languageserver';
import { toggleDone } from '../analysis/authoring/toggle-done';
import { LineIndex } from '../analysis/base/text';
import type { SetActionItemDoneRequest } from '../protocol';
import { analyseText } from '../workspace/index-core';
import { decodeText } from '../workspace/files';
import type { Indexer } from '../workspace/indexer';
import type { ServerContext } from './context';

export async function setActionItemDone(
  context: ServerContext,
  indexer: Indexer,
  params: SetActionItemDoneRequest.Params,
): Promise<SetActionItemDoneRequest.Result> {
  const path = context.files.pathOf(params.uri);
  const document = context.documents.get(params.uri);
  let text: string;
  let version: number | null = null;
  if (document) {
    text = document.getText();
    version = document.version;
  } else if (path !== null) {
    try {
      text = decodeText(await context.files.read(path));
    } catch (error) {
      return { edit: null, message: `The document cannot be read (${(error as Error).message}).` };
    }
  } else {
    return { edit: null, message: 'The document is not open.' };
  }
  const lines = new LineIndex(text);
  const folder = path !== null ? indexer.folderOf(path) : undefined;
  let line = -1;
  let current: boolean | undefined;
  if (folder && path !== null) {
    const settings = await context.settings.forFolder(folder, dirname(path));
    const rel = path.slice(folder.length + 1).replace(/\\/g, '/');
    const items = analyseText(text, rel, settings, context.now(), 'outline').actionItems.filter((i) => i.text === params.text);
    // The same words may appear twice: take the occurrence nearest the line the view showed.
    items.sort((a, b) => Math.abs(a.line - params.line) - Math.abs(b.line - params.line));
    if (items[0]) {
      line = items[0].line;
      current = items[0].done;
    }
  }
  if (line === -1 && params.line < lines.lineCount && params.text && lines.lineText(params.line).includes(params.text)) line = params.line;
  if (line === -1) return { edit: null, message: 'The item has changed since the list was built; it was left as it is.' };
  const result = toggleDone(text, line, params.done);
  if ('error' in result) return { edit: null, message: result.error };
  if (!result.edit) {
    if (current !== undefined && current !== params.done) return { edit: null, message: 'The item is marked in a way that cannot be changed automatically.' };
    return { edit: null, message: params.done ? 'The item is already done.' : 'The item is already open.' };
  }
  const edit = { range: { start: lines.positionAt(result.edit.start), end: lines.positionAt(result.edit.end) }, newText: result.edit.newText };
  const change: TextDocumentEdit = { textDocument: { uri: params.uri, version }, edits: [edit] };
  return { edit: { documentChanges: [change] } };
}
