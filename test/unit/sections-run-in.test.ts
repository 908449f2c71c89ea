/**
 * Run-in labels (a paragraph led by bold or italic words that name a section, set off by a full stop,
 * a dash or nothing but a new sentence), a "Background" that tells the incident in a report with no
 * summary, and harm words as the impact's heading. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';

function sections(text: string): [string, string[]][] {
  return analyzeDocument(text, 'postmortems/2031-04-02-queue.md', defaultSettings()).model.sections.map((s) => [s.heading.text, s.kinds]);
}

const kindsOf = (text: string) => sections(text).flatMap(([, kinds]) => kinds);

describe('sections: run-in labels', () => {
  it('reads bold labels closed by a full stop, inside or after the marks', () => {
    const doc = [
      '# Queue outage on 2 April',
      '',
      '**Summary.** The job queue handed out no work for fifty minutes on Wednesday morning.',
      '',
      '**Root cause**. A settings push dropped the credentials the workers use to claim jobs.',
      '',
      '**Impact.** About 300 builds waited and 40 of them had to be run again.',
      '',
    ].join('\n');
    assert.deepEqual(sections(doc), [
      ['Summary', ['summary']],
      ['Root cause', ['root-cause']],
      ['Impact', ['impact']],
    ]);
  });

  it('reads italic labels, labels set off by a dash, and labels followed by a new sentence', () => {
    const doc = [
      '# Mirror sync failure',
      '',
      '_Impact_. Downloads from the European mirror failed for two hours.',
      '',
      '**Root cause** — the sync job ran out of disk space and stopped halfway.',
      '',
      '**Lessons learned** We should have alerted on a stale mirror, not only a dead one.',
      '',
      '*Detection* - a user wrote to the forum after the third failed download.',
      '',
    ].join('\n');
    assert.deepEqual(sections(doc), [
      ['Impact', ['impact']],
      ['Root cause', ['root-cause']],
      ['Lessons learned', ['lessons-learned']],
      ['Detection', ['detection']],
    ]);
  });

  it('reads run-in labels that lead the items of a list, two of them at least', () => {
    const doc = [
      '# Login errors',
      '',
      '- **Impact.** One in ten sign-ins failed for an hour.',
      '- **Root cause.** An expired certificate on one proxy.',
      '',
    ].join('\n');
    assert.deepEqual(kindsOf(doc), ['impact', 'root-cause']);
  });

  it('reads no bold word that is the subject of a sentence, nor a bold phrase that names no section', () => {
    const doc = [
      '# Mirror sync failure',
      '',
      '**Impact** was small: a few downloads were slow.',
      '',
      '**Fast** rollbacks saved us again. We were back within minutes.',
      '',
      '**The sync job.** It runs every hour and copies the packages across.',
      '',
      'Our **root cause** work is still going on.',
      '',
      '**Timeline**: see the ticket.',
      '',
    ].join('\n');
    assert.deepEqual(
      sections(doc).map(([text]) => text),
      ['Timeline'],
    );
  });

  it('reads no ellipsis, question or long bold sentence as a label', () => {
    const doc = [
      '# Notes',
      '',
      '**Root cause...** still unknown, we are looking.',
      '',
      '**We rolled the change back at once and the errors stopped.** Then we looked at why.',
      '',
      '**Impact** ',
      '',
    ].join('\n');
    assert.deepEqual(
      kindsOf(doc).filter((k) => k !== 'impact'),
      [],
    );
    assert.equal(
      sections(doc).some(([text]) => /rolled/.test(text)),
      false,
    );
  });

  it('leaves bold starts inside a timeline as its entries', () => {
    const doc = ['# Outage', '', '## Timeline', '', '**Impact.** 10:02 errors start.', '', '**Detection.** 10:05 the pager fires.', ''].join('\n');
    assert.deepEqual(sections(doc), [['Timeline', ['timeline']]]);
  });
});

describe('sections: a background that tells the incident', () => {
  const told = [
    '# Retrospective: registry outage',
    '',
    '## Background',
    '',
    'For about 40 minutes on Monday the package registry answered every request with an error,',
    'after a routine change pointed it at a database replica that had been retired.',
    'We reverted the change at 14:20 and the registry recovered within minutes.',
    '',
    '## Timeline',
    '',
    '- 13:40 change deployed',
    '- 14:20 change reverted',
    '',
    '## Follow-up',
    '',
    '- [ ] Remove retired replicas from the config',
    '',
  ].join('\n');

  it('reads it as the summary when the report has no other', () => {
    assert.deepEqual(sections(told)[0], ['Background', ['summary']]);
  });

  it('reads it so under other names of the context too', () => {
    assert.deepEqual(sections(told.replace('## Background', '## 1. Incident background'))[0], ['1. Incident background', ['summary']]);
  });

  it('leaves a background beside a summary as the context it names', () => {
    const doc = told.replace('## Timeline', '## Summary\n\nThe registry was down for 40 minutes after a bad change.\n\n## Timeline');
    assert.deepEqual(sections(doc)[0], ['Background', []]);
  });

  it('leaves a background that explains the design as no summary', () => {
    const doc = told.replace(
      /For about 40[^]*?minutes\.\n/,
      'The registry keeps its index in a database with two replicas.\nEach replica is read by a pool of stateless servers behind a balancer.\nWrites go to the primary and are copied to both replicas.\n',
    );
    assert.deepEqual(sections(doc)[0], ['Background', []]);
  });
});

describe('sections: harm words as the impact', () => {
  for (const heading of ['Fallout', 'Repercussions', 'Consequences', 'Blast radius', 'Customer effect', 'Who was affected'])
    it(`reads "${heading}" as the impact`, () => {
      const doc = ['# Outage', '', `## ${heading}`, '', 'The nightly reports were a day late; nothing else was touched.', ''].join('\n');
      assert.deepEqual(sections(doc), [[heading, ['impact']]]);
    });
});

describe('sections: a gerund of repair over the fix told, and the aim of a plan', () => {
  const doc = (heading: string, body: string) => ['# Cache outage', '', `## ${heading}`, '', body, ''].join('\n');

  it('reads "Fixing the problem" over the recovery told as taken as the resolution', () => {
    const body = 'We rolled back the cache release at 10:40 and restarted the workers. Service was restored by 10:55.';
    assert.deepEqual(sections(doc('Fixing the problem', body)), [['Fixing the problem', ['resolution']]]);
  });

  it('keeps "Fixing the problem" over work to do as the plan', () => {
    const body = '- [ ] Add a size check to the cache release job\n- [ ] Page on a cold cache';
    assert.deepEqual(sections(doc('Fixing the problem', body))[0][1][0], 'action-items');
  });

  it('reads "How we make sure this never happens again" as the plan, and "How did this happen?" as the cause', () => {
    const body = 'We will add the check to the deploy job, and a second reviewer for every cache setting.';
    assert.deepEqual(sections(doc('How we make sure this never happens again', body))[0][1][0], 'action-items');
    const cause = 'The check ran only in staging, so the bad value reached production because nothing else looked at it.';
    assert.deepEqual(sections(doc('How did this happen?', cause))[0][1], ['root-cause']);
  });
});
