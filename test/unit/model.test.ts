import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { check } from '../../server/src/analysis/engine/engine';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { publicModel } from '../../server/src/analysis/model/public-model';

const settings = defaultSettings();
const model = (text: string, path = 'postmortems/x.md') => analyzeDocument(text, path, settings).model;

describe('post-mortem model', () => {
  it('matches headings to required sections whatever their numbering, emphasis, emoji or punctuation', () => {
    const m = model(
      [
        '# Post-mortem: X',
        '## 2. Root cause(s):',
        '## :warning: Impact',
        '### *Timeline* (UTC)',
        '## IV) Follow-up tasks',
        "## Five Why's",
        '## Appendix',
      ].join('\n\n'),
    );
    assert.deepEqual(
      m.sections.map((s) => s.kind),
      ['root-cause', 'impact', 'timeline', 'action-items', 'root-cause', null],
    );
  });

  it('takes a first level-1 heading as the title unless it is itself a section name', () => {
    assert.equal(model('# Incident on 2026-01-02\n\n## Summary\n').title?.text, 'Incident on 2026-01-02');
    const untitled = model('# Summary\n\nText\n\n# Timeline\n');
    assert.equal(untitled.title, null);
    assert.deepEqual(
      untitled.sections.map((s) => s.kind),
      ['summary', 'timeline'],
    );
  });

  it('ends a section at the next heading of the same or a higher level, so sub-sections count as its content', () => {
    const m = model('# T\n\n## Lessons Learned\n\n### What went well\n\nAlerts fired.\n\n## Action Items\n\n- one\n');
    const lessons = m.sections.find((s) => s.heading.text === 'Lessons Learned')!;
    assert.equal(lessons.empty, false);
    assert.ok(lessons.end > m.sections.find((s) => s.heading.text === 'What went well')!.heading.start);
  });

  it('reads metadata from front matter, Key: value lines, bold keys, list items and key/value tables', () => {
    const text = [
      '---',
      'severity: SEV2',
      'tags: [db, outage]',
      '---',
      '',
      '# Post-mortem: DB failover',
      '',
      '**Date:** 2026-03-01',
      '- **Owner**: Ida Berg',
      'Incident ID: INC-42',
      '',
      '| Field | Value |',
      '| --- | --- |',
      '| Status | Resolved |',
      '',
      'Fault occurs 2026-03-01 11:45',
      '',
      '## Summary',
      '',
      'Status: not metadata, it is in a section',
      '',
    ].join('\n');
    const m = model(text);
    const byKey = Object.fromEntries(m.metadata.map((f) => [f.canonical ?? f.key, f.value]));
    assert.equal(byKey.severity, 'SEV2');
    assert.equal(byKey.tags, 'db, outage');
    assert.equal(byKey.date, '2026-03-01');
    assert.equal(byKey.owner, 'Ida Berg');
    assert.equal(byKey.incidentId, 'INC-42');
    assert.equal(byKey.status, 'Resolved');
    assert.ok(!m.metadata.some((f) => f.label.startsWith('Fault occurs')), 'a time is not a key');
    for (const f of m.metadata.filter((f) => f.source !== 'front-matter' || f.key === 'severity')) {
      assert.equal(text.slice(f.start, f.end), f.value, `offsets of ${f.label}`);
    }
  });

  it('reports broken front matter without failing', () => {
    const m = model('---\ntitle: [unclosed\n---\n# Post-mortem: A\n');
    assert.match(m.frontMatter!.error!, /not valid YAML/);
  });

  it('finds control comments outside code only', () => {
    const m = model(
      '# Post-mortem\n\n<!-- postmortem-disable empty-section, metadata-date -->\n\n```\n<!-- postmortem-disable-file -->\n```\n\nText <!-- postmortem-disable-line --> here\n',
    );
    assert.deepEqual(
      m.controls.map((c) => [c.kind, c.rules]),
      [
        ['disable', ['empty-section', 'metadata-date']],
        ['disable-line', []],
      ],
    );
  });

  it('produces the public model with 1-based lines', () => {
    const doc = analyzeDocument('# Post-mortem: A\n\n## Summary\n\nText\n', 'postmortems/a.md', settings);
    assert.deepEqual(publicModel('a.md', doc).sections, [
      { kind: 'summary', heading: 'Summary', line: 3, empty: false, kinds: ['summary'], decidedBy: 'alias', because: ['Summary'], source: 'heading' },
    ]);
  });
});

describe('which documents are post-mortems', () => {
  const decide = (text: string, path?: string) => analyzeDocument(text, path, settings).model.detection;

  it('by folder or file name', () => {
    assert.equal(decide('# Notes\n', 'docs/postmortems/2026-01-db.md'), 'path');
    assert.equal(decide('# Notes\n', 'Incident-Reports/q1/db.markdown'), 'path');
    assert.equal(decide('# Notes\n', 'notes/2026-01-db-postmortem.md'), 'path');
  });

  it('never a README or CHANGELOG, even in a post-mortem folder, unless front matter says so', () => {
    assert.equal(decide('# Post-mortems\n', 'postmortems/README.md'), 'excluded');
    assert.equal(decide('---\ntype: postmortem\n---\n# X\n', 'postmortems/README.md'), 'front-matter');
  });

  it('by front matter or title anywhere', () => {
    assert.equal(decide('---\ntype: postmortem\n---\n# Notes\n', 'docs/a.md'), 'front-matter');
    assert.equal(decide('# Incident Report: API errors\n', 'docs/a.md'), 'title');
    assert.equal(decide('Retrospective: Q3 outage\n=====\n', 'docs/a.md'), 'title');
    assert.equal(decide('# Meeting notes\n', 'docs/a.md'), 'not-a-postmortem');
    assert.equal(decide('# Post-Mortem: untitled buffer\n'), 'title');
  });

  describe('by content, when nothing names the document', () => {
    const lines = (...parts: string[]) => parts.join('\n\n') + '\n';

    it('underlined headings that name an incident account', () => {
      const text = lines(
        'Checkout slowdown in the EU region\n==================================',
        'On Monday afternoon the checkout service answered slowly for two hours and some orders timed out.',
        'Incident overview\n-----------------',
        'Payments took up to forty seconds.',
        'Customer impact\n---------------',
        'About three percent of orders failed.',
        'Root cause\n----------',
        'A connection pool was sized for the old traffic.',
        'Follow-up actions\n-----------------',
        '- Resize the pool (Dana, 2026-04-01)',
      );
      assert.equal(decide(text, 'docs/a.md'), 'content');
      assert.equal(check(text, { path: 'docs/a.md', settings }).doc?.model.isPostmortem, true, 'the quick scan lets it through');
    });

    it('a long account whose cause is named by a heading far down, past the first two hundred lines', () => {
      const text = lines(
        '# Cascading queue failures',
        'On Tuesday the queue workers failed one after another and jobs waited for hours.',
        '## Impact',
        'Every job submitted between 09:00 and 13:00 waited.',
        '## Timeline',
        Array.from(
          { length: 240 },
          (_, i) => `- ${String(9 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} worker ${i} restarted`,
        ).join('\n'),
        '## Root cause',
        'A retry loop without a limit filled the broker.',
        '## Lessons learned',
        'Limits belong in every retry loop.',
        '## Follow-up',
        '- Cap the retries (Dana, 2026-04-01)',
      );
      assert.equal(decide(text, 'docs/a.md'), 'content');
      assert.equal(check(text, { path: 'docs/a.md', settings }).doc?.model.isPostmortem, true, 'the quick scan reads on to the cause');
    });

    it('question headings under a title naming the outage', () => {
      const text = lines(
        '# Login outage',
        'Nobody could sign in for about fifty minutes on Sunday evening.',
        '## What happened?',
        'The session store ran out of memory.',
        '## Why did it happen?',
        'A cache key stopped expiring after an upgrade.',
        '## What are we doing about it?',
        'We will alert on the store memory before it fills.',
      );
      assert.equal(decide(text, 'docs/a.md'), 'content');
      assert.equal(check(text, { path: 'docs/a.md', settings }).doc?.model.isPostmortem, true);
    });

    it('an apology in paragraphs without sub-headings', () => {
      const text = lines(
        '# Search outage on 3 June',
        'For most of the morning our search service was down and customers saw empty result pages.',
        'The root cause was a bad index build that passed its checks.',
        'We are sorry for the trouble this caused, and we will add a check that compares result counts before a new index goes live.',
      );
      assert.equal(decide(text, 'docs/a.md'), 'content');
      assert.ok(check(text, { path: 'docs/a.md', settings }).findings.length > 0, 'checked, so the missing sections are reported');
    });

    it('a timeline told hour by hour under its own headings, beside a summary', () => {
      const text = lines(
        '# 2026-02-11: the nightly import',
        '## Summary',
        'The nightly import stopped halfway and the morning reports came out empty.',
        '## Timeline',
        '### 2026-02-11 02:10',
        'The import job began as usual.',
        '### 02:47',
        'It ran out of memory on a large file and exited without a message.',
        '### 07:30',
        'An analyst noticed the empty reports and asked in the team channel.',
        '### 08:15 - Rerun',
        'We reran the import with more memory.',
        '## Lessons learned',
        'A job that exits early should say so.',
      );
      assert.equal(decide(text, 'docs/a.md'), 'content');
    });

    it('hours that are not a past timeline: a launch day, an agenda, timed steps, milestones by date', () => {
      const launch = lines(
        '# Moving the shop to the new cluster',
        '## Summary',
        'On Saturday the shop moves to the new cluster; the team will follow the hours below.',
        '## Timeline',
        '### 09:00 Freeze',
        'No merges from here on.',
        '### 10:30 Switch',
        'Traffic moves over in steps.',
        '### 12:00 Announce',
        'A note goes to customers.',
        '## Impact',
        'Carts may be empty for a minute.',
      );
      const agenda = lines(
        '# Platform day schedule',
        '## Summary',
        'Last year the day was a success, so we do it again.',
        '## Timeline',
        '### 09:30 Welcome',
        '### 10:00 Talks on storage',
        '### 13:00 Lunch',
        '## Action items',
        '- Book the hall',
      );
      const steps = lines(
        '# When the primary database stops answering',
        'Use this when the primary failed and the replicas are behind.',
        '## Summary',
        'Promote a replica, then repair the old primary.',
        '## Steps',
        '### 00:00 Page the on-call',
        '### 00:05 Promote the freshest replica',
        '### 00:15 Point the app at it',
        '## Impact',
        'Writes wait for a few minutes.',
      );
      const milestones = lines(
        '# Search rewrite',
        '## Summary',
        'The old index was slow, and we rebuilt it.',
        '## Timeline',
        '### 2026-01-10',
        'Prototype.',
        '### 2026-02-20',
        'Beta.',
        '### 2026-03-30',
        'General release.',
        '## Lessons learned',
        'Start the benchmark early.',
      );
      for (const [name, text] of Object.entries({ launch, agenda, steps, milestones })) {
        assert.equal(decide(text, 'docs/a.md'), 'not-a-postmortem', name);
        assert.equal(check(text, { path: 'docs/a.md', settings }).findings.length, 0, name);
      }
      assert.equal(decide('## Timeline\n\n### 1:00\n\n### 2:00\n\n### 3:00\n', 'docs/a.md'), 'not-a-postmortem', 'hours alone');
    });

    it('not a README, a runbook, a design, meeting notes, a changelog or an unrelated blog post', () => {
      const readme = lines(
        '# pingwatch',
        'A daemon that opens a ticket when a host stops answering.',
        '## Install',
        'Run the installer.',
        '## Impact on load',
        'One request a minute.',
        '## Troubleshooting',
        'Look in the log for the root cause of a crash.',
      );
      const runbook = lines(
        '# Queue outage',
        'Follow these steps when the queue stops taking messages.',
        '## Overview',
        'The queue feeds billing.',
        '## Impact',
        'Invoices wait.',
        '## Possible root causes',
        'A full disk, or a lost leader.',
        '## Mitigation',
        'Restart the broker.',
      );
      const design = lines(
        '# A durable buffer for the exporter',
        'We propose a buffer between the exporter and the ledger.',
        '## Summary',
        'Writes wait in the buffer while the ledger is away.',
        '## Background',
        'Last year the ledger was down for an afternoon and that outage lost writes.',
        '## Impact',
        'Readers see writes a few seconds late.',
        '## Timeline',
        '- Q1: build it',
        '## Root cause of the lost writes',
        'The exporter kept no copy.',
        '## Risks',
        'The buffer can fill.',
      );
      const meeting = lines(
        '# Ops sync, 4 May',
        'Present: the platform team.',
        '## Summary',
        'We went over the week of incidents.',
        '## Root cause review',
        'The cache incident was written up.',
        '## Action items',
        '- Book the room',
      );
      const changelog = lines(
        'Changelog\n=========',
        '3.1.0\n-----',
        '- Fixed an outage of the export job caused by a full disk.',
        '3.0.0\n-----',
        '- Added retries.',
      );
      const blog = lines(
        '# Outage-proof releases',
        'Everyone fears the outage after a bad release. This post shows how our canary works.',
        'The canary sends a small share of traffic to the new build and compares error rates.',
        'We will publish the code next month.',
      );
      for (const [name, text] of Object.entries({ readme, runbook, design, meeting, changelog, blog })) {
        assert.equal(decide(text, 'docs/a.md'), 'not-a-postmortem', name);
        assert.equal(check(text, { path: 'docs/a.md', settings }).findings.length, 0, name);
      }
    });

    it('shapes told without a cause heading: a stream of status updates, a list of past incidents, a report named under its title', () => {
      const updates = lines(
        '---\ntitle: "Frankfurt: slow API answers"\nseverity: minor\n---',
        '*Investigating* - We see slow answers from the API in Frankfurt and are looking into it.',
        '*Identified* - A storage node there lost a disk and our cluster is rebuilding onto the others.',
        '**Resolved** - The rebuild finished and answers are fast again. We are sorry for the wait.',
      );
      const history = lines(
        '# Acme hosting status',
        'Problems with our hosted plans are posted here.',
        '## Past incidents',
        '### 2 March 2026',
        'Mail to some customers bounced for twenty minutes after a certificate was renewed with the wrong name.',
        '### January 14th, 2026',
        'A power cut in one hall stopped the backup jobs for a night; they ran again the next evening.',
        '### 2025-11-30',
        'Sign-ups failed while the payment page was down.',
      );
      const subtitled = lines(
        '# Some customers could not open shared folders',
        '## 2026-04-09 Incident Report',
        '### Timeline',
        'At 10:12 the first tickets came in; at 10:40 we rolled the permissions service back and access was restored.',
        '### Lessons learned',
        'A permissions change needs a canary like any other.',
      );
      for (const [name, text] of Object.entries({ updates, history, subtitled })) {
        assert.equal(decide(text, 'docs/a.md'), 'content', name);
        assert.equal(check(text, { path: 'docs/a.md', settings }).doc?.model.isPostmortem, true, `${name}: the quick scan lets it through`);
      }
    });

    it('a timeline stamped with times of day, a disclosure with its response, an apology, an RCA', () => {
      const clocked = lines(
        '---\ntitle: Image uploads failed\n---',
        '- **Summary**: uploads of pictures failed for forty minutes.',
        '- **Timeline**:\n  - 2026-05-02 10:02 first failed upload\n  - 2026-05-02 10:15 on-call paged\n  - 2026-05-02 10:42 uploads restored',
        '- **Resolution**: the bucket policy was put back.',
      );
      const issueCause = lines(
        '#### ISSUE:',
        'Our shared file store answers very slowly for many sites.',
        '#### CAUSE:',
        'Not yet known; a kernel fault is likely.',
        '#### TIMELINE:',
        '* [2026-07-14 03:05 UTC] Alert from the file store.\n* [2026-07-14 03:12 UTC] Node rebooted by the on-call.\n* [2026-07-14 03:20 UTC] All sites working normally again.',
      );
      const disclosure = lines(
        '# Build cache security incident',
        'On 3 March 2026 we learned that a build cache key had been printed in public logs for a week.',
        '## Our response',
        'We rotated the key within the hour and checked every artifact built in that week.',
      );
      const greeted = lines(
        "# Last Friday's checkout outage",
        'Hello all,',
        'Last Friday our checkout was unavailable for an hour, and we know how much that cost some of you.',
        '## What we are changing',
        'Every payment settings change now goes through a second reviewer.',
      );
      const apology = lines(
        '# Downtime',
        'Yesterday evening a failing switch took down our whole site for most of two hours.',
        'We are truly sorry: you trusted us with your shop and we let you down.',
      );
      const rca = lines('# Billing v2 cutover RCA', '## Overview', 'Invoices were sent twice.');
      for (const [name, text] of Object.entries({ clocked, issueCause, disclosure, greeted, apology })) {
        assert.equal(decide(text, 'docs/a.md'), 'content', name);
        assert.equal(check(text, { path: 'docs/a.md', settings }).doc?.model.isPostmortem, true, `${name}: the quick scan lets it through`);
      }
      assert.equal(decide(rca, 'docs/a.md'), 'title');
      assert.equal(decide(lines('# Wiring the rca jacks', 'Red to red.'), 'docs/a.md'), 'not-a-postmortem', 'rca in lower case is not the genre');
    });

    it('look-alikes of the new shapes: an SRE essay, a runbook with timed steps, a changelog, meeting notes, a status-update guide, a maintenance plan', () => {
      const essay = lines(
        '# Incident response at a ten-person startup',
        'In March 2025 we had our first real outage, and we learned that nobody knew who should speak to customers.',
        '## What we changed',
        'We now name an incident lead in the first five minutes.',
        '## Lessons learned',
        'Practise before you need it.',
      );
      const runbook = lines(
        '# Primary database failover',
        'Follow these steps when the primary failed and replicas are lagging.',
        '## During an incident',
        'Tell the status channel first.',
        '## Timeline',
        '- 00:00 Page the database on-call\n- 00:05 Promote the freshest replica\n- 00:15 Point the application at it',
        '## Impact',
        'Writes pause for a few minutes.',
      );
      const changelog = lines(
        '# Changes',
        '## 2.4.1 (2026-03-02)',
        '- Fix outage of the export worker when the disk was full.',
        '## 2.4.0 (2026-02-11)',
        '- The worker was rewritten and now restarts itself.',
      );
      const meeting = lines(
        '# Platform team, 4 May',
        '## Incident review',
        'We went over the outage of 2 May; the queue was down for forty minutes.',
        '## Action items',
        '- Dana adds a queue depth alert',
      );
      const guide = lines(
        '# Writing status updates customers trust',
        '**Investigating**: say what you see, even if we do not know the cause of the issue yet.',
        '**Identified**: name the problem once it is known.',
        '**Resolved**: say when service came back and that a full report follows.',
      );
      const maintenance = lines(
        '# Planned maintenance: storage upgrade',
        'The last upgrade was slow, so this one is split into steps.',
        '## Summary',
        'Storage nodes get the new firmware one at a time.',
        '## Timeline',
        '- 22:00 first node drained\n- 22:30 firmware flashed\n- 23:00 node back online',
        '## Impact',
        'Short pauses in uploads; the upload service may be degraded.',
      );
      const template = lines('# Incident on YYYY-MM-DD', '## Summary', '## Timeline', '## Root cause', '## Impact', '## Action items');
      for (const [name, text] of Object.entries({ essay, runbook, changelog, meeting, guide, maintenance })) {
        assert.equal(decide(text, 'docs/a.md'), 'not-a-postmortem', name);
        assert.equal(check(text, { path: 'docs/a.md', settings }).findings.length, 0, name);
      }
      // A skeleton whose title holds a stand-in (YYYY-MM-DD) tells no incident: not taken by itself.
      assert.equal(decide(template, 'docs/a.md'), 'not-a-postmortem');
      // Where the template globs name it, it is still taken, as a template: its empty sections are not reported.
      const doc = analyzeDocument(template, 'docs/templates/incident.md', settings);
      assert.equal(doc.model.detection, 'path');
      assert.equal(doc.model.isTemplate, true);
    });

    it('ugly input for the new shapes: labels without bodies, times without a timeline, a past-incidents heading alone', () => {
      assert.equal(decide('*Investigating* -\n\n*Identified* -\n', 'docs/a.md'), 'not-a-postmortem');
      assert.equal(decide('**Resolved** - **Resolved** - **Resolved** -\n', 'docs/a.md'), 'not-a-postmortem');
      assert.equal(decide('# Outage\n\n10:00 11:00 12:00 13:00 it was down\n', 'docs/a.md'), 'not-a-postmortem');
      assert.equal(decide('## Past incidents\n\n### 2026-01-01\n\n### 2026-01-02\n', 'docs/a.md'), 'not-a-postmortem');
      assert.equal(decide('# X\n\n## Incident Report\n', 'docs/a.md'), 'not-a-postmortem');
      assert.equal(decide('#### ISSUE:\n\n#### CAUSE:\n\n#### TIMELINE:\n', 'docs/a.md'), 'not-a-postmortem');
    });

    // Through the engine, as a workspace file: the quick scan must let the document through too.
    const taken = (text: string) => check(text, { path: 'docs/a.md', settings }).doc?.model.detection ?? 'skipped';

    it('an incident told in the past, its cause and an answer, whatever the outline: prose, headings without a title, a note, bracketed updates, a page of post-mortems', () => {
      const prose = lines(
        '# Search came back empty for an hour',
        'Between 14:10 and 15:05 about a third of searches returned nothing. We had pointed the readers at a',
        'new index path ahead of a migration, and it turned out the old path was dropped by the sync job.',
        'We noticed the problem on our dashboards within minutes and had the old path back by 15:05.',
        'To keep this from happening again we will compare index sizes before any switch.',
      );
      const untitled = lines(
        '## The issue',
        'On Tuesday the nightly invoices were never delivered: the mail relay had refused them with an error.',
        '## How we found the cause',
        'The relay had lost our sender address from its allow list during a cleanup.',
        '## How we fixed it',
        'We put the address back and sent the invoices again.',
      );
      const note = lines(
        '# The shop was unreachable on Sunday',
        'The shop was unreachable for two hours on Sunday.',
        'I apologise to everyone whose order did not go through.',
      );
      const updates = lines(
        '---\ntitle: Mail relay down\n---',
        '[Update]\nThe expired certificate has been replaced, and every broken mail service has been repaired.',
        '[First notice]\nBecause of an expired certificate our mail relay is currently down. A fix is under way.',
      );
      const page = lines(
        '# Post-mortems',
        '## 3 May',
        'The incident began after an upgrade of the message broker on both of our hosts.',
        '_Lessons learned_',
        '- Upgrade one broker at a time.',
      );
      const announced = lines(
        '# The week our backups went quiet',
        'On Monday our backup jobs stopped writing to the bucket. Here is what happened and what we will',
        'change.',
        '## Why it stopped',
        'A renamed credential left the jobs without access.',
        '## What we will change',
        'We will alert on a day without a backup.',
      );
      for (const [name, text] of Object.entries({ prose, untitled, note, updates, page, announced })) assert.equal(taken(text), 'content', name);
    });

    it('look-alikes of the telling: a guide in the third person, a runbook putting cases, a change description, an essay on outages, a page that lists post-mortems', () => {
      const guide = lines(
        '# Good incident write-ups',
        'A write-up is read by people who were not in the incident. It names the root cause and the lessons',
        'learned, and it says what will change.',
      );
      const runbook = lines(
        '# Queue recovery',
        'If the queue was down for more than five minutes, page the on-call. The usual cause is a full disk',
        'due to old logs. We will add more steps later.',
      );
      const change = lines(
        '## Problem',
        'Uploads over 2 MB fail with an error.',
        '## Cause',
        'The limit is due to a proxy setting.',
        '## Fix',
        'We raise the limit in the proxy.',
      );
      const essay = lines(
        '# What outages taught us',
        'We have had many outages over the years. The cause was often a rushed change, and we learned to',
        'slow down. We will keep writing about it.',
      );
      const index = lines(
        '# Post-mortems',
        'Every report of ours lives in this folder, one file each.',
        '- [Broker upgrade](broker.md)',
        '- [Disk full](disk.md)',
      );
      for (const [name, text] of Object.entries({ guide, runbook, change, essay, index })) {
        assert.notEqual(taken(text), 'content', name);
        assert.equal(decide(text, 'docs/a.md'), 'not-a-postmortem', name);
      }
    });

    it('a notice without a title whose opening paragraph names the incident in the past, and a titled notice that answers "so it does not happen again"', () => {
      const untitledNotice = lines(
        'This note covers the outage of the library catalogue that our readers had on 4 June.',
        'The catalogue was unreachable from 09:10 until 11:40. The cause was a storage quota on the search host that ran out during the nightly import.',
        'We raised the quota and reran the import, and we will now alert well before the quota is reached.',
      );
      const titledNotice = lines(
        '# Closing update on the building power disruption',
        'The incident has been closed and our response team has been stood down.',
        'The fault that caused the shutdown lies in how the chillers restart after a power dip, and it remains.',
        'Work is under way so that it does not happen again.',
      );
      for (const [name, text] of Object.entries({ untitledNotice, titledNotice })) {
        assert.equal(taken(text), 'content', name);
        assert.equal(decide(text, 'docs/a.md'), 'content', name);
      }
    });

    it('look-alikes of an untitled notice: a message of two paragraphs, an opening that names no incident or puts a case, no cause, a runbook step "if it happens again"', () => {
      const message = lines(
        'The outage of the catalogue on 4 June was caused by a storage quota that ran out.',
        'We raised the quota and we will alert before it runs out.',
      );
      const laterNamed = lines(
        'Thanks for the quick replies on the thread about the import job.',
        'The outage on 4 June was caused by a quota that ran out.',
        'We raised it and we will alert before it runs out again.',
      );
      const caseOpening = lines(
        'If the catalogue was unreachable for more than ten minutes, an outage is declared.',
        'The usual cause is a storage quota that ran out due to the nightly import.',
        'We will then raise the quota and rerun the import.',
      );
      const noCause = lines(
        'The catalogue outage that readers had on 4 June is over.',
        'We are sorry for the trouble on Tuesday, 2025-06-04.',
        'We will keep you informed.',
      );
      const runbookStep = lines(
        '# Import job',
        'The nightly import fills the search index. A run that failed is retried once.',
        'If it happens again, page the on-call.',
      );
      for (const [name, text] of Object.entries({ message, laterNamed, caseOpening, noCause, runbookStep })) {
        assert.notEqual(taken(text), 'content', name);
        assert.equal(decide(text, 'docs/a.md'), 'not-a-postmortem', name);
      }
    });

    it('ugly input for the telling: an apology alone, the three parts in a word each without a title, unfinished labels, a long run of one word', () => {
      assert.notEqual(taken('We apologise.\n'), 'content');
      assert.notEqual(taken('Due to. We will. Was an error.\n'), 'content');
      assert.notEqual(taken('[Update]\n\n[Update]\n\n[]\n'), 'content');
      assert.notEqual(taken('# Post-mortems\n\n_Lessons learned_\n'), 'content');
      const long = 'was '.repeat(20000) + 'error ' + 'because of '.repeat(5000);
      assert.notEqual(taken(long), 'content');
      // Three paragraphs of one word each, and an opening of an incident word repeated without end.
      assert.notEqual(taken('Outage.\n\nCaused.\n\nSorry.\n'), 'content');
      assert.notEqual(taken(`${'outage was '.repeat(20000)}\n\ncaused by\n\nwe will\n`), 'content');
    });

    it('ugly input: no title, only rules and underlines, a heading that is only a question mark', () => {
      assert.equal(decide('---\n\n===\n\n-----\n', 'docs/a.md'), 'not-a-postmortem');
      assert.equal(decide('?\n-\n\nWhy?\n====\n', 'docs/a.md'), 'not-a-postmortem');
      assert.equal(decide('# Outage\n', 'docs/a.md'), 'not-a-postmortem');
      assert.equal(decide('Outage outage outage. Root cause. Sorry.\n', 'docs/a.md'), 'not-a-postmortem');
    });
  });

  it('does not parse a README whose first heading rules it out', () => {
    const result = check('# My project\n\n## Summary\n', { path: 'README.md', settings });
    assert.equal(result.doc, null);
    assert.deepEqual(result.findings, []);
  });

  it('recognises templates and checks them leniently', () => {
    assert.equal(analyzeDocument('# Title\n', 'postmortems/template.md', settings).model.isTemplate, true);
    assert.equal(analyzeDocument('# Post-mortem template\n', 'postmortems/a.md', settings).model.isTemplate, true);
    assert.equal(analyzeDocument('# Post-mortem: A\n\n## Summary\n\n## Timeline\n\n## Impact\n', 'postmortems/a.md', settings).model.isTemplate, true);
    assert.equal(
      analyzeDocument('# Post-mortem: A\n\n## Summary\n\nText.\n\n## Timeline\n\n## Impact\n', 'postmortems/a.md', settings).model.isTemplate,
      false,
    );
  });
});

describe('bad input', () => {
  const run = (text: string) => check(text, { path: 'postmortems/bad.md', settings });

  it('a BOM: positions still point at the right text', () => {
    const text = '\ufeff# Post-mortem: A\n\nDate: 2026-02-30\n';
    const result = run(text);
    const date = result.findings.find((f) => f.ruleId === 'metadata-date')!;
    assert.equal(text.slice(date.start, date.end), '2026-02-30');
    const missing = result.findings.find((f) => f.ruleId === 'required-sections')!;
    assert.equal(text.slice(missing.start, missing.end), '# Post-mortem: A');
  });

  it('binary content and invalid UTF-8: a clear note, no findings', () => {
    const binary = run('\u0000\u0001PNG\u0000\u0000');
    assert.match(binary.notice!.message, /does not look like text/);
    const decoded = new TextDecoder().decode(Uint8Array.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]));
    assert.match(run(decoded).notice!.message, /does not look like text/);
  });

  it('a 10 MB file: a clear note naming the setting, without parsing it', () => {
    const big = `# Post-mortem: big\n\n${'All good here. '.repeat(700_000)}`;
    const result = run(big);
    assert.match(result.notice!.message, /larger than postmortem\.maxDocumentSize/);
    assert.equal(result.doc, null, 'the document was not parsed');
  });

  it('tabs, unclosed fences, HTML blocks and deeply nested lists: no crash, sections stay right', () => {
    const text = [
      '# Post-mortem: odd input',
      '',
      '<div>',
      '## Not a heading inside HTML? It is HTML.',
      '</div>',
      '',
      '## Summary',
      '',
      '\tindented with a tab',
      '',
      Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'),
      '',
      '## Timeline',
      '',
      '```',
      '## Root Cause',
      'never closed',
    ].join('\n');
    const result = run(text);
    const kinds = result.doc!.model.sections.map((s) => s.kind);
    assert.deepEqual(kinds, ['summary', 'timeline']);
    for (const f of result.findings) assert.ok(f.start >= 0 && f.end <= text.length);
  });

  it('a rule that throws becomes one finding and the others still report', () => {
    const boom = {
      meta: { id: 'boom', description: 'x', defaultSeverity: 'warning' as const, fixable: false, docs: 'docs/rules/boom.md', templates: 'check' as const },
      check() {
        throw new Error('kaboom');
      },
    };
    const { RULES } = require('../../server/src/rules/index') as typeof import('../../server/src/rules/index');
    const result = check('# Post-mortem: A\n', { path: 'postmortems/a.md', settings, rules: [boom, ...RULES] });
    assert.ok(result.findings.some((f) => f.ruleId === 'boom' && /stopped with an error.*kaboom/.test(f.message)));
    assert.ok(result.findings.some((f) => f.ruleId === 'required-sections'));
  });
});

describe('real post-mortems (../shared/corpus)', () => {
  const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus');
  if (!existsSync(corpus)) {
    it.skip('skipped: ../shared/corpus is not present in this clone');
    return;
  }
  for (const name of readdirSync(corpus).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')) {
    it(`${name}: checks without error, every range inside the document`, () => {
      const text = readFileSync(join(corpus, name), 'utf8');
      const result = check(text, { path: `postmortems/${name}`, settings });
      assert.ok(result.doc, 'parsed');
      assert.ok(!result.findings.some((f) => /stopped with an error/.test(f.message)));
      for (const f of result.findings) assert.ok(0 <= f.start && f.start <= f.end && f.end <= text.length);
      // Documents with real section headings have some of them recognised; a few write sections as bold list items.
      if (result.doc.model.sections.length >= 3)
        assert.ok(
          result.doc.model.sections.some((s) => s.kind),
          'some required section is recognised',
        );
    });
  }
});
