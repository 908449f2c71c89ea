import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * Fault told in mild words (issue 14): a lapse named as the reason for what went wrong, and a
 * misreading by the authors or another party told as a cause. Each form with look-alikes that share
 * its words and must stay unflagged. Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'an oversight given as the reason': {
    blame: [
      'Due to an oversight, the signing keys were not renewed before they lapsed.',
      'Because of an oversight in the release checklist, the migration ran twice.',
      'Owing to a simple oversight, nobody renewed the domain.',
      'The certificate expired through an oversight during the handover.',
      'It was an oversight.',
      'The stale route was an oversight of the network team.',
    ],
    clean: [
      'The outage was not due to an oversight; the disk failed.',
      'Regulatory oversight of the bank was not affected.',
      'Due to regulatory oversight, the bank paused the rollout.',
      'The change was delayed due to an oversight board review.',
      'The project had little oversight or review.',
      'We added oversight to the release process.',
      'The launch went ahead under the oversight of the platform team.',
    ],
  },
};

describe('blameless: fault told in mild words', () => {
  itReadsForms(FORMS);
});
