import { strict as assert } from 'node:assert';
import { categoriesOf as cats, triggerOf as trigger, withSections } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const doc = withSections('Outage of the billing service');

describe('facts: triggers read from the shape of the sentence', () => {
  it('does not read a cause found late as an unknown cause', () => {
    assert.equal(trigger(...doc(['Summary', 'Its root cause was not identified before the second morning, after two days of tracing.'])), null);
    assert.equal(trigger(...doc(['Summary', 'The root cause was not known for a week; a consultant found it in the end.'])), null);
    // A cause still not found is the unknown trigger.
    assert.equal(trigger(...doc(['Summary', 'The root cause was not identified, and the cluster has run cleanly since.'])), 'unknown');
    assert.equal(trigger(...doc(['Root cause', 'The root cause is not yet known.'])), 'unknown');
    // "That unknown caused a rollback": the word "unknown" before "caused" names no unknown cause.
    assert.equal(trigger(...doc(['Root cause', 'Nobody had tried the new router settings. That unknown caused a rollback of them.'])), null);
    assert.equal(trigger(...doc(['Root cause', 'The outage had an unknown cause; the hosts recovered alone.'])), 'unknown');
  });

  it('does not read a cause excluded on purpose, or told as absent, as the trigger', () => {
    const cause = (line: string) => trigger(...doc(['Root cause', line]));
    assert.equal(cause('We moved the queue to a spare box of the same size to exclude the possibility of a hardware fault.'), null);
    assert.equal(cause('To rule out the possibility that the network was at fault, we re-ran the job in another zone.'), null);
    assert.equal(cause('Despite no hardware failure, the ledger lost an hour of writes to a mistyped cleanup command.'), null);
    assert.equal(cause('despite there being NO network outage,, the sync stalled'), null);
    // Named as the cause, the same words still count.
    assert.equal(cause('A hardware failure took the ledger host down; no deploy had gone out that week.'), 'infrastructure');
  });

  it('reads secrets told as committed or pushed to a repository as a security incident', () => {
    const cause = (line: string) => trigger(...doc(['Root cause', line]));
    assert.equal(cause('A payment API key was accidentally committed to the public repository with the demo settings.'), 'security');
    assert.equal(cause('The .env file with our mail credentials got pushed to GitHub in a config file change.'), 'security');
    assert.equal(cause('PASSWORDS for the staging database were checked in,  plain text, beside the deploy script'), 'security');
    // A rule to keep them out, or a commit that is no secret, tells no exposure.
    assert.equal(cause('A hook now stops secrets from being committed; the outage came from a config file change.'), 'configuration');
    assert.equal(cause('The migration was committed and deployed on Friday, and the writes failed.'), 'change');
  });

  it('does not read an HTTP status named by its reason phrase as a security incident', () => {
    const seen = (line: string) => trigger(...doc(['Summary', line], ['Root cause', line]));
    assert.equal(seen('Every call to the ledger answered with an Unauthorized error after the storage nodes failed.'), 'infrastructure');
    assert.equal(seen('Clients got 401 Unauthorized from the ledger once the storage nodes failed.'), 'infrastructure');
    assert.equal(seen('The gateway returned unauthorized responses (HTTP 403 Unauthorized) once the storage nodes failed.'), 'infrastructure');
    // Access that nobody was allowed is an intrusion, whatever else is told.
    assert.equal(seen('An unauthorized login to the admin console changed the payout account.'), 'security');
    assert.equal(seen('Unauthorized access to the bucket exposed invoices to the internet.'), 'security');
  });

  it("reads an outside party's change to its own systems as a dependency, not our change", () => {
    const cause = (line: string) => trigger(...doc(['Root cause', line]));
    assert.equal(cause('Our mail relay stopped taking messages after they upgraded a component of their platform.'), 'dependency');
    assert.equal(cause('The card processor failed all charges for an hour: they had rolled out a new version of their API.'), 'dependency');
    assert.equal(cause('Lookups failed once they changed something on their end.'), 'dependency');
    // Our own people changing our own systems stay a change.
    assert.equal(cause('The ledger failed after we upgraded a component of our platform.'), 'change');
    assert.equal(cause('The ledger failed after they upgraded the ORM in our codebase.'), 'change');
  });

  it('does not read a quantity pushed up as a change pushed out', () => {
    const cause = (line: string) => trigger(...doc(['Root cause', line]));
    assert.equal(cause('The replay of the backlog pushed disk usage up to 90%, and the broker stalled.'), null);
    assert.equal(cause('The retries pushed the latency past the client timeout.'), null);
    // A commit pushed is a change.
    assert.equal(cause('A commit pushed to the main branch removed the index the query needed.'), 'change');
  });

  it('does not read a spike of a measured time as more demand', () => {
    const cause = (line: string) => trigger(...doc(['Root cause', line]));
    // A time that spiked, or a spike told in seconds, is what the failure looked like, not a load that set it off.
    assert.equal(cause('Commit times on the ledger showed spikes of 8-11 seconds for the whole night, against 2 seconds normally.'), null);
    assert.equal(cause('We saw spikes of up to 900 ms on every replica while the peers were slow to vote.'), null);
    assert.equal(cause('Build times spiked across all runners while the shared cache was unreachable.'), null);
    assert.equal(cause('Several shards reported queue wait time surges of about 4 minutes.'), null);
    // A spike of users, requests or traffic is still demand.
    assert.equal(cause('A spike of 40,000 sign-ups in ten minutes overloaded the login service.'), 'capacity');
    assert.equal(cause('Traffic spiked after the launch email and the web tier ran out of memory.'), 'capacity');
    assert.equal(cause('Requests jumped to 12,000 a second and the gateway could not keep up.'), 'capacity');
  });

  it('reads a bug brought in by a deploy or a release as a change, and not as a design weakness', () => {
    const story = (line: string) => doc(['Root cause', line]);
    assert.equal(trigger(...story('The cause was a defect introduced in a web deploy on Monday.')), 'change');
    assert.equal(trigger(...story('A regression introduced by the 4.2 release broke the invoice export.')), 'change');
    assert.equal(trigger(...story('A defect was introduced with the weekly update of the scheduler.')), 'change');
    assert.deepEqual(cats(...story('The cause was a defect introduced in a web deploy on Monday.')), []);
    // A bug told as sitting in a part is still a weakness of that part; a bug "introduced" to users is not a release.
    assert.deepEqual(cats(...story('A bug in the retry logic let one slow call block the queue.')), ['design_weakness']);
    assert.equal(trigger(...story('Bugs introduced during the workshop were logged for later.')), null);
  });

  it('reads a change applied to production as a change', () => {
    const cause = (line: string) => trigger(...doc(['Why did this happen?', line]));
    assert.equal(cause('- The edits to the storage module were applied straight to production.'), null);
    assert.equal(cause('- The schema patch was applied straight to prod, with no review.'), 'change');
    assert.equal(cause('- Two patches were applied to prod on the same evening.'), 'change');
    // A configuration change stays a configuration trigger; a fix applied is the recovery.
    assert.equal(cause('- A configuration change was applied to production without review.'), 'configuration');
    assert.equal(cause('- The fix was applied to production at noon.'), null);
  });

  it('does not read a vulnerability of the design as an attack', () => {
    const story = (...lines: string[]) => trigger(...doc(['Summary', ...lines]));
    assert.equal(
      story('A misconfiguration of the load balancer dropped half the pool.', 'The failover exposed a design vulnerability in how sessions move.'),
      'configuration',
    );
    assert.equal(
      story('A misconfiguration of the load balancer dropped half the pool.', 'It points to an architectural vulnerability of the session layer.'),
      'configuration',
    );
    // A vulnerability of the software, told as the way in, is still a security incident.
    assert.equal(story('An attacker used a known vulnerability in the upload form.', 'The vulnerability let them read other tenants files.'), 'security');
  });

  it('reads a crashed kernel as a failed host', () => {
    const story = (line: string) => trigger(...doc(['What happened', line]));
    assert.equal(story('The host running the chat bridge hit a kernel panic at night.'), 'infrastructure');
    assert.equal(story('Two of the storage nodes kernel-panicked within a minute of each other.'), 'infrastructure');
    assert.equal(story('The kernel crashed on the database machine during the backup.'), 'infrastructure');
    // Talk about kernels that did not fail names nothing.
    assert.equal(story('We read the kernel changelog while waiting for the logs.'), null);
  });

  it('does not take the trigger from a section on why the incident lasted', () => {
    const lasting = (heading: string) =>
      trigger(
        ...doc(
          ['What happened', 'The database host went down with a power failure in the rack.'],
          [heading, '1. Our hosting provider does not restart machines on its own.', '2. The upstream vendor took hours to answer the ticket.'],
        ),
      );
    assert.equal(lasting('Why was the downtime so long?'), 'infrastructure');
    assert.equal(lasting('Why did recovery take so long?'), 'infrastructure');
    assert.equal(lasting('Why did it take longer to recover than expected?'), 'infrastructure');
    // A section on why it happened is read for the trigger: the dependency it tells competes with the host, and no trigger leads.
    assert.equal(lasting('Why did this happen?'), null);
    // The section's words still tell factors.
    assert.ok(
      cats(
        ...doc(
          ['What happened', 'The database host went down with a power failure in the rack.'],
          ['Why was the downtime so long?', 'No alert fired when the host went down, so nobody was paged until the morning.'],
        ),
      ).includes('tooling_failure'),
    );
  });

  it('stays quick and quiet on ugly input', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    const upgraded = (n: number) => doc(['Root cause', `${'they upgraded '.repeat(n)}their platform`]);
    const unauthorised = (n: number) => doc(['Root cause', `${'unauthorized '.repeat(n)}error`]);
    assert.equal(trigger(...upgraded(5000)), 'dependency');
    assert.equal(trigger(...unauthorised(4000)), 'security');
    assert.equal(trigger(...doc(['Why was it so long so long so long?', '']), ''), null);
    assertLinear('a long run of "they upgraded"', upgraded, (args) => trigger(...args));
    assertLinear('a long run of "unauthorized"', unauthorised, (args) => trigger(...args));
  });

  it('reads no trigger from a name the line writes: a host, an address, a code span, an identifier', () => {
    const cause = (line: string) => trigger(...doc(['Root cause', line]));
    // The service is called after a mirror or a vendor; what happened to it is not said.
    assert.equal(cause('The mirrors.example.org hosts returned stale lists for two hours.'), null);
    assert.equal(cause('Our mirrorlist service returned stale lists for two hours.'), null);
    assert.equal(cause('The `vendor-sync` job returned stale lists for two hours.'), null);
    assert.equal(cause('The upstream_proxy pool returned stale lists for two hours.'), null);
    assert.equal(cause('See https://status.example.com/upstream-mirror for the two hours of stale lists.'), null);
    // Told in words, the same things are triggers; a version number is still a release.
    assert.equal(cause('The upstream mirror we fetch packages from was down for two hours.'), 'dependency');
    assert.equal(cause('Our package mirrors were down for two hours, so every build failed.'), 'dependency');
    assert.equal(cause('The mirrors.example.org hosts returned stale lists after we upgraded them to v2.4.1.'), 'change');
    // A setting in a code span is no name (see the manifest tests); ugly input reads as nothing.
    assert.equal(cause('A_ _b __ x.y. `` ` .com _.org http:// `unterminated upstream'), 'dependency');
  });

  it('reads a configuration switched, updated or rolled out as a configuration trigger', () => {
    const cause = (line: string) => trigger(...doc(['Root cause', line]));
    assert.equal(cause('A configuration switch on the gateway host left the mount unit waiting, and the network stack went with it.'), 'configuration');
    assert.equal(cause('The proxy went down after a config update that pointed it at a missing directory.'), 'configuration');
    // Look-alike: a switch of hosts with no configuration named is no configuration trigger.
    assert.notEqual(cause('The switch to the new hosts failed when one of them lost its disk.'), 'configuration');
  });

  it('does not read traffic told as non-malicious, or only suspected of it, as an attack', () => {
    const seen = (line: string) => trigger(...doc(['Summary', line], ['Root cause', line]));
    // A provider's filter blocked traffic it wrongly took for an attack: the provider set it off.
    assert.equal(seen('Our hosting provider blocked the resolver: its filter flagged our non-malicious lookups as an attack.'), 'dependency');
    assert.equal(seen('The hosting provider suspended the server over possibly malicious traffic that was our own sync.'), 'dependency');
    assert.equal(seen('A config update to the proxy, meant to catch potentially malicious requests, dropped every upload.'), 'configuration');
    // Traffic told as malicious is still an attack.
    assert.equal(seen('Malicious requests from a botnet filled the queue and took the API down.'), 'security');
    // Ugly input: the word negated twice, run together, or alone between dashes (a plain mention).
    assert.equal(seen('non-non-malicious not malicious nonmalicious'), null);
    assert.equal(seen('-malicious- -malicious-'), 'security');
  });

  it("reads access tied to one person's account, lost when the account went, as a configuration trigger", () => {
    const storage = withSections('Photo storage outage');
    const seen = (line: string) => trigger(...storage(['Cause', line]));
    assert.equal(seen("The bucket's API keys were tied to a staff member's account, which offboarding removed."), 'configuration');
    assert.equal(seen('Upload tokens stopped working once the user account was deleted during offboarding.'), 'configuration');
    // An attack that used such a token is still an attack.
    assert.equal(
      trigger(
        ...storage(
          ['Summary', 'An attacker stole a token and published a malicious build.'],
          ['Cause', "The stolen token was tied to a maintainer's account; the attacker used it twice."],
        ),
      ),
      'security',
    );
    // Keys of a service account are no person's; ugly input names nothing, and only the title is left.
    assert.notEqual(seen('The keys are tied to the service account and were never at fault; the disks failed.'), 'configuration');
    assert.equal(seen("keys keys were tied to to a a user's's account account"), 'infrastructure');
  });

  it('does not read a word that only starts with "full" ("fully expected") as a store that was full', () => {
    const mail = withSections('Mail relay outage');
    const more = 'The outage led to increased volumes of junk mail for many readers.';
    const seen = (line: string) => trigger(...mail(['Summary', more], ['Root cause', line]));
    assert.equal(seen('The traffic that was flagged was fully expected, yet the hosting provider blocked our host on a false positive.'), 'dependency');
    // A queue or a disk that was full, with more demand told, is still the capacity trigger.
    assert.equal(seen('The mail queue was full and new messages bounced.'), 'capacity');
    // Ugly input: the word run together or grown longer, with no demand told beside it.
    assert.notEqual(trigger(...mail(['Root cause', 'was fullyfully was fullness is fuller'])), 'capacity');
  });
  it('does not read a place, a load pushed to its limit or vendored files as what set the incident off', () => {
    const queue = withSections('Queue stall');
    const seen = (line: string) => trigger(...queue(['Root cause', line]));
    // A data centre named as where the tenants live is a place.
    assert.equal(seen('Some tenants hosted on the North Sea data centre saw timeouts.'), null);
    assert.equal(seen('A power failure in one hall cut the data centre off.'), 'infrastructure');
    // Load pushed to its limit, or traffic pushed through a link, is no deploy.
    assert.equal(seen('More workers used more memory and pushed the swap usage to the limit.'), null);
    assert.equal(seen('All the retries were pushed through one small link.'), null);
    assert.equal(seen('We pushed the new queue code to production that morning.'), 'change');
    // Files vendored into a package are our own, not a third party.
    assert.equal(seen('By mistake the package shipped its vendor directory, making it huge.'), 'change');
    assert.equal(seen('The vendor had an outage in their login service.'), 'dependency');
  });
});
