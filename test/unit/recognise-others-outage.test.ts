/**
 * A post about someone else's outage (a commentary on a vendor's incident, a news piece, a digest
 * of other teams' reports, a write-up of a talk) shares most words of a post-mortem. What tells it
 * apart is who ran what failed: the account is relayed from an organisation named in the third
 * person ("the provider said", "according to the company's status page", "their write-up"), and
 * the authors tell nothing of it as theirs. A post-mortem that blames its provider tells its own
 * harm beside the provider's words, and stays taken. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { toldOfOthers } from '../../server/src/analysis/model/detect';
import { assertLinear } from '../support/growth';
import { detection, isTaken } from '../support/recognition';

const lines = (...parts: string[]) => parts.join('\n\n') + '\n';
const signs = (story: string[], timeline = '', clocked = '', kinds: string[] = []) => ({ story, timeline, clocked, kinds: new Set(kinds) });

describe("recognising a post about someone else's outage", () => {
  describe('relayed accounts are not taken', () => {
    it("a blogger's commentary on a hosting company's outage, its cause given by the company's report", () => {
      const post = lines(
        '# The Northwind hosting outage on Thursday',
        'On Thursday the Northwind hosting platform went down for most of the morning, and many small shops showed error pages.',
        "According to the company's incident report, the outage was caused by a storage update that was pushed to every cluster at once.",
        'We have covered hosting reliability here for a long time, and this is a classic case of a change with no staged rollout.',
        'The company says it will roll out storage changes one cluster at a time from now on. We will write about staged rollouts next week.',
      );
      assert.equal(detection(post), 'not-a-postmortem');
    });

    it("a news piece whose 'we' is the provider's, in quotation marks", () => {
      const news = lines(
        '# Payment gateway outage hits online shops',
        'A payment gateway failed for three hours on Tuesday, and thousands of shops could not take card payments.',
        '"We are very sorry for the trouble this caused. We have rolled back the release and payments are flowing again," a spokesperson said.',
        'The firm said the outage was caused by a database upgrade.',
      );
      assert.equal(detection(news), 'not-a-postmortem');
    });

    it('the same with curly quotation marks', () => {
      const news = lines(
        '# Payment gateway outage hits online shops',
        'A payment gateway failed for three hours on Tuesday, and thousands of shops could not take card payments.',
        '“We are very sorry for the trouble this caused. We have rolled back the release and payments are flowing again,” a spokesperson said.',
        'The firm said the outage was caused by a database upgrade.',
      );
      assert.equal(detection(news), 'not-a-postmortem');
    });

    it('a note whose authors say they were not hit, though they fixed something of their own after', () => {
      const note = lines(
        '# After the mirror outage',
        'The public package mirror was down for most of Monday and installs failed for many teams.',
        'We were not affected, because our builds use a cache of their own.',
        'Their post-mortem says the outage was caused by a disk array that failed while the failover did not finish.',
        'We still found one nightly job that skipped the cache, and we fixed it. We will repeat the check every month.',
      );
      assert.equal(detection(note), 'not-a-postmortem');
    });

    it("a talk's write-up with a report's outline, the provider's words relayed in its timeline", () => {
      const talk = [
        '# The day the big name server went quiet',
        '',
        'Notes from my talk at the local meetup about a well-known outage of a name server operator.',
        '',
        '## Timeline',
        '',
        '- 10:05 UTC: floods of queries start to reach the servers.',
        '- 10:40 UTC: the provider reports that the first wave is contained.',
        '- 13:15 UTC: a second wave hits more regions.',
        '- 15:00 UTC: the provider says lookups work again for most customers.',
        '',
        '## Root cause',
        '',
        'The provider was flooded by requests from thousands of hijacked home routers.',
        '',
        '## Impact',
        '',
        'Many popular sites could not be reached for hours.',
        '',
        '## Lessons',
        '',
        'A second name server provider is cheap insurance.',
        '',
      ].join('\n');
      assert.equal(detection(talk), 'not-a-postmortem');
    });
  });

  describe('post-mortems that relay a provider stay taken', () => {
    it("a post-mortem that quotes its provider's words and tells its own harm", () => {
      const pm = lines(
        '# Website down on Saturday',
        'On Saturday our website went down for two hours, and customers could not place orders.',
        'We noticed it from our uptime checks and opened a ticket with the hosting company.',
        'The company said the outage was caused by a failed power supply in their rack, and they moved our server to another rack.',
        'We will move to a second region so one rack cannot take us down again.',
      );
      assert.equal(detection(pm), 'content');
    });

    it("a post-mortem that names the provider as its own ('our provider said') is no relay", () => {
      assert.equal(toldOfOthers(signs(['Our provider said the router had crashed.', 'The site was down for an hour.'])), false);
    });

    it('a post-mortem that denies one part was hit and tells another part went down', () => {
      const story = [
        'According to the provider, a switch failed in their data center.',
        'Our database was not affected.',
        'Our web servers went down for forty minutes.',
      ];
      assert.equal(toldOfOthers(signs(story)), false);
    });

    it('an impersonal report that relays its provider and lists its own follow-up work', () => {
      const pm = [
        '# Shop checkout unavailable on 3 May',
        '',
        '## Summary',
        '',
        'Checkout returned errors for two hours in the afternoon of 3 May.',
        '',
        '## Timeline',
        '',
        '- 14:02 error rate alert fires',
        '- 14:20 hosting company reports a power fault in one rack',
        '- 16:05 checkout answers again',
        '',
        '## Root cause',
        '',
        'According to the hosting company, a power supply in the rack failed and the checkout servers lost power.',
        '',
        '## Action items',
        '',
        '- Run checkout in a second rack',
        '- Alert on the power state the host publishes',
        '',
      ].join('\n');
      assert.equal(detection(pm), 'content');
      assert.equal(toldOfOthers(signs(['According to the company, a rack lost power.'], '', '', ['action-items'])), false);
    });

    it("the authors' own fix keeps a relayed cause their incident, when they deny nothing", () => {
      assert.equal(toldOfOthers(signs(['The vendor confirmed a firmware bug in the disks.', 'We patched every node that night.'])), false);
    });
  });

  describe('what the reading weighs', () => {
    it('relays in the timeline or the clocked lines count as in the prose', () => {
      assert.equal(toldOfOthers(signs([], '- 09:00 the provider says it is investigating\n')), true);
      assert.equal(toldOfOthers(signs([], '', '09:00 according to the vendor, the fix is out\n')), true);
    });

    it('a quotation is not the relay itself, nor does it speak for the authors', () => {
      assert.equal(toldOfOthers(signs(['"The company said nothing," I wrote.'])), false);
      assert.equal(toldOfOthers(signs(['"We restored the data," the company said.'])), true);
    });

    it('prose with no relayed account is no refusal', () => {
      assert.equal(toldOfOthers(signs(['The company grew fast last year.', 'Nothing was said.'])), false);
      assert.equal(toldOfOthers(signs([])), false);
    });
  });

  describe('ugly input', () => {
    it('reads odd input without failing', () => {
      assert.doesNotThrow(() => detection('# Outage\r\n\r\nthe provider said\r\n'));
      assert.doesNotThrow(() => detection('"'.repeat(5000)));
      assert.doesNotThrow(() => detection('# x\n\n' + '“the company said '.repeat(2000)));
      assert.equal(isTaken(''), false);
      assert.equal(toldOfOthers(signs(['"unclosed quote: the company said we restored it'])), false);
    });

    it('stays linear on long runs of what it reads', function () {
      this.timeout(120_000);
      const runs = [
        (n: number) => 'the company '.repeat(n),
        (n: number) => 'according to the big old '.repeat(n),
        (n: number) => '"'.repeat(n) + ' the vendor said',
        (n: number) => 'their '.repeat(n) + 'own',
        (n: number) => "x's own ".repeat(n),
        (n: number) => '"x" '.repeat(n) + 'the firm said',
      ];
      for (const make of runs) assertLinear('a relayed account', (n) => signs([make(n * 40)], make(n * 40), make(n * 40)), toldOfOthers, 64);
    });

    it('reads a 200 KB document of relayed words and quotation marks through the engine', function () {
      this.timeout(60_000);
      const text = '# The vendor outage\n\n' + '"We restored it," the vendor said; according to the company, '.repeat(3400);
      assert.ok(text.length > 200_000);
      assert.equal(isTaken(text), false);
    });
  });
});
