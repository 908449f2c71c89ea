/**
 * A heading that names the search for a cause ("How did we diagnose it?") over steps its authors tell
 * as done, with no cause tied to an effect and no work ahead: how the problem was found, not the cause.
 * Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';

function sections(text: string): [string, string[]][] {
  return analyzeDocument(text, 'postmortems/2031-06-12-mailer.md', defaultSettings()).model.sections.map((s) => [s.heading.text, s.kinds]);
}

const doc = (heading: string, body: string) => ['# Newsletter not delivered', '', `## ${heading}`, '', body, ''].join('\n');
const kindsUnder = (heading: string, body: string) => sections(doc(heading, body)).find(([text]) => text === heading)?.[1] ?? [];

describe('sections: the search for a cause told as steps is how it was found, not the cause', () => {
  it('reads a question of diagnosis over numbered steps told as done as the detection', () => {
    const body = [
      '1. Ran the sender by hand with the production settings: every message was accepted.',
      '2. Compared the queue with the list archive and found the last week missing.',
      '3. Opened the list settings and checked who may post.',
    ].join('\n');
    assert.deepEqual(kindsUnder('How did we diagnose it?', body), ['detection']);
  });

  it('reads "Diagnosing the outage" told as what we did, in prose, as the detection', () => {
    const body = 'We first restarted the sender on a spare host. Then we replayed one message and watched the relay logs for an hour.';
    assert.deepEqual(kindsUnder('Diagnosing the outage', body), ['detection']);
  });

  it('keeps a diagnosis that ties the cause as the cause', () => {
    const body = [
      '1. Ran the sender by hand and saw the relay refuse it.',
      '2. The relay refused it because the sending address had been dropped from the list of posters.',
    ].join('\n');
    assert.deepEqual(kindsUnder('How did we diagnose it?', body), ['root-cause']);
  });

  it('keeps a diagnosis that states the fault, with no step told, as the cause', () => {
    assert.deepEqual(kindsUnder('Diagnosis', 'The relay accepts mail only from listed posters, and the sending address was not listed.'), ['root-cause']);
  });

  it('keeps a diagnosis that ends on work ahead as it was read', () => {
    const body =
      '- Ran the sender by hand with the production settings.\n- Checked the list settings.\n- [ ] Add a check of the posters list to the deploy job';
    assert.deepEqual(kindsUnder('How did we diagnose it?', body), ['root-cause']);
  });
});

describe('sections: look-alikes of a search told as steps', () => {
  it('keeps a diagnosis whose one sentence opens the findings under it as the cause', () => {
    const text = [
      '# Newsletter not delivered',
      '',
      '## Diagnosis',
      '',
      'By the evening we had identified two problems we faced:',
      '',
      '### The posters list',
      '',
      'The relay rejected the digest because the sending address had been dropped from the list.',
      '',
    ].join('\n');
    assert.deepEqual(sections(text)[0], ['Diagnosis', ['root-cause']]);
  });

  it('keeps "Fixing the problem" over one change told as made as it was read', () => {
    const body = 'Rather than renew the card, I flipped the billing over to the account that holds our funds. Sorry, everyone.';
    assert.ok(kindsUnder('Fixing the problem', body).includes('action-items'));
  });

  it('keeps a heading that names the cause over steps told as done as the cause', () => {
    const body = '- Ran the sender by hand.\n- Checked the list settings.';
    assert.deepEqual(kindsUnder('Diagnosis and root cause', body)[0], 'root-cause');
  });
});

describe('sections: a response heading over entries told by their state is the plan', () => {
  it('reads "Mitigations" over implemented and suggested entries as the plan', () => {
    const body =
      '- Implemented: a spare relay for the digests.\n- Suggested: check the posters list before each send.\n- Suggested: a drill for a failed send.';
    assert.deepEqual(kindsUnder('Mitigations', body), ['action-items']);
  });

  it('reads "Response" over one entry placed ahead by its state as the plan', () => {
    assert.deepEqual(kindsUnder('Response', '- Proposed: a runbook for re-sending a lost digest.'), ['action-items']);
  });

  it('reads "Recovery" over bracketed states as the plan', () => {
    const body = '- [Done] Moved the mailer to the spare relay\n- [Planned] Alert when the relay refuses mail';
    assert.deepEqual(kindsUnder('Recovery', body), ['action-items']);
  });

  it('keeps "Mitigation" over steps told as done, with no state placing work ahead, as the recovery', () => {
    const body = '- Fixed: the posters list, at 10:40.\n- Done: re-sent the digest at 11:05.';
    assert.deepEqual(kindsUnder('Mitigation', body), ['resolution']);
  });

  it('keeps "Mitigation" over prose that mentions a suggestion as the recovery', () => {
    const body = 'We restored the posters list and re-sent the digest. Suggested: nothing more for now.';
    assert.deepEqual(kindsUnder('Mitigation', body), ['resolution']);
  });
});
