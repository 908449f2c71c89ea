/**
 * A sub-heading of the plan that opens on a verb and whose body opens on a fenced command ("### 2.
 * Check the queue is drained" over a shell block and the output to expect) is a step of a check or
 * a runbook, handed to whoever runs it: no item. A numbered or verb-led sub-heading over prose, one
 * over prose that shows a snippet further down, and a numbered one that names a thing over a code
 * block, are still the items they name. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { assertLinear } from '../../support/growth';
import { items, itemTexts, postmortem } from './helpers';

const fence = '```';

describe('action items: a sub-heading of the plan that opens on a command', () => {
  it('reads no item from numbered or verb-led sub-headings over a command and its expected output', () => {
    const text = postmortem(
      [
        '### Routine checks',
        '',
        'After each kernel update, run these to see that the overlay network still works:',
        '',
        '#### 1. Confirm the bridge is up',
        '',
        `${fence}sh`,
        'ip link show br-lan',
        fence,
        '',
        '__Expected: state UP__',
        '',
        '#### 2. Check that no container is pending',
        '',
        `${fence}sh`,
        'docker ps --filter status=created',
        fence,
        '',
        '**Expected:** an empty list',
        '',
        '#### Verify once the next patch lands:',
        '',
        fence,
        'uname -r',
        fence,
      ].join('\n'),
    );
    assert.deepEqual(itemTexts(text), []);
  });

  it('keeps numbered and verb-led sub-headings over prose as items, a snippet lower down included', () => {
    const text = postmortem(
      [
        '### 1. Pin the kernel version',
        '',
        'Hold the kernel package until the bridge module is tested. Owner: Imani.',
        '',
        '### Add a probe for the bridge',
        '',
        'A probe that pages when the bridge goes down, set up like this:',
        '',
        `${fence}yaml`,
        'probe: br-lan',
        fence,
        '',
        '### 3. Bridge recovery notes',
        '',
        fence,
        'to be written',
        fence,
      ].join('\n'),
    );
    assert.deepEqual(
      items(text).map((i) => [i.text, i.shape]),
      [
        ['1. Pin the kernel version', 'heading'],
        ['Add a probe for the bridge', 'heading'],
        ['3. Bridge recovery notes', 'heading'],
      ],
    );
  });

  it('reads ugly input without failing: an unclosed fence, an empty heading, a fence with no language', () => {
    const text = postmortem(['### 1. Restart the relay', '', fence, 'systemctl restart relay', '', '###', '', '### 2.', '', '~~~', '~~~'].join('\n'));
    assert.deepEqual(itemTexts(text), []);
    assert.deepEqual(itemTexts(postmortem('#### 3. Flush the cache\n```')), []);
  });

  it('reads many command steps in time that grows with the document', () => {
    assertLinear(
      'sub-headings over commands',
      (n) => postmortem(Array.from({ length: n }, (_, k) => `#### ${k + 1}. Check node ${k}\n\n${fence}\nping -c1 node${k}\n${fence}\n`).join('\n')),
      (text) => items(text),
      16,
    );
  });
});
