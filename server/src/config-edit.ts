/**
 * Edits of the workspace config file (`.postmortemrc.json`) that fixes ask for, such as adding a
 * phrase to a rule's allow list. Edits are computed with jsonc-parser's `modify`, which keeps the
 * file's comments, order and formatting and changes only what it must. No file system access
 * here: the caller reads the file and applies the workspace edit.
 */
import { applyEdits, findNodeAtLocation, modify, parseTree, type FormattingOptions, type Node, type ParseError } from 'jsonc-parser';
import { CreateFile, TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { ConfigEdit } from './analysis/base/findings';
import { LineIndex } from './analysis/base/text';

/** One replacement in the config file's text, in string offsets. */
export interface ConfigTextEdit {
  offset: number;
  length: number;
  content: string;
}

function formattingOf(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  return indent.startsWith('\t') ? { insertSpaces: false, tabSize: 4, eol } : { insertSpaces: true, tabSize: indent.length, eol };
}

function fold(value: string): string {
  return value.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The edits that add `edit.append` to the list at `edit.path` of a config file's text (null or
 * blank when the file does not exist yet). Returns an empty list when the value is already there,
 * and null when the file is not valid JSON, so no edit can be made safely.
 */
export function configListEdits(text: string | null, edit: ConfigEdit): ConfigTextEdit[] | null {
  const source = text ?? '';
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = source.slice(bom);
  const shift = (edits: ConfigTextEdit[]) => edits.map((e) => ({ ...e, offset: e.offset + bom }));
  if (!body.trim()) {
    const created = applyEdits('{}', modify('{}', edit.path, [edit.append], { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } }));
    return [{ offset: bom, length: body.length, content: `${created}\n` }];
  }
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { allowTrailingComma: true, disallowComments: false });
  if (!root || errors.length || root.type !== 'object') return null;
  const formattingOptions = formattingOf(body);
  const list = findNodeAtLocation(root, edit.path);
  if (list?.type === 'array') {
    const present = (list.children ?? []).some((item: Node) => item.type === 'string' && fold(String(item.value)) === fold(edit.append));
    if (present) return [];
    return shift(modify(body, [...edit.path, -1], edit.append, { formattingOptions, isArrayInsertion: true }));
  }
  // A parent written in a short form ("blaming-language": "warning") becomes an object that keeps it.
  for (let depth = 1; depth < edit.path.length; depth++) {
    const parentPath = edit.path.slice(0, depth);
    const node = findNodeAtLocation(root, parentPath);
    if (!node || node.type === 'object') continue;
    // Only a rule has a short form; anything else that is not an object cannot take the list safely.
    if (edit.path[0] !== 'rules') return null;
    const value: Record<string, unknown> = {};
    if (node.type === 'string') value.severity = node.value;
    else if (node.type === 'boolean' && node.value === false) value.severity = 'off';
    let inner: Record<string, unknown> = value;
    for (const key of edit.path.slice(depth, -1)) {
      inner[key] = {};
      inner = inner[key] as Record<string, unknown>;
    }
    inner[edit.path[edit.path.length - 1]] = [edit.append];
    return shift(modify(body, parentPath, value, { formattingOptions }));
  }
  return shift(modify(body, edit.path, [edit.append], { formattingOptions }));
}

/**
 * The workspace edit for a config edit: creates the file when it is missing, then edits it.
 * `current` is the file's text, or null when it does not exist. Null when no safe edit exists.
 */
export function configWorkspaceEdit(uri: string, current: string | null, edit: ConfigEdit): WorkspaceEdit | null {
  const edits = configListEdits(current, edit);
  if (edits === null) return null;
  const lines = new LineIndex(current ?? '');
  const textEdits = edits.map((e) => ({ range: { start: lines.positionAt(e.offset), end: lines.positionAt(e.offset + e.length) }, newText: e.content }));
  const documentChanges: WorkspaceEdit['documentChanges'] = [];
  if (current === null) documentChanges.push(CreateFile.create(uri, { ignoreIfExists: true }));
  if (textEdits.length) documentChanges.push(TextDocumentEdit.create({ uri, version: null }, textEdits));
  return { documentChanges };
}
