import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection } from '../../support/causes';

const section = withSection('Outage of the upload service');

describe('facts: contributing factors told without the usual cue words', () => {
  it('reads a tool that gave no cue of where its user was working as a tooling failure', () => {
    assert.deepEqual(cats(...section('What went wrong', 'The console gave no hint as to which cluster was selected, so the purge ran on the live one.')), [
      'tooling_failure',
    ]);
    assert.deepEqual(cats(...section('What went wrong', "Ravi did not have any visual cues that he'd switched to the billing account.")), ['tooling_failure']);
    // Not knowing the cause at first, or a tool used to check the context, tells no failing tool.
    assert.deepEqual(cats(...section('What went wrong', 'We had no clue what caused the slowdown for the first hour.')), []);
    assert.deepEqual(cats(...section('What happened', 'Ravi used the context switcher to confirm which cluster was active.')), []);
  });

  it('reads a slow hand-off or a slow call to someone elsewhere as a communication breakdown', () => {
    assert.deepEqual(cats(...section('What went wrong', 'Getting hold of the storage owner, who works from another continent, took several hours.')), [
      'communication_breakdown',
    ]);
    assert.deepEqual(cats(...section('What went wrong', 'The handover between the Lisbon and Austin shifts took a long time.')), ['communication_breakdown']);
    // A hand-off or a call that went quickly is no breakdown.
    assert.deepEqual(cats(...section('What went well', 'The handover to the evening shift took ten minutes and went smoothly.')), []);
    assert.deepEqual(cats(...section('What went well', 'Reaching the vendor took a few minutes.')), []);
  });

  it('reads a protection that blocked recovery, a trade-off that lost out, healthy parts removed and shared identities as a design weakness', () => {
    assert.deepEqual(cats(...section('Root cause', 'The fencing safeguard kept the standby replicas from rejoining the healthy primary.')), [
      'design_weakness',
    ]);
    assert.deepEqual(cats(...section('Root cause', 'A lone cache tier was our trade-off between cost and latency. In this failure, latency lost out.')), [
      'design_weakness',
    ]);
    assert.deepEqual(cats(...section('What happened', 'When the group shrank, healthy instances were terminated first.')), ['design_weakness']);
    assert.deepEqual(cats(...section('Lessons', '- Never run two validators with the same signing key again.')), ['design_weakness']);
    // A protection doing its job, a trade-off only discussed, sick parts replaced, one key each: nothing weak.
    assert.deepEqual(cats(...section('What went well', 'The rate-limit protection kept the bots from flooding the login page.')), []);
    assert.deepEqual(cats(...section('Discussion', 'The trade-off between cost and speed was discussed at length; we kept the plan.')), []);
    assert.deepEqual(cats(...section('What happened', 'Unhealthy instances were terminated and replaced on their own.')), []);
    assert.deepEqual(cats(...section('Lessons', '- Each of the validators runs with its own key.')), []);
  });

  it('does not read an act told with the recovery it enabled as a cause', () => {
    assert.deepEqual(cats(...section('Timeline', '- 10:40 The engineer manually deleted the stuck pods, letting the daemon sets be scheduled.')), []);
    // The same act told with the harm it did stays a person's action.
    assert.deepEqual(cats(...section('Root cause', 'The engineer manually deleted the routing table, which took the site down.')), ['human_action']);
  });

  it('does not read monitoring planned before the incident as a check the incident showed missing', () => {
    const plan = (item: string) => [...section('What happened', 'The upload queue stalled for an hour.'), '', '## Next steps', '', item];
    assert.deepEqual(cats(...plan('- (Already planned) Add alerting for the queue depth.')), []);
    assert.deepEqual(cats(...plan('- Add alerting for the queue depth.')), ['tooling_failure']);
  });

  it('reads monitoring told as added or increased since the incident as the check that was missing', () => {
    const plan = (item: string) => [...section('What happened', 'The upload queue stalled for an hour.'), '', '## Next steps', '', item];
    assert.deepEqual(cats(...plan("- We've added alerts for the queue depth and the worker memory.")), ['tooling_failure']);
    assert.deepEqual(cats(...plan('- The main fix is in: the increased monitoring on the upload hosts, so we see memory creep.')), ['tooling_failure']);
    assert.deepEqual(cats(...plan('- We increased our alerting on the upload hosts.')), ['tooling_failure']);
    // A threshold raised, or noise cut, adds no check that was missing.
    assert.deepEqual(cats(...plan('- Increase the alerting thresholds on the upload hosts.')), []);
    assert.deepEqual(cats(...plan('- (Already planned) Added alerting for the queue depth.')), []);
    // Ugly input: a long run of the verb with no monitoring after it.
    assert.deepEqual(cats(...plan(`- ${'increased added '.repeat(5000)}nothing`)), []);
  });

  it('reads software shipped with a wrong value as a process gap', () => {
    assert.deepEqual(cats(...section('Root cause', 'Two of the node builds had wrong chain ids configured for the staging network.')), ['process_gap']);
    assert.deepEqual(cats(...section('Root cause', 'The spring releases went out with an incorrect endpoint for the EU region.')), ['process_gap']);
    // Customers with wrong data of their own tell no release gap.
    assert.deepEqual(cats(...section('What happened', 'Several clients had wrong addresses in their billing profiles.')), []);
  });

  it("reads an incident set off by a team's own testing as a human action", () => {
    assert.deepEqual(cats(...section('Summary', 'Later digging showed the stall was actually triggered by Orbit testing.')), ['human_action']);
    assert.deepEqual(cats(...section('Summary', 'The halt was set off by our own load testing against the live node.')), ['human_action']);
    // Too little testing is a gap in the process, not someone's act.
    assert.ok(!cats(...section('Root cause', 'The regression was caused by insufficient testing of the parser.')).includes('human_action'));
  });

  it('reads a bug in a tool or the CI as a tooling failure, not a design weakness', () => {
    assert.deepEqual(cats(...section('Root cause', 'A bug in the host provisioning tool left half the hosts misconfigured.')), ['tooling_failure']);
    assert.deepEqual(cats(...section('Root cause', 'A bug in the nightly CI process kept the site from being rebuilt.')), ['tooling_failure']);
    // A bug in the product itself stays a design weakness.
    assert.deepEqual(cats(...section('Root cause', 'A bug in the billing service charged some users twice.')), ['design_weakness']);
  });

  it('reads ugly input without throwing', () => {
    assert.deepEqual(cats(...section('Root cause', 'handover '.repeat(400), 'no hint as to '.repeat(300), 'trade-off between '.repeat(300))), []);
    assert.deepEqual(cats(...section('Root cause', '', '- ', '|  |')), []);
  });
});
