import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * A person's grasp of how a thing works found wanting, with an owner: "my lack of understanding
 * of …", "the team lacked deep understanding of …". The same words with no owner inside a sentence, of the authors
 * as "we", of a thing or of users stay quiet, as does understanding asked for or thanked for.
 * Every sentence here is our own.
 */
const FORMS: BlameForms = {
  "a person's understanding found wanting": {
    blame: [
      'In short, my lack of understanding of the query builder caused the bad delete.',
      'The platform team lacked deep understanding of how the sidecar rewrites ports.',
      "Dana's lack of understanding of the cron syntax scheduled the job hourly.",
      'The contractor lacked a basic understanding of the billing schema.',
      'His lack of understanding of the flags turned the cache off.',
      'THE ON-CALL ENGINEER LACKED ANY UNDERSTANDING OF THE FAILOVER.',
    ],
    clean: [
      'Thank you for your understanding.',
      'Thanks to everyone for their patience and understanding.',
      'We now have a better understanding of the API contract.',
      'Our understanding of the trigger was that it ran on the base branch.',
      // The authors as "we", nobody, a thing, users.
      'Our lack of understanding of the failover was the real gap.',
      'We lacked a clear understanding of the quota rules.',
      'A lack of understanding is normal when a system is new to everyone.',
      'The root cause was a lack of understanding of the retry semantics.',
      'The parser lacked any understanding of quoted fields.',
      "Users' lack of understanding of the new menu led to tickets.",
      // Denied.
      'It was not a lack of understanding on anyone’s part.',
      // A bare entry "lack of understanding" is a cause's verdict: grasp-found-short.test.ts.
      'The team lacked',
    ],
  },
};

describe('blameless: a grasp found wanting', () => {
  itReadsForms(FORMS);
});
