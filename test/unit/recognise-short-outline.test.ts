/**
 * A short report whose outline is a cause and two more parts, one of them the events, what was
 * learned or what will be done ("Timeline", "Causes", "Improvements"; "Summary", "Root cause",
 * "Follow-ups"), the named parts making most of it: taken when its prose tells something gone wrong
 * in the past, or its timeline tells what its authors did. A release runbook with a section to fill
 * in after a rollback, or a help article that asks what may cause a prompt, has the same outline and
 * tells no past. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { detection } from '../support/recognition';

const WARNING = [
  '# Notice to users of the desktop app',
  '',
  'If you fetched the desktop app in the first week of May, please remove it and fetch version 3.0.2. We will sign every release from now on.',
  '',
  '## Timeline',
  '',
  'We were told on the 6th by a user that the archive on the download page did not match its checksum.',
  '',
  'We took the archive down within the hour and put the build of April back.',
  '',
  '## Causes',
  '',
  '1. A second upload job still held the credentials of the old mirror.',
  '2. Nothing compared the checksum after an upload.',
  '',
  '## Improvements for later releases',
  '',
  '- [ ] Compare the checksum of every upload with the build',
  '- [ ] Remove the credentials of the old mirror',
  '',
];

const BUGS = [
  '# 2026-04-02: sign-up form',
  '',
  '## Summary',
  '',
  'On Tuesday a visitor could not finish the sign-up form: the server returned an error on each of four attempts.',
  '',
  '## Root cause: the form sent the name twice',
  '',
  'The form posted the name field twice after a browser filled it in.',
  '',
  '## Follow-ups',
  '',
  '- [ ] Reject a field sent twice with a clear message',
  '',
];

describe('recognising a short outline: a cause and two more parts', () => {
  it('takes a notice whose timeline tells what its authors did, its causes and its improvements', () => {
    assert.equal(detection(WARNING.join('\n')), 'content');
  });

  it('takes it so with CRLF line ends', () => {
    assert.equal(detection(WARNING.join('\r\n')), 'content');
  });

  it('takes a summary telling a failure in the past, a cause and follow-ups, without a first person', () => {
    assert.equal(detection(BUGS.join('\n')), 'content');
  });

  it('does not take the same outline written as a change that fixes a bug, in the present', () => {
    const change = BUGS.map((line) => (line.startsWith('On Tuesday') ? 'A visitor cannot finish the sign-up form when a browser fills in the name.' : line));
    assert.notEqual(detection(change.join('\n')), 'content');
  });

  it('does not take a release runbook with a cause section to fill in after a rollback', () => {
    const runbook = [
      '# Shipping the billing service',
      '',
      'The steps of a release day.',
      '',
      '## Timeline of the day',
      '',
      '- 09:00 freeze the main branch',
      '- 10:00 deploy to the canary region',
      '',
      '## Root cause analysis',
      '',
      'After any rollback, write down what broke and why the tests let it through.',
      '',
      '## Follow-up',
      '',
      'Open a ticket for each fix and link it here.',
      '',
    ];
    assert.equal(detection(runbook.join('\n')), 'not-a-postmortem');
  });

  it('does not take the outline when the timeline only puts cases', () => {
    const cases = WARNING.map((line) =>
      line.startsWith('We were told')
        ? 'If we are told that an archive does not match, we take it down.'
        : line.startsWith('We took')
          ? 'When we take one down, we put the last build back.'
          : line,
    );
    assert.equal(detection(cases.join('\n')), 'not-a-postmortem');
  });

  it('does not take it where the named parts make less than two thirds of the outline', () => {
    const extra = ['## Mirrors', '', 'A list.', '', '## Keys', '', 'Another list.', '', '## Credits', '', 'Names.', ''];
    assert.equal(detection([...WARNING, ...extra].join('\n')), 'not-a-postmortem');
  });

  it('reads odd input without failing: headings only, empty sections', () => {
    assert.doesNotThrow(() => detection('# x\n## Timeline\n## Causes\n## Follow-ups\n'));
    assert.doesNotThrow(() => detection('## Timeline\n\n## Root cause\n\n## Next steps\n\n\u0000'));
  });
});
