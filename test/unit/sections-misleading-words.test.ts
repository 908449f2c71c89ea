/**
 * Headings whose words point one way while their body does another: a heading worded as learning
 * over an account of how the system broke, a problem statement that is the only word on the harm,
 * a later "What happened" that tells a long story naming a cause or two, and "What happens now"
 * over the work ahead. Each reading has look-alikes that must keep the heading's own reading.
 * Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { SectionMatcher } from '../../server/src/analysis/model/sections';

const settings = defaultSettings();
const sectionsOf = (text: string) => analyzeDocument(text, 'postmortems/x.md', settings).model.sections;
const sectionOf = (text: string, heading: string) => sectionsOf(text).find((s) => s.heading.text === heading)!;

/** How the queue works and why it stalled, told in prose, with no lesson drawn. */
const ACCOUNT = [
  'The billing queue has two halves: a front that takes jobs from the shop and a worker pool that charges cards.',
  'Each worker holds a lease on a job for thirty seconds. Because the card gateway answered slowly that evening, leases ran out before the charge came back.',
  'An expired lease puts the job back on the queue, which meant the same card was tried again by another worker.',
  'The retries doubled the load on the gateway, and the slower answers that resulted in turn expired more leases.',
].join('\n\n');

describe('a heading worded as learning over how the system broke', () => {
  it('reads the account of the cause, with no lesson drawn, as the root cause', () => {
    for (const heading of ['What we learnt', 'What we learned', 'Insights']) {
      const text = `# Double charges\n\nSome cards were charged twice on Friday evening.\n\n## ${heading}\n\n${ACCOUNT}\n\n## Next steps\n\n- Lengthen the lease to two minutes\n- Make charges idempotent\n`;
      const section = sectionOf(text, heading);
      assert.deepEqual([section.kinds, section.decidedBy], [['root-cause'], 'body'], heading);
      assert.match(section.because.join(' '), /causal links/);
    }
  });

  it('keeps a real lessons section that names a cause a lesson', () => {
    const drawn = [
      'We learned that the lease was far too short for a slow gateway, because nobody had measured its worst case.',
      'The retries made it worse, which meant more leases expired.',
    ].join('\n\n');
    const resolved = [
      'A lease that ends before the work does causes the work to be done twice, which meant double charges here.',
      'We should size timeouts from the slowest answer we have seen, not the typical one.',
    ].join('\n\n');
    const listed = '- Slow gateways cause expired leases\n- Expired leases lead to retries\n- Retries result in more load';
    for (const body of [drawn, resolved, listed]) {
      const text = `# Double charges\n\nSome cards were charged twice.\n\n## What we learned\n\n${body}\n`;
      assert.deepEqual(sectionOf(text, 'What we learned').kinds, ['lessons-learned'], body);
    }
  });

  it('keeps a configured name, a sub-heading of the lessons and a brief account with one cause as they are', () => {
    const named = `# Double charges\n\n## Lessons learned\n\n${ACCOUNT}\n`;
    assert.deepEqual(sectionOf(named, 'Lessons learned').kinds, ['lessons-learned']);
    const under = `# Double charges\n\n## Lessons\n\n### What we learnt\n\n${ACCOUNT}\n`;
    assert.deepEqual(sectionOf(under, 'What we learnt').kinds, ['lessons-learned']);
    const brief = [
      '# Double charges',
      '## What we learnt',
      'The gateway is slower on Fridays than we assumed.',
      'Its status page is not a good guide to its speed.',
      'Leases expired because of it.',
      'The queue dashboard shows leases per worker.',
    ].join('\n\n');
    assert.deepEqual(sectionOf(brief, 'What we learnt').kinds, ['lessons-learned']);
  });

  it('is not fooled by a purpose clause or stray words of ugly input', () => {
    const purpose = ACCOUNT.replace('Each worker', 'To make sure no card is lost, each worker');
    const text = `# Double charges\n\n## What we learnt\n\n${purpose}\n\n   \n\n---\n`;
    assert.deepEqual(sectionOf(text, 'What we learnt').kinds, ['root-cause']);
    assert.deepEqual(sectionOf('# x\n\n## What we learnt\n\n', 'What we learnt').kinds, ['lessons-learned']);
    // Windows line ends and an HTML heading read the same.
    const crlf = `# Double charges\r\n\r\n<h2>What we learnt</h2>\r\n\r\n${ACCOUNT.replace(/\n/g, '\r\n')}\r\n`;
    assert.deepEqual(sectionOf(crlf, 'What we learnt').kinds, ['root-cause']);
  });
});

describe('a problem statement that is the only word on the harm', () => {
  const text = [
    '---\ntitle: Checkout errors\n---',
    '## What was the problem?',
    'Shoppers in the EU region got errors at checkout and could not pay for 25 minutes.',
    '## Why did it happen?',
    'A price cache in that region was emptied by a bad deploy.',
    '## How did we fix it?',
    'We restored the cache from the snapshot.',
  ].join('\n\n');

  it('reads it as the summary and the impact', () => {
    const problem = sectionOf(text, 'What was the problem?');
    assert.deepEqual([problem.kinds, problem.decidedBy], [['summary', 'impact'], 'body']);
  });

  it('leaves the impact to a section of its own, headed or labelled', () => {
    const headed = text.replace('## How did we fix it?', '## Impact\n\nAbout 900 orders were lost.\n\n## How did we fix it?');
    assert.deepEqual(sectionOf(headed, 'What was the problem?').kinds, ['summary']);
    const labelled = text.replace('## How did we fix it?', '**Impact**: about 900 orders were lost.\n\n## How did we fix it?');
    assert.deepEqual(sectionOf(labelled, 'What was the problem?').kinds, ['summary']);
  });

  it('keeps a problem told with no harm a summary only', () => {
    const quiet = text.replace('Shoppers in the EU region got errors at checkout and could not pay for 25 minutes.', 'The checkout page showed old prices.');
    assert.deepEqual(sectionOf(quiet, 'What was the problem?').kinds, ['summary']);
  });
});

describe('"What happened" after the summary, told as a long story', () => {
  const story = [
    'The on-call phone rang at breakfast: the ledger service had stopped writing.',
    'Its logs showed it could not reach the database primary.',
    'We restarted it and moved writes to the replica, but the replica lost its connection too, because both sat behind one switch.',
    'Some hours later the primary was reachable again and the ledger caught up.',
    'Both nodes then held different last entries, leading to a split that needed a manual merge.',
    'We chose to rebuild the replica from the primary instead.',
    'The rebuild took the rest of the day.',
    'By the way, the network change of that week had nothing to do with it.',
  ].join('\n');
  const overview = '# Ledger stall\n\n## Overview\n\nThe ledger stopped writing for most of a day.\n\n';

  it('reads a story that names a cause or two along the way as the story, not the cause', () => {
    const text = `${overview}## What happened on 3 May\n\n${story}\n`;
    assert.deepEqual(sectionOf(text, 'What happened on 3 May').kinds, ['summary']);
  });

  it('still reads a dense chain of causes after the summary as the cause', () => {
    const chain = [
      'Because the primary ran out of disk, it stopped taking writes.',
      'That caused the ledger to queue entries in memory, which meant the service ran out of memory.',
      'Its restarts led to a storm of reconnects.',
    ].join('\n');
    const text = `${overview}## What happened\n\n${chain}\n`;
    assert.deepEqual(sectionOf(text, 'What happened').kinds, ['root-cause']);
  });
});

describe('"What happens now" and its like', () => {
  const reader = new SectionMatcher(settings.sections);
  const read = (heading: string) => reader.read(heading).kinds;

  it('reads the present or future tense that looks ahead as the plan', () => {
    for (const heading of ['What happens now', 'What happens next?', 'What will happen next', 'What Happens Now?'])
      assert.deepEqual(read(heading), ['action-items'], heading);
  });

  it('keeps the story told in the past, and a question about how something behaves, apart', () => {
    assert.deepEqual(read('What happened'), ['summary']);
    assert.deepEqual(read('What happened next'), ['summary']);
    assert.notDeepEqual(read('What happens when the cache is cold'), ['action-items']);
  });

  it('reads such a section over the state of planned work as the plan', () => {
    const text =
      '# Ledger stall\n\n## Summary\n\nThe ledger stopped.\n\n## What happens now\n\nThe move to the new ledger release is nearly finished; its notes are on the blog.\n';
    assert.deepEqual(sectionOf(text, 'What happens now').kinds, ['action-items']);
  });
});

describe('an opening section under a heading that names nothing, its cause in a field of its own', () => {
  const opening = (body: string) =>
    sectionsOf(`---\ntitle: Search down\n---\n\n## Search results empty on a Monday\n\n${body}\n\n## Action items\n\n- Add a canary query\n`)[0];
  const fields = [
    '**Date**: a Monday in spring',
    '**Root causes**: the index alias pointed at an empty index after a rebuild.',
    '**Detection**: a support ticket.',
  ].join('\n\n');

  it('reads the prose before the fields, telling the harm, as the summary', () => {
    const section = opening(`On Monday search returned no results to every visitor for 40 minutes. This is what caused it.\n\n${fields}`);
    assert.deepEqual([section.kinds, section.decidedBy], [['summary'], 'body']);
    assert.match(section.because[0], /Root causes/);
  });

  it('keeps it the cause with no such field, when its own prose is a chain of causes, or when it tells no harm', () => {
    const prose =
      'On Monday search returned no results to every visitor for 40 minutes, because the alias moved.\n\nThe rebuild that caused it had been rescheduled.';
    assert.deepEqual(opening(prose).kinds, ['root-cause']);
    const chain = 'Search was empty for 40 minutes because the alias moved, which meant every query missed.\n\nThe move was caused by an early rebuild.';
    assert.deepEqual(opening(`${chain}\n\n${fields}`).kinds, ['root-cause']);
    const quiet = 'On Monday the index alias moved to a new index. This is what caused it.';
    assert.deepEqual(opening(`${quiet}\n\n${fields}`).kinds, ['root-cause']);
  });
});

describe('contributing factors named as such', () => {
  const doc = (body: string) =>
    sectionsOf(
      [
        '# Stale certificates',
        '## Summary',
        'An old certificate was served for a day.',
        '## Lessons',
        '### What went wrong',
        body,
        '## Action items',
        '- Add an expiry check',
      ].join('\n\n'),
    ).find((s) => s.heading.text === 'What went wrong')!;

  it('reads "these factors" and "contributing factor" as causal links', () => {
    const body =
      'Nobody checked the served certificate after the deploy, and there was no monitoring of the endpoint. Had these factors not been in play, the old certificate would have been noticed at once.';
    assert.deepEqual(doc(body).kinds, ['lessons-learned', 'root-cause']);
    assert.deepEqual(doc('A contributing factor was the manual deploy step.').kinds, ['lessons-learned', 'root-cause']);
  });

  it('does not read two-factor sign-in or a factor of ten as a cause', () => {
    assert.deepEqual(doc('Two-factor sign-in worked well. Load rose by a factor of ten and held.').kinds, ['lessons-learned']);
  });
});

describe('a heading that names the diagnosis by its verb', () => {
  const body = 'The disk of the index host filled up because old snapshots were never pruned, so every write failed.';
  it('reads "Diagnosing …" as the root cause, as "Diagnosis" is', () => {
    for (const heading of ['Diagnosing the outage', 'Diagnosis', 'How we diagnosed it']) {
      const text = `# Search down\n\nSearch failed for an hour on Monday.\n\n## ${heading}\n\n${body}\n\n## Fix\n\nWe pruned the snapshots.\n`;
      assert.ok(sectionOf(text, heading).kinds.includes('root-cause'), heading);
    }
  });

  it('does not read the word inside other headings or a body as a cue', () => {
    const text = `# Search down\n\nSearch failed for an hour on Monday.\n\n## Timeline\n\n- 10:00 diagnosing began on the index host\n- 11:00 search back\n`;
    assert.deepEqual(sectionOf(text, 'Timeline').kinds, ['timeline']);
  });
});
