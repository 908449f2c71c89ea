/**
 * The "New Post-Mortem" and "New Pre-Mortem" commands: ask for a title (and a severity), create
 * the file from the template in the configured folder, and open it with the summary selected.
 * Every decision (names, IDs, filling, path safety) is made by the pure module
 * `server/src/analysis/authoring/new-document.ts`; this file only asks, reads, writes and opens.
 */
import * as vscode from 'vscode';
import {
  BUILT_IN_TEMPLATES,
  calendarValues,
  checkFolder,
  declaredIncidentIds,
  fillBuiltInTemplate,
  fillTeamTemplate,
  formatFileName,
  nextIncidentId,
  parseIdFormat,
  safeRelativePath,
  slugify,
  withCounter,
  type FilledTemplate,
  type NewDocumentKind,
  DEFAULT_SECTIONS,
} from '../../../server/src/shared/authoring';
import type { ClientContext, ClientFeature } from './feature';

/** The commands this feature contributes. */
export const NEW_DOCUMENT_COMMANDS = {
  postmortem: 'postmortem.newPostmortem',
  premortem: 'postmortem.newPremortem',
  openActionItems: 'postmortem.openActionItems',
} as const;

/**
 * The optional argument of "New Post-Mortem" and "New Pre-Mortem", for tests and automation:
 * what it gives is not asked for. Without it the commands ask, as they do from the palette.
 */
export interface NewDocumentArguments {
  title?: string;
  /** A post-mortem's severity; any label, as the severity pick would return it. */
  severity?: string;
}

/** A problem the user can act on; shown as an error with a button to the setting when there is one. */
class UserError extends Error {
  constructor(
    message: string,
    readonly setting?: string,
  ) {
    super(message);
  }
}

const SEVERITY_HINTS: Record<string, string> = {
  SEV1: 'Critical: most customers cannot use the product',
  SEV2: 'Major: a key feature is down or badly degraded',
  SEV3: 'Minor: a feature is degraded for some customers',
  SEV4: 'Low: little or no customer impact',
};

/** The most files read when looking for the incident IDs already in use. */
const MAX_FILES_SCANNED = 2000;

async function pickWorkspaceFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) throw new UserError('Open a folder first: new post-mortems are created inside the workspace folder.');
  const active = vscode.window.activeTextEditor?.document.uri;
  const current = active ? vscode.workspace.getWorkspaceFolder(active) : undefined;
  if (current) return current;
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which workspace folder should the new document go in?' });
}

async function askTitle(kind: NewDocumentKind): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: kind === 'postmortem' ? 'New Post-Mortem' : 'New Pre-Mortem',
    prompt:
      kind === 'postmortem'
        ? 'A short title that says what broke, for example "Checkout latency after a pool change".'
        : 'The project or launch this pre-mortem is about.',
    placeHolder: kind === 'postmortem' ? 'What broke' : 'Project or launch',
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : 'Write a title; it also names the file.'),
  });
}

async function askSeverity(severities: readonly string[]): Promise<string | undefined> {
  const items: vscode.QuickPickItem[] = severities.map((label) => ({ label, description: SEVERITY_HINTS[label] }));
  const picked = await vscode.window.showQuickPick(items, {
    title: 'New Post-Mortem: severity',
    placeHolder: 'How severe was the incident?',
    ignoreFocusOut: true,
  });
  return picked?.label;
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Reads the IDs already used in the folder: from the files' metadata and from their names. */
async function existingIds(folder: vscode.Uri): Promise<string[]> {
  const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.{md,markdown}'), '**/node_modules/**', MAX_FILES_SCANNED);
  const ids: string[] = [];
  for (let i = 0; i < files.length; i += 32) {
    const batch = files.slice(i, i + 32);
    const texts = await Promise.all(batch.map((uri) => vscode.workspace.fs.readFile(uri).then(decode, () => '')));
    batch.forEach((uri, j) => ids.push(uri.path.slice(uri.path.lastIndexOf('/') + 1), ...declaredIncidentIds(texts[j])));
  }
  return ids;
}

/** Resolves a workspace-relative path setting to a URI inside the workspace folder. */
function insideWorkspace(workspace: vscode.WorkspaceFolder, relative: string, setting: string): vscode.Uri {
  const parts = relative.split(/[\\/]/);
  const name = parts.pop() ?? '';
  const folderCheck = checkFolder(parts.length === 1 && parts[0] === '' ? '/' : parts.join('/'), setting);
  if (!folderCheck.ok || !name || name === '..' || name === '.') {
    throw new UserError(folderCheck.ok ? `The setting ${setting} ("${relative}") does not name a file.` : folderCheck.reason, setting);
  }
  return vscode.Uri.joinPath(workspace.uri, ...folderCheck.value, name);
}

async function loadTemplate(
  context: ClientContext,
  workspace: vscode.WorkspaceFolder,
  kind: NewDocumentKind,
  teamTemplate: string,
  fill: { title: string; severity: string; incidentId: string; now: Date },
): Promise<FilledTemplate> {
  const setting = kind === 'postmortem' ? 'postmortem.newFile.template' : 'postmortem.newFile.premortemTemplate';
  if (teamTemplate.trim()) {
    const uri = insideWorkspace(workspace, teamTemplate.trim(), setting);
    let text: string;
    try {
      text = decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      throw new UserError(`The template file ${teamTemplate} (setting ${setting}) could not be read.`, setting);
    }
    return fillTeamTemplate(text.replace(/^\uFEFF/, ''), fill, DEFAULT_SECTIONS);
  }
  const snippetUri = vscode.Uri.joinPath(context.extension.extensionUri, 'snippets', 'postmortem.code-snippets');
  const snippets = JSON.parse(decode(await vscode.workspace.fs.readFile(snippetUri))) as Record<string, { body: string | string[] }>;
  const entry = snippets[BUILT_IN_TEMPLATES[kind].snippet];
  if (!entry) throw new Error(`The built-in snippet "${BUILT_IN_TEMPLATES[kind].snippet}" is missing from the extension.`);
  return fillBuiltInTemplate(kind, entry.body, fill);
}

async function createDocument(context: ClientContext, kind: NewDocumentKind, args: NewDocumentArguments = {}): Promise<vscode.Uri | undefined> {
  const workspace = await pickWorkspaceFolder();
  if (!workspace) return undefined;
  const config = vscode.workspace.getConfiguration('postmortem.newFile', workspace.uri);
  const folder = checkFolder(config.get<string>('folder', 'postmortems'), 'postmortem.newFile.folder');
  if (!folder.ok) throw new UserError(folder.reason, 'postmortem.newFile.folder');

  if (args.title !== undefined && !args.title.trim()) throw new UserError('The title is empty; it also names the file.');
  const title = args.title ?? (await askTitle(kind));
  if (title === undefined) return undefined;
  let severity = '';
  let incidentId = '';
  const now = new Date();
  const folderUri = vscode.Uri.joinPath(workspace.uri, ...folder.value);
  if (kind === 'postmortem') {
    const picked =
      args.severity ??
      (await askSeverity(config.get<string[]>('severities', ['SEV1', 'SEV2', 'SEV3', 'SEV4']).filter((s) => typeof s === 'string' && s.trim())));
    if (picked === undefined) return undefined;
    severity = picked;
    const format = parseIdFormat(config.get<string>('incidentId', 'INC-${year}-${number}'), 'postmortem.newFile.incidentId');
    if (!format.ok) throw new UserError(format.reason, 'postmortem.newFile.incidentId');
    incidentId = nextIncidentId(format.value, await existingIds(folderUri), now);
  }

  const patternSetting = kind === 'postmortem' ? 'fileName' : 'premortemFileName';
  const pattern = config.get<string>(patternSetting, kind === 'postmortem' ? '${date}-${slug}.md' : '${date}-premortem-${slug}.md');
  const name = formatFileName(pattern, { ...calendarValues(now), slug: slugify(title), id: incidentId, kind }, `postmortem.newFile.${patternSetting}`);
  if (!name.ok) throw new UserError(name.reason, `postmortem.newFile.${patternSetting}`);
  const path = safeRelativePath(folder.value, name.value);
  if (!path.ok) throw new UserError(path.reason, `postmortem.newFile.${patternSetting}`);

  const filled = await loadTemplate(context, workspace, kind, config.get<string>(kind === 'postmortem' ? 'template' : 'premortemTemplate', ''), {
    title,
    severity,
    incidentId,
    now,
  });

  // Never overwrite: take the first free name, and let the edit itself refuse an existing file.
  let target: vscode.Uri | undefined;
  for (let counter = 1; counter <= 100 && !target; counter++) {
    const candidate = vscode.Uri.joinPath(workspace.uri, ...(counter === 1 ? path.value : withCounter(path.value, counter)));
    if (!(await exists(candidate))) target = candidate;
  }
  if (!target)
    throw new UserError(
      `A hundred files named like ${path.value.join('/')} already exist; change postmortem.newFile.${patternSetting}.`,
      `postmortem.newFile.${patternSetting}`,
    );
  const base = workspace.uri.path.replace(/\/+$/, '');
  if (!target.path.startsWith(`${base}/`)) throw new Error(`Refusing to create ${target.toString()} outside the workspace folder.`);

  const edit = new vscode.WorkspaceEdit();
  edit.createFile(target, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(filled.text) });
  if (!(await vscode.workspace.applyEdit(edit)))
    throw new UserError(`Could not create ${vscode.workspace.asRelativePath(target)}. It may exist already, or the folder may be read-only.`);

  const document = await vscode.workspace.openTextDocument(target);
  const editor = await vscode.window.showTextDocument(document);
  const selection = new vscode.Selection(document.positionAt(filled.selection.start), document.positionAt(filled.selection.end));
  editor.selection = selection;
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return target;
}

async function report(context: ClientContext, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof UserError)) context.output.appendLine(`New document: ${error instanceof Error ? (error.stack ?? message) : message}`);
  const setting = error instanceof UserError ? error.setting : undefined;
  const choice = await vscode.window.showErrorMessage(`Post-Mortem: ${message}`, ...(setting ? ['Open Setting'] : []));
  if (choice === 'Open Setting' && setting) await vscode.commands.executeCommand('workbench.action.openSettings', setting);
}

/** Opens the action items view when it is there, and otherwise the view picker filtered to it. */
async function openActionItems(): Promise<void> {
  try {
    await vscode.commands.executeCommand('postmortem.actionItems.focus');
  } catch {
    await vscode.commands.executeCommand('workbench.action.quickOpen', 'view Action Items');
  }
}

export const newDocumentFeature: ClientFeature = {
  activate(context) {
    const run = (kind: NewDocumentKind) => async (args?: NewDocumentArguments) => {
      try {
        return await createDocument(context, kind, args && typeof args === 'object' ? args : {});
      } catch (error) {
        await report(context, error);
        return undefined;
      }
    };
    context.extension.subscriptions.push(
      vscode.commands.registerCommand(NEW_DOCUMENT_COMMANDS.postmortem, run('postmortem')),
      vscode.commands.registerCommand(NEW_DOCUMENT_COMMANDS.premortem, run('premortem')),
      vscode.commands.registerCommand(NEW_DOCUMENT_COMMANDS.openActionItems, openActionItems),
    );
  },
};
