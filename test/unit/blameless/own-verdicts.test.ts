import { strict as assert } from 'node:assert';
import { check } from '../../../server/src/analysis/engine/engine';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { runOurs } from '../../fixtures/blameless/load';
import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * The authors' verdict on what the sentence points back at ("this is unacceptable to us"), which
 * names no incident word of its own. With look-alikes: verdicts on a design or a measure, a
 * relative clause, conditions and verdicts on what would happen. Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'the authors’ verdict on what "this" points back at': {
    blame: [
      'We know that this is absolutely unacceptable to our team.',
      'This is unacceptable to us.',
      'That was not acceptable to me, and we are sorry.',
      'Frankly, this was inexcusable for our company.',
      'Please understand that this is simply unacceptable to our engineers.',
    ],
    clean: [
      'This is unacceptable for a public API.',
      'This is unacceptable latency for the checkout page.',
      'If this is unacceptable to us, we will move the nightly job.',
      'A retry delay that is unacceptable to our users was chosen on purpose.',
      'This would be unacceptable to our customers.',
      'This is not unacceptable to us during a planned window.',
      'The parser said this is unacceptable to it and kept the old file.',
      'We should add an alert when this is unacceptable to our SLO.',
      'The disk filled up and the job failed.',
    ],
  },
};

describe('blaming-language: own verdicts', () => {
  itReadsForms(FORMS);

  it('reports the words that carry the verdict', () => {
    assert.deepEqual(runOurs('We know that this is absolutely unacceptable to our team.').blame, ['unacceptable']);
    assert.deepEqual(runOurs('That was not acceptable to me.').blame, ['not acceptable']);
  });

  it('asks what allowed the failure, and accuses no one', () => {
    const text = [
      '# Outage of the upload service',
      '',
      '## Summary',
      '',
      'The upload service was down for three hours. We know that this is unacceptable to us.',
      '',
      '## Root cause',
      '',
      'A partner ran the sample uploader in production.',
      '',
    ].join('\n');
    const settings = { ...defaultSettings(), files: ['**'], exclude: [] };
    const findings = check(text, { path: 'postmortems/upload.md', settings, now: new Date('2026-12-01T00:00:00Z') }).findings.filter(
      (f) => f.ruleId === 'blaming-language',
    );
    assert.equal(findings.length, 1);
    for (const f of findings) {
      assert.match(f.message, /Ask what allowed the failure/);
      assert.doesNotMatch(f.message, /\b(?:your fault|careless|blame them)\b/i);
    }
  });
});
