/**
 * A section of lessons whose sub-headings name the gain the follow-up work seeks ("Quicker
 * detection", "Faster recovery", "Better alerting"): each is a part of the plan, and what it tells
 * the authors built for that gain is follow-up work, done. Told as bold-lead paragraphs (a diagram
 * between two of them leaves them in a row), as a list after "We set up the following alerts -",
 * or as a sentence of the first paragraph under the part. Every document here is written for the
 * test; look-alikes (a timeline told in bold-lead paragraphs, praise under "What went well", a
 * heading of comparison) give no item.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { itemKindsOf } from '../../../server/src/analysis/model/facts/item-kind';
import type { ActionItem } from '../../../server/src/analysis/model/model';

function read(text: string): { items: ActionItem[]; kinds: string[] } {
  const doc = analyzeDocument(text, 'postmortems/2026-05-02-test.md', defaultSettings());
  return { items: doc.model.actionItems, kinds: itemKindsOf(doc).map((k) => k.kind) };
}

const LESSONS = [
  '# Mail relay backlog',
  '',
  '## What happened',
  '',
  'The relay stopped draining its outbound queue for most of a morning.',
  '',
  '## What we took from it',
  '',
  'The review looked at three areas -',
  '',
  '### Quicker detection',
  '',
  'Nobody noticed the backlog for two hours. We set up the following alerts -',
  '',
  '- outbound queue depth > N for M minutes',
  '- bounce ratio / sent mail > P% over the last hour',
  '',
  '### Better insight',
  '',
  'To see which sender floods the queue, we also built a per-sender dashboard.',
  '',
  'It shows the top senders by volume and their bounce rate.',
  '',
  '### Faster recovery',
  '',
  'Editing the queue by hand while it is overloaded is slow and risky.',
  '',
  '**Sender pause switch:** We wrote a flag that holds one sender’s mail at the edge, so the rest keeps flowing.',
  '',
  '<img src="/images/pause-switch.png" alt="How the pause switch works"/>',
  '',
  '**Purge page:** Clearing stuck messages took a shell session, so we added a page to the admin tool that drops them in bulk.',
  '',
].join('\n');

describe('action items: parts of the plan named by the gain they seek', () => {
  it('reads the work told under "Quicker …", "Better …" and "Faster …" sub-headings of the lessons, as done', () => {
    const { items, kinds } = read(LESSONS);
    assert.deepEqual(
      items.map((i) => [i.text.slice(0, 30), i.done]),
      [
        ['outbound queue depth > N for M', true],
        ['bounce ratio / sent mail > P% ', true],
        ['To see which sender floods the', true],
        ['Sender pause switch: We wrote ', true],
        ['Purge page: Clearing stuck mes', true],
      ],
    );
    // The stage the heading names gives the kind: detection for the alerts, response for the recovery tools.
    assert.deepEqual(kinds, ['detection', 'detection', 'detection', 'response', 'response']);
    assert.ok(items.every((i) => i.owner === null));
  });

  it('reads nothing from a heading that compares, nor from bold-lead paragraphs that tell the incident or what went well', () => {
    const text = [
      '# Mail relay backlog',
      '',
      '## Why it happened',
      '',
      'We had the following alerts -',
      '',
      '- relay process down',
      '- disk above 90%',
      '',
      'Neither fires on a queue that grows while the relay stays up.',
      '',
      '## Timeline',
      '',
      '**09:10 First page:** We restarted the relay and the queue kept growing.',
      '',
      '<img src="/images/queue.png" alt="Queue depth during the morning"/>',
      '',
      '**09:40 Second page:** We drained the biggest sender by hand.',
      '',
      '## Lessons',
      '',
      '### Faster than we feared',
      '',
      'The failover took four minutes, and we added nothing to it.',
      '',
      '### What went well',
      '',
      '**On-call handover:** We passed the pager at noon without losing context.',
      '',
      '**Status page:** We posted the first notice within ten minutes.',
      '',
    ].join('\n');
    assert.deepEqual(
      read(text).items.map((i) => i.text),
      [],
    );
  });

  it('reads done bold-lead paragraphs of a plan, and takes no owner from a note on where a system routes its reports', () => {
    const text = [
      '# Mail relay backlog',
      '',
      '## Follow-up',
      '',
      '**Bounce triage:** We built a report of bounces, routed on its own to whichever team runs the sender.',
      '',
      '**Quota guard:** We added a per-sender quota that pauses a flood at the edge.',
      '',
    ].join('\n');
    const { items } = read(text);
    assert.deepEqual(
      items.map((i) => [i.text.slice(0, 14), i.owner, i.done]),
      [
        ['Bounce triage:', null, true],
        ['Quota guard: W', null, true],
      ],
    );
  });
});
