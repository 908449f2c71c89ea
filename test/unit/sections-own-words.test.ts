/**
 * Headings in the authors' own words: a label that only holds the report's parts is no section of its
 * own, a heading whose words name no kind is read by what its content tells (a cause tied to its
 * effect), and a list grouped under phase labels ("Short-term") is read by the entries it groups.
 * Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';

function sections(text: string): [string, string[]][] {
  return analyzeDocument(text, 'postmortems/2031-07-02-gateway.md', defaultSettings()).model.sections.map((s) => [s.heading.text, s.kinds]);
}

const kindsOf = (text: string, heading: string) => sections(text).find(([t]) => t === heading)?.[1] ?? [];

const wrapped = (label: string) =>
  [
    '# Gateway returned 502 for an hour',
    '',
    `## ${label}`,
    '',
    '### Overview',
    '',
    'For an hour on Tuesday the payment gateway answered one request in five with a 502.',
    '',
    '### Timeline',
    '',
    '- 09:02 a config push reached the gateway',
    '- 09:10 the first alert fired',
    '- 10:04 the push was reverted',
    '',
    '### Impact',
    '',
    'About 4,000 checkouts failed and had to be retried by the shoppers.',
    '',
  ].join('\n');

describe('sections: a label that only holds the parts of the report', () => {
  it('reads "Postmortem" over its own sub-headings as no section, and the parts as theirs', () => {
    const text = wrapped('Postmortem');
    assert.deepEqual(kindsOf(text, 'Postmortem'), []);
    assert.deepEqual(kindsOf(text, 'Overview'), ['summary']);
    assert.deepEqual(kindsOf(text, 'Timeline'), ['timeline']);
  });

  it('reads "Retrospective" over its own sub-headings as no section', () => {
    assert.deepEqual(kindsOf(wrapped('Retrospective'), 'Retrospective'), []);
  });

  it('keeps a "Postmortem" section that tells something of its own before its parts', () => {
    const text = wrapped('Postmortem').replace('## Postmortem\n', '## Postmortem\n\nWe should have staged the push; next time we will.\n');
    assert.notDeepEqual(kindsOf(text, 'Postmortem'), []);
  });

  it('keeps a "Retrospective" over parts of its own kind as the lessons', () => {
    const text = [
      '# Gateway returned 502 for an hour',
      '',
      '## Retrospective',
      '',
      '### What went well',
      '',
      'The alert fired within minutes.',
      '',
      '### What went wrong',
      '',
      'Nobody owned the gateway config, so the push went out unreviewed.',
      '',
    ].join('\n');
    assert.equal(kindsOf(text, 'Retrospective')[0], 'lessons-learned');
  });
});

const under = (heading: string, body: string) =>
  kindsOf(
    ['# Gateway returned 502 for an hour', '', '## Summary', '', 'The gateway failed one request in five for an hour.', '', `## ${heading}`, '', body, ''].join(
      '\n',
    ),
    heading,
  );

describe('sections: a heading in the authors own words, read by its content', () => {
  it('reads a heading that names nothing over a cause tied to its effect as the cause', () => {
    const body = 'The errors were caused by a config push that dropped the upstream pool of the gateway.';
    assert.deepEqual(under('Analyze', body), ['root-cause']);
    assert.deepEqual(under('Digging in', body), ['root-cause']);
    assert.deepEqual(under('Under the hood', body), ['root-cause']);
  });

  it('leaves a heading that names nothing over a plain description alone', () => {
    assert.deepEqual(under('Gateway pools', 'The gateway keeps one pool of upstreams per region, refreshed every minute.'), []);
  });

  it('leaves a heading that names nothing over a long account with one cause in passing alone', () => {
    const body = [
      'The gateway keeps one pool of upstreams per region.',
      'Each pool is refreshed every minute from the registry.',
      'Pools are shared by every route of the region.',
      'One region was slow because of a noisy neighbour.',
    ].join('\n');
    assert.deepEqual(under('Gateway pools', body), []);
  });
});

describe('sections: a plan grouped under phase labels', () => {
  it('reads a heading that names nothing over work grouped as Short-term / Mid-term as the plan', () => {
    const body = [
      '- Short-term',
      '  - tighten the alert on upstream errors',
      '  - document the revert',
      '- Mid-term',
      '  - secure the config push behind a review',
      '  - split the pools per route',
    ].join('\n');
    assert.deepEqual(under('Countermeasures', body), ['action-items']);
    assert.deepEqual(under('Hardening steps', body.replace('- Short-term', '- **Now:**').replace('- Mid-term', '- **Later:**')), ['action-items']);
  });

  it('leaves a list of groups whose entries tell what happened alone', () => {
    const body = [
      '- Europe',
      '  - checkouts failed for an hour',
      '  - refunds were delayed',
      '- Asia',
      '  - no shopper noticed',
      '  - the nightly job ran late',
    ].join('\n');
    assert.notDeepEqual(under('Regions', body), ['action-items']);
  });

  it('does not read a sentence-long item with a sub-list as a group label', () => {
    const body = ['- We looked at the gateway logs first', '  - stop the pool refresh', '  - check the registry'].join('\n');
    assert.notDeepEqual(under('Looking around', body), ['action-items']);
  });
});
