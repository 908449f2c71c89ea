import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { check } from '../../server/src/analysis/engine/engine';
import { applyEdits } from '../../server/src/analysis/base/findings';
import { parseMarkdown } from '../../server/src/analysis/parse/parse';
import { publicModel } from '../../server/src/analysis/model/public-model';
import { SectionMatcher } from '../../server/src/analysis/model/sections';
import {
  DEFAULT_PREMORTEM_SECTIONS,
  DEFAULT_SECTIONS,
  defaultSettings,
  mergeSettings,
  normaliseLayer,
  type Settings,
} from '../../server/src/analysis/base/settings';
import { configListEdits } from '../../server/src/config-edit';
import { RULE_CONFIG } from '../../server/src/config-file';
import { sectionHoverText } from '../../server/src/features/sections';
import { fastest } from '../support/engine-properties';

const settings = defaultSettings();
const model = (text: string) => analyzeDocument(text, 'postmortems/x.md', settings).model;
const kindsOf = (text: string) => model(text).sections.map((s) => [s.heading.text, s.kinds.join('+') || null]);
const reader = new SectionMatcher(DEFAULT_SECTIONS);
const read = (heading: string) => reader.read(heading).kinds;

describe('reading a heading by its meaning', () => {
  it('reads questions as the section they ask about', () => {
    assert.deepEqual(read('How did this happen?'), ['root-cause']);
    assert.deepEqual(read('Why did the queue stall?'), ['root-cause']);
    assert.deepEqual(read('What was the problem?'), ['root-cause']);
    assert.deepEqual(read('How did we fix it?'), ['resolution']);
    assert.deepEqual(read('Who was hit, and how badly?').length, 0, 'no cue, no kind');
  });

  it('reads intentions as a plan of action items', () => {
    for (const heading of [
      "What we're doing to fix this",
      'What we are changing',
      'Corrective and preventative measures',
      'Recommendations',
      'Long-term solution',
      'Improving our paging setup',
      'How we will prevent a repeat',
      "What's next",
      'Going forward',
    ]) {
      assert.deepEqual(read(heading), ['action-items'], heading);
    }
  });

  it('reads a single author\'s intentions ("What I\'m changing") as a plan, as the plural ones are', () => {
    for (const heading of [
      "What I'm changing",
      "What I'll do differently",
      'Steps we are taking',
      'Further work',
      'Open items',
      'Outstanding work',
      'Our commitments',
      'What we changed',
      'Changes we made',
      'Measures taken',
      'Looking ahead',
      'What now?',
    ]) {
      assert.deepEqual(read(heading), ['action-items'], heading);
    }
    // A how-to and a list of reproduction steps are no plan.
    for (const heading of ['How to do a restore', 'Steps to reproduce', 'How we fixed it', 'What I did', 'What we did', 'Ahead of the launch']) {
      assert.ok(!read(heading).includes('action-items'), heading);
    }
  });

  it('reads a list of commits as a reference, and a promise of work ("Our commitments") still as a plan', () => {
    for (const heading of ['Commits', 'Relevant commits', 'Commit log', 'Relevant commit history', 'commits:']) {
      const reading = reader.read(heading);
      assert.deepEqual(reading.kinds, [], heading);
      assert.equal(reading.other, true, heading);
    }
    for (const heading of ['Commitments', 'Our commitments', 'What we commit to', "What we're committing to", 'What I commit to']) {
      assert.deepEqual(read(heading), ['action-items'], heading);
    }
    // A part that names a plan still counts beside the reference.
    assert.deepEqual(read('Commits and follow-ups'), ['action-items']);
    // The commits listed under the heading start with verbs of doing, yet they are no plan.
    const text = [
      '# Post-mortem: retry storm',
      '## Summary',
      'The worker retried without a cap and flooded the queue.',
      '## Commits',
      '- [a1b2c3d](https://example.org/c/a1b2c3d) Add a cap on retries',
      '- [d4e5f6a](https://example.org/c/d4e5f6a) Fix the backoff jitter',
      '- [0f9e8d7](https://example.org/c/0f9e8d7) Remove the unbounded loop',
    ].join('\n\n');
    assert.deepEqual(kindsOf(text), [
      ['Summary', 'summary'],
      ['Commits', null],
    ]);
  });

  it('reads "Looking forward" over a list of future work as the plan, as "Looking ahead" is', () => {
    for (const heading of ['Looking forward', 'Looking Forward:', '5. Looking forward', 'Look forward']) {
      assert.deepEqual(read(heading), ['action-items'], heading);
    }
    assert.ok(!read('Looking back').includes('action-items'), 'a look back is no plan');
    for (const heading of ['Forward-looking statements', 'Forward looking statement']) {
      assert.deepEqual(read(heading), [], heading);
      assert.equal(reader.read(heading).other, true, heading);
    }
    const text = [
      '# Post-mortem: stale cache',
      '## Summary',
      'The cache served stale prices for an hour.',
      '## Looking forward',
      '1. **Shorter expiry**',
      '   - Cutting the expiry of price entries to one minute.',
      '2. **An alert on staleness**',
      '   - Paging when the newest entry is older than five minutes.',
    ].join('\n\n');
    assert.deepEqual(kindsOf(text), [
      ['Summary', 'summary'],
      ['Looking forward', 'action-items'],
    ]);
  });

  it('under a summary, a part of the story named plainly enough is a section of its own', () => {
    const text =
      '# Queue stall\n\n## What happened\n\nThe queue stalled.\n\n### Affected services\n\nBilling and search.\n\n### Background\n\nThe queue is old.\n';
    assert.deepEqual(kindsOf(text), [
      ['What happened', 'summary'],
      ['Affected services', 'impact'],
      ['Background', null],
    ]);
  });

  it('confirms a heading that only hints at the impact by figures or words of harm in its content', () => {
    const text =
      '# Slow builds\n\n## Summary\n\nBuilds slowed.\n\n## Where it hurt\n\nMerges slowed down and two releases slipped.\n\n## The cost\n\nAbout 340 developer hours.\n\n## Duration\n\nWe keep build logs for a week.\n';
    assert.deepEqual(kindsOf(text), [
      ['Summary', 'summary'],
      ['Where it hurt', 'impact'],
      ['The cost', 'impact'],
      ['Duration', null],
    ]);
  });

  it('reads more ways of naming the cause, the impact, the lessons and the opening summary', () => {
    assert.deepEqual(read('What broke'), ['root-cause']);
    assert.deepEqual(read('The underlying issue'), ['root-cause']);
    assert.deepEqual(read('Reasons for the outage'), ['root-cause']);
    assert.deepEqual(read('How bad was it?'), ['impact']);
    assert.deepEqual(read('What could have gone better'), ['lessons-learned']);
    assert.deepEqual(read('Introduction'), ['summary']);
    assert.deepEqual(read('What went right'), ['lessons-learned']);
    assert.deepEqual(read('In hindsight'), ['lessons-learned']);
    assert.deepEqual(read("What I'd tell myself a year ago"), ['lessons-learned']);
    assert.deepEqual(read('How it broke'), ['root-cause']);
    assert.deepEqual(read('When it happened'), ['timeline']);
    assert.deepEqual(read('How it unfolded'), ['timeline']);
    assert.deepEqual(read('Observations'), ['lessons-learned']);
    // "Context", "Technical details": hints that only the section's content can confirm.
    assert.deepEqual(read('Context'), []);
    assert.deepEqual(read('Technical details'), []);
    const text =
      '# Disk full\n\n## Context\n\nThe disk filled up because log rotation was turned off.\n\n## Technical details\n\nThe host runs three services.\n';
    assert.deepEqual(kindsOf(text), [
      ['Context', 'root-cause'],
      ['Technical details', null],
    ]);
  });

  it('reads synonyms by their stems', () => {
    assert.deepEqual(read('Insights'), ['lessons-learned']);
    assert.deepEqual(read('Key takeaways'), ['lessons-learned']);
    assert.deepEqual(read('Things we learnt'), ['lessons-learned']);
    assert.deepEqual(read('Blast radius'), ['impact']);
    assert.deepEqual(read('How it was detected'), ['detection']);
  });

  it('reads one compound heading as two sections, and a part that adds nothing as none', () => {
    assert.deepEqual(read('Severity & impact'), ['impact']);
    assert.deepEqual(read('Recovery and lessons learned'), ['lessons-learned', 'resolution']);
    assert.deepEqual(read('Detection / Response'), ['detection', 'resolution']);
    assert.deepEqual(read('Summary of events'), ['summary', 'timeline']);
    assert.deepEqual(read('Problems / Timeline'), ['timeline'], 'a weak part names nothing');
    assert.deepEqual(read('What went well / What went wrong'), ['lessons-learned'], 'one kind explains both parts');
  });

  it('maps metadata, background, appendices and thanks to nothing', () => {
    for (const heading of ['Date', 'Authors', 'Status', 'Background', 'Appendix', 'Appendix: raw logs', 'Thanks', 'Acknowledgements', 'Q&A', 'Participants']) {
      const reading = reader.read(heading);
      assert.deepEqual(reading.kinds, [], heading);
      assert.equal(reading.other, true, heading);
    }
    assert.deepEqual(read('Background and root cause'), ['root-cause'], 'a part may still name a section');
  });

  it('forgives a one-letter slip in a long cue word', () => {
    assert.deepEqual(read('Remediaton'), ['action-items']);
    assert.equal(reader.read('Apendix').other, true);
  });

  it('says which words decided, and that a configured name is an alias', () => {
    assert.deepEqual(reader.read('How did this happen?'), { ...reader.read('How did this happen?'), how: 'meaning', words: ['how', 'happen'] });
    const alias = reader.read('Executive Summary');
    assert.equal(alias.how, 'alias');
    assert.deepEqual(alias.words, ['Executive Summary']);
  });

  it('reads a pre-mortem by its configured names only', () => {
    const premortem = new SectionMatcher(DEFAULT_PREMORTEM_SECTIONS, false);
    assert.deepEqual(premortem.read('Risk register').kinds, ['risks']);
    assert.deepEqual(premortem.read('How did this happen?').kinds, []);
  });

  it('gives nothing, and never throws, for headings of punctuation, emoji, code or other scripts', () => {
    for (const heading of [
      '',
      '---',
      '!!!???',
      '🔥🔥🔥',
      '`npm run build`',
      '```',
      'Резюме',
      '事后总结',
      'Résumé & 影响',
      '\u0000\u200b',
      'x'.repeat(50_000),
      'and and and / , ; |'.repeat(2000),
    ]) {
      const reading = reader.read(heading);
      assert.ok(Array.isArray(reading.kinds), heading.slice(0, 20));
    }
    assert.deepEqual(read('Impact — 影响'), ['impact'], 'the Latin words of a mixed heading still count');
  });
});

describe('reading a section in its context and by its content', () => {
  it('reads "What went wrong" as a lesson under Lessons, and as the root cause on its own', () => {
    const text =
      '# Post-mortem: cache stampede\n\n## Lessons\n\n### What went well\n\nAlerts.\n\n### What went wrong\n\nNo limit.\n\n## What went wrong?\n\nA deploy removed the limit.\n';
    assert.deepEqual(kindsOf(text), [
      ['Lessons', 'lessons-learned'],
      ['What went well', 'lessons-learned'],
      ['What went wrong', 'lessons-learned'],
      ['What went wrong?', 'root-cause'],
    ]);
  });

  it('reads a bold "Summary" line inside another section as a part of that section, not the incident\'s summary', () => {
    const text = '# Post-mortem: x\n\n## Lessons learned\n\nTest limits.\n\n**Overview**\n\nMore.\n';
    assert.deepEqual(kindsOf(text), [['Lessons learned', 'lessons-learned']]);
  });

  it('lets a weak reading under a section of another kind be a part of it', () => {
    const text = '# Post-mortem: disk full\n\n## Resolution\n\n### Long-term solution\n\nWe moved the logs to their own volume.\n';
    assert.deepEqual(kindsOf(text), [
      ['Resolution', 'resolution'],
      ['Long-term solution', null],
    ]);
  });

  it('reads an unnamed section by its content: commitments, times, causes', () => {
    const text = [
      '# Post-mortem: queue backlog',
      '## Going further',
      '- Add an alert on queue depth',
      '- Write a runbook for draining the queue',
      '- [ ] Cap retries at three',
      '## The day',
      '- 09:02 deploy starts',
      '- 09:10 queue grows',
      '- 09:30 rollback',
      '## Why',
      'Nothing.',
      '## Context',
      'The retry storm happened because the cap was removed, which led to a backlog due to slow consumers.',
      '## Miscellany',
      'Some words.',
    ].join('\n\n');
    const sections = model(text).sections;
    const by = (h: string) => sections.find((s) => s.heading.text === h)!;
    assert.deepEqual([by('Going further').kind, by('Going further').decidedBy], ['action-items', 'body']);
    assert.match(by('Going further').because[0], /commitments/);
    assert.deepEqual([by('The day').kind, by('The day').decidedBy], ['timeline', 'body']);
    assert.deepEqual([by('Context').kind, by('Context').decidedBy], ['root-cause', 'body']);
    assert.equal(by('Miscellany').kind, null);
  });

  it('reads "Details" as the summary when it opens the report after its date and time headings, and only then', () => {
    const report = [
      '## Report on the lost reward payouts',
      '## Date: 2026-03-04',
      '## Time: 05:14 UTC',
      '## Details:',
      '',
      'The nightly payout computed zero for every account, so no rewards were paid that day.',
      '',
      '## Impact:',
      '',
      'Four thousand accounts were paid a day late.',
    ].join('\n');
    assert.deepEqual(
      kindsOf(report).filter(([, kind]) => kind),
      [
        ['Details:', 'summary'],
        ['Impact:', 'impact'],
      ],
    );
    // Further down, "Details" is a part of the story, not its summary.
    const later = '# Post-mortem: x\n\n## Summary\n\nPayouts failed.\n\n## Details\n\nThe job computed zero for every account.\n';
    assert.deepEqual(kindsOf(later), [
      ['Summary', 'summary'],
      ['Details', null],
    ]);
    // "Technical details" still only hints at the cause: the opening's prose does not make it a summary.
    const technical = '## Technical details\n\nThe payout job divides by a price that was zero.\n';
    assert.notDeepEqual(kindsOf(technical), [['Technical details', 'summary']]);
  });

  it('lets a list of promised work overrule the heading, but not a plan or lessons', () => {
    const promises = '- We will add a canary stage\n- We will page the owner on error budget burn\n- We are going to test restores monthly\n';
    const text = `# Post-mortem: bad deploy\n\n## Resolution\n\n${promises}\n## Lessons learned\n\n${promises}`;
    const sections = model(text).sections;
    assert.deepEqual(
      sections.map((s) => [s.kind, s.decidedBy]),
      [
        ['action-items', 'body'],
        ['lessons-learned', 'alias'],
      ],
    );
  });

  it('does not take a template prompt for content', () => {
    const text =
      '# Post-mortem: x\n\n## The day\n\n| Time | Event |\n| --- | --- |\n| 09:00 | TODO: what started it |\n| 09:05 | TODO: who noticed |\n| 09:30 | TODO: what stopped it |\n';
    assert.equal(model(text).sections[0].kind, null);
  });
});

describe('bold and italic lines used as headings', () => {
  it('counts a paragraph that is only bold text as a heading of the blocks after it', () => {
    const text =
      '# Post-mortem: login errors\n\n## Summary\n\nLogins failed.\n\n**What went well?**\n\n- Rollback was quick\n\n*Impact*\n\nA tenth of logins failed for 20 minutes.\n';
    const sections = model(text).sections;
    const impact = sections.find((s) => s.kind === 'impact')!;
    assert.equal(impact.source, 'line');
    assert.equal(impact.heading.text, 'Impact');
    assert.equal(impact.empty, false);
    assert.ok(sections.some((s) => s.kind === 'lessons-learned' && s.source === 'line'));
  });

  it('counts a bold label that starts a paragraph, and in a list only when two items are labels', () => {
    const labelled = '# Post-mortem: login errors\n\n**Impact**: a tenth of logins failed.\n\n**Root causes:** a stale certificate.\n';
    assert.deepEqual(
      model(labelled).sections.map((s) => [s.heading.text, s.kind, s.source]),
      [
        ['Impact', 'impact', 'label'],
        ['Root causes', 'root-cause', 'label'],
      ],
    );
    const list = '# Post-mortem: x\n\n- **Detection**: a customer wrote in\n- **Impact**: checkout failed\n';
    assert.deepEqual(
      model(list).sections.map((s) => s.kind),
      ['detection', 'impact'],
    );
    const one = '# Post-mortem: x\n\n- **Impact**: checkout failed\n- the rest is plain\n';
    assert.deepEqual(model(one).sections, []);
  });

  it('reads a bold line inside a section as a part of it when its words may name that section', () => {
    const text =
      '# Post-mortem: login errors\n\n## Root cause\n\nA stale certificate.\n\n## Lessons learned\n\n**What went well**\n\n- the rollback took a minute\n\n**What went wrong**\n\n- nobody watched the expiry date\n';
    assert.deepEqual(
      model(text).sections.map((s) => [s.heading.text, s.kinds]),
      [
        ['Root cause', ['root-cause']],
        ['Lessons learned', ['lessons-learned']],
      ],
    );
    // Outside such a section the same line names the cause, as before.
    const alone =
      '# Post-mortem: login errors\n\n## Summary\n\nLogins failed.\n\n**What went wrong**\n\nNobody watched the expiry date, so the certificate lapsed.\n';
    assert.ok(model(alone).sections.some((s) => s.heading.text === 'What went wrong' && s.kind === 'root-cause'));
  });

  it('reads the bold starts of a numbered list as what it counts off, not as sections', () => {
    const steps =
      '# Post-mortem: x\n\n## Steps we took\n\n1. **Found the mismatch**: the proxy pointed at the old port\n2. **Root cause**: a copied config file kept the old port\n3. **Resolution**: we set the new port and pages load again\n';
    assert.deepEqual(
      model(steps).sections.map((s) => s.heading.text),
      ['Steps we took'],
    );
    // Topics counted off under a heading, each over a list of its own; ugly spacing and a bracket after the number.
    const gaps = '# Post-mortem: x\n\n## Gaps\n\n1) **Impact**\n   - nobody could log in\n2)  **Root cause**  \n   - an expired certificate\n';
    assert.deepEqual(
      model(gaps).sections.map((s) => s.heading.text),
      ['Gaps'],
    );
    // The same labels in a bulleted list still stand for sections.
    const bulleted = '# Post-mortem: x\n\n- **Detection**: a customer wrote in\n- **Impact**: checkout failed\n';
    assert.deepEqual(
      model(bulleted).sections.map((s) => s.kind),
      ['detection', 'impact'],
    );
  });

  it('reads each field of a block of field lines joined by line breaks, the last one with the list under it', () => {
    const text = [
      '# Post-mortem: queue stall',
      '',
      '**Date**: 2026-03-04  ',
      '**Written by**: Ana, Bo  ',
      '**Summary**: the queue stalled for an hour.  ',
      '**Impact**:',
      '1. Orders waited an hour.',
      '2. Two refunds failed.',
      '',
      '**Root cause**: a lock was never released.',
      '**Detection**: a customer wrote in.',
      '',
    ].join('\n');
    const sections = model(text).sections;
    assert.deepEqual(
      sections.map((s) => [s.heading.text, s.kind, s.source, s.empty, s.heading.line + 1]),
      [
        ['Summary', 'summary', 'label', false, 5],
        ['Impact', 'impact', 'label', false, 6],
        ['Root cause', 'root-cause', 'label', false, 10],
        ['Detection', 'detection', 'label', false, 11],
      ],
    );
    const impact = sections[1];
    assert.ok(text.slice(impact.bodyStart, impact.end).includes('Two refunds failed'), 'the list under the last field is its value');
    const summary = sections[0];
    assert.ok(!text.slice(summary.bodyStart, summary.end).includes('Orders'), 'a field ends where the next one starts');
  });

  it('reads the fields under a heading whose kind came from its content alone, as an empty "##" separator', () => {
    const text = [
      '# Post-mortem: queue stall',
      '##',
      '',
      '**Summary**: the queue stalled for an hour.  ',
      '**Root cause**: a lock was never released, because the retry path skipped the unlock.  ',
      '**Resolution**: we restarted the workers.',
      '',
    ].join('\n');
    const sections = model(text).sections;
    assert.deepEqual(
      sections.filter((s) => s.source === 'label').map((s) => s.kind),
      ['summary', 'root-cause', 'resolution'],
    );
    // Under a heading that names its kind in words, a summary label still sums up that section.
    const named = '# Post-mortem: x\n\n## Root cause\n\n**Summary**: a lock.  \n**Detection**: a customer wrote in.\n';
    assert.deepEqual(
      model(named).sections.map((s) => s.kind),
      ['root-cause', 'detection'],
    );
  });

  it('does not read a bold word that starts a wrapped line of prose, or a lone field line, as a block of fields', () => {
    const prose = '# Post-mortem: x\n\nWe rolled back at once and the errors stopped, which was\n**Impact**: not what we expected.\n';
    assert.deepEqual(model(prose).sections, []);
    const emptyLast = '# Post-mortem: x\n\n**Summary**: it broke.  \n**Impact**:\n\nNo figures yet.\n';
    const impact = model(emptyLast).sections.find((s) => s.kind === 'impact')!;
    assert.equal(impact.empty, true, 'a field with no value and no list under it is empty');
  });

  it('reads bold starts inside action items and timelines as categories and times, not sections', () => {
    const text =
      '# Post-mortem: x\n\n## Action items\n\n- **Detection**: add an alert\n- **Impact**: cap the blast radius\n\n## Timeline\n\n**Resolution**: 10:02 rollback\n';
    assert.deepEqual(
      model(text).sections.map((s) => s.kind),
      ['action-items', 'timeline'],
    );
  });

  it('ignores long bold sentences and bold metadata', () => {
    const text = '# Post-mortem: x\n\n**Why did the cache not expire the old entries at all?**\n\n**Date**: 2026-01-02\n\n**Status**\n\nClosed.\n';
    assert.deepEqual(model(text).sections, []);
  });

  it('keeps a label section out of the place a new heading goes', () => {
    const text = '# Post-mortem: x\n\n- **Impact**: checkout failed\n- **Detection**: a customer wrote in\n\n## Timeline\n\n- 09:00 start\n';
    const result = check(text, { path: 'postmortems/x.md', settings, now: new Date('2026-02-01T00:00:00Z') });
    const summary = result.findings.find((f) => f.ruleId === 'required-sections' && f.message.includes('"Summary"'))!;
    const fixed = applyEdits(text, summary.fixes[0].edits);
    assert.ok(fixed.includes('- **Impact**: checkout failed\n- **Detection**: a customer wrote in\n'), 'the list is not split');
    assert.ok(/^## Summary$/m.test(fixed));
  });
});

describe('a timeline told without a heading of its own', () => {
  const timelineFinding = (t: string) =>
    check(t, { path: 'postmortems/x.md', settings, now: new Date('2026-02-01T00:00:00Z') }).findings.find(
      (f) => f.ruleId === 'required-sections' && f.message.includes('"Timeline"'),
    );
  const updates =
    '**Resolved** - Exports finish again.\nJun 3, 12:40 UTC\n\n**Monitoring** - The worker pool was doubled.\nJun 3, 12:05 UTC\n\n**Investigating** - Some exports time out.\nJun 3, 11:47 UTC\n';
  const statusPost = `# Slow exports\n\n${updates}\n## Summary\n\nExports timed out for an hour.\n`;

  it('says where the timeline is, and prefers a heading over it to a new empty section', () => {
    const found = timelineFinding(statusPost)!;
    assert.match(found.message, /^No "Timeline" section: the timeline that starts at line 3 has no heading of its own\.$/);
    assert.equal(found.fixes[0].title, 'Add a "Timeline" heading over the timeline');
    assert.equal(found.fixes[0].isPreferred, true);
    assert.notEqual(found.fixes.find((f) => f.title === 'Add the "Timeline" section')?.isPreferred, true);
    const fixed = applyEdits(statusPost, found.fixes[0].edits);
    assert.equal(fixed, `# Slow exports\n\n## Timeline\n\n${updates}\n## Summary\n\nExports timed out for an hour.\n`, 'only the heading is added');
    assert.equal(timelineFinding(fixed), undefined, 'the timeline now counts as the section');
    assert.equal(model(fixed).timeline?.entries.length, 3, 'and is read as before');
  });

  it('puts the heading over timed lines in a list, and keeps CRLF line ends', () => {
    const text = '# Slow exports\r\n\r\n- 11:47 UTC exports time out\r\n- 12:05 UTC pool doubled\r\n- 12:40 UTC exports finish\r\n\r\n## Summary\r\n\r\nA.\r\n';
    const found = timelineFinding(text)!;
    assert.equal(found.fixes[0].title, 'Add a "Timeline" heading over the timeline');
    assert.equal(applyEdits(text, found.fixes[0].edits), text.replace('- 11:47', '## Timeline\r\n\r\n- 11:47'));
  });

  it('does not cut a list whose timed entries start below its first item', () => {
    const text = '# Slow exports\n\n- Exports are queued per customer\n- 11:47 UTC exports time out\n- 12:05 UTC pool doubled\n\n## Summary\n\nA.\n';
    const found = timelineFinding(text)!;
    assert.match(found.message, /^No "Timeline" section \(/);
    assert.equal(found.fixes[0].title, 'Add the "Timeline" section');
  });
});

describe('showing what was understood', () => {
  it('the public model says how each kind was decided and which words decided it', () => {
    const text = '# Post-mortem: x\n\n## How did this happen?\n\nA limit was removed.\n\n## Severity and impact\n\nHalf of requests failed.\n';
    const doc = analyzeDocument(text, 'postmortems/x.md', settings);
    assert.deepEqual(publicModel('x.md', doc).sections, [
      {
        kind: 'root-cause',
        heading: 'How did this happen?',
        line: 3,
        empty: false,
        kinds: ['root-cause'],
        decidedBy: 'meaning',
        because: ['how', 'happen'],
        source: 'heading',
      },
      {
        kind: 'impact',
        heading: 'Severity and impact',
        line: 7,
        empty: false,
        kinds: ['impact'],
        decidedBy: 'meaning',
        because: ['impact', 'severity'],
        source: 'heading',
      },
    ]);
  });

  it('the hover on a heading names the section it counts as, and why', () => {
    const read = model('# Post-mortem: x\n\n## How did this happen?\n\nA.\n\n## Recovery and lessons learned\n\nB.\n\n## Miscellany\n\nC.\n');
    const [cause, combined, none] = read.sections;
    assert.equal(sectionHoverText(cause, read.required), 'Counts as the **Root Cause** section: read from its words "how", "happen".');
    assert.match(sectionHoverText(combined, read.required), /the \*\*Lessons Learned\*\* section and the Resolution section \(not required by default\)/);
    assert.match(sectionHoverText(none, read.required), /^Not read as one of the sections/);
  });

  it('the hover uses the section titles of the settings, not the default ones', () => {
    const renamed: Settings = {
      ...settings,
      sections: settings.sections.filter((s) => s.id !== 'impact').map((s) => (s.id === 'root-cause' ? { ...s, title: 'Why It Happened' } : s)),
    };
    const read = analyzeDocument('# Post-mortem: x\n\n## Root cause\n\nA.\n\n## Impact\n\nB.\n', 'postmortems/x.md', renamed).model;
    const [cause, impact] = read.sections;
    assert.match(sectionHoverText(cause, read.required), /^Counts as the \*\*Why It Happened\*\* section/);
    assert.match(sectionHoverText(impact, read.required), /^Counts as the Impact section \(not required in these settings\)/);
  });
});

describe('teaching the checker a heading', () => {
  const text =
    '# Post-mortem: cache stampede\n\n## Summary\n\nA.\n\n## Timeline\n\n- 09:00 start\n\n## Root cause\n\nB.\n\n## Blast zone\n\nHalf of requests failed.\n\n## Lessons learned\n\nC.\n\n## Action items\n\n- Add an alert (owner: Dana, due 2026-03-01)\n';
  const findingFor = (t: string, s = settings) =>
    check(t, { path: 'postmortems/x.md', settings: s, now: new Date('2026-02-01T00:00:00Z') }).findings.filter((f) => f.ruleId === 'required-sections');

  it('offers to count an unrecognised heading as the missing section, as an edit of the config file', () => {
    const [impact] = findingFor(text);
    assert.match(impact.message, /"Impact"/);
    const count = impact.fixes.find((f) => f.title === "Count 'Blast zone' as the Impact section")!;
    assert.ok(count, impact.fixes.map((f) => f.title).join('; '));
    assert.deepEqual(count.edits, [], 'the post-mortem itself is not changed');
    assert.deepEqual(count.configEdit, { path: ['sections', 'impact', 'aliases'], append: 'Blast zone' });
    assert.equal(impact.fixes[0].isPreferred, true, 'adding the section stays the preferred fix');
    assert.notEqual(count.isPreferred, true);
  });

  it('the edited config keeps its comments and makes the heading count', () => {
    const [impact] = findingFor(text);
    const count = impact.fixes.find((f) => f.configEdit)!.configEdit!;
    const config = '{\n  // our own names\n  "rules": { "metadata-date": "off" },\n}\n';
    const edits = configListEdits(config, count)!;
    let written = config;
    for (const e of [...edits].sort((a, b) => b.offset - a.offset)) written = written.slice(0, e.offset) + e.content + written.slice(e.offset + e.length);
    assert.ok(written.includes('// our own names'), written);
    assert.ok(written.includes('"metadata-date": "off"'), written);
    const { layer, problems } = normaliseLayer(JSON.parse(written.replace(/\/\/.*$/gm, '').replace(/,(\s*})/g, '$1')), '.postmortemrc.json', RULE_CONFIG);
    assert.deepEqual(problems, []);
    assert.deepEqual(findingFor(text, mergeSettings([layer])), []);
    const created = configListEdits(null, count)!;
    assert.deepEqual(JSON.parse(created[0].content), { sections: { impact: { aliases: ['Blast zone'] } } });
  });

  it('adds to aliases already configured, and refuses a section written in a form it cannot extend', () => {
    const edit = { path: ['sections', 'impact', 'aliases'], append: 'Blast zone' };
    const extended = configListEdits('{ "sections": { "impact": { "aliases": ["Fallout"] } } }', edit)!;
    assert.equal(extended.length, 1);
    assert.equal(configListEdits('{ "sections": { "impact": { "aliases": ["blast  Zone"] } } }', edit)!.length, 0, 'already there');
    assert.equal(configListEdits('{ "sections": { "impact": "Impact" } }', edit), null);
  });

  it('offers no such fix for metadata headings or headings of only punctuation', () => {
    const bare = '# Post-mortem: x\n\n## Summary\n\nA.\n\n## ---\n\nB.\n\n## 🔥\n\nC.\n';
    for (const finding of findingFor(bare)) {
      assert.ok(
        finding.fixes.every((f) => !f.title.startsWith('Count')),
        finding.fixes.map((f) => f.title).join('; '),
      );
    }
  });
});

describe('bounded cost of reading headings', () => {
  /**
   * The time to read a parsed document, against the time to parse it: the reading must cost less
   * than the parse. CPU time, not the clock, so a busy machine's other work counts for neither;
   * the faster of two runs each, so one garbage collection late in a long suite does not decide it.
   */
  function readingCost(text: string) {
    let root: ReturnType<typeof parseMarkdown> | undefined;
    const parse = fastest(() => (root = parseMarkdown(text)), 2);
    let sections = 0;
    const read = fastest(() => (sections = analyzeDocument(text, 'postmortems/x.md', settings, () => root!).model.sections.length), 2);
    return { parse, read, sections };
  }

  it('reads 10,000 headings for less than their parse costs', function () {
    // Parsing 40,000 lines takes a while on a busy machine; the bound is the ratio below.
    this.timeout(180_000);
    const lines: string[] = ['# Post-mortem: many'];
    for (let i = 0; i < 10_000; i++)
      lines.push(`## ${['Impact', 'What went wrong?', 'Notes', '🔥', '`x`', 'Résumé & 影响', '**Bold**'][i % 7]} ${i}`, '', '- We will add a check', '');
    const text = lines.join('\n');
    const { parse, read, sections } = readingCost(text);
    assert.equal(sections, 10_000);
    assert.ok(read < parse, `reading took ${read} ms, the parse ${parse} ms`);
  });

  it('reads a 200 KB heading and 200 KB bold labels for less than their parse costs', function () {
    this.timeout(60_000);
    const long = 'why and '.repeat(25_000);
    const { parse, read } = readingCost(`# Post-mortem: x\n\n## ${long}\n\n**${long}**: text\n\n**${'a '.repeat(100_000)}**\n`);
    assert.ok(read < parse, `reading took ${read} ms, the parse ${parse} ms`);
  });
});

describe("headings in other teams' words, confirmed by their content", () => {
  it('reads "How we found out" and its kin as the detection', () => {
    for (const heading of ['How we found out', 'How did we find out?', 'How was it found?', 'How we knew', 'Spotted by']) {
      assert.deepEqual(read(heading), ['detection'], heading);
    }
    assert.deepEqual(read('What we found'), [], 'findings are not the detection');
  });

  it('reads the question headings of review templates: "How did we get here?", "How did it end?", "What are we doing about it?"', () => {
    assert.deepEqual(read('How did we get here?'), ['root-cause']);
    assert.deepEqual(read('How did it end?'), ['resolution']);
    assert.deepEqual(read('How it ended'), ['resolution']);
    assert.deepEqual(read('What are we doing about it?'), ['action-items']);
    assert.deepEqual(read('How end users were affected'), ['impact'], 'an end user is no ending');
  });

  it('reads "Risks and Hazards" as the impact, and "Risks" alone only when its content tells harm', () => {
    assert.deepEqual(read('Risks and Hazards:'), ['impact']);
    assert.deepEqual(read('Risks'), [], 'a hint, not a name');
    const text = '# Post-mortem: fee bug\n\n## Summary\n\nFees were set wrong.\n\n## Risks\n\nAbout 300 accounts paid too much for two days.\n';
    assert.deepEqual(kindsOf(text), [
      ['Summary', 'summary'],
      ['Risks', 'impact'],
    ]);
  });

  it('reads a checklist that tracks the write-up as no section, whatever boxes it holds', () => {
    const text = [
      '# Post-mortem: queue backlog',
      '## Action items',
      '- [ ] Add an alert on queue depth (owner: Ana, due 2027-01-10)',
      '## Postmortem checklist',
      '- [x] Timeline reviewed',
      '- [x] Shared with the team',
      '- [ ] Sign-off by the service owner',
    ].join('\n\n');
    assert.deepEqual(kindsOf(text), [
      ['Action items', 'action-items'],
      ['Postmortem checklist', null],
    ]);
    assert.equal(model(text).sections[1].heading.text, 'Postmortem checklist');
  });

  it('reads a heading over recovery steps told as taken as the resolution ("Fix")', () => {
    const text = [
      '# Post-mortem: disk full',
      '## Summary',
      'The build cache filled the disk and builds stopped.',
      '## Fix',
      'We cleared the old cache layers and restarted the builders. Builds were restored by 10:40.',
    ].join('\n\n');
    const fix = model(text).sections.find((s) => s.heading.text === 'Fix')!;
    assert.deepEqual([fix.kind, fix.decidedBy], ['resolution', 'body']);
    // The same heading over work still to do is no resolution.
    const plan = text.replace(/We cleared.*$/, '- Add a cache size limit\n- Alert on disk use above 80%');
    assert.equal(model(plan).sections.find((s) => s.heading.text === 'Fix')!.kind, 'action-items');
    // A story of the incident with one recovery word in it is not the resolution.
    const story = '# Post-mortem: x\n\n## Tuesday\n\nThe cache grew all day; in the evening we restarted one builder.\n';
    assert.equal(model(story).sections[0].kind, null);
  });

  it('reads "causing" as a causal link', () => {
    const text = '# Post-mortem: x\n\n## Summary\n\nImages did not load.\n\n## Context\n\nThe certificate expired, causing every image request to fail.\n';
    assert.deepEqual(kindsOf(text), [
      ['Summary', 'summary'],
      ['Context', 'root-cause'],
    ]);
  });

  it('reads "causes", "arose" and "stems from" as causal links, so a heading that only hints at the cause is confirmed', () => {
    for (const told of [
      'A reset from the peer causes our router to drop the session for good.',
      'The fault arose when we changed the switch ports while the router was still busy.',
      'The trouble stems from a stale route that nobody withdrew.',
    ]) {
      const text = `# Post-mortem: x\n\n## Summary\n\nThe network was down.\n\n## Technical details\n\n${told}\n`;
      assert.deepEqual(kindsOf(text)[1], ['Technical details', 'root-cause'], told);
    }
    const plain = '# Post-mortem: x\n\n## Summary\n\nThe network was down.\n\n## Technical details\n\nThe router has two ports and one uplink.\n';
    assert.deepEqual(kindsOf(plain)[1], ['Technical details', null]);
  });

  it('reads a second section named like a summary as the cause when its content is a chain of causes', () => {
    const report = [
      '# Report: missed payouts',
      '## Introduction',
      'The nightly payouts were not made on 4 March.',
      '## Description',
      'The payout job reads a price feed. Due to a stale feed the price was zero, causing every payout to be computed as zero.',
    ].join('\n\n');
    const description = model(report).sections.find((s) => s.heading.text === 'Description')!;
    assert.deepEqual([description.kinds, description.decidedBy], [['root-cause'], 'body']);
    // As the opening section, "Description" stays the summary whatever it tells.
    const opening = report.replace(/## Introduction\n\nThe nightly payouts were not made on 4 March.\n\n/, '');
    assert.deepEqual(model(opening).sections.find((s) => s.heading.text === 'Description')!.kinds, ['summary']);
  });

  it('reads a second section named like a summary as the timeline when its content is entries that start with times', () => {
    const report = [
      '# Report: peering lost',
      '## Summary',
      'One peer did not come back after our maintenance and stayed down for a week.',
      '## What happened',
      '- **2026-02-03 09:00 UTC**: maintenance starts, peers warned\n- **2026-02-03 11:00 UTC**: maintenance ends\n- **2026-02-03 to 2026-02-10**: one peer stays idle\n- **2026-02-10**: the peer resets its side',
      'Peers affected:',
      '- north exchange\n- south exchange',
    ].join('\n\n');
    const happened = model(report).sections.find((s) => s.heading.text === 'What happened')!;
    assert.deepEqual([happened.kinds, happened.decidedBy], [['timeline'], 'body']);
    // Opening the report, "What happened" is the account and the timeline over the same entries and its line
    // of prose (sections-story-entries.test.ts); after a summary, over prose, it stays the summary.
    const opening = report.replace(/## Summary\n\nOne peer did not come back after our maintenance and stayed down for a week.\n\n/, '');
    assert.deepEqual(model(opening).sections.find((s) => s.heading.text === 'What happened')!.kinds, ['summary', 'timeline']);
    const prose = report.replace(/- \*\*2026[^]*?resets its side/, 'We warned the peers, did the work, and waited a week for one of them.');
    assert.deepEqual(model(prose).sections.find((s) => s.heading.text === 'What happened')!.kinds, ['summary']);
  });

  it('reads "What went wrong" under Lessons as a lesson and the cause when its content is a chain of causes', () => {
    const text = [
      '# Post-mortem: scheduler overload',
      '## Lessons',
      '### What went well',
      'Alerts fired early.',
      '### What went wrong',
      'No resource limits were set, so the scheduler packed every pod on one node, which led to the node running out of memory.',
    ].join('\n\n');
    assert.deepEqual(kindsOf(text).pop(), ['What went wrong', 'lessons-learned+root-cause']);
    // A report with a root cause section of its own has the cause there: the lesson stays a lesson.
    const withCause = text.replace('## Lessons', '## Root cause\n\nPods had no limits.\n\n## Lessons');
    assert.deepEqual(kindsOf(withCause).pop(), ['What went wrong', 'lessons-learned']);
  });

  it('reads a heading that is a time under a timeline as an entry, whatever its content tells', () => {
    const text = [
      '# Post-mortem: x',
      '## Timeline',
      '### 2026-10-10 18:15',
      'The release held a slow migration, which led to locked tables because every worker retried at once.',
      '### 2026-10-10 18:30',
      'We rolled back the release and restarted the workers; the queue recovered.',
      '### 2026-10-10 18:40',
      'All clear.',
    ].join('\n\n');
    assert.deepEqual(kindsOf(text), [
      ['Timeline', 'timeline'],
      ['2026-10-10 18:15', null],
      ['2026-10-10 18:30', null],
      ['2026-10-10 18:40', null],
    ]);
  });
});

describe('problem statements and the topics of a plan', () => {
  it('reads "The Issue" as the summary when it opens the report with prose, and not elsewhere', () => {
    const text = [
      '# Incident report: stale avatars',
      'Notes from the team.',
      '## The Issue  ',
      'Avatars uploaded on Monday showed the old picture for a day.',
      '## The Cause',
      'The CDN kept the old file because its cache key ignored the version.',
    ].join('\n\n');
    assert.deepEqual(kindsOf(text), [
      ['The Issue', 'summary'],
      ['The Cause', 'root-cause'],
    ]);
    // After the opening section, "issue" alone names nothing; with other words it is only a hint.
    const later = ['# x', '## Summary', 'Avatars were stale.', '## Known issues', 'The old client still caches.'].join('\n\n');
    assert.deepEqual(kindsOf(later), [
      ['Summary', 'summary'],
      ['Known issues', null],
    ]);
    assert.deepEqual(read('Issue summary'), ['summary']);
    assert.deepEqual(read('The issue'), [], 'a hint, not a name');
  });

  it('reads "What was the problem?" as the summary when a later heading asks why, and as the cause otherwise', () => {
    const text = [
      '---\ntitle: Blank page after login\n---',
      '_Date: 2 March_',
      '## What was the problem?',
      'Some users saw a blank page after logging in.',
      '## Why did it happen?',
      'An old settings format in the browser broke the new code.',
      '## How did we fix it?',
      'We renamed the storage key.',
    ].join('\n\n');
    const sections = model(text).sections;
    const problem = sections.find((s) => s.heading.text === 'What was the problem?')!;
    assert.deepEqual([problem.kinds, problem.decidedBy], [['summary'], 'body']);
    assert.match(problem.because[0], /Why did it happen\?/);
    assert.deepEqual(sections.find((s) => s.heading.text === 'Why did it happen?')!.kinds, ['root-cause']);
    // No heading of its own for the cause: the problem is the cause.
    const alone = text.replace('## Why did it happen?', '## Notes');
    assert.deepEqual(model(alone).sections[0].kinds, ['root-cause']);
    // A problem told with its cause stays the cause.
    const causal = text.replace('Some users saw a blank page after logging in.', 'Some users saw a blank page because the settings were old.');
    assert.deepEqual(model(causal).sections[0].kinds, ['root-cause']);
    // A report with a summary already keeps the problem as a cause too.
    const summarised = text.replace('## What was the problem?', '## Summary\n\nA blank page.\n\n## What was the problem?');
    assert.deepEqual(
      model(summarised).sections.map((s) => s.kinds.join('+')),
      ['summary', 'root-cause', 'root-cause', 'resolution'],
    );
  });

  it('reads "Detection" and "Recovery" under a plan as topics of the plan, and on their own as sections', () => {
    const text = [
      '# Post-mortem: leaked key',
      '## Summary',
      'A deploy key was exposed.',
      '## Remediations',
      '### Intrusion detection',
      'We are adding alerts on new keys.',
      '### Faster recovery',
      'We will script the key rotation.',
      '### Lessons learned',
      'Rotate early.',
    ].join('\n\n');
    assert.deepEqual(kindsOf(text), [
      ['Summary', 'summary'],
      ['Remediations', 'action-items'],
      ['Intrusion detection', null],
      ['Faster recovery', null],
      ['Lessons learned', 'lessons-learned'],
    ]);
    const flat = text.replace(/###/g, '##');
    assert.deepEqual(
      kindsOf(flat).map(([, k]) => k),
      ['summary', 'action-items', 'detection', 'resolution', 'lessons-learned'],
    );
  });
});

describe('the first level-1 heading under a front-matter title', () => {
  it('reads it as a section when it shares no word with the title and names a section', () => {
    const text = [
      '---\ntitle: "Images vanished from the gallery"\n---',
      'On Monday the gallery showed no pictures for an hour.',
      '# Context',
      'The certificates are renewed by hand, and the renewal was missed, causing the image host to fail.',
      '## Timeline',
      '- 09:00 reports of missing images',
      '- 09:40 certificate renewed',
    ].join('\n\n');
    const m = model(text);
    assert.equal(m.title, null);
    assert.deepEqual(
      m.sections.map((s) => [s.heading.text, s.kinds.join('+')]),
      [
        ['Context', 'root-cause'],
        ['Timeline', 'timeline'],
      ],
    );
  });

  it('keeps it as the title when it repeats the front-matter title, names nothing, or there is no front-matter title', () => {
    const repeat = '---\ntitle: Incident on 3 May - queue backlog\n---\n\n# Incident on 3 May - backlog of the mail queue\n\n## Summary\n\nMail was late.\n';
    assert.equal(model(repeat).title?.text, 'Incident on 3 May - backlog of the mail queue');
    const catchy = '---\ntitle: Mail outage\n---\n\n# A long Tuesday\n\n## Summary\n\nMail was late.\n';
    assert.equal(model(catchy).title?.text, 'A long Tuesday');
    const bare = '# Context\n\n## Summary\n\nMail was late because the queue filled.\n';
    assert.equal(model(bare).title?.text, 'Context');
  });
});

describe('debugging write-ups: narrative headings and a title one level down', () => {
  it('reads the takeaway, the habit, the symptoms and what was really going on by their meaning', () => {
    assert.deepEqual(read("What I'd take from this"), ['lessons-learned']);
    assert.deepEqual(read('What we can take from it'), ['lessons-learned']);
    assert.deepEqual(read('Habits worth keeping'), ['lessons-learned']);
    assert.deepEqual(read('The symptoms'), ['impact']);
    assert.deepEqual(read('What was actually happening'), ['root-cause']);
    assert.deepEqual(read('What really happened?'), ['root-cause']);
    assert.deepEqual(read('What happened'), ['summary'], 'the plain question still opens the story');
    assert.deepEqual(read('Actions we take from here'), ['action-items'], 'a plan keeps its name');
  });

  it('reads a story told under such headings: the symptom, the real cause, the takeaway', () => {
    const text = [
      '# The cache that never expired',
      '## The setup',
      'A small service keeps a cache of user profiles for ten minutes.',
      '## The symptom',
      'Users saw their old avatar for days after changing it.',
      '## What was actually happening',
      'The expiry was written in seconds but read in minutes, so every entry lived sixty times longer.',
      "## What I'd take from this",
      '- Put the unit in the name of every duration setting.',
    ].join('\n\n');
    assert.deepEqual(kindsOf(text), [
      ['The setup', null],
      ['The symptom', 'impact'],
      ['What was actually happening', 'root-cause'],
      ["What I'd take from this", 'lessons-learned'],
    ]);
  });

  it('takes a first heading one level down as the title when every other heading is deeper, or there is none', () => {
    const alone =
      '## 2026-04-02: Why the nightly export came out empty\n\nThe export ran, wrote a header, and stopped.\n\nThe cause was a filter left on from a test.\n';
    assert.equal(model(alone).title?.text, '2026-04-02: Why the nightly export came out empty');
    assert.deepEqual(kindsOf(alone), []);
    const deeper = '---\ntitle: x\n---\n\n## Export came out empty\n\n### Summary\n\nNo rows.\n\n### Root cause\n\nA filter.\n';
    assert.equal(model(deeper).title?.text, 'Export came out empty');
    assert.equal(model(`<!-- postmortem-disable-file empty-section -->\n\n${alone}`).title?.text, model(alone).title?.text, 'a comment first changes nothing');
    assert.deepEqual(kindsOf(deeper), [
      ['Summary', 'summary'],
      ['Root cause', 'root-cause'],
    ]);
    // Not when a sibling heading follows, when prose comes first, or when it is a section name.
    const siblings = '## Why the export was empty\n\nA filter.\n\n## Timeline\n\n- 10:00 run\n';
    assert.equal(model(siblings).title, null);
    assert.deepEqual(kindsOf(siblings)[0], ['Why the export was empty', 'root-cause']);
    assert.equal(model('Some words first.\n\n## Why the export was empty\n\nA filter.\n').title, null);
    assert.equal(model('## Summary\n\nNo rows.\n').title, null);
    assert.equal(model('####\n\ntext\n').title, null);
  });
});

describe('fields that rate an incident', () => {
  it('reads "Severity: P2" and "Affected: a, b" fields as metadata, and a field that tells the harm as the impact', () => {
    const header = [
      '# Nightly backups stopped',
      '**Date:** 2026-02-11  \n**Severity:** P2 Medium  \n**Affected:** billing-db, reports-db  \n**Status:** Resolved',
      '## Summary',
      'The backup job lost its schedule after a reboot.',
    ].join('\n\n');
    assert.deepEqual(kindsOf(header), [['Summary', 'summary']]);
    const listed = '# Backups stopped\n\n- **Severity**: high\n- **Services affected**: billing-db\n\n## Summary\n\nNo backups for two days.\n';
    assert.deepEqual(kindsOf(listed), [['Summary', 'summary']]);
    const lone = '# Backups stopped\n\n**Severity:** SEV-2\n\n## Summary\n\nNo backups for two days.\n';
    assert.deepEqual(kindsOf(lone), [['Summary', 'summary']]);
    const told = '# Backups stopped\n\n**Severity:** High — no backup of the billing database for two days.\n\n## Summary\n\nThe job lost its schedule.\n';
    assert.deepEqual(kindsOf(told), [
      ['Severity', 'impact'],
      ['Summary', 'summary'],
    ]);
    const named = '# Backups stopped\n\n**Impact:** billing-db\n\n## Summary\n\nThe job lost its schedule.\n';
    assert.deepEqual(kindsOf(named)[0], ['Impact', 'impact']);
  });

  it('reads a rating field among the fields heading a report as metadata, however long its value', () => {
    const block = [
      '# Payouts stopped on the 3rd',
      '**Severity:** payouts halted for a day, no money lost, no double payments.  \n**Duration:** from the morning run until a fix to the scheduler was deployed.  \n**Root cause:** the scheduler read the wrong time zone.',
      '## What happened',
      'The morning run found nothing due.',
    ];
    assert.deepEqual(
      kindsOf(block.join('\n\n')).map(([, kind]) => kind),
      ['root-cause', 'summary'],
    );
    assert.deepEqual(
      kindsOf(block.join('\r\n\r\n').replace(/\n\*\*/g, '\r\n**')).map(([, kind]) => kind),
      ['root-cause', 'summary'],
    );
    const plain = [
      '# Payouts stopped',
      'Severity: payouts halted for a day, no money lost.\nCause: the scheduler read the wrong zone.',
      '## Summary',
      'Nothing ran.',
    ];
    assert.ok(!kindsOf(plain.join('\n\n')).some(([, kind]) => kind === 'impact'));
  });
});

describe('bold labels with a remark in brackets', () => {
  it('reads a label by its words outside brackets, so evidence "(follow-up test)" is no plan', () => {
    const text = [
      '# Queue stall',
      '## Root cause',
      'The poller only deploys a new commit, never a failed one.',
      '**Confirmed (3 March follow-up test):**',
      'A second push was never deployed either. What the logs show:',
      '- The worker log shows one failed pull\n- No retry came after it',
      '## Action items',
      '- [ ] Alert when the deployed and latest commits differ (owner: Sam)',
    ].join('\n\n');
    const m = model(text);
    assert.deepEqual(kindsOf(text), [
      ['Root cause', 'root-cause'],
      ['Action items', 'action-items'],
    ]);
    assert.deepEqual(
      m.actionItems.map((i) => i.text.slice(0, 20)),
      ['Alert when the deplo'],
    );
    // The items reader's own reading of a list right under a remediation-like line is its own matter.
    // Brackets around the whole label, or a kind outside them, still count.
    assert.deepEqual(kindsOf('# A\n\n**(Follow-up)**\n\n- [ ] Add an alert\n- [ ] Add a test\n')[0], ['(Follow-up)', 'action-items']);
    assert.deepEqual(kindsOf('# A\n\n**Timeline (UTC)**\n\n- 10:00 deploy\n- 10:05 alert\n')[0], ['Timeline (UTC)', 'timeline']);
    assert.deepEqual(kindsOf('# A\n\n**Impact (estimated (roughly)):** forty users lost their drafts.\n')[0], ['Impact (estimated (roughly))', 'impact']);
  });
});

describe('a section name on a plain line', () => {
  it('reads a one-line paragraph that is exactly a section name as a heading that lost its markup', () => {
    const text = [
      '# Cache outage',
      '## Summary',
      'The cache cluster lost its leader for forty minutes.',
      'Timeline (all times in UTC)',
      '09:10 leader lost\n09:50 leader elected',
      'Action items',
      '- Add an alert on leader changes\n- Run a failover drill each quarter',
    ].join('\n\n');
    assert.deepEqual(kindsOf(text), [
      ['Summary', 'summary'],
      ['Timeline (all times in UTC)', 'timeline'],
      ['Action items', 'action-items'],
    ]);
    assert.equal(model(text).actionItems.length, 2);
    // Any other short line is prose: a sentence, a line with a colon, a phrase that only hints at a section.
    const commented = text.replace('Action items', 'Action items <!-- postmortem-disable-line required-sections -->');
    assert.deepEqual(kindsOf(commented), kindsOf(text), 'a comment on the line changes nothing');
    for (const line of [
      'Action items follow.',
      'Timeline review',
      'What went wrong in the rollout',
      'Impact was small',
      'Timeline\nof the day',
      '####### Root Cause #',
      '*Timeline*x',
    ]) {
      assert.deepEqual(kindsOf(`# Cache outage\n\n## Summary\n\nText.\n\n${line}\n\nMore text.\n`), [['Summary', 'summary']], line);
    }
  });
});

describe('more of the words teams name their sections by', () => {
  it('reads short tellings, plain looks back, and questions of detection and harm by their meaning', () => {
    for (const [heading, kind] of [
      ['The short version', 'summary'],
      ['Recap', 'summary'],
      ['At a glance', 'summary'],
      ['Problem statement', 'summary'],
      ['What did users see?', 'impact'],
      ['Data loss', 'impact'],
      ['What data was exposed?', 'impact'],
      ['What worked', 'lessons-learned'],
      ["What didn't work", 'lessons-learned'],
      ['What we did well', 'lessons-learned'],
      ['Retro', 'lessons-learned'],
      ['Looking back', 'lessons-learned'],
      ['The moral of the story', 'lessons-learned'],
      ['How was it caught?', 'detection'],
      ['How did we become aware?', 'detection'],
      ['How was it reported?', 'detection'],
      ['Identification', 'detection'],
      ['First signs', 'detection'],
    ]) {
      assert.deepEqual(read(heading), [kind], heading);
    }
    // "What work remains" is no look back; "In short" is left alone (any heading with "in" and "short" would match).
    assert.ok(!read('What work remains').includes('lessons-learned'));
  });

  it('reads "Final thoughts" and its kin as the lessons only when the content draws a lesson', () => {
    const doc = (heading: string, body: string) => `# Queue outage\n\n## Summary\n\nThe queue stalled for an hour.\n\n## ${heading}\n\n${body}\n`;
    const lesson = 'In hindsight the retry limit was far too high, and we were lucky the backlog was small.';
    const thanks = 'Thank you to everyone who stayed late to help, and to our users for their patience.';
    for (const heading of ['Final thoughts', 'Closing thoughts', 'Wrap-up', 'Wrapping up', 'Afterthoughts']) {
      assert.deepEqual(kindsOf(doc(heading, lesson))[1], [heading, 'lessons-learned'], heading);
      assert.deepEqual(kindsOf(doc(heading, thanks))[1], [heading, null], heading);
    }
    // A list of promised work under such a heading is a plan, even when it mentions a lesson.
    const plan = '- We will lower the retry limit, the lesson of this outage.\n- We will alert on the backlog size.';
    assert.deepEqual(kindsOf(doc('Final thoughts', plan))[1], ['Final thoughts', 'action-items']);
  });

  it('reads a closing "Conclusion" by what it does: lessons drawn, the causes told again, or an apology', () => {
    const doc = (heading: string, body: string) => `# Queue outage\n\n## Summary\n\nThe queue stalled for an hour.\n\n## ${heading}\n\n${body}\n`;
    const lessons = [
      'It was a rough evening, and we were unlucky that the backup host was down too. More of our time needs to go to failover drills.',
      'In the future we rehearse every restore before we rely on it.',
      '- In future, every restore gets a rehearsal on a spare host first\n- Good runbooks matter more than we thought',
    ];
    for (const heading of ['Conclusion', 'Conclusions', 'Concluding remarks', 'Conclusão', 'Fazit']) {
      for (const body of lessons) assert.deepEqual(kindsOf(doc(heading, body))[1], [heading, 'lessons-learned'], `${heading}: ${body}`);
    }
    // The chain of events told again, with a word of learning in passing, is the cause.
    const retold =
      'It all began with an upgrade we pushed through despite warnings. The upgrade caused a failed migration, the migration caused a rollback, and the rollback led to the outage. We keep learning.';
    assert.deepEqual(kindsOf(doc('Conclusion', retold))[1], ['Conclusion', 'root-cause']);
    // An apology and a promise to keep looking draw no lesson.
    const apology = 'We are sorry for the trouble this caused. We keep studying the events of that night, and that work will shape our next steps.';
    assert.deepEqual(kindsOf(doc('Conclusion', apology))[1], ['Conclusion', null]);
    // Named plainly, the lessons stay the lessons whatever they hold.
    assert.deepEqual(kindsOf(doc('Lessons learned', apology))[1], ['Lessons learned', 'lessons-learned']);
  });

  it('reads pointers elsewhere as no section, whatever links they list', () => {
    const links = '- [Error dashboard](https://grafana.example.com/d/queue)\n- [Queue runbook](https://wiki.example.com/queue)';
    for (const heading of [
      'Further reading',
      'See also',
      'Related incidents',
      'Attachments',
      'Resources',
      'Supporting documents',
      'Contact',
      'Revision history',
    ]) {
      assert.equal(reader.read(heading).other, true, heading);
      assert.deepEqual(kindsOf(`# Queue outage\n\n## Summary\n\nThe queue stalled.\n\n## ${heading}\n\n${links}\n`)[1], [heading, null], heading);
    }
  });
});

describe('headings in other languages', () => {
  it('reads the usual section names of Portuguese, Spanish, French and German reports, with or without accents', () => {
    for (const [heading, kinds] of [
      ['Resumo', ['summary']],
      ['Resumen', ['summary']],
      ['Zusammenfassung', ['summary']],
      ['Linha do tempo', ['timeline']],
      ['Cronología', ['timeline']],
      ['Chronologie', ['timeline']],
      ['Causa raiz', ['root-cause']],
      ['Causa raíz', ['root-cause']],
      ['Ursache', ['root-cause']],
      ['Impacto', ['impact']],
      ['Auswirkungen', ['impact']],
      ['Lições aprendidas', ['lessons-learned']],
      ['Licoes aprendidas', ['lessons-learned']],
      ['Lecciones aprendidas', ['lessons-learned']],
      ['Leçons apprises', ['lessons-learned']],
      ['Erkenntnisse', ['lessons-learned']],
      ['Próximos passos', ['action-items']],
      ['Próximos pasos', ['action-items']],
      ['Maßnahmen', ['action-items']],
      ['Detecção', ['detection']],
      ['Detección', ['detection']],
      ['Solução', ['resolution']],
      ['Solución', ['resolution']],
      ['Lösung', ['resolution']],
    ] as [string, string[]][]) {
      assert.deepEqual(read(heading), kinds, heading);
    }
    for (const heading of ['Apêndice', 'Agradecimentos', 'Referencias', 'Hintergrund']) assert.equal(reader.read(heading).other, true, heading);
    // "Investigação" only hints at the cause, as "Investigation" does: its content decides.
    assert.deepEqual(read('Investigação'), []);
    assert.equal(reader.read('Investigação').candidates[0].kind, 'root-cause');
  });

  it('matches a word that must be as written only as written: no one-letter slip ("Resumed" is not "Resumen")', () => {
    assert.deepEqual(read('Resumed service'), []);
    assert.equal(reader.read('Responder').other, true);
  });
});

describe("questions put for the readers, measures of the response, and lessons' topics", () => {
  it('reads what the incident means for the readers and the worst case as the impact, and whether it will recur as the plan', () => {
    for (const [heading, kind] of [
      ['What does this mean for you?', 'impact'],
      ['What this means for your builds', 'impact'],
      ['Worst case scenario', 'impact'],
      ['Will this happen again?', 'action-items'],
      ['Could this recur?', 'action-items'],
      ['Precursors', 'root-cause'],
    ]) {
      assert.deepEqual(read(heading), [kind], heading);
    }
    assert.deepEqual(read('Why did it happen again?'), ['root-cause'], 'asking why is still the cause');
  });

  it('reads "Time to detection" and "Time to recovery" as measures, not the detection or the recovery', () => {
    for (const heading of ['Time to detection', 'Time to recovery', 'Time to resolution', 'Mean time to recovery', 'MTTR']) {
      assert.deepEqual(read(heading), [], heading);
      assert.equal(reader.read(heading).other, true, heading);
    }
    const text =
      '# Cache outage\n\n## Summary\n\nThe cache fell over.\n\n## Stats\n\n- Category: caching\n- Time to detection: 5 minutes\n- Time to recovery: 2 hours\n';
    assert.deepEqual(kindsOf(text), [
      ['Summary', 'summary'],
      ['Stats', null],
    ]);
  });

  it('reads bold starts of the items of a list of lessons as their topics, not as sections', () => {
    const text = [
      '# Cache outage',
      '',
      '## Summary',
      '',
      'The cache fell over.',
      '',
      '## Lessons learned',
      '',
      '- **Fast rollback once detected**: we were back within ten minutes.',
      '- **Clear impact figures**: support could answer customers quickly.',
      '',
    ].join('\n');
    assert.deepEqual(kindsOf(text), [
      ['Summary', 'summary'],
      ['Lessons learned', 'lessons-learned'],
    ]);
    // The same list under a heading that names nothing still stands for sections.
    assert.deepEqual(kindsOf(text.replace('## Lessons learned', '## Notes')).slice(2), [
      ['Fast rollback once detected', 'detection'],
      ['Clear impact figures', 'impact'],
    ]);
  });
});

describe('compound headings whose part only hints, and measures named by a section word', () => {
  it('adds the kind a part only hints at when the content confirms it ("Root cause and fix")', () => {
    const doc = (heading: string, body: string) => `# Queue outage\n\n## Summary\n\nThe queue stalled for an hour.\n\n## ${heading}\n\n${body}\n`;
    const causeAndFix =
      'A retry storm filled the queue because the retry limit was unbounded. We rolled back the worker release and restarted the consumers; the queue drained by noon.';
    const causeOnly = 'A retry storm filled the queue because the retry limit was unbounded, which led to the stall.';
    assert.deepEqual(kindsOf(doc('Root cause and fix', causeAndFix))[1], ['Root cause and fix', 'root-cause+resolution']);
    assert.deepEqual(kindsOf(doc('Root cause and fix', causeOnly))[1], ['Root cause and fix', 'root-cause']);
    assert.deepEqual(reader.read('Root cause and fix').kinds, ['root-cause'], 'the words alone name the cause only');
  });

  it('reads more ways of naming the look back and the trigger, and response times as measures', () => {
    assert.deepEqual(read('What could we have done differently?'), ['lessons-learned']);
    // Hindsight on the authors' own choices is the lesson, not a plan: its list is what they would do over.
    assert.deepEqual(read('What I should have done'), ['lessons-learned']);
    assert.deepEqual(read("What we should've done instead"), ['lessons-learned']);
    assert.deepEqual(read('Things we should have caught'), ['lessons-learned']);
    assert.deepEqual(read('What we should do next'), ['action-items']);
    assert.deepEqual(read('The good, the bad and the lucky'), ['lessons-learned']);
    assert.deepEqual(read('Triggering event'), ['root-cause']);
    for (const heading of ['Detection time', 'Recovery time', 'Response time']) assert.equal(reader.read(heading).other, true, heading);
    // A measure is named by position: a plan to shorten it, or a lesson that takes time, is no measure.
    assert.equal(reader.read('Reducing time to recovery').other, false);
    assert.deepEqual(read('Taking time to learn'), ['lessons-learned']);
    // Pointers are matched as written: "Resource exhaustion" is no list of resources.
    assert.equal(reader.read('Resource exhaustion').other, false);
    assert.deepEqual(read('Recovery timeline'), ['timeline']);
  });
});

describe('open boxes as promised work', () => {
  it('lets a list of open boxes overrule a heading that names the recovery, as a list of "We will …" does', () => {
    const doc = (body: string) => `# Queue outage\n\n## Summary\n\nThe queue stalled for an hour.\n\n## Mitigations\n\n${body}\n`;
    assert.deepEqual(kindsOf(doc('- [ ] Bound the retry limit (@ana)\n- [ ] Alert on the queue depth (@raj)'))[1], ['Mitigations', 'action-items']);
    assert.deepEqual(
      kindsOf(doc('- [x] Rolled back the worker release\n- [x] Restarted the consumers'))[1],
      ['Mitigations', 'resolution'],
      'boxes ticked are no promise',
    );
    assert.deepEqual(kindsOf(doc('We rolled back the worker release and restarted the consumers.'))[1], ['Mitigations', 'resolution']);
  });
});

describe('a product name that holds a section word', () => {
  it('reads "GitHub Actions" as a CI service, not a plan', () => {
    assert.deepEqual(read('GitHub Actions'), []);
    assert.deepEqual(read('Moving CI to GitHub Actions'), []);
    assert.deepEqual(read('Our GitHub Actions workflow'), []);
  });

  it('still reads a plan named beside the product', () => {
    assert.deepEqual(read('Action items for GitHub Actions'), ['action-items']);
    assert.deepEqual(read('Actions'), ['action-items']);
    assert.deepEqual(read('Follow-up actions'), ['action-items']);
    assert.deepEqual(read('GitHub Actions: next steps'), ['action-items']);
  });

  it('lets the content of a section under the product name decide', () => {
    const doc = [
      '# Deploys stalled',
      '',
      '## GitHub Actions',
      '',
      'The deploy job ran on a hosted runner and pushed the image to the registry after each merge.',
      '',
      '## Action items',
      '',
      '- [ ] Add a timeout to the deploy job',
      '- [ ] Alert when a deploy runs longer than an hour',
    ].join('\n');
    assert.deepEqual(kindsOf(doc), [
      ['GitHub Actions', null],
      ['Action items', 'action-items'],
    ]);
  });
});

describe('a heading that names the cause in its own words', () => {
  it('is read as the root cause when its body explains how the cause worked', () => {
    const doc = [
      '# Slow installs',
      '',
      '## Summary',
      '',
      'Installs were slow for two days.',
      '',
      '### Cold lockfile cache',
      '',
      'The installer kept one cache per branch. This meant that every new branch started cold and fetched',
      'every package again. Therefore the registry saw far more traffic than it was sized for.',
    ].join('\n');
    assert.deepEqual(kindsOf(doc).at(-1), ['Cold lockfile cache', 'root-cause']);
  });

  it('reads present-tense chains of cause too ("results in", "leads to")', () => {
    const doc = [
      '# Slow merges',
      '',
      '## Summary',
      '',
      'Merges were slow for a week.',
      '',
      '### Deep directory trees',
      '',
      'Each rename results in a new tree object, and a deep tree leads to many lookups on every merge.',
    ].join('\n');
    assert.deepEqual(kindsOf(doc).at(-1), ['Deep directory trees', 'root-cause']);
  });

  it('leaves a look-alike heading over recovery told as taken to the recovery', () => {
    const doc = [
      '# Slow installs',
      '',
      '## Summary',
      '',
      'Installs were slow for two days.',
      '',
      '### Cold lockfile cache',
      '',
      'We restarted the cache nodes and cleared the stale entries; the registry recovered within the hour.',
    ].join('\n');
    assert.deepEqual(kindsOf(doc).at(-1), ['Cold lockfile cache', 'resolution']);
  });

  it('leaves a look-alike heading over plain background unread', () => {
    const doc = [
      '# Slow installs',
      '',
      '## Summary',
      '',
      'Installs were slow for two days.',
      '',
      '### Cold lockfile cache',
      '',
      'The installer keeps one cache per branch, stored next to the build artefacts.',
    ].join('\n');
    assert.deepEqual(kindsOf(doc).at(-1), ['Cold lockfile cache', null]);
  });
});

describe('a plan heading over recovery told as taken', () => {
  const doc = (body: string[]) => ['# Broken uploads', '', '## Summary', '', 'Uploads failed for an hour.', '', '## Remediation', '', ...body].join('\n');

  it('is the resolution too when its prose tells the recovery as taken', () => {
    const text = doc(['We rolled back the storage client and restarted the upload workers; uploads were restored by noon.']);
    assert.deepEqual(kindsOf(text).at(-1), ['Remediation', 'action-items+resolution']);
  });

  it('stays a plan when its body is a list of work, even with a recovery word', () => {
    const text = doc(['- Add a canary stage for the storage client', '- Alert when restarted workers fail again', '- Document how uploads were restored']);
    assert.deepEqual(kindsOf(text).at(-1), ['Remediation', 'action-items']);
  });

  it('stays a plan when its prose promises work and names the recovery only in passing', () => {
    const text = doc(['We will add a canary stage, so that a bad client is rolled back before it reaches every region.']);
    assert.deepEqual(kindsOf(text).at(-1), ['Remediation', 'action-items']);
  });
});

describe('a plan heading qualified as immediate, over steps told as taken', () => {
  const doc = (heading: string, body: string[]) =>
    [
      '# Relay flood',
      '',
      '## Summary',
      '',
      'The relay was flooded for an hour.',
      '',
      `### ${heading}`,
      '',
      ...body,
      '',
      '## Conclusion',
      '',
      'We learned a lot.',
    ].join('\n');
  const taken = [
    'These measures were taken to bring the relay back:',
    '',
    '- Rate limiting switched on at the proxy',
    '- Extra relay capacity for the evening',
  ];

  it('is the resolution, and its steps are no items', () => {
    for (const heading of ['Immediate corrective actions', 'Emergency remediation steps', '4. Immediate actions']) {
      const text = doc(heading, taken);
      assert.deepEqual(kindsOf(text)[1], [heading, 'resolution'], heading);
      assert.deepEqual(
        model(text).actionItems.map((i) => i.text),
        [],
        heading,
      );
    }
    const we = doc('Emergency actions', [
      'We took the following steps at once:',
      '',
      '- Blocked the flooding range at the edge',
      '- Moved the relay behind the CDN',
    ]);
    assert.deepEqual(kindsOf(we)[1], ['Emergency actions', 'resolution']);
  });

  it('stays a plan without the qualifier, without the steps told as taken, or with a promise', () => {
    assert.deepEqual(kindsOf(doc('Corrective actions', taken))[1], ['Corrective actions', 'action-items']);
    assert.deepEqual(kindsOf(doc('Immediate next steps', ['- Switch on rate limiting at the proxy', '- Add relay capacity for the evening']))[1], [
      'Immediate next steps',
      'action-items',
    ]);
    const promised = doc('Immediate corrective actions', [...taken, '- We will add a second relay before the next release']);
    assert.deepEqual(kindsOf(promised)[1], ['Immediate corrective actions', 'action-items']);
  });
});

describe('advice to others under a plan word', () => {
  const doc = (heading: string, items: string[]) =>
    [
      '# Stolen publish token',
      '',
      '## Summary',
      '',
      'A stolen token published a bad release.',
      '',
      `## ${heading}`,
      '',
      'A few recommendations for everyone who publishes packages:',
      '',
      ...items,
    ].join('\n');

  it('reads a list of what other parties in general should do as lessons', () => {
    const advice = [
      '- Library authors should turn on signed releases',
      '- Site operators and users should keep a second copy of their keys',
      '- Plugin developers should sign what they upload',
    ];
    assert.deepEqual(kindsOf(doc('Recommendations', advice)).at(-1), ['Recommendations', 'lessons-learned']);
  });

  it('stays a plan when a team named or the authors own the work', () => {
    const owned = ['- The platform team should turn on signed releases', '- We will rotate every publish token', '- Add a second reviewer to releases'];
    assert.deepEqual(kindsOf(doc('Recommendations', owned)).at(-1), ['Recommendations', 'action-items']);
    const mixed = ['- Library authors should turn on signed releases', '- We will rotate every publish token', '- We will add a second reviewer to releases'];
    assert.deepEqual(kindsOf(doc('Recommendations', mixed)).at(-1), ['Recommendations', 'action-items']);
  });
});

describe('lessons named inside a plan', () => {
  const doc = (label: string) =>
    [
      '# Broken upgrade',
      '',
      '## Summary',
      '',
      'The 2.0 upgrade failed on empty databases.',
      '',
      '## Avoiding a repeat',
      '',
      `**${label}**:`,
      '1. A backup is worth nothing until a restore is tried',
      '2. A quiet alert channel is no proof of health',
      '',
      '**Process changes**:',
      '- Add an empty-database case to the upgrade tests',
      '- Require a dry run of every migration',
      '',
    ].join('\n');

  it('reads a bold line that names the lessons as that section, and takes no item from it', () => {
    const text = doc('Lessons learned');
    assert.deepEqual(kindsOf(text), [
      ['Summary', 'summary'],
      ['Avoiding a repeat', 'action-items'],
      ['Lessons learned', 'lessons-learned'],
    ]);
    assert.deepEqual(
      model(text).actionItems.map((i) => i.text),
      ['Add an empty-database case to the upgrade tests', 'Require a dry run of every migration'],
    );
  });

  it('keeps any other bold line of a plan a topic of its work', () => {
    const text = doc('Detection');
    assert.deepEqual(kindsOf(text), [
      ['Summary', 'summary'],
      ['Avoiding a repeat', 'action-items'],
    ]);
    assert.equal(model(text).actionItems.length, 4);
  });
});

describe('rules of conduct under a plan word', () => {
  const doc = (items: string[]) =>
    ['# Stalled queue', '', '## Summary', '', 'The job queue stalled for a night.', '', '## Preventing a repeat', '', ...items, ''].join('\n');

  it('reads a list whose every item is a standing rule as the lessons, with no items', () => {
    const text = doc([
      '- Never rename a queue while workers still read it',
      '- If the queue stalls, check the broker disk first',
      '- Always keep one worker on the old version during a rollout',
    ]);
    assert.deepEqual(kindsOf(text).at(-1), ['Preventing a repeat', 'lessons-learned']);
    assert.deepEqual(
      model(text).actionItems.map((i) => i.text),
      [],
    );
  });

  it('stays a plan when one item is a piece of work', () => {
    const text = doc(['- Never rename a queue while workers still read it', '- Add a disk alert on the broker', '- Always keep one worker on the old version']);
    assert.deepEqual(kindsOf(text).at(-1), ['Preventing a repeat', 'action-items']);
    assert.ok(model(text).actionItems.length >= 1);
  });
});

describe('problems found, named with "identified"', () => {
  it('reads "Issues identified" and "Identified problems" as the cause, and the finding out as the detection', () => {
    assert.deepEqual(read('Issues identified'), ['root-cause']);
    assert.deepEqual(read('Identified problems'), ['root-cause']);
    assert.deepEqual(read('How the issue was identified'), ['detection']);
    assert.deepEqual(read('Identified'), ['detection']);
  });

  it('reads such a bold line under a heading of its own words as a part of the cause, not as the detection', () => {
    const text = [
      '# Failed upgrade',
      '',
      '## Summary',
      '',
      'The upgrade failed.',
      '',
      '## Root cause',
      '',
      'A migration assumed every table had rows.',
      '',
      '### Details of the migration',
      '',
      '**Issues identified**:',
      '- The new column had no default',
      '- The foreign key blocked deletes',
    ].join('\n');
    assert.ok(!model(text).sections.some((s) => s.kinds.includes('detection')));
  });
});

describe('the method of an attack', () => {
  it('reads "Attack method" and "Methods of attack" as the cause, and "Attack" alone as nothing', () => {
    assert.deepEqual(read('Attack method'), ['root-cause']);
    assert.deepEqual(read('Methods of attack'), ['root-cause']);
    assert.deepEqual(read('Attack'), []);
  });
});

describe('titles of a report that lost its heading markers', () => {
  // Prose written a paragraph a line, as a blog page stored as text is: each line is long.
  const long = (words: string) => `${words} ${'The relay kept the old queue, and the night shift watched it drain while the graphs settled back.'.repeat(2)}`;
  const glued = [
    '---',
    'title: The night the relay fell over',
    '---',
    '',
    long('This post tells how the mail relay of our club fell over on a Sunday.'),
    'Summary',
    '',
    'Relay down: 2 hours',
    '',
    'Members affected: about 40',
    'The long night',
    '',
    long('The queue grew and grew.'),
    '',
    'Decided to restart the relay and flush the queue',
    '',
    long('We restarted the relay, which flushed the queue.'),
    'relay-graph',
    'So, what now?',
    '',
    long('We want the relay to survive the next flood.'),
    '',
    'Closing remarks',
    '',
    long('We learned that one relay is not enough.'),
  ].join('\n');

  it('reads a short line that says a section, alone or glued under a paragraph, as a title', () => {
    assert.deepEqual(kindsOf(glued), [
      ['Summary', 'summary'],
      ['So, what now?', 'action-items'],
      ['Closing remarks', 'lessons-learned'],
    ]);
    const lines = model(glued).sections.map((s) => s.heading.line);
    assert.deepEqual(lines, [5, 18, 22], 'each title on its own line');
  });

  it('reads no title in a step, a long line, a phrase of more than three words, or an image name', () => {
    for (const line of [
      'So it begins, my actions',
      'Decided to take action',
      'Relay graph',
      'Summary of the night, told at length by the club',
      'closing remarks',
    ]) {
      const text = glued.replace('Closing remarks', line);
      assert.deepEqual(kindsOf(text).at(-1), ['So, what now?', 'action-items'], line);
    }
    // A title whose words only hint at a section is one when its content agrees.
    const thanks = glued.replace(long('We learned that one relay is not enough.'), long('Thanks to everyone who mailed us.'));
    assert.deepEqual(kindsOf(thanks).at(-1), ['So, what now?', 'action-items']);
  });

  it('reads glued lines only in prose written a paragraph a line, and plain titles only where no heading is left', () => {
    // Wrapped by hand: the last line of a paragraph is the end of its sentence.
    const wrapped = [
      'The relay fell over on a Sunday and the queue',
      'grew for two hours until we restarted it. Our',
      'Summary',
      '',
      'Relay down for two hours.',
    ].join('\n');
    assert.deepEqual(kindsOf(wrapped), []);
    // With headings, only an exact section name on a line of its own is read (see above).
    const headed = ['# Relay down', '', '## Summary', '', 'The relay fell over.', '', 'So, what now?', '', 'We add a second relay.'].join('\n');
    assert.deepEqual(kindsOf(headed), [['Summary', 'summary']]);
    // Without headings, a title alone on its line counts in wrapped prose too.
    const plain = ['The relay fell over on a Sunday.', '', 'So, what now?', '', 'We will add a second relay before the winter.'].join('\n');
    assert.deepEqual(kindsOf(plain), [['So, what now?', 'action-items']]);
  });
});

describe('the question a plan answers, asked of avoiding a repeat', () => {
  it('reads "What might we do to avoid a repeat in future?" and "How to avoid it next time" as the plan', () => {
    assert.deepEqual(read('What might we do to avoid a repeat in future?'), ['action-items']);
    assert.deepEqual(read('How can we avoid this in the future?'), ['action-items']);
    assert.deepEqual(read('How to avoid it next time'), ['action-items']);
    // Looking back at what would have avoided it is no plan.
    assert.deepEqual(read('What could have been done to avoid this?'), []);
  });
});

describe('a flaw told as the cause, as security write-ups tell it', () => {
  const doc = (heading: string, body: string) =>
    [
      '# Forged receipts in the wallet',
      '',
      '## Overview',
      '',
      'A forged receipt could be paid twice.',
      '',
      `## ${heading}`,
      '',
      body,
      '',
      '## Mitigation',
      '',
      'We shipped 2.4.1 the same day.',
    ].join('\n');

  it('reads "Problem" over a flaw and what it lets someone do as the cause', () => {
    for (const body of [
      'The receipt parser accepts a length field longer than the buffer, allowing anyone to pay a receipt twice.',
      'A vulnerability in the receipt parser lets a forged receipt through.',
      'The check was introduced in 2.1 without a test of forged input.',
    ])
      assert.deepEqual(kindsOf(doc('Problem', body))[1], ['Problem', 'root-cause'], body);
  });

  it('leaves "Problem" over a body that tells no flaw and no cause unread', () => {
    for (const body of ['Wallets showed the wrong balance for an hour.', 'The problem allowed us to test the new runbook.'])
      assert.deepEqual(kindsOf(doc('Problem', body))[1], ['Problem', null], body);
  });

  it('reads "Description of the bug" and "Vulnerability description" as the cause, "Description" alone as the summary', () => {
    assert.deepEqual(read('Description of the Bug'), ['root-cause']);
    assert.deepEqual(read('Vulnerability description'), ['root-cause']);
    assert.deepEqual(read('Description of the flaw'), ['root-cause']);
    assert.deepEqual(read('Description'), ['summary']);
    assert.deepEqual(read('Description of the outage'), ['summary']);
  });
});

describe('a heading that names a vulnerability by its id', () => {
  it('reads "CVE-… : the defect" as the cause, and the id alone or an advisory as nothing', () => {
    assert.deepEqual(read('CVE-2031-0042: refresh tokens outliving a revoked membership'), ['root-cause']);
    assert.deepEqual(read('`CVE-2031-0042` — session cookies readable by subdomains'), ['root-cause']);
    assert.deepEqual(read('CVE-2031-0042'), []);
    assert.deepEqual(read('CVE advisory'), []);
  });
});

describe('an English verb one letter from a foreign section word', () => {
  it('reads "Resumo" as the summary, and "Resume running jobs" or "Resumed uploads" as nothing', () => {
    assert.deepEqual(read('Resumo'), ['summary']);
    assert.deepEqual(read('Resume running jobs'), []);
    assert.deepEqual(read('Resumed uploads'), []);
  });
});

describe('the next steps of the users', () => {
  it('reads "User next steps" and "Customer action items" as no plan of the authors', () => {
    assert.deepEqual(read('User next steps'), []);
    assert.deepEqual(read('Customer action items'), []);
    assert.deepEqual(read('Customer actions'), []);
    // The authors' own steps, and a plan that names users as its topic, stay the plan.
    assert.deepEqual(read('Next steps'), ['action-items']);
    assert.deepEqual(read('Next steps for the user database'), ['action-items']);
  });
});

describe('a section name, a colon and a subtitle that names more', () => {
  it('reads "Going forward: lessons and new safeguards" as the plan and the lessons', () => {
    assert.deepEqual(read('Going forward: lessons and new safeguards'), ['lessons-learned', 'action-items']);
    assert.deepEqual(read('Looking ahead: what we learned and what we are adding'), ['lessons-learned', 'action-items']);
    assert.deepEqual(read('The road ahead: takeaways'), ['lessons-learned', 'action-items']);
  });

  it('reads a colon after words that name no section as a subtitle, read whole', () => {
    assert.deepEqual(read('The night of the move: what broke'), ['root-cause']);
    assert.deepEqual(read('Example: modelling the impact of a slow disk'), ['impact']);
    assert.deepEqual(read('A rough weekend: lessons from the migration'), ['lessons-learned']);
    assert.deepEqual(read('Background: how the cache works'), []);
    // A section name with a subtitle of its own words stays that one section.
    assert.deepEqual(read('Root cause: a stale DNS record'), ['root-cause']);
    assert.deepEqual(read('Resolution: restoring from the nightly backup'), ['resolution']);
    assert.deepEqual(read('Timeline: all times in UTC'), ['timeline']);
  });

  it('finds the plan of a document whose only plan heading is such a compound', () => {
    const kinds = kindsOf(
      [
        '# Lost uploads',
        '',
        '## Summary',
        '',
        'Uploads failed for two hours on Monday.',
        '',
        '## Going forward: lessons and new safeguards',
        '',
        'We learned that a full disk fails quietly.',
        '',
        '- **Disk alerts:** we added an alert at 80% use.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(kinds[1], ['Going forward: lessons and new safeguards', 'lessons-learned+action-items']);
  });
});

describe('an opening sentence that introduces a list of what was hit', () => {
  const doc = (heading: string, lead: string, items: string[]) =>
    [
      '---',
      'title: Storage fault',
      '---',
      '',
      `#### ${heading}`,
      '',
      lead,
      '',
      ...items.map((i) => `* ${i}`),
      '',
      '#### CAUSE:',
      '',
      'A controller failed during a rebuild.',
      '',
    ].join('\n');
  const hosts = ['db3.example.org', 'db4.example.org', 'cache1.example.org'];

  it('reads "Issue:" over one sentence and the hosts it says were hit as the summary and the impact', () => {
    assert.deepEqual(kindsOf(doc('ISSUE:', 'A second disk died on array b2. This affects the following hosts:', hosts))[0], ['ISSUE:', 'summary+impact']);
    assert.deepEqual(kindsOf(doc('The issue', 'Power was lost in rack 7, and these machines went offline:', hosts))[0], ['The issue', 'summary+impact']);
    assert.deepEqual(kindsOf(doc('Incident', 'The switch reboot cut the uplink. Affected hosts:', hosts))[0], ['Incident', 'summary+impact']);
  });

  it('keeps the opening account a summary, not the impact, when its list is not what was hit', () => {
    assert.deepEqual(
      kindsOf(doc('ISSUE:', 'A second disk died on array b2. We did the following:', ['swapped the disk', 'started a rebuild', 'checked the backups']))[0],
      ['ISSUE:', 'summary'],
    );
  });

  it('reads harm said of something else than the list as no impact', () => {
    const kinds = kindsOf(
      [
        '# Slow pages',
        '',
        '## Contributing factors',
        '',
        'Several factors led to the degraded service:',
        '',
        '- The cache was sized for last year.',
        '- The health check ignored latency.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(kinds[0], ['Contributing factors', 'root-cause']);
  });

  it('does not read a plan that lists hosts as the summary', () => {
    const kinds = kindsOf(
      ['# Disk failure', '', '## Summary', '', 'A disk died.', '', '## Hosts', '', '- db3.example.org', '- db4.example.org', '- cache1.example.org', ''].join(
        '\n',
      ),
    );
    assert.deepEqual(kinds[1], ['Hosts', null]);
  });
});

describe('an opening that says what the report goes on to tell', () => {
  const doc = (heading: string, opening: string) =>
    [
      '# The lost leaderboard',
      '',
      `## ${heading}`,
      '',
      opening,
      '',
      '## Why it happened',
      '',
      'A cleanup job ran against the wrong database because its target was read from a stale file.',
      '',
    ].join('\n');

  it('reads the opening section as the summary, whatever its heading says', () => {
    const kinds = (h: string, o: string) => kindsOf(doc(h, o))[0];
    assert.deepEqual(
      kinds(
        'Our goal and last week’s stumble',
        'We run a free scoreboard for chess clubs. Last week it lost a month of games. This post walks through the loss and the changes that follow.',
      ),
      ['Our goal and last week’s stumble', 'summary'],
    );
    assert.deepEqual(kinds('A hard Tuesday', 'This write-up explains how the leaderboard lost its history, and how we got most of it back.'), [
      'A hard Tuesday',
      'summary',
    ]);
    assert.deepEqual(kinds('Where things stand', "In this post, I'll walk you through the night the scores vanished."), ['Where things stand', 'summary']);
  });

  it('leaves an opening that tells of a release, a bug or a later section alone', () => {
    const kinds = (h: string, o: string) => kindsOf(doc(h, o))[0];
    assert.deepEqual(kinds('Release 4.2', 'This release fixes the import of old games and adds dark mode.'), ['Release 4.2', null]);
    assert.deepEqual(kinds('Our goal', 'We run a free scoreboard for chess clubs and have done so since 2019.'), ['Our goal', null]);
    assert.deepEqual(kinds('Background', 'This post explains the leaderboard outage of last week.'), ['Background', null]);
  });

  it('reads such a sentence only in the opening section', () => {
    const kinds = kindsOf(
      [
        '# The lost leaderboard',
        '',
        '## Summary',
        '',
        'The leaderboard lost a month of games on Tuesday.',
        '',
        '## A note on this page',
        '',
        'This report explains our backups in more depth than usual.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(kinds[1], ['A note on this page', null]);
  });
});

describe('"What went wrong" told as the look back', () => {
  const doc = (body: string[]) =>
    kindsOf(
      [
        '# Relay outage',
        '',
        '## Root cause',
        '',
        'A certificate expired because its renewal job had been disabled in March.',
        '',
        '## What went wrong',
        '',
        ...body,
        '',
        '## Follow-up',
        '',
        '- Add an expiry alert for every certificate.',
        '- Move renewal to the scheduler.',
        '',
      ].join('\n'),
    )[1];

  it('reads it as the lessons when its content draws them', () => {
    assert.deepEqual(doc(['We should have had an alert on expiry dates. We got lucky that a user wrote to us within the hour.']), [
      'What went wrong',
      'lessons-learned',
    ]);
    assert.deepEqual(doc(['In hindsight the on-call rota was too thin, and the alert, because it went to a retired inbox, reached no one.']), [
      'What went wrong',
      'lessons-learned',
    ]);
  });

  it('keeps it the cause when its content tells causes and draws no lesson', () => {
    assert.deepEqual(doc(['The renewal job was disabled during the migration, which meant the certificate was never replaced.']), [
      'What went wrong',
      'root-cause',
    ]);
    assert.deepEqual(doc(['- The job was disabled.', '- The alert went to a retired inbox.']), ['What went wrong', 'root-cause']);
  });

  it('is the cause as well when no other section names it', () => {
    const kinds = kindsOf(
      [
        '# Relay outage',
        '',
        '## What went wrong',
        '',
        'The alert went to a retired inbox, because nobody updated the routing. We should have tested the route.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(kinds[0], ['What went wrong', 'lessons-learned+root-cause']);
  });
});

describe('"Fix" named alone over the change told as made', () => {
  const doc = (heading: string, body: string) =>
    kindsOf(`# Release blocked\n\n## Summary\n\nThe nightly release published nothing for three days.\n\n## ${heading}\n\n${body}\n`)[1];

  it('reads it as the resolution when its content tells a change made, with no work to do', () => {
    assert.deepEqual(doc('Fix', 'Removed the `skip_publish` flag from the package manifest (commit 4e1f0aa).'), ['Fix', 'resolution']);
    assert.deepEqual(doc('The fix', '1. Bumped the retry budget to five attempts.\n2. Replaced the stale mirror URL in the config.'), [
      'The fix',
      'resolution',
    ]);
    assert.deepEqual(doc('Our fix', '[PR 812](https://example.org/pr/812) rewrote the cache eviction so it no longer closes clients in use.'), [
      'Our fix',
      'resolution',
    ]);
  });

  it('leaves it a plan over work still to do, and nothing over prose that tells no change', () => {
    assert.deepEqual(doc('The fix', '- Add a check that the manifest publishes\n- Alert when a release is empty'), ['The fix', 'action-items']);
    assert.deepEqual(doc('The fix', 'We will remove the flag in the next release.'), ['The fix', null]);
    assert.deepEqual(doc('The fix', 'It took a while to see what was going on.'), ['The fix', null]);
  });

  it('keeps a sub-heading of a plan that hints at recovering a topic of the plan', () => {
    const kinds = kindsOf(
      '# Release blocked\n\n## Summary\n\nNothing was published.\n\n## Action items\n\n### Cleanup of the build host\n\nRemoved the old caches; the rest waits for the new host.\n',
    );
    assert.deepEqual(kinds[2], ['Cleanup of the build host', null]);
  });
});

describe('a question about what comes next, over work promised in prose', () => {
  const doc = (heading: string, body: string, tail = '') =>
    `# Sync outage\n\nThe sync service failed for most users on Friday evening, for about two hours. We are sorry for the trouble.\n\n## Summary\n\nSync stopped for two hours.\n\n## ${heading}\n\n${body}\n${tail}`;
  const promise =
    'We will move the session cache behind a fallback, so one cache host can no longer stop every request. We will also add a second cache region.';

  it('is the plan when the prose promises work', () => {
    for (const heading of ['What will follow?', 'What will we do?', 'What Will We Do?', 'What will change?'])
      assert.deepEqual(kindsOf(doc(heading, promise))[1], [heading, 'action-items'], heading);
  });

  it('stays the plan, not the recovery, when updates told as done follow it in the same section', () => {
    const updates = '\nThe issue is resolved, and we restarted the last workers.\n\nWe believe the cache is fixed and have restored the queue.\n';
    assert.deepEqual(kindsOf(doc('What will we do?', promise, updates))[1], ['What will we do?', 'action-items']);
  });

  it('is no plan over prose that promises nothing, or only more news', () => {
    assert.deepEqual(kindsOf(doc('What will follow?', 'Sync works as before, and no notes were lost.'))[1], ['What will follow?', null]);
    assert.deepEqual(kindsOf(doc('What will follow?', 'We will post an update on this page once we know more.'))[1], ['What will follow?', null]);
    // A question about the harm names the impact.
    assert.deepEqual(kindsOf(doc('What will the impact be?', promise))[1], ['What will the impact be?', 'impact']);
  });

  it('leaves a hint at a plan inside the lessons to the lessons', () => {
    const text = `# Sync outage\n\n## Summary\n\nSync stopped for two hours.\n\n## Lessons learned\n\n### 2. Better cache failover\n\nOne cache host took every request down with it. We'll test failover each quarter.\n`;
    assert.deepEqual(kindsOf(text)[2], ['2. Better cache failover', null]);
  });
});

describe('a status page that labels the report it shows', () => {
  it('reads "Incident Report for …" as the page naming the document, not a section', () => {
    const updates =
      'The queue is drained and every job has run again.\nPosted Mar 03, 2031 - 10:40 UTC\n\nWe are looking into delayed jobs on the build farm.\nPosted Mar 03, 2031 - 09:55 UTC\n';
    for (const label of ['Incident Report for', 'Incident Report for Acme Builds', 'Incident report for the build farm']) {
      const text = `# Delayed builds\n\n${label}\n\n${updates}`;
      assert.deepEqual(
        model(text).sections.map((s) => s.heading.text),
        [],
        label,
      );
    }
  });

  it('still reads a plain line that names a section there', () => {
    const text = `# Delayed builds\n\nWhat went wrong?\n\nA full disk on the scheduler host, because its log rotation had stopped, which caused every job to wait.\n`;
    assert.deepEqual(kindsOf(text), [['What went wrong?', 'root-cause']]);
  });
});

describe('a state line over an update of a status page', () => {
  const post = (state: string) =>
    `# Slow checkout\n\nIncident Report for Acme Shop\n\n**${state}**\n\nOrders took minutes to confirm for part of the evening.\n\nImpact: card payments waited in a queue for up to ten minutes.\n\nRoot Cause: a worker pool was sized for last year's load.\n\nPosted Apr 12, 2031 - 21:30 UTC\n`;

  it('reads "**Resolved**", "**Postmortem**" alone on their line as the state of the update, not a section', () => {
    for (const state of ['Resolved', 'Postmortem', 'Update', 'Monitoring']) {
      assert.deepEqual(
        kindsOf(post(state)),
        [
          ['Impact', 'impact'],
          ['Root Cause', 'root-cause'],
        ],
        state,
      );
    }
  });

  it('lets a state line end the part before it', () => {
    const text = `# Slow checkout\n\n**What went wrong?**\n\nA worker pool was sized for last year's load, so orders waited.\n\nPosted Apr 12, 2031 - 21:30 UTC\n\n**Resolved**\n\nOrders confirm at once again.\n\nPosted Apr 12, 2031 - 20:10 UTC\n`;
    const cause = model(text).sections.find((s) => s.heading.text === 'What went wrong?')!;
    assert.ok(cause.end < text.indexOf('**Resolved**') + 1);
    assert.deepEqual(kindsOf(text), [['What went wrong?', 'root-cause']]);
  });

  it('still reads such a line in a report that no status page posted, and a field named by a state word', () => {
    const report =
      '# Slow checkout\n\n**Resolved**\n\nWe doubled the worker pool and the queue drained within minutes.\n\n## Timeline\n\n- 20:00 queue grows\n- 20:10 pool doubled\n';
    assert.deepEqual(kindsOf(report)[0], ['Resolved', 'resolution']);
  });
});

describe('a way of ending an incident placed ahead of the authors', () => {
  it('reads "Future mitigation", "Planned fixes", "Upcoming workarounds" as the plan', () => {
    for (const heading of ['Future mitigation', 'Future Mitigations', 'Planned fixes', 'Upcoming workarounds', 'Proposed recovery steps'])
      assert.deepEqual(read(heading), ['action-items'], heading);
  });

  it('leaves the recovery that was made to the resolution', () => {
    for (const heading of ['Mitigation', 'Recovery', 'How we fixed it', 'Workaround applied']) assert.deepEqual(read(heading), ['resolution'], heading);
  });

  it('reads a status notice whose plain labels name the plan so', () => {
    const text =
      '# Slow uploads\n\nImpact: uploads to the archive timed out for an hour.\n\nRoot Cause: the storage pool ran out of open connections.\n\nFuture Mitigation: we will change a few things:\n\n1) Alert on failed uploads within a minute.\n2) Review how long connections stay open.\n\nPosted May 02, 2031 - 08:00 UTC\n';
    assert.deepEqual(kindsOf(text), [
      ['Impact', 'impact'],
      ['Root Cause', 'root-cause'],
      ['Future Mitigation', 'action-items'],
    ]);
  });
});

describe('a heading that names no section over fields of what was hit', () => {
  const doc = (fields: string) =>
    `# Relay stall\n\n## 1. Overview\n\nThe relay stopped passing messages for two hours on Sunday night.\n\n## 2. Incident data\n\n${fields}\n\n## 3. Timeline\n\n- 01:00 relay stalls\n- 03:00 relay passes messages again\n`;

  it('reads it as the impact when every field names or rates the harm', () => {
    const fields = '- **Systems affected**: the message relay\n- **People impacted**: the support team\n- **Severity**: high';
    assert.deepEqual(kindsOf(doc(fields))[1], ['2. Incident data', 'impact']);
  });

  it('leaves it alone when a field is of something else, or the list is not fields', () => {
    const mixed = '- **Systems affected**: the message relay\n- **Owner**: the platform team\n- **Severity**: high';
    assert.deepEqual(kindsOf(doc(mixed))[1], ['2. Incident data', null]);
    const plain = '- the message relay was affected\n- the support team was impacted';
    assert.notEqual(kindsOf(doc(plain))[1]?.[1], 'impact');
    const one = '- **Severity**: high';
    assert.deepEqual(kindsOf(doc(one))[1], ['2. Incident data', null]);
  });
});

describe('a template question that asks for the recovery made, then for work ahead', () => {
  it('stays the resolution', () => {
    assert.deepEqual(read('How did the service come back once it was fixed? Which future mitigation would help?'), ['resolution']);
  });
});
