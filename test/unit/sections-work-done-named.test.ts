/**
 * "Actions taken", "Recovery steps performed", "Urgent actions taken": a heading that names work as
 * done is the response, the resolution, when its content holds no work ahead. The same words with
 * work ahead under them, a plan's own part ("Steps already done" beside the plan, a sub-heading of
 * the action items), "Actions to be taken" and a stretch of the timeline keep their readings. Every
 * document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { assertLinear } from '../support/growth';

const settings = defaultSettings();
const sections = (text: string) => analyzeDocument(text, 'postmortems/2031-05-09-ledger.md', settings).model.sections;
/** The kinds of the section whose heading is the line `## heading` (or `heading`) of the text. */
const kindsOf = (text: string, heading: string) => {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l === `## ${heading}` || l === heading);
  assert.ok(at >= 0, `no line ${heading}`);
  return sections(text).find((s) => s.heading.line === at)?.kinds ?? [];
};

const report = (heading: string, body: string) =>
  [
    '# Ledger exports stalled for a morning',
    '',
    '## Summary',
    '',
    'Nightly ledger exports stopped at 02:10 and nobody received their statements until 09:40.',
    '',
    '## Root cause',
    '',
    'The export worker ran out of file handles because a retry loop never closed its sockets.',
    '',
    `## ${heading}`,
    '',
    body,
    '',
    '## Follow-up work',
    '',
    '- [ ] Close sockets in the retry path (owner: Priya, due 2031-05-30).',
    '- [ ] Alert when open handles pass 80% of the limit.',
    '',
  ].join('\n');

const steps = [
  '- Restarted the export workers with a higher handle limit.',
  '- Re-ran the stalled exports by hand.',
  '- Told the finance team when statements went out.',
].join('\n');

describe('sections: work named as done', () => {
  for (const heading of [
    'Actions taken',
    'Actions Taken',
    'Recovery actions taken',
    'Urgent steps performed',
    '🔧 URGENT STEPS CARRIED OUT',
    '**Steps taken:**',
    '4. Actions taken',
  ]) {
    it(`reads "## ${heading}" over steps told as done as the resolution`, () => {
      assert.deepEqual(kindsOf(report(heading, steps), heading), ['resolution']);
    });
  }

  it('keeps the plan that follows it the action items', () => {
    const kinds = sections(report('Actions taken', steps)).map((s) => s.kinds.join('+'));
    assert.ok(kinds.includes('action-items'), kinds.join(', '));
    assert.ok(kinds.includes('resolution'), kinds.join(', '));
  });

  it('reads sub-headings of the done work as parts of the resolution', () => {
    const body = ['### Bring exports back', '', steps, '', '### Tell finance', '', 'We wrote to the finance team at 09:45.'].join('\n');
    assert.deepEqual(kindsOf(report('Actions taken', body), 'Actions taken'), ['resolution']);
  });

  it('keeps "Actions taken" over work still ahead the action items', () => {
    const ahead = ['- [ ] Raise the handle limit on every worker.', '- [ ] Add a retry budget.'].join('\n');
    assert.deepEqual(kindsOf(report('Actions taken', ahead), 'Actions taken'), ['action-items']);
    const promised = 'We will raise the handle limit on every worker next week.';
    assert.deepEqual(kindsOf(report('Actions taken', promised), 'Actions taken'), ['action-items']);
  });

  it('leaves headings that are not work named as done alone', () => {
    for (const heading of ['Actions to be taken', 'Actions we already took', 'Steps already done', 'Action items', 'Steps we will take']) {
      const text = report(heading, steps);
      const at = text.split('\n').indexOf(`## ${heading}`);
      const section = sections(text).find((s) => s.heading.line === at);
      assert.ok(section, heading);
      assert.ok(!section.because.some((w) => /named as done/.test(w)), `${heading}: ${section.because.join('; ')}`);
    }
  });

  it('keeps "Actions taken" inside a plan a part of the plan', () => {
    const text = [
      '# Ledger exports stalled',
      '',
      '## Summary',
      '',
      'Exports stopped for a morning because the worker ran out of file handles.',
      '',
      '## Action items',
      '',
      '### Actions taken',
      '',
      '- Raised the handle limit on every worker.',
      '',
      '### Still to do',
      '',
      '- [ ] Close sockets in the retry path.',
      '',
    ].join('\n');
    assert.ok(!kindsOf(text, '### Actions taken').includes('resolution'));
  });

  it('keeps "Actions taken" under a section of another kind a part of that section, read as before', () => {
    const text = ['# Ledger exports stalled', '', '## Root cause', '', 'The worker ran out of file handles.', '', '### Actions taken', '', steps, ''].join(
      '\n',
    );
    assert.ok(!kindsOf(text, '### Actions taken').includes('resolution'));
  });

  it('keeps "Actions taken" under a stretch of the timeline no section', () => {
    const text = [
      '# Ledger exports stalled',
      '',
      '## Summary',
      '',
      'Exports stopped for a morning because the worker ran out of file handles.',
      '',
      '## Timeline',
      '',
      '- 02:10 exports stop',
      '- 07:55 the first statement is reported missing',
      '- 09:40 the last export finishes',
      '',
      '### Actions taken',
      '',
      '- Restarted the export workers.',
      '',
    ].join('\n');
    assert.ok(!kindsOf(text, '### Actions taken').includes('resolution'));
  });

  it('survives ugly input: empty, unclosed emphasis, stray colons', () => {
    for (const heading of ['**Actions taken', 'Actions taken:::', '__Steps done__', '   Actions   taken   ']) {
      const kinds = kindsOf(report(heading, steps), heading);
      assert.ok(Array.isArray(kinds));
    }
    assert.doesNotThrow(() => sections('## Actions taken\n'));
    assert.doesNotThrow(() => sections('## Actions taken\n\n-\n-\n'));
  });

  it('reads a long heading of the shape in linear time', function () {
    this.timeout(120_000);
    assertLinear(
      'words before the work named as done',
      (n) => `# T\n\n## ${'urgent '.repeat(n)}actions taken\n\n${steps}\n`,
      (t) => sections(t),
      64,
    );
    assertLinear(
      'a long body under work named as done',
      (n) => `# T\n\n## Actions taken\n\n${'- Restarted one more worker.\n'.repeat(n)}`,
      (t) => sections(t),
      32,
    );
  });
});
