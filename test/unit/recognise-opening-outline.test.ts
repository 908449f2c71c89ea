/**
 * A report that opens on four parts of its account in a row (a summary, the impact, a timeline, the
 * cause), then goes on with analyses of its own under headings that name no part (the classes of
 * failure, the controls to build, a runbook for now, open questions): its outline is a post-mortem's
 * though the named parts make less than two thirds of it. A manual or a guide names a cause or an
 * impact here and there, not four parts in a row at its opening. Every document here is written for
 * the test.
 */
import { strict as assert } from 'node:assert';
import { detection } from '../support/recognition';

const PARTS: Record<string, string[]> = {
  summary: ['## Summary', '', 'From Monday to Thursday the shop served build 41 while the main branch moved on by ninety commits.', ''],
  impact: ['## Impact', '', '| Measure | Value |', '| --- | --- |', '| Builds held back | 90 |', '| Days behind | 3 |', ''],
  timeline: [
    '## Timeline (UTC)',
    '',
    '| Time | Event |',
    '| --- | --- |',
    '| 06-02 09:10 | A dependency bump merges. |',
    '| 06-02 09:40 | The first packaging run goes red. |',
    '| 06-05 16:20 | A pinned version merges and packaging passes. |',
    '',
  ],
  cause: ['## Root cause', '', 'The packager dropped linked files that the new dependency version placed outside the app folder.', ''],
  classes: ['## Failure classes', '', '- Packaging checked only after merge', '- Nobody owned the red runs', ''],
  controls: ['## Systemic controls', '', 'Packaging gets a check before merge, on the same image as the release.', ''],
  runbook: ['## Runbook for now', '', 'Compare the served build with the main branch each morning.', ''],
  questions: ['## Open questions', '', 'Whether the second dependency bump mattered is still unclear.', ''],
  actions: ['## Action items', '', '- [ ] Add the packaging check before merge', ''],
};

const report = (order: readonly string[], eol = '\n') => ['# The shop stuck on build 41 for three days', '', ...order.flatMap((k) => PARTS[k])].join(eol);

const OPENING = ['summary', 'impact', 'timeline', 'cause', 'classes', 'controls', 'runbook', 'questions', 'actions'];

describe('recognising an outline that opens on four parts in a row', () => {
  it('takes a report opening on its summary, impact, timeline and cause, then analyses of its own', () => {
    assert.equal(detection(report(OPENING)), 'content');
  });

  it('takes it so with CRLF line ends', () => {
    assert.equal(detection(report(OPENING, '\r\n')), 'content');
  });

  it('does not take the same parts scattered among the other headings', () => {
    const scattered = ['classes', 'summary', 'controls', 'impact', 'runbook', 'timeline', 'questions', 'cause', 'actions'];
    assert.equal(detection(report(scattered)), 'not-a-postmortem');
  });

  it('does not take four parts in a row where they make less than half of the outline', () => {
    const extra = ['## Appendix A', '', 'Notes.', '', '## Appendix B', '', 'More notes.', ''];
    assert.equal(detection(report(OPENING) + '\n' + extra.join('\n')), 'not-a-postmortem');
  });

  it('takes odd input without failing: empty parts, headings only', () => {
    const bare = OPENING.map((k) => PARTS[k][0]).join('\n');
    assert.doesNotThrow(() => detection(bare));
    assert.doesNotThrow(() => detection('# x\n\n## Summary\n## Impact\n## Timeline\n## Root cause\n'));
  });
});
