import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * Forms that wait for their own word before they look at the words around it (a refusal, a change
 * verb written with "re-", a set-aside passive, "better" after a modal perfect, an incident that
 * ought not to have happened, a connective of pressing on) and the setting aside of refuted blame,
 * which has nothing to do in a sentence without a hit: what they report is as before. Every
 * sentence here is our own.
 */
const FORMS: BlameForms = {
  'a refusal said of a person, bare or with "refusing to"': {
    blame: [
      'Dana refused, and the rollout stalled for an hour.',
      'They refused outright when we asked for a rollback.',
      'I spent two days refusing to look at the logs.',
      'The vendor kept refusing to answer our tickets.',
    ],
    clean: [
      'The proxy refused the connection and the client retried.',
      'Nobody refused to help during the incident.',
      'The server kept refusing to bind the port.',
    ],
  },
  'a change verb written with "re-" on a faulty target': {
    blame: ['Sam re-deployed the wrong build to production.'],
    clean: ['The job re-deployed the previous build after the failure.', 'Maya re-applied a broken config to every host.'],
  },
  'a written way of working set aside, in the passive': {
    blame: ['The runbook was not followed during the failover.'],
    clean: ['The outage was followed by a second one an hour later.', 'The checklist was bypassed by hand to save time.'],
  },
  'conduct that could have been done better': {
    blame: ['We could have handled the rollout much better.'],
    clean: ['The migration went better than the rehearsal.'],
  },
  'an incident that ought not to have happened': {
    blame: ['An outage like this should never have happened.'],
    clean: ['This should not happen during backups.', 'The failover should never happen again.'],
  },
  'pressing on past trouble after a connective of several words': {
    blame: [
      'In spite of the objections, the on-call engineer pressed ahead with the migration.',
      'Despite the errors on the canary, Sam pushed the release to every region.',
    ],
    clean: ['Even in the logs there was nothing.', 'The queue drained once the consumers restarted.'],
  },
  'blame set aside by a refutation, and blame without one': {
    blame: ['Human error caused the outage.'],
    clean: ['While it can be put down to human error, it is incorrect to focus on the person.'],
  },
};

describe('blameless: forms that wait for their own word', () => {
  itReadsForms(FORMS);
});
