import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { frontMatterRecordsIncident, quickScan, quickScanRulesOut } from '../../server/src/analysis/model/detect';
import { detection as taken, isTaken } from '../support/recognition';

const settings = defaultSettings();
const lines = (...parts: string[]) => parts.join('\n\n') + '\n';
const decide = (text: string, path = 'notes/a.md') => analyzeDocument(text, path, settings).model.detection;

describe('recognising a post-mortem by the incident it tells', () => {
  describe('shapes taken', () => {
    it('an untitled notice of one paragraph that goes on for sentences: the breakage in the past, its cause and the service back', () => {
      const notice =
        'Mon Mar 3 10:12:40 UTC 2025 - The print queue is running again. Two of the three spoolers crashed within a minute of each other around 08:50, which caused the backlog. ' +
        'We moved the jobs to the third spooler at once. A driver update from the night before turned out to leak memory under load. ' +
        'We rolled the driver back and both spoolers are back online. No print job was lost. - Ana, Teo\n';
      assert.equal(taken(notice), 'content');
    });

    it('an untitled notice whose lines are written without blank lines between them: an apology, the outage on its days, a cause, the fixes to come', () => {
      const text = [
        'We apologise to everyone whose booking page would not load this week.',
        'The outages we had on Tuesday and again on Wednesday took the booking pages offline for about an hour each.',
        'Reading the proxy logs we found that a connection limit we set last month was far too low, which caused the workers to stall.',
        'We have raised the limit and will add an alert on stalled workers next week.',
        'A second change, to how the workers restart, is being tested now.',
      ].join('\n');
      assert.equal(taken(text), 'content');
    });

    it('a title in the first person and the past ("Why we were offline", "How I lost ...") is the authors\' own incident, not a topic', () => {
      const letter = lines(
        '# Why we were offline',
        'Dear members, many of you wrote to us about the missing archive.',
        'On 3 October our storage host failed while a copy to the new provider was still running.',
        'The copy had been paused for weeks due to a change of plans, so the newest files existed in one place only.',
        'We moved the disks to a spare machine and read back what we could.',
        'Some of the files from that week could not be read.',
        'We are now keeping two copies of every file at all times.',
        'Thank you for bearing with us.',
        'Some of you asked about refunds.',
        'We are deeply sorry for the loss.',
      );
      assert.equal(taken(letter), 'content');
      const post = lines(
        '# How I lost and rebuilt the photo index',
        'On Sunday at 4 PM the gallery was broken: half of the thumbnails were gone because of a cleanup script I ran against the wrong folder.',
        'I restored them from the nightly backup; by 9 PM the gallery was complete again.',
        'I have since made the script ask before it deletes anything.',
      );
      assert.equal(taken(post), 'content');
    });

    it('a titled note that tells the site came back, with a cause, and no section headings', () => {
      const note = lines(
        '# Downtime this afternoon',
        'Hello everyone,',
        'At 2:10pm one of the cache hosts stopped answering, and this caused every page request to wait on it. The site came back at 2:41pm once I restarted the host.',
      );
      assert.equal(taken(note), 'content');
    });

    it('a stream of paragraphs led by day and time, over an outage, ending with the service back', () => {
      const stream = lines(
        'Friday Jun 6th, 9:02am CET. The dashboard is down. We are looking into it.',
        'Friday Jun 6th, 9:30am CET. We found a disk that filled up on the reporting database.',
        'Friday Jun 6th, 10:15am CET. We cleared old exports and the dashboard is back online.',
        'We will alert earlier on disk use from now on. Sorry for the trouble.',
      );
      assert.equal(taken(stream), 'content');
    });

    it("a status page's incident record in its front matter: resolved, a severity, a resolved time", () => {
      const record = [
        '---',
        'title: Database failover',
        'date: 2024-02-01 09:00:00',
        'status: "resolved"',
        'max_severity: disrupted',
        'resolved_on: 2024-02-01 11:30:00',
        'affected:',
        '  - API',
        '---',
        '**Investigating:** the API answers slowly.',
        '\\',
        'Replication is healthy again.',
        '',
      ].join('\n');
      assert.equal(taken(record), 'content');
      assert.equal(frontMatterRecordsIncident({ status: 'resolved', severity: 'major' }), true);
      assert.equal(frontMatterRecordsIncident({ state: 'closed', resolved_at: '2024-01-01' }), true);
    });
  });

  describe('look-alikes refused', () => {
    it('a form with stand-ins in its title or headings, inside or outside front matter', () => {
      const form = lines(
        '# Post-mortem: {{TITLE}}',
        '## Summary',
        'One paragraph.',
        '## Root cause',
        '- Primary cause:',
        '## Action items',
        '- [ ] fix the thing (owner)',
      );
      assert.notEqual(taken(form), 'title');
      assert.equal(decide(form), 'not-a-postmortem');
      assert.equal(decide(lines('# Outage on <date>', '## Root cause', 'The cause was a full disk.', '## Timeline', '- 10:00 alert')), 'not-a-postmortem');
      assert.equal(decide(lines('# Incident report YYYY-MM-DD', 'We were down.')), 'not-a-postmortem');
    });

    it('a form whose every part is an italic instruction, a question or an empty label', () => {
      const form = lines(
        '## Incident timeline',
        '*List when it began, when it was noticed and when it ended.*',
        '## Impact',
        '*Who could not work, and for how long?*',
        '## Root cause',
        'What was the root cause?',
        '## Follow-ups',
        '- Owner:',
        '- Due:',
      );
      assert.equal(decide(form), 'not-a-postmortem');
    });

    it('a form whose follow-up list holds only italic instructions, and the notes of a meeting held on a cadence', () => {
      const form = lines(
        '# Incident review',
        '## What happened?',
        '_Tell it in a few sentences._',
        '## Why did it happen?',
        '_Ask why until you reach something the team can change._',
        '## What was the impact?',
        '_Who, how many, how long._',
        '## What will we change?',
        '- _A change, its owner, its date_',
        '- _A change, its owner, its date_',
      );
      assert.equal(decide(form), 'not-a-postmortem');
      // Filled, the same form is a report: a list item that says something is no instruction.
      const filled = form
        .replace(/- _A change, its owner, its date_\n/, '- Add a lag alert to the replica (Sam, 2026-05-01)\n')
        .replace(/_[^_\n]+\._/g, 'We lost the replica at 09:10 because its disk filled up.');
      assert.equal(decide(filled), 'title');
      const notes = lines(
        '# Monthly incident review, 2026-06-02',
        '## Agenda',
        '1. Open follow-ups',
        '2. Incidents of the month',
        '## Incidents of the month',
        '- A slow search on the 4th, report to come.',
      );
      assert.equal(decide(notes), 'not-a-postmortem');
      assert.equal(decide(lines('# Quarterly post-mortem review', 'We go over the quarter.')), 'not-a-postmortem');
      // After a colon the title names its subject: a weekly job is the subject, not the cadence of a meeting.
      assert.equal(decide(lines('# Post-mortem: weekly export job failed', 'The export failed on Sunday.')), 'title');
    });

    it('a ticket asking for a post-mortem (a user story, acceptance criteria) though its title names the outage', () => {
      const ticket = lines(
        '# Postmortem: search outages in March',
        '## User story',
        'The support team needs to know why search went offline and what stops it from happening again.',
        '## Acceptance criteria',
        '- [ ] The root cause is written down.',
        '- [ ] A postmortem is filed in the repository.',
      );
      assert.equal(decide(ticket), 'not-a-postmortem');
    });

    it('a help page on adding and writing a post-mortem, under a title that names one', () => {
      const help = lines(
        '# Postmortem - status pages',
        'A postmortem tells your visitors what went wrong after an outage and what you changed.',
        '## How to add a postmortem',
        '1. Open the incident.',
        '2. Tick the postmortem box.',
        '## How to write a good postmortem',
        '- Keep to facts and leave out blame.',
      );
      assert.equal(decide(help), 'not-a-postmortem');
    });

    it('a post titled "Postmortem" that only lists links to other teams\' post-mortems', () => {
      const list = lines(
        '---\ntitle: "Postmortem"\n---',
        '## Databases',
        '- [A replica that fell behind](https://example.com/replica)',
        '## Networks',
        '- [The day the routes vanished](https://example.com/routes)',
        '- [Another one](https://example.com/other)',
      );
      assert.equal(decide(list), 'not-a-postmortem');
    });

    it('a request for post-mortems under a plural title names no incident and no date', () => {
      const request = lines(
        '# Incident post-mortems',
        'I really like the status page and seeing when things were down and when they were fixed.',
        'What I would like is to read what went wrong each time.',
        'Thanks for asking, we write post-mortems for every serious issue internally. We will look into sharing them.',
      );
      assert.equal(decide(request), 'not-a-postmortem');
      // The same plural title over a dated account is a page that keeps them (a date in any common form).
      const page = lines(
        '# Post-mortems',
        '## 14/Feb/2023',
        '### Both relays went offline',
        'The relays went offline for twenty minutes because of an expired key, and we rotated it by hand.',
        'We will now rotate keys a week before they expire.',
      );
      assert.equal(decide(page), 'content');
    });

    it('a status record of planned work: a maintenance severity or a title that names a schedule', () => {
      const planned = [
        '---',
        'title: Database upgrade',
        'status: resolved',
        'max_severity: maintenance',
        'resolved_on: 2024-02-01 11:30:00',
        '---',
        'Servers are down while we upgrade.',
        '',
      ].join('\n');
      assert.equal(decide(planned), 'not-a-postmortem');
      const scheduled = ['---', 'title: Scheduled updates', 'status: resolved', 'resolved_on: 2024-02-01 11:30:00', 'severity: down', '---', 'Done.', ''].join(
        '\n',
      );
      assert.equal(decide(scheduled), 'not-a-postmortem');
      // A state alone, or a severity alone, is no record of an incident (a draft, a task).
      assert.equal(frontMatterRecordsIncident({ status: 'resolved' }), false);
      assert.equal(frontMatterRecordsIncident({ status: 'draft', severity: 'major' }), false);
    });

    it('a stamped stream that names no outage (a diary, a release log) and a two-sentence message', () => {
      const diary = lines(
        'Monday Jun 2nd, 9:00am. We started the migration of the wiki.',
        'Monday Jun 2nd, 4:00pm. We moved half the pages and will finish tomorrow.',
      );
      assert.notEqual(taken(diary), 'content');
      const message = 'The cache host crashed at 08:50, which caused the backlog. We restarted it and it is back online.\n';
      assert.notEqual(taken(message), 'content');
    });

    it('a manual page on incidents whose closing promises or says a cause "came back": no apology, no service back', () => {
      const manual = lines(
        '# repeated-incident',
        'The check looks at the root cause of each report and was tuned on older reports.',
        'It compares the words of two causes.',
        'It shows the closest three.',
        'It ignores drafts.',
        'It runs when the archive is open.',
        'It reads the date of each report.',
        'It keeps its results between runs.',
        'If the same cause came back, the earlier action items did not hold.',
        'We will add more options later.',
      );
      assert.equal(decide(manual), 'not-a-postmortem');
    });

    it('a template in a post-mortems folder or under the template globs is still taken and checked leniently (path decides, unchanged)', () => {
      const form = lines('# Post-mortem: {{TITLE}}', '## Summary', '## Root cause', '## Timeline');
      const m = analyzeDocument(form, 'postmortems/template.md', settings).model;
      assert.equal(m.detection, 'path');
      assert.equal(m.isTemplate, true);
      const named = analyzeDocument(
        lines('# Post-mortem: {{TITLE}}', '## Summary', 'One paragraph.', '## Root cause', '- Cause:'),
        'docs/postmortem-template.md',
        settings,
      ).model;
      assert.equal(named.detection, 'path');
      assert.equal(named.isTemplate, true);
    });
  });

  describe('the quick scan reads a cause in a heading as the parse does', () => {
    it('a blog story whose cause is under a question heading or a bare noun, the service back in the prose', () => {
      const story = lines(
        '---\ntitle: Our mail relay stopped and so did we\nlayout: post\n---',
        'Sunday morning. Coffee in hand, I opened my phone and saw a dozen messages from our volunteers.',
        'Nothing was getting delivered: the relay was down and refused every connection.',
        '## Half an hour later',
        'I renewed the relay certificate and ten minutes later the queue drained. Mail was flowing again and the relay was back up.',
        '### So how did this happen?',
        'The certificate renewal job had been switched off when we moved hosts, and I never switched it on again.',
        '## Making sure',
        'The renewal now runs on the new host, so this should not happen again.',
      );
      assert.equal(taken(story), 'content');
      const bare = lines(
        'My little home server went quiet for a while this spring.',
        '## The reason',
        'A disk in the mirror started throwing read errors, so I switched the box off.',
        '## The move',
        'After a few evenings of work the site runs on rented hosting, and it is online once more.',
      );
      assert.equal(taken(bare), 'content');
    });

    it('a cause heading without an answer in the prose, or an answer without a cause, is still ruled out before any parse', () => {
      assert.equal(
        taken(lines('# Parser notes', '## Why another parser?', 'The old one was slow on long tables.', '## Usage', 'Call parse() on a string.')),
        'skipped',
      );
      assert.equal(taken(lines('# Release 2.3', '## Highlights', 'Tables render faster. We will add charts next.')), 'skipped');
    });
  });

  describe('an untitled notice that says its authors made the report', () => {
    it('is taken when the first sentence says so in the past; a report still to be written is not', () => {
      const notice = lines(
        'After the login outage of last week we carried out a post-mortem to learn why the incident happened.',
        'What we found is listed here:',
        '- The token service had one replica.',
        'We will add a second replica and an alert on token errors so that this does not happen again.',
        'Thank you for bearing with us.',
      );
      assert.equal(taken(notice), 'content');
      assert.equal(isTaken(notice.replace('we carried out', 'we will carry out')), false);
    });
  });

  describe('an untitled notice that tells its cause as an event', () => {
    it('a change that removed or broke something, so a failure followed; a failure right after a change', () => {
      const so = lines(
        'On Thursday afternoon our checkout was down for about forty minutes.',
        'A configuration change to the payment proxy dropped the retry setting, so every slow answer from the bank ended as a failed order.',
        'We put the setting back at 15:20 and orders went through again.',
        'We will add the proxy settings to the review checklist.',
      );
      assert.equal(taken(so), 'content');
      const after = lines(
        'Our photo uploads were down for most of Sunday morning.',
        'The upload workers crashed shortly after a library upgrade we rolled out overnight.',
        'We rolled the upgrade back by noon and the uploads are working again.',
        'We are adding a canary step for upgrades of this library.',
      );
      assert.equal(taken(after), 'content');
    });

    it('look-alikes: a case put, a changelog told by its authors, a how-to that names a change', () => {
      const runbook = lines(
        'When the checkout is down, look at the payment proxy first.',
        'If a configuration change removed the retry setting, so that slow answers end as failed orders, put it back.',
        'Orders should then go through again.',
        'We will keep this page up to date.',
      );
      assert.equal(isTaken(runbook), false);
      const changelog = lines(
        'This release was delayed by a week because our build machine crashed.',
        'We removed the old export format, so scripts that read it need the new reader.',
        'The upgrade of the chart library changed the default colours.',
        'We will publish the next release in June.',
      );
      assert.equal(isTaken(changelog), false);
    });
  });

  describe('an outline that names the cause and what was learned, its incident told past the opening', () => {
    /** Paragraphs that set the scene and tell nothing gone wrong: the opening the telling is first looked for in. */
    const scene = [
      'Every spring our club runs a weekend of puzzles for students from a dozen schools.',
      'This year we planned for twice the teams of last year and booked a larger hall.',
      'The puzzles were written over the winter by six volunteers.',
      'We tried every one of them at two evening sessions in March.',
      'The scoreboard is a small web page that a single server behind the hall keeps.',
      'Teams registered online in the two weeks before the event.',
      'On the first morning the hall filled up by nine.',
      'Lunch was served in the courtyard, and the weather held.',
    ];
    const told = 'On the second afternoon our scoreboard went down for almost an hour, and teams could not submit answers.';
    const outline = (story: string, headings = ['Root cause', 'Lessons learned']) =>
      lines(
        '# Spring puzzle weekend',
        '## The weekend',
        ...scene,
        story,
        `## ${headings[0]}`,
        'The server ran out of memory: every page view kept a copy of the whole board.',
        `## ${headings[1]}`,
        'We learned to load-test the board with the full number of teams before the day.',
      );

    it('takes it, its failure told in the ninth paragraph', () => {
      assert.equal(taken(outline(told)), 'content');
    });

    it('leaves the same outline when nothing is told gone wrong, or only as a case put', () => {
      assert.equal(isTaken(outline('On the second afternoon the teams moved to the final round.')), false);
      assert.equal(isTaken(outline('If the scoreboard went down, the teams would write answers on paper.')), false);
    });

    it('needs the outline to name the cause and an answer both', () => {
      assert.equal(decide(outline(told, ['Root cause', 'Venue'])), 'not-a-postmortem');
      assert.equal(decide(outline(told, ['Budget', 'Lessons learned'])), 'not-a-postmortem');
    });
  });

  describe('ugly input', () => {
    it('stand-ins, links and stamps alone, runs of one mark, an unclosed front matter', () => {
      assert.equal(isTaken('{{DATE}}\n'), false);
      assert.equal(isTaken('[a](b)\n\n[c](d)\n'), false);
      assert.equal(isTaken('Mon Jan 1st, 10:00am.\n\nMon Jan 1st, 11:00am.\n'), false);
      assert.equal(isTaken('---\nstatus: resolved\nseverity: major\n'), false);
      assert.equal(isTaken('---\nstatus: resolved\nseverity:\nresolved_on:\n---\n'), false);
      assert.equal(isTaken(`${'Mon Jan 1st, 10:00am. '.repeat(5000)}\n`), false);
      assert.equal(isTaken(`${'It crashed. '.repeat(20000)}\n`), false);
      assert.equal(isTaken(`${'<date> '.repeat(10000)}\n`), false);
      assert.equal(isTaken(`# ${'{{'.repeat(5000)}\n`), false);
    });

    it('a document opening on a rule (`---`) that never closes as front matter is read for its headings', () => {
      const text = lines(
        '---',
        'Written by the platform team.',
        '## Summary',
        'The build farm was down for a day.',
        '## Root cause',
        'A full disk.',
        '## Timeline',
        '- 09:00 builds fail',
        '## Action items',
        '- [ ] Alert on disk use',
      );
      assert.equal(quickScanRulesOut(quickScan(text)), false);
      assert.equal(quickScanRulesOut(quickScan('---\ntitle: Notes\n---\n\nJust notes.\n')), true);
    });
  });
});
