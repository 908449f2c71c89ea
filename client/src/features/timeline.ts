/**
 * The timeline commands: Format Table, Sort Timeline, Insert Timeline Row and Normalise Timeline
 * Times. Each asks the server (`postmortem/timelineEdits`) for the edits of the document version
 * on screen and applies them in the editor only while that version is still current; nothing is
 * ever written to disk behind the editor.
 */
import * as vscode from 'vscode';
import { TimelineEditsRequest } from '../../../server/src/protocol';
import type { ClientContext, ClientFeature } from './feature';

/** The commands this feature contributes, by the server command each runs. */
export const TIMELINE_COMMANDS: Record<TimelineEditsRequest.Command, string> = {
  formatTable: 'postmortem.formatTable',
  sortTimeline: 'postmortem.sortTimeline',
  insertRow: 'postmortem.insertTimelineRow',
  normaliseTimes: 'postmortem.normaliseTimelineTimes',
};

const CHANGED = 'The document changed while the edits were being worked out, so nothing was changed. Run the command again.';

async function run(context: ClientContext, command: TimelineEditsRequest.Command): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Open a Markdown post-mortem to use the timeline commands.');
    return;
  }
  const client = context.client();
  if (!client) {
    void vscode.window.showWarningMessage('The post-mortem language server is not running.');
    return;
  }
  const document = editor.document;
  const version = document.version;
  let result: TimelineEditsRequest.Result;
  try {
    result = await client.sendRequest(TimelineEditsRequest.type, {
      uri: client.code2ProtocolConverter.asUri(document.uri),
      version,
      command,
      position: client.code2ProtocolConverter.asPosition(editor.selection.active),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    context.output.appendLine(`${TIMELINE_COMMANDS[command]}: ${message}`);
    void vscode.window.showWarningMessage(/changed/.test(message) ? CHANGED : `Post-Mortem: ${message}`);
    return;
  }
  if (!result.edits.length) {
    if (result.message) void vscode.window.showInformationMessage(result.message);
    return;
  }
  if (document.version !== version || result.version !== version) {
    void vscode.window.showWarningMessage(CHANGED);
    return;
  }
  const edits = await client.protocol2CodeConverter.asTextEdits(result.edits);
  // TextEditor.edit refuses the change when the document moved on since this version.
  const applied = await editor.edit((builder) => {
    for (const edit of edits) builder.replace(edit.range, edit.newText);
  });
  if (!applied) {
    void vscode.window.showWarningMessage(CHANGED);
    return;
  }
  if (result.cursor) {
    const position = client.protocol2CodeConverter.asPosition(result.cursor);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position));
  }
  if (result.message) void vscode.window.setStatusBarMessage(result.message, 5000);
}

export const timelineFeature: ClientFeature = {
  activate(context) {
    for (const [command, id] of Object.entries(TIMELINE_COMMANDS) as [TimelineEditsRequest.Command, string][]) {
      context.extension.subscriptions.push(vscode.commands.registerCommand(id, () => run(context, command)));
    }
  },
};
