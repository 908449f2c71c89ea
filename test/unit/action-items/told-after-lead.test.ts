/**
 * Outside the plan, a line that reads as remediation and closes on a colon leads its list into the
 * items ("Follow-ups:"). When that line is a sentence (more than six words) and every entry of the
 * list tells rather than names (a state reached, a setting and its value, a sentence closed by its
 * full stop), the list holds what was seen or found, not work: "After the fix, these signals
 * were seen:" over "- The greeting banner was returned". A short label, a task, a checkbox or a
 * named piece of work among the entries keeps the list as items. Every document here is written
 * for the test.
 */
import { strict as assert } from 'node:assert';
import { tellsAll } from '../../../server/src/analysis/model/action-items/lists';
import { firstList, itemTexts as texts, items } from './helpers';

function doc(lead: string, list: string): string {
  return `# Relay outage\n\n## Summary\n\nThe relay dropped mail for two hours.\n\n## Checks\n\n${lead}\n\n${list}\n`;
}

describe('action items: a sentence over entries that tell what was seen or found', () => {
  it('reads lists of states, settings and full sentences as told', () => {
    for (const md of [
      '- outside connection setup completed\n- the greeting banner was returned\n- the store accepted the message\n',
      '- `zone: east` - first node only\n- `tier: primary` - first node only\n',
      '1. **A wrong mirror setting made the fallback fail.**\n2. **One registry replica left nothing to pull from when it died.**\n',
    ])
      assert.ok(tellsAll(firstList(md)), md);
  });

  it('reads lists that name or ask for work as not told', () => {
    for (const md of [
      '- Better alerting on queue depth\n- A runbook for restarts\n',
      '- add a reachability probe\n- the banner was returned\n',
      '- Add a reachability probe to every relay.\n- Rotate the relay keys every quarter.\n',
      '- [x] the banner was returned\n- [x] the store accepted the message\n',
      '- Probe\n- Runbook\n',
      '1. Setting up outside uptime checks for the desk.\n2. Writing down how to restart the desk by hand.\n',
    ])
      assert.ok(!tellsAll(firstList(md)), md);
  });

  it('reads no item from signals seen after the fix, nor from causes under hindsight', () => {
    const seen = doc(
      'After remediation, the following signals were observed:',
      '- outside connection setup completed\n- the greeting banner was returned\n- the store accepted the message',
    );
    assert.deepEqual(texts(seen), []);
    const causes = doc(
      'There are several measures which could have prevented this outage:',
      '1. **A wrong mirror setting made the fallback fail.**\n\n   More on the mirror here.\n\n2. **One registry replica left nothing to pull from when it died.**',
    );
    assert.deepEqual(texts(causes), []);
  });

  it('keeps a short label over states, and a sentence over work to do', () => {
    assert.deepEqual(texts(doc('Remediation done:', '- relay keys rotated\n- the open port was closed')), ['relay keys rotated', 'the open port was closed']);
    assert.deepEqual(texts(doc('After remediation, these are the follow-up actions:', '- Add a reachability probe\n- Alert on queue depth')), [
      'Add a reachability probe',
      'Alert on queue depth',
    ]);
  });

  it('survives ugly input: empty entries, a lone full stop, a colon and nothing after it', () => {
    for (const md of ['- \n- .\n', '- :\n- a:\n', '- ****.\n- *.*\n'])
      assert.doesNotThrow(() => {
        tellsAll(firstList(md));
        items(doc('After remediation, the following signals were observed:', md));
      }, md);
  });
});
