import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * The people of an open project or a community as the one blamed: "a contributor", "a volunteer",
 * "a moderator", and "member" only after a word that makes it a person ("a team member"): a member
 * of a replica set or a cluster is a machine. Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'hindsight and lapses put on community roles': {
    blame: [
      'A team member should have checked the backups before the upgrade.',
      'A staff member should have noticed the expiry warning.',
      'The moderator forgot to lock the thread.',
      'A volunteer should have watched the queue that night.',
      'A contributor should have tested the migration on a copy.',
      'Core members ignored the failing nightly build for a week.',
    ],
    clean: [
      'A member of the replica set failed to rejoin after the restart.',
      'The member failed to rejoin the cluster until the disk was replaced.',
      'Cluster members forgot their leases when the clock jumped.',
      'The contributor guide was out of date.',
      'Volunteer hours were low that month.',
      'A second volunteer could have caught the bad merge sooner.',
    ],
  },
};

describe('blameless: community roles', () => {
  itReadsForms(FORMS);
});
