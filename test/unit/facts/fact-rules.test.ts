import { strict as assert } from 'node:assert';
import { check } from '../../../server/src/analysis/engine/engine';
import { applyEdits, type Finding } from '../../../server/src/analysis/base/findings';
import { defaultSettings, type Settings } from '../../../server/src/analysis/base/settings';
import { parseMarkdown } from '../../../server/src/analysis/parse/parse';

function findings(text: string, ruleId: string, settings: Settings = defaultSettings()): Finding[] {
  return check(text, { path: 'postmortems/x.md', settings }).findings.filter((f) => f.ruleId === ruleId);
}

const doc = (parts: Record<string, string[]>) =>
  [
    '# Incident: stale search results',
    '',
    'Date: 2026-04-02',
    '',
    ...Object.entries(parts).flatMap(([heading, body]) => [`## ${heading}`, '', ...body, '']),
  ].join('\n');

describe('impact-unquantified', () => {
  it('reports an impact section with no figure, on its heading', () => {
    const text = doc({ Impact: ['Search showed old results to some people for a while.'] });
    const [finding, ...rest] = findings(text, 'impact-unquantified');
    assert.equal(rest.length, 0);
    assert.equal(text.slice(finding.start, finding.end), '## Impact');
    assert.match(finding.message, /states no figure/);
  });

  it('is quiet when the impact states a count, a percentage, a duration or a cost', () => {
    for (const line of ['About 3,400 users saw old results.', '12% of queries were stale.', 'It lasted 50 minutes.', 'Credits cost €900.']) {
      assert.deepEqual(findings(doc({ Impact: [line] }), 'impact-unquantified'), [], line);
    }
  });

  it('adds the three prompts of the classic template under the heading, and the finding goes', () => {
    const text = doc({ Impact: ['Search showed old results.'], 'Action Items': ['- [ ] Add a freshness check (owner: Ana Lima, due: 2026-05-01)'] });
    const [finding] = findings(text, 'impact-unquantified');
    const fix = finding.fixes.find((f) => f.isPreferred)!;
    const fixed = applyEdits(text, fix.edits);
    assert.ok(fixed.includes('## Impact\n\n- Customers affected: TODO\n- Duration: TODO\n- Business impact: TODO\n\nSearch showed old results.'));
    assert.equal(fixed.replace('\n\n- Customers affected: TODO\n- Duration: TODO\n- Business impact: TODO', ''), text, 'nothing else changes');
    assert.deepEqual(findings(fixed, 'impact-unquantified'), []);
  });

  it('keeps CRLF line ends in the inserted list', () => {
    const text = doc({ Impact: ['Old results.'] }).replace(/\n/g, '\r\n');
    const [finding] = findings(text, 'impact-unquantified');
    assert.ok(
      applyEdits(text, finding.fixes[0].edits).includes(
        '## Impact\r\n\r\n- Customers affected: TODO\r\n- Duration: TODO\r\n- Business impact: TODO\r\n\r\nOld results.',
      ),
    );
  });

  it('keeps a blank line between the list and text right under the heading, so the text does not join the list', () => {
    const text = '# Incident: x\n\n## Impact\nOld results.\n';
    const [finding] = findings(text, 'impact-unquantified');
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.equal(fixed, '# Incident: x\n\n## Impact\n\n- Customers affected: TODO\n- Duration: TODO\n- Business impact: TODO\n\nOld results.\n');
    assert.deepEqual(findings(fixed, 'impact-unquantified'), []);
  });

  it('puts the prompts under the impact section that has a body, not an empty heading above it, and the finding goes', () => {
    // Two headings read as impact: an empty one ("What customers saw") and the real one under it.
    const text = '# Incident: x\n\n## What customers saw\n\n## Impact\n\nOld results for a while.\n';
    const [finding, ...rest] = findings(text, 'impact-unquantified');
    assert.equal(rest.length, 0);
    assert.equal(text.slice(finding.start, finding.end), '## Impact');
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.equal(fixed, text.replace('## Impact\n', '## Impact\n\n- Customers affected: TODO\n- Duration: TODO\n- Business impact: TODO\n'));
    assert.deepEqual(findings(fixed, 'impact-unquantified'), []);
    // Prompts already in either section leave nothing to add.
    const prompted = text.replace('## What customers saw\n', '## What customers saw\n\n- Customers affected: TODO\n');
    assert.deepEqual(findings(prompted, 'impact-unquantified'), []);
  });

  it('keeps text indented under the heading out of the inserted list, so an indented fence stays where it was', () => {
    // An indented fence right under the heading: under a "- " list it would open inside the last
    // item, and its closing fence (at the margin) would open a new block that runs to the end.
    const text = '# Incident: x\n\n## Impact\n  ```\nerror rate graph\n```\n\n## Lessons Learned\n\nKeep graphs.\n';
    const [finding] = findings(text, 'impact-unquantified');
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.equal(fixed, text.replace('## Impact\n', '## Impact\n\n-  Customers affected: TODO\n-  Duration: TODO\n-  Business impact: TODO\n\n'));
    const blocks = (t: string) => parseMarkdown(t).children.map((n) => n.type);
    assert.deepEqual(blocks(fixed), ['heading', 'heading', 'list', 'code', 'heading', 'paragraph']);
    assert.deepEqual(findings(fixed, 'impact-unquantified'), []);
    // Tabs count to the next stop of four; past five columns no marker keeps the text out: no fix.
    const tabbed = text.replace('  ```', '\t```');
    assert.ok(applyEdits(tabbed, findings(tabbed, 'impact-unquantified')[0].fixes[0].edits).includes('\n-    Duration: TODO\n'));
    const deep = '# Incident: x\n\n## Impact\n\n      indented note\n';
    const [far] = findings(deep, 'impact-unquantified');
    assert.deepEqual(
      far.fixes.filter((f) => f.title.startsWith('Add the impact prompts')),
      [],
    );
  });

  it('leaves empty sections to empty-section, and templates alone', () => {
    assert.deepEqual(findings(doc({ Impact: ['TODO'] }), 'impact-unquantified'), []);
    assert.deepEqual(findings(`---\ntemplate: true\n---\n${doc({ Impact: ['Describe the impact.'] })}`, 'impact-unquantified'), []);
  });
});

describe('root-cause-depth', () => {
  it('asks the next why of a root cause that stops at a person', () => {
    const [finding] = findings(doc({ 'Root Cause': ['Human error: the operator forgot to drain the node.'] }), 'root-cause-depth');
    assert.match(finding.message, /stops at a person\. Ask the next why: what allowed this action to reach production/);
  });

  it('asks it of a chain of whys whose last answer is a person', () => {
    const [finding] = findings(
      doc({ 'Root Cause': ['1. Why were results stale? The indexer stopped.', '2. Why did it stop? The engineer forgot to restart it.'] }),
      'root-cause-depth',
    );
    assert.match(finding.message, /chain of whys ends at a person/);
  });

  it('asks it of a single cause with nothing behind it', () => {
    const [finding] = findings(doc({ 'Root Cause': ['The deploy broke it.'] }), 'root-cause-depth');
    assert.match(finding.message, /one cause with no why behind it/);
  });

  it('is quiet on a chain that ends at the system, and on an explained cause', () => {
    assert.deepEqual(
      findings(
        doc({
          'Root Cause': [
            '1. Why were results stale? The indexer stopped.',
            '2. Why did it stop? Its queue filled.',
            '3. Why did nothing warn us? No alert watches the queue depth.',
          ],
        }),
        'root-cause-depth',
      ),
      [],
    );
    assert.deepEqual(findings(doc({ 'Root Cause': ['The indexer stopped because its queue filled, and no check limits the queue.'] }), 'root-cause-depth'), []);
  });

  it('is quiet on one sentence that names a gap in the system or the process', () => {
    for (const cause of [
      'The consumer had no way to set a malformed message aside.',
      'There was no limit on the size of a batch.',
      'Nothing stopped a schema change from reaching the replica first.',
      'The importer did not validate the file before it wrote to the table.',
      'The failover path was never tested.',
      'Lack of an owner for the certificate renewal.',
    ]) {
      assert.deepEqual(findings(doc({ 'Root Cause': [cause] }), 'root-cause-depth'), [], cause);
    }
  });

  it('still asks the next why of a cause told as an event, or of a person, whatever the gap words', () => {
    for (const cause of ['The deploy broke the cache.', 'The cluster ran out of disk.', 'A bad config was pushed.']) {
      const [finding] = findings(doc({ 'Root Cause': [cause] }), 'root-cause-depth');
      assert.match(finding?.message ?? '', /one cause with no why behind it/, cause);
    }
    const [person] = findings(doc({ 'Root Cause': ['The engineer forgot to drain the node; no one noticed.'] }), 'root-cause-depth');
    assert.match(person?.message ?? '', /stops at a person/);
  });
});

describe('detection-gap-unaddressed', () => {
  const timeline = (detectAt: string, mitigateAt: string) => [
    'All times UTC.',
    '',
    '- 10:00 Errors started',
    `- ${detectAt} Alert fired`,
    `- ${mitigateAt} Rolled back`,
  ];

  it('reports slow detection with no detection item, on the action items heading', () => {
    const text = doc({ Timeline: timeline('10:40', '10:50'), 'Action Items': ['- [ ] Fix the indexer retry (owner: Ana Lima, due: 2026-05-01)'] });
    const found = findings(text, 'detection-gap-unaddressed');
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), '## Action Items');
    assert.match(found[0].message, /Detection took 40 minutes \(more than 15\)/);
  });

  it('is quiet once an item is of the detection kind, written or inferred', () => {
    for (const item of [
      '- [ ] Add an alert on index age (owner: Ana Lima, due: 2026-05-01)',
      '- [ ] [detection] Watch the indexer (owner: Ana Lima, due: 2026-05-01)',
    ]) {
      assert.deepEqual(findings(doc({ Timeline: timeline('10:40', '10:50'), 'Action Items': [item] }), 'detection-gap-unaddressed'), [], item);
    }
  });

  it('reports slow mitigation with no response item, with the configured threshold', () => {
    const settings = defaultSettings();
    settings.facts.mitigationThreshold = 30;
    const text = doc({ Timeline: timeline('10:05', '10:45'), 'Action Items': ['- [ ] Fix the indexer retry (owner: Ana Lima, due: 2026-05-01)'] });
    const found = findings(text, 'detection-gap-unaddressed', settings);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Mitigation took 45 minutes \(more than 30\)/);
    assert.deepEqual(findings(text, 'detection-gap-unaddressed'), [], 'under the default 60 minutes');
  });

  it('is quiet when the detection is fast, or when there are no action items to weigh', () => {
    assert.deepEqual(
      findings(doc({ Timeline: timeline('10:05', '10:10'), 'Action Items': ['- [ ] Fix it (owner: Ana Lima, due: 2026-05-01)'] }), 'detection-gap-unaddressed'),
      [],
    );
    assert.deepEqual(findings(doc({ Timeline: timeline('10:40', '10:50') }), 'detection-gap-unaddressed'), []);
  });
});

describe('contributing-factors-missing', () => {
  const on = () => {
    const settings = defaultSettings();
    settings.rules['contributing-factors-missing'] = { options: {} };
    return settings;
  };

  it('is off by default', () => {
    assert.deepEqual(findings(doc({ 'Root Cause': ['The indexer stopped.'] }), 'contributing-factors-missing'), []);
  });

  it('when on, reports a root cause with no category, naming the taxonomy', () => {
    const [finding] = findings(doc({ 'Root Cause': ['The indexer stopped.'] }), 'contributing-factors-missing', on());
    assert.match(finding.message, /process gap, tooling failure, design weakness/);
  });

  it('when on, is quiet when categories are written or inferred with confidence', () => {
    assert.deepEqual(
      findings(`---\ncontributing_factors: [process gap]\n---\n${doc({ 'Root Cause': ['The indexer stopped.'] })}`, 'contributing-factors-missing', on()),
      [],
    );
    assert.deepEqual(findings(doc({ 'Root Cause': ['The indexer stopped, and no alert fired for two hours.'] }), 'contributing-factors-missing', on()), []);
  });
});
