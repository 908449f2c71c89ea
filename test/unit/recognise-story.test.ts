import { strict as assert } from 'node:assert';
import { toldAsStory } from '../../server/src/analysis/model/detect';
import { detection as taken, isTaken } from '../support/recognition';

const lines = (...parts: string[]) => parts.join('\n\n') + '\n';

describe('recognising a post-mortem by the story its prose tells, whatever its headings', () => {
  describe('stories taken', () => {
    it('a narrative blog post without headings: the breakage, the harm, how it was found, the repair and the why, over paragraphs', () => {
      const post = lines(
        '---\ntitle: "The afternoon the invoices vanished"\ndate: 2024-05-02\n---',
        'Around three in the afternoon my phone lit up with messages from the accounting team.',
        'I opened the admin page and saw it myself: every invoice of the last quarter was gone from the list.',
        'Our bookkeepers could not send a single reminder that day, and two clients got blank statements.',
        'We restored the table from the night before and replayed the morning by hand, which took until late evening.',
        'The cleanup job had been pointed at the live schema instead of the staging one because both shared a single variable name.',
        'These days the job refuses to run against anything that holds live data, and the variable has two distinct names.',
      );
      assert.equal(taken(post), 'content');
    });

    it('a letter that opens on a greeting and tells the outage to its readers', () => {
      const letter = lines(
        '# A note to our subscribers',
        'Hello everyone,',
        'On Thursday evening the newsletter site went down for a little under four hours.',
        'Many of you wrote in because you could not log in to read the archive.',
        'Our host noticed the problem before we did: a storage node had filled up and the database stopped accepting writes.',
        'They moved us to a fresh node and the site was back online shortly after midnight.',
        'Thank you for your patience,',
        'Mara',
      );
      assert.equal(taken(letter), 'content');
    });

    it("a provider's notice told in the third person about its own service", () => {
      const notice = lines(
        '# Service notice: hosted mail, 12 March',
        'Between 06:10 and 07:40 our hosted mail service was unavailable for some customers in the northern region.',
        'Affected customers could not receive new messages during that window; no stored mail was lost.',
        'The problem was detected by our monitoring within two minutes, and engineers traced it to a faulty load balancer.',
        'Traffic was moved to the standby balancer and delivery was restored at 07:40, after which the queued messages arrived.',
      );
      assert.equal(taken(notice), 'content');
    });

    it('a post whose headings are story beats, not the names of report sections', () => {
      const post = lines(
        '# Two clocks, one cron',
        '## The quiet part',
        'For two years our nightly export ran at 02:00 and nobody thought about it.',
        '## The night it went wrong',
        'On the Sunday the clocks changed, the export crashed halfway and the partner feed stayed empty until morning.',
        "Three partners saw yesterday's prices all of Monday.",
        '## How we caught it',
        'A partner noticed the stale prices and emailed our support desk.',
        '## Putting it back',
        'We reran the export by hand and the feed was restored before noon.',
        '## Why',
        "It turned out that the scheduler and the export read the time from two different zones, so the job started twice and the second run deleted the first run's file.",
      );
      assert.equal(taken(post), 'content');
    });
    it('a blog post with screenshots between its paragraphs: a picture is no paragraph of the story', () => {
      const post = lines(
        '---\nlayout: post\ntitle: "A bad month with my game host"\n---',
        'I moved the guild server to a new rented box in the spring, hoping for a quiet summer of play.',
        'The first weeks were fine and the support staff answered every ticket within the hour, which was a pleasant change.',
        '![the control panel on day one](/img/panel.png)',
        '[![uptime graph, first week](/img/week1.png)](/img/week1-large.png)',
        'Then in June the whole machine went offline for most of an evening, and nobody at the host answered.',
        'Half the guild could not log in for the raid and a few of them lost their progress from that night.',
        '![the graph of that evening](/img/june.png)',
        'Two days later the network dropped again, this time because the host had stopped paying its upstream provider.',
        'I restored the world from my own nightly backup on a box at another company, and the players were back by the weekend.',
      );
      assert.equal(taken(post), 'content');
    });
  });

  describe('look-alikes that tell of an incident in passing stay untaken', () => {
    it('a changelog whose lines name a fixed outage and a crash', () => {
      const changelog = lines(
        '# Changes',
        '## 2.4.1',
        'Fixed an outage in the sync worker that happened when the queue was empty.',
        'Restored the old retry behaviour after users reported crashes on start-up.',
        '## 2.4.0',
        'Added a dark theme. The settings page loads faster.',
      );
      assert.equal(isTaken(changelog), false);
    });

    it('a runbook that puts the case of the service being down', () => {
      const runbook = lines(
        '# Restarting the search cluster',
        'If the service is down, restart it from the admin console.',
        'When users cannot log in, check the session store first.',
        'Should the restart fail, page the on-call engineer.',
        'Once the cluster is restored, post a note in the status channel.',
      );
      assert.equal(isTaken(runbook), false);
    });

    it('a release post that mentions a past bug among its news', () => {
      const release = lines(
        '# Version 5 is here',
        'We are excited to share the biggest release of the year, with a new editor and offline mode.',
        'The editor is rebuilt from scratch and opens large files in a fraction of the time.',
        'Offline mode keeps your drafts on the device and syncs them when you reconnect.',
        'This release also fixes the bug that crashed the app on some tablets last month, which users reported on the forum.',
        'Download it today from the usual places.',
      );
      assert.equal(isTaken(release), false);
    });

    it('a security advisory that tells a flaw found and fixed, and no incident', () => {
      const advisory = lines(
        '# Advisory: path traversal in the upload handler',
        'A path traversal flaw was discovered in the upload handler by an outside researcher.',
        'An attacker could write files outside the upload folder because file names were not checked.',
        'The flaw is fixed in version 3.2.2; we found no sign that it was exploited.',
        'Upgrade to 3.2.2 or later. Affected versions: 3.0.0 to 3.2.1.',
      );
      assert.equal(isTaken(advisory), false);
    });

    it('a design document whose background recalls an outage', () => {
      const design = lines(
        '# Design: a second region for the queue',
        '## Background',
        'Last year the queue went down for a day and our customers could not place orders, because a single region held every broker.',
        '## Proposal',
        'We will run brokers in two regions and fail over by DNS.',
        '## Costs',
        'A second region doubles the broker bill.',
      );
      assert.equal(isTaken(design), false);
    });
    it('a page about post-mortems, and a history that names breakages and fixes far apart', () => {
      const meta = lines(
        '# Our review archive',
        'We wrote forty post-mortems last year and kept every one of them here.',
        'The post-mortems were read by the whole team before the monthly meeting.',
        'Readers noticed that the older ones had no timeline, and we fixed the template in spring.',
        'Because the archive had grown, we split it by year.',
      );
      assert.equal(isTaken(meta), false);
      const filler = (n: number) => Array.from({ length: n }, (_, i) => `The ${i + 1}th release of the year added a report and a setting to the dashboard.`);
      const history = lines(
        '# Ten years of the project',
        'We started the project in a spare room; in the first month our build server crashed and we moved to hosted builds.',
        ...filler(4),
        'Some users could not upgrade from the old format, which we learned from the forum.',
        ...filler(4),
        'We restored the old importer in the fifth year because the new one had dropped fields.',
      );
      assert.equal(isTaken(history), false);
    });
  });

  describe('a standfirst that names what follows a post-mortem', () => {
    it('takes a subtitle paragraph naming the report and what it is of, under a title that says nothing of it', () => {
      const post = lines(
        '# Saving twice',
        '*A post-mortem of the sync plug-in, in which two quick saves left a note half written.*',
        '## The bug',
        'The plug-in wrote the note and its index in two steps, and a second save could land between them.',
      );
      assert.equal(taken(post), 'content');
      assert.equal(
        taken(lines('# Night shift', 'This incident report covers the queue stall of last Tuesday night.', 'The workers stopped pulling jobs.')),
        'content',
      );
    });

    it('leaves a guide that defines the genre, and a sentence that names it in passing', () => {
      assert.equal(
        isTaken(lines('# Writing things down', 'A post-mortem of an incident is a written record of what happened and why.', 'Keep it short.')),
        false,
      );
      assert.equal(isTaken(lines('# Writing things down', 'A post-mortem of every outage should be shared within a week.', 'Keep it short.')), false);
      assert.equal(isTaken(lines('# Team news', 'Our team met on Monday. A post-mortem of the outage is due next week.', 'Lunch is on Friday.')), false);
      assert.equal(isTaken(lines('# How to run a review', 'A post-mortem of the launch gives the team a place to reflect.', 'Invite everyone.')), false);
    });

    it("takes the front matter's line under the title when it names the report, over prose with no heading", () => {
      const story = [
        'So last month I locked myself out of my own backup box. Not great.',
        'The box sits in a cupboard and had run for years with barely a hiccup; I rarely think about it.',
        'It began when I swapped the firewall tool for another one and forgot the old rules lived elsewhere.',
      ];
      for (const key of ['description', 'summary', 'subtitle', 'excerpt'])
        assert.equal(taken(lines(`---\ntitle: "Cupboard trouble"\n${key}: "A backup box incident post-mortem"\n---`, ...story)), 'content', key);
      // Quoted or not; the headings may be anything.
      assert.equal(taken(lines("---\ntitle: Cupboard trouble\ndescription: 'Post-mortem: the backup box lockout'\n---", '## Part 1', ...story)), 'content');
    });

    it('leaves a line under the title that is about the genre, a template, or what the genre must be', () => {
      const essay = ['Teams write things down after a bad day.', 'Some keep them short, some long.', 'Either way, share them widely.'];
      for (const line of [
        'How to write a post-mortem your team will read',
        'A postmortem template for small teams',
        'Every outage needs a post-mortem within a week',
        'A post-mortem is a record of what happened',
        'Our incident review process',
        'Notes on keeping a quiet on-call rota',
      ])
        assert.equal(isTaken(lines(`---\ntitle: "Writing it down"\ndescription: "${line}"\n---`, ...essay)), false, line);
      // A title that names a topic or a plan rules the line out as it rules out an opening standfirst.
      assert.equal(isTaken(lines('---\ntitle: "Lessons from ten years on call"\ndescription: "A post-mortem of my pager habits"\n---', ...essay)), false);
      // A line that is not text, or is empty, names nothing.
      assert.equal(isTaken(lines('---\ntitle: "Writing it down"\ndescription:\n  - post-mortem\nsummary: ""\n---', ...essay)), false);
    });
  });

  describe('the reading itself', () => {
    it('needs four parts of the story spread over three paragraphs, the breakage among them', () => {
      const whole = [
        'Our login service went down on Tuesday morning.',
        'Customers could not sign in for forty minutes.',
        'We noticed it from the error graphs and restarted the pool.',
      ];
      assert.equal(toldAsStory(whole), true);
      // All in one paragraph: named in passing.
      assert.equal(toldAsStory([whole.join(' ')]), false);
      // No breakage: a flaw found and fixed.
      assert.equal(toldAsStory(['A flaw was discovered by a researcher.', 'Users could not see it.', 'We fixed it in the next release.']), false);
      // Denied: nothing went down.
      assert.equal(
        toldAsStory(['Our login service was not down at any time.', 'Customers could not tell.', 'We noticed nothing and restarted nothing.']),
        false,
      );
      // Told by no one: a story without its authors.
      assert.equal(
        toldAsStory(['The login service went down on Tuesday.', 'Customers could not sign in.', 'Engineers noticed it and restarted the pool.']),
        false,
      );
    });

    it('a page of pictures alone, badly formed or not, tells no story', () => {
      const page = lines('# Screens', '![a](x.png)', '[![b](y.svg)](http://z)', '![unclosed](', '![' + ']('.repeat(3000), '![c](d.png) ![e](f.png)');
      assert.equal(isTaken(page), false);
    });

    it('reads ugly input without failing: empty, long and odd paragraphs', () => {
      assert.equal(toldAsStory([]), false);
      assert.equal(toldAsStory(['', '   ', '???']), false);
      const long = 'we went down '.repeat(5000);
      assert.equal(toldAsStory([long, long, long]), false);
      assert.equal(toldAsStory(Array.from({ length: 500 }, () => 'Our site went down and customers could not log in. We noticed it and restarted it.')), true);
    });
  });
});
