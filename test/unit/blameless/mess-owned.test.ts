import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * A mess given a maker by a relative clause ("the mess they created", "the mess Bob left"): the
 * outcome called a mess and put on a party, the wider reading of "the mistakes we made". Leaves a
 * mess with no maker, a mess made by a thing, and the maker told in a main clause. Other parties
 * ("they") now own a strong fault noun told this way too. Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'a mess put on its maker by a relative clause': {
    blame: [
      'We spent the week cleaning up the mess they created.',
      'The vendor will not fix the mess that they made.',
      'Nobody wanted to sort out the mess Bob left behind.',
      'The mess we made of the config took two days to undo.',
      'Support is still answering tickets about the mess the contractor caused.',
      'The blunders they made cost us the weekend.',
    ],
    clean: [
      'The storm made a mess of the cabling.',
      'Cleaning up the mess took a day and we learned a lot.',
      'The mess they found in the logs was from the old agent.',
      'A cleanup script is sweeping up the mess, so we expect service back shortly.',
      'The mess the flood left in the basement took a week to clear.',
      'Our team lead sent a message they created from the template.',
      'They will not leave a mess behind after the migration.',
    ],
  },
};

describe('blameless: a mess put on its maker by a relative clause', () => {
  itReadsForms(FORMS);
});
