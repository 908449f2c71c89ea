/**
 * Section shapes teams write that are not Markdown headings with our words: HTML headings, tables
 * of key facts whose keys name sections, headings that say "no section" (open questions), and
 * common phrasings of lessons and plans. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument, htmlHeading } from '../../server/src/analysis/model/build';
import { SectionMatcher } from '../../server/src/analysis/model/sections';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { assertLinear } from '../support/growth';

function kinds(text: string): [string, string | null][] {
  return analyzeDocument(text, 'postmortems/2026-05-01-test.md', defaultSettings()).model.sections.map((s) => [s.heading.text, s.kind]);
}

/** Asserts the kind of section each heading is read as (null: none), naming the heading that is read otherwise. */
function assertKinds(matcher: SectionMatcher, expected: [heading: string, kind: string | null][]): void {
  for (const [heading, kind] of expected) assert.equal(matcher.match(heading), kind, heading);
}

describe('sections: shapes beyond Markdown headings', () => {
  it('an HTML heading on its own block opens a section like a Markdown heading', () => {
    const text =
      '# Retry storm\n\n<h2>Timeline</h2>\n\n- 10:00 UTC deploy\n- 10:20 UTC first duplicate\n\n<h2 id="cause">Root <em>cause</em></h2>\n\nThe wrapper retried.\n\n## Impact\n\nForty customers.\n';
    assert.deepEqual(kinds(text), [
      ['Timeline', 'timeline'],
      ['Root cause', 'root-cause'],
      ['Impact', 'impact'],
    ]);
    assert.deepEqual(htmlHeading('<h3 class="x">Next steps</h3>'), { depth: 3, text: 'Next steps' });
    assert.equal(htmlHeading('<h2>Two</h2>\n<p>blocks</p>'), null);
    assert.equal(htmlHeading('<div>Impact</div>'), null);
  });

  it('an HTML heading of a pathological length is not read, and costs nothing', () => {
    assert.equal(htmlHeading(`<h2>${'a '.repeat(100000)}</h2>`), null);
    assert.equal(htmlHeading(`<h2 ${'x'.repeat(100000)}>Impact</h2>`), null);
  });

  it('a table of key facts whose keys name sections holds those sections', () => {
    const text =
      '# Double charges\n\n| | |\n| --- | --- |\n| **Summary** | A retry loop charged cards twice. |\n| **Impact** | 40 customers. |\n| Severity | SEV-2 |\n';
    assert.deepEqual(kinds(text), [
      ['Summary', 'summary'],
      ['Impact', 'impact'],
    ]);
  });

  it('one key that names a section is not enough to read a table as sections', () => {
    const text = '# Double charges\n\n| Field | Value |\n| --- | --- |\n| Impact | 40 customers |\n| Severity | SEV-2 |\n';
    assert.deepEqual(kinds(text), []);
  });

  it('a list of plain fields whose labels name sections holds those sections, each ending at its label', () => {
    const text =
      '# Double charges\n\n- Date: 2026-04-30\n- Owner: payments team\n- Summary: A retry loop charged cards twice.\n- Impact: 40 customers paid twice.\n- Root Causes: the wrapper retried a call that had succeeded.\n- Trigger: a slow card network\n\n## Action items\n\n- Make charges idempotent\n';
    assert.deepEqual(kinds(text), [
      ['Summary', 'summary'],
      ['Impact', 'impact'],
      ['Root Causes', 'root-cause'],
      ['Action items', 'action-items'],
    ]);
    const summary = analyzeDocument(text, 'postmortems/2026-05-01-test.md', defaultSettings()).model.sections[0];
    assert.equal(text.slice(summary.heading.start, summary.heading.end), 'Summary');
    assert.equal(summary.heading.line, 4);
  });

  it('plain "label: value" items are no sections in a list of prose, with one kind only, or with weak labels', () => {
    const prose =
      '# Double charges\n\n## What happened\n\n- Impact: 40 customers paid twice.\n- Root cause: the wrapper retried.\n- The card network was slow that day and several calls timed out after they had succeeded.\n- Support saw the first complaint an hour later and opened a ticket.\n- Refunds went out the next morning.\n';
    assert.deepEqual(kinds(prose), [['What happened', 'summary']]);
    const oneKind = '# Double charges\n\n- Impact: 40 customers paid twice.\n- Severity: high\n- Duration: 2 hours\n';
    assert.deepEqual(kinds(oneKind), []);
    const weak = '# Double charges\n\n- Trigger: a slow card network\n- Problem: retries\n- Status: closed\n';
    assert.deepEqual(kinds(weak), []);
  });

  it('a "Postmortem" section inside a report is its look back (lessons); a "Post Mortem" heading that opens the report is its title', () => {
    const inside =
      '# Queue stalled\n\n## What happened\n\nJobs waited for an hour.\n\n## Resolution\n\nWe restarted the broker.\n\n## Post-mortem\n\nWe could have split the change in two; the next rollout will be staged.\n';
    assert.deepEqual(kinds(inside), [
      ['What happened', 'summary'],
      ['Resolution', 'resolution'],
      ['Post-mortem', 'lessons-learned'],
    ]);
    const opening = '## Post Mortem\n\n### What happened\n\nJobs waited for an hour.\n\n## Recovery\n\nWe restarted the broker.\n';
    assert.deepEqual(kinds(opening), [
      ['What happened', 'summary'],
      ['Recovery', 'resolution'],
    ]);
    // Only at the very top: after prose, it is a section like any other.
    assert.deepEqual(kinds(`Some notes first.\n\n${opening}`)[0], ['Post Mortem', 'lessons-learned']);
  });

  it('a bold question answered on its own line of a list is a section label, as one ending on a colon is', () => {
    const text =
      '# Queue stalled\n\n## Summary\n\n- **Why did it stall?** The broker ran out of disk after a log rotation failed.\n- **How bad was the impact?** Orders waited for forty minutes.\n- **Who noticed?** A customer.\n- **Next steps:** watch the broker disk.\n';
    assert.deepEqual(kinds(text), [
      ['Summary', 'summary'],
      ['Why did it stall?', 'root-cause'],
      ['How bad was the impact?', 'impact'],
      ['Who noticed?', 'detection'],
      ['Next steps', 'action-items'],
    ]);
    // Italic questions are asides in prose, and a long bold question is a sentence, not a label.
    const prose =
      '# Queue stalled\n\n## Summary\n\n- *Why did it stall?* We asked ourselves that all week.\n- **Why did the broker we trusted so much stall at night?** Disk.\n- **Impact:** none.\n- **Next steps:** none.\n';
    assert.deepEqual(kinds(prose), [
      ['Summary', 'summary'],
      ['Impact', 'impact'],
      ['Next steps', 'action-items'],
    ]);
  });

  it('"What is wrong?" in a list of bold questions is the impact as it stands, not the cause or the look back', () => {
    const text =
      '# Search down\n\n## Summary\n\n- **What is wrong?** Search returns errors for every query.\n- **What caused it?** The index host lost power.\n- **What fixed it?** We started the index again.\n';
    assert.deepEqual(kinds(text), [
      ['Summary', 'summary'],
      ['What is wrong?', 'impact'],
      ['What caused it?', 'root-cause'],
      ['What fixed it?', 'resolution'],
    ]);
    const matcher = new SectionMatcher(defaultSettings().sections);
    assertKinds(matcher, [
      ["What's wrong?", 'impact'],
      ["What's broken", 'impact'],
      ['What went wrong', 'root-cause'],
      ['What was wrong', null],
    ]);
  });

  it('a bullet that is only a bold label heads the paragraphs under it, up to the next such bullet', () => {
    const text =
      '# Queue stalled\n\n## Summary\n\n- **Why did it stall?**\n\nThe broker ran out of disk after a log rotation failed.\n\n- **Who was there?**\n\nAda and Lin.\n\n- **How we fixed it**\n\nWe freed the disk.\n\n- **What could have gone better?**\n\nWe had no alert on the broker disk.\n\nNor on its log rotation.\n';
    const sections = analyzeDocument(text, 'postmortems/2026-05-01-test.md', defaultSettings()).model.sections;
    assert.deepEqual(
      sections.map((s) => [s.heading.text, s.kind]),
      [
        ['Summary', 'summary'],
        ['Why did it stall?', 'root-cause'],
        ['How we fixed it', 'resolution'],
        ['What could have gone better?', 'lessons-learned'],
      ],
    );
    // Each runs to the next bullet label, whether that names a section or not; the last runs to the
    // end of the summary, over both paragraphs.
    const cause = text.slice(sections[1].bodyStart, sections[1].end);
    assert.ok(cause.includes('log rotation failed') && !cause.includes('Ada') && !cause.includes('freed'), cause);
    assert.ok(text.slice(sections[3].bodyStart, sections[3].end).includes('Nor on its log rotation'));
    // One bullet of a real list, or a bullet with more in it, is no heading.
    assert.deepEqual(kinds('# Queue stalled\n\n## Summary\n\n- **Root cause**\n- the broker disk\n\nThe broker stalled.\n'), [['Summary', 'summary']]);
    assert.deepEqual(kinds('# Queue stalled\n\n## Summary\n\n- **Root cause**\n\n  the broker disk\n\nThe broker stalled.\n'), [['Summary', 'summary']]);
  });

  it('a heading that is only a date names no section, whatever its content tells', () => {
    const body = '\n\nThe relay went down because its disk filled, which caused the queue to back up and led to missed blocks.\n\n';
    const log = `# Relay incident log\n\n## October 2024${body}## 2024-09-28${body}### Sat, Sep 14${body}`;
    assert.deepEqual(kinds(log), [
      ['October 2024', null],
      ['2024-09-28', null],
      ['Sat, Sep 14', null],
    ]);
    // A heading of words over the same content is still read by its content.
    assert.deepEqual(kinds(`# Relay incident log\n\n## The relay${body}`), [['The relay', 'root-cause']]);
  });

  it('a heading that only hints at its kind over entries that start with times is a timeline', () => {
    const text =
      '# Split brain\n\n## Response log\n\n| Time (UTC) | Who | What |\n| --- | --- | --- |\n| 03:12 | Alerting | Alert fires |\n| 03:20 | Hana | Acknowledges |\n| 03:31 | Hana | Finds two leaders |\n';
    assert.deepEqual(kinds(text), [['Response log', 'timeline']]);
    // Without times under it, the same heading keeps its own reading.
    assert.deepEqual(kinds('# Split brain\n\n## Response log\n\nHana took the page and restarted the old leader.\n'), [['Response log', 'resolution']]);
  });

  it('reads common phrasings of lessons and plans, and open questions as no section', () => {
    const matcher = new SectionMatcher(defaultSettings().sections);
    assertKinds(matcher, [
      ['What did we take away from this?', 'lessons-learned'],
      ['Where do we go from here?', 'action-items'],
      ['Open questions', null],
    ]);
    assert.equal(matcher.read('Unanswered questions').other, true);
    assert.equal(matcher.match('What you should do'), null);
  });

  describe('question headings of public review templates', () => {
    const matcher = new SectionMatcher(defaultSettings().sections);

    it('reads the aim of a plan ("stop it happening again", "less likely") as action items, not as what happened', () => {
      assertKinds(matcher, [
        ["What we're doing to stop it happening again", 'action-items'],
        ['Making sure this never happens again', 'action-items'],
        ['What are we doing so this does not happen again?', 'action-items'],
        ["What we're doing so it doesn't happen again", 'action-items'],
        ['How are we making outages like this less likely or less impactful?', 'action-items'],
        // The same words without an aim tell the story.
        ['It happened again', null],
        ['What happened', 'summary'],
        // "like this" is not "likely".
        ['Why did a failure like this spread?', 'root-cause'],
      ]);
    });

    it('reads no section in an adjective of quality ("less impactful", "more useful")', () => {
      assertKinds(matcher, [
        ['How can customers make incidents like this less impactful?', null],
        ['How can we make our updates more useful?', null],
        ['Impact', 'impact'],
      ]);
    });

    it('reads "effects" as the impact, and no section in "effective" or "effectiveness", which share its stem', () => {
      assertKinds(matcher, [
        ['Other side-effects', 'impact'],
        ['The Effects', 'impact'],
        ['Effect on the readers', 'impact'],
        ['Effective Communication', null],
        ['An effective hand-over', null],
        ['Maximizing the effectiveness of our release notes', null],
        ['EFFECTIVELY', null],
      ]);
    });

    it('reads "How did we respond?" as the response, and only "Responders" as a list of people', () => {
      assert.equal(matcher.match('How did we respond?'), 'resolution');
      assert.equal(matcher.read('Responders').other, true);
      assert.equal(matcher.read('How did we respond?').other, false);
    });

    it('reads a response told as entries that start with times as a timeline', () => {
      const text =
        '# Queue outage\n\n## How did we respond?\n\n- 07:52 UTC on 11 March 2026 – Impact begins.\n- 08:58 UTC on 11 March 2026 – Alert fires.\n- 10:05 UTC on 11 March 2026 – Old certificate restored.\n\n## Who responded\n\nAna and Omar.\n';
      assert.deepEqual(kinds(text), [
        ['How did we respond?', 'timeline'],
        ['Who responded', 'resolution'],
      ]);
    });

    it('reads actions placed in the response ("taken during the incident", "to restore service") as the resolution', () => {
      assertKinds(matcher, [
        ['Actions taken during the incident', 'resolution'],
        ['Steps taken to restore service', 'resolution'],
        ['Actions taken to mitigate', 'resolution'],
        ['Actions', 'action-items'],
        ['Action items for next quarter', 'action-items'],
        ['Timeline of events during the incident', 'timeline'],
      ]);
    });

    it('reads a participle after a section name as qualifying it, not as a second section', () => {
      assert.deepEqual(matcher.read('Lessons identified').kinds, ['lessons-learned']);
      assert.deepEqual(matcher.read('4. Lessons identified').kinds, ['lessons-learned']);
      assert.deepEqual(matcher.read('Impact and lessons learned').kinds.sort(), ['impact', 'lessons-learned']);
    });

    it('reads a noun of study after a section name ("Root cause discovery") as how it was found, not as a second section', () => {
      assert.deepEqual(matcher.read('Root cause discovery').kinds, ['root-cause']);
      assert.deepEqual(matcher.read('Timeline details').kinds, ['timeline']);
      assert.deepEqual(matcher.read('Root cause findings').kinds, ['root-cause']);
      // A second section's name after the first still counts as its own.
      assert.deepEqual(matcher.read('Root cause remediations').kinds, ['root-cause', 'action-items']);
      assert.deepEqual(matcher.read('Summary of events').kinds, ['summary', 'timeline']);
    });

    it('reads more question and plan headings of public templates', () => {
      assertKinds(matcher, [
        ['How was it fixed?', 'resolution'],
        ['How we fixed it', 'resolution'],
        ['How we will fix it', 'action-items'],
        ['How did we find out?', 'detection'],
        ['Short-term fixes', 'action-items'],
        ['Ongoing work', 'action-items'],
      ]);
    });

    it('reads the details of a vulnerability or an attack as the root cause', () => {
      assertKinds(matcher, [
        ['Vulnerability details', 'root-cause'],
        ['Attack vector', 'root-cause'],
        ['How the attack worked', 'root-cause'],
        ['Exploit timeline', 'timeline'],
      ]);
    });

    it('reads "What can be improved" as lessons, so what went badly is not a list of tasks', () => {
      assertKinds(matcher, [
        ['What can be improved', 'lessons-learned'],
        ['What could have been improved?', 'lessons-learned'],
        ['Improvements', 'action-items'],
      ]);
    });
  });

  describe('headings in the words of the people the incident hit, and of its end', () => {
    it('reads "What users saw" and a would-be wish ("What we\'d do differently") by their words, and "What we will do differently" as a plan', () => {
      const matcher = new SectionMatcher(defaultSettings().sections);
      assertKinds(matcher, [
        ['What users saw', 'impact'],
        ['What customers saw', 'impact'],
        ["What we'd do differently", 'lessons-learned'],
        ['What we would do differently', 'lessons-learned'],
        ['What we will do differently', 'action-items'],
        ['What we missed', 'lessons-learned'],
      ]);
    });

    it('reads "Outcome", "Aftermath" and "Customer experience" as the impact when the content tells harm, and as nothing when it does not', () => {
      const harm = 'No orders were lost, but checkout was unavailable and 1,200 payments failed.';
      const plain = 'The board met on Tuesday and agreed the plan.';
      for (const heading of ['Outcome', 'Aftermath', 'Customer experience']) {
        assert.deepEqual(kinds(`# Checkout outage\n\n## ${heading}\n\n${harm}\n`), [[heading, 'impact']], heading);
        assert.deepEqual(kinds(`# Checkout outage\n\n## ${heading}\n\n${plain}\n`), [[heading, null]], heading);
      }
    });

    it('reads "Rollback" and "Cleanup" as the resolution when the content tells the recovery as taken, and a plan of them as no resolution', () => {
      assert.deepEqual(kinds('# Queue outage\n\n## Rollback\n\nWe rolled back the deploy at 14:20 and the errors stopped.\n'), [['Rollback', 'resolution']]);
      assert.deepEqual(kinds('# Queue outage\n\n## Cleanup\n\nWe deleted the stale locks and restarted the scheduler.\n'), [['Cleanup', 'resolution']]);
      assert.notEqual(kinds('# Queue outage\n\n## Rollback plan\n\nWe will keep the previous image for a week.\n')[0][1], 'resolution');
      assert.deepEqual(kinds('# Queue outage\n\n## Cleanup\n\nThe board met on Tuesday.\n'), [['Cleanup', null]]);
    });
  });

  describe('a status page archive: a heading over dated entries, and a dash that says "none"', () => {
    const archive = (heading: string, first: string, second: string) =>
      `# Hosted service status\n\n## Ongoing\n\n—\n\n## ${heading}\n\n### ${first}\n\n(09:10 UTC) Sign-in is slow for some tenants; we are looking into it.\n\n(09:45 UTC) Sign-in is back to normal.\n\n### ${second}\n\n(22:05 UTC) Exports stalled after a queue node ran out of disk.\n`;

    it('reads a heading over sub-headings that are all dates, with nothing of its own, as the timeline', () => {
      assert.deepEqual(kinds(archive('Incident history', '3 March 2025', '28 February 2025'))[1], ['Incident history', 'timeline']);
      assert.deepEqual(kinds(archive('Earlier disruptions', 'March 3rd, 2025', 'February 28th, 2025'))[1], ['Earlier disruptions', 'timeline']);
      assert.deepEqual(kinds(archive('History', '2025-03-03', '2025-02-28'))[1], ['History', 'timeline']);
    });

    it('does not read a heading as the timeline when a sub-heading is not a date, or when it tells something of its own', () => {
      assert.notEqual(kinds(archive('Resolved incidents', '3 March 2025', 'Why the queue filled up'))[1][1], 'timeline');
      const told = archive('Resolved incidents', '3 March 2025', '28 February 2025').replace(
        '## Resolved incidents\n\n',
        '## Resolved incidents\n\nThe queue nodes were moved to larger disks in April.\n\n',
      );
      assert.notEqual(kinds(told)[1][1], 'timeline');
      // A heading that names its section keeps it: dated sub-headings are its parts.
      const plan =
        '# Export outage\n\n## Action items\n\n### 1 June 2025\n\n- Add disk alerts to the queue nodes\n\n### 15 June 2025\n\n- Move exports to their own queue\n';
      assert.equal(kinds(plan)[0][1], 'action-items');
    });

    it('reads a section whose body is only a dash as telling nothing, not as an opening account', () => {
      assert.deepEqual(kinds(archive('Resolved incidents', '3 March 2025', '28 February 2025'))[0], ['Ongoing', null]);
      assert.deepEqual(kinds('# Hosted service status\n\n## Open issues\n\n-\n\n## Notes\n\nNothing else.\n')[0], ['Open issues', null]);
      // The same heading over prose opening the report is its summary, as before.
      assert.deepEqual(kinds('# Export outage\n\n## The issue\n\nExports stalled for two hours on Monday after a queue node filled its disk.\n')[0], [
        'The issue',
        'summary',
      ]);
    });

    it('leaves a "Current status" heading of a finished post-mortem alone', () => {
      assert.deepEqual(kinds('# Export outage\n\n## Current status\n\nAll exports have been re-run and the queue is healthy.\n')[0], ['Current status', null]);
    });
  });

  describe('headings that are a judgement alone', () => {
    const matcher = new SectionMatcher(defaultSettings().sections);
    it('reads "The good", "The bad", "The ugly: …" and "Positives" as the look back', () => {
      assertKinds(matcher, [
        ['The good', 'lessons-learned'],
        ['The Bad', 'lessons-learned'],
        ['The ugly: moving every tenant in one night', 'lessons-learned'],
        ['The Ugly - a weekend of restores', 'lessons-learned'],
        ['Positives', 'lessons-learned'],
        ['Lowlights', 'lessons-learned'],
      ]);
    });

    it('does not read a thing judged ("The bad deploy", "Good first issues", "Bad config push") as lessons', () => {
      assertKinds(matcher, [
        ['The bad deploy', null],
        ['Good first issues', null],
        ['Bad config push', null],
        ['Goodbye to the old cluster', null],
      ]);
      assert.equal(matcher.match('Badges'), null);
    });

    it('reads a document whose look back is told under such headings as having lessons', () => {
      const text =
        '# Launch week\n\n## The good\n\nThe queue held under three times the usual load.\n\n## The bad\n\nThe provider capped us at fifty machines, so new tenants waited.\n';
      assert.deepEqual(kinds(text), [
        ['The good', 'lessons-learned'],
        ['The bad', 'lessons-learned'],
      ]);
    });
  });

  describe('stretches of an incident named by their place in a sequence', () => {
    const story = (first: string, second: string, opening: string) =>
      `# Queue outage\n\nThe job queue lost writes for most of a night.\n\n## ${first}\n\n${opening} 2031/05/02 7pm UTC, the write rate doubled and the queue slowed.\n\n${opening} 2031/05/02 8:40pm UTC, writes stopped for twelve minutes.\n\n## ${second}\n\n${opening} 2031/05/02 11pm UTC, the replica fell behind.\n\nAt 23:50 the replica was rebuilt from the primary.\n`;

    it('reads "First outage", "Phase two", "Day 1: …" over entries that start with a time as the timeline', () => {
      assert.deepEqual(kinds(story('First outage', 'Second outage', 'At')), [
        ['First outage', 'timeline'],
        ['Second outage', 'timeline'],
      ]);
      assert.deepEqual(kinds(story('Phase one', 'Phase two', 'At'))[0], ['Phase one', 'timeline']);
      assert.deepEqual(kinds(story('Day 1: the slowdown', 'Day 2: the rebuild', 'At'))[0], ['Day 1: the slowdown', 'timeline']);
    });

    it('reads the next stretch of such a timeline as the timeline from one entry with a time, and keeps what its content tells besides', () => {
      const text =
        '# Queue outage\n\nThe job queue lost writes for most of a night.\n\n## First wave\n\nAt 2031/05/02 7pm UTC, sign-ups tripled.\n\nAt 2031/05/02 8pm UTC, the queue slowed.\n\n## Second wave\n\nAt 2031/05/02 11pm UTC, the replica stopped because the primary was saturated, which led to a backlog.\n';
      const read = analyzeDocument(text, 'postmortems/2031-05-03-queue.md', defaultSettings()).model.sections.map((s) => [s.heading.text, s.kinds]);
      assert.deepEqual(read, [
        ['First wave', ['timeline']],
        ['Second wave', ['timeline', 'root-cause']],
      ]);
      // Without a first stretch read as the timeline, one entry is not enough.
      assert.notEqual(kinds(text.replace('At 2031/05/02 8pm UTC, the queue slowed.', 'The queue slowed.'))[0][1], 'timeline');
    });

    it('reads "Actions taken" under a stretch of the timeline as a part of it, not a plan, and as a plan elsewhere', () => {
      const text =
        '# Queue outage\n\n## First outage\n\nAt 2031/05/02 7pm UTC, sign-ups tripled.\n\nAt 2031/05/02 8pm UTC, the queue slowed.\n\n### Actions taken\n\n- We throttled sign-ups from one address range\n- We paused the nightly export\n';
      assert.deepEqual(kinds(text), [
        ['First outage', 'timeline'],
        ['Actions taken', null],
      ]);
      assert.equal(kinds(text.replace('## First outage', '## Root cause'))[1][1], 'action-items');
    });

    it('leaves such a heading to its words when its content tells no times', () => {
      const plain = '# Queue outage\n\n## First incident\n\nThe job queue lost writes for most of a night after a burst of sign-ups.\n';
      assert.notEqual(kinds(plain)[0][1], 'timeline');
      // An ordinal that is not the first word names no stretch of the incident.
      assert.equal(
        new SectionMatcher(defaultSettings().sections).read('Our first incident review').candidates.some((c) => c.kind === 'timeline'),
        false,
      );
      assert.equal(
        new SectionMatcher(defaultSettings().sections).read('Daylight saving').candidates.some((c) => c.kind === 'timeline'),
        false,
      );
    });
  });

  describe('a story told in stretches named by their place in a sequence, with no times', () => {
    const days = (first: string, second: string, body = 'We copied the archive to the new disk and started the restore before bed.') =>
      `# Moving the home server\n\nThe move to a new disk took three evenings.\n\n## ${first}\n\n${body}\n\n## ${second}\n\nThe restore had stopped halfway, so I ran it again and waited.\n\n## What I learned\n\nA restore needs a rehearsal before the real move.\n`;

    it('reads sibling stretches told in prose ("Day 1", "Day 2"; "Wave 1", "Wave 2") as the timeline', () => {
      assert.deepEqual(kinds(days('Day 1', 'Day 2')), [
        ['Day 1', 'timeline'],
        ['Day 2', 'timeline'],
        ['What I learned', 'lessons-learned'],
      ]);
      assert.deepEqual(kinds(days('Wave 1', 'Wave 2')).slice(0, 2), [
        ['Wave 1', 'timeline'],
        ['Wave 2', 'timeline'],
      ]);
      // The wave in French, kept by a writer whose first language it is.
      assert.deepEqual(kinds(days('Vague 1', 'Vague 2'))[0], ['Vague 1', 'timeline']);
      // Ugly input: marks around the heading, odd spacing, a colon and a subtitle.
      assert.deepEqual(kinds(days('**Day  1:** the copy', '_Day 2_'))[0][1], 'timeline');
    });

    it('leaves a lone stretch, a list of work, a stretch under a plan and a series of steps to their words', () => {
      // One such heading alone only hints at the timeline.
      const lone = '# Moving the home server\n\n## Day 1\n\nWe copied the archive to the new disk.\n\n## The restore\n\nIt stopped halfway.\n';
      assert.notEqual(kinds(lone)[0][1], 'timeline');
      // Stretches that hold work still to do are the phases of a plan.
      const plan = days('Phase one', 'Phase two', '- We will add a second disk.\n- We will test the restore monthly.');
      assert.notEqual(kinds(plan)[0][1], 'timeline');
      const underPlan =
        '# Moving the home server\n\n## Follow-up work\n\n### Phase one\n\nThe spare disk is ordered and arrives next week.\n\n### Phase two\n\nThe restore is rehearsed on it once a month.\n';
      assert.deepEqual(
        kinds(underPlan).map(([, k]) => k),
        ['action-items', null, null],
      );
      // Steps are no stretches of an incident.
      const steps = days('Step 1: copy the archive', 'Step 2: restore it');
      assert.notEqual(kinds(steps)[0][1], 'timeline');
    });

    it('reads a long series of such headings in time that grows with the document', () => {
      const make = (n: number) =>
        '# Long move\n\n' + Array.from({ length: n }, (_, i) => `## Day ${(i % 20) + 1}\n\nWe copied more of the archive and waited.\n`).join('\n');
      assertLinear('a series of stretches', make, (text) => kinds(text), 16);
    });
  });

  describe("the entries of a list of readers' questions", () => {
    it('reads the questions under "FAQ" or "Q&A" as its entries, whatever their words, and the sections after it as before', () => {
      const text =
        '# Registry outage\n\n## Summary\n\nUploads failed for an hour.\n\n## Frequently asked questions\n\n### Why did my upload fail twice?\n\nThe retry hit the same broken node.\n\n### I pushed a tag during the outage and it is missing. What happened?\n\nTags written in that hour were lost; push it again.\n\n## Timeline\n\n- 10:00 UTC uploads fail\n- 11:00 UTC uploads work again\n';
      assert.deepEqual(kinds(text), [
        ['Summary', 'summary'],
        ['Frequently asked questions', null],
        ['Why did my upload fail twice?', null],
        ['I pushed a tag during the outage and it is missing. What happened?', null],
        ['Timeline', 'timeline'],
      ]);
      assert.equal(kinds(text.replace('## Frequently asked questions', '## Q&A'))[2][1], null);
    });

    it('still reads a section under another heading that names none ("Background") by its words', () => {
      const text =
        '# Registry outage\n\n## Background\n\nThe registry runs on three nodes.\n\n### Why did it fail?\n\nA disk filled up because logs were never rotated.\n';
      assert.equal(kinds(text)[1][1], 'root-cause');
    });
  });
});
