import { strict as assert } from 'node:assert';
import { check } from '../../../server/src/analysis/engine/engine';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { runOurs } from '../../fixtures/blameless/load';
import { itReadsForms, type BlameForms } from '../../support/blame-forms';
import { timedDetect } from '../../support/blameless-timing';

/**
 * Forms of blame that real post-mortems use and that need more than a fault word after a name
 * (issue 14), each with look-alikes that share its words and must stay unflagged. Every
 * sentence here is our own.
 */
const FORMS: BlameForms = {
  'a call to be more careful, aimed at people': {
    blame: [
      'We need to be more careful when we touch the DNS zone.',
      'Engineers must be more diligent about reading the change plan.',
      'The on-call should be more vigilant on holiday weekends.',
      'Reviewers have to be more rigorous with changes to the billing code.',
      'Be more careful with force pushes to the release branch.',
      'Everyone needs to be more attentive to the deploy channel.',
      'Operators will have to be more cautious with the purge command.',
    ],
    clean: [
      'The parser needs to be more careful about trailing commas.',
      'The health check must be more thorough than a TCP connect.',
      'Our alerting should be more rigorous about disk growth.',
      'We need to be more aggressive about expiring old sessions.',
      'The queue will be more resilient once the second consumer lands.',
      'To be more careful, we now stage every change on one host.',
      'We tried to be more careful this time, and it worked.',
      'We want the rollout tooling to be more careful on our behalf.',
    ],
  },
  'a counterfactual in which people would have prevented it': {
    blame: [
      'We could have avoided the outage by testing the restore once.',
      'Had the reviewer looked at the diff, she could have caught the typo.',
      'The release team could have prevented this by waiting a day.',
      'I could have spotted the expired token an hour earlier.',
    ],
    clean: [
      'The outage could have been avoided with a staged rollout.',
      'The developer could have noticed nothing from the dashboard.',
      'The SRE team could have detected it, had the alert been routed to them.',
      'We could have avoided the restart, but we chose to fail over instead.',
      'A canary could have caught the regression in minutes.',
      'We could have caught this earlier with better alerting on the queue.',
      'The release team could have prevented this using a staged rollout.',
      'Nobody could have predicted the provider would drop the zone.',
      'We could not have prevented the upstream failure.',
      'Anyone with access could have restarted the scheduler.',
      'We could have restored from the nightly snapshot, but the log replay was faster.',
    ],
  },
  'hindsight about a person who should have caught it': {
    blame: [
      'The bad value should have been caught by the reviewer.',
      'The risky migration should have been flagged by the database team.',
      'The expired token should have been noticed by Dana.',
    ],
    clean: [
      // A finder after "by" that is a thing, or the authors, stays a hindsight hint (hindsight-language);
      // "should have been caught in review", with no finder, is missed-check.test.ts's.
      'The outage should have been noticed by us sooner.',
      'The regression should have been caught by the integration tests.',
      'The typo should have been flagged by the linter.',
      'The expiry should have been detected by the certificate monitor.',
    ],
  },
  'a judgement call pinned on a person in a by-phrase': {
    blame: [
      'The risk was deemed acceptable by the release manager.',
      'The old code path was judged "safe enough" by the developer.',
      'The warning was dismissed as noise by the on-call engineer.',
    ],
    clean: [
      'The incident was deemed resolved by the incident commander.',
      'The alert was dismissed by the auto-resolver after five minutes.',
      'The change was deemed low risk by the automated policy check.',
      'The release was approved by the release manager on Tuesday.',
      'It was considered fine by everyone at the time, given what we knew.',
    ],
  },
  'a person who put a faulty thing in place, told with an aside': {
    blame: [
      'After the cleanup, Dana rebuilt the proxy pool, and by doing so applied the wrong routing table.',
      '@kwame restarted the workers and by doing that deployed the broken image everywhere.',
    ],
    clean: [
      'After the cleanup, Dana rebuilt the proxy pool, and by doing so restored the routing table.',
      'The controller restarted the workers and by doing that deployed the broken image everywhere.',
      'Dana rolled back, and the automation then applied the wrong routing table again.',
    ],
  },
  'work of people judged as not done with care, in the passive': {
    blame: [
      'The cleanup was not done in a methodical, coordinated way.',
      'The handover to the night shift wasn’t planned properly.',
      'The customer notice was not communicated in a careful way.',
      'The rotation was not carried out thoroughly.',
    ],
    clean: [
      'The replica was not properly configured for failover.',
      'The error was not handled gracefully by the client library.',
      'Errors from the upstream were not handled properly by the client.',
      'The retries were not done properly by the SDK, which gave up after one.',
      'The migration was not done in a single transaction.',
      'The cleanup was done in a methodical, coordinated way.',
      'The failover was not handled automatically, so we promoted the replica by hand.',
    ],
  },
  'a review that a person did not ask for or wait for': {
    blame: [
      'They did not explicitly request a review and merged the change themselves.',
      'The developer did not ask for a review before the release.',
      'Tomasz merged the schema change without review.',
      'The contractor didn’t wait for approval before resizing the volume.',
    ],
    clean: [
      'The pull request was not reviewed by another developer.',
      'We deployed the hotfix without review while the site was down.',
      'The bot merged the dependency bump without review, as its policy allows.',
      'The team did not need a review for a documentation change.',
    ],
  },
  'reminding people to do their part, as the fix': {
    blame: [
      'We will remind engineers to run the smoke tests before each deploy.',
      'Platform Services will re-iterate the need for product teams to test on staging first.',
      'Remind the on-call to check the replication lag before a failover.',
      'We will reiterate to the service teams that they must use the test cluster.',
    ],
    clean: [
      'Sam reminded the on-call to update the status page.',
      'The bot will remind the owner when a certificate is 30 days from expiry.',
      'We will add a reminder to the deploy checklist.',
      'The scheduler reminds the on-call to acknowledge a page after five minutes.',
    ],
  },
  'the incident itself called unacceptable': {
    blame: [
      'An outage of this length is unacceptable for a payments provider.',
      'Two hours of downtime on launch day was simply unacceptable.',
      'This incident is unacceptable, and we are sorry.',
      'A six hour outage is not acceptable to us or to the people who rely on the service.',
      'Two hours of downtime was most certainly not acceptable.',
      "Our downtime on Tuesday wasn't acceptable.",
      'A replication failure of that length is simply not acceptable for a database product.',
      'We said at the time that the outage was unacceptable, and we still think so.',
      'Ana said the downtime was not acceptable for a release day.',
    ],
    clean: [
      'The latency was unacceptable for the checkout flow.',
      'Error rates above one percent are unacceptable under our SLO.',
      'We agreed that a short outage was not unacceptable during the maintenance window.',
      'The proxy marked the route file as unacceptable and kept the old one.',
      'The gateway answered every call with 406 Not Acceptable until the header was fixed.',
      'A failure rate of two percent is not acceptable for the payment path.',
      'A brief outage would not be acceptable during the launch.',
      'A short outage inside the announced window is acceptable.',
      'The request body was not acceptable to the parser after the schema change.',
      'The host said the outage was not acceptable to them, and they have paused upgrades.',
      'In its incident report the storage provider wrote that the downtime was unacceptable.',
      "A disk failure isn't acceptable as a reason to skip the restore drill.",
      'Sam restarted the service once the outage was confirmed.',
      'On clusters where data loss is not acceptable, copy the volumes by hand before the move.',
      'If losing a day of orders is unacceptable, keep a replica in a second region.',
      'Run the restore drill wherever downtime is unacceptable to customers.',
    ],
  },
  'a verdict on conduct owned "on our part"': {
    blame: [
      'Leaving the signup form broken for a month is completely unacceptable on our part.',
      'Shipping without a rollback plan was careless on my part.',
      'Forty minutes to restore the queue was inexcusable on our part, and we are sorry.',
      'Ignoring the disk warnings was irresponsible on their part.',
    ],
    clean: [
      'No action is required on our part.',
      'Latency was unacceptable on our side of the link.',
      'Waiting another week for the vendor would be unacceptable on our part.',
      'It was not careless on our part to trust the signed release.',
      'The proxy rejected the header as unacceptable on its part of the route.',
    ],
  },
  'a person unaware of what happened, not of how a platform works': {
    blame: [
      'The operator was unaware that the flag had also disabled backups.',
      'Dana wasn’t aware that the migration had already run on the replica.',
      'The on-call engineer was not aware that the certificate expired on Sunday.',
      'The release team was unaware that the freeze was still in force.',
      // Broken off after "that": no fact to read, so it stays what it says of the team.
      'The team was unaware that',
      // "That" left out: a past event, or a clause with no verb in the present after its subject.
      'The operator wasn’t aware the flag had disabled backups.',
      'Dana was not aware the migration was still running on the replica.',
      'The on-call was not aware of the retries.',
      'The operator was not aware how the proxy caches answers.',
      'The operator was unaware the cron job never ran.',
    ],
    clean: [
      'The team was unaware that the orchestrator injects an environment variable for every service.',
      // "That" left out before a fact in the present.
      'I wasn’t aware paused queues can keep taking writes for an hour.',
      'Sam was unaware the scheduler is set to run each job twice after a failover.',
      'The team was not aware a full queue can take writes for an hour.',
      'Sam was unaware that the scheduler runs each job twice after a failover.',
      'The on-call team was not aware that the proxy caches negative answers for an hour.',
      // "Until" after it: when they learned of the fault (detection), not a lapse.
      'The partner teams were unaware of the outage until the status page went red at noon.',
      'Support wasn’t aware of the failed imports till a customer wrote in.',
      'We had no idea the disk was full until the pager went off.',
      // The authors' own: what they knew at the time, told as a blameless review asks.
      'I was not aware that the toggle had been switched on in production.',
      'We were unaware that the replica had stopped taking writes.',
      'Honestly, we had no idea the second region still ran the old image.',
    ],
  },
  'a person not acting with care, or missing a step (not a thing’s state, an unknown contact or a node’s missed slots)': {
    blame: [
      'The contractor did not use an appropriate procedure for the cutover.',
      'The on-call did not properly check the backup before the restore.',
      'Dana missed the page twice that night.',
      'The operators missed the warnings in the deploy channel.',
    ],
    clean: [
      'We think the errors came from the upgrade not working properly on older nodes.',
      'The proxy was not responding properly after the reload.',
      'We don’t know the appropriate contact at the registrar to speed up a transfer.',
      'Credits were issued to everyone that missed slots while the relay was down.',
      'Validators that missed blocks during the halt were not penalised.',
    ],
  },
  'haste and bad ways of working named as a cause': {
    blame: [
      '- Contributing factors: haste, an untested script',
      'In our rush we thought the old key was revoked, but it was not.',
      'In their hurry to ship, the platform team left the debug port open.',
      'The host was taken over through an old plugin and bad ops practices.',
      'Sloppy security practices let the token sit in a public log for a week.',
    ],
    clean: [
      'We moved the reindex out of our rush hour.',
      'During our rush period the checkout queue backs up.',
      'The hurry-up timer fired after thirty seconds.',
      'We wrote down good practices for key rotation.',
      'The team documented its release practices in the handbook.',
      'The review lists good and bad practices for rollouts.',
      'The handbook has a page of bad security practices to avoid.',
      'Good or bad practices',
      'Hastebin and the paste service were down too.',
      'No haste; we waited for the replica to catch up.',
    ],
  },
  'how late people noticed, judged as inexcusable': {
    blame: [
      'Six hours from release to detection is unacceptable for a checkout bug.',
      '- Unreasonably long detection time let the bad prices stay up all morning.',
      'The detection time was simply inexcusable.',
      'An unacceptable detection delay meant customers told us first.',
    ],
    clean: [
      'Unacceptable latency was detected by the canary within a minute.',
      'Our anomaly detection flagged unacceptable error rates on the payments route.',
      'Two hours to detection was not unacceptable for a nightly batch job.',
      'Detection took four minutes, and the unacceptable error rate lasted ten.',
      'We reviewed the detection rules; the false positives were unreasonably frequent.',
    ],
  },
  'self-criticism: evidence explained away, smugness': {
    blame: [
      'The docs said it applies at once. I was smug about it.',
      'I explained it away twice because I had already picked a culprit.',
      'The on-call brushed it off as noise from the canary.',
      'We wrote it off as a one-time blip and moved on.',
    ],
    clean: [
      'The cluster shrugged off the traffic spike without a page.',
      'Postgres brushed off the load test.',
      'The smug little banner in the dashboard said everything was fine.',
      'The flag was turned off right away, and the errors went away.',
    ],
  },
  'a slip told as a person’s act': {
    blame: [
      'On Friday, an engineer unintentionally deleted the production namespace.',
      'Dana accidentally ran the cleanup script against the primary.',
      'Sam restarted the proxy and accidentally cleared the session store.',
      'The intern deleted the table by mistake.',
      'Dana ran the cleanup against production by accident.',
      // The author's own slip, told in the first person.
      'While cleaning up, I accidentally removed the volume that held the index.',
      'I wiped the wrong partition by mistake.',
    ],
    clean: [
      // A team's or another organisation's slip: no one singled out, and no fault word.
      'The vendor inadvertently sent the keys in plain text.',
      'By skipping the proxy, the web team unintentionally left two hostnames open to takeover.',
      'Our platform engineers mistakenly pointed the record at the retired bucket.',
      // Luck, not a slip.
      'Dana accidentally found the leak while reading an unrelated log.',
      'I accidentally discovered that the backups had stopped.',
      'The hotfix release accidentally uploaded unsigned archives.',
      'The old runtime had been set as the default accidentally.',
      'We accidentally deleted the staging bucket, and restored it from the snapshot.',
      'The two peer tables were inadvertently merged during the upgrade.',
      'The team was accidentally paged twice by the test alert.',
      'The on-call had accidentally been added to both rotations.',
      'The cron job restarted and accidentally cleared the cache.',
      // Broken off: no verb after the adverb, or no subject before it.
      'The engineer accidentally',
      'Accidentally deleted.',
      'The fee was changed by mistake to a hundred percent.',
      'The script deleted the old snapshots by mistake.',
      'We dropped the index by mistake and rebuilt it.',
      'By accident, the support team found the leak.',
      'The config got applied by mistake.',
      'It was no accident.',
    ],
  },
  'a fault noun owned through a relative clause': {
    blame: [
      'Errors I made: I did not open the port to the endpoint.',
      'The mistake the on-call engineer made was to restart the primary first.',
      'The mistakes we had made in the runbook cost us an hour.',
      'The error that Priyanka made in the zone file went unnoticed.',
    ],
    clean: [
      'The errors the parser made were logged and skipped.',
      'Errors we made visible on the dashboard helped the support team.',
      'The mistakes users make when typing a region are common, so the form now suggests one.',
      'No mistake I made caused this; the default changed upstream.',
      'Mistakes were made.',
      'Errors I',
    ],
  },
  'the fault of a team named with a modifier of any kind': {
    blame: ['This was entirely the fault of the deploy team.', 'It was a mistake by the release team.'],
    clean: ['The fault of the deploy pipeline was a missing timeout.', 'It was a mistake by the release automation.'],
  },
  'a person who operated on the wrong thing': {
    blame: [
      'The DBA dropped the wrong table.',
      'Tomasz restarted the wrong node, then the right one.',
      'The on-call rolled back the wrong release.',
      'The engineer changed the wrong setting in the load balancer.',
    ],
    clean: [
      'Dana restarted the broken pod and the errors stopped.',
      'Sam removed the bad config from the bucket.',
      'Sam updated the broken link in the runbook.',
      'The cleanup script deleted the wrong files.',
      'We restored the wrong snapshot first, then the right one.',
      'The DBA dropped the old table after the migration.',
    ],
  },
  "a faulty thing that went out along with a person's change": {
    blame: [
      'Later that week, @kim deploys the new proxy rules to staging (and the invalid keys along with them).',
      'Dana pushed the release and the broken migration with it.',
      'The on-call applied the patch and the wrong flags too.',
    ],
    clean: [
      'Sam deployed the fix and the broken pods recovered.',
      'Sam deployed the fix (and the bad nodes were drained).',
      'Sam restarted the service and the broken pods with it.',
      'The pipeline deployed the settings and the wrong certificates with them.',
      'Sam deployed the fix and the wrong certificates expired with it.',
    ],
  },
  'a person whose act was aimed at the wrong target': {
    blame: [
      'Dana ran the migration against the wrong database.',
      'The on-call restarted the validator with the wrong flags.',
      'Sam pushed the hotfix to the wrong cluster.',
      'The engineer applied the patch on the wrong host, then on the right one.',
      'Priyanka rolled back to the wrong release.',
    ],
    clean: [
      'Sam moved the service back from the wrong region.',
      'The link pointed to the wrong page.',
      'The deploy job pushed the image to the wrong registry.',
      'We deployed to the wrong region first.',
      'Sam fixed the route that sent traffic to the wrong region.',
      'Dana restarted the pod that wrote to the wrong bucket.',
      'Sam used the dashboard to find which host had the wrong config.',
      'Sam uploaded the fix to the right bucket after the script wrote to the wrong one.',
    ],
  },
  'a review that did not catch or spot the fault': {
    blame: [
      "The reviewer didn't catch the missing quote.",
      'Dana did not catch the typo in the zone file.',
      'The release team didn’t spot the changed default.',
    ],
    clean: [
      "The tests didn't catch the regression.",
      'Our alerting did not catch the slow leak.',
      "We didn't catch the error until the next morning.",
      "The linter didn't spot the unused variable.",
      'The canary did not spot the problem because it ran in another region.',
    ],
  },
  'a person who acted with one means instead of the right one': {
    blame: [
      'The on-call restarted the node with the old binary instead of the new one.',
      'Dana re-started the indexer with `serve --once` instead of `supervise serve`.',
      'Sam deployed the hotfix via SSH instead of the pipeline.',
      'Sam restarted the proxy with a signal instead of the deploy script, and the old certificate stayed in place.',
    ],
    clean: [
      'Dana restarted the service with a config flag instead of a full redeploy, which was quicker.',
      'The team restarted the cluster with the previous image instead of the broken one.',
      'Dana updated the record with the new address instead of the old one.',
      'We restarted the node with the old binary instead of the new one.',
      'Sam restarted the pod instead of deleting it.',
      'The job restarted the worker with the old binary instead of the new one.',
      'Sam migrated the data with rsync, instead of the replication tool.',
    ],
  },
  'a refusal of any act by a person or a group': {
    blame: [
      'The vendor refused to refund the lost credits.',
      'Tomasz refused to roll back until the morning.',
      'The data team refuses to share the logs.',
      // Help or contact refused by anyone but the authors, and a single author's own refusal.
      'The support team refused to engage with our tickets for a week.',
      'They declined to cooperate when we asked for the logs.',
      'I refused to listen to the on-call engineer.',
      'We refused to take responsibility for the lost orders.',
    ],
    clean: [
      'The server refused to start after the upgrade.',
      'The daemon refuses to load the module without a signature.',
      'Sam declined to comment on the timeline.',
      'Refused to start: the daemon exits at once.',
      // The authors' own refusal of contact, with "we" or no subject: a decision they tell.
      'We refused to engage with the blackmailer and reported the message.',
      'we declined to cooperate with the scammer’s demands',
      '**Refused to engage.** The ransom note went unanswered.',
      '- 09:12 declined to engage; mail forwarded to legal',
    ],
  },
  'a refusal told without its act, or as what someone kept doing': {
    blame: [
      'We asked for the logs twice and they refused.',
      'The contractor refused, and the rollback waited until Monday.',
      "I'd spent two days refusing to believe the dashboard.",
      'The vendor kept refusing to reissue the key.',
    ],
    clean: [
      'They refused the connection from the new subnet.',
      'The broker refused, so the client retried.',
      'We refused and paid no ransom.',
      'They never refused.',
      'The node kept refusing to start after the upgrade.',
      'The pods, which kept refusing to answer, were drained.',
      'Refusing to start is what the daemon does without a signature.',
    ],
  },
  "a person's work judged as badly done": {
    blame: [
      "The outside contributor's patches showed substandard quality.",
      'Her change was sloppy and had no tests.',
      'Honestly, your implementation is broken and we cannot talk to it.',
      "Sam's commits were of shoddy quality for weeks.",
      'My own code was sloppy that night.',
    ],
    clean: [
      'The patch was sloppy, and nothing in CI said so.',
      'Our implementation was broken for two hours after the upgrade.',
      'Their implementation was broken by the library bump.',
      "The library's code was shoddy in places.",
      'His work was not sloppy; the spec was wrong.',
      'The broken change was reverted by Sam.',
      'Your work was excellent under pressure.',
    ],
  },
  'an act of people called groundless': {
    blame: [
      'The vendor opened thousands of connections for no apparent reason.',
      'The contractor deleted the bucket for no good reason.',
      'Sam restarted the database for no reason.',
    ],
    clean: [
      'The service restarted for no apparent reason.',
      'We restarted it twice for no good reason.',
      'The node crashed for no apparent reason, and Sam restarted it.',
      'Sam restarted the node, which had crashed for no apparent reason.',
      'There was no reason for the outage beyond a full disk.',
      'Sam found no reason for the crash.',
    ],
  },
  'a safeguard a person chose to skip': {
    blame: ['The SRE decided to skip the canary to save time.', 'Priyanka opted to bypass the review because the change looked small.'],
    clean: [
      'We decided to skip the canary because the fix was urgent and the site was down.',
      'The scheduler decided to skip the run after two failures.',
      'The team decided to skip the offsite this year.',
      'The team decided to skip the rollout of version 2 and go straight to 3.',
      'The on-call decided to skip the remaining steps once service was back.',
      'Sam decided to skip',
    ],
  },
  'blame a sentence sets up only to refute or set aside': {
    blame: [
      'It is tempting to blame the network, but the on-call ignored the page.',
      'Pointing fingers at the new hire was the easy way out, and the team took it.',
      'There was a lot of finger-pointing at the release manager during the call.',
      'We do not think the vendor was negligent; the operator ignored the alert.',
      'Bob forgot the migration, which is easy to say in hindsight.',
      'Nobody forgot; Dana neglected to renew the domain.',
      // Disbelief at one's own act denies none of it.
      'The data was gone and I could not believe my own carelessness.',
      "I can't believe I forgot to renew the certificate again.",
      'WE COULDN’T BELIEVE HOW SLOPPY OUR RELEASE PROCESS HAD BEEN.',
    ],
    clean: [
      'It is tempting to blame the on-call engineer, but the page never reached her.',
      'It would be easy to say someone made a mistake, but the default was wrong.',
      'We don’t believe the operator ignored the alert; it was muted by the maintenance window.',
      'We did not believe the contractor forgot the step: the runbook never had it.',
      'I could not believe how fast the disk filled up.',
      'Nobody could help the vendor, whose queue had stalled.',
      'Some readers will say the engineer was careless. We disagree: the tool gave no warning.',
      'Nobody forgot anything; the checklist did not have the step.',
      'Blaming the operator would miss the point.',
      'While the wrong host was picked by hand, it is incorrect to focus on the person who typed it.',
      'Although the rollback was started late, it would be wrong to blame the on-call for it.',
      'We are not only learning from our mistakes; we are writing them down for the next team.',
      'Teams learn from their own mistakes faster when reviews are shared.',
      'Pointing fingers at whoever ran the script is useless.',
      'Finger-pointing, however tempting, is simply counterproductive.',
      "Assigning blame to the on-call isn't the point of this review.",
      'Placing blame on one engineer does not help anyone.',
    ],
  },
  'a careful step a person passed over': {
    blame: [
      'Instead of checking which cluster the shell pointed at, the operator ran the cleanup.',
      'Instead of pausing and consulting the owners, I pressed on with the second attempt.',
      'Dana merged the migration rather than waiting for review.',
      'The developer restarted the primary instead of investigating the replica lag.',
    ],
    clean: [
      'Instead of checking the dashboards one by one, we rolled back at once.',
      'We restored from the snapshot instead of investigating further, which was the right call.',
      'The job retried instead of checking the lock.',
      'Rather than testing every shard, the verifier samples ten.',
      'Instead of paging the on-call, the alert went to an unread mailbox.',
      'The operator rolled back instead of waiting for the vendor to ship a fix.',
      'The team chose a hotfix instead of planning a full release.',
    ],
  },
  'the incident itself judged inexcusable': {
    blame: ['Such a long disruption is inexcusable for a service this small.', 'Eleven hours of downtime was inexcusable.'],
    clean: [
      'The latency was inexcusable by our own standard, so the budget alert now fires at half of it.',
      'The outage was not inexcusable: the provider gave no notice.',
    ],
  },
  'haste judged in a person, named or not in any list of names': {
    blame: [
      'Oyelaran hastily pushed the schema change on a Friday night.',
      'Thandiwe rashly restarted the primary while the replica was behind.',
      'Kim rushed the release without waiting for the integration suite.',
      'The contractor hurried the migration through in one evening.',
      'Looking back, I was too quick to approve the pull request.',
      'The reviewer was too hasty with the schema diff.',
    ],
    clean: [
      'Kubernetes blindly restarted the pod, as its liveness probe told it to.',
      'The alert was too quick to fire on a single slow request.',
      'The cache was too quick to expire hot keys.',
      'We rushed the fix out to stop the errors, then reviewed it the next morning.',
      'The on-call engineer rushed to the office to reach the console.',
      'We coordinated with the maintainers and merged the patch hastily, ahead of the full audit.',
      'The holiday rush hour doubled the checkout traffic.',
    ],
  },
  'unconcern judged in a person\'s act: "blithely" as a manner adverb': {
    blame: ['I blithely approved the schema change on Friday.', 'Rosalind blithely restarted the primary while the replica lagged.'],
    clean: [
      'The scheduler blithely retried the job every second.',
      'I did not blithely approve it; the diff looked complete.',
      'We blithely assumed nothing, and checked each host.',
    ],
  },
  'the authors owning an error: an adverb of error on their act, a miss on their part': {
    blame: [
      'We erroneously removed the replica from the pool.',
      'We wrongly assumed the cache was warm.',
      'Turns out we had mistakenly deleted the backup bucket.',
      'I erroneously pointed the restore at production.',
      'Letting the backlog grow for an hour was a significant miss on our part.',
      'Not paging the storage team was a clear miss on our part.',
    ],
    clean: [
      'The alert erroneously fired for a healthy host.',
      'The retry logic erroneously treated a timeout as success.',
      'A request was wrongly routed to the old pool.',
      'Early on, customers were mistakenly sending payments to the old address.',
      'The config we shipped wrongly listed the old port.',
      'We did not erroneously delete anything; the bucket had expired.',
      'The cache miss rate on our part of the fleet doubled.',
      'A miss on the cache is cheap.',
      'We learn from mistakes and move on.',
    ],
  },
  'a past choice of the authors judged the wrong call': {
    blame: [
      'Rolling forward instead of back was the wrong call.',
      'Skipping the dry run was the wrong decision.',
      'In hindsight, failing over to the old region was the wrong choice.',
      'We made the wrong call and kept the canary at full traffic.',
      'I made the wrong decision when I skipped the dry run.',
    ],
    clean: [
      'The scheduler made the wrong call and evicted the primary.',
      'The wrong decision tree was loaded by the classifier.',
      'Failing over was not the wrong call; the region was gone.',
      'We picked the wrong region for the new cluster.',
      'It is hard to know in advance which is the wrong call.',
      'The load balancer made the wrong choice of backend.',
      'Restarting the pod is the wrong call when the disk is full.',
      'Blameless reviews ask why a wrong decision seemed right at the time.',
    ],
  },
  'a short verdict that calls what the authors did a mistake': {
    blame: [
      'We left the old flag switched on. That was a mistake.',
      'In hindsight, this was a blunder.',
      'Looking back, this was a thinko',
      'This is a significant miss, and we are sorry for it.',
      'We waited for the vendor, and it was a costly mistake.',
      // A mistake counted among several, as the subject that opens its sentence.
      'The first mistake was a config edit I shipped on Friday without a canary.',
      'Two things went wrong. The other mistake here is that nobody owned the rota.',
      'The biggest blunder was to trust the stale replica.',
    ],
    clean: [
      'This was a near miss.',
      'That was not a mistake; the region was gone.',
      'That was a mistake in the parser, fixed in 2.3.',
      'That was a miss: the alert never fired.',
      'It was a blunder - of the load balancer, which dropped the header.',
      'It is a mistake to think the cache is always warm.',
      'This was a cache miss.',
      'That is a miss.',
      'The job logged that it was a mistake.',
      'Everyone makes a mistake now and then.',
      'We learn from mistakes and move on.',
      'The first mistake was caught by the linter before merge.',
      'The first mistake in the log is a parse warning.',
      'The first error was a timeout from the cache.',
      'Fix the first mistake that the validator reports.',
    ],
  },
  'people left uninformed, and a fact the authors missed': {
    blame: [
      'We did not communicate the outage to our customers.',
      'We did not notify the support team until the next morning.',
      "I didn't inform the database team before the switch.",
      'Dana did not notify the on-call before the restart.',
      'We never informed the partners about the new limits.',
      'We missed that the flag was marked as breaking.',
    ],
    clean: [
      'We did not notify customers, since no data was exposed.',
      'We did not inform users because the drill had no effect on them.',
      'The alerting did not notify anyone.',
      'The status page did not communicate the scope.',
      'We did not communicate with the vendor until the fix was ready.',
      'Customers were not notified.',
      'We missed the deadline by a day.',
      'The monitor missed that the queue was growing.',
    ],
  },
  'hindsight about people with an order or an alternative before the act': {
    blame: [
      'We should have first told everyone about the upgrade window.',
      'We should have instead rolled back the release.',
      'Dana should have first asked the storage team.',
    ],
    clean: [
      'The job should have first checked the lock.',
      'The script should have instead retried the call.',
      'The outage should have first been announced on the status page.',
    ],
  },
  'a thing people set up, said not to have been set up with care': {
    blame: ['The probes were not configured carefully.', 'Renewal was never set up thoroughly on the old host.', "The agents weren't installed carefully."],
    clean: [
      // How a thing was left, told without a person: a configuration gap, not a verdict on anyone's care.
      "Certificate renewal wasn't set up properly.",
      'Auto-renewal of the TLS certificate wasn’t set up properly',
      'Renewal was never set up correctly on the old host.',
      'The probes were not configured properly.',
      'THE BACKUP JOB WAS NOT SET UP PROPERLY',
      'The quotas were not configured adequately for peak load.',
      'The probes were not configured for TLS.',
      'The probes were not properly configured by the chart.',
      'The agent was not installed correctly by the image builder.',
      'The cache was not set up at all.',
      'The flag was not set correctly.',
      'The disk was not mounted properly after the reboot.',
      'The probes are now configured properly.',
      'The probes were not properly configured for the new port.',
    ],
  },
  'mistakes counted and owned by a person': {
    blame: [
      'I made more mistakes than usual this week.',
      'I made several mistakes during the migration.',
      'Dana made a few mistakes in the runbook.',
      // Graded: still owned.
      'I made a costly mistake by trusting the default timeout.',
      'While tidying the buckets, I made an AWFUL error:',
      'The contractor made a careless blunder with the DNS zone.',
    ],
    clean: [
      'The parser made a costly error on quoted fields.',
      'A costly mistake in the billing job charged some cards twice.',
      'The parser made several mistakes on quoted fields.',
      'We all made some mistakes, and that is how we learn.',
      'Everyone makes some mistakes.',
      'Nobody made any mistakes.',
    ],
  },
  'a thing called the culprit': {
    blame: [
      'The culprit was a missing index on the orders table.',
      'The culprit commit removed the null check.',
      'It soon became clear that the likely culprit was a race in the retry loop.',
      'The stale DNS record was the culprit.',
      // The culprit as a predicate: a linking verb, a reflexive, a complement, a colon that names it.
      'The culprit turned out to be the cache warming job.',
      'The health-check host was itself the culprit for the stalled queue.',
      'Reading every delete in the code led us to a single culprit: the nightly sync.',
      'THE CULPRIT PROVED TO BE A STALE LOCK FILE.',
      'The culprit ended up being a retry loop we had shipped that morning.',
      'the likely culprit ended up as the nightly compaction job',
    ],
    clean: [
      'Finding the culprit is not the goal of this review.',
      'We did not go looking for the culprit; we mapped the contributing factors.',
      'There was no single culprit, only a chain of small gaps.',
      'A blameless review does not ask who the culprit is.',
      'The culprits are usually the gaps between systems, not people.',
      'The parser ignored the offending lines.',
      'We went looking for a culprit: there was none.',
      'There was no single culprit: only small gaps.',
      'a culprit:',
      'The culprit turned',
      'The culprit ended.',
      'Finding the culprit ended up taking most of the night.',
    ],
  },
};

/**
 * "Human error" as the cause is reported (its finding offers a fix that edits its own words, so it
 * stays out of FORMS and the message test there); as a general truth about people it is not.
 */
describe('blaming-language: human error as a cause and as a general truth', () => {
  it('reports human error named as the cause', () => {
    for (const s of ['The root cause was human error.', 'Human error is the root cause of this outage.', 'Human error by the operator deleted the volume.'])
      assert.ok(runOurs(s).blame.length > 0, s);
  });
  it('leaves a general truth about human error alone', () => {
    for (const s of [
      'Human error is inevitable, so the tool must make a wrong target hard to pick.',
      'Human errors will always happen; the pipeline has to catch them.',
      'Human error is a symptom of the system, never its cause.',
      'Human error happens, and the restore script now asks twice.',
      'Human error is bound to happen in a manual twelve-step process.',
    ])
      assert.deepEqual(runOurs(s).blame, [], s);
  });
  it('leaves human error that a safeguard takes on alone', () => {
    for (const s of [
      'We will harden the deploy tool so it can handle human error.',
      'A second prompt reduces the risk of human error during restores.',
      'The runbook has twelve manual steps, which leaves room for human error.',
      'Typing the target by hand is prone to human error.',
      'The new wrapper guards against any human error in the flags.',
      'Our pipelines should be resilient to human error, and today they are not.',
      'Automating the rotation would eliminate most human errors.',
    ])
      assert.deepEqual(runOurs(s).blame, [], s);
  });
  it('still reports human error told as the cause beside such words', () => {
    for (const s of [
      'The restore failed due to human error.',
      'The wipe was the result of human error.',
      'The outage came down to human error, and the prompt did not catch it.',
      'It was caused by human error, which the wrapper will now catch.',
    ])
      assert.ok(runOurs(s).blame.length > 0, s);
  });
  it('reads a safeguard word at the very start or end of the text without a crash', () => {
    for (const s of ['human error', 'against human error', 'risk of human error', 'robust to', 'to human error', 'of human error'])
      assert.ok(Array.isArray(runOurs(s).blame), s);
  });
});

describe('blaming-language: forms beyond a fault word after a name', () => {
  itReadsForms(FORMS);
});

describe('blaming-language messages for these forms', () => {
  it('quote the words that read as blame and say what to write instead', () => {
    for (const { blame } of Object.values(FORMS)) {
      const sentence = blame[0];
      const text = `# Outage\n\n## Summary\n\n${sentence}\n`;
      const found = check(text, { path: 'postmortems/x.md', settings: defaultSettings(), now: new Date('2026-03-01T00:00:00Z') }).findings.filter(
        (f) => f.ruleId === 'blaming-language',
      );
      assert.equal(found.length, 1, sentence);
      const [f] = found;
      assert.ok(f.message.startsWith(`"${text.slice(f.start, f.end)}"`), f.message);
      assert.match(f.message, /instead/i, f.message);
      assert.ok(f.message.length < 330, `${f.message.length} characters: ${f.message}`);
      // No fix rewrites the user's words: the allow fix edits the configuration, a disable fix adds a comment.
      assert.ok(f.fixes.length > 0, sentence);
      assert.ok(
        f.fixes.every((fix) => fix.edits.every((e) => e.end <= f.start || e.start >= f.end)),
        sentence,
      );
    }
  });
});

describe('blaming-language on a post-mortem that mixes these forms with response work', () => {
  const text = [
    '# Search outage',
    '',
    '## Summary',
    '',
    'Search was down for forty minutes after a schema change. The change was not reviewed by a',
    'second engineer, and the canary stage was turned off that week.',
    '',
    '## Timeline',
    '',
    '- 14:02 The schema change reached production.',
    '- 14:05 Errors rose; the on-call engineer was paged.',
    '- 14:09 Sam reminded the on-call to update the status page.',
    '- 14:20 The on-call rolled back the change and the errors stopped.',
    '',
    '## Root cause',
    '',
    'The index was rebuilt with a wrong analyser. This should have been caught in review, not by',
    'the customers. The analyser should have been checked by the search team.',
    'The risk was deemed acceptable by the release manager.',
    '',
    '## Lessons learned',
    '',
    'The outage could have been avoided with a staged rollout. We need to be more careful.',
    '',
    '## Action items',
    '',
    '- [ ] Turn the canary stage back on (owner: Sam, due 2026-04-01)',
    '',
  ].join('\n');
  const lines = (body: string) =>
    check(body, { path: 'postmortems/search.md', settings: defaultSettings(), now: new Date('2026-03-01T00:00:00Z') })
      .findings.filter((f) => f.ruleId === 'blaming-language')
      .map((f) => ({ line: body.slice(0, f.start).split('\n').length, quoted: body.slice(f.start, f.end), message: f.message }));

  it('reports the blame and only the blame, on its own words', () => {
    const found = lines(text);
    assert.deepEqual(
      found.map((f) => [f.line, f.quoted]),
      [
        [17, 'should have been caught'],
        [18, 'should have been checked by the search team'],
        [19, 'deemed acceptable by the release manager'],
        [23, 'We need to be more careful'],
      ],
    );
    for (const f of found) assert.ok(f.message.includes(`"${f.quoted}"`), f.message);
  });
});

describe('these forms on long text', () => {
  const people = { names: new Set<string>() };
  const timed = (text: string) => timedDetect(text, people);

  // Each with no sentence end and no "but": a frame reaches to the end, a condition may be anywhere.
  const units = {
    'refuting frames': 'it is easy to say someone forgot and we do not believe the engineer broke it and ',
    'counterfactuals about people': 'we could have caught it if the reviewer had looked and ',
    'calls to be careful and reminders': 'we need to be more careful and we will remind engineers to check and ',
    'judgement calls in the passive': 'the risk was deemed safe by the developer and the work was not done properly and ',
    'refusals, judged work and faulty things carried along':
      'they refused and I spent days refusing to look and her patch was sloppy and sam deployed it and the wrong keys with it and ',
    'haste, slips and evidence explained away':
      'in our rush the engineer accidentally deleted it and I explained it away and the team was unaware that it runs and ',
    'careful steps passed over': 'instead of checking , consulting and planning , rather than waiting for review Oyelaran hastily merged it and ',
    'losses judged, vendors judged and asides':
      'losing the uploads was unacceptable and an unacceptable recovery time and our frustration came from their rules and it eroded our trust in their tool and trying to fix it , the admin , sadly , forgot and ',
  };
  for (const [what, unit] of Object.entries(units)) {
    it(`reads a 50,000-character sentence of ${what} in linear time`, () => {
      const small = timed(unit.repeat(Math.ceil(5_000 / unit.length)));
      const large = timed(unit.repeat(Math.ceil(50_000 / unit.length)));
      if (small.hits.length > 1) assert.ok(large.hits.length > small.hits.length);
      // Ten times the text: about ten times the work (CPU time), against a hundred for quadratic
      // work; the 20 ms are for a small text read too fast to time well.
      assert.ok(large.ms < small.ms * 40 + 20, `5,000 characters: ${small.ms.toFixed(0)} ms, 50,000: ${large.ms.toFixed(0)} ms`);
    });
  }
});
