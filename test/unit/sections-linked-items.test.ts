/**
 * Items that open on a link: a link to an issue, a pull or merge request or a ticket is tracked
 * work, and a list of them under a heading that names nothing is the plan; a link to a page, a
 * file or a line of code is a reference, and a list of them makes no plan. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { sectionReader } from './helpers/sections';

const { kindsOf } = sectionReader('postmortems/2031-06-11-mailer.md');

const report = (heading: string, body: string) =>
  [
    '# Mailer backlog on the eleventh of June',
    '',
    '## Summary',
    '',
    'Outgoing mail queued for three hours after the relay rejected our new certificate.',
    '',
    '## Action items',
    '',
    '- Add a check of the certificate chain before each deploy',
    '',
    `## ${heading}`,
    '',
    body,
    '',
  ].join('\n');

describe('sections: items that open on a link', () => {
  it('reads a list of linked issues as the plan', () => {
    const body = [
      '- [Alert when the mail queue grows](https://git.example.org/mail/relay/issues/12)',
      '- [Pin the relay certificate chain](https://git.example.org/mail/relay/-/merge_requests/40)',
      '- [Document the relay handover](https://tracker.example.org/browse/MAIL-77)',
    ].join('\n');
    assert.deepEqual(kindsOf(report('Work tracked', body), 'Work tracked'), ['action-items']);
  });

  it('reads a list of links to pages and files as no plan', () => {
    const body = [
      '- [Earlier relay incident](./2031-02-03-relay.md), the last time the queue grew',
      '- [Relay status page](https://status.example.org/)',
      '- [Monitoring notes](../ops/monitoring.md)',
    ].join('\n');
    assert.deepEqual(kindsOf(report('Related', body), 'Related'), []);
  });

  it('reads links to lines of code that name bugs as no plan', () => {
    const body = [
      'Two small bugs in the mailer are worth noting.',
      '',
      '- [sender names are fixed](https://git.example.org/mail/mailer/blob/main/src/send.rs#L15) to one domain, so test mail cannot go out',
      '- [the retry loop](https://git.example.org/mail/mailer/blob/main/src/retry.rs#L90) has no upper bound',
    ].join('\n');
    assert.notDeepEqual(kindsOf(report('Mailer bugs', body), 'Mailer bugs'), ['action-items']);
  });

  it('reads ugly links without failing', () => {
    const body = '- [unclosed](https://git.example.org/issues/1\n- [](https://git.example.org/issues/)\n- [x]()';
    assert.deepEqual(kindsOf(report('Odd links', body), 'Odd links'), []);
  });
});
