/**
 * A status page's updates ("**Identified:** …", "**Monitoring:** …", "**Update**: …") are the
 * entries of an incident's log: their labels name no section of a report, and what they say will
 * happen is the response under way, not follow-up work. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { parseMarkdown } from '../../server/src/analysis/parse/parse';
import { isStatusWord, statusUpdates } from '../../server/src/analysis/model/status-log';

const settings = defaultSettings();
const model = (text: string) => analyzeDocument(text, 'postmortems/x.md', settings).model;
const kindsOf = (text: string) => model(text).sections.map((s) => [s.heading.text, s.kinds.join('+') || null]);

describe('status-page updates', () => {
  it('knows the state words of a status page', () => {
    for (const word of ['Identified', 'Issue identified:', 'Monitoring', 'Update', 'Updated', 'Resolved?', 'Resolve', 'Notice', 'Investigating'])
      assert.equal(isStatusWord(word), true, word);
    for (const word of ['Resolution', 'Root cause', 'Impact', 'Identified problems', 'Monitoring gaps', 'Update the runbook'])
      assert.equal(isStatusWord(word), false, word);
  });

  it('reads no section in the labels of updates joined by hard breaks', () => {
    const text = [
      '---',
      'title: Mail relay down',
      'status: resolved',
      '---',
      'The relay dropped every message for a day.\\',
      '**Investigating:** The provider is looking into the relay. 2024-03-04 08:10\\',
      '**Issue identified:** A disk filled up on the provider side. 2024-03-04 09:40\\',
      '**Monitoring:** Mail flows again; we will keep watching the queue for a week. 2024-03-04 11:00',
      '',
      '**Resolved?:** The queue stayed empty overnight and we moved to a second relay. 2024-03-05 07:00',
      '',
    ].join('\n');
    assert.deepEqual(kindsOf(text), []);
    assert.deepEqual(
      model(text).actionItems.map((i) => i.text),
      [],
      'what an update says will happen is the response under way',
    );
  });

  it('reads no section in a log of updates, one a paragraph, under date headings', () => {
    const text = [
      '# Cluster incidents',
      '',
      '## Summary',
      '',
      'Two outages of the build cluster this quarter.',
      '',
      '### March 3-4',
      '',
      '**Resolved**: The build nodes are back.',
      '<br>March 4, 10:00 PST',
      '',
      '**Notice**: The build nodes will be offline on Monday while we replace a switch.',
      '<br>March 3, 09:00 PST',
      '',
    ].join('\n');
    assert.deepEqual(kindsOf(text), [
      ['Summary', 'summary'],
      ['March 3-4', null],
    ]);
    assert.deepEqual(
      model(text).actionItems.map((i) => i.text),
      [],
    );
  });

  it('keeps a lone status-like field of a report, and labels that name sections', () => {
    // One "Resolved" field is a fact of a report; "Identified" twice with no other word is still a log.
    const report = [
      '# Queue backlog',
      '',
      '**Summary**: The queue backed up for an hour.',
      '',
      '**Resolved**: We drained the queue and restarted the workers.',
      '',
      '**Action items**:',
      '',
      '- Add an alert on queue depth',
      '- Document the drain procedure',
      '',
    ].join('\n');
    assert.deepEqual(kindsOf(report), [
      ['Summary', 'summary'],
      ['Resolved', 'resolution'],
      ['Action items', 'action-items'],
    ]);
    assert.equal(model(report).actionItems.length, 2);
    assert.deepEqual([...statusUpdates(parseMarkdown(report).children)], []);
  });

  it('still reads a plan that follows the log', () => {
    const text = [
      '# Mail relay down',
      '',
      '**Identified:** A disk filled up on the provider side.',
      '',
      '**Monitoring:** Mail flows again; we will keep watching the queue.',
      '',
      '## Follow-up',
      '',
      '- Add a second relay',
      '- Alert when the queue passes a thousand messages',
      '',
    ].join('\n');
    assert.deepEqual(kindsOf(text), [['Follow-up', 'action-items']]);
    assert.deepEqual(
      model(text).actionItems.map((i) => i.text),
      ['Add a second relay', 'Alert when the queue passes a thousand messages'],
    );
  });
});
