import { runOurs } from '../../fixtures/blameless/load';
import { itReadsForms, type BlameForms } from '../../support/blame-forms';
import { assertLinear } from '../../support/growth';

/**
 * An omission the authors own and answer with a commitment ("we did not notify the other teams;
 * next time we will …") names a gap in their process, not a fault of a group. The look-alikes that
 * must still be reported: no commitment, a commitment by someone else or before the omission, a
 * person other than the authors, and fault words ("failed to"). Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'an omission of the authors or a person, without a commitment of the authors after it': {
    blame: [
      'We did not notify the support team until the next morning.',
      'We did not notify the other tenants about the reboot. The notice went out an hour late.',
      'We did not check the replica lag. The vendor will add a check on their side.',
      'Dana did not notify the on-call before the restart. We will add a reminder to the checklist.',
      'We failed to notify the partners. We will add them to the mailing list.',
      'We will add a drill because we never tested the restore path.',
      'We did not communicate the window to our users; it will not happen again, they were told.',
    ],
    clean: [
      'We did not notify the other teams about the window. Next time we will post it a week ahead.',
      "We didn't test the restore path, so we'll add a quarterly restore drill.",
      'We never checked the replica lag; we plan to alert on it from now on.',
      'The second gap is that we did not inform the support desk. In future we intend to copy them on every change notice.',
      'We did not verify the backup before the move. Going forward, we are going to verify every backup with a test restore.',
      "We didn't communicate the change to the finance team. We're going to add them to the change calendar.",
    ],
  },
};

describe('blameless: an omission the authors own and answer with a commitment', () => {
  itReadsForms(FORMS);

  it('reads a sentence of many owned omissions in linear time', () => {
    // Each omission asks whether a commitment follows it; the rest of the sentence used to be
    // read again for each one. Without a full stop the whole run is one sentence.
    assertLinear('omissions with no commitment', (n) => "we didn't check ".repeat(n), runOurs, 1000);
    assertLinear('omissions with a commitment at the end', (n) => `${"we didn't check ".repeat(n)}so we will add one`, runOurs, 1000);
  });
});
