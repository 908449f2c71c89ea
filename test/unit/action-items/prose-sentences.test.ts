/**
 * Follow-up work told in sentences, and sentences that only look like it: work under way ("We are
 * purging …", "Acme are working on …", "We're investigating:" over bullets that open on a
 * gerund), work done since the incident told in the lessons or the conclusion, a "we'll" in link
 * text; and not items: a precondition of thinking, a conditional consequence, a prediction, a
 * reflection, a hedge about the recovery. Every document and sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { readSentence, subjectOwner } from '../../../server/src/analysis/model/action-items/reading';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

function items(text: string) {
  return analyzeDocument(text, 'postmortems/2026-05-01-test.md', defaultSettings()).model.actionItems;
}
const said = (text: string) => items(text).map((i) => [i.text.slice(0, 30), i.done, i.owner]);
const kind = (sentence: string) => readSentence(sentence)?.kind ?? null;

describe('action items: commitments told in prose', () => {
  describe('work under way', () => {
    it('reads "we are <verb>ing" with a verb of clearing data as work under way', () => {
      assert.equal(kind('We are purging every cached token.'), 'progress');
      assert.equal(kind('We are wiping the old build artefacts from the mirror.'), 'progress');
      assert.equal(kind('We are flushing the stale entries nightly now.'), 'progress');
    });

    it('reads a named party with work under way as the owner of work in progress', () => {
      const s = 'Hostco are also working on a validation step in their web editor so that a broken save is refused.';
      assert.equal(kind(s), 'progress');
      assert.equal(subjectOwner(s)?.value, 'Hostco');
      assert.equal(subjectOwner('The Storage Group is building a second replica for the queue.')?.value, 'The Storage Group');
      // Not a party: a pronoun, users in general, or a state of the service.
      assert.equal(kind('This is working on every host again.'), null);
      assert.equal(subjectOwner('Users are adding their own retries.'), null);
    });

    it('reads a prose document whose only follow-up is a named party at work as one open item owned by it', () => {
      const text =
        '# Broken mirror\n\n## Summary\n\nA corrupt commit broke the mirror for a day.\n\n## Will it happen again?\n\nWe cannot rule it out. Hostco are also working on a validation step in their editor, so that a broken tree cannot be saved.\n';
      assert.deepEqual(said(text), [['Hostco are also working on a v', false, 'Hostco']]);
    });

    it('reads each bullet under "We\'re investigating:" that opens on a gerund as an open item', () => {
      const text =
        "# Public viewer exposed rooms\n\n## Summary\n\nThe viewer showed rooms their members thought private.\n\n## Next up\n\nWe're investigating:\n\n- Showing in the viewer why a room is listed\n- Renaming the viewer (as Room Browser?)\n- Stopping bots from joining rooms for the service\n";
      assert.deepEqual(said(text), [
        ['Showing in the viewer why a ro', false, null],
        ['Renaming the viewer (as Room B', false, null],
        ['Stopping bots from joining roo', false, null],
      ]);
      // The same lead over a list of findings (no gerunds) is no plan.
      const findings =
        '# Public viewer exposed rooms\n\n## Summary\n\nThe viewer showed rooms.\n\n## Notes\n\nWe are looking into:\n\n- the proxy logs\n- the bridge config\n';
      assert.deepEqual(items(findings), []);
    });

    it('reads "We are looking into the following:" and "Things we are exploring:" as such leads too', () => {
      for (const lead of ['We are looking into the following:', 'Things we are exploring:']) {
        const text = `# Slow search\n\n## Summary\n\nSearch was slow for a day.\n\n## Later\n\n${lead}\n\n- Adding a cache in front of the index\n- Splitting the index by tenant\n`;
        assert.deepEqual(
          items(text).map((i) => [i.text, i.done]),
          [
            ['Adding a cache in front of the index', false],
            ['Splitting the index by tenant', false],
          ],
        );
      }
    });
  });

  describe('work done since, told in the lessons or the conclusion', () => {
    it('reads past-tense follow-up work in a conclusion with no plan heading as done items', () => {
      const text =
        '# Chain halt\n\n## Summary\n\nThe chain halted after an upgrade.\n\n## Recovery\n\nWe restarted the validators on all hosts and the chain resumed.\n\n## Conclusion\n\n- Good documentation made the recovery quick.\n- We hardened our build pipeline to catch this kind of non-determinism in the future, thanks to @lena for the patch.\n- We extended the upgrade rehearsal to every region so that it matches production.\n';
      assert.deepEqual(said(text), [
        ['We hardened our build pipeline', true, null],
        ['We extended the upgrade rehear', true, null],
      ]);
    });

    it('reads "we have since/already …" and a fleet-wide change in the lessons as done, beside open work', () => {
      const text =
        '# Database loss\n\n## Summary\n\nBoth database hosts were lost.\n\n## Lessons learned\n\n### Backups\n\n- We have since doubled how often incremental backups run, as they restore faster.\n\n### Tools\n\nWe upgraded the backup agent on all hosts, not only the standby, and ran a restore drill with it.\n\nAt the next refresh, we will try snapshots on the new disks.\n';
      assert.deepEqual(said(text), [
        ['We have since doubled how ofte', true, null],
        ['We upgraded the backup agent o', true, null],
        ['At the next refresh, we will t', false, null],
      ]);
    });

    it('does not read the steps of the recovery, or past work outside the lessons, as items', () => {
      assert.equal(kind('We restarted the nodes on all hosts.'), null);
      assert.equal(kind('We added the two disks to the array.'), null);
      const text =
        '# Database loss\n\n## Summary\n\nBoth database hosts were lost.\n\n## Recovery\n\nWe upgraded the agent on all hosts to read the old backups.\n\n## Lessons learned\n\nWe rebuilt the replica on every host so that it matched the primary.\n';
      assert.deepEqual(items(text), []);
    });
  });

  it('reads a "we\'ll" whose verb is link text', () => {
    const text =
      '# Index outage\n\n## Summary\n\nFetches timed out.\n\n## Cause\n\nEach fetch walked a huge tree. To fix this, [we’ll split](https://example.com/split) the tree by hashing names.\n';
    assert.deepEqual(said(text), [['To fix this, we’ll split the t', false, null]]);
  });

  it('reads a firm promise beside a list under a heading that names a cause, not in the summary or the impact', () => {
    const text =
      '# Slow fetches\n\n## Summary\n\nFetches were slow. We will split the index.\n\n### Scope\n\nWe will tell every user.\n\n## Too many entries\n\nEach fetch walked a huge tree. Suffice to say, that took a lot of work. To fix this, [we’ll split](https://example.com/split) the tree by hashing names.\n\n## Impact\n\n### Mirrors\n\nWe will see more load on the mirrors.\n\n## Follow-ups\n\n- Fetch only on an explicit update.\n- Cache the index between runs.\n';
    assert.deepEqual(
      items(text).map((i) => [i.text.slice(0, 30), i.owner]),
      [
        ['To fix this, we’ll split the t', null],
        ['Fetch only on an explicit upda', null],
        ['Cache the index between runs.', null],
      ],
    );
    // "Suffice to say" names no one.
    assert.equal(subjectOwner('Suffice to say, that took a lot of work.'), null);
  });

  describe('sentences that only look like commitments', () => {
    it('does not read a precondition of thinking as work', () => {
      assert.equal(kind('To explain this we must first understand how the proxy was set up.'), null);
      assert.equal(kind('We must first look at the history of the cluster.'), null);
      assert.equal(kind('We must first rotate the keys.'), 'need');
    });

    it('does not read a consequence of a condition with a subject of its own as a promise', () => {
      assert.equal(kind('We now know that if we roll back again, given how the site is built, we will need help from the vendor.'), null);
      assert.equal(kind('Should the vendor miss the window, we will lose a day.'), null);
      assert.equal(kind('If possible, we will add a retry to the importer.'), 'future');
      assert.equal(kind('Once the fix ships, we will remove the flag.'), 'future');
    });

    it('does not read a prediction as a promise', () => {
      assert.equal(kind('We will keep seeing slow merges until the new cache ships.'), null);
      assert.equal(kind('We will continue to fall behind on merges at peak times until we add a queue.'), null);
      assert.equal(kind('We will continue to run the old importer beside the new one.'), 'future');
    });

    it('does not read a reflection on what the authors do in general as work under way', () => {
      assert.equal(kind('When we write down the fix with care, we are not just learning; we are teaching the next reader.'), null);
      assert.equal(kind('Whenever we ship on a Friday, we are adding risk.'), null);
      // A rule of work set for whenever the authors do something still is work.
      assert.equal(kind('When we merge into the main branch, we need to make sure it reaches production too.'), 'need');
    });

    it('does not read a hedge about the recovery, or an option dropped after tries, as a decision of follow-up work', () => {
      assert.equal(kind('We cannot yet explain the crash, but after a few tries we decided to drop that option.'), null);
      assert.equal(kind('We decided to reject the rollback.'), null);
      assert.equal(kind('We decided to move the queue to its own host.'), 'future');
    });
  });
});
