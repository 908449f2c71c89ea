import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, onlyFinding, openFile, setSetting, waitForFindings, waitForRules, workspaceFile } from './helpers';

const POSTMORTEM = 'postmortems/2026-01-15-queue-backlog.md';
const ALL = ['empty-section', 'metadata-date', 'required-sections'];

describe('settings and the workspace config file', () => {
  let uri: vscode.Uri;

  beforeEach(async () => {
    uri = (await openFile(POSTMORTEM)).document.uri;
    await waitForRules(uri, ALL);
  });

  afterEach(async () => {
    await setSetting('rules', undefined);
    await setSetting('sections', undefined);
    await vscode.workspace.fs.delete(workspaceFile('.postmortemrc.json')).then(undefined, () => undefined);
    await closeAllEditors();
  });

  it('turns a rule off and on again through postmortem.rules', async () => {
    await setSetting('rules', { 'empty-section': 'off' });
    await waitForRules(uri, ['metadata-date', 'required-sections']);
    await setSetting('rules', undefined);
    await waitForRules(uri, ALL);
  });

  it("changes a rule's severity through postmortem.rules", async () => {
    await setSetting('rules', { 'required-sections': 'error' });
    await waitForFindings(uri, (list) => list.some((d) => d.severity === vscode.DiagnosticSeverity.Error), 'an error-level finding');
    assert.equal(onlyFinding(uri, 'required-sections').severity, vscode.DiagnosticSeverity.Error);
    assert.equal(onlyFinding(uri, 'metadata-date').severity, vscode.DiagnosticSeverity.Warning);
  });

  it('stops asking for a section dropped through postmortem.sections, and asks for a new one', async () => {
    await setSetting('sections', { impact: false, detection: { title: 'Detection' } });
    const list = await waitForFindings(uri, (l) => l.some((d) => d.message.includes('"Detection"')), 'the new Detection section to be asked for');
    assert.ok(!list.some((d) => d.message.includes('"Impact"')), 'Impact is no longer required');
  });

  it('follows .postmortemrc.json as it is created, changed and deleted', async () => {
    const file = workspaceFile('.postmortemrc.json');
    const write = (config: unknown) => vscode.workspace.fs.writeFile(file, Buffer.from(JSON.stringify(config, null, 2)));
    await write({ rules: { 'metadata-date': 'off' } });
    await waitForRules(uri, ['empty-section', 'required-sections']);
    await write({ rules: { 'metadata-date': 'error' } });
    await waitForFindings(uri, (l) => l.some((d) => d.severity === vscode.DiagnosticSeverity.Error), 'metadata-date at error level');
    assert.equal(onlyFinding(uri, 'metadata-date').severity, vscode.DiagnosticSeverity.Error);
    await vscode.workspace.fs.delete(file);
    await waitForFindings(uri, (l) => l.length === 3 && l.every((d) => d.severity === vscode.DiagnosticSeverity.Warning), 'the defaults to return');
  });
});
