/**
 * Whose is the judging word: "lazy" said of a thing names a technique, said of a person or their
 * work it judges them; a fault noun whose modifier is a person's role ("an operator mistake") is
 * theirs; a subject pronoun after an opening phrase is the subject of the verbs that share it
 * ("While moving the chart I copied … but forgot …"); and the other verbs of telling ("did not
 * alert", "never warned") leave people uninformed as "did not notify" does.
 */
import { itReadsForms, type BlameForms } from '../../support/blame-forms';

const FORMS: BlameForms = {
  '"lazy" said of a person or of their work': {
    blame: [
      'A lazy reviewer waved the migration through.',
      'Lazy admins left the default password in place.',
      'It was a lazy workaround and everyone knew it.',
      'Lazy habits let the backlog of alerts grow for months.',
      'Honestly, the on-call was lazy about the handover.',
      'lazy users never read the upgrade notes',
    ],
    clean: [
      'Returning visitors kept the old bundle because the service worker does a lazy upgrade.',
      'The browser held a cached copy with lazy update, so the fix reached people a day late.',
      'We moved the charts to lazy hydration to cut the first paint.',
      'The cache does a lazy refresh of the signing keys every hour.',
      'Lazy expiry meant the stale rows were still served until the next read.',
      'The ORM uses lazy-loaded relations by default.',
      // Ugly input: the word at the end, stray markup.
      'The upgrade is lazy',
      '**lazy** _upgrade_ of the cached app',
    ],
  },
  'a fault noun owned by a person’s role': {
    blame: [
      'Operator mistake put the release on the wrong cluster.',
      '* An admin oversight left the bucket readable by anyone.',
      'The outage came down to a reviewer oversight on the schema change.',
      'Root cause: engineer mistakes during the manual failover.',
    ],
    clean: [
      'There was no operator mistake involved; the script picked the context.',
      'If an operator mistake happens, the guard now stops the command.',
      'Developer errors are logged to the error tracker with the request id.',
      'The developer mistakes page in the handbook lists the common traps.',
      'The controller reported an operator mistake count of zero.',
    ],
  },
  'a subject pronoun after an opening phrase, shared by the next verb': {
    blame: [
      'While setting up the dashboards I copied the install command but forgot to rename the release.',
      'As part of moving the exporter I edited the values file and forgot to bump the chart version.',
      'During the upgrade he restarted the pods but forgot to drain the queue.',
    ],
    clean: [
      'While the job ran I checked the logs and noticed nothing odd.',
      'During the upgrade the pods restarted and the queue drained on its own.',
      'As part of the move the team that owns the exporter tested it.',
      'While setting up the dashboards, the script copied the command but skipped the release name.',
    ],
  },
  'a person leaving others uninformed, with any verb of telling': {
    blame: [
      '@kim did not alert the others that the branch rewrote the state file.',
      'Dana didn’t warn anyone before switching the resolver.',
      'The contractor did not mention that the job deletes old snapshots.',
      'Sam did not escalate the page to the database team.',
    ],
    clean: [
      'The monitor did not alert on the full disk.',
      'The check never warned about the certificate expiry.',
      'Dana did not alert us because the pager was down.',
      'We did not alert customers, since no data was exposed.',
      'The runbook does not mention the second region.',
      'Sam did not escalate, as the runbook said to wait for the retry.',
    ],
  },
};

describe('blameless: whose is the judging word', () => {
  itReadsForms(FORMS);
});
