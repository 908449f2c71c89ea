import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, hoverText, openFile, positionOf, ruleOf, setSetting, waitForFindings, workspaceFile } from './helpers';

// The suites turn the four fact rules off in their user settings (SUITE_SETTINGS in scratch.mjs),
// so that the other cases see the findings they were written for; this case turns them on.
const FACT_RULES = { 'impact-unquantified': 'info', 'root-cause-depth': 'hint', 'detection-gap-unaddressed': 'hint', 'contributing-factors-missing': 'info' };
const DOCUMENT = 'postmortems/2026-04-02-card-declines.md';
const TEXT = [
  '# Post-mortem: Card payments declined',
  '',
  'Date: 2026-04-02',
  'Severity: SEV2',
  '',
  '## Summary',
  '',
  'Card payments were declined for part of the afternoon after a change to the payment gateway.',
  '',
  '## Impact',
  '',
  'Some customers could not pay for a while, and support was busy.',
  '',
  '## Timeline',
  '',
  'All times in UTC.',
  '',
  '- 14:00 The gateway change is deployed.',
  '- 14:05 Declines started.',
  '- 14:12 The decline alert fired and paged the on-call engineer.',
  '- 14:30 The change is rolled back.',
  '- 14:40 Payments are back to normal; resolved.',
  '',
  '## Root cause',
  '',
  'An engineer pushed the wrong gateway setting. Human error.',
  '',
  '## Lessons learned',
  '',
  '- The decline alert worked.',
  '',
  '## Action items',
  '',
  '- [ ] Validate gateway settings before deploy (owner: Ines Costa, due: 2099-07-01)',
  '',
].join('\n');

describe('the fact rules, turned on', () => {
  const uri = workspaceFile(DOCUMENT);

  before(async () => {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
  });

  after(async () => {
    await setSetting('rules', undefined);
    await closeAllEditors();
    await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('flags an impact with no figure and a root cause that stops at a person, and the root-cause hover shows the facts', async () => {
    const editor = await openFile(DOCUMENT);
    // Off in the suite's settings: the document's other findings come, these two do not.
    const before = await waitForFindings(uri, (list) => list.some((d) => ruleOf(d) === 'blaming-language'), 'the blaming-language findings');
    assert.ok(!before.some((d) => ['impact-unquantified', 'root-cause-depth'].includes(ruleOf(d))), 'the fact rules start off');

    await setSetting('rules', FACT_RULES);
    const list = await waitForFindings(
      uri,
      (l) => l.some((d) => ruleOf(d) === 'impact-unquantified') && l.some((d) => ruleOf(d) === 'root-cause-depth'),
      'impact-unquantified and root-cause-depth',
    );
    const impact = list.find((d) => ruleOf(d) === 'impact-unquantified')!;
    assert.equal(impact.range.start.line, positionOf(editor.document, '## Impact').line);
    assert.equal(impact.severity, vscode.DiagnosticSeverity.Information);
    const depth = list.find((d) => ruleOf(d) === 'root-cause-depth')!;
    assert.equal(depth.range.start.line, positionOf(editor.document, '## Root cause').line);
    assert.match(depth.message, /stops at a person/);

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, positionOf(editor.document, 'Root cause', 3));
    const text = hoverText(hovers);
    assert.match(text, /\*\*Contributing factors\*\*/);
    assert.match(text, /\*\*Trigger:\*\*/);
    assert.match(text, /\*\*Why depth:\*\*/);
  });
});
