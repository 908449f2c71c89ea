import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * A grasp found short where the phrase is itself the verdict: an entry of a list of causes that
 * opens on it, or a person said to have had too little of it. The same words inside a sentence with
 * no owner, of the authors as "we", of things and users, as an extent ("incomplete", "limited") or
 * in a compound ("knowledge base") stay quiet. Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'an entry of causes that opens on a grasp found short': {
    blame: [
      '- Insufficient understanding of how the proxy rewrites headers',
      '2. **Inadequate understanding**\n   - Nobody expected the flag to restart the pods',
      '**Cause**: no consideration for the nightly import window',
      '* Poor knowledge of the failover order',
      'lack of understanding',
      '- INSUFFICIENT FAMILIARITY WITH THE BACKUP TOOL',
    ],
    clean: [
      '- Incomplete understanding of the retry timing',
      '- Limited familiarity with the new scheduler',
      '- No knowledge base for the storage runbooks',
      '- Insufficient context in the paging message',
      'The root cause was a lack of understanding of the retry semantics.',
      'We had insufficient understanding of the quota rules.',
      '- Thanks for your understanding',
      'Insufficient',
      '- insufficient understanding-',
    ],
  },
  'a person said to have had too little grasp': {
    blame: [
      'Worse, the on-call engineer at the time had insufficient context on the old importer.',
      'Bob had little understanding of the quota.',
      'The failure grew because the operators lacking familiarity with TLS errors restarted the proxy twice.',
      'The contractor had no familiarity with the billing schema.',
    ],
    clean: [
      'The parser had no understanding of quoted fields.',
      'Users had no knowledge of the change.',
      'The on-call engineer had full context on the importer.',
      'We had no context on the old importer.',
      'Teams that do not have deep knowledge of TLS need a safe default.',
    ],
  },
};

describe('blameless: a grasp found short, as a cause or of a person', () => {
  itReadsForms(FORMS);
});
