import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * Hindsight about a person the work did not have ("a second reviewer could have caught it"), which
 * asks for more people rather than judging the one who was there, and a thing's own state told
 * with an adequacy word ("in case the server does not function properly"). Every sentence here
 * is our own.
 */
const FORMS: BlameForms = {
  'hindsight about the person who was there': {
    blame: [
      'The reviewer could have caught the typo in the hostname.',
      'A reviewer could have spotted the missing index.',
      'The second administrator could have caught the expired key.',
      'An engineer should have checked the target cluster first.',
      'Priyanka could have prevented the restart loop.',
      'The on-call engineer should have noticed the disk alert.',
    ],
    clean: [
      'A second reviewer could have caught the typo in the hostname.',
      'The fix sat for a day, and another maintainer could have caught the regression sooner.',
      'An extra reviewer could have spotted the missing index.',
      'Another senior engineer could have prevented the restart loop.',
      'A second engineer should have checked the target cluster first.',
      'another admin should have  reviewed  the change',
    ],
  },
  "a thing's state judged by an adequacy word": {
    blame: [
      'The engineer did not properly test the change.',
      'We did not test the restore properly.',
      'Tomasz did not properly check the backup.',
      'The admin was not responsible with the shared root password.',
    ],
    clean: [
      'We keep a standby in case the primary does not function properly, but we had none for the whole region.',
      'If the failover does not work properly, page the database team.',
      'The exporter never worked properly after the upgrade, so we replaced it.',
      'The replicas functioned properly once the network came back.',
      'Our cache no longer behaves properly under load.',
      // "Responsible for": a remit, or a denial of blame, not a judgement of care.
      'I run the edge routers and am not responsible for the storage cluster behind them.',
      'The contractor was not responsible for the payment outage; the retry loop was.',
    ],
  },
};

describe('blameless: people wished for, and things that did not work properly', () => {
  itReadsForms(FORMS);
});
