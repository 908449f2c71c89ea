import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * Blame that authors write about themselves and the people around them, and the reflective or
 * descriptive sentences that share its words (issue 14). Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'the authors regretting their own checks, not a lapse of anyone': {
    blame: [
      'We could have avoided the outage by testing the restore once.',
      'I could have spotted the expired token an hour earlier.',
      'The release team could have caught the typo.',
      'Had the reviewer looked at the diff, she could have caught the typo.',
    ],
    clean: [
      'We could have detected the bad build before it went out.',
      'Had we run a soak test before the launch, we could have caught the leak in the proxy.',
      'We could have noticed the drift a day sooner.',
      'We could have found the stale record with a single lookup.',
    ],
  },
  'a fault told inside a question someone asks': {
    blame: ["I didn't respond to the page for an hour.", 'The on-call forgot to renew the domain, and nobody asked why.'],
    clean: [
      "Anyone who wrote to us on Friday may wonder why we didn't answer: here is why.",
      'Customers asked whether we had forgotten to renew the domain.',
      'The vendor wondered why the on-call never replied.',
    ],
  },
  'a kind of person a plan must suit, told by their inexperience': {
    blame: [
      'An inexperienced engineer was given root on the database hosts.',
      'An inexperienced engineer ran the script, and we could restore the rows afterwards.',
      'The inexperienced contractor was able to delete the bucket.',
    ],
    clean: [
      'The guide should be plain enough that two inexperienced people (say, new hires with access) should be able to cut a release alone.',
      'The page must be short enough that an inexperienced operator will be able to restore a backup.',
      'Even an inexperienced engineer can follow the new runbook.',
    ],
  },
  'a kind of person told by what they have not done yet': {
    blame: [
      'The engineer who has never followed the runbook deleted the volume.',
      'Our reviewers who have never followed the checklist approved it.',
      'People who never ran the checklist broke the release.',
      'The on-call has never followed the runbook.',
    ],
    clean: [
      'Ask people who have never run the checklist to try it, to find its gaps.',
      'Pair new engineers who have never followed the release checklist with a mentor.',
    ],
  },
  'a check nobody had, told in the passive with a role in general': {
    blame: [
      'The failing listener was not noticed by the administrators for a week.',
      'The defect was not caught in review by the owning teams.',
      'The expired token was not noticed by Dana.',
    ],
    clean: ['The stalled consumer was not noticed by operators for six days.', 'The change was not reviewed by operators before the deploy.'],
  },
  'an apology or a verdict on oneself that owns the outage, without an insult word': {
    blame: [
      'The platform team is sorry for allowing the outage to happen.',
      'Our apologies for an entirely preventable outage.',
      'I apologise for causing the outage.',
      'Honestly, I shouldn’t be trusted with a production shell.',
      'The on-call cannot be trusted with root.',
      'I deserved this.',
      'We deserved it, honestly.',
      'If I were not so clueless about DNS, I could repair the zone myself.',
      "If we weren't so careless with the keys, this would not happen.",
    ],
    clean: [
      'We apologise for the inconvenience.',
      'Sorry for the long write-up.',
      'We are sorry for the disruption this caused.',
      'The vendor apologised for the delay.',
      'We are not sorry for allowing the rollback to finish first.',
      'Unsigned builds cannot be trusted.',
      'The certificate should not be trusted.',
      'You deserve better than this.',
      'The status page did not get the attention it deserved.',
      'The team deserved a break after that week.',
      'I was not so careless as to delete the backups.',
      'If it was not so lazy, the cache would warm faster.',
    ],
  },
  'password reuse told as how a person let the breach happen': {
    blame: [
      'The maintainer whose account was taken over had reused their registry password on several other sites.',
      'A committer had either a weak password or was using the same password for the forge and a forum.',
      'Dana used the same password for the console and her mail.',
    ],
    clean: [
      "The intruder most likely bought the contributor's recycled login from an old leak.",
      'The attacker reused the stolen password on the admin panel.',
      'People who reuse passwords are at risk, so we now require 2FA.',
      'We reused the password hashing library from the old service.',
      'The tool flags a reused password at sign-up.',
      'Sam rotated the reused credentials.',
      'Nobody reused their password.',
      'Sam was using the same password manager as the rest of the team.',
    ],
  },
  'the authors’ own act judged in a manner word': {
    blame: [
      'We incorrectly tagged the release commit.',
      'I improperly configured the probes.',
      'We had incorrectly assumed the cache was warm.',
      'We did not effectively review the patches merged that week.',
      'The team did not effectively communicate the change to users.',
    ],
    clean: [
      'We were incorrectly charged twice by the provider.',
      'I was wrongly told the freeze was over.',
      'The parser incorrectly treated the field as a date.',
      'The job we run incorrectly parses dates.',
      'The cache did not effectively reduce load.',
      'The probes were improperly configured by the chart defaults.',
      'With the help channel down, staff were not able to effectively reach the desk.',
    ],
  },
  'a choice or a mistake of the authors graded as bad': {
    blame: [
      'Looking back, we made one critical mistake: the token could publish anywhere.',
      'Looking back, skipping the canary was a dangerous decision.',
      'Skipping the canary was a poor choice.',
    ],
    clean: [
      'The parser made a critical error.',
      'The library made a bad decision about retries.',
      'Keeping the old proxy was a good decision.',
      'There was a bad decision tree in the model.',
      'That was not a bad decision.',
      'The scheduler makes a poor choice when nodes are full.',
      'It was one bad decision among many good ones.',
    ],
  },
  'the contact for a service as the person who missed a step': {
    blame: ['The primary contact missed the page because he was away from the desk.', 'The escalation contact ignored the second page.'],
    clean: [
      'The contact form failed to load.',
      'Contact details were missed from the page.',
      'Our contact at the vendor restarted the gateway.',
      'Sam lost contact with the data centre.',
    ],
  },
};

describe('blaming-language: the authors on themselves, and sentences that only look like it', () => {
  itReadsForms(FORMS);
});
