import { strict as assert } from 'node:assert';
import { mayHoldHits } from '../../../server/src/analysis/model/blameless/index';
import * as lexicon from '../../../server/src/analysis/model/blameless/lexicon';
import { runOurs } from '../../fixtures/blameless/load';

/**
 * A verdict told with a fault noun made bigger ("a massive mistake", "an epic fail"): it judges
 * whoever did what the sentence points at, named or not. The same words about a bug placed in a
 * thing, a failover drill or mistakes in general stay quiet. Every sentence here is our own.
 */
const VERDICTS = [
  'Turning off the alerts was a huge, huge mistake.',
  'Letting the ops team keep root on every host was a huge mistake.',
  'Shipping on the Friday before the holiday was a big mistake.',
  'Clearly the rollout plan was a massive fail, and the release team shipped it anyway.',
  'Forwarding agents to every host was an epic fail on our part.',
  'Skipping the dry run was a colossal blunder.',
  'IT WAS A TERRIBLE MISTAKE TO DISABLE THE ALERTS.',
  'While cleaning up the test data I made a **catastrophic mistake** by running the reset script:',
  'Deleting the volume before the snapshot finished was a disastrous mistake.',
  'Rebooting both primaries at once was an awful blunder',
];

const LOOK_ALIKES = [
  'It was not a big mistake, just a typo in a comment.',
  'We ran a big fail-over test on Sunday.',
  'We ran a big fail over drill on Sunday.',
  'Small changes prevent big mistakes.',
  'The big mistake in the parser was fixed in 2.1.',
  'A huge mistake in the cache key meant stale avatars for a day.',
  'The job failed with a massive stack trace.',
  'Our big failover to the second region took four minutes.',
  'The alert had a massive false-positive rate before we tuned it.',
  'A catastrophic mistake in the retry logic charged some cards twice.',
  'The array suffered a catastrophic failure at 03:10.',
  'Small checklists prevent catastrophic mistakes.',
  'The flood was a disastrous event for the region.',
];

describe('blaming-language: verdicts told with a fault noun made bigger', () => {
  it('reports "a massive mistake", "an epic fail" and their kin', () => {
    const missed = VERDICTS.filter((s) => runOurs(s).blame.length === 0);
    assert.deepEqual(missed, []);
  });

  it('reports the verdict at its words, once', () => {
    assert.deepEqual(runOurs('Letting the ops team keep root on every host was a huge mistake.').blame, ['huge mistake']);
    assert.deepEqual(runOurs('Turning off the alerts was a huge, huge mistake.').blame, ['huge mistake']);
  });

  it('leaves alone a bug placed in a thing, failover terms, negations and mistakes in general', () => {
    const flagged = LOOK_ALIKES.filter((s) => runOurs(s).blame.length > 0);
    assert.deepEqual(flagged, []);
  });
});

/** A person's conduct judged: the conduct noun stands for the person. Our own sentences. */
const CONDUCT = [
  'We judged that behaviour as blackhat once the payout was kept.',
  'Their behaviour was unprofessional throughout the call.',
  'His attitude was arrogant when we asked for logs.',
  "The contractor's conduct was plainly unethical.",
  'We regard such conduct as reckless.',
];

const CONDUCT_LOOK_ALIKES = [
  'Its behaviour was erratic under load.',
  'This behaviour is expected when the cache is cold.',
  'Their conduct was exemplary during the recovery.',
  'The attacker installed malicious code on the build host.',
  'We logged this behaviour as a bug in the scheduler.',
  'Their behaviour was not malicious; the script had the wrong target.',
  'The conduct of the review was careful.',
  'The queue behaviour was greedy by design: it took every free slot.',
];

describe("blaming-language: a person's conduct judged", () => {
  it('reports conduct judged with a word only people earn', () => {
    const missed = CONDUCT.filter((s) => runOurs(s).blame.length === 0);
    assert.deepEqual(missed, []);
    assert.deepEqual(runOurs('We judged that behaviour as blackhat once the payout was kept.').blame, ['that behaviour as blackhat']);
  });

  it("leaves alone a system's behaviour, conduct praised or cleared, and judging words said of things", () => {
    const flagged = CONDUCT_LOOK_ALIKES.filter((s) => runOurs(s).blame.length > 0);
    assert.deepEqual(flagged, []);
  });

  it('lets every conduct noun through the pre-filter', () => {
    const blocked = [...lexicon.CONDUCT_NOUNS].filter((noun) => !mayHoldHits(`their ${noun} was rude`));
    assert.deepEqual(blocked, []);
  });
});

/** Care wished for in hindsight judges the people it names. Our own sentences. */
const MORE_CARE = [
  'The leak would have been avoided had the admins been more disciplined with secrets.',
  'If we had been more careful, the keys would never have reached the server.',
  'Had the engineer been more thorough, the outage would not have happened.',
  'The reviewer could have been more thorough with the diff.',
  'If only the on-call had been more attentive during the handover.',
];

const MORE_CARE_LOOK_ALIKES = [
  'We have been more careful since the incident.',
  'If the test had been more thorough, it would have caught the bug.',
  'If the alert had been more sensitive, we would have caught it.',
  'Had the check been more careful about nulls, the job would not have crashed.',
  'The new runbook has been more thorough than the old one.',
];

describe('blaming-language: care wished for in hindsight', () => {
  it('reports "had we been more attentive", "if the engineer had been more careful" and their kin', () => {
    const missed = MORE_CARE.filter((s) => runOurs(s).blame.length === 0);
    assert.deepEqual(missed, []);
    assert.deepEqual(runOurs('Had the engineer been more thorough, the outage would not have happened.').blame, ['the engineer been more thorough']);
  });

  it('leaves alone care shown since, systems wished better and other qualities', () => {
    const flagged = MORE_CARE_LOOK_ALIKES.filter((s) => runOurs(s).blame.length > 0);
    assert.deepEqual(flagged, []);
  });

  it('lets every care word through the pre-filter', () => {
    const blocked = [...lexicon.CARE_WORDS].filter((word) => !mayHoldHits(`had we been more ${word}`));
    assert.deepEqual(blocked, []);
  });

  it('lets every word that calls a changed object faulty through the pre-filter, from the one list', () => {
    const blocked = [...lexicon.FAULTY_OBJECT].filter((word) => !mayHoldHits(`the team rolled out a ${word} manifest`));
    assert.deepEqual(blocked, []);
    assert.ok(!mayHoldHits('the team rolled out a new manifest'));
  });
});
