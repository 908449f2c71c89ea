import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * A person's foresight or grasp judged as wanting, read as "wasn't aware" is: a named person, a
 * role, a group, he, she or I who did not realise, anticipate, foresee or recognise what the
 * change would do, or who underestimated it. What the authors as "we" did not foresee, what a
 * program or a model did not anticipate, and the state of an investigation stay quiet. Every
 * sentence here is our own.
 */
const FORMS: BlameForms = {
  "a person's foresight judged as wanting": {
    blame: [
      "I didn't realise the cleanup flag also wiped the data volume.",
      'Maria did not anticipate that the retry would double the load on the primary.',
      'The reviewer never realized the setting was shared by every region.',
      'The on-call engineer did not recognise the warning as the start of the outage.',
      'He underestimated how long the reindex would hold the table lock.',
      'The contractor did not foresee that the old route would still be preferred.',
      '@kmorrow didn’t anticipate the second writer on the queue.',
    ],
    clean: [
      // The authors as a team: the lesson is the system's.
      "We didn't realise the cleanup flag also wiped the data volume.",
      'We did not anticipate that the retry would double the load on the primary.',
      'We underestimated how long the reindex would hold the table lock.',
      // A program, a model or a forecast.
      'The scheduler did not anticipate a leap second.',
      "The parser didn't recognise the new header and dropped the request.",
      'The capacity model underestimated weekend traffic by a third.',
      'The load balancer never recognized the new backend pool.',
      // Users and customers are not the authors' people, and the state of an investigation is no lapse.
      'Users did not realise their sessions had expired.',
      "I didn't understand why the pod restarted until the logs came back.",
      'Nobody expected the queue to fill that quickly.',
      // A judgement passed by someone, not a lapse of foresight.
      'The vendor did not consider the timeout a bug.',
      // Subject unknown: a bullet without a subject is left alone.
      'Did not anticipate the restart of the sidecar.',
    ],
  },
};

describe('blameless reading: foresight judged as wanting', () => itReadsForms(FORMS));
