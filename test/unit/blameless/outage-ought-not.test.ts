import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * The incident judged in a modal, the same verdict as "unacceptable": "an outage like this should
 * never have happened". Only with the incident pointed at in the subject and the modal negated on
 * "happen" or "occur"; goals, conditions, states of a program and what a part should not do stay
 * quiet. Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'the incident judged as one that ought not to happen': {
    blame: [
      'A disruption like this should never have happened.',
      'This outage should not have happened, and we are sorry.',
      'Honestly, this kind of downtime simply shouldn’t happen.',
      'Incidents of this sort should never happen to a paying customer.',
      'Such an outage ought not to have happened on a quiet Sunday.',
    ],
    clean: [
      // A goal for the future.
      'An outage like this should never happen again, so we are adding a second region.',
      'To make sure this outage does not happen again, the job now has a lock.',
      // A case weighed, or what a part of the system should not do.
      'If this outage should happen again, the runbook covers the restart.',
      'The failover should not happen during the backup window.',
      'A failure of one disk should never cause an outage.',
      // A state of a program, with nothing pointing at the incident.
      'This state should never happen in normal operation.',
      'Retries should never happen more than three times.',
      // Said without a negation: an expectation, not a verdict.
      'This outage should have happened at a quieter hour, since the window was announced.',
      // Quoted from another organisation about its own incident.
      'The provider wrote that this outage should never have happened.',
    ],
  },
};

describe('blameless reading: the incident judged as one that ought not to happen', () => itReadsForms(FORMS));
