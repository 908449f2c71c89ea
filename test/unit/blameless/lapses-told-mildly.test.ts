import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * Fault told in mild words (issue 14): a lapse named as the reason for what went wrong, and a
 * misreading by the authors or another party told as a cause (a thing that misreads, a risk of
 * misreading and a misreading pointed back at stay quiet). Each form with look-alikes that share
 * its words and must stay unflagged. Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'an oversight given as the reason': {
    blame: [
      'Due to an oversight, the signing keys were not renewed before they lapsed.',
      'Because of an oversight in the release checklist, the migration ran twice.',
      'Owing to a simple oversight, nobody renewed the domain.',
      'The certificate expired through an oversight during the handover.',
      'It was an oversight.',
      'The stale route was an oversight of the network team.',
      // The lapse opening its clause, placed in a thing.
      'An oversight in the retry handler meant that closed sessions were fetched again.',
      'A small oversight in the rota left Sunday without anyone on call.',
    ],
    clean: [
      'The outage was not due to an oversight; the disk failed.',
      'Regulatory oversight of the bank was not affected.',
      'Due to regulatory oversight, the bank paused the rollout.',
      'The change was delayed due to an oversight board review.',
      'The project had little oversight or review.',
      'We added oversight to the release process.',
      'The launch went ahead under the oversight of the platform team.',
      'An oversight board in the company reviews every launch.',
      'We introduced an oversight in the form of a weekly audit.',
      'No oversight in the rota was found.',
    ],
  },
  'a misreading by the authors or another party told as a cause': {
    blame: [
      'Retention was cut to one day because of a misunderstanding of the billing terms.',
      'A misinterpretation of ordinary backup traffic led to the block on our servers.',
      'Nobody had written down the quota rules, which left us misunderstanding how the limit applied.',
      'Misreading the confirmation dialog, I assumed only the staging tables would be dropped.',
      'The duplicate routes came from an incorrect assumption that the ids had to be globally unique.',
      'We misunderstood how the retry flag works.',
      // A wrong assumption taken by people, not a thing.
      'Dana took the wrong assumption that the mirror was current.',
      'We took a wrong assumption that the cache was warm.',
      'A miscommunication of the cut-over time by the release manager left the old nodes serving.',
      'The vendor misinterpreted our transfer request and locked the domain.',
    ],
    clean: [
      'This misunderstanding led to the duplicate routes.',
      'To avoid any misunderstanding, the runbook now names the host.',
      'The new labels reduce the risk of misinterpretation of the graphs.',
      "The parser's misreading of the header dropped the body.",
      'The proxy misinterpreted the header as a second request.',
      'Misreading the sensor values caused the controller to shut down.',
      'The client made an incorrect assumption about the field order.',
      // A thing that took the wrong assumption: how a part works, not a judgement of anyone.
      'During the hand-off a shard took the wrong assumption that the copy it got was newer than its own.',
      'the follower takes a false assumption that its clock is right',
      'The *scheduler*, on restart, took the wrong assumption about lease ownership.',
      'There was no misunderstanding between the teams.',
      // A breakdown between parties the sentence names: shared, no one singled out.
      'Due to a miscommunication between the DBA and me, the wrong volume was snapshotted.',
      'Owing to a misunderstanding between support and the database team, the restore used last week’s dump.',
      'A miscommunication with the hosting provider meant the old firewall rules stayed in place.',
      'There were miscommunications between the two on-call rotas about who owned the page.',
      'Misinterpreting a timeout as a crash, the supervisor restarted the pod.',
      'The misinterpretation of the status code by the load balancer took the pool out.',
      'The dashboard is easy to misread when the axis is logarithmic.',
    ],
  },
};

describe('blameless: fault told in mild words', () => {
  itReadsForms(FORMS);
});
