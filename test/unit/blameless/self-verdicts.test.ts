import { strict as assert } from 'node:assert';
import { detectInText } from '../../../server/src/analysis/model/blameless/index';
import { runOurs } from '../../fixtures/blameless/load';
import { itReadsForms, type BlameForms } from '../../support/blame-forms';
import { timedDetect } from '../../support/blameless-timing';
import { assertLinear } from '../../support/growth';

const people = { names: new Set<string>() };
/** The blame read in `s`: the words quoted and whom they blame. */
const read = (s: string) => detectInText(s, people).flatMap((h) => (h.rule === 'blaming-language' ? [[s.slice(h.start, h.end), h.category]] : []));

/**
 * The authors' harsh verdicts on their own fitness (a trade denied to themselves), and a safeguard set aside by people told in the passive without naming
 * them. Modesty, regret and things bypassed by a system stay quiet. Every sentence is our own.
 */
const FORMS: BlameForms = {
  'the authors denying themselves their trade': {
    blame: [
      'If I cannot renew a certificate on my own, I should not call myself a network engineer.',
      "Honestly, I shouldn't call myself a sysadmin after this week.",
      "We don't deserve to call ourselves operators.",
      'We must not call ourselves engineers if this keeps happening.',
      'I do not deserve to call myself a professional.',
      '- I SHOULD NOT CALL MYSELF AN ADMIN',
    ],
    clean: [
      "I can't call myself an expert in TLS, but the fix looked simple.",
      'I should not call myself done until the tests pass.',
      'You should not call yourself an engineer without a licence in some countries.',
      'I call myself an engineer.',
      'The script should not call itself recursively.',
      'We should not call ourselves a high-availability service until the failover works.',
      'should not call myself',
    ],
  },
  'one author taking the responsibility for the failure': {
    blame: [
      'Once more, sorry for the downtime; I take full responsibility for this error.',
      'The instructions I sent were unclear, and I take responsibility for the wrongly restored tables.',
      'I took full responsibility for the lost orders at the review.',
      'I accept complete responsibility for the expired domain.',
      '- I TAKE FULL RESPONSIBILITY FOR THE OUTAGE',
    ],
    clean: [
      'We take full responsibility for the outage and its cost to you.',
      "I'll take responsibility for the follow-up items.",
      'I will take responsibility for the restore drills from now on.',
      'Dana will take responsibility for the certificate renewals.',
      "I don't take responsibility for the provider's outage, but I own our recovery.",
      'I take the responsibility for on-call this week.',
      'Who will take responsibility for the renewals?',
      'I take responsibility.',
      'take full responsibility for',
    ],
  },
  'a safeguard set aside by people, told in the passive': {
    blame: [
      'The outage lasted longer because a newly added process requiring a manual publish step to the mirror was not followed.',
      'The two-minute wait in the upgrade script exists for this reason — it was bypassed manually.',
      'The release checklist was ignored.',
      "The runbook wasn't followed during the failover.",
      'The safety wait was deliberately bypassed.',
      'The change freeze policy was circumvented by hand.',
    ],
    clean: [
      'The cache was bypassed for large files.',
      'The balancer was bypassed manually to restore traffic.',
      'The outage was followed by a second one an hour later.',
      'The alert was ignored.',
      'The process was not followed by the scheduler.',
      'The runbook was followed and the restore finished in an hour.',
      'The health checks were skipped for the new region.',
      'Requests bypassed the cache and hit the database.',
      'The policy was bypassed by an attacker.',
      'The redirect was not followed by the client library.',
      'The deploy tool stops if the checklist is ignored.',
      'Unless the runbook is followed, the restore takes a day.',
      'The process must not be bypassed manually.',
      'The checklist will be ignored when it grows past a page.',
      'was not followed',
    ],
  },
};

describe('blaming-language: verdicts on oneself and safeguards set aside', () => {
  itReadsForms(FORMS);

  it('quotes the verdict and says whom it blames', () => {
    assert.deepEqual(read('I should not call myself an engineer.'), [['I should not call myself an engineer', 'self-fault']]);
    assert.deepEqual(read('We must not call ourselves engineers.'), [['We must not call ourselves engineers', 'group-fault']]);
    assert.deepEqual(read('The runbook was not followed.'), [['was not followed', 'group-fault']]);
    assert.deepEqual(read('I take full responsibility for this error.'), [['I take full responsibility', 'self-fault']]);
    assert.deepEqual(read('It was bypassed manually.'), [['was bypassed manually', 'group-fault']]);
  });

  it('reads long runs of responsibility taken in linear time', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    assertLinear('a long run of "full responsibility for"', (n) => `I take ${'full responsibility for '.repeat(n)}it.`, runOurs);
    assertLinear('a long run of "I take responsibility for"', (n) => `${'I take responsibility for '.repeat(n)}it.`, runOurs);
  });

  it('reads ugly input without a stall or a crash', () => {
    for (const s of [
      'call myself',
      'not call myself a',
      'shouldn’t call ourselves',
      'was not followed by',
      'was manually',
      'bypassed manually',
      '(((( was not followed',
      '**The runbook** was *not followed*.',
    ]) {
      assert.ok(Array.isArray(runOurs(s).blame), s);
    }
  });

  const units = {
    'denied titles': 'I should not call myself a computer engineer and we must not call ourselves admins and ',
    'responsibility taken': 'I take full responsibility for it and I took responsibility for and full responsibility ',
    'safeguards set aside': 'the release process and the checklist and the runbook was not followed and it was bypassed manually and ',
    'long subjects with no safeguard': 'the wait in the old script of the team of the node of the cluster was bypassed and ',
  };
  for (const [what, unit] of Object.entries(units)) {
    it(`reads a 50,000-character sentence of ${what} in linear time`, () => {
      const small = timedDetect(unit.repeat(Math.ceil(5_000 / unit.length)), people);
      const large = timedDetect(unit.repeat(Math.ceil(50_000 / unit.length)), people);
      if (small.hits.length > 1) assert.ok(large.hits.length > small.hits.length);
      assert.ok(large.ms < small.ms * 40 + 20, `5,000 characters: ${small.ms.toFixed(0)} ms, 50,000: ${large.ms.toFixed(0)} ms`);
    });
  }
});
