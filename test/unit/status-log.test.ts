/**
 * A status page's updates ("**Identified:** …", "**Monitoring:** …", "**Update**: …") are the
 * entries of an incident's log: their labels name no section of a report, and what they say will
 * happen is the response under way, not follow-up work. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { check } from '../../server/src/analysis/engine/engine';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { parseMarkdown } from '../../server/src/analysis/parse/parse';
import { isStatusWord, labelledUpdates, postedUpdates, statusUpdates } from '../../server/src/analysis/model/status-log';

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

  describe('updates closed by the line saying when they were posted', () => {
    const stream = (a: string, b: string, c: string) =>
      `${a}\nPosted Apr 2, 2025 - 16:05 UTC\n\n${b}\nPosted Apr 2, 2025 - 15:20 UTC\n\n${c}\nPosted 3 days ago. Apr 2, 2025 - 14:40 UTC\n`;
    const exports = (head: string) =>
      head +
      stream(
        'Exports run at their usual speed again and the backlog is gone.',
        'A fix is out and we will keep watching the queue for the rest of the day.',
        'We are looking into exports that take far longer than usual.',
      );
    const taken = (text: string) => check(text, { path: 'docs/a.md', settings }).doc?.model.detection ?? 'skipped';

    it('are updates of a stream, two at least: what they say will happen is the response under way', () => {
      const text = exports('# Slow exports\n\nIncident report for Exporter\n\n');
      const children = parseMarkdown(text).children;
      assert.deepEqual([...postedUpdates(children)], [2, 3, 4]);
      assert.deepEqual([...labelledUpdates(children)], []);
      assert.deepEqual([...statusUpdates(children)], [2, 3, 4]);
      assert.deepEqual(model(text).actionItems, []);
      // One such line is a byline, not a stream.
      const one = '# Notes\n\nThe exporter got a new option.\nPosted Apr 2, 2025 - 16:05 UTC\n';
      assert.deepEqual([...postedUpdates(parseMarkdown(one).children)], []);
    });

    it('keeps the plan of a post-mortem posted above the stream, in its own paragraph over its "Posted" line', () => {
      const text = exports(
        '# Slow exports\n\n## What we will do\n\nWe will add an alert on the age of the oldest export job.\n\nPosted Apr 3, 2025 - 10:00 UTC\n\n## Updates\n\n',
      );
      assert.deepEqual(
        model(text).actionItems.map((i) => i.text),
        ['We will add an alert on the age of the oldest export job.'],
      );
    });

    it('make a post-mortem of a stream that names an incident, not of news or maintenance posted the same way', () => {
      assert.equal(taken(exports('# Slow exports\n\nIncident report for Exporter\n\n')), 'content');
      const news = stream(
        'Version 2 was released with a new exporter, and we thank everyone who tested it.',
        'We moved the docs to a new site; the old links were kept.',
        'Our issue tracker had a spring clean.',
      );
      const maintenance = stream(
        'The scheduled upgrade was completed and everything is running.',
        'We are starting the upgrade now.',
        'We will be upgrading the database on April 2 from 14:00 UTC.',
      );
      assert.notEqual(taken(`# Project news\n\n${news}`), 'content');
      assert.notEqual(taken(`# Database upgrade\n\n${maintenance}`), 'content');
      // Ugly input: "Posted" lines with no update above them, and one whose stamp does not end the line.
      assert.notEqual(taken('Posted Apr 2, 2025 - 16:05 UTC\n\nPosted Apr 2, 2025 - 15:20 UTC\n'), 'content');
      assert.deepEqual([...postedUpdates(parseMarkdown('x\nPosted Apr 2, 2025 - 16:05 UTC and more\n\ny\nPosted Apr 2 at noon\n').children)], []);
    });
  });
});
