/**
 * What a write-up of an incident still under way hands its readers inside the part that holds the
 * plan: instructions for operators, a procedure that stops a component and starts it again, lists
 * of the releases and branches to run, lists of links to read, an invitation to a call at an hour,
 * a pointer to the instructions, and the live "we are now working to repair it". None of it is
 * follow-up work. The plan's own items, imperative or labelled, with owners or tickets, are still
 * read. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { List } from 'mdast';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { referenceList, stopStartProcedure } from '../../../server/src/analysis/model/action-items/instructions';
import { liveStatusUpdate, promisesStatusOnly } from '../../../server/src/analysis/model/action-items/reading';
import { itemTexts as texts } from './helpers';

function list(markdown: string): List {
  const node = fromMarkdown(markdown).children[0];
  if (node?.type !== 'list') throw new Error(`not a list: ${markdown}`);
  return node;
}

const HEAD = ['# Relay outage on 2 August', '', 'Relays in two regions stopped forwarding messages after a config push.', ''];

describe('action items: instructions and reference material in the plan', () => {
  it('reads no item from a part of the plan that opens on instructions for operators', () => {
    const text = [
      ...HEAD,
      '## Current state and next steps',
      '',
      '### Clearing the stale routes',
      '',
      'Instructions for clearing the stale routes on each kind of relay host.',
      '',
      '**Linux hosts**',
      '',
      '1. Stop relay agent',
      '2. `rm -rf /var/lib/relay/routes`',
      '3. Start relay agent',
      '',
      '**Container hosts**',
      '',
      'Pass the flag `--fresh-routes` to the relay container and redeploy it: `relayctl redeploy --all`',
      '',
      '1. Make sure your host keeps its old routes file as a backup',
      '2. Remove the routes volume',
      '',
      '### Follow-up work',
      '',
      '- Add a schema check for the route config to the release pipeline (owner: @mira)',
      '- Alert when a relay forwards nothing for five minutes',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), [
      'Add a schema check for the route config to the release pipeline (owner: @mira)',
      'Alert when a relay forwards nothing for five minutes',
    ]);
  });

  it('keeps a part of the plan whose opening names work, or only how to read it', () => {
    const text = [
      ...HEAD,
      '## Next steps',
      '',
      '### Runbooks',
      '',
      'Instructions for the relay rota will be rewritten by the platform team.',
      '',
      '### Hardening',
      '',
      'How to read this list: each entry names its owner.',
      '',
      '- Add a canary stage to config pushes (@omar)',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Instructions for the relay rota will be rewritten by the platform team.', 'Add a canary stage to config pushes (@omar)']);
  });

  it('reads no item from lists of releases, branches and images, or from a list of links to read', () => {
    const text = [
      ...HEAD,
      '## Next steps',
      '',
      '**Patched releases:**',
      '',
      '- Relay: [v2.4.1](https://example.com/relay/releases/v2.4.1)',
      '- Gateway: `3.0.2`',
      '- Collector: *nothing to change*',
      '',
      'Branches with further patches, as of this morning:',
      '',
      '- Relay branch: [`route-fix`](https://example.com/relay/tree/route-fix)',
      '- Gateway:',
      '    - Branch: [`hotfix-7`](https://example.com/gw/tree/hotfix-7)',
      '    - Image: `example/gateway:hotfix-7-ab12cd`',
      '',
      '**Useful links:**',
      '',
      '- [Route health dashboard](https://example.com/d/routes)',
      '- [Notes from the debrief](https://example.com/notes/debrief)',
      '',
      '## Action items',
      '',
      '- Validate config defaults before a release is tagged',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Validate config defaults before a release is tagged']);
  });

  it('keeps items that name a thing with a ticket, or a task with a version', () => {
    const text = [
      ...HEAD,
      '## Action items',
      '',
      '- Disk alerts: [OPS-12](https://tracker.example.com/OPS-12)',
      '- Route checks: [OPS-13](https://tracker.example.com/OPS-13)',
      '- Upgrade the relay: `v2.5.0`',
      '- [Add retries to the config push](https://example.com/relay/issues/3)',
      '- [Page the owner when a push fails](https://example.com/relay/issues/4)',
      '',
    ].join('\n');
    assert.equal(texts(text).length, 5);
  });

  it('reads no item from a list of figures, or from a list pointing at other write-ups, under a heading of the plan', () => {
    const text = [
      ...HEAD,
      '## Future actions',
      '',
      '### Budget we aim for',
      '',
      '- **Monthly spend**: $0-25 (inside the free plan)',
      '- **Pushes a day**: <40',
      '- **Mean push time**: ~3 min per relay',
      '- Error rate: 0.5%',
      '',
      '## Action items',
      '',
      '- [ ] Cap the number of pushes an hour',
      '',
      '## See also',
      '',
      '- [Incident 07 — Relay loop](07-relay-loop.md) — the earlier loop, which gave us the push log',
      '- [Incident 04 — Queue stall](04-queue-stall.md)',
      '- [Alerting.md](../ops/Alerting.md) — the alert that fired first',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Cap the number of pushes an hour']);
  });

  it('keeps a plan whose entries set a figure as work, or point at tickets or tasks', () => {
    const text = [
      ...HEAD,
      '## Action items',
      '',
      '- Lower the push rate: 10 a minute',
      '- Relay timeout: raise it to 30 s',
      '- [#41](https://example.com/relay/issues/41)',
      '- [OPS-15](https://tracker.example.com/OPS-15) — limit pushes',
      '- [Relay notes](https://example.com/notes) — add the rollback steps',
      '',
    ].join('\n');
    assert.equal(texts(text).length, 5);
  });

  it('reads no item from a procedure that stops a component and starts it again, in the plan or elsewhere', () => {
    const text = [
      ...HEAD,
      '## Clearing the routes',
      '',
      '1. Stop the relay agent',
      '2. Delete the routes file',
      '3. Start the relay agent',
      '',
      '## Next steps',
      '',
      'For a relay that still drops messages:',
      '',
      '1. Shut down gateway',
      '2. Move its cache directory aside',
      '3. Restart gateway',
      '',
      '## Action items',
      '',
      '1. Add a schema check for route configs',
      '2. Rehearse the route rollback every quarter',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Add a schema check for route configs', 'Rehearse the route rollback every quarter']);
  });

  it('keeps imperative items that stop and start different things', () => {
    const text = [
      ...HEAD,
      '## Next steps',
      '',
      '1. Stop paging the whole team for a single relay',
      '2. Start a weekly review of relay alerts (owner: @ana, due 2026-09-01)',
      '3. Restart the nightly audit with the new route checks',
      '4. Upgrade the database to 15',
      '',
    ].join('\n');
    assert.equal(texts(text).length, 4);
  });

  it('tells a stop-and-start procedure and a reference list from their look-alikes', () => {
    assert.ok(stopStartProcedure(list('1. Shut down the worker\n2. Delete the lock file\n3. Start the worker again\n')));
    assert.ok(stopStartProcedure(list('- Stop indexer\n- Move the data directory\n- Restart indexer\n')));
    assert.ok(!stopStartProcedure(list('1. Stop the worker\n2. Delete the lock file\n3. Start the scheduler\n')));
    assert.ok(!stopStartProcedure(list('1. Stop the worker from retrying forever\n2. Add a lock timeout\n3. Start the worker from a clean state\n')));
    assert.ok(!stopStartProcedure(list('1. Start the worker\n2. Stop the worker\n')));
    assert.ok(referenceList(list('- Agent: v1.2.3\n- Proxy: `2.0.0-rc.1`\n')));
    assert.ok(referenceList(list('- **Agent:** `v1.2.3`\n- **Proxy:** [https://example.com/p](https://example.com/p)\n')));
    assert.ok(!referenceList(list('- Agent: v1.2.3\n- Proxy: upgrade after the freeze\n- Cache: later\n')));
    assert.ok(!referenceList(list('- [ ] Agent: v1.2.3\n- [ ] Proxy: v2.0.1\n')));
    assert.ok(!referenceList(list('- Bump the agent: v1.2.3\n- Proxy: v2.0.1\n- Cache: v3.1.0\n')));
    assert.ok(!referenceList(list('- Agent\n- Proxy\n')));
    assert.ok(referenceList(list('- Free plan: 3,000 minutes/month\n- Extra: $0.01/minute (small runners)\n')));
    assert.ok(referenceList(list('- [Incident 02](02.md) — the first stall\n- [Runbook](run.md)\n')));
    assert.ok(!referenceList(list('- Budget: 20 dollars, then ask finance\n- Runs: 40 a day at most, enforced by a cap\n')));
    assert.ok(!referenceList(list('- [Runbook](run.md): see it\n- [Notes](n.md) and more\n')));
    assert.ok(!referenceList(list('- [#12](https://x.example/12)\n- [OPS-3](https://x.example/3)\n')));
    assert.ok(!referenceList(list('- <https://x.example/a/issues/7>\n- <https://x.example/a/issues/8>\n')));
    assert.ok(!referenceList(list('- [Retry storm](https://x.example/a/issues/7) — seen twice\n- [Slow push](https://x.example/a/pull/9)\n')));
  });

  it('reads ugly lists without failing and without taking them for references or procedures', () => {
    for (const markdown of [
      '- Agent:\n- Proxy:\n',
      '- :\n- : `x`\n',
      '- Agent: `v1`: `v2`\n- Proxy: [](https://example.com)\n',
      '- **Agent**\n- *Proxy*\n',
      '1. Stop\n2. Start\n3. Stop\n',
      '- Stop 🚀\n- wait\n- Start 🚀\n',
      '- Cost: $\n- Runs: <\n',
      '- [](x.md) —\n- []() — \n',
      '- Spend: ' + '9'.repeat(3000) + ' ' + 'min '.repeat(3000) + '\n- Runs: 1\n',
    ]) {
      assert.ok(!referenceList(list(markdown)), markdown);
      assert.ok(!stopStartProcedure(list(markdown)), markdown);
    }
    const nested = ['- Agent:', '    - Branch:', '        - Image: `a/b:1`', '        - Tag: `1.0.0`', '    - Image: `a/b:2`', '- Proxy: 1.2.3', ''].join('\n');
    assert.doesNotThrow(() => referenceList(list(nested)));
    const long = Array.from({ length: 500 }, (_, i) => `- Service ${i}: v1.${i}.0`).join('\n');
    assert.ok(!referenceList(list(long)), 'a list past the bound is not read as references');
  });

  it('reads no owner into a pointer to instructions, and keeps a named owner of them', () => {
    const text = [
      ...HEAD,
      '## Next steps',
      '',
      'Instructions to clear the stale routes for each relay can be found below. Priya will write the instructions for the rollback.',
      '',
    ].join('\n');
    const found = analyzeDocument(text, 'postmortems/2026-08-01-test.md', defaultSettings()).model.actionItems;
    assert.deepEqual(
      found.map((i) => [i.text, i.owner]),
      [['Priya will write the instructions for the rollback.', 'Priya']],
    );
  });

  it('reads a call announced at a time of day as no item, and a meeting to set up as one', () => {
    for (const s of [
      'A call will be held at 14:00 UTC for everyone running a relay.',
      'The bridge is hosted from 9:00-10:00 CET for operators.',
      'A sync will be scheduled between 16:30 and 17:00 for the client teams.',
    ])
      assert.ok(promisesStatusOnly(s), s);
    assert.ok(!promisesStatusOnly('A review meeting will be scheduled with the vendor.'));
    const text = [
      ...HEAD,
      '## Next steps',
      '',
      'A call will be held at 14:00 UTC for everyone running a relay.',
      '',
      'A review meeting will be scheduled with the vendor.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['A review meeting will be scheduled with the vendor.']);
  });

  it('reads "we are now working to repair it" outside the plan as the live response', () => {
    for (const s of [
      'The relay API stopped answering; we are now working to repair it.',
      'We’re working on a fix.',
      'We are currently working on resolving the issue and will post again soon.',
    ])
      assert.ok(liveStatusUpdate(s), s);
    for (const s of ['We are working on a fix for the retry limit in the uploader.', 'We are working to add a canary stage to config pushes.'])
      assert.ok(!liveStatusUpdate(s), s);
    const text = [
      '# Relay API down',
      '',
      '[First update] Our relay API stopped answering after a certificate expired; we are now working to repair it.',
      '',
      '[Second update] The certificate was replaced and the API answers again. We are working to add an expiry check to the nightly audit.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['We are working to add an expiry check to the nightly audit.']);
  });
});
