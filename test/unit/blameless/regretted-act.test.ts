import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * The author's own act under a regret that opens the sentence ("Unfortunately, … I restored the
 * wrong snapshot"): the author named as the doer of what went wrong. Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'the author’s act told under a regret': {
    blame: [
      'Unfortunately, I loaded the snapshot from the wrong week.',
      'Unfortunately, the list of hosts I copied came from the staging inventory.',
      'Unfortunately, the queue was draining when I manually switched the writers to the new cluster.',
      'Sadly, in the second release I enabled the new cache for every tenant.',
      'But unfortunately I ran the cleanup job against the primary.',
      'Regrettably, I had rotated the signing key before the clients picked up the new one.',
      'Unfortunately, the replica was behind when I failed over to it.',
      '- Unfortunately, I took the template from an outdated branch.',
    ],
    clean: [
      // "We" and others: an organisation's act, or no one's.
      'Unfortunately, we restored the snapshot from the wrong week.',
      'Unfortunately, the vendor rotated the key without notice.',
      'Unfortunately, the disk filled up overnight.',
      // Knowing, finding out, trying, telling, being and having.
      'Unfortunately, I only noticed the alert an hour later.',
      'Unfortunately I realised too late that the job had stopped.',
      'Unfortunately, I tried to restart the node twice.',
      'Unfortunately, I contacted the provider only after lunch.',
      'Unfortunately, when I checked the logs, they had already been rotated.',
      'Unfortunately, by the time I arrived at the office the queue was full.',
      'Unfortunately, when I tested the change on staging, the bug did not show.',
      'Unfortunately, I was on leave that week and nobody else had access.',
      'Unfortunately, I had no access to the console from the train.',
      'Unfortunately, I lost the connection to the bastion host.',
      // Not knowing, then the response: only the first act is read.
      'Unfortunately I didn’t know the site was down, and once I found out I restarted it.',
      // Negated, modal or supposed.
      'Unfortunately, I didn’t restart the worker in time.',
      'Unfortunately, I couldn’t reach the data centre.',
      'Unfortunately, if I had waited, the queue would have drained.',
      'Unfortunately, had I known, I would have paused the rollout.',
      // Repair work, and an act after a turn.
      'Unfortunately, the fix I deployed did not change anything.',
      'Unfortunately, the rollback I started took an hour.',
      'Unfortunately, the disk filled up, but I cleared it within minutes.',
      // The regret not opening the sentence, and no regret at all.
      'I restarted the proxy, which unfortunately dropped the sessions.',
      'I restored the snapshot from the wrong week.',
      // Broken off.
      'Unfortunately, I',
      'Unfortunately,',
    ],
  },
};

describe('blameless: the author’s act told under a regret', () => {
  itReadsForms(FORMS);
});
