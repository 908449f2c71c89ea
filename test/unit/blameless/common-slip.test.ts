import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * A slip owned and called common in the same breath ("I made a mistake that anyone could have
 * made"): the confession says the work invites the slip from whoever does it, and is left alone. A
 * slip owned without that clause, or with a clause that says something else, stays blame. Every
 * sentence here is our own.
 */
const FORMS: BlameForms = {
  'a slip owned, without calling it common': {
    blame: [
      'I made a mistake.',
      'I made a mistake that cost us the evening.',
      'Bob made a mistake that everyone noticed at once.',
      'I made a mistake that we make every quarter.',
      'My mistake was trusting the default timeout.',
      'I made a mistake, one that took the queue down.',
    ],
    clean: [
      'I made a mistake that anyone could have made.',
      'I made a mistake anyone could have made: the flag names are one letter apart.',
      'Dana made a mistake that any of us could have made.',
      'My mistake was one that everyone makes sooner or later.',
      'my error was one   everybody makes',
      'I made a mistake, one that most engineers would make with this tool.',
      'We made a mistake that we all make now and then.',
    ],
  },
};

describe('blameless: a slip owned and called common', () => {
  itReadsForms(FORMS);
});
