import { strict as assert } from 'node:assert';
import { runOurs } from '../../fixtures/blameless/load';
import { itReadsForms, type BlameForms } from '../../support/blame-forms';
import { assertLinear } from '../../support/growth';

/**
 * Blame words in the sense technical writing gives them, found in the release notes, READMEs and
 * licences of many projects: "lazily" for deferred work, "negligence" listed as a ground of
 * liability in a licence's disclaimer, and "should have received" for what should have reached
 * someone. Each form keeps the same words where they do judge a person. Every sentence here is
 * our own.
 */
const FORMS: BlameForms = {
  'laziness in an act a person does': {
    blame: [
      'The admin lazily reused the old firewall config for the new subnet.',
      'Someone lazily copied the token into the shared wiki page.',
      'He lazily approved the change after a glance at its title.',
      'Our contractor lazily pasted last year\u2019s settings into the new cluster.',
    ],
    clean: [
      'Lazily decode the request body, so that small requests stay cheap.',
      'Expired keys are lazily evicted on the next read of their shard.',
      'A fetch into a lazily cloned repository asked the server for every missing blob.',
      'The session can now be opened lazily, on the first call that needs it.',
      'Import the exporter module lazily to keep the start-up fast.',
      'The index is read lazily, instead of loading every table at start-up.',
      'Entries are added, replaced and lazily expired, and the counters follow them.',
      'LAZILY LOADED MODULES SKIP THE WARM-UP.',
    ],
  },
  'negligence said of someone': {
    blame: [
      'The contractor\u2019s negligence left the backup bucket open for a week.',
      'Several causes, including negligence by the vendor, left the bucket open.',
      'Negligence or otherwise, the bucket stayed open for a week.',
      'Sheer negligence on the part of the hosting company cost us the disk.',
    ],
    clean: [
      'IN NO EVENT SHALL THE HOLDERS BE LIABLE FOR ANY CLAIM, WHETHER IN CONTRACT, TORT (INCLUDING NEGLIGENCE OR OTHERWISE), ARISING FROM THE SOFTWARE.',
      'Under no legal theory, whether in tort (including negligence), contract or otherwise, shall a contributor be liable for damages.',
      'Liability of any kind, including\nnegligence, is excluded by the licence below.',
    ],
  },
  'hindsight on what a person should have done, not on what should have reached them': {
    blame: ['Bob should have checked the pager before going to bed.', 'We should have tested the restore on a copy first.'],
    clean: [
      'You should have received a copy of the licence along with this program.',
      'Dana should have received the page at 02:10, but her phone was on silent mode.',
      'We should have received a disk alert an hour before the volume filled.',
      'The on-call should have received the escalation from the secondary rota.',
    ],
  },
};

describe('blaming-language: blame words in their technical senses', () => {
  itReadsForms(FORMS);

  it('stays linear on long runs of these words', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    assertLinear('a long run of lazily and negligence', (n) => `${'lazily including negligence or otherwise, '.repeat(n)}done.`, runOurs);
    assertLinear('a long run of should have received', (n) => `${'we should have received '.repeat(n)}it.`, runOurs);
    assert.equal(runOurs('lazily').blame.length, 0);
    assert.equal(runOurs('including negligence').blame.length, 0);
  });
});
