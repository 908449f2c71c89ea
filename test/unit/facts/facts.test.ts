import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { IncrementalParser } from '../../../server/src/analysis/parse/incremental';
import { factsOf } from '../../../server/src/analysis/model/facts/index';
import { lineReads } from '../../../server/src/analysis/model/facts/causes';
import { looseLines } from '../../../server/src/analysis/model/facts/passages';
import { classifyItem, itemDetail, itemKindsOf } from '../../../server/src/analysis/model/facts/item-kind';
import { parseMarkdown } from '../../../server/src/analysis/parse/parse';
import { rankSeverity } from '../../../server/src/analysis/model/facts/severity';
import { publicModel } from '../../../server/src/analysis/model/public-model';
import { DEFAULT_SEVERITY_SCALE, defaultSettings, type Settings } from '../../../server/src/analysis/base/settings';
import { fastest } from '../../support/engine-properties';
import type { List } from 'mdast';

const settings = defaultSettings();
const doc = (lines: string[], s: Settings = settings) => analyzeDocument(lines.join('\n'), 'postmortems/x.md', s);
const facts = (lines: string[], s: Settings = settings) => factsOf(doc(lines, s), s);
/** The lines of a document titled "T" with one section, `heading`, holding `lines`. */
const section = (heading: string, ...lines: string[]) => ['# T', '', `## ${heading}`, '', ...lines];

describe('facts: severity', () => {
  it('ranks labels by the number they carry and words by the scale, keeping the text as written', () => {
    for (const [text, rank] of [
      ['SEV1', 1],
      ['Sev 2', 2],
      ['SEV-3', 3],
      ['P0', 0],
      ['Priority 1', 1],
      ['Critical', 1],
      ['high (customer facing)', 2],
      ['Low', 4],
    ] as const) {
      assert.equal(rankSeverity(text, DEFAULT_SEVERITY_SCALE), rank, text);
    }
    assert.equal(rankSeverity('purple', DEFAULT_SEVERITY_SCALE), null);
    const f = facts(['# Outage', '', 'Severity: Sev 2', '', '## Summary', '', 'Text.']);
    assert.deepEqual(f.severity, { text: 'Sev 2', rank: 2, line: 2 });
  });

  it('lets a configured scale rank labels the team uses', () => {
    const s = defaultSettings();
    s.facts.severityScale = { ...s.facts.severityScale, p0: 1, p1: 2 };
    assert.equal(facts(['---', 'severity: P1', '---', '# T'], s).severity?.rank, 2);
  });
});

describe('facts: incident start', () => {
  it('is the start milestone as a UTC instant, with weekday and hour in the configured zone', () => {
    const s = defaultSettings();
    s.facts.timeZone = 'America/New_York';
    const f = facts(
      [
        '# Outage on 2026-03-06',
        '',
        'Date: 2026-03-06',
        '',
        '## Timeline (UTC)',
        '',
        '- 02:10 Errors started on the checkout page',
        '- 02:30 Alert fired',
        '- 03:00 Rolled back',
      ],
      s,
    );
    assert.ok(f.incidentStart);
    assert.equal(f.incidentStart.instant, '2026-03-06T02:10:00Z');
    assert.equal(f.incidentStart.zoneKnown, true);
    // 02:10 UTC on a Friday is 21:10 on Thursday in New York.
    assert.equal(f.incidentStart.weekdayName, 'Thursday');
    assert.equal(f.incidentStart.hour, 21);
    assert.equal(f.incidentStart.source, 'start-milestone');
  });

  it('has no start when the timeline gives no day', () => {
    assert.equal(facts(section('Timeline (UTC)', '- 02:10 Errors started', '- 02:30 Alert fired')).incidentStart, null);
  });
});

describe('facts: services', () => {
  it('reads front matter lists, metadata lines and catalogue mentions, each with where it was found', () => {
    const s = defaultSettings();
    s.facts.services = [
      { name: 'billing-api', aliases: ['Billing API'] },
      { name: 'search', aliases: [] },
    ];
    const f = facts(
      [
        '---',
        'services: [checkout]',
        'tags: [search, outage]',
        '---',
        '# Outage',
        '',
        'Affected systems: payments, ledger',
        '',
        '## Summary',
        '',
        'The Billing API returned errors.',
      ],
      s,
    );
    assert.deepEqual(
      f.services.map((x) => [x.name, x.source, x.key]),
      [
        ['checkout', 'front-matter', 'services'],
        ['search', 'front-matter', 'tags'],
        ['payments', 'metadata', 'Affected systems'],
        ['ledger', 'metadata', 'Affected systems'],
        ['billing-api', 'mention', 'Billing API'],
      ],
    );
  });

  it('reads the services of a key/value table near the top as it reads the severity there, with or without a header row', () => {
    const body = ['', '## Summary', '', 'Card payments failed for half an hour.'];
    const withHeader = doc([
      '# Card payments failing',
      '',
      '| Field | Value |',
      '| --- | --- |',
      '| Severity | SEV2 |',
      '| Services affected | checkout, payments |',
      '| **Incident commander** | Ana Lima |',
      ...body,
    ]);
    const f = factsOf(withHeader, settings);
    assert.deepEqual(f.severity, { text: 'SEV2', rank: 2, line: 4 });
    assert.deepEqual(
      f.services.map((x) => [x.name, x.source, x.key, x.line]),
      [
        ['checkout', 'metadata', 'Services affected', 5],
        ['payments', 'metadata', 'Services affected', 5],
      ],
    );
    // The header names the columns: it is not a field.
    assert.ok(!withHeader.model.metadata.some((m) => m.key === 'field'));
    assert.ok(withHeader.model.metadata.some((m) => m.key === 'incident commander' && m.value === 'Ana Lima'));

    // A table with no header of its own: its first row is a field.
    const headless = facts(['# Card payments failing', '', '| Services affected | checkout; payments |', '| --- | --- |', '| Severity | SEV2 |', ...body]);
    assert.deepEqual(
      headless.services.map((x) => [x.name, x.line]),
      [
        ['checkout', 2],
        ['payments', 2],
      ],
    );
    assert.equal(headless.severity?.text, 'SEV2');
  });

  it('reads no services from a wider table or a table that is not metadata', () => {
    const wide = facts([
      '# Outage',
      '',
      '| Services affected | Owner | Status |',
      '| --- | --- | --- |',
      '| checkout | Ana | degraded |',
      '',
      '## Summary',
      '',
      'Text.',
    ]);
    assert.deepEqual(wide.services, []);
    // A timeline table before the first section: its header is no field and its rows no keys.
    const timeline = doc(['# Outage', '', '| Date | Event |', '| --- | --- |', '| 2026-03-02 10:00 | Alert fired |', '', '## Summary', '', 'Text.']);
    assert.deepEqual(timeline.model.metadata, []);
  });

  it('reads a string where a list is expected as a comma-separated list, and says so naming the key', () => {
    const f = facts(['---', 'components: api, web', 'systems: 42', '---', '# T']);
    assert.deepEqual(
      f.services.map((x) => x.name),
      ['api', 'web'],
    );
    assert.equal(f.problems.length, 2);
    assert.match(f.problems[0].message, /front matter "components" is a string/);
    assert.match(f.problems[1].message, /front matter "systems" must be a list of names/);
  });

  it('matches a catalogue of 10,000 names in about the time it matches ten', () => {
    const catalogue = (n: number) => {
      const s = defaultSettings();
      s.facts.services = Array.from({ length: n }, (_, i) => ({ name: `service-${i}`, aliases: [`Service Number ${i}`] }));
      return s;
    };
    const text = section('Summary', ...Array.from({ length: 2000 }, (_, i) => `Line ${i} mentions service-${i * 3} and Service Number ${i % 10}.`));
    const small = catalogue(10);
    const large = catalogue(10_000);
    // CPU time, not the clock: a busy machine's other work does not count.
    const time = (s: Settings) => {
      const d = doc(text, s);
      let found: ReturnType<typeof factsOf>['services'] = [];
      const ms = fastest(() => (found = factsOf(d, s).services), 1);
      return { ms, found };
    };
    time(small);
    time(large);
    // The faster of runs on each side: a collection or a busy core falls in one run, not in all.
    const a = Math.min(time(small).ms, time(small).ms);
    const b = [time(large), time(large), time(large)].reduce((x, y) => (y.ms < x.ms ? y : x));
    // The same words are looked up whatever the catalogue holds; only the matches differ.
    assert.ok(b.ms < a * 4 + 50, `10,000 names took ${b.ms.toFixed(0)} ms, 10 names ${a.toFixed(0)} ms`);
    assert.equal(b.found.length, 500, 'at most 500 services are kept');
  });
});

describe('facts: contributing factors and trigger', () => {
  it('takes explicit categories from front matter, marking unknown names', () => {
    const f = facts(['---', 'contributing_factors: [Process gap, tooling, weather]', 'trigger: deploy', '---', '# T']);
    assert.deepEqual(
      f.causes.categories.map((c) => [c.category, c.source]),
      [
        ['process_gap', 'explicit'],
        ['tooling_failure', 'explicit'],
      ],
    );
    assert.deepEqual(
      f.causes.unknown.map((u) => [u.text, u.where]),
      [['weather', 'front matter "contributing_factors"']],
    );
    assert.deepEqual(f.causes.trigger && [f.causes.trigger.trigger, f.causes.trigger.source], ['change', 'explicit']);
  });

  it('reads the labelled list the pm-root-cause-categories snippet writes, skipping None and TODO', () => {
    const f = facts(
      section(
        'Root Cause',
        '### Contributing factors',
        '',
        '- **Human action made possible by the system:** None',
        '- **Process gap:** The runbook skipped the drain step.',
        '- **Tooling failure:** TODO: a tool',
        '- **Design weakness:** One queue served every tenant.',
      ),
    );
    assert.deepEqual(
      f.causes.categories.map((c) => [c.category, c.source, c.line]),
      [
        ['process_gap', 'explicit', 7],
        ['design_weakness', 'explicit', 9],
      ],
    );
  });

  it('reads GitLab-style RootCause labels', () => {
    const f = facts(['# T', '', 'Labels: RootCause::Config-Change RootCause::Process-Gap']);
    assert.deepEqual(
      f.causes.categories.map((c) => c.category),
      ['process_gap'],
    );
    assert.equal(f.causes.trigger?.trigger, 'configuration');
  });

  it('infers categories from the words that tell a gap, with the evidence, marked inferred', () => {
    const f = facts(
      section(
        'Root Cause',
        'A schema change was deployed without review.',
        'No alert fired when the queue stopped.',
        'The importer had a single point of failure in its design.',
        'Nobody was paged.',
      ),
    );
    const byCategory = Object.fromEntries(f.causes.categories.map((c) => [c.category, c]));
    assert.deepEqual(Object.keys(byCategory).sort(), ['design_weakness', 'process_gap', 'tooling_failure']);
    for (const c of f.causes.categories) assert.equal(c.source, 'inferred');
    assert.ok(byCategory.tooling_failure.evidence.some((e) => /no alert/i.test(e)));
    assert.equal(f.causes.confident, true);
  });

  it('reads each category from the many ways a gap is told, and the story before the first heading', () => {
    const cats = (lines: string[]) =>
      facts(lines)
        .causes.categories.map((c) => c.category)
        .sort();
    // A person told as acting (a handle, a pronoun, a role), work done by hand, an alert people missed.
    assert.deepEqual(
      cats(section('What went wrong', '@kim made configuration changes to the proxy outside of terraform.', 'The expiry warning email was missed.')),
      ['human_action'],
    );
    // A check that came late or did not cover the case; a flaw in a tool the build relies on.
    assert.deepEqual(cats(section('Root cause', 'The uptime alert only fired after forty minutes.', 'The tests did not cover the production setting.')), [
      'tooling_failure',
    ]);
    // One failure taking others down; a window between two steps of a deploy.
    assert.deepEqual(
      cats(section('Root cause', 'The database host also took down several file systems.', 'Errors came in the window between the restart and the migration.')),
      ['design_weakness'],
    );
    // A repeat of a known failure; luck that the one person with access was online.
    assert.deepEqual(
      cats(section('Root cause', 'This is the second time a format change broke the service.', 'A maintainer with access happened to be online.')),
      ['process_gap'],
    );
    // A report lost in the chat; nobody passed it on.
    assert.deepEqual(cats(section('Root cause', 'The first report got lost in the scrollback.', 'Others saw it but did not escalate.')), [
      'communication_breakdown',
    ]);
    // A blog's author told as acting; a design without bounds; checks that passed the change.
    assert.deepEqual(cats(section('What went wrong', 'I deleted the wrong volume.')), ['human_action']);
    assert.deepEqual(cats(section('Root cause', 'The queue was unbounded and the client had no timeout.')), ['design_weakness']);
    assert.deepEqual(cats(section('Root cause', 'All checks passed on the change, so it merged.')), ['tooling_failure']);
    // Shapes of public write-ups: a rollout with no stage, a setting tested in one region only;
    // a check that only verified part of the case, an alert threshold set too high; a design that
    // treats a missing answer as a failure or was built for the smallest case; a wrong value entered.
    assert.deepEqual(cats(section('Fault', 'The new value was tested in one region only.', 'The setting was pushed to all regions at once, with no canary.')), [
      'process_gap',
    ]);
    assert.deepEqual(
      cats(section('Root cause', 'The validation step only checked that the certificate was valid.', 'The disk alert threshold was set too high.')),
      ['tooling_failure'],
    );
    assert.deepEqual(
      cats(section('Root cause', 'We treat a missing score as a decline.', 'The job was written when the largest namespace had a few hundred tags.')),
      ['design_weakness'],
    );
    assert.deepEqual(cats(section('Root cause', 'One parameter of the command was entered with a larger value than intended.')), ['human_action']);
    // Several verbs that all failed to pass a report on.
    assert.deepEqual(
      cats(section('Root cause', 'Others saw the errors but did not respond or investigate or flag them.', 'The report was lost in the channel.')),
      ['communication_breakdown'],
    );
    // Told before any heading, as a blog post does.
    assert.deepEqual(cats(['# Our site was down', '', 'The renewal was handled manually and nobody owned it.', '', '## Timeline', '', '- 10:00 down']), [
      'process_gap',
    ]);
  });

  it('reads a process gap told as a missing plan or test with a qualifier, a missed case, or too few people', () => {
    const cats = (...story: string[]) =>
      facts(['# T', '', '## What went wrong', '', ...story])
        .causes.categories.map((c) => c.category)
        .sort();
    assert.deepEqual(cats('- No rollback plan had been written for the migration.'), ['process_gap']);
    assert.deepEqual(cats('- No load testing before the launch.'), ['process_gap']);
    assert.deepEqual(cats('- There were no tests or simulations of a two-node failure.'), ['process_gap']);
    // Where the tests that missed it are named, they are the tooling too (factors-missed-by-checks.test.ts).
    assert.deepEqual(cats('- This edge of the parser should have been found in staging; the test case was missed.'), ['process_gap', 'tooling_failure']);
    assert.deepEqual(cats('- The staffing gap over the holiday slowed the fix.'), ['process_gap']);
    assert.deepEqual(cats('- The bad parameter would have been caught before the upgrade by a dry run on a copy of the chain.'), ['process_gap']);
    assert.deepEqual(cats('- The schema change might have been spotted beforehand had anyone compared the two versions.'), ['process_gap']);
    // Found early in the incident: no gap told.
    assert.deepEqual(cats('- The stale lock was spotted early by the on-call engineer.'), []);
    // A plan that exists, and tests that ran, tell no gap.
    assert.deepEqual(cats('- The rollback plan worked and the load testing had covered this path.'), []);
  });

  it('reads each item of a list headed as the contributing factors as a factor, with its topic and a gap', () => {
    const listed = (...items: string[]) =>
      facts(['# T', '', '## Contributing factors', '', ...items])
        .causes.categories.map((c) => c.category)
        .sort();
    // A topic told with a gap is enough in a list the author headed as the factors ...
    assert.deepEqual(listed('- Pod disruption budgets not implemented'), ['design_weakness']);
    // ... and not in a story, where a passing word needs more to name a category.
    assert.deepEqual(
      facts(section('Summary', 'Pod disruption budgets not implemented.'))
        .causes.categories.map((c) => c.category)
        .sort(),
      [],
    );
    // An item that tells no gap names nothing, even in the list.
    assert.deepEqual(listed('- The queue holds about a day of orders'), []);
  });

  it('reads the ways a factor is told in a short list or in prose: a check not in place, a late detection, a warning missed', () => {
    const listed = (item: string) =>
      facts(['# T', '', '## Contributing factors', '', `- ${item}`])
        .causes.categories.map((c) => c.category)
        .sort();
    const cases: [string, string][] = [
      ['Contract tests not in place for the billing API', 'tooling_failure'],
      ['Slow detection let the backlog grow for two hours', 'tooling_failure'],
      ['We were not using a scanner to check the container images', 'tooling_failure'],
      ['Hard to verify the archives without a tool', 'tooling_failure'],
      ['Sign-up errors were reported by customers first', 'tooling_failure'],
      ['The schema checks that would have caught it were switched off last spring', 'tooling_failure'],
      ['Trying the new flags using production as a sandbox', 'process_gap'],
      ['No on-call escalation paths to the data teams', 'process_gap'],
      ['Availability of platform engineers over the weekend', 'process_gap'],
      ['Lack of maintenance of older clusters while new features came first', 'process_gap'],
      ['The trace flag had been left on after a debugging session', 'process_gap'],
      ['The migration had never run against a table of this size', 'process_gap'],
      ['Nobody checked the release calendar against the sale dates', 'process_gap'],
      ['The remaining replica could not serve the load on its own', 'design_weakness'],
      ['Most services are not using liveness probes yet', 'design_weakness'],
      ['An earlier disk warning was a sign we missed', 'human_action'],
      ['The flag was thought to be off, but was actually on', 'human_action'],
      ['Warnings in the ops channel were drowning in other noise', 'communication_breakdown'],
      ['Information sharing was scattered across calls and direct messages', 'communication_breakdown'],
      ['Two teams changed the schema in the same week and neither knew of the other', 'communication_breakdown'],
    ];
    for (const [item, category] of cases) assert.deepEqual(listed(item), [category], item);
  });

  it('reads a gap told as a bare phrase in a list of what went wrong, and leaves the same topics told as working', () => {
    const listed = (...items: string[]) =>
      facts(['# T', '', '## What went wrong', '', ...items.map((i) => `- ${i}`)])
        .causes.categories.map((c) => c.category)
        .sort();
    const cases: [string, string][] = [
      // A plan or guide missing in the plural; infrastructure kept outside code; a live setup that drifted from it.
      ['No runbooks for the queue workers', 'process_gap'],
      ['The DNS zone is not kept in version control', 'process_gap'],
      ['Config drift between Terraform and the live load balancer', 'process_gap'],
      // Too few people; a repeat of a known failure; recovery slowed by hand work.
      ['Only having one person on-call for the whole region', 'process_gap'],
      ['The same crash has happened before, last spring', 'process_gap'],
      ['Slow recovery because of the manual restore process', 'process_gap'],
      // An alert that should have fired; a paging tool set up wrongly.
      ['A latency alert should have fired within five minutes', 'tooling_failure'],
      ['Opsgenie was misconfigured for the new rota', 'tooling_failure'],
      // Errors not handled, logs never rotated, a value that may be absent, a service failing its own probes.
      ['The worker had no error handling for a closed socket', 'design_weakness'],
      ['Access logs were never rotated on the build host', 'design_weakness'],
      ['The customer field could be null for older accounts', 'design_weakness'],
      ['The proxy failed to answer its liveness probes while loading routes', 'design_weakness'],
    ];
    for (const [item, category] of cases) assert.deepEqual(listed(item), [category], item);
    // A status page left stale and a system never wired to it are a communication gap, said twice.
    assert.deepEqual(listed('Our status page was never updated during the outage', 'The new API was not integrated with the status page'), [
      'communication_breakdown',
    ]);
    // The same topics told as working, or as something else, name nothing.
    for (const item of [
      'Clock drift between the two nodes stayed under a second',
      'Error handling worked as designed and the retry succeeded',
      'The status page was updated every twenty minutes',
      'The runbooks for the queue workers were followed step by step',
    ])
      assert.deepEqual(listed(item), [], item);
  });

  it('reads no process gap from a remark that a problem came up before followed by what differs this time', () => {
    const categories = (line: string) =>
      facts(['# T', '', '## Summary', '', line])
        .causes.categories.map((c) => c.category)
        .sort();
    // A repeat told as such is still a process gap: nothing was done after the first time.
    assert.deepEqual(categories('The importer stalled again. The same stall has happened before, twice this year.'), ['process_gap']);
    assert.deepEqual(categories('Disk pressure on the cache nodes had been a problem previously.'), ['process_gap']);
    // A remark on history that goes on with what is new this time ("but …") names no gap.
    for (const line of [
      'Slow image pulls have been an issue in the past on the batch cluster but a registry change last night made them fail outright.',
      'Stale tokens had happened before (during key rotation), but never on the public gateway.',
      'This has occurred previously in our nightly jobs, but the retry used to hide it.',
    ])
      assert.deepEqual(categories(line), [], line);
  });

  it('reads no human action from typos corrected while writing or fixed by a check, only from a typo told as the fault', () => {
    const categories = (line: string) =>
      facts(['# T', '', '## Summary', '', line])
        .causes.categories.map((c) => c.category)
        .sort();
    for (const line of [
      'Once the draft was proofread and I had corrected a few typos, the digest went into the queue for Monday.',
      'After fixing typos in the release note we tagged the build and went home.',
      'The linter exists to fix manifests with obvious typoes before anyone installs them.',
      'Fixed some typos in the README while waiting for the pipeline.',
    ])
      assert.deepEqual(categories(line), [], line);
    // A typo told as the fault still is one, also when the fix is told with it.
    assert.deepEqual(categories('A typo in the hostname sent every request to the old cluster.'), ['human_action']);
    assert.deepEqual(categories('We fixed the routing, which had been broken by typos in two hostnames.'), ['human_action']);
    assert.deepEqual(categories('The outage came from typos an operator made in the proxy rules.'), ['human_action']);
  });

  it('reads a design, check or review gap told as what the system did rather than with a gap word', () => {
    const listed = (item: string) =>
      facts(['# T', '', '## What went wrong', '', `- ${item}`])
        .causes.categories.map((c) => c.category)
        .sort();
    const cases: [string, string][] = [
      // Everything on one machine; a resource held until a timeout; a part that cannot simply come back.
      ['The whole shop runs on one small droplet', 'design_weakness'],
      ['Each request held a database connection open until the client gave up', 'design_weakness'],
      ['The queue could not simply be restarted, because every worker had to replay its journal first', 'design_weakness'],
      // A check that acts only in some cases.
      ['The scanner flags keys only when they sit in a file named .env', 'tooling_failure'],
      // A review that let it through; new machines not matched to the ones they replaced.
      ['The code review missed the unchecked loop bound', 'process_gap'],
      ['The replacement servers had fewer worker threads than the old ones', 'process_gap'],
    ];
    for (const [item, category] of cases) assert.deepEqual(listed(item), [category], item);
    // A schedule, a review that worked and one replica that kept up tell no gap.
    for (const item of ['The job runs only on weekdays', 'The review found the missing check before release', 'We run one replica per region and it kept up'])
      assert.deepEqual(listed(item), [], item);
  });

  it('reads gap words written with a typographic apostrophe as with a plain one', () => {
    const cats = (line: string) =>
      facts(['# T', '', '## What went wrong', '', `- ${line}`])
        .causes.categories.map((c) => c.category)
        .sort();
    assert.deepEqual(cats('We didn\u2019t test the restore path before the switch.'), ['process_gap']);
    assert.deepEqual(cats("We didn't test the restore path before the switch."), ['process_gap']);
    assert.deepEqual(cats('The disk alerts didn\u2019t fire during the night.'), ['tooling_failure']);
    // The same words with the apostrophe but no gap name nothing.
    assert.deepEqual(cats('We\u2019d tested the restore path the week before.'), []);
  });

  it('reads a check that let a bad input through, a case handled one way only, a build missing a part, tests not run and a fix left out', () => {
    const listed = (...items: string[]) =>
      facts(['# T', '', '## What went wrong', '', ...items.map((i) => `- ${i}`)])
        .causes.categories.map((c) => c.category)
        .sort();
    const cases: [string, string][] = [
      // A safeguard or a validation that did not act: the check failed, whatever it is called.
      ['The throttling safeguard failed to trigger when the queue backed up', 'tooling_failure'],
      ['The quota guard never fired for accounts created by the importer', 'tooling_failure'],
      ['The vote passed despite being invalid, and the ledger stopped', 'tooling_failure'],
      // Behaviour that covers one case and not the next; a shipped artefact without a part it needs.
      ['The proxy only retried a request if the backend refused it, not if the backend timed out', 'design_weakness'],
      ['The release image was missing the hook that copies plugins on first start', 'design_weakness'],
      // Tests that exist but were not run; a known fix that did not make it into the release.
      ['We did not run the full upgrade tests before tagging the patch', 'process_gap'],
      ['The fix was not included in the release the nodes were running', 'process_gap'],
      ['We had not yet backported the fix into the stable branch', 'process_gap'],
    ];
    for (const [item, category] of cases) assert.deepEqual(listed(item), [category], item);
    // A bug in a validation is a check that let it through, and a bug.
    assert.deepEqual(listed('A bug in the chart library in its input validation accepted negative sizes'), ['design_weakness', 'tooling_failure']);
    // Poor communication and a team not told of a patch: a communication gap, said twice.
    assert.deepEqual(listed('Haste and poor communication between the two teams', 'The release team wasn\u2019t aware of the database patch'), [
      'communication_breakdown',
    ]);
    // The same topics told as working name nothing.
    for (const item of [
      'The throttling safeguard triggered within a second',
      'The proxy retried the request when the backend timed out',
      'We ran the full upgrade tests before tagging the patch',
      'The fix was included in the release the nodes were running',
      'The release image had every hook it needed',
      'Communication between the two teams was quick',
    ])
      assert.deepEqual(listed(item), [], item);
  });

  it('reads no process gap from a thing processed, and no action from machines that ran slow', () => {
    const told = (...lines: string[]) =>
      facts(['# T', '', '## What happened', '', ...lines])
        .causes.categories.map((c) => c.category)
        .sort();
    // "Process" as a verb, or what was not processed, is no gap in how the team works.
    assert.deepEqual(told('The queue did not process new payments for an hour.', 'Orders were not processed until noon.'), []);
    assert.deepEqual(told('The nodes lacked the memory to process other messages.', 'Afterwards the indexer was unable to process new blocks.'), []);
    // A heading that asks why a test network did not fail is no untested change.
    assert.deepEqual(told('### Why didn\u2019t testnet fail?', '', 'It had fewer validators.'), []);
    // Nodes (or people) that ran slower are no one's action; an operator who ran a command is.
    assert.deepEqual(told('Once the load came, they ran progressively slower until blocks stopped.'), []);
    assert.deepEqual(told('They ran the purge script against the live database.'), ['human_action']);
    // The gap told as such is still read.
    assert.deepEqual(told('There was no process for the key rotation.', 'We never tested the restore on the new hosts.'), ['process_gap']);
  });

  it('reads no factor from users who could not reach a site, processes left hanging, a status page updated by hand or a signal people could see', () => {
    const told = (...lines: string[]) =>
      facts(['# T', '', '## What happened', '', ...lines])
        .causes.categories.map((c) => c.category)
        .sort();
    // "Access" as what users could not do is the impact, not a gap in who may reach what.
    assert.deepEqual(
      told(
        'Shoppers could not access the store while the proxy could not reach its origin.',
        'For an hour users were unable to access the admin page, and no order went through.',
      ),
      [],
    );
    // Processes of a machine that hang or get stuck are no missing procedure.
    assert.deepEqual(told('We rebooted both web hosts so that there were no hanging processes.', 'A second look found no stuck processes either.'), []);
    // Updating the status page by hand is telling people, not a change someone made to the system.
    assert.deepEqual(told('| 10:05 | status page manually updated |', '| 10:40 | Status page updated by hand again, no new facts |'), []);
    // A signal a human could see is no person's action.
    assert.deepEqual(
      told(
        'The nightly report went red: two files missing. First human-visible signal.',
        'It was the first human-readable sign, and nothing failed before it.',
      ),
      [],
    );
    // The gaps told as such are still read.
    assert.deepEqual(told('Only one person had access to the registry, and no one else had the permissions.'), ['process_gap']);
    assert.deepEqual(told('There was no process for rotating the keys.'), ['process_gap']);
    assert.deepEqual(told('An operator manually edited the firewall rules in production.'), ['human_action']);
    assert.deepEqual(told('Human error: the wrong volume was detached.'), ['human_action']);
  });

  it('reads tests that were never written as a process gap, and a value with no bound as a design weakness', () => {
    const told = (...lines: string[]) =>
      facts(['# T', '', '## Why it happened', '', ...lines])
        .causes.categories.map((c) => c.category)
        .sort();
    // Nobody wrote the test: a gap in how the work is done, not a tool that failed to catch it.
    assert.deepEqual(told('## No tests for key removal', '', 'The absence of tests for key removal let the change through.'), ['process_gap']);
    assert.deepEqual(told('There were no integration tests covering the old client versions.'), ['process_gap']);
    // A check that exists and let it through is still the tool.
    assert.deepEqual(told('The schema check did not catch the renamed column.'), ['tooling_failure']);
    // A computed value with no floor or ceiling.
    assert.deepEqual(told('The fee estimate had no lower bound, so a quiet network gave a fee nobody would relay.'), ['design_weakness']);
    assert.deepEqual(told('Retries ran without an upper bound on the wait.'), ['design_weakness']);
  });

  it('reads no category from a cause the author rules out or a first suspect', () => {
    const told = (...lines: string[]) =>
      facts(['# T', '', '## Root cause', '', ...lines])
        .causes.categories.map((c) => c.category)
        .sort();
    assert.deepEqual(told('The stall was not caused by human error, whatever the first reports said.'), []);
    assert.deepEqual(told('It had nothing to do with a race condition in the scheduler.'), []);
    assert.deepEqual(told('The first suspect was a race condition in the scheduler. The logs soon showed otherwise.'), []);
    // Told as the cause, the same words name it; a "but" ends what is ruled out.
    assert.deepEqual(told('A race condition in the scheduler let two workers take the same job.'), ['design_weakness']);
    assert.deepEqual(told('It was not caused by the network but by a race condition in the scheduler.'), ['design_weakness']);
  });

  it('reads a missing safeguard or too few hands as a process gap, a warning never received or a check never made as a tooling failure', () => {
    const told = (...lines: string[]) =>
      facts(['# T', '', '## Root cause', '', ...lines])
        .causes.categories.map((c) => c.category)
        .sort();
    assert.deepEqual(told('The faulty image went out to every region because of a lack of guardrails in the release tooling.'), ['process_gap']);
    assert.deepEqual(told('Owing to a lack of staff and time, the migration ran with one person watching.'), ['process_gap']);
    // Emphasis inside the sentence does not hide it.
    assert.deepEqual(told("I don't *think* we ever received any alerts about the expiring card."), ['tooling_failure']);
    assert.deepEqual(told('The importer did not have a schema guard, so the broken file was loaded.'), ['tooling_failure']);
    assert.deepEqual(told('The rollout controller did not validate that new hosts were healthy before moving on.'), ['tooling_failure']);
    assert.deepEqual(told('When rebuilding the index we used the wrong sort key, so old rows came back.'), ['human_action']);
    // The same words told as working, or people choosing not to, are not these gaps.
    assert.deepEqual(told('We received the alert within a minute and the guardrails held.'), []);
    assert.deepEqual(told('The release tooling has guardrails, and they stopped the second push.'), []);
    assert.deepEqual(told('The wrong sort key was never the problem; the index was rebuilt as planned.'), []);
  });

  it('reads a root cause stated at the head of the action items, and nothing else there', () => {
    const told = (...lines: string[]) =>
      facts(['# T', '', '## Summary', '', 'The site was down for an hour.', '', '## Next steps', '', ...lines])
        .causes.categories.map((c) => c.category)
        .sort();
    assert.deepEqual(told('The root cause was a lack of safeguards around schema changes, so:', '', '- Add a review step for schema changes'), ['process_gap']);
    // A plan that names a gap it will close, with no cause stated, says what will change, not what was missing.
    assert.deepEqual(told('We will close the lack of safeguards around schema changes.', '', '- Add a review step'), []);
  });

  it('reads a hard-coded value and an unguarded method as design weaknesses', () => {
    const told = (...lines: string[]) =>
      facts(['# T', '', '## Root cause', '', ...lines])
        .causes.categories.map((c) => c.category)
        .sort();
    assert.deepEqual(told('The export script hardcoded the names of the three tenants it knew of.'), ['design_weakness']);
    assert.deepEqual(told('Timeouts were hard-coded in the client rather than read from settings.'), ['design_weakness']);
    assert.deepEqual(told('The vault had an unguarded setter method that anyone could call.'), ['design_weakness']);
    // A guarded method, and the words in another sense, are no weakness.
    assert.deepEqual(told('The setter method was guarded by the owner check, as intended.'), []);
  });

  it('reads an operator error as a human action, and checks set up wrongly as a tooling failure', () => {
    const told = (...lines: string[]) =>
      facts(['# T', '', '## Root cause', '', ...lines])
        .causes.categories.map((c) => c.category)
        .sort();
    assert.deepEqual(told('The replica lost its state through operator error during the restart.'), ['human_action']);
    assert.deepEqual(told('A user error on the admin page removed the wrong zone.'), ['human_action']);
    assert.deepEqual(told('Traffic kept reaching crashing pods for an hour because of improperly configured readiness probes.'), ['tooling_failure']);
    // Probes set up as intended, and an error a user saw, are neither.
    assert.deepEqual(told('The readiness probes were configured as the chart suggests.'), []);
    assert.deepEqual(told('Every user saw an error page for ten minutes.'), []);
  });

  it('reads a check that gave a false result, a detail overlooked in a check, and no way to tell people', () => {
    const listed = (...items: string[]) =>
      facts(['# T', '', '## What went wrong', '', ...items.map((i) => `- ${i}`)])
        .causes.categories.map((c) => c.category)
        .sort();
    assert.deepEqual(listed('The signature tests gave a false positive because they looked at the wrong build'), ['tooling_failure']);
    assert.deepEqual(listed('Headers were compared before the move, but the changed scheme header was overlooked'), ['process_gap']);
    assert.deepEqual(listed('The wrong timeout value was missed in code review'), ['process_gap']);
    // No channel to the users, said twice, is a communication gap.
    assert.deepEqual(listed('We do not have a way to communicate quickly with our users', 'Users did not have any channel to reach us'), [
      'communication_breakdown',
    ]);
    // A detail missed in a chat, a test that found a real problem, a way that exists: none of these.
    for (const item of [
      'A few details got missed in the scrollback',
      'The signature tests caught a real positive before release',
      'We have a way to communicate with every user within minutes',
    ])
      assert.deepEqual(listed(item), [], item);
  });

  it('reads a misunderstanding told as a gap in what the team knew as a process gap, and one behind an action as a human action', () => {
    const cats = (line: string) =>
      facts(['# T', '', '## What went wrong', '', `- ${line}`])
        .causes.categories.map((c) => c.category)
        .sort();
    assert.deepEqual(cats('We did not have enough knowledge of how the scheduler orders jobs, which led to a misunderstanding of its limits'), ['process_gap']);
    assert.deepEqual(cats('A misunderstanding of the queue internals on our side'), ['process_gap']);
    // A value set on a misunderstanding is still someone's action.
    assert.deepEqual(cats('The log level was set to zero based on a misunderstanding of the docs'), ['human_action']);
  });

  it('reads a factor told across a line break of a wrapped paragraph, once, and not across the end of a sentence or a list item', () => {
    const cats = (...story: string[]) =>
      facts(['# T', '', '## What went wrong', '', ...story])
        .causes.categories.map((c) => c.category)
        .sort();
    assert.deepEqual(cats('The sale had been set for a quiet week. Nobody', 'checked the release calendar against the sale dates.'), ['process_gap']);
    // The same words split by a full stop, or by a new list item, are two statements.
    assert.deepEqual(cats('The sale had been set for a quiet week, by nobody.', 'Checked calendars agreed with the sale dates.'), []);
    assert.deepEqual(cats('- The sale had been set for a quiet week, by nobody', '- checked calendars agreed with the sale dates'), []);
    // A factor told wholly on one line is counted once, not again at the break.
    const f = facts(['# T', '', '## What went wrong', '', 'Nobody checked the release calendar', 'against the sale dates, so the sale met the freeze.']);
    assert.deepEqual(
      f.causes.categories.map((c) => [c.category, c.evidence.length]),
      [['process_gap', 1]],
    );
  });

  it('reads an accident as a human action when a person is told, or an operation done by mistake, not a value a release set wrongly', () => {
    const cats = (line: string) =>
      facts(['# T', '', '## Root cause', '', line])
        .causes.categories.map((c) => c.category)
        .sort();
    assert.deepEqual(cats('An engineer accidentally removed the production bucket policy.'), ['human_action']);
    assert.deepEqual(cats('We mistakenly pointed the mirror at the staging host.'), ['human_action']);
    assert.deepEqual(cats('The production namespace was accidentally deleted during the clean-up.'), ['human_action']);
    // A value the release itself set wrongly tells of no person's action.
    assert.deepEqual(cats('The fee was set by mistake to 100% through the release script.'), []);
  });

  it('reads a person who acted wrongly when the sentence follows another one on the same line, not a name inside a word', () => {
    const cats = (line: string) =>
      facts(['# T', '', '## What happened', '', line])
        .causes.categories.map((c) => c.category)
        .sort();
    assert.deepEqual(cats('The reminder came on Monday. I forgot to pay the hosting bill before the due date.'), ['human_action']);
    assert.deepEqual(cats('Traffic was quiet that night. She deleted the old index while tidying the cluster.'), ['human_action']);
    // The same subjects with a verb that tells no action, or letters inside a word, name no one.
    assert.deepEqual(cats('The reminder came on Monday. They ran slow all evening after that.'), []);
    assert.deepEqual(cats('The reminder came on Monday. The CLI removed the stale lock file as designed.'), []);
  });

  it('reads people not told of a change, or told only later, as a communication breakdown, not a notice sent on time or a page', () => {
    const cats = (line: string) =>
      facts(['# T', '', '## What went wrong', '', line])
        .causes.categories.map((c) => c.category)
        .sort();
    assert.deepEqual(cats('Two of the translators were not notified of the freeze date, so their strings missed it.'), ['communication_breakdown']);
    assert.deepEqual(cats('A few mirror operators were only informed later, once the window had closed.'), ['communication_breakdown']);
    assert.deepEqual(cats('The partner teams were warned too late to move their jobs.'), ['communication_breakdown']);
    // A notice sent, even later in the day, and a page that did not reach the on-call engineer tell no breakdown between people.
    assert.deepEqual(cats('We notified the mirror operators later that day with the new keys.'), []);
    assert.ok(!cats('The on-call engineer was not notified of the outage.').includes('communication_breakdown'));
  });

  it('reads a review or test told as not done well enough ("did not properly review") as a process gap, not one done "not only" so', () => {
    const cats = (line: string) =>
      facts(['# T', '', '## Lessons learned', '', line])
        .causes.categories.map((c) => c.category)
        .sort();
    assert.deepEqual(cats('- We did not carefully review the vendored stylesheet before it merged.'), ['process_gap']);
    assert.deepEqual(cats('- The rollback script was never thoroughly tested against a full disk.'), ['process_gap']);
    // "Not only" adds to what was done: it tells no gap.
    assert.deepEqual(cats('- We did not only test the rollback, we timed it on a copy of production.'), []);
  });

  it('reads a check that did not exist and "could have caught" the fault as a tooling failure, not one that did exist', () => {
    const cats = (line: string) =>
      facts(['# T', '', '## What went wrong', '', line])
        .causes.categories.map((c) => c.category)
        .sort();
    assert.deepEqual(cats('- The team does not have any smoke test that could have caught the empty page.'), ['tooling_failure']);
    assert.deepEqual(cats('- There was no lint rule which would have flagged the stray character.'), ['tooling_failure']);
    // A check that existed and caught it, and a person who was not there, tell no missing tool.
    assert.deepEqual(cats('- The test suite that could have flagged the bug ran and did flag it.'), []);
    assert.ok(!cats('- There was no one that could have noticed it at that hour.').includes('tooling_failure'));
  });

  it('reads a flaw told as what it let someone do as a design weakness, not a feature offered to users or a help to the team', () => {
    const cats = (line: string) =>
      facts(['# T', '', '## Root cause', '', line])
        .causes.categories.map((c) => c.category)
        .sort();
    assert.deepEqual(cats('The export tool allowed a user to replace a signed report after approval.'), ['design_weakness']);
    assert.deepEqual(cats('The signing step allows anyone to swap the archive after it is built.'), ['design_weakness']);
    // Users in general offered a feature, or the team helped by a tool, tell no flaw.
    assert.deepEqual(cats('The new dashboard allows users to export their reports.'), []);
    assert.deepEqual(cats('The runbook allowed us to recover in minutes.'), []);
  });

  it('reads "most, if not all," as no negation: a topic word beside it is no gap', () => {
    const cats = (...lines: string[]) =>
      facts(['# T', '', '## Recovery', '', ...lines])
        .causes.categories.map((c) => c.category)
        .sort();
    const second = 'Each restore process is logged, and we will not delete the old volume.';
    assert.deepEqual(cats('The restore process ended on Friday, and we think most, if not all, photos came back.', second), []);
    // The same topic beside a negation that tells something missing still counts as before.
    assert.deepEqual(cats('The restore process ended on Friday, but not all photos came back.', second), ['process_gap']);
  });

  it('reads no human action from an accident a configuration or script caused, nor from a recovery step done by hand', () => {
    const cats = (...lines: string[]) =>
      facts(['# T', '', '## Root cause', '', ...lines])
        .causes.categories.map((c) => c.category)
        .sort();
    assert.deepEqual(cats('The new configuration inadvertently disabled the volume claims.'), []);
    assert.deepEqual(cats('The upgrade script accidentally removed the old index.'), []);
    // The same accident told of a person is one.
    assert.deepEqual(cats('An engineer inadvertently disabled the volume claims.'), ['human_action']);
    // Restarting by hand is how it was fixed, not why it broke; a tool acting "accidentally" is no person.
    assert.deepEqual(
      cats('We could not reach the host, so we manually restarted it.', 'The debugger was not helpful and accidentally kept every object alive.'),
      [],
    );
  });

  it('leaves neutral accounts of who did what, and failures told of the system, without a category', () => {
    const f = facts(section('Root cause', 'Sam restarted the service at 10:02.', 'The node crashed and was replaced.', 'He paged the database team.'));
    assert.deepEqual(f.causes.categories, []);
  });

  it('names no category and no trigger when nothing says why', () => {
    const f = facts(section('Root Cause', 'We are still looking into it.'));
    assert.deepEqual(f.causes.categories, []);
    assert.equal(f.causes.confident, false);
    assert.equal(f.causes.trigger, null);
  });

  it('infers the trigger from the opening of the root cause, and abstains when two are as likely', () => {
    assert.equal(facts(section('Root Cause', 'Disk space ran out on the primary after traffic tripled.')).causes.trigger?.trigger, 'capacity');
    assert.equal(facts(section('Root Cause', 'A misconfigured firewall rule dropped all traffic to the cache.')).causes.trigger?.trigger, 'configuration');
    assert.equal(facts(section('Root Cause', 'We deployed a new release and then traffic tripled.')).causes.trigger, null);
  });

  it('reads a change named by a pull request, a versioned upgrade or a release that went live', () => {
    const trigger = (...story: string[]) => facts(['# T', '', '## Root cause', '', ...story]).causes.trigger?.trigger ?? null;
    assert.equal(trigger('After a PR from a contributor, the hub pods started to crash.'), 'change');
    assert.equal(trigger('Merging PR #412 broke the login page for older browsers.'), 'change');
    assert.equal(trigger('The ledger stopped nine days after the Acme v7 Harbor Upgrade, on a bug in the module that went live with it.'), 'change');
    assert.equal(trigger('Upgrading the chart to version 4 dropped support for our old clusters.'), 'change');
    // A pull request that changes a configuration is a configuration trigger, not a code change.
    assert.equal(trigger('The PR refactored the job configuration presets, and the hooks could not load the new configuration.'), 'configuration');
    // "pr" inside other words is no pull request.
    assert.equal(trigger('The primary ran the express job twice.'), null);
  });

  it('reads the sentence of the summary that states the cause as the root cause does, and only that sentence', () => {
    const trigger = (...story: string[]) =>
      facts(['# Checkout outage', '', '## Summary', '', 'Checkout failed for forty minutes on Tuesday.', 'Buyers saw an error page.', ...story]).causes.trigger
        ?.trigger ?? null;
    assert.equal(trigger('The root cause was a configuration issue on two proxies. We also replaced hardware in the rack that week.'), 'configuration');
    assert.equal(trigger('The cause of this outage was a routing failure in one zone. A configuration file was edited that day as well.'), 'infrastructure');
    // Told without a statement of the cause, the two weigh the same: no trigger is named.
    assert.equal(trigger('A configuration issue on two proxies; hardware in the rack replaced that week.'), null);
  });

  it('reads a value configured wrong, a certificate that failed to renew, a routing failure and a change shipped with a named version', () => {
    const trigger = (...story: string[]) => facts(['# T', '', '## Root cause', '', ...story]).causes.trigger?.trigger ?? null;
    assert.equal(trigger('Two replicas had the wrong cluster name configured after the move.'), 'configuration');
    assert.equal(trigger('Several hosts were improperly configured by the setup tool.'), 'configuration');
    assert.equal(trigger('A routing failure in one zone dropped half of the connections.'), 'infrastructure');
    assert.equal(trigger('With v2.4.0 we started caching sessions in the browser, in a shape the old pages could not read.'), 'change');
    assert.equal(trigger('The wildcard certs failed to renew over the weekend, so the shop went dark.'), 'configuration');
    // Alerts set up badly tell how late it was seen, not what set it off; a fix's version is the remedy.
    assert.equal(trigger('Improperly configured alerts stayed silent for an hour.'), null);
    assert.equal(trigger('The crash was fixed in v2.4.1 and no user lost data.'), null);
  });

  it('reads a new build of a named part and a service moved to new hosts as a change, and firmware or lost machines as infrastructure', () => {
    const trigger = (...story: string[]) => facts(['# T', '', '## Root cause', '', ...story]).causes.trigger?.trigger ?? null;
    assert.equal(trigger('The new desktop client build sent dates in a format the server refused.'), 'change');
    assert.equal(trigger('The search service was moved to new hosts with half the memory the day before.'), 'change');
    assert.equal(trigger('The switches ran a firmware with a fault that dropped links under load.'), 'infrastructure');
    assert.equal(trigger('The cluster lost two of its five storage nodes within a minute.'), 'infrastructure');
    // The notes of a new release are no change of their own.
    assert.equal(trigger('The new mobile release notes did not mention the dropped setting.'), null);
  });

  it('reads a setting changed, a configuration sent to the wrong place and a load not kept up with, not a word that only sounds like a trigger', () => {
    const trigger = (...story: string[]) => facts(['# T', '', '## Root cause', '', ...story]).causes.trigger?.trigger ?? null;
    assert.equal(trigger('The connection timeout had been lowered the day before, and slow replies were dropped.'), 'configuration');
    assert.equal(trigger('The proxy received a configuration meant for the staging pool.'), 'configuration');
    assert.equal(trigger('The signing certificate for the API expired on Sunday night.'), 'configuration');
    assert.equal(trigger('Large requests filled the queue, and the workers could not keep up.'), 'capacity');
    assert.equal(trigger('We were migrating the billing jobs from cron to the scheduler when the runs doubled.'), 'change');
    // Entries pushed out of a cache were not deployed, and tags that expired are no configuration.
    assert.equal(trigger('Large tokens pushed most other entries out of the cache.'), null);
    assert.equal(trigger('The job deleted all expired tags in one transaction.'), null);
  });

  it('reads a component added as a change, a provider that changed or dropped a service as a dependency, and a node moved under a service as infrastructure', () => {
    const trigger = (line: string) => facts(section('Root Cause', line)).causes.trigger?.trigger ?? null;
    assert.equal(trigger('The addition of a login hook sent every sign-in into a redirect loop.'), 'change');
    assert.equal(trigger('Something changed in AWS over the weekend and image pulls began to fail.'), 'dependency');
    assert.equal(trigger('Our renewal relied on a service that was discontinued in May.'), 'dependency');
    assert.equal(trigger('The controller pod restarted during a node rebalancing and could not start again.'), 'infrastructure');
    assert.equal(trigger('Pods were evicted when the spot instances were preempted.'), 'infrastructure');
    // Entries evicted from a cache are no machine taken away.
    assert.equal(trigger('Old entries were evicted from the cache as designed.'), null);
  });

  it('reads the front matter title as the title when the post has no heading for it, and an expired credential as a configuration trigger', () => {
    const trigger = (...lines: string[]) => facts(lines).causes.trigger?.trigger ?? null;
    // A blog post titled only in its front matter: the title names what set it off.
    assert.equal(
      trigger('---', 'title: Our TLS certificate expired overnight', 'author: sam', '---', '', 'Everything was down for an hour on Sunday.'),
      'configuration',
    );
    assert.equal(trigger('---', 'title: "Checkout slow after a traffic spike"', '---', '', 'Checkout pages took ten seconds to load.'), 'capacity');
    // A title without a trigger adds nothing, and a heading title still wins over the front matter.
    assert.equal(trigger('---', 'title: What happened on Sunday', '---', '', 'Everything was down for an hour.'), null);
    assert.equal(
      trigger('---', 'title: A traffic spike on Sunday', '---', '# Sunday at the shop', '', '## Summary', '', 'Everything was down for an hour.'),
      null,
    );
    // A title that is not a string (a list, a number) is no title.
    assert.equal(trigger('---', 'title: [a, b]', '---', '', 'Everything was down for an hour.'), null);
    assert.equal(trigger('# T', '', '## Root cause', '', 'The service principal credential for the cluster expired on Monday.'), 'configuration');
  });

  it('names a security trigger when an attack is told, not when it is mentioned once in passing', () => {
    const trigger = (...story: string[]) => facts(['# T', '', '## Root cause', '', ...story]).causes.trigger?.trigger ?? null;
    assert.equal(trigger('Someone used a stolen deploy token to push a malicious build to the mirror.'), 'security');
    // Deep in the story, a word of the field is not what set the incident off.
    const passing = ['The job ran every hour.', 'It wrote a file per tenant.', 'We told the regulator, as we would for any data breach.'];
    assert.equal(trigger(...passing), null);
    // A guess at what an attacker could do, told after a change, makes neither the one nor the other sure.
    assert.equal(
      trigger('The rule set was saved as usual.', 'Nothing else looked odd.', 'Deployed on Monday, it missed attackers who tried one name only.'),
      null,
    );
    assert.equal(trigger('Attackers got in through an exposed admin port.', 'They copied the user table.', 'The breach went unseen for a day.'), 'security');
  });

  it('reads a memory leak as no security trigger, and a leak of secrets still as one', () => {
    const trigger = (...story: string[]) => facts(['# T', '', '## Root cause', '', ...story]).causes.trigger?.trigger ?? null;
    assert.notEqual(trigger('A bug in the image resizer made it leak memory on every request.'), 'security');
    assert.notEqual(trigger('The image resizer had a memory leak and was killed every hour.'), 'security');
    assert.equal(trigger('The signing keys leaked through a public log.', 'We rotated them the same day.'), 'security');
  });

  it('reads causes told on the lines a list of fields leaves between the fields read as sections', () => {
    const lines = [
      '# Cache stampede',
      '',
      'Told in one list, as the on-call wrote it down.',
      '',
      '- Summary: Pages loaded slowly for twenty minutes.',
      '- Reported by: a customer, as there was no alert on the cache hit rate.',
      '- Impact: About a third of page views took over five seconds.',
      '- Note: the review is on Thursday.',
      '',
      '## Action Items',
      '',
      '- Alert on the cache hit rate',
    ];
    const d = doc(lines);
    assert.deepEqual(
      d.model.sections.map((s) => s.kind),
      ['summary', 'impact', 'action-items'],
    );
    // The story before the list and the two lines between the fields, once each; not the fields' own lines.
    assert.deepEqual(
      looseLines(d).map((p) => p.line),
      [2, 5, 7],
    );
    assert.deepEqual(
      factsOf(d, settings).causes.categories.map((c) => [c.category, c.line]),
      [['tooling_failure', 5]],
    );
  });

  it('leaves out a cause the author rules out', () => {
    const trigger = (...story: string[]) => facts(['# T', '', '## Root cause', '', ...story]).causes.trigger?.trigger ?? null;
    assert.equal(trigger('The outage had nothing to do with the release on Monday; the database host failed at noon.'), 'infrastructure');
    assert.equal(trigger('The stall was unrelated to the upgrade, it was just bad timing.'), null);
    assert.equal(trigger('The crash was not caused by the new release but by the node failure that night.'), 'infrastructure');
    // Unbroken, the same words still name it.
    assert.equal(trigger('The stall came with the upgrade, right after it.'), 'change');
  });

  it('reads a trigger from a line the author labels as the cause, a parameter change and an overload', () => {
    const opening = (label: string) => [
      '# Slow blocks',
      '',
      '- Date: 2026-02-03',
      '- Summary: Blocks took three times as long for an hour.',
      '- Impact: Some transfers failed and were sent again.',
      `- ${label}: Bulk transfers overloaded the block producers.`,
      '',
      '## Action Items',
      '',
      '- Raise the fee window',
    ];
    assert.equal(facts(opening('Root Causes')).causes.trigger?.trigger, 'capacity');
    assert.equal(facts(opening('**Trigger**')).causes.trigger?.trigger, 'capacity');
    // The same words on a line labelled as something else, after the opening, are too little.
    assert.equal(facts(opening('Notes')).causes.trigger, null);
    const trigger = (line: string) => facts(section('Root Cause', line)).causes.trigger?.trigger ?? null;
    assert.equal(trigger('A parameter change proposal set the reward share above one.'), 'configuration');
    assert.equal(trigger('The param-change vote set the reward share above one.'), 'configuration');
    assert.equal(trigger('A flood of bulk transfers overloaded the block producers.'), 'capacity');
  });

  it('takes the opening of a section from its story, not from its metadata lines', () => {
    const lines = (story: string) => [
      '# T',
      '',
      '## Summary',
      '',
      '**Date**: 2026-03-04  ',
      '**Authors**: Ana, Bo  ',
      story,
      '',
      '## Details',
      '',
      'More text.',
    ];
    assert.equal(facts(lines('The cluster stopped ten days after the Acme v7 Harbor Upgrade.')).causes.trigger?.trigger, 'change');
    // The same line as the third of a story (not its opening) is too little to name a trigger.
    const told = [
      '# T',
      '',
      '## Summary',
      '',
      'The cluster stopped.',
      'Users waited.',
      'It came ten days after the Acme v7 Harbor Upgrade.',
      '',
      '## Details',
      '',
      'More.',
    ];
    assert.equal(facts(told).causes.trigger, null);
  });

  it('reads again after an edit only the lines of the blocks that changed', () => {
    // The recurring-incident rule reads the causes on every check: typing must not cost a reading of every line.
    const lines = [
      '# Queue outage',
      '',
      '## Summary',
      '',
      'The deploy of a new release filled the disk of the primary queue host.',
      '',
      '## Root Cause',
      '',
      'There was no alert on disk usage, so nobody was paged until customers wrote in.',
      '',
      'The queue was a single point of failure for the checkout service.',
      '',
      '## Timeline',
      '',
      ...Array.from({ length: 30 }, (_, i) => `- 10:${String(i).padStart(2, '0')} The on-call engineer checked dashboard ${i} and found nothing unusual.`),
      '',
    ];
    const text = lines.join('\n');
    // Segments as small as a section, so that a short document is cut at all.
    const parser = new IncrementalParser(1);
    const read = (t: string) =>
      factsOf(
        analyzeDocument(t, 'postmortems/x.md', settings, (u) => parser.parse(u)),
        settings,
      ).causes;
    const before = read(text);
    assert.deepEqual(
      before.categories.map((c) => c.category),
      ['tooling_failure', 'design_weakness'],
    );
    // Count the lines read (the patterns' keys skip most patterns on most lines, so a pattern's own tries say less).
    const tried = lineReads.count;
    const after = read(text.replace('filled the disk', 'filled the whole disk'));
    assert.deepEqual(after, before);
    // The summary's section was parsed again, and its one line read again; the 33 other lines were not.
    assert.equal(lineReads.count - tried, 1, `only the edited line is read again, not ${lineReads.count - tried}`);
  });
  it('reads a service a manual step restored as no process gap, an event that set off no alert as a tooling failure, and redundancy the design rules out', () => {
    const categories = (...story: string[]) => facts(section('Root cause', ...story)).causes.categories.map((c) => c.category);
    // "restored" is what the reboot did, not a manual restore procedure.
    assert.deepEqual(categories('The disk controller of the archive host failed at noon.', 'A manual reboot restored the array within minutes.'), []);
    assert.deepEqual(categories('The restore was a manual process of forty steps.'), ['process_gap']);
    assert.deepEqual(categories('The stalled queue did not trigger any pager or SMS based alerts.'), ['tooling_failure']);
    assert.deepEqual(categories('Its chassis is only 1U, which precludes a redundant power supply.'), ['design_weakness']);
    assert.deepEqual(categories('The small enclosure leaves no room for a second uplink to the gateway.'), ['design_weakness']);
  });

  it('reads a route announced to other networks as routing, not as telling people', () => {
    const f = facts(
      section(
        'What went wrong',
        '- The new prefix was missing from our BGP announcements for two hours.',
        '- No check compared the routing table with the route announcements.',
        '- The aggregate announcement was not withdrawn before the reload.',
      ),
    );
    assert.ok(!f.causes.categories.some((c) => c.category === 'communication_breakdown'), JSON.stringify(f.causes.categories));
    // Telling people that was missing stays a communication breakdown.
    const told = facts(
      section(
        'What went wrong',
        '- The maintenance was not announced to customers.',
        '- Support was not informed of the change.',
        '- There was no status page entry for the outage.',
      ),
    );
    assert.ok(
      told.causes.categories.some((c) => c.category === 'communication_breakdown'),
      JSON.stringify(told.causes.categories),
    );
  });

  it('reads a denial-of-service attack as security, a cause not identified as unknown, and a line commented out of a configuration as configuration', () => {
    const trigger = (...story: string[]) => facts(section('Root cause', ...story)).causes.trigger?.trigger ?? null;
    assert.equal(trigger('The site went down under a denial-of-service attack from a few thousand hosts.'), 'security');
    assert.equal(trigger('A DDoS attack saturated the uplink of the web tier.'), 'security');
    assert.equal(trigger('An unidentified condition in the storage driver corrupted the search index.'), 'unknown');
    assert.equal(trigger('The listener address was commented out in the proxy config on one host.'), 'configuration');
    // A step that stalled for a reason not known, after a named change, is that change.
    assert.equal(trigger('The publish job stalled for an unknown reason after a new release renamed the default branch.'), 'change');
    // "Attack" ruled out, or named once without its kind, sets nothing off.
    assert.equal(trigger('We found no sign of an attack.', 'The job ran on time.', 'The writes stopped when a surge of uploads filled the disk.'), 'capacity');
  });

  it('names capacity when more demand is told, not when only a resource used up is: that is the symptom', () => {
    const trigger = (...story: string[]) => facts(section('Root cause', ...story)).causes.trigger?.trigger ?? null;
    // The symptom alone: memory, disk or load used up, with no word of what used it.
    assert.equal(trigger('Our search indexer ran out of memory overnight; the OOM killer ended it.', 'It was OOM-killed twice more that night.'), null);
    assert.equal(trigger('The build host had no space left on its root volume.', 'The disk was full again by noon.'), null);
    assert.equal(trigger('The queue workers were under heavy load and stopped answering.'), null);
    assert.equal(trigger('We had exceeded the storage quota of the project.'), null);
    // The same symptom with the demand that caused it.
    assert.equal(trigger('The indexer ran out of memory after sign-ups tripled overnight.'), 'capacity');
    assert.equal(trigger('A spike in search requests filled the disk with temporary files.'), 'capacity');
    assert.equal(trigger('Thousands of new visitors overloaded the two web nodes.'), 'capacity');
    // Another trigger told next to the symptom is not drowned by it.
    assert.equal(
      trigger('A misconfigured memory limit made the indexer run out of memory.', 'It ran out of memory again after each restart.'),
      'configuration',
    );
    // "A flood of" errors is what people saw, not more demand.
    assert.equal(trigger('A flood of disk-full errors filled the log.', 'The disk was full.'), null);
  });

  it('reads the paragraph under a bold label alone on its line ("**Summary**:") as what the label names, not a paragraph after a label with its own text', () => {
    const trigger = (...lines: string[]) => facts(['# Unstyled pages', '', ...lines]).causes.trigger?.trigger ?? null;
    assert.equal(
      trigger(
        '**Summary**:',
        '',
        'The 3.1.0 release of the widget kit shipped a package without its styles.',
        '',
        '**Impact**:',
        '',
        'Teams that installed it saw unstyled pages.',
      ),
      'change',
    );
    // A label that holds its own text is that text: the paragraph after it is no summary.
    assert.equal(
      trigger('**Summary**: teams saw unstyled pages for an hour.', '', 'The 3.1.0 release of the widget kit shipped a week before, on Monday.'),
      null,
    );
  });

  it('reads no change from what the system does while something "is being upgraded", and a change from an upgrade told as done', () => {
    const trigger = (...story: string[]) => facts(section('Root cause', ...story)).causes.trigger?.trigger ?? null;
    assert.equal(trigger('The scheduler shifts jobs off any node that is being upgraded, so nothing stops.'), null);
    assert.equal(trigger('The platform was upgraded on Monday, and the new version dropped the old routes.'), 'change');
  });

  it('reads a fix told as shipped as the remedy, not as the change that set the incident off', () => {
    const trigger = (...story: string[]) => facts(section('Root cause', ...story)).causes.trigger?.trigger ?? null;
    assert.equal(trigger('The reason the worker stalled is not clear.', 'A patch addressing the stall has been deployed to every region.'), null);
    assert.equal(trigger('The fix for the parser crash has now been released.', 'We do not know why the parser met that input.'), null);
    // A deploy told as what broke things is still the trigger.
    assert.equal(trigger('We deployed a new parser and it crashed on the first request.'), 'change');
  });

  it('weighs the title as the opening of the story where the story tells the same trigger, and as one more line where it does not', () => {
    const trigger = (lines: string[]) => facts(lines).causes.trigger?.trigger ?? null;
    // "Network outage" names what people saw; the summary says what set it off.
    assert.equal(
      trigger([
        '# Network outage of 4 May',
        '',
        '## Summary',
        '',
        'A misconfiguration pushed to the core router dropped every route.',
        '',
        '## Impact',
        '',
        'Nothing loaded for 20 minutes.',
      ]),
      'configuration',
    );
    // A title that is all the document says still answers.
    assert.equal(trigger(['# Power outage at the data centre', '', '## Impact', '', 'Nothing loaded for 20 minutes.']), 'infrastructure');
    // A title that names the trigger the story tells settles it against a second one.
    assert.equal(
      trigger(['# Vendor hiccup took down payments', '', '## Root cause', '', 'An upstream provider failed, and our retries overloaded the queue.']),
      'dependency',
    );
  });
});

describe('facts: root cause depth', () => {
  it('measures a chain of whys and whether its last answer is about a person or the system', () => {
    const system = facts(
      section(
        'Five Whys',
        '1. Why did checkout fail? The pool ran dry.',
        '2. Why did the pool run dry? A retry loop held connections.',
        '3. Why was the loop shipped? No test covers retries.',
      ),
    ).rootCause!;
    assert.equal(system.whys?.depth, 3);
    assert.equal(system.whys?.shape, 'numbered');
    assert.equal(system.whys?.lastAnswerAbout, 'system');
    const person = facts(section('Root Cause', '**Why?** The job stopped.', '', '**Why?** The engineer forgot to restart it.')).rootCause!;
    assert.equal(person.whys?.depth, 2);
    assert.equal(person.whys?.lastAnswerAbout, 'person');
  });

  it('tells a bare cause from an explained one', () => {
    const bare = facts(section('Root Cause', 'The deploy broke it.')).rootCause!;
    assert.deepEqual([bare.whys, bare.explained, bare.sentences], [null, false, 1]);
    assert.equal(facts(section('Root Cause', 'The deploy broke it because the migration locked the table.')).rootCause!.explained, true);
    assert.equal(facts(section('Root Cause', 'Human error.')).rootCause!.blamesPerson, true);
  });
});

describe('facts: impact figures', () => {
  it('reads counts, percentages, durations and money with their units and lines', () => {
    const f = facts(
      section(
        'Impact',
        '- About 1,200 active users could not log in for 45 minutes.',
        '- 3% of requests failed; two teams were blocked.',
        '- Refunds cost $4,500.',
        '- Started at 14:05 on 2026-03-04.',
      ),
    );
    assert.deepEqual(
      f.impact.map((x) => [x.unit, x.value, x.line]),
      [
        ['users', 1200, 4],
        ['duration', 45, 4],
        ['percent', 3, 5],
        ['money', 4500, 6],
      ],
    );
    assert.equal(f.impact[1].minutes, 45);
  });

  it('reads a count of any plural thing as items, but not counts of times, steps or years', () => {
    const f = facts(section('Impact', '- About 300 exports failed and 40 queued invoices were sent twice.', '- We tried 3 times over 2 years in 4 steps.'));
    assert.deepEqual(
      f.impact.map((x) => [x.text, x.unit, x.value]),
      [
        ['300 exports', 'items', 300],
        ['40 queued invoices', 'items', 40],
      ],
    );
  });

  it('finds no figure in words alone', () => {
    assert.deepEqual(facts(section('Impact', 'Some users were affected for a while.')).impact, []);
  });
});

describe('facts: kinds of action items', () => {
  it('takes a written category or tag, else infers from what the item changes', () => {
    assert.deepEqual(classifyItem({ text: 'Add a queue-depth alert', category: 'Response' }), { kind: 'response', source: 'written', evidence: ['Response'] });
    assert.equal(classifyItem({ text: '[detection] Page on stale data', category: null }).source, 'written');
    const cases: [string, string][] = [
      ['Add an alert on queue depth above 1,000', 'detection'],
      ['Build a dashboard for import lag', 'detection'],
      ['Write a runbook for draining a node', 'response'],
      ['Add the database team to the escalation path', 'response'],
      ['Post a customer notice template on the status page', 'communication'],
      ['Validate the schema in CI before merge', 'prevention'],
      ['Raise the connection pool limit to 200', 'prevention'],
    ];
    for (const [text, kind] of cases) {
      const fact = classifyItem({ text, category: null });
      assert.equal(fact.kind, kind, text);
      assert.equal(fact.source, 'inferred');
      if (kind !== 'prevention') assert.ok(fact.evidence.length > 0);
    }
  });

  it('reads writing the report as communication, response work by its moment, and a recovery column as response', () => {
    const cases: [string, string][] = [
      ['Write the incident report for the cache outage', 'communication'],
      ['Finish the post-mortem and circulate it', 'communication'],
      ['New runbooks for customer comms during an outage', 'communication'],
      ['A tool to drain stuck workers during incidents', 'response'],
      ['Declare incidents as soon as two reports agree', 'response'],
      // A document for responders is not the incident report.
      ['Write a short guide for incident response', 'response'],
    ];
    for (const [text, kind] of cases) assert.equal(classifyItem({ text, category: null }).kind, kind, text);
    assert.deepEqual(classifyItem({ text: 'Reopen the bridge channel', category: 'Recovery' }), {
      kind: 'response',
      source: 'written',
      evidence: ['Recovery'],
    });
  });

  it('reads taking data out of messages or moving off a channel as prevention, and regular scans as detection', () => {
    const kind = (text: string) => classifyItem({ text, category: null }).kind;
    assert.equal(kind('Strip customer names out of the automated billing e-mails.'), 'prevention');
    assert.equal(kind('Remove account IDs from outgoing support notifications'), 'prevention');
    assert.equal(kind('Move away from SMS for login codes and communication, to an authenticator app'), 'prevention');
    // Telling people is still communication.
    assert.equal(kind('Send a notice to affected customers through the status page'), 'communication');
    assert.equal(kind('Improve internal communication between the two on-call teams'), 'communication');
    assert.equal(kind('Set up weekly vulnerability scans of the public hosts'), 'detection');
    assert.equal(kind('Run regular credential scans over the shared repositories'), 'detection');
    assert.equal(kind('Scans of uploaded files take too long; move them to a worker'), 'prevention');
  });

  it('reads an item by what it changes, not by the benefit its reason names', () => {
    const item = 'Open incidents sooner: declare an incident as soon as a problem is confirmed. This enables timely customer communication.';
    assert.equal(classifyItem({ text: item, category: null }).kind, 'response');
    const alert = 'Add alerting on client-side exceptions. This would have detected the issue within minutes.';
    assert.equal(classifyItem({ text: alert, category: null }).kind, 'detection');
    // When the reason is all there is, it is read.
    assert.equal(classifyItem({ text: 'This would help the status page stay current.', category: null }).kind, 'communication');
  });

  it('reads tests written to prevent regressions as prevention, and tests that watch production as detection', () => {
    const kind = (text: string) => classifyItem({ text, category: null }).kind;
    assert.equal(kind('End-to-end tests that load several plugins together, to help prevent regressions between them.'), 'prevention');
    assert.equal(kind('Integration tests covering the billing flow so we catch future regressions before release'), 'prevention');
    // Tests run against production to find an outage still serve detection.
    assert.equal(kind('Run the end-to-end tests against production every ten minutes and alert on failure'), 'detection');
    assert.equal(kind('Add integration tests for the login page'), 'detection');
  });

  it('reads a check added to the list of a routine operation as prevention, and tools for responders as response', () => {
    const cases: [string, string][] = [
      // A check in the list or runbook of a release, an upgrade or a resize stops the next one going wrong.
      ['Add the replica count to the resize checklist', 'prevention'],
      ['Add a schema check to the release runbook', 'prevention'],
      ['Update the upgrade runbooks to include validating the firewall after a restart', 'prevention'],
      ['Put a disk model check into the node acceptance checklist', 'prevention'],
      // Putting back what a change took away, and a regression test, are fixes.
      ['Restore the previous cache size on the new hosts', 'prevention'],
      ['Roll back the flag and add a regression test', 'prevention'],
      // Kubernetes probes restart what fails; a dashboard of them is still detection.
      ['Add readiness and liveness probes to every worker', 'prevention'],
      ['Build a dashboard for liveness probe coverage', 'detection'],
      // An alarm, a page, a scanner and logs gathered in one place find it sooner.
      ['Add alarms for the log shipper when no data arrives', 'detection'],
      ['Page on a storage pool that loses a member', 'detection'],
      ['Scan build output for token patterns', 'detection'],
      ['Collect node logs centrally', 'detection'],
      // A written procedure, a switch to stop a job, a learning path are for the people who respond.
      ['Write the procedure for failing over to the standby', 'response'],
      ['Document the rollover process, and what to do when it goes bad', 'response'],
      ['Add a kill switch to the nightly import', 'response'],
      ['Set up a learning path for the on-call rotation', 'response'],
      // An alert's runbook still serves the responder.
      ['Update the disk alert runbook to check the volume size', 'response'],
    ];
    for (const [text, kind] of cases) assert.equal(classifyItem({ text, category: null }).kind, kind, text);
  });

  it('reads logging failures and a scheduled check as detection, and paging and incident tooling as response', () => {
    const kind = (text: string) => classifyItem({ text, category: null }).kind;
    for (const [text, expected] of [
      ['Log build failures as errors', 'detection'],
      ['We will log every rejected payment as an error', 'detection'],
      ['Add an hourly check that the mirror serves the latest index', 'detection'],
      ['A nightly scan of the bucket policies', 'detection'],
      ['Give the second responder a pager', 'response'],
      ['Enable SMS notifications for our PagerDuty account', 'response'],
      ['Roll out incident management tooling', 'response'],
      ['Move the team to incident.io', 'response'],
      // Logs and reports that are the thing fixed, not a signal added, stay prevention.
      ['Fix the log rotation errors on the build host', 'prevention'],
      ['Remove the weekly report job that filled the disk', 'prevention'],
    ] as const)
      assert.equal(kind(text), expected, text);
  });

  it('reads telling readers in later posts and a channel for the whole company as communication', () => {
    const kind = (text: string) => classifyItem({ text, category: null }).kind;
    for (const [text, expected] of [
      ['We will write more about the migration in a follow-up post next month.', 'communication'],
      ['I will talk about this in future updates as the date gets closer.', 'communication'],
      ['Open a company-wide alerts channel so warnings reach every office.', 'communication'],
      ['Speed up the warnings to staff when a scam mail goes round.', 'communication'],
      // A post about something else, or a channel of one team, says nothing of the kind.
      ['Post the nightly build logs to the artifact store', 'prevention'],
    ] as const)
      assert.equal(kind(text), expected, text);
  });

  it('reads bringing a service back, a shorter time to recover, a team able to fix problems and scoping a breach as response', () => {
    const kind = (text: string) => classifyItem({ text, category: null }).kind;
    for (const [text, expected] of [
      ['Once the names are fixed we will be switching the mirror back on.', 'response'],
      ['Bring the search cluster back online after the reindex.', 'response'],
      ['Keep a spare machine ready so it is quicker and easier to recover the database.', 'response'],
      ['Work towards a shorter recovery time objective for the main cluster.', 'response'],
      ['The docs team should be able to diagnose and fix certificate problems on their own.', 'response'],
      ['Audit the build hosts to find any further intrusions beyond the cache.', 'response'],
      // A check turned back on guards the next change: prevention.
      ['Turn the schema tests back on before the next release', 'prevention'],
    ] as const)
      assert.equal(kind(text), expected, text);
  });

  it('reads the process changes ship by as prevention, and a job that tells when something fails silently as detection', () => {
    const kind = (text: string) => classifyItem({ text, category: null }).kind;
    for (const [text, expected] of [
      ['Rework the app release process so each build is signed.', 'prevention'],
      ['Write down the process of deploying changes to the billing API, and who signs off.', 'prevention'],
      ['Write down the deployment procedure for the web tier', 'prevention'],
      // The process of recovering stays response.
      ['Document the restore procedure for the object store', 'response'],
      ['Add a job that checks for new rows every few hours so an importer cannot fail silently.', 'detection'],
      ['Run a small probe asking "is the uploader still working?" each morning', 'detection'],
    ] as const)
      assert.equal(kind(text), expected, text);
  });

  it('gives list items under a lead that ends with a colon the kind of the lead when they name none of their own', () => {
    const d = doc([
      '# T',
      '',
      '## Action items',
      '',
      '- [ ] Make sure alerting covers:',
      '  - [ ] the invoice worker',
      '  - [ ] the export queue',
      '  - [ ] restart the mailer after each deploy with a runbook',
      '- [ ] the import service',
      '- [ ] Rotate the signing keys',
    ]);
    assert.deepEqual(
      itemKindsOf(d).map((k) => k.kind),
      ['detection', 'detection', 'detection', 'response', 'prevention', 'prevention'],
    );
  });

  it('reads telemetry and a bug bounty as detection, and an emergency process, triage and outside investigators as response', () => {
    const kind = (text: string) => classifyItem({ text, category: null }).kind;
    for (const [text, expected] of [
      ['Enable more telemetry for dropped peer connections', 'detection'],
      ['Start a bug bounty for the bridge contracts', 'detection'],
      ['[Sec] Doubled the bounty rewards for one month', 'detection'],
      ['Define a critical emergency process between the two teams', 'response'],
      ['Agree emergency contacts with the hosting provider', 'response'],
      ['[Sec] Completed triage of every commit by the account', 'response'],
      ['Engaged outside binary analysts to review the builds', 'response'],
      // Defining a thing that is not a process, and hiring for the team, stay prevention.
      ['Define the schema for the export files', 'prevention'],
      ['Hire a second database engineer', 'prevention'],
    ] as const)
      assert.equal(kind(text), expected, text);
  });

  it('reads triage of things kept in the system and the checklist of an operation as prevention', () => {
    const kind = (text: string) => classifyItem({ text, category: null }).kind;
    for (const [text, expected] of [
      // Sorting out stale certificates or keys is a clean-up, not work on incoming incidents.
      ['Remove/triage the old self-signed certificates so nothing falls back to them', 'prevention'],
      ['Triage the unused API keys in the vault', 'prevention'],
      ['Triage incoming reports within the hour', 'response'],
      ['Add a triage rotation for security reports', 'response'],
      // The checklist of a routine operation, whatever the operation is called, stops the next one going wrong.
      ['Take a copy of /srv/data before any rebuild; rebuild checklist in the ops repo', 'prevention'],
      ['Volume snapshot + reprovision checklist', 'prevention'],
      // A checklist for people handling an incident, or one not said what for, is for responders.
      ['Write an incident management checklist for the next one', 'response'],
      ['Keep a checklist for on-call handover', 'response'],
      ['Create a checklist and share it with the team', 'response'],
    ] as const)
      assert.equal(kind(text), expected, text);
  });

  it('reads logs sent somewhere to be watched, an observability tool and audit trails as detection, and people to be contacted as communication', () => {
    const kind = (text: string) => classifyItem({ text, category: null }).kind;
    for (const [text, expected] of [
      ['[OPS-7]: ship the worker and proxy logs to Loggly', 'detection'],
      ['Rotate the proxy logs to keep the disk free', 'prevention'],
      ['Add more logs to the start-up and migration steps', 'detection'],
      ['Split the staging runners out of the fleet graph in Grafana', 'detection'],
      ['Keep audit trails of every admin login', 'detection'],
      ['Near-real-time log analysis for odd sign-ins', 'detection'],
      ['Holders of the old token have been found and will be contacted by email.', 'communication'],
      // Logging told as a fix, and logs kept shorter, stay what they were.
      ['We added improved logging and a restart of the worker', 'prevention'],
      ['Hash user ids before logging them', 'prevention'],
    ] as const)
      assert.equal(kind(text), expected, text);
  });

  it('lets an item that tells people win over a "mitigate" or "fix" column, and keeps the column otherwise', () => {
    assert.deepEqual(classifyItem({ text: 'Tell affected users what happened', category: 'mitigate' }).kind, 'communication');
    assert.deepEqual(classifyItem({ text: 'Inform all customers of the delay', category: 'Fix' }).kind, 'communication');
    assert.deepEqual(classifyItem({ text: 'Resend the stuck payouts', category: 'mitigation' }), {
      kind: 'response',
      source: 'written',
      evidence: ['mitigation'],
    });
    assert.deepEqual(classifyItem({ text: 'Patch the fee estimate', category: 'fix' }), { kind: 'prevention', source: 'written', evidence: ['fix'] });
    // A column that names one of the four kinds is taken as written.
    assert.deepEqual(classifyItem({ text: 'Tell affected users what happened', category: 'Response' }).kind, 'response');
  });

  it('reads backups kept, a workaround taken out and a check that goes red as what they serve', () => {
    const kind = (text: string) => classifyItem({ text, category: null }).kind;
    for (const [text, expected] of [
      // Backups taken on a schedule or before an operation limit what the next failure loses.
      ['**Snapshot the ledger volume nightly.** One copy a day would have saved the week', 'prevention'],
      ['Set up weekly disk snapshots kept for a month', 'prevention'],
      ['Take a backup of the config store before every migration', 'prevention'],
      // Starting again from a snapshot, during the incident, is the response.
      ['Start a fresh container from the last snapshot', 'response'],
      // The workaround goes once the real fix is in; reverting a bad change is the response.
      ['P2 Revert the temporary patch from the proxy once 4.1 ships', 'prevention'],
      ['Remove the retry hack from the uploader', 'prevention'],
      ['Revert the storage driver change', 'response'],
      // A job that goes red when an upstream breaks us tells us sooner.
      ['A nightly job that goes red when a dependency ships a breaking version', 'detection'],
    ] as const)
      assert.equal(kind(text), expected, text);
  });

  it('reads health checks that take a failing instance out as prevention, and what is kept for recovery as response', () => {
    const kind = (text: string) => classifyItem({ text, category: null }).kind;
    for (const [text, expected] of [
      // A health check wired into a rollout or a balancer keeps a bad instance out of service.
      ['[OPS-12]: add load balancer health checks to the `roll_hosts` script.', 'prevention'],
      ['**Probe tuning**: configure stricter liveness and readiness probes so crashing pods leave rotation', 'prevention'],
      // Watching health checks, or a dashboard of probes, still finds it sooner.
      ['Alert when the health check fails twice', 'detection'],
      ['Create a dashboard for readiness/liveness probe coverage', 'detection'],
      // What is kept or written down for the next recovery serves whoever responds.
      ['Keep the previous image on every host for recovery', 'response'],
      ['- [x] Rollback steps documented in OPS.md', 'response'],
      // Getting data or service back sooner once it is lost serves whoever responds.
      ['Switch the storage layer to one that lets us recover customer data faster', 'response'],
      ['Change the archive layout so we can recover accounts more quickly and at finer grain', 'response'],
      // Making the thing not fail is still prevention, however fast it is.
      ['Make the importer faster on large files', 'prevention'],
    ] as const)
      assert.equal(kind(text), expected, text);
  });

  it('reads keeping logs for less time as prevention, and keeping them longer as detection', () => {
    const kind = (text: string) => classifyItem({ text, category: null }).kind;
    assert.equal(kind('Minimise log retention to the two weeks support needs'), 'prevention');
    assert.equal(kind('Reduce the log retention for request bodies to a day'), 'prevention');
    assert.equal(kind('Raise log retention on the edge to ninety days'), 'detection');
  });

  it('reads a promise of updates or published instructions as communication', () => {
    const kind = (text: string) => classifyItem({ text, category: null }).kind;
    assert.equal(kind('We will post an update here once the index is rebuilt.'), 'communication');
    assert.equal(kind('Once it is tested, the patch goes live and upgrade instructions will be published in the node repo.'), 'communication');
    // Updating a thing, or instructions written for the team, are not telling people.
    assert.equal(kind('Update the index schema to hold the new field'), 'prevention');
  });

  it('reads alerting or warning people, with no condition to watch for, as communication', () => {
    const kind = (text: string) => classifyItem({ text, category: null }).kind;
    assert.equal(kind('Alert contributors'), 'communication');
    assert.equal(kind('Warn affected holders about the paused bridge'), 'communication');
    assert.equal(classifyItem({ text: 'Alert contributors', category: 'mitigate' }).kind, 'communication');
    // With something to watch for, it is an alert: detection.
    assert.equal(kind('Alert contributors when the build queue stalls'), 'detection');
    assert.equal(kind('Alert operators if the disk is 80% full'), 'detection');
  });

  it('reads telling an audience as communication, and a channel to reach responders or an incident-response channel as response', () => {
    const kind = (text: string) => classifyItem({ text, category: null }).kind;
    for (const [text, expected] of [
      ['Notify node operators who have not upgraded yet to move their stop height', 'communication'],
      ['We will inform all affected integrators once the patch is out', 'communication'],
      ['A channel for getting hold of maintainers at the weekend', 'response'],
      ['Document the new #incident-response channel', 'response'],
      // Notifying a system, and an alert for operators, are not telling people.
      ['Notify the scheduler when a node drains', 'prevention'],
      ['Alert operators when the disk is 80% full', 'detection'],
    ] as const)
      assert.equal(kind(text), expected, text);
  });

  it('reads access for responders, "on call" written apart, a faster failover and documenting what was set up during the incident as response, and health checking as detection', () => {
    const kind = (text: string) => classifyItem({ text, category: null }).kind;
    for (const [text, expected] of [
      ['Set up an out-of-band console for each router', 'response'],
      ['Add a jump host for the core routers', 'response'],
      ['Keep a break-glass account for the cloud console', 'response'],
      ['Because nobody can be on call all week, we will hire a second engineer', 'response'],
      ['Make the site failover faster and less manual', 'response'],
      ['Automated health checking of the anycast nodes', 'detection'],
      // Failover built into the system, and a call on a supplier, are neither.
      ['We set up a new chat room for the outage. We should document that.', 'response'],
      ['Set up automatic failover for the primary database', 'prevention'],
      ['Call on the vendor to fix the driver', 'prevention'],
    ] as const)
      assert.equal(kind(text), expected, text);
  });

  it('reads a route announced to other networks as routing, not as telling people', () => {
    const kind = (text: string) => classifyItem({ text, category: null }).kind;
    for (const [text, expected] of [
      ['Alert when the BGP announcements of our prefixes change', 'detection'],
      ['Stop announcing the /24 to upstreams during maintenance', 'prevention'],
      ['Monitor that our route announcements match the links that are up', 'detection'],
      ['Announce planned maintenance on the forum a week ahead', 'communication'],
    ] as const)
      assert.equal(kind(text), expected, text);
  });

  it('reads an item written as a bare title by the description under it, and one written as a sentence by its own words', () => {
    const d = doc(
      section(
        'Follow-up actions',
        '1. **Regular failover drills**',
        '   - **Description:** Run a failover drill every quarter so that responders know the steps.',
        '2. **Review the supplier contract**',
        '   - Description: agree escalation contacts and response times with the carrier.',
        '3. **Tidy the backup job**',
        '   - [ ] Page the owner when a nightly run fails',
        '4. We will move the queue to its own disk so that a full log volume cannot stop it.',
        '   - This came up in the drill last spring.',
      ),
    );
    const kinds = factsOf(d, settings).itemKinds.map((k) => k.kind);
    const texts = d.model.actionItems.map((i) => i.text);
    assert.deepEqual(
      texts.map((t, i) => [t, kinds[i]]),
      [
        ['Regular failover drills', 'response'],
        ['Review the supplier contract', 'response'],
        ['Tidy the backup job', 'prevention'],
        ['Page the owner when a nightly run fails', 'response'],
        ['We will move the queue to its own disk so that a full log volume cannot stop it.', 'prevention'],
      ],
    );
  });

  it('finds the description under each titled item in time that grows with the list, not with its square', () => {
    const details = (n: number) => {
      const text = Array.from({ length: n }, (_, i) => `- Title ${i}\n  - Description ${i}`).join('\n');
      const root = parseMarkdown(text);
      const list = root.children[0] as List;
      const items = list.children.map((li) => {
        const p = li.children[0];
        const span = { start: p.position?.start.offset ?? 0, end: p.position?.end.offset ?? 0 };
        return { line: (p.position?.start.line ?? 1) - 1, start: li.position?.start.offset ?? 0, end: span.end, textSpan: span };
      });
      let found = 0;
      // CPU time, not the clock, and the fastest of seven runs: a busy machine's other work and a
      // collection that falls in one run do not count.
      const ms = fastest(() => {
        found = 0;
        for (const item of items) if (itemDetail({ text, root }, item, items)) found++;
      }, 7);
      return { ms, found };
    };
    details(200);
    const small = details(200);
    const large = details(2000);
    assert.equal(large.found, 2000);
    // Ten times the items: about ten times the work, where a scan of the list per item would be a hundred.
    assert.ok(large.ms < small.ms * 25 + 5, `2,000 items took ${large.ms.toFixed(1)} ms, 200 items ${small.ms.toFixed(1)} ms`);
  });

  it('gives every action item of the model its kind in `postmortem model`', () => {
    const d = doc(
      section(
        'Action Items',
        '- [ ] Add an alert on replication lag (owner: Ana Lima, due: 2026-05-01)',
        '- [ ] Fix the retry loop (owner: Omar Haddad, due: 2026-05-01)',
      ),
    );
    const out = publicModel('x.md', d, settings);
    assert.deepEqual(
      out.actionItems.map((i) => i.kind.kind),
      ['detection', 'prevention'],
    );
    assert.ok('contributingFactors' in out && 'impact' in out && 'incidentStart' in out);
  });
});

describe('facts: factors told as a chain, a silent tool, a habit or a lone mailbox', () => {
  const cats = (heading: string, ...lines: string[]) =>
    facts(section(heading, ...lines))
      .causes.categories.map((c) => c.category)
      .sort();

  it('reads a design weakness told as a chain of causes, with no weakness word', () => {
    assert.deepEqual(cats('Root cause', 'Dropping the old operator also dropped the resources it owned, including the databases.'), ['design_weakness']);
    assert.deepEqual(cats('Root cause', 'The removal of the unused storage plugins caused the deletion of every volume they had made.'), ['design_weakness']);
    assert.deepEqual(cats('Root cause', 'The chart rewrite left an orphaned signing secret that nothing renewed.'), ['design_weakness']);
    assert.deepEqual(cats('Root cause', 'Visitors with a saved cart broke the page, as the new client expects a different storage schema.'), [
      'design_weakness',
    ]);
    // Removing something on purpose, told with no consequence, is no weakness.
    assert.deepEqual(cats('Resolution', 'We removed the stale plugin and the volumes stayed as they were.'), []);
  });

  it('reads a tool that failed without a sound as a tooling failure', () => {
    assert.deepEqual(cats('Root cause', 'The archive job had been failing to upload the nightly dumps for a week.'), ['tooling_failure']);
    assert.deepEqual(cats('Root cause', 'The export step exited cleanly without writing anything to the bucket.'), ['tooling_failure']);
    assert.deepEqual(cats('Root cause', 'Our release script tried but failed to strip the debug settings before the image was built.'), ['tooling_failure']);
    assert.deepEqual(cats('Root cause', 'The packaging step did not exclude the local cache files from the build.'), ['tooling_failure']);
    assert.deepEqual(cats('Impact', 'The error baseline was already so noisy that the new rise hid in it.'), ['tooling_failure']);
    // A request failing for users is the incident, not a tool that failed.
    assert.deepEqual(cats('Impact', 'Checkout requests were failing for twenty minutes.'), []);
  });

  it('reads a process gap told as a habit, a routine nobody keeps or a process never defined', () => {
    assert.deepEqual(cats('Root cause', 'We sized the new workers by eye, as we usually do for short events.'), ['process_gap']);
    assert.deepEqual(cats('Root cause', 'Nobody reviews the cron file before it ships.'), ['process_gap']);
    assert.deepEqual(cats('Root cause', 'A small mistake in the query that went unnoticed doubled every invoice.'), ['process_gap']);
    assert.deepEqual(cats('Root cause', 'Our on-call handover process was never clearly defined.'), ['process_gap']);
    assert.deepEqual(cats('Root cause', 'Local installs hid the missing file, so it was missed during development.'), ['process_gap']);
    // A routine told as working, or a bug noticed at once, is no gap.
    assert.deepEqual(cats('Resolution', 'We restarted the workers, and the queue drained within minutes.'), []);
    assert.deepEqual(cats('Root cause', 'Someone noticed the mistake in the query within an hour.'), []);
  });

  it('reads warnings that reach one person only as a communication breakdown when listed as a cause', () => {
    assert.deepEqual(cats('Root causes', '- Expiry reminders went to the personal mailbox of one engineer'), ['communication_breakdown']);
    assert.deepEqual(cats('Root causes', '- Renewal notices are not sent to a team address'), ['communication_breakdown']);
    // Notices sent to the team's list tell no breakdown.
    assert.deepEqual(cats('Root causes', '- Renewal notices are sent to the team list'), []);
  });
});

describe('facts: a third party deploy and a component named provider', () => {
  const trigger = (...lines: string[]) => facts(lines).causes.trigger?.trigger ?? null;

  it('reads a vendor that rolled out a broken release as a dependency, not the team’s change', () => {
    assert.equal(trigger(...section('Root cause', 'The cloud provider rolled out a broken network agent to every node.')), 'dependency');
    assert.equal(trigger(...section('Root cause', 'Upstream shipped a faulty build of the driver, and our nodes took it.')), 'dependency');
    // The team's own deploy stays a change.
    assert.equal(trigger(...section('Root cause', 'We deployed a broken network agent to every node.')), 'change');
  });

  it('reads a provider installed in the team’s own cluster as no dependency, and an upgrade named in the title as a change', () => {
    assert.equal(trigger(...section('Root cause', 'Removing the in-use storage providers deleted the volumes they managed.')), null);
    assert.equal(trigger(...section('Root cause', 'The provider related resources were deleted with the plugin.')), null);
    assert.equal(
      trigger('# Lost volumes on storage plugin upgrade', '', '## Root cause', '', 'Removing the in-use storage providers deleted the volumes they managed.'),
      'change',
    );
    // A provider as the company that serves us is still a dependency.
    assert.equal(trigger(...section('Root cause', 'Our DNS provider stopped answering queries for an hour.')), 'dependency');
  });
});

describe('facts: kinds of action items named by a monitoring product or a chore', () => {
  it('reads limits or requests set on monitoring products as prevention, and alerts on limits as detection', () => {
    const cases: [string, string][] = [
      ['Set memory limits on the shared services (Grafana, Loki, the ingress) too', 'prevention'],
      ['Give the Prometheus pods CPU requests so they cannot starve the node', 'prevention'],
      ['Add alerts when pods come near their memory limits', 'detection'],
      ['Raise the quota alert threshold in Grafana', 'detection'],
      ['Set up monitoring of failed requests', 'detection'],
    ];
    for (const [text, kind] of cases) assert.equal(classifyItem({ text, category: null }).kind, kind, text);
  });

  it('reads putting the post-mortem in its shared place as communication', () => {
    assert.equal(classifyItem({ text: 'Push this document to the shared incident folder', category: null }).kind, 'communication');
    assert.equal(classifyItem({ text: 'Push the fixed image to the registry', category: null }).kind, 'prevention');
  });
});

describe('facts: factors told as a verdict on planning, a notice never given, or data a crash can corrupt', () => {
  const cats = (heading: string, ...lines: string[]) =>
    facts(section(heading, ...lines))
      .causes.categories.map((c) => c.category)
      .sort();

  it('reads a planning failure or an underestimated load as a process gap', () => {
    assert.deepEqual(cats('Causes', 'We badly underestimated the traffic the launch would bring.'), ['process_gap']);
    assert.deepEqual(cats('Causes', 'Looking back, this was a planning failure on our side.'), ['process_gap']);
  });

  it('reads a notice never given or a heads-up nobody is sure arrived as a communication breakdown', () => {
    assert.deepEqual(
      cats(
        'Causes',
        '- We did not give the hosting partner enough advance notice of the sale.',
        '- It is not clear whether everyone on the rota received the warning.',
      ),
      ['communication_breakdown'],
    );
    assert.deepEqual(cats('Causes', '- We never agreed on the level of information sharing with outside helpers.', '- Nobody told the support desk.'), [
      'communication_breakdown',
    ]);
  });

  it('reads non-deterministic state and data a crash can corrupt as design weaknesses', () => {
    assert.deepEqual(cats('Root cause', 'A helper wrote non-deterministic values into the shared state.'), ['design_weakness']);
    assert.deepEqual(cats('Root cause', 'Stopping the daemon without a clean shutdown can corrupt its index files.'), ['design_weakness']);
  });

  it('leaves out a cause the author clears or the alternative they set aside', () => {
    // "not an error on the part of" and "rather than" rule out what follows.
    assert.deepEqual(cats('Root cause', 'This is not an error on the part of the on-call engineer, who followed the runbook.'), []);
    assert.deepEqual(cats('Root cause', 'It looks like a fault in the editor rather than any kind of operator error.'), []);
    const trigger = facts(section('Root cause', 'This was not a fault of our CDN provider, but of how the cache keys were built.')).causes.trigger;
    assert.equal(trigger, null);
  });

  it('reads a bug in a named third party as a dependency', () => {
    assert.equal(facts(section('Root cause', 'A bug in GitHub let a malformed tree into the repository.')).causes.trigger?.trigger, 'dependency');
  });
});

describe('facts: kinds of action items that tell people', () => {
  it('reads status page updates, advice shared with users and a promise to be more open as communication', () => {
    const cases: [string, string][] = [
      ['Add a step to the incident playbook to update [status.example.org](https://status.example.org) within ten minutes', 'communication'],
      ['Share developer best practices for polling the API', 'communication'],
      ['Document that integrators should not cache the fee value', 'communication'],
      ['Next time we will be much more transparent about planned downtime', 'communication'],
      // Documenting for responders is still response.
      ['Document the restore steps', 'response'],
    ];
    for (const [text, kind] of cases) assert.equal(classifyItem({ text, category: null }).kind, kind, text);
  });
});

describe('facts: a product page or a verb of reaching is no topic of a gap', () => {
  const cats = (heading: string, ...lines: string[]) =>
    facts(section(heading, ...lines))
      .causes.categories.map((c) => c.category)
      .sort();

  it('reads no tooling gap from users who could not open their dashboard, nor a process gap from trying to access data', () => {
    assert.deepEqual(cats('Impact', 'Members could not open their dashboard for a day.', 'We answered their tickets in the evening.'), []);
    assert.deepEqual(
      cats('Root cause', 'A server fetches rows when a client tries to access records it does not have yet.', 'The client could not access them for an hour.'),
      [],
    );
    // Monitoring dashboards and access rights told as missing are still gaps.
    assert.deepEqual(cats('Root cause', 'There was no dashboard for the queue, and the alerts did not fire.'), ['tooling_failure']);
    assert.deepEqual(cats('Root cause', 'The on-call engineer did not have access to the database.', 'The access process was not documented.'), [
      'process_gap',
    ]);
  });
});

describe('facts: a tool that reported success, a check that does not reach a path, a change told as recent', () => {
  const cats = (heading: string, ...lines: string[]) =>
    facts(section(heading, ...lines))
      .causes.categories.map((c) => c.category)
      .sort();
  const trigger = (heading: string, ...lines: string[]) => facts(section(heading, ...lines)).causes.trigger?.trigger ?? null;

  it('reads a job that succeeded while its work was dropped, a check that does not extend to a path and a change nobody can detect as tooling failures', () => {
    assert.deepEqual(cats('Root cause', 'The mailer was successfully sending every digest without error while the list bounced them all.'), [
      'tooling_failure',
    ]);
    assert.deepEqual(cats('Root cause', 'The signature checks guard the upload API, but they do not extend to edits made in the web console.'), [
      'tooling_failure',
    ]);
    assert.deepEqual(cats('Root cause', 'We cannot automatically detect a package republished under an old version number.'), ['tooling_failure']);
    // A job that succeeded, told as such, is no gap.
    assert.deepEqual(cats('Resolution', 'The mailer sent every digest successfully once the list was fixed.'), []);
  });

  it('reads a tool that has recently been updated and a failed deployment as a change', () => {
    assert.equal(trigger('Root cause', 'The export tool has recently been updated, and the new version skips private rows.'), 'change');
    assert.equal(trigger('Root cause', 'Everything went back to a failed deployment two weeks earlier.'), 'change');
  });
});

describe('facts: a breakdown told once, a mistake owned, and alerting the plan adds', () => {
  const cats = (...lines: string[]) =>
    facts(lines)
      .causes.categories.map((c) => c.category)
      .sort();

  it('names a communication breakdown told once as such, and not a topic word next to a negation', () => {
    assert.deepEqual(cats(...section('What went wrong', '- The support team saw the errors first but did not escalate or flag them to anyone.')), [
      'communication_breakdown',
    ]);
    assert.deepEqual(cats(...section('What went wrong', '- We did not agree on the comms with the partner teams before the cut-over.')), [
      'communication_breakdown',
    ]);
    assert.deepEqual(cats(...section('Impact', 'We did not notify the members until the evening.')), ['communication_breakdown']);
    // "Not" next to "channel" or "informed" twice is a topic, not a breakdown told; a detail lost in a chat is none.
    assert.deepEqual(cats(...section('What went wrong', '- Two details of the plan got missed in the scrollback.')), []);
    assert.deepEqual(cats(...section('Notes', 'The channel was not busy that night.', 'We were not informed late; the page came at once.')), []);
    // "Did not effectively" tells a breakdown only of the telling: a test done badly is no failure to inform (it is a process gap).
    assert.deepEqual(cats(...section('What went wrong', '- We did not effectively test the plugin before we tagged it.')), ['process_gap']);
    assert.deepEqual(cats(...section('What went wrong', '- We did not effectively communicate the freeze to the other maintainers.')), [
      'communication_breakdown',
    ]);
  });

  it('reads a mistake the writer owns as a human action', () => {
    assert.deepEqual(cats(...section('Root cause', 'I made two small mistakes while moving the mailing list, and one of them stopped the newsletters.')), [
      'human_action',
    ]);
    assert.deepEqual(cats(...section('Root cause', 'Deleting the old bucket was our mistake, not the tool.')), ['human_action']);
    // An error rate is no one's error.
    assert.deepEqual(cats(...section('Impact', 'Our error rate stayed at two per cent for an hour.')), []);
  });

  it('reads a plan that adds alerting or monitoring as the check that was missing', () => {
    const story = ['# T', '', '## Root cause', '', 'The index filled the disk of the search node.', '', '## Action items', ''];
    assert.deepEqual(cats(...story, '- Add alerting for disk usage on the search nodes'), ['tooling_failure']);
    assert.deepEqual(cats(...story, '- Spin up a monitoring system with alerts for the validators'), ['tooling_failure']);
    // A plan that changes something else says nothing of the checks.
    assert.deepEqual(cats(...story, '- Move the index to a larger disk'), []);
    // Beside a hint of the story too weak to name the failure alone (one word of a check), the plan names it too.
    const hinted = ['# T', '', '## Root cause', '', 'The index filled the disk of the search node; we saw it in the logs.', '', '## Action items', ''];
    assert.deepEqual(cats(...hinted, '- Move the index to a larger disk'), []);
    assert.deepEqual(cats(...hinted, '- Set up alarms on disk usage of the search nodes'), ['tooling_failure']);
  });
});

describe('facts: the trigger of a release that failed', () => {
  const trigger = (...lines: string[]) => facts(lines).causes.trigger?.trigger ?? null;

  it('reads no change from the release machinery named as a subject (the release job, the release-bot, the deploy script)', () => {
    assert.equal(trigger(...section('Root cause', 'The release job exited cleanly but uploaded nothing.')), null);
    assert.equal(trigger(...section('Root cause', 'The release-bot tool skipped the package without a word.')), null);
    assert.equal(trigger(...section('Root cause', 'The deploy script stopped at the second host.')), null);
    // "Runs" after the noun is its verb: the migration itself is still told.
    assert.equal(trigger(...section('Root cause', 'Nobody had timed how long the migration runs on a full copy of the data.')), 'change');
    // The release itself, told as what went out, still is a change.
    assert.equal(trigger(...section('Root cause', 'The release of the new parser broke the import of old files.')), 'change');
  });

  it('reads a version a fix went out as for the remedy, not the trigger', () => {
    assert.equal(trigger(...section('Root cause', '- The launcher quoted its own path twice.', '- Released as v2.0.1.')), null);
    assert.equal(trigger(...section('Root cause', 'We released v2.0.0 with the new launcher, which quoted its path twice.')), 'change');
  });

  it('reads a setting a manifest had (key = value) as a configuration trigger', () => {
    assert.equal(trigger(...section('Root cause', 'The package manifest had `private: true`, so the publisher left it out.')), 'configuration');
    assert.equal(trigger(...section('Root cause', 'Our crate manifest had `publish = false` set long ago.')), 'configuration');
  });

  it('reads no change from the words of the release in a post-mortem of the release', () => {
    const story = (title: string) => [
      `# ${title}`,
      '',
      '## Summary',
      '',
      'After merging the 1.4 release PR, the publish job returned an empty list and no tag was made.',
      '',
      '## Root cause',
      '',
      'The publish step reads every package before its own settings file.',
      'It stops early when it finds no package to publish.',
      'The crate manifest had `publish = false`, so the tool saw nothing to publish.',
    ];
    assert.equal(trigger(...story('The 1.4 release that published nothing')), 'configuration');
    // Without a release in the title the merge leads, as before.
    assert.equal(trigger(...story('Nothing published on 2 May')), 'change');
    // A change told in other words still counts in a post-mortem of a release.
    assert.equal(trigger('# The 2.0 release', '', '## Root cause', '', 'A refactor merged the week before dropped the fallback path for old files.'), 'change');
  });
});

describe('facts: words that are not the story of a cause', () => {
  const cats = (...lines: string[]) =>
    facts(lines)
      .causes.categories.map((c) => c.category)
      .sort();

  it('reads no factor from an error message the software printed, quoted', () => {
    const notice = [
      '# T',
      '',
      '## Status',
      '',
      'If you see a "health check did not run: timed out" error, wait a minute and reload.',
      '',
      'A `No alerts were sent: Access denied` line in the log is harmless; do not restart the worker.',
    ];
    assert.deepEqual(cats(...notice), []);
    // The author's own words about telling people still count.
    assert.deepEqual(cats(...section('What went wrong', '- We did not communicate the maintenance window to the mirrors.')), ['communication_breakdown']);
  });

  it('reads a fix made quietly as no silent failure of a tool', () => {
    assert.deepEqual(cats(...section('Root cause', 'A flaw that could truncate exports was found and silently patched in the next build.')), []);
    assert.deepEqual(cats(...section('Root cause', 'The nightly export job failed silently for a week.')), ['tooling_failure']);
  });
});

describe('facts: a failure nobody saw for days', () => {
  const cats = (heading: string, ...lines: string[]) =>
    facts(section(heading, ...lines))
      .causes.categories.map((c) => c.category)
      .sort();

  it('reads a failure that went undetected for a while, or a part left unmonitored, as a tooling failure', () => {
    assert.deepEqual(cats('What happened', 'The backup disk failed undetected for nine days before the restore.'), ['tooling_failure']);
    assert.deepEqual(cats('What happened', 'Quiet corruption that had gone unnoticed since the March move took the index down.'), ['tooling_failure']);
    assert.deepEqual(cats('What happened', 'The mail relay is run by the host, so it is unmonitored on our side.'), ['tooling_failure']);
    // A failure seen at once is none.
    assert.deepEqual(cats('What happened', 'The backup disk failed at noon and the alert came a minute later.'), []);
  });
});

describe('facts: a check that looked elsewhere, missed it, or still said all was well', () => {
  const cats = (heading: string, ...lines: string[]) =>
    facts(section(heading, ...lines))
      .causes.categories.map((c) => c.category)
      .sort();

  it('reads a check blind to what broke as a tooling failure', () => {
    assert.deepEqual(cats('What happened', 'The liveness probe on the queue host never looked at the consumer lag, so the stall stayed green.'), [
      'tooling_failure',
    ]);
    assert.deepEqual(cats('What happened', 'Our uptime monitor does not check whether the widget renders, only that the page answers.'), ['tooling_failure']);
    assert.deepEqual(cats('Detection', 'The synthetic alarms missed the outage completely; a partner emailed us.'), ['tooling_failure']);
    assert.deepEqual(cats('What happened', 'The replica however kept reporting healthy while it served stale rows for an hour.'), ['tooling_failure']);
    assert.deepEqual(cats('What happened', 'The gateway still answered OK to the balancer after its upstream had died.'), ['tooling_failure']);
  });

  it('does not read a check that worked, a recovery, or people who did not check, as one', () => {
    assert.deepEqual(cats('What happened', 'By 10:40 every region reported normal traffic again.'), []);
    assert.deepEqual(cats('What happened', 'The alarm fired within a minute and the on-call engineer looked at the lag graph.'), []);
    assert.deepEqual(cats('What happened', 'We missed the train home that night, but the fix held.'), []);
    assert.deepEqual(cats('What happened', 'After the alert, the shoppers never checked out their carts.'), []);
  });
});

describe('facts: hands-on work is no process gap', () => {
  const cats = (heading: string, ...lines: string[]) =>
    facts(section(heading, ...lines))
      .causes.categories.map((c) => c.category)
      .sort();

  it('does not read hands-on work at a site as a process gap', () => {
    assert.deepEqual(cats('What happened', 'Swapping the failed board needed manual intervention by the colocation staff.'), []);
    assert.deepEqual(cats('Lessons', 'Scripted rollouts cut down manual intervention on the routers.'), []);
    // A manual routine told as how the work is done still is one.
    assert.deepEqual(cats('Root cause', 'Certificates are renewed through a manual process that nobody owns.'), ['process_gap']);
  });
});

describe('facts: an old fault a change now fixes is no factor', () => {
  const cats = (heading: string, ...lines: string[]) =>
    facts(section(heading, ...lines))
      .causes.categories.map((c) => c.category)
      .sort();

  it('does not read a setting a release now honours, once dropped without a word, as a tooling failure', () => {
    assert.deepEqual(cats('Changes', '- The retry limit for queue clients, previously silently ignored, is now applied.'), []);
    assert.deepEqual(cats('Changes', '- Pool sizes set in the URL are honoured; they used to be silently discarded.'), []);
    // Something that failed without a sound during the incident still is one.
    assert.deepEqual(cats('What happened', 'The upload worker silently dropped every third batch for two days.'), ['tooling_failure']);
  });
});

describe('facts: a failure the team did not find on its own', () => {
  const cats = (heading: string, ...lines: string[]) =>
    facts(section(heading, ...lines))
      .causes.categories.map((c) => c.category)
      .sort();

  it('reads detection told as too slow, found through users, or a call for better monitoring as a tooling failure', () => {
    assert.deepEqual(cats('Lessons', 'Our time to detect the stalled exports was far too long.'), ['tooling_failure']);
    assert.deepEqual(cats('Lessons', 'Detection time on the billing queue was again too high.'), ['tooling_failure']);
    assert.deepEqual(cats('What happened', 'The broken thumbnails were not spotted until the next release.'), ['tooling_failure']);
    assert.deepEqual(cats('What happened', 'In the end it was our readers who let us know the search page was empty.'), ['tooling_failure']);
    assert.deepEqual(cats('Lessons', "We'd like far better observability of the import workers."), ['tooling_failure']);
    assert.deepEqual(cats('Lessons', 'We need much better queue monitoring before the next launch.'), ['tooling_failure']);
    assert.deepEqual(cats('Lessons', 'A pager alert would have warned us within minutes.'), ['tooling_failure']);
    assert.deepEqual(cats('Detection', 'Several clients eventually notified us by email.'), ['tooling_failure']);
  });

  it('does not read detection that worked, users told by us, or a plan without a gap as one', () => {
    assert.deepEqual(cats('Lessons', 'Our time to detect was four minutes, well within the target.'), []);
    assert.deepEqual(cats('What happened', 'We told users about the maintenance window a week ahead.'), []);
    assert.deepEqual(cats('What happened', 'The team members told us the deploy looked fine.'), []);
    assert.deepEqual(cats('What happened', 'The corrupt rows were discovered at 09:10 by the nightly audit.'), []);
    assert.deepEqual(cats('Lessons', 'We need to rotate the signing keys every year.'), []);
  });
});

describe('facts: two parts that do not agree', () => {
  const cats = (heading: string, ...lines: string[]) =>
    facts(section(heading, ...lines))
      .causes.categories.map((c) => c.category)
      .sort();

  it('reads a mismatch or disagreement between parts, or parts that write different formats, as a design weakness', () => {
    assert.deepEqual(cats('Root cause', 'The new worker image and the old scheduler had a mismatch between their job payloads.'), ['design_weakness']);
    assert.deepEqual(cats('What happened', 'Sync halted on a disagreement between the indexer and the gateway about a block digest.'), ['design_weakness']);
    assert.deepEqual(cats('Root cause', 'The exporter and the importer write different date formats, so half the rows were refused.'), ['design_weakness']);
    assert.deepEqual(cats('Root cause', 'Both clients used a different wire encoding for the same field.'), ['design_weakness']);
  });

  it('does not read a difference that is no fault, or two things named together without a mismatch, as one', () => {
    assert.deepEqual(cats('What happened', 'We compared the two dashboards and found no gap between them.'), []);
    assert.deepEqual(cats('Resolution', 'The team picked a different colour for the status banner.'), []);
    assert.deepEqual(cats('What happened', 'The meeting was moved between the two standups.'), []);
  });
});

describe('facts: what the team did not know of how a part works', () => {
  const cats = (heading: string, ...lines: string[]) =>
    facts(section(heading, ...lines))
      .causes.categories.map((c) => c.category)
      .sort();

  it('reads a team unaware of a part’s model, limits or needs as a process gap', () => {
    assert.deepEqual(cats('Root cause', 'The squad that wrote the importer was unaware of the broker’s fair-share rules.'), ['process_gap']);
    assert.deepEqual(cats('Root cause', 'When we shipped the first build we did not realize the need for a version field.'), ['process_gap']);
    assert.deepEqual(cats('Lessons', 'Developers were not aware of the cache’s eviction semantics.'), ['process_gap']);
    assert.deepEqual(cats('Lessons', 'New engineers did not know which pool they should use for long jobs.'), ['process_gap']);
  });

  it('does not read events nobody knew of yet, or a part that does not know, as one', () => {
    assert.deepEqual(cats('Impact', 'We are not aware of a single misuse of the leaked key so far.'), []);
    assert.deepEqual(cats('What happened', 'We did not know when the outage began until we read the logs.'), []);
    assert.deepEqual(cats('What happened', 'The proxy was not aware of the new limits until it reloaded.'), []);
  });
});

describe('facts: a step taken on a wrong reading', () => {
  const cats = (heading: string, ...lines: string[]) =>
    facts(section(heading, ...lines))
      .causes.categories.map((c) => c.category)
      .sort();

  it('reads a person who misread what was in front of them, or did a step wrongly, as a human action', () => {
    assert.deepEqual(cats('What happened', 'Misreading the confirmation dialog, I approved the purge of every bucket.'), ['human_action']);
    assert.deepEqual(cats('What happened', 'The operator misread the node name and drained the primary.'), ['human_action']);
    assert.deepEqual(cats('What happened', 'We wrongly pointed the release branch at last week’s build.'), ['human_action']);
    assert.deepEqual(cats('Root cause', 'She mistakenly selected the production project in the console.'), ['human_action']);
  });

  it('does not read a program that misreads input, or a value set wrongly by a tool, as one', () => {
    assert.deepEqual(cats('What happened', 'The parser misread the header of the new files.'), []);
    assert.deepEqual(cats('What happened', 'The proxy wrongly set the cache header on every reply.'), []);
    assert.deepEqual(cats('What happened', 'Misread meter values were corrected in the next batch.'), []);
  });
});

describe('facts: a renewal left to someone’s memory', () => {
  const cats = (heading: string, ...lines: string[]) =>
    facts(section(heading, ...lines))
      .causes.categories.map((c) => c.category)
      .sort();

  it('reads a renewal, a rotation or the card on an account a person forgot as a process gap', () => {
    assert.deepEqual(cats('Root cause', 'Nobody remembered the date: we never renewed the wildcard certificate.'), ['process_gap']);
    assert.deepEqual(cats('Root cause', 'The registrar kept mailing reminders; I never updated the card they charge.'), ['process_gap']);
    assert.deepEqual(cats('Root cause', 'Someone neglected to rotate the deploy key before it lapsed.'), ['process_gap']);
  });

  it('does not read a renewal a tool failed at, one done on time, or a bill someone forgot to pay, as one', () => {
    // Forgetting to pay is the person's action (read as such); the renewal routine is what has no process.
    assert.deepEqual(cats('What happened', 'I forgot to pay the invoice for the spare host.'), ['human_action']);
    assert.deepEqual(cats('What happened', 'The certificate was renewed on Monday as planned.'), []);
    assert.deepEqual(cats('What happened', 'We renewed the lease for the rack in March.'), []);
    assert.deepEqual(cats('What happened', 'The renewal job did not renew the certificate.'), []);
  });
});

describe('facts: outside input that reaches a command unchecked', () => {
  const cats = (heading: string, ...lines: string[]) =>
    facts(section(heading, ...lines))
      .causes.categories.map((c) => c.category)
      .sort();

  it('reads un-sanitized input or an injection flaw as a design weakness', () => {
    assert.deepEqual(cats('Root cause', 'Unsanitised branch names were passed straight to the build shell.'), ['design_weakness']);
    assert.deepEqual(cats('Root cause', 'The upload form had an injection flaw in its filename handling.'), ['design_weakness']);
    assert.deepEqual(cats('Root cause', 'A SQL injection in the search endpoint exposed the orders table.'), ['design_weakness']);
  });

  it('does not read sanitized input, or the word injection for something else, as one', () => {
    assert.deepEqual(cats('What happened', 'The form sanitizes every field before it reaches the shell.'), []);
    assert.deepEqual(cats('What happened', 'A fresh injection of funds let us buy two more servers.'), []);
  });
});

describe('facts: a step of the routine left out', () => {
  const cats = (heading: string, ...lines: string[]) =>
    facts(section(heading, ...lines))
      .causes.categories.map((c) => c.category)
      .sort();

  it('reads a deploy done without its script, steps or migration as a process gap', () => {
    assert.deepEqual(cats('Root cause', 'The box was rebooted onto the new tag without running the install script.'), ['process_gap']);
    assert.deepEqual(cats('Root cause', 'The reporting column shipped without a matching migration.'), ['process_gap']);
    assert.deepEqual(cats('Root cause', 'The hotfix went out without following the release checklist.'), ['process_gap']);
    assert.deepEqual(cats('Root cause', 'In the rush we never ran the upgrade playbook.'), ['process_gap']);
    assert.deepEqual(cats('Root cause', 'The on-call engineer failed to follow the rollout steps for the cache tier.'), ['process_gap']);
  });

  it('does not read work done without a step it did not need, or a script that ran, as one', () => {
    assert.deepEqual(cats('What happened', 'The cache warmed up without any help from us.'), []);
    assert.deepEqual(cats('What happened', 'We applied the schema change by running the migration script at 10:02.'), []);
  });
});

describe('facts: a check whose reach is narrow', () => {
  const cats = (heading: string, ...lines: string[]) =>
    facts(section(heading, ...lines))
      .causes.categories.map((c) => c.category)
      .sort();

  it('reads a check, test plan or probe told as covering only part of what broke as a tooling failure', () => {
    assert.deepEqual(cats('Root cause', 'The smoke test suite only exercises the login page.'), ['tooling_failure']);
    assert.deepEqual(cats('Root cause', 'Our price guard compares the two feeds only with each other, never with the spot rate.'), ['tooling_failure']);
    assert.deepEqual(cats('Root cause', 'The uptime probe checks just the status code, not the body.'), ['tooling_failure']);
  });

  it('does not read tests that found a bug, or tests run only at a later time, as one', () => {
    assert.deepEqual(cats('What happened', 'The soak tests found a leak that only shows under load.'), []);
    assert.deepEqual(cats('What happened', 'We ran the tests only after the freeze, as planned.'), []);
  });
});

describe('facts: a step only one person could take', () => {
  const cats = (heading: string, ...lines: string[]) =>
    facts(section(heading, ...lines))
      .causes.categories.map((c) => c.category)
      .sort();

  it('reads a change only the owner or one admin could make as a process gap', () => {
    assert.deepEqual(cats('What happened', 'A higher plan limit could only be approved by its owner, then asleep abroad.'), ['process_gap']);
    assert.deepEqual(cats('What happened', 'The DNS record can only be changed by one administrator.'), ['process_gap']);
  });

  it('does not read a rule that anyone on the team may follow, or a step done by the owner, as one', () => {
    assert.deepEqual(cats('What happened', 'The restart can be done by anyone on the rota.'), []);
    assert.deepEqual(cats('What happened', 'The limit was raised by the account owner within the hour.'), []);
  });
});

describe('facts: a behaviour the documentation did not tell', () => {
  const cats = (heading: string, ...lines: string[]) =>
    facts(section(heading, ...lines))
      .causes.categories.map((c) => c.category)
      .sort();

  it('reads a behaviour never called out in the docs or release notes as a communication breakdown', () => {
    assert.deepEqual(cats('Root cause', 'The export skips archived rows, which was never mentioned in the API docs.'), ['communication_breakdown']);
    assert.deepEqual(cats('Root cause', 'The new default was not highlighted in the release notes for 4.2.'), ['communication_breakdown']);
  });

  it('does not read a behaviour the docs do state, or docs still to write, as one', () => {
    assert.deepEqual(cats('What happened', 'The limit is called out in the API reference, and the client honours it.'), []);
    assert.deepEqual(cats('Lessons', 'The new flag will be explained in the upgrade guide.'), []);
  });
});

describe('facts: monitoring muted, told of a host with dots in its name', () => {
  const cats = (heading: string, ...lines: string[]) =>
    facts(section(heading, ...lines))
      .causes.categories.map((c) => c.category)
      .sort();

  it('reads alerts for a named host, partly or wholly silenced, as a tooling failure', () => {
    assert.deepEqual(cats('What happened', 'Alerts for shop.example.org and api.example.org were largely muted that week.'), ['tooling_failure']);
    assert.deepEqual(cats('What happened', 'The checks on db2.internal had been temporarily disabled for the move.'), ['tooling_failure']);
  });

  it('does not read a sentence end between the check and the words after it as one', () => {
    assert.deepEqual(cats('What happened', 'We ran the checks. Later the noisy cron mail was disabled by request.'), []);
  });
});

describe('facts: a trigger the title names and the story does not', () => {
  const trigger = (...lines: string[]) => facts(lines).causes.trigger?.trigger ?? null;

  it('reads the trigger the story tells, not what the title says people saw', () => {
    const story = [
      '## Root cause',
      '',
      'The queue of builds stalled at noon.',
      'Every runner waited on the old pool.',
      'A faulty configuration of the autoscaler had sent them there.',
    ];
    assert.equal(trigger('# Host failure on the build farm', '', ...story), 'configuration');
    // The title still opens the story where the story tells the same trigger.
    assert.equal(trigger('# Broken config for the build farm', '', ...story), 'configuration');
  });

  it('still names the trigger from the title where the story names none', () => {
    assert.equal(trigger('# Network outage at the office', '', '## Summary', '', 'Nobody could reach the wiki for an hour.'), 'infrastructure');
  });

  it('reads a configuration told as faulty, broken or erroneous as a configuration trigger', () => {
    assert.equal(trigger(...section('Root cause', 'An erroneous setting in the proxy dropped half of the requests.')), 'configuration');
    assert.equal(trigger(...section('Root cause', 'The runners booted with a broken config and never joined the pool.')), 'configuration');
  });
});

describe('facts: a trigger the author rules out', () => {
  const trigger = (...lines: string[]) => facts(lines).causes.trigger?.trigger ?? null;

  it('names no trigger the author rules out as unrelated to the incident, wherever else it is named', () => {
    const story = (denial: string) => [
      '# Ledger stalled',
      '',
      '## Summary',
      '',
      'The ledger was upgraded to the new storage engine that week; read more about the upgrade on the blog.',
      '',
      '## Root cause',
      '',
      'The two ledger nodes lost sight of each other.',
      denial,
    ];
    assert.equal(trigger(...story('The stall has nothing to do with the upgrade; the timing is chance.')), null);
    assert.equal(trigger(...story('We ruled out the upgrade early on.')), null);
    assert.equal(trigger(...story('It was not caused by the upgrade.')), null);
    // Without the denial the upgrade named in the summary still counts.
    assert.equal(trigger(...story('Both had to be restarted by hand.')), 'change');
    // A comparison ("rather than") rules nothing out.
    assert.equal(trigger(...story('We restarted them one by one rather than after the upgrade.')), 'change');
  });
});

describe('facts: the later steps of the recovery', () => {
  const cats = (...lines: string[]) =>
    facts(lines)
      .causes.categories.map((c) => c.category)
      .sort();
  const timeline = (...rows: string[]) => ['# T', '', '## Timeline', '', '| Time | Event |', '| --- | --- |', ...rows];

  it('reads no factor from the mitigation attempts that follow the first, and still reads the failure told before them', () => {
    const rows = [
      '| 09:00 | The batch queue stops draining |',
      '| 09:20 | Mitigation attempt 1: traffic failed over to the second region |',
      '| 09:50 | Mitigation attempt 2: paused the importer, which had never been tested against a full queue |',
    ];
    assert.deepEqual(cats(...timeline(...rows)), []);
    // The same words before any mitigation tell what went wrong.
    assert.deepEqual(cats(...timeline('| 08:40 | The importer, which had never been tested against a full queue, fell over |', ...rows.slice(0, 2))), [
      'process_gap',
    ]);
  });

  it("still reads a person's act told in a resolution section: a recovery section often tells the cause too", () => {
    assert.deepEqual(cats(...section('Resolution', 'The operator manually deleted the lock files of running workers, which had stopped the queue.')), [
      'human_action',
    ]);
    assert.deepEqual(cats(...section('Root cause', 'The operator manually deleted the lock files of running workers.')), ['human_action']);
  });
});

describe('facts: a slip told as an oversight or as an act done unaware of its error, and a fault people did not see', () => {
  const cats = (...lines: string[]) =>
    facts(lines)
      .causes.categories.map((c) => c.category)
      .sort();

  it('reads an oversight told as what happened, or an act done unaware of the error it carried, as a human action', () => {
    assert.deepEqual(
      cats(...section('Root cause', 'While we moved the backups to the new scheduler, an oversight occurred and two buckets were dropped from the list.')),
      ['human_action'],
    );
    assert.deepEqual(cats(...section('Timeline', '- 10:02 Priya merges the proxy rules, unaware that a typo in the rules would block the login path.')), [
      'human_action',
    ]);
    // Oversight as supervision, or a gap in a product told as an oversight, is no one's act.
    assert.deepEqual(cats(...section('Notes', 'The board keeps oversight of the budget for the mirrors.')), []);
    assert.deepEqual(cats(...section('Q&A', 'Leaving the export button out of the first version was an honest oversight.')), []);
  });

  it('reads a fault that went unnoticed by people for a time as a tooling failure', () => {
    assert.deepEqual(cats(...section('What went wrong', 'The monitor mailed a single inbox, and the problem went unnoticed by the team for six hours.')), [
      'tooling_failure',
    ]);
  });
});

describe('facts: a chain of whys that ends at a process', () => {
  const cats = (...lines: string[]) =>
    facts(lines)
      .causes.categories.map((c) => c.category)
      .sort();
  const chain = (last: string) => [
    '# T',
    '',
    '## Root cause',
    '',
    '1. Why did the shop go offline? The cache node was restarted at noon.',
    '2. Why was it restarted? The weekly patch round restarts every node.',
    `3. Why did the patch round take the cache node too? ${last}`,
  ];

  it('reads a process gap from the last answer when it names a process, with no word of a gap', () => {
    assert.deepEqual(cats(...chain('The patching runbook lists the cache hosts like any other host.')), ['process_gap']);
    assert.deepEqual(cats(...chain('Changes to the patch list go in after a review by one maintainer.')), ['process_gap']);
  });

  it('reads none when the last answer is about the system, or about a person', () => {
    assert.deepEqual(cats(...chain('The cache node keeps every session in memory.')), []);
    // A person at the end of the chain is their act, not a process.
    assert.deepEqual(cats(...chain('The engineer forgot to take it off the list.')), ['human_action']);
    // The same words outside a chain of whys name nothing.
    assert.deepEqual(cats(...section('Root cause', 'The patching runbook lists the cache hosts like any other host.')), []);
  });
});

describe('facts: automation that fired when nobody meant it to', () => {
  const cats = (...lines: string[]) =>
    facts(lines)
      .causes.categories.map((c) => c.category)
      .sort();

  it('reads a pipeline, job or bot told as set off unexpectedly or by accident as a tooling failure', () => {
    assert.deepEqual(cats(...section('Contributing factors', '- The staging deploy workflow was unexpectedly triggered by a draft branch')), [
      'tooling_failure',
    ]);
    assert.deepEqual(cats(...section('What went wrong', 'The nightly cleanup job was accidentally started during the backup window.')), ['tooling_failure']);
    // A pipeline that ran as planned tells nothing missing.
    assert.deepEqual(cats(...section('What happened', 'The deploy workflow was triggered by the merge and finished in ten minutes.')), []);
  });
});

describe('facts: a check told as missing with what it was for', () => {
  const cats = (...lines: string[]) =>
    facts(lines)
      .causes.categories.map((c) => c.category)
      .sort();

  it('reads no tests, checks or alarms that would have warned, caught or flagged it as a tooling failure', () => {
    assert.deepEqual(cats(...section('Root cause', 'The index filled the disk; there were no disk checks nor usage alarms to warn anyone.')), [
      'tooling_failure',
    ]);
    assert.deepEqual(cats(...section('What went wrong', 'We had no smoke tests in place to catch a broken login page.')), ['tooling_failure']);
  });
});
