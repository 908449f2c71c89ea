import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * Verdicts and slips that several teams' post-mortems write without naming anyone (issue 14),
 * each with at least as many look-alikes that share their words and must stay unflagged. Every
 * sentence here is our own.
 */
const FORMS: BlameForms = {
  'a loss or a slow recovery of the authors called unacceptable': {
    blame: [
      'Losing customer uploads is unacceptable.',
      'Dropping queued invoices was simply inexcusable, and we are sorry.',
      'A data loss of this kind is unacceptable for a backup product.',
      'Ninety minutes to bring the site back was an unacceptable recovery time.',
      'Our restore time was unacceptable for a service people pay for.',
      'It took us a full day, which is an unreasonably long resolution time.',
    ],
    clean: [
      'Losing a single replica is acceptable: the cluster keeps two more.',
      'Losing a day of analytics events would be unacceptable, so the queue now spills to disk.',
      'A recovery time over an hour will be unacceptable once the new contract starts.',
      'The API had an unacceptable response time during the sale.',
      'The dashboard rendered at an unacceptable resolution on small screens.',
      'The proxy rejected the upload as unacceptable because its type was wrong.',
      'Ana measured the recovery time of each restore drill.',
      'We agreed that losing the cache on a deploy is not unacceptable.',
      'Packet loss on the backup link was unacceptable, so traffic moved to the second carrier.',
      'A frame loss of two percent is unacceptable for the video relay.',
      'The loss rate was unacceptable on the eastern route until the carrier replaced the fibre.',
    ],
  },
  'the same verdict after a verb of judging, after "it", or on a service not being available': {
    blame: [
      'We consider losing customer uploads unacceptable.',
      'The board deemed the outage inexcusable and asked for a review.',
      'We found dropping the queued invoices unacceptable for a billing product.',
      'My manager replied that it was unacceptable to break the build for everyone.',
      'It is simply unacceptable to lose a week of invoices.',
      'The archive not being available for six hours is unacceptable.',
      'we consider   losing the uploads unacceptable',
    ],
    clean: [
      'We consider a day of downtime acceptable for the internal wiki.',
      'We would consider losing a replica unacceptable.',
      'If we find the data loss unacceptable, we restore from tape.',
      "We don't consider losing the cache unacceptable.",
      'The team found the latency unacceptable.',
      'The checker found the loss rate unacceptable on the eastern route.',
      'The parser considered the header unacceptable and dropped it.',
      'It is unacceptable to ship a migration without a tested restore.',
      'It would be unacceptable to lose the queue during a failover.',
      'The archive being unavailable is acceptable during the window.',
      'For tenants where downtime is unacceptable, we run a second region.',
      'In setups where data loss is not acceptable, copy the disks before the move.',
    ],
  },
  'a slip of someone unnamed, told after a leading phrase or an adverb set off by commas': {
    blame: [
      'Hoping to free some disk, an operator deletes the log volume, thoughtlessly assuming it was the scratch disk.',
      'To finish before the freeze, a developer merges the branch, blindly trusting the green build.',
      'Trying to clear the queue, the on-call purges it, errantly assuming the messages were duplicates.',
      'The admin renewed the certificate and, crucially, forgot to reload the proxy.',
      'The contractor, sadly, neglected to rotate the keys.',
    ],
    clean: [
      'Hoping to free some disk, an operator deletes the old log volume, as the runbook says.',
      'To finish before the freeze, Ana merged the branch and watched the canary.',
      'Trying to clear the queue, the consumer retried every message, wrongly marking them as new.',
      'The load balancer restarted and, unexpectedly, dropped every open connection.',
      'The cron job, sadly, failed to rotate the keys.',
      'Running the migration, the job forgot its lock and ran twice.',
      'Working through the night, Sam restarted each node and, finally, restored the queue.',
      'To be safe, the on-call paged the database team, thinking the primary might be at risk.',
    ],
  },
  "a third party's doing judged by the authors": {
    blame: [
      'Our frustration came mostly from their quota rules for small accounts.',
      'Our main frustration came mostly from their support process.',
      'Two outages in one month undermined our confidence in their storage operator.',
      'Two missed escalations eroded our trust in their on-call.',
      'The bulk of our frustrations stem from their support desk.',
    ],
    clean: [
      "We understand our users' frustration, and we are sorry for the wait.",
      'Their frustration was due to our slow status updates.',
      'We shared our frustration with their account manager, who escalated the ticket.',
      'Our frustration with the slow restore led us to add parallel workers.',
      'Flaky tests eroded our confidence in the release suite.',
      "The outage has shaken our users' trust in our service.",
      'Their quick fix restored our confidence in their platform.',
      'A damaged disk in their rack was replaced within the hour.',
      'Our frustration stemmed from the slow restore, not from their support desk.',
    ],
  },
};

describe('blaming-language: verdicts and slips told without a name, and sentences that only look like them', () => {
  itReadsForms(FORMS);
});
