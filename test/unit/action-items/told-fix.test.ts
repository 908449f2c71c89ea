/**
 * A write-up that tells its fix at length often puts a plan word in the headings of that telling
 * ("### Prevention layer" under "## Changes made", a bold "**Main improvements:**" line under
 * "## Checks after the fix") and keeps its real plan under a heading of its own. The bullets of the
 * telling say what the fix does or what holds now; they are not work to come. Every document here
 * is written for the test.
 */
import { strict as assert } from 'node:assert';
import { itemTexts as texts } from './helpers';

const PLAN = ['## Follow-up work', '', '- [ ] Add a probe from outside our network', '- [ ] Write a runbook for the failover', ''];

describe('action items: a fix told under a plan word, inside a section that is no plan', () => {
  it('takes no items from "### Prevention …" and bold improvement lines inside "Changes made" and "Checks"', () => {
    const text = [
      '# Mail relay unreachable',
      '',
      '## Changes made',
      '',
      '### 1. Quick fix',
      '',
      'We put the address back on the loopback interface.',
      '',
      '### 2. Prevention layer',
      '',
      '**Safer table setup:**',
      '- only adds the routing table when a relay address is set',
      '- even spread of traffic over both upstreams',
      '- changed the bond mode to a safer default',
      '',
      '## Checks after the fix',
      '',
      '**Lasting effect:**',
      '- interface restarts no longer pile up duplicate rules',
      '- config reloads work every time',
      '',
      '## Technical notes',
      '',
      '### The config generator',
      '',
      '**Main improvements:**',
      '- **duplicate guard:** rules are checked before they are added',
      '- **bond defaults:** improved defaults for mixed hardware',
      '',
      ...PLAN,
    ].join('\n');
    assert.deepEqual(texts(text), ['Add a probe from outside our network', 'Write a runbook for the failover']);
  });

  it('still takes tasks written there, and work to come named in the heading', () => {
    const text = [
      '# Mail relay unreachable',
      '',
      '## Changes made',
      '',
      '### Prevention layer',
      '',
      '- Add the address to the second relay as well',
      '- the generator now checks for duplicates',
      '',
      '### Next improvements',
      '',
      '- the generator to cover the bond settings too',
      '',
      ...PLAN,
    ].join('\n');
    assert.deepEqual(texts(text), [
      'Add the address to the second relay as well',
      'the generator to cover the bond settings too',
      'Add a probe from outside our network',
      'Write a runbook for the failover',
    ]);
  });

  it('keeps such a section as the plan when the document has no other, or when it sits under lessons', () => {
    const only = [
      '# Mail relay unreachable',
      '',
      '## Changes made',
      '',
      '### Prevention layer',
      '',
      '- bond mode set to a safer default',
      '- duplicate rules cleaned up',
      '',
    ].join('\n');
    assert.deepEqual(texts(only), ['bond mode set to a safer default', 'duplicate rules cleaned up']);
    const lessons = [
      '# Mail relay unreachable',
      '',
      '## Lessons learned',
      '',
      '### Improvements',
      '',
      '- Hardening the alerting on interface drift',
      '- Improving the restore tooling',
      '',
      ...PLAN,
    ].join('\n');
    assert.deepEqual(texts(lessons), [
      'Hardening the alerting on interface drift',
      'Improving the restore tooling',
      'Add a probe from outside our network',
      'Write a runbook for the failover',
    ]);
  });

  it('reads a broken outline without failing: a lone bold line, an empty section, headings out of order', () => {
    const text = ['#### Deep first', '', '## Changes made', '', '**Improvements:**', '', '### Prevention', '', '# Late title', '', ...PLAN].join('\n');
    assert.deepEqual(texts(text), ['Add a probe from outside our network', 'Write a runbook for the failover']);
  });
});
