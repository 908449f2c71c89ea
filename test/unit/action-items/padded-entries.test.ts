/**
 * List entries padded far from their marker ("1.            Check the …"), as a word processor
 * exports them: CommonMark reads the words as an indented code block inside the entry. When that
 * code is prose, the entry's words are read as an item's; code stays code. The steps of a change
 * agreed before the incident ("The pre-planned upgrade steps:") are no plan. Every document here
 * is written for the test.
 */
import { strict as assert } from 'node:assert';
import { proseCode } from '../../../server/src/analysis/model/action-items/code-entries';
import { items, postmortem } from './helpers';

const PAD = '            ';

function titles(text: string): string[] {
  return items(text).map((i) => i.title);
}

/** A report with no headings, its plan under a plain lead-in line. */
function plainReport(plan: string): string {
  return [
    '# Outage of the booking site',
    '',
    'On Tuesday the booking site was down for two hours while a load balancer rebooted into the wrong state.',
    '',
    'Agreed actions:',
    '',
    plan,
    '',
    'Outages like this one are rare, and we will keep this page updated.',
    '',
  ].join('\n');
}

describe('action items: entries padded far from their marker', () => {
  it('reads a padded numbered list under a plain lead-in line as items', () => {
    const plan = [
      `1.${PAD}Replace the failover script with one that checks its own result.`,
      `2.${PAD}Ask the vendor why both balancers came up active.`,
      `3.${PAD}Write a short note for the support desk on switching sites.`,
    ].join('\n');
    assert.deepEqual(titles(plainReport(plan)), [
      'Replace the failover script with one that checks its own result.',
      'Ask the vendor why both balancers came up active.',
      'Write a short note for the support desk on switching sites.',
    ]);
  });

  it('reads padded entries in a plan section, with bullets and tabs too', () => {
    const got = titles(postmortem([`-${PAD}Add an alarm on the queue depth @ana`, `-\t\tRotate the on-call pager key by Friday`].join('\n')));
    assert.deepEqual(got.length, 2);
    assert.match(got[0], /^Add an alarm on the queue depth/);
    assert.match(got[1], /^Rotate the on-call pager key/);
  });

  it('gives the item the padded words’ span, without the padding', () => {
    const text = postmortem(`1.${PAD}Add an alarm on the queue depth`);
    const [item] = items(text);
    assert.equal(text.slice(item.textSpan.start, item.textSpan.end), 'Add an alarm on the queue depth');
  });

  it('leaves code inside an entry as code', () => {
    const code = [
      `1.${PAD}kubectl rollout undo deploy/api`,
      `2.${PAD}if (retries > 3) { page(); }`,
      `3.${PAD}$ systemctl restart nginx`,
      `4.${PAD}max_conns = 200`,
    ].join('\n');
    assert.deepEqual(titles(postmortem(code)), []);
  });

  it('tells prose from code', () => {
    assert.ok(proseCode('       Arrange a review of the failover runbook; it is out of date.'));
    assert.ok(proseCode('Ensure that the status page (https://status.example.com/) is updated.'));
    assert.ok(!proseCode('npm run build && npm test'));
    assert.ok(!proseCode('Test'));
    assert.ok(!proseCode('SELECT * FROM jobs WHERE state = 1;'));
    assert.ok(!proseCode('Retry() => backoff(2)'));
    assert.ok(!proseCode('# comment line about the cache'));
    assert.ok(!proseCode(''));
  });

  it('reads no plan in the steps of a change agreed before the incident', () => {
    const text = [
      '# Outage of the booking site',
      '',
      'The pre-planned upgrade steps:',
      '',
      `1.${PAD}Move all traffic to the second site`,
      `2.${PAD}Reboot the standby balancer in the first site`,
      `3.${PAD}Move the traffic back to the first site`,
      '',
      'The second step went wrong: the standby came up active.',
      '',
      'Agreed actions:',
      '',
      `1.${PAD}Ask the vendor why both balancers came up active.`,
      '',
    ].join('\n');
    assert.deepEqual(titles(text), ['Ask the vendor why both balancers came up active.']);
  });

  it('reads the same Markdown without padding as before', () => {
    assert.deepEqual(titles(plainReport('1. Ask the vendor why both balancers came up active.\n2. Write a note for the support desk.')), [
      'Ask the vendor why both balancers came up active.',
      'Write a note for the support desk.',
    ]);
  });
});
