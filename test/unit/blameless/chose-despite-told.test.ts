import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * A choice made by someone other than the authors against what they had been told or given
 * ("the vendor decided to reuse the key despite having been warned"): an outside person judged
 * for a choice, told in the third person. Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'a choice made despite having been told or given something': {
    blame: [
      'The partner received the refund twice, which they decided to hold on to despite having been reminded of the terms.',
      'The partner team chose to reuse the old key despite having been warned about it in March.',
      'The contractor opted to skip the second check despite having been told it was required.',
      'The contractor insisted on keeping root access despite having been paid to hand it over.',
      'Morgan decided to publish the details despite having been asked to wait for the fix.',
    ],
    clean: [
      'We decided to keep the old cluster running despite having been told it was costly.',
      'The service decided to retry despite having been throttled twice.',
      'The researcher was paid a bounty and returned the funds the same day.',
      'Despite having been warned by the monitor, the queue kept growing.',
      'The team restored service despite having been paged late at night.',
      'They decided to keep the rollback despite the cost, and told us why in the channel.',
      'The job was retried despite having been paused.',
      'decided despite having been',
      'The vendor, despite having been warned, ',
    ],
  },
};

describe('blameless: a choice made despite having been told or given something', () => {
  itReadsForms(FORMS);
});
