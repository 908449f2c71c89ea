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
