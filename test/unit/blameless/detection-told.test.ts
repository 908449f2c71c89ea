import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * False alarms that recur in first-person and timeline writing: how a fault came to light told
 * with "didn't notice … until", and a weak fault verb in the passive inside a "that" clause, whose
 * subject is what the act was done to. And self-fault owned by a side: "a mistake on our side". Look-alikes that must stay reported sit beside them. Every
 * sentence here is our own.
 */
const FORMS: BlameForms = {
  'an omission of noticing with no "until" after it, or a person who skipped a step': {
    blame: [
      "I didn't notice the warning in the deploy log.",
      'I did not catch the typo in review.',
      'The reviewer didn’t spot the missing index.',
      'The contractor that the vendor sent skipped the checklist.',
      'The engineer was careless and skipped the canary.',
      'The migration was skipped by the on-call engineer.',
    ],
    clean: [
      "I didn't notice it until a customer wrote to support.",
      'We did not spot the drift until the nightly report came in.',
      "We didn't catch the bad rows till the finance team asked about them.",
      'Maya told Sam that the checks had been skipped, so every batch passed.',
      'The health checks were skipped for the new region.',
      'The scheduler reports that the job was missed during the failover.',
    ],
  },
  'a fault noun of people owned by "our side" or "my end"': {
    blame: [
      'It was a billing configuration mistake on our side.',
      'A mistake on our end meant the digest went to every subscriber.',
      'Honestly, it was a blunder on my side.',
    ],
    clean: [
      'There was a line fault on their side, and the carrier replaced the card.',
      'Errors on our side rose to four percent during the window.',
      'This was an error on our side of the proxy.',
      'The mistake on our side of the integration was a stale token.',
      'If there is a mistake on your side, the form shows it in red.',
      'Any mistake on our end would show up in the audit log.',
      'There was no mistake on our side.',
    ],
  },
};

describe('blameless: detection told and passives in a "that" clause', () => {
  itReadsForms(FORMS);
});
