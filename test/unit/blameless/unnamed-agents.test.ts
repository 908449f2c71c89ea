import { strict as assert } from 'node:assert';
import { mayHoldHits } from '../../../server/src/analysis/model/blameless/index';
import { check } from '../../../server/src/analysis/engine/engine';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import * as lexicon from '../../../server/src/analysis/model/blameless/lexicon';
import { runOurs } from '../../fixtures/blameless/load';
import { timedDetect } from '../../support/blameless-timing';

/**
 * Blame by someone who is not a known name (issue 14): an unnamed person, a role, a handle, a
 * team, an organisation or management, judged by a manner phrase, a character word, a
 * responsibility phrase or a plain fault verb. Every sentence here is our own.
 */
const BLAME: Record<string, string[]> = {
  'unnamed or role agents with a fault verb': [
    'Someone edited the hosts file by hand and broke the deploy.',
    'Somebody changed the firewall rules on Friday and broke the VPN.',
    'The engineer restarted every node at once and broke the quorum.',
    'The on-call silenced the alert and missed the second page.',
    'Management ignored the capacity warnings for two quarters.',
    '@ravi-ops pushed the hotfix straight to main and broke the build.',
    'The payments team skipped the canary and caused the outage.',
    'Acme Corp abandoned their responsibilities as our DNS provider.',
    // An organisation written in capitals: "their" shows it is people.
    'Long after launch, ACME & XYZ had seemingly abandoned their responsibilities.',
    'NCP neglected their obligations under the support contract',
    'Their manager did not take accountability once.',
    'Our hosting vendor never took responsibility for the lost orders.',
    'The vendor took no accountability for the week of downtime.',
    'Example Inc. refused to engage with our support tickets for a week.',
    'The vendor refused to cooperate when we asked for their logs.',
    'The contractor shirked his duties during the migration.',
    'The developer opening the change misjudged how many users it touched.',
    'Why did the reviewer forget to run the integration suite?',
    'The operator was not aware that the flag also disabled backups.',
    'She made the change in the console, and did not update the Terraform state.',
    'The release manager saw the warning but did not respond to it.',
  ],
  'manner phrases': [
    'The engineer errantly deleted the production bucket.',
    'Someone carelessly pasted the token into a public channel.',
    '@lena merged the migration without checking the lock timeout.',
    'The DBA ran the script without being thorough about the target host.',
    'In an act of laziness, the admin reused the staging password.',
    'The on-call hastily rolled back the wrong release.',
    'The intern blindly copied the command from an old wiki page.',
    'The admin lazily reused the old firewall config for the new subnet.',
    'The operator did not adequately test the new failover script.',
    'The consultant did not follow a reasonable change procedure, nor did he properly review the diff.',
    'The platform team did not properly validate the certificate chain.',
  ],
  'character words': [
    'An inexperienced engineer was given root on the database hosts.',
    'The inexperienced on-call did not know where the runbook was.',
    'Greedy management cut the SRE budget in half.',
    'The vendor was greedy and sold the same capacity twice.',
    'The new contractor was incompetent.',
    'Our hosting vendor was arrogant about their uptime.',
    'The reviewers were complacent and approved it in a minute.',
    'We were tired and unprepared for a second outage.',
  ],
  'lapses admitted by the authors': [
    'We did not test how long the backfill takes on a full table.',
    'We also failed to tell our users about the maintenance window.',
    'This was a planning failure on our side.',
    'Part of this was an honest oversight while we rushed the launch.',
    'Running the resize during peak traffic was unwise.',
    'The regression was not caught in staging by the release team.',
    'Why was the blast radius misjudged?',
    'The outage came from a lack of care in the rollout.',
    'It was a rookie mistake on a busy afternoon.',
    'Despite being warned, the on-call restarted the primary.',
    'The admin simply did not do their job that weekend.',
    'The new hire did not know what he was doing in the console.',
    'The contractor took it upon himself to resize the volume.',
    'The release manager should never have approved the change.',
    'The engineer showed poor judgement in skipping the canary.',
    'Inexperience with the queue led the team to drop the wrong topic.',
    'A rogue engineer wiped the staging cluster.',
    'The vendor is responsible for this mess.',
  ],
  'a person who added or introduced the faulty change': [
    'This is where I introduced a second bug, while fixing the first one.',
    'The developer introduced another regression in the retry path.',
    '@kiran-dev added the broken cron entry on Monday.',
    'The contractor introduced the wrong timeout value in the gateway config.',
  ],
};

const CLEAN: Record<string, string[]> = {
  'neutral attribution of response work': [
    'Sam restarted the service at 14:10 and the errors stopped.',
    'The on-call engineer paged the database team.',
    '@ravi-ops rolled back the release and posted an update.',
    'Someone from the network team joined the call and checked the routes.',
    'The engineer edited the config file and restarted the proxy.',
    'Management approved the extra spend for a second region.',
    'Acme Corp restored the DNS zone within an hour.',
    'We deployed the fix without waiting for the nightly build.',
    'Priya ran the migration without any errors.',
    'The operator was aware of the risk and had a rollback ready.',
  ],
  'lazy evaluation and loading, the technique': [
    'The client lazily loads the plugin list on first use.',
    'Modules are loaded lazily, so the first request after a deploy was slow.',
    'We lazily initialised the connection pool, which hid the error until traffic arrived.',
    'The scheduler lazily evaluates each queue and missed the deadline.',
  ],
  'credit and praise': [
    'Thanks to the on-call engineer, who caught the problem within minutes.',
    'The payments team did a careful and thorough job of the recovery.',
    'Kudos to @lena for spotting the expired certificate.',
  ],
  'accidents and system failures': [
    'The file was removed by accident during the cleanup.',
    'The cron job failed and broke the nightly export.',
    'The load balancer refused to accept new connections.',
    'The identity provider failed to issue tokens for ten minutes.',
    'The CDN neglected its duties as cache: every request went to the origin.',
    'No one took ownership of the alert, so it fired for a week.',
    'We take full responsibility for the outage and its cost to you.',
    'The ETL job took no account of leap seconds.',
    'The replica was not properly configured for failover.',
    'The health check did not adequately cover the write path.',
    'The cache used a greedy eviction policy that dropped hot keys.',
    'A naive retry loop amplified the load on the database.',
    'The scheduler ran the job without checking the lock.',
    'The migration ran without any warnings in staging.',
    'We did not have adequate alerting on disk usage.',
    'We failed to reproduce the crash in staging.',
    'The regression was not caught in staging because the suite skips that path.',
    'The job ran despite the warnings in its log.',
    'The change was not reviewed by a second engineer before it shipped.',
    'A rogue process filled the disk with core dumps.',
    'The index job is responsible for the failure emails.',
    'The tool should never have allowed a change without a plan.',
    'Regulatory oversight of the bank was not affected.',
    'There was no lack of attention to detail in the recovery.',
    'The alert fired, but the dashboard did not update for ten minutes.',
    // A requirement told with two negations, whoever the sentence's subject is.
    'We will add a linter to make sure secrets are not logged without appropriate masking.',
    'The team will ensure exports are never shared without proper consent from the owner.',
  ],
  'changes that introduced or added things, told without a person': [
    'The upgrade introduced a second bug in the exporter.',
    'That release introduced a new regression in the cache.',
    'We added the broken-link checker to the nightly job.',
    'Sam added a test that feeds invalid input to the parser.',
    'We introduced a new alert for the queue depth.',
  ],
  'system framing': [
    'No one owned the certificate renewal, so it lapsed.',
    'The runbook did not say which region to fail over first.',
    'The human error budget for this quarter is not exhausted.',
    'Nobody was notified because the pager rotation was empty.',
    'The process had no step that would catch an inexperienced reviewer approving a risky change.',
  ],
};

describe('blaming-language: blame by people who are not known names', () => {
  for (const [kind, sentences] of Object.entries(BLAME)) {
    it(`reports ${kind}`, () => {
      const missed = sentences.filter((s) => runOurs(s).blame.length === 0);
      assert.deepEqual(missed, [], `not reported:\n${missed.join('\n')}`);
    });
  }
  for (const [kind, sentences] of Object.entries(CLEAN)) {
    it(`leaves alone ${kind}`, () => {
      const flagged = sentences.filter((s) => runOurs(s).blame.length > 0);
      assert.deepEqual(flagged, [], `reported:\n${flagged.join('\n')}`);
    });
  }
});

describe('blameless pre-filter', () => {
  // Blocks without an anchor word are never parsed: every phrase the detector looks for must hold one.
  const lists: Record<string, Iterable<string>> = {
    STRONG_FAULT_PHRASES: lexicon.STRONG_FAULT_PHRASES,
    WEAK_FAULT_PHRASES: lexicon.WEAK_FAULT_PHRASES,
    HUMAN_ERROR_PHRASES: lexicon.HUMAN_ERROR_PHRASES,
    BLAME_CULTURE_PHRASES: lexicon.BLAME_CULTURE_PHRASES,
    CHARACTER_WORDS: lexicon.CHARACTER_WORDS,
    PERSON_CHARACTER_WORDS: lexicon.PERSON_CHARACTER_WORDS,
    MANNER_ADVERBS: lexicon.MANNER_ADVERBS,
    FAULTY_OBJECT: lexicon.FAULTY_OBJECT,
    FAULT_NOUNS: lexicon.FAULT_NOUNS,
    DECISION_WORDS: lexicon.DECISION_WORDS,
    JUDGING_PHRASES: lexicon.JUDGING_PHRASES,
    WEAK_FAULT_NOUNS: lexicon.WEAK_FAULT_NOUNS,
  };
  for (const [name, list] of Object.entries(lists)) {
    it(`lets every entry of ${name} through`, () => {
      const blocked = [...list].filter((phrase) => !mayHoldHits(phrase));
      assert.deepEqual(blocked, []);
    });
  }
  it('lets every adequacy word through after the negation it needs', () => {
    const blocked = [...lexicon.ADEQUACY_WORDS].filter(
      (word) => !mayHoldHits(`was not ${word}`) || !mayHoldHits(`did not ${word}`) || !mayHoldHits(`nor did he ${word}`),
    );
    assert.deepEqual(blocked, []);
  });

  it('lets "without" phrases through and keeps plain prose out', () => {
    assert.ok(mayHoldHits('Ran it without checking.'));
    assert.equal(mayHoldHits('The queue drained at 14:05 and latency returned to normal.'), false);
    assert.equal(mayHoldHits('The crash is in the Slack archive and an advisory.'), false);
  });
});

describe('blaming-language messages', () => {
  const doc = (body: string) => `# Outage of the search API\n\n## Summary\n\n${body}\n`;
  const messages = (text: string, rule = 'blaming-language') =>
    check(text, { path: 'postmortems/x.md', settings: defaultSettings(), now: new Date('2026-03-01T00:00:00Z') })
      .findings.filter((f) => f.ruleId === rule)
      .map((f) => f.message);

  it('says what to write instead, with an example in blameless words', () => {
    for (const sentence of [
      'The engineer errantly deleted the search index.',
      'Someone edited the hosts file by hand and broke the deploy.',
      'An inexperienced engineer was given root on the search hosts.',
      'We should have staged the index change on one host first.',
      'It was a mistake on the part of the DBA.',
    ]) {
      const [message, ...rest] = messages(doc(sentence));
      assert.equal(rest.length, 0, sentence);
      assert.match(message, /instead|ask what/i, sentence);
      assert.match(message, /e\.g\.|for example/i, sentence);
      assert.ok(message.length < 330, `${message.length} characters: ${message}`);
    }
  });

  it('reports hindsight about people once, as blame, and hindsight about systems as a hint', () => {
    const text = doc('We should have staged the index change on one host first. The lag should have been visible on the dashboard.');
    assert.equal(messages(text).length, 1);
    const hints = check(text, { path: 'postmortems/x.md', settings: defaultSettings() }).findings.filter((f) => f.ruleId === 'hindsight-language');
    assert.deepEqual(
      hints.map((f) => text.slice(f.start, f.end)),
      ['should have'],
    );
    assert.ok(hints[0].start > text.indexOf('The lag'));
  });
});

describe('blameless reading of bad input', () => {
  const people = { names: new Set<string>() };
  const timed = (text: string) => timedDetect(text, people);

  it('reads a 50,000-character sentence of fault words in linear time', () => {
    const unit = 'the engineer carelessly and without checking broke it and then someone did not update it and ';
    const small = timed(unit.repeat(Math.ceil(5_000 / unit.length)));
    const large = timed(unit.repeat(Math.ceil(50_000 / unit.length)));
    assert.ok(large.hits.length > small.hits.length);
    // Ten times the text: about ten times the work (CPU time), against a hundred for quadratic
    // work; the 20 ms are for a small text read too fast to time well.
    assert.ok(large.ms < small.ms * 40 + 20, `5,000 characters: ${small.ms.toFixed(0)} ms, 50,000: ${large.ms.toFixed(0)} ms`);
  });

  it('reads mixed scripts without confusing them for people', () => {
    const text = 'Кто-то broke 設定 and 工程师 forgot; المهندس carelessly 削除した the índice, sin revisar. '.repeat(600);
    const { hits, ms } = timed(text);
    assert.ok(ms < 5_000, `${ms} ms`);
    assert.ok(hits.every((h) => h.start >= 0 && h.end <= text.length && h.start < h.end));
  });
});
