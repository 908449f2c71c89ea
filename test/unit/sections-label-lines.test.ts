/**
 * Plain-text posts (an announcement sent to a mailing list, a note pasted from a chat) mark their
 * parts with a label on a line of its own that ends on a colon, often under a rule of dashes,
 * instead of Markdown headings. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { classifyItem } from '../../server/src/analysis/model/facts/item-kind';

function sections(text: string): [string, string | null, number][] {
  return analyzeDocument(text, 'notes/2026-05-01-announce.md', defaultSettings()).model.sections.map((s) => [s.heading.text, s.kind, s.heading.line]);
}

const POST = [
  '# Notice: package index unavailable on 2031-03-02',
  '',
  'Hello all,',
  '',
  'From 06:10 UTC the package index returned errors to every client after',
  'a scheduled job rewrote its configuration. We put the old file back at 07:02 UTC.',
  '',
  '------------',
  'follow-up work:',
  '',
  '- We will run the job on a staging copy first.',
  '- We will page the on-call person when the index answers with errors.',
  '',
  '------------',
  'cause:',
  '',
  'the job wrote an empty list of mirrors because its input file was missing.',
  '',
  '------------',
  'getting help:',
  '',
  'Write to the admins list and we will answer within the day.',
  '',
  '-- ',
  'The admins',
  '',
].join('\n');

describe('sections: label lines of plain-text posts', () => {
  it('reads lower-case label lines that end on a colon as the sections they name, in a post without headings', () => {
    assert.deepEqual(sections(POST), [
      ['follow-up work', 'action-items', 8],
      ['cause', 'root-cause', 14],
    ]);
  });

  it('ends a part at the next label line, also one that names no section', () => {
    const model = analyzeDocument(POST, 'notes/a.md', defaultSettings()).model;
    const cause = model.sections.find((s) => s.kind === 'root-cause');
    assert.ok(cause);
    assert.equal(POST.slice(cause.end).startsWith('getting help:'), true);
    // The promise under "getting help" is no item of the plan.
    assert.equal(
      model.actionItems.some((i) => /admins list/.test(i.text)),
      false,
    );
  });

  it('reads a capitalised label line too ("Root cause:")', () => {
    const text = POST.replace('follow-up work:', 'Next steps:').replace('cause:', 'Root cause:');
    assert.deepEqual(
      sections(text).map(([t, k]) => [t, k]),
      [
        ['Next steps', 'action-items'],
        ['Root cause', 'root-cause'],
      ],
    );
  });

  it('leaves a single line that ends on a colon as the sentence that introduces a list', () => {
    const text = '# Notice: index down\n\nThe index was down for an hour.\n\nnext steps:\n\n- We will test the job first.\n\nThanks for your patience.\n';
    assert.deepEqual(sections(text), []);
  });

  it('reads one label line alone when it is a section name capitalised as a title', () => {
    const note =
      '# Build farm down overnight\n\nSorry, the farm was down for some hours after my change to the runner image.\n\nLessons learned:\n- test the image on one runner first,\n- watch the queue after a deploy.\n\nCheers,\n\nsam\n';
    assert.deepEqual(sections(note), [['Lessons learned', 'lessons-learned', 4]]);
    const went = note.replace('Lessons learned:', 'What went well:');
    assert.deepEqual(
      sections(went).map(([t, k]) => [t, k]),
      [['What went well', 'lessons-learned']],
    );
  });

  it('leaves a single capitalised label line that is no section name as it was', () => {
    for (const line of ['Next things:', 'Learned:', 'Lessons learned from it:', 'Our notes:']) {
      const note = `# Build farm down overnight\n\nThe farm was down for some hours.\n\n${line}\n- test the image on one runner first.\n`;
      assert.deepEqual(sections(note), [], line);
    }
  });

  it('reads ugly lone label lines without failing: nothing after it, a double colon, inside a list, alone in the file', () => {
    for (const text of [
      '# Farm down\n\nThe farm was down.\n\nLessons learned:',
      '# Farm down\n\nThe farm was down.\n\nLessons learned::\n\n- test first\n',
      '# Farm down\n\nThe farm was down.\n\n- Lessons learned:\n  - test first\n',
      'Lessons learned:\n',
      '# Farm down\n\nLessons learned:\n\n\n',
    ])
      assert.deepEqual(sections(text), [], JSON.stringify(text));
  });

  it('leaves a lone capitalised section name with a colon to the headings of a report that has them', () => {
    const text = '# Build farm down\n\n## Summary\n\nThe farm was down for some hours.\n\nLessons learned:\n- test the image first.\n';
    assert.deepEqual(
      sections(text).map(([t, k]) => [t, k]),
      [['Summary', 'summary']],
    );
  });

  it('leaves lines that end on a colon but are sentences, or name nothing, as prose', () => {
    const text = [
      '# Notice: index down',
      '',
      'We rolled back the following components today:',
      '',
      '- the mirror list',
      '',
      'what we saw overnight in the logs:',
      '',
      '- errors',
      '',
      'other notes:',
      '',
      'none.',
      '',
    ].join('\n');
    assert.deepEqual(sections(text), []);
  });

  it('does not read label lines in a document that has Markdown headings for its sections', () => {
    const text = [
      '# Index outage',
      '',
      '## Summary',
      '',
      'The index was down for an hour.',
      '',
      'root cause:',
      '',
      'an empty mirror list.',
      '',
      'next steps:',
      '',
      '- We will test the job first.',
      '',
    ].join('\n');
    assert.deepEqual(
      sections(text).map(([t, k]) => [t, k]),
      [['Summary', 'summary']],
    );
  });

  it('reads a long run of label lines, each a section of its own', function () {
    this.timeout(60000);
    const found = sections('# Notice\n\n' + 'root cause:\n\nthe job failed.\n\n'.repeat(3000));
    assert.equal(found.length, 3000);
    assert.ok(found.every(([, kind]) => kind === 'root-cause'));
  });
});

describe('sections: paragraphs that open on a plain field label', () => {
  const REPORT = [
    '# Render API outage',
    '',
    'Impact: for nine minutes no render request succeeded and queued jobs waited.',
    '',
    'Root cause: a burst of traffic filled the worker pool, so the hosts restarted themselves.',
    '',
    'Next steps: so that a burst does not take the service down again, we will:',
    '',
    '- Add a limit per client.',
    '- Alert on the pool filling up.',
    '',
    'We are sorry for the trouble.',
    '',
  ].join('\n');

  it('reads them as the sections they name when two kinds at least are named so', () => {
    const model = analyzeDocument(REPORT, 'status/render.md', defaultSettings()).model;
    assert.deepEqual(
      model.sections.map((s) => [s.heading.text, s.kind, s.heading.line]),
      [
        ['Impact', 'impact', 2],
        ['Root cause', 'root-cause', 4],
        ['Next steps', 'action-items', 6],
      ],
    );
  });

  it('leaves a single such paragraph, and labels that name no section plainly, as prose', () => {
    assert.deepEqual(sections('# Render API outage\n\nCause: a burst of traffic.\n\nThe hosts restarted.\n'), []);
    assert.deepEqual(sections('# Render API outage\n\nNote: times are UTC.\n\nUpdate: all is well.\n\nTrigger: a burst.\n\nProblem: hosts restarted.\n'), []);
  });
});

describe('sections: a resolution field whose value is work ahead', () => {
  const fields = (resolution: string) =>
    `# Node halt\n\n**Summary**: the chain stopped for an hour.\n\n**Root cause**: an old setup script deleted the keys.\n\n**Resolution**: ${resolution}\n\n## Timeline\n\n- 10:00 halt\n- 11:00 blocks again\n`;
  const kindOf = (text: string) => sections(text).find(([t]) => t === 'Resolution')?.[1];

  it('reads a value written as a task as the plan', () => {
    assert.equal(kindOf(fields('Keep every setup script under review (in the repo)')), 'action-items');
    assert.equal(kindOf(fields('Audit the old scripts before the next upgrade.')), 'action-items');
  });

  it('keeps the resolution for a recovery step told tersely, or anything told as done', () => {
    assert.equal(kindOf(fields('Restart the workers with the keys from the backup')), 'resolution');
    assert.equal(kindOf(fields('Rolled back the script and restored the keys.')), 'resolution');
    assert.equal(kindOf(fields('Update the script; the keys were restored from the backup.')), 'resolution');
    assert.equal(kindOf(fields('The keys came back from the backup.')), 'resolution');
    assert.equal(kindOf(fields('')), 'resolution');
  });

  it('reads fields one a line in a block the same way', () => {
    const text = '# Node halt\n\n**Impact**: an hour without blocks.  \n**Resolution**: Review the scripts every quarter\n';
    assert.deepEqual(
      sections(text).map(([t, k]) => [t, k]),
      [
        ['Impact', 'impact'],
        ['Resolution', 'action-items'],
      ],
    );
  });

  it('leaves a heading named "Resolution" to its body, as before', () => {
    assert.equal(kindOf('# Node halt\n\n## Resolution\n\nWe restored the keys from a backup and restarted the nodes.\n'), 'resolution');
  });
});

describe('item kind: finding out why it happened', () => {
  it('reads work to find the cause as prevention, whatever the recovery told beside it', () => {
    for (const text of [
      'We will investigate the root cause of the crash.',
      'we will start looking into what caused the queue to stall; for now the focus was to restore service.',
      'Determine the underlying cause of the disk errors.',
    ])
      assert.equal(classifyItem({ text, category: null }).kind, 'prevention', text);
  });

  it('leaves finding a cause faster during the next incident to the response', () => {
    for (const text of ['Add tracing so that we can find the root cause faster during incidents.', 'Write a runbook to identify the cause more quickly.'])
      assert.equal(classifyItem({ text, category: null }).kind, 'response', text);
  });
});

describe('sections: a block of fields that names one kind of section', () => {
  const header = (fields: string) =>
    `# Router reload\n\n${fields}\n\n## What happened\n\nA config push reloaded the core router and the office lost its uplink.\n`;
  const kinds = (text: string) => sections(text).map(([t, k]) => [t, k]);

  it('reads a section field among dates, hosts and durations as a fact of the header', () => {
    const block = '**Date**: 3 March 2031  \n**Duration**: about 20 minutes  \n**Host**: `core-1`  \n**Impact**: the whole office offline';
    assert.deepEqual(kinds(header(block)), [['What happened', 'summary']]);
    // Fields one a line without hard breaks, and bold labels with the colon inside, the same.
    assert.deepEqual(kinds(header(block.replace(/ {2}\n/g, '\n').replace(/\*\*: /g, ':** '))), [['What happened', 'summary']]);
  });

  it('still reads a block that names two kinds of section, and a field of its own paragraph', () => {
    const two = '**Date**: 3 March 2031  \n**Impact**: the whole office offline  \n**Root cause**: a config push reloaded the router';
    assert.deepEqual(kinds(header(two)), [
      ['Impact', 'impact'],
      ['Root cause', 'root-cause'],
      ['What happened', 'summary'],
    ]);
    const apart = '**Date**: 3 March 2031\n\n**Impact**: the whole office offline';
    assert.deepEqual(kinds(header(apart)), [
      ['Impact', 'impact'],
      ['What happened', 'summary'],
    ]);
  });
});
