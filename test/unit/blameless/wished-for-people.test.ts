import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * Hindsight about a person the work did not have ("a second reviewer could have caught it"), which
 * asks for more people rather than judging the one who was there, and a thing's own state told
 * with an adequacy word ("in case the server does not function properly"). Every sentence here
 * is our own.
 */
const FORMS: BlameForms = {
  "a thing's state judged by an adequacy word": {
    blame: ['The engineer did not properly test the change.', 'We did not test the restore properly.', 'Tomasz did not properly check the backup.'],
    clean: [
      'We keep a standby in case the primary does not function properly, but we had none for the whole region.',
      'If the failover does not work properly, page the database team.',
      'The exporter never worked properly after the upgrade, so we replaced it.',
      'The replicas functioned properly once the network came back.',
      'Our cache no longer behaves properly under load.',
    ],
  },
};

describe('blameless: people wished for, and things that did not work properly', () => {
  itReadsForms(FORMS);
});
