import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * A disposition of people said in excess ("we were overly aggressive", "the team was too
 * optimistic") judges how they went about the work. The same words said of a system or a plan
 * describe it, the disposition alone judges nothing, and a negation denies it. Every sentence here
 * is our own.
 */
const FORMS: BlameForms = {
  'a disposition of people said in excess': {
    blame: [
      'We were overly aggressive in shipping four schema changes in one release.',
      'The team was too optimistic about how long the index rebuild would take.',
      'I was overconfident that the rollback script would work unchanged.',
      'An overly confident engineer approved the change without a second look at the plan.',
      'The vendor was too eager to close the ticket.',
      'Ops were too relaxed about the certificate expiry dates.',
    ],
    clean: [
      'The retry policy was overly aggressive and flooded the database.',
      'The autoscaler was too aggressive when scaling down.',
      'We were not overly aggressive with the rollout.',
      'Our goals for the quarter were ambitious.',
      'We are confident this was an isolated event.',
      'The plan was too ambitious for one weekend.',
      'We were too busy to look at the dashboards.',
      'The caching is too aggressive for this workload.',
      'Even an overly cautious engineer should be able to follow these steps.',
      'The firewall settings were too relaxed for production.',
    ],
  },
};

describe('blameless: a disposition of people said in excess', () => {
  itReadsForms(FORMS);
});
