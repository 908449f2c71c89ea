import { strict as assert } from 'node:assert';
import { categoriesOf as cats, triggerOf as trigger, withSections } from '../../support/causes';

const doc = withSections('Outage of the ticket desk');

describe('facts: words read apart from the topic or the trigger they look like', () => {
  it('does not read logs where the story was seen as a failure of the tooling', () => {
    const steps = [
      '1. The worker was not coming up again, and these logs were seen on its console:',
      '2. We pinned the old image; it did not help, and a handful of errors in the logs said the same.',
      '3. Nothing else was wrong: the messages seen in the system logs matched the first ones.',
    ];
    assert.deepEqual(cats(...doc(['What happened', ...steps])), []);
    // Logs told as the gap still name the tooling.
    assert.deepEqual(
      cats(...doc(['What happened', 'No logs were kept by the worker, so the failure was not visible.', 'We had no logging for the queue either.'])),
      ['tooling_failure'],
    );
    assert.deepEqual(
      cats(...doc(['What happened', 'There were no errors in the logs while the queue was not draining.', 'We could not tell from the logs.'])),
      ['tooling_failure'],
    );
  });

  it('reads "in the process of …ing" as a time, not a process', () => {
    const story = [
      'In the process of tidying the user list, the service account was dropped and could not post.',
      'We were in the process of rotating keys when the signer did not answer.',
    ];
    assert.deepEqual(cats(...doc(['What happened', ...story])), []);
    // A process named as such, with its gap, is still one.
    assert.deepEqual(cats(...doc(['What happened', 'There was no process for tidying the user list.', 'The review process was not followed.'])), [
      'process_gap',
    ]);
  });

  it('reads a nameserver switch and a DNS record by its type as configuration', () => {
    assert.equal(trigger(...doc(['Root cause', 'After the nameserver switch, two hosts had no CNAME record in the new zone.'])), 'configuration');
    assert.equal(trigger(...doc(['Root cause', 'We switched over to the new nameservers before every host was listed.'])), 'configuration');
    assert.equal(trigger(...doc(['Root cause', 'The zone still held an old A record that sent half the lookups to a retired box.'])), 'configuration');
    // A sentence that opens "A record of …" names no DNS record.
    assert.equal(trigger(...doc(['Root cause', 'A record of the outage is kept in the wiki.'])), null);
    assert.equal(trigger(...doc(['Root cause', 'a records clerk filed the ticket.'])), null);
  });

  it('lets a change count on the line of an expiry, so an expiry left by an upgrade is no sure configuration', () => {
    const expiryAfterUpgrade = doc(
      ['Summary', 'The signing certificate expired and every login failed. It was not renewed after a controller chart upgrade in the spring.'],
      ['Root cause', 'The controller was upgraded in March, and the new chart left its old certificate behind.', 'That certificate expired on 2 June.'],
    );
    assert.equal(trigger(...expiryAfterUpgrade), null);
    // An expiry told alone is still a configuration trigger.
    assert.equal(
      trigger(
        ...doc(
          ['Summary', 'The signing certificate expired and every login failed.'],
          ['Root cause', 'Nobody renewed the certificate, and it expired on 2 June.'],
        ),
      ),
      'configuration',
    );
    // A change made to a configuration is still one.
    assert.equal(trigger(...doc(['Root cause', 'A configuration change was deployed to the proxies and dropped the health route.'])), 'configuration');
  });
});

describe('facts: contributing factors told by how people describe them', () => {
  const told = (...lines: string[]) => cats(...doc(['What went wrong', ...lines]));

  it('reads a design told as a chain of failures or as doomed as a design weakness', () => {
    assert.deepEqual(told('The stalled queue set off a chain reaction across the other workers.'), ['design_weakness']);
    assert.deepEqual(told('Paying out more than the pool earned was never going to work for long.'), ['design_weakness']);
    assert.deepEqual(told('A burst of traffic on the gateway triggered an automatic restart of every node at once.'), ['design_weakness']);
    // A chain of emails, a plan that is going to work, and a restart someone asked for are not.
    assert.deepEqual(told('The reply set off a long chain of emails across the team.'), []);
    assert.deepEqual(told('The new pool is going to work better for everyone.'), []);
    assert.deepEqual(told('We triggered a restart of every node by hand after the fix.'), []);
  });

  it('reads an act of staff, tiredness, a careless look and a bad call as a human action', () => {
    assert.deepEqual(told('Our support staff inadvertently closed the wrong batch of tickets.'), ['human_action']);
    assert.deepEqual(told('It was past two in the morning and fatigue was setting in when I chose to roll back.'), ['human_action']);
    assert.deepEqual(told('She read through the import report without being thorough and trusted it.'), ['human_action']);
    assert.deepEqual(told('Hasty decisions during the first hour made the loss larger.'), ['human_action']);
    // Alert fatigue is the tooling's noise, and staff who acted on purpose made no slip.
    assert.deepEqual(told('Alert fatigue meant the page was acknowledged and forgotten.').includes('human_action'), false);
    assert.deepEqual(told('Our support staff closed the batch of tickets as planned.'), []);
  });

  it('reads stale backups, a change made without a vote and a rushed cut-over as a process gap', () => {
    assert.deepEqual(told('The only backup we had was older than a month, so the restore lost data.'), ['process_gap']);
    assert.deepEqual(told('The feature was switched off without a formal vote of the members.'), ['process_gap']);
    assert.deepEqual(told('We made a hurried cut-over to the new mail relay the night before the launch.'), ['process_gap']);
    // A fresh backup, a vote held, and a quick answer are not.
    assert.deepEqual(told('The latest backup was from the same hour, so the restore lost nothing.'), []);
    assert.deepEqual(told('The feature was switched off after a vote of the members.'), []);
    assert.deepEqual(told('We gave a quick answer to the first customer who wrote in.'), []);
  });

  it('reads a refusal to engage as a communication breakdown', () => {
    assert.deepEqual(told('The upstream maintainers’ refusal to engage with downstream packagers left the bug open for months.'), ['communication_breakdown']);
    assert.deepEqual(told('The vendor refused to share its change calendar with us.'), ['communication_breakdown']);
    // A refused request is no breakdown of talking.
    assert.deepEqual(told('The proxy refused the connection from the old client.'), []);
  });
});

describe('facts: a check the plan adds, and automation that updates production by itself', () => {
  it('reads a plan that puts a service to watching, or adds active probes, as the tooling that was missing', () => {
    const plan = (...items: string[]) =>
      cats('# Outage of the ticket desk', '', '## What happened', '', 'The desk was down for an hour.', '', '## Follow-up', '', ...items);
    assert.deepEqual(plan('- Use a hosted status service to monitor every hostname we own.'), ['tooling_failure']);
    assert.deepEqual(plan('- Have the proxies run active health checks against each backend.'), ['tooling_failure']);
    // A service used for something else, and passive checks already there, are not.
    assert.deepEqual(plan('- Use a hosted service to send the weekly digest.'), []);
    assert.deepEqual(plan('- Keep the health checks we have on each backend.'), []);
  });

  it('reads such a plan told as a numbered list after the story, under no heading', () => {
    const text = [
      '# Outage of the ticket desk',
      '',
      'For an hour the desk answered nothing, and nobody on the team could tell why.',
      '',
      'To keep this from happening again, we will do the following:',
      '',
      '1. Setting up external uptime checks for the desk and its API.',
      '2. Writing down how to restart the desk by hand.',
    ];
    assert.equal(cats(...text).includes('tooling_failure'), true);
  });

  it('reads automation that updated production by itself as a design weakness', () => {
    const timeline = (line: string) => cats(...doc(['Timeline', '- 03:10 - ' + line, '- 03:40 - The first errors reached the dashboard.']));
    assert.deepEqual(timeline('The node manager saw that a newer base image was available and began replacing the hosts.'), ['design_weakness']);
    assert.deepEqual(timeline('The scheduler automatically upgraded all the worker nodes in production.'), ['design_weakness']);
    // An update someone started, or one on a staging box, is not.
    assert.deepEqual(timeline('We saw that a newer base image was available and read its notes.'), []);
    assert.deepEqual(timeline('The scheduler automatically upgraded the worker nodes in staging.'), []);
  });
});
