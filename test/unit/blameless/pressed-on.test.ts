import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * A person pressing an act on past signs of trouble ("I tried to force the upgrade through even
 * after we ran into errors"): the wider reading of "deployed despite the warnings". The act must
 * be one of forcing, pushing or pressing ahead, and its subject a person other than the authors'
 * "we". Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'a person pressing an act on past signs of trouble': {
    blame: [
      'The chain began when I tried to force the upgrade through even after we ran into errors on the first host.',
      'Despite the errors on the canary, Sam pushed the release to every region.',
      'The on-call engineer pressed ahead with the migration in spite of the objections from the database team.',
      'The release manager insisted on pushing the build out despite concerns from QA.',
      'The contractor forged ahead with the rewiring regardless of the alerts on the panel.',
      'Bob deployed despite the warnings.',
    ],
    clean: [
      'Despite the problems, the team restored service within the hour.',
      'The pod kept failing even after the restart.',
      'We pushed the fix even after the first errors, since the rollback was riskier.',
      'Even after the errors were fixed, the queue stayed long.',
      'The scheduler forced a restart even after the errors cleared.',
      'Despite these issues, Priya kept the status page up to date.',
      'I continued working on the fix despite the problems with the VPN.',
      'Even after the alerts fired, the job pushed its results to the bucket.',
      'The deploy bot forced the rollout even after the errors.',
      'Sam pushed a fix for the errors even after midnight.',
      'Even though Dana pushed the change, the errors came from an older release.',
      'The team proceeded to restore from the backup even though the errors persisted.',
    ],
  },
};

describe('blameless: a person pressing an act on past signs of trouble', () => {
  itReadsForms(FORMS);
});
