import { strict as assert } from 'node:assert';
import { runOurs } from '../../fixtures/blameless/load';
import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * "Who is responsible" in a plan that settles who owns a duty from now on ("Decide who is
 * responsible for paging the vendor") is no search for someone to blame; the same words asking
 * after a culprit stay reported. Every sentence here is our own.
 */
const FORMS: BlameForms = {
  '"who is responsible" asked after a culprit, and its plans of ownership left alone': {
    blame: [
      'We still want to find out who is responsible for the deleted bucket.',
      'Management asked who was responsible for the outage.',
      'The first question on the call was who is responsible.',
      'We now know who is responsible for this mess.',
      'The auditors will determine who is responsible for the leaked key.',
      'Everyone on the thread already knew who was responsible.',
    ],
    clean: [
      'Decide who is responsible for posting status updates during an incident.',
      'Know who is responsible for talking to partners when the chain halts.',
      'Agree on who is responsible for the weekly restore drill.',
      'We will document who is responsible for each alert route.',
      'We need to clearly define who is responsible for renewing certificates.',
      'Each runbook should spell out who is responsible for the rollback.',
      'Write down who is responsible for the status page, and who backs them up.',
    ],
  },
};

describe('blaming-language: plans that settle who owns a duty', () => {
  itReadsForms(FORMS);
});

/** A post-mortem whose plan names a product as the doer of a task ("Ledgerd will …"). */
function withProductOwner(version: string, failure: string): string {
  return [
    '# Sync stall on the archive nodes',
    '',
    '## Root cause',
    '',
    failure,
    '',
    '## Resolution',
    '',
    `We shipped Ledgerd ${version} with the fix the same evening.`,
    '',
    '## Action items',
    '',
    '- Ledgerd will take steps to shorten its release builds.',
    '- Add an alert on sync lag.',
    '',
  ].join('\n');
}

describe('blaming-language: a product named as the doer of a planned task', () => {
  it('reads a name the document writes with a version as a product, not a person', () => {
    assert.deepEqual(runOurs(withProductOwner('v3.2.1', 'Ledgerd failed to parse the new record type.')).blame, []);
    assert.deepEqual(runOurs(withProductOwner('2.0', 'Ledgerd failed to apply block 9120.')).blame, []);
  });

  it('still reads the same owner as a person when nothing marks the name as a product', () => {
    assert.deepEqual(runOurs(withProductOwner('with a patch', 'Ledgerd failed to parse the new record type.')).blame, ['Ledgerd failed to']);
  });
});
