import { strict as assert } from 'node:assert';
import { titleSaysPostmortem } from '../../server/src/analysis/model/detect';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { analyseText } from '../../server/src/workspace/index-core';
import { assertLinear } from '../support/growth';

/** Read as a file kept anywhere: a path that names no post-mortem folder, default settings. */
const takenAnywhere = (text: string) => analyseText(text, 'notes/document.md', defaultSettings(), new Date('2026-12-04T12:00:00Z'), 'outline').isPostmortem;

describe('a title that names the genre as its topic, not one report of it', () => {
  it('does not make a document a post-mortem: a guide, a process, a tool or a project about them', () => {
    for (const title of [
      'How to write a post-mortem',
      'How to run a blameless postmortem',
      'Writing a postmortem',
      'Contributing to Post-Mortem Lint',
      'Incident review process',
      'Post-mortem guidelines',
      'Postmortem debugging support',
      'Post-mortem debugging of core dumps',
      'Notes on the post-mortem',
    ])
      assert.equal(titleSaysPostmortem(title), false, title);
  });

  it('still names one report when the same words are its subject, after a colon or a dash or further on', () => {
    for (const title of [
      'Post-mortem: support portal outage',
      'Postmortem: linter config broke the deploy pipeline',
      'Incident report: checkout tooling failure',
      'Incident review: policy engine rejected every request',
      'Retrospective: the support queue backlog',
      'Incident Report - support tooling outage',
      'Post-mortem of the 2026-03-02 tooling outage',
      'Post-Mortem: Checkout latency',
      'RCA: DNS outage',
      'Post-mortem template',
    ])
      assert.equal(titleSaysPostmortem(title), true, title);
  });

  it('leaves a guide to the genre out of the check when its content tells no incident, and reads the report in the same words', () => {
    const guide = [
      '# How to write a post-mortem',
      '',
      'Start from the timeline, then ask why until the answer is a gap in a system or a process.',
      '',
      '## Sections to include',
      '',
      '- A summary, the impact and a timeline in UTC.',
      '- Action items with one owner and a due date each.',
      '',
    ].join('\n');
    assert.equal(takenAnywhere(guide), false);
    const report = ['# Post-mortem: linter config broke the deploy pipeline', '', 'Deploys failed for forty minutes.', ''].join('\n');
    assert.equal(takenAnywhere(report), true);
  });

  it('reads a long title in bounded time', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    assertLinear('a title of many words', (n) => `How to ${'write a '.repeat(n)}post-mortem`, titleSaysPostmortem);
    assertLinear('a title with a long run of spaces', (n) => `Post-mortem ${' '.repeat(n * 10)}support`, titleSaysPostmortem);
  });
});
