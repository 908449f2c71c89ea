import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { DocumentDiagnosticRequest, type DocumentDiagnosticReport } from 'vscode-languageclient/node';
import { ModelRequest, type PublicModel } from '../../../server/src/protocol';
import { closeAllEditors, findings, openFile, openUntitled, ruleOf, runningClient, waitForFindings, waitForRules, workspaceFile } from './helpers';

describe('which documents are checked', () => {
  afterEach(closeAllEditors);

  it('reports nothing on the workspace README, though it has post-mortem-like headings', async () => {
    const readme = workspaceFile('README.md');
    const postmortem = workspaceFile('postmortems/2026-01-15-queue-backlog.md');
    await openFile('README.md');
    await openFile('postmortems/2026-01-15-queue-backlog.md');
    await waitForRules(postmortem, ['empty-section', 'metadata-date', 'required-sections']);
    const client = await runningClient();
    // Requests go by method name: the test bundle's copy of the protocol library is not the client's.
    // Ask the server directly, so "no findings" is its answer and not a request still on its way.
    const answer = await client.sendRequest<DocumentDiagnosticReport>(DocumentDiagnosticRequest.method, { textDocument: { uri: readme.toString() } });
    assert.equal(answer.kind, 'full');
    assert.deepEqual(answer.kind === 'full' ? answer.items : undefined, []);
    assert.equal(
      await client.sendRequest<PublicModel | null>(ModelRequest.method, { uri: readme.toString() }),
      null,
      'the README is not taken for a post-mortem',
    );
    assert.deepEqual(findings(readme), []);
  });

  it('checks an untitled buffer whose content says it is a post-mortem', async () => {
    const document = await openUntitled(
      '# Incident Report: login failures\n\n## Summary\n\nLogins failed for some users after a certificate rotation.\n\n## Timeline\n\nTBD\n',
    );
    await vscode.window.showTextDocument(document);
    const list = await waitForFindings(document.uri, (l) => l.length > 0, 'findings on the untitled post-mortem');
    const missing = list.filter((d) => ruleOf(d) === 'required-sections').map((d) => /"([^"]+)" section/.exec(d.message)?.[1]);
    assert.deepEqual(missing.sort(), ['Action Items', 'Impact', 'Lessons Learned', 'Root Cause']);
    assert.ok(
      list.some((d) => ruleOf(d) === 'empty-section' && d.message.includes('"Timeline"')),
      'the placeholder-only Timeline is reported',
    );
  });

  it('checks Markdown that nothing names a post-mortem when its content tells one: underlined headings over an outage, its cause and its follow-up', async () => {
    const content = [
      'Checkout slowdown in the EU region',
      '==================================',
      '',
      'On Monday afternoon the checkout service answered slowly for two hours and some orders timed out.',
      '',
      'Incident overview',
      '-----------------',
      '',
      'Payments took up to forty seconds.',
      '',
      'Customer impact',
      '---------------',
      '',
      'About three percent of orders failed.',
      '',
      'Root cause',
      '----------',
      '',
      'A connection pool was sized for the old traffic.',
      '',
      'Follow-up actions',
      '-----------------',
      '',
      '- Resize the pool (Dana, 2026-04-01)',
      '',
    ].join('\n');
    const document = await openUntitled(content);
    await vscode.window.showTextDocument(document);
    // An untitled buffer's name is used again once closed: wait for the findings of this text, not of
    // a buffer an earlier test opened under the same name.
    const missingOf = (l: vscode.Diagnostic[]) => l.filter((d) => ruleOf(d) === 'required-sections').map((d) => /"([^"]+)" section/.exec(d.message)?.[1]);
    const list = await waitForFindings(document.uri, (l) => missingOf(l).includes('Timeline'), 'a required-sections finding for the missing Timeline');
    const missing = missingOf(list);
    assert.ok(
      !missing.includes('Root Cause') && !missing.includes('Impact'),
      `the underlined headings are read as the sections they name; missing: ${missing.join(', ')}`,
    );
  });

  it('checks a notice sent without a title or headings when its prose tells an outage, its cause and the follow-up', async () => {
    const content = [
      'On Tuesday between 09:12 and 10:47 UTC we had an outage: customers could not sign in to the dashboard or use the public API.',
      '',
      'The outage was caused by a configuration change to our load balancers that removed the health check for the authentication service, so traffic kept going to instances that had stopped answering.',
      '',
      'Our alerting paged the on-call engineer at 09:19 UTC, seven minutes after the first errors.',
      '',
      'We rolled the configuration back at 10:31 UTC and sign-ins recovered by 10:47 UTC.',
      '',
      'We are adding a check to the deployment pipeline that refuses a load balancer change without health checks, and we apologise for the disruption.',
      '',
    ].join('\n');
    const document = await openUntitled(content);
    await vscode.window.showTextDocument(document);
    // The promise in the last paragraph is read as an action item told in prose: it has no owner.
    const list = await waitForFindings(document.uri, (l) => l.some((d) => ruleOf(d) === 'action-item-owner'), 'an owner finding on the promised check');
    const owner = list.find((d) => ruleOf(d) === 'action-item-owner')!;
    assert.equal(owner.range.start.line, 8, 'the finding is on the paragraph that promises the work');
  });

  it('leaves alone a guide to writing post-mortems, though its headings are the sections of one', async () => {
    const content = [
      '# How to write a post-mortem',
      '',
      'A post-mortem tells what happened during an incident and what the team will change.',
      '',
      '## Summary',
      '',
      'Write two or three sentences: what broke, for how long, and who was affected.',
      '',
      '## Timeline',
      '',
      'List the events in UTC, oldest first, from the logs.',
      '',
      '## Root cause',
      '',
      'Ask why until the answer is a gap in a system or a process, never a person.',
      '',
      '## Action items',
      '',
      'Give each item one owner, a calendar due date and a concrete outcome.',
      '',
    ].join('\n');
    const document = await openUntitled(content);
    await vscode.window.showTextDocument(document);
    const client = await runningClient();
    const answer = await client.sendRequest<DocumentDiagnosticReport>(DocumentDiagnosticRequest.method, { textDocument: { uri: document.uri.toString() } });
    assert.deepEqual(answer.kind === 'full' ? answer.items : undefined, []);
    // An untitled buffer has a model either way; it says whether the buffer is a post-mortem.
    const model = await client.sendRequest<PublicModel | null>(ModelRequest.method, { uri: document.uri.toString() });
    assert.equal(model?.isPostmortem, false, 'the guide is not taken for a post-mortem');
  });

  it('leaves an untitled buffer of ordinary Markdown alone, and picks it up once it becomes a post-mortem', async () => {
    const document = await openUntitled('# Shopping list\n\n- milk\n');
    await vscode.window.showTextDocument(document);
    const client = await runningClient();
    const answer = await client.sendRequest<DocumentDiagnosticReport>(DocumentDiagnosticRequest.method, { textDocument: { uri: document.uri.toString() } });
    assert.deepEqual(answer.kind === 'full' ? answer.items : undefined, []);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, document.lineAt(0).range, '# Post-Mortem: shopping went wrong');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForFindings(document.uri, (l) => l.some((d) => ruleOf(d) === 'required-sections'), 'required-sections findings after the title changed');
  });
  it('keeps checking a post-mortem opened under the name of one just closed, edit after edit', async () => {
    // VS Code gives a new untitled buffer the name of one just closed, and the client pulls the
    // closed one's findings once more as it closes: the new buffer must not be taken for the old.
    const owned =
      '# Post-Mortem: cache flush\n\n## Summary\n\nThe cache was flushed by a cron job at noon.\n\n## Action Items\n\n- [ ] Move the cron job to a quiet hour (due 2099-01-10)\n';
    const told =
      '# Post-Mortem: cache flush, {n}\n\n## Summary\n\nThe cache was flushed by a cron job at noon.\n\n## Impact\n\nPages were slow for ten minutes.\n';
    for (let n = 1; n <= 3; n++) {
      const first = await vscode.window.showTextDocument(await openUntitled(owned));
      await waitForFindings(first.document.uri, (l) => l.some((d) => ruleOf(d) === 'action-item-owner'), `round ${n}: the owner finding of the first text`);
      await closeAllEditors();
      const second = await vscode.window.showTextDocument(await openUntitled(told.replace('{n}', String(n))));
      const uri = second.document.uri;
      const missing = (l: vscode.Diagnostic[]) => l.filter((d) => ruleOf(d) === 'required-sections').map((d) => /"([^"]+)" section/.exec(d.message)?.[1]);
      await waitForFindings(
        uri,
        (l) => !l.some((d) => ruleOf(d) === 'action-item-owner') && missing(l).includes('Root Cause'),
        `round ${n}: the findings of the new text`,
      );
      assert.ok(
        await second.edit((b) =>
          b.insert(
            new vscode.Position(second.document.lineCount, 0),
            '\n## Root Cause\n\nThe cron job ran in the busiest hour because nobody had set its time.\n',
          ),
        ),
      );
      await waitForFindings(uri, (l) => !missing(l).includes('Root Cause'), `round ${n}: the finding to follow the edit`);
      await closeAllEditors();
    }
  });

  it('checks a post-mortem opened under the name of an edited one whose last pull is still running', async () => {
    // Closing an edited buffer reverts it first, and the client pulls the reverted text; a long
    // text keeps that pull running while the new buffer opens under the same name. The client then
    // pulls the URI again with the closed document, and the new buffer must still get its findings.
    const steps = Array.from({ length: 4000 }, (_, i) => `- Step ${i + 1}: the worker retried batch ${i + 1} and logged the result.`).join('\n');
    const long = `# Post-Mortem: batch retries\n\n## Summary\n\nThe batch worker retried every batch.\n\n## Timeline\n\n${steps}\n\n## Action Items\n\n- [ ] Cap the retries (due 2099-01-10)\n`;
    const told =
      '# Post-Mortem: batch retries, again\n\n## Summary\n\nThe worker retried every batch.\n\n## Action Items\n\n- [ ] Alert on retry storms (due 2099-02-01)\n';
    for (let n = 1; n <= 3; n++) {
      const first = await vscode.window.showTextDocument(await openUntitled(long));
      await waitForFindings(first.document.uri, (l) => l.some((d) => ruleOf(d) === 'action-item-owner'), `round ${n}: the owner finding of the long text`);
      assert.ok(await first.edit((b) => b.insert(new vscode.Position(0, 0), '<!-- edited -->\n')));
      await closeAllEditors();
      const second = await vscode.window.showTextDocument(await openUntitled(told));
      await waitForFindings(
        second.document.uri,
        (l) => l.filter((d) => ruleOf(d) === 'action-item-owner').length === 1 && l.every((d) => d.range.end.line < second.document.lineCount),
        `round ${n}: the findings of the new text`,
      );
      await closeAllEditors();
    }
  });
});
