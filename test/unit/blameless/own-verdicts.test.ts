import { strict as assert } from 'node:assert';
import { check } from '../../../server/src/analysis/engine/engine';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { runOurs } from '../../fixtures/blameless/load';
import { itReadsForms, type BlameForms } from '../../support/blame-forms';
import { timedDetect } from '../../support/blameless-timing';

/**
 * Two shapes of fault wording that name no fault word of their own: the authors' verdict on what
 * the sentence points back at ("this is unacceptable to us"), and a warning or an agreement
 * recalled with emphasis, which puts the failure on whoever went against it. Each with
 * look-alikes: plans, practices, systems that warn, neutral notices, conditions and verdicts on a
 * design. Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'the authors’ verdict on what "this" points back at': {
    blame: [
      'Our readers should know this is completely unacceptable to our group.',
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
  'a warning or an agreement recalled with emphasis': {
    blame: [
      'We explicitly warned against running the sample code in production.',
      'Sam wrote that we had clearly agreed to hold the rollout until noon.',
      'We had repeatedly told them not to restart the primary.',
      'The vendor was expressly advised against the upgrade by our team.',
      'Our docs team explicitly cautioned against mixing the two client versions.',
    ],
    clean: [
      'We warned users about the maintenance window a week ahead.',
      'The banner clearly warned that the service was degraded.',
      'We will explicitly warn operators against running the sample code.',
      'The runbook explicitly warns against a restart during a backup.',
      'We clearly told customers the timeline once the fix was known.',
      'We clearly told customers not to expect the import before noon.',
      'We explicitly told customers not to retry during the window.',
      'We clearly warned against retries on the status page while the queue drained.',
      'We had explicitly agreed to a two-hour window with the vendor.',
      'If we had explicitly warned against it, fewer teams would have used it.',
      'Had we clearly told them not to restart, the data would be intact.',
      'We did not explicitly warn against it.',
      'We explicitly agreed to add an alert for disk usage.',
      'Sam clearly explained the rollback plan to the team.',
      'The linter repeatedly warned against the deprecated flag, and nobody saw the output.',
      'Lesson: say explicitly in the guide not to run it in production.',
    ],
  },
};

describe('blaming-language: own verdicts and emphatic reproach', () => {
  itReadsForms(FORMS);

  it('reports the words that carry the verdict or the reproach', () => {
    assert.deepEqual(runOurs('Our readers should know this is completely unacceptable to our group.').blame, ['unacceptable']);
    assert.deepEqual(runOurs('That was not acceptable to me.').blame, ['not acceptable']);
    assert.deepEqual(runOurs('We explicitly warned against running the sample code in production.').blame, ['explicitly warned']);
    assert.deepEqual(runOurs('Sam wrote that we had clearly agreed to hold the rollout until noon.').blame, ['clearly agreed']);
  });

  it('asks what allowed the failure, and accuses no one', () => {
    const text = [
      '# Outage of the upload service',
      '',
      '## Summary',
      '',
      'The upload service was down for three hours. Frankly, this is unacceptable to us.',
      '',
      '## Root cause',
      '',
      'A partner ran the sample uploader in production. We explicitly warned against that.',
      '',
    ].join('\n');
    const settings = { ...defaultSettings(), files: ['**'], exclude: [] };
    const findings = check(text, { path: 'postmortems/upload.md', settings, now: new Date('2026-12-01T00:00:00Z') }).findings.filter(
      (f) => f.ruleId === 'blaming-language',
    );
    assert.equal(findings.length, 2);
    for (const f of findings) {
      assert.match(f.message, /Ask what allowed the failure/);
      assert.doesNotMatch(f.message, /\b(?:your fault|careless|blame them)\b/i);
    }
  });

  it('reads them through markup, line breaks, capitals and table cells, and not in code or cut short', () => {
    assert.deepEqual(runOurs('This is **absolutely** unacceptable to\nour team.').blame, ['unacceptable']);
    assert.deepEqual(runOurs('THIS IS UNACCEPTABLE TO US.').blame, ['UNACCEPTABLE']);
    assert.deepEqual(runOurs('- We *explicitly* warned\n  against running the demo build in production.').blame, ['explicitly warned']);
    assert.deepEqual(runOurs('| when | what |\n| --- | --- |\n| 10:02 | We had repeatedly told them not to reboot the primary |').blame, ['repeatedly told']);
    for (const s of [
      'Run `we explicitly warned against it` to print the notice.',
      '"We explicitly warned against it," the vendor said.',
      'this is unacceptable to',
      'This is unacceptable to our',
      'had clearly agreed to',
      'explicitly',
    ]) {
      assert.deepEqual(runOurs(s).blame, [], s);
    }
  });

  it('reads a 50,000-character sentence of both shapes in linear time', () => {
    const unit = 'this is unacceptable to us and we explicitly warned against it and we had clearly agreed to wait and ';
    const small = timedDetect(unit.repeat(Math.ceil(5_000 / unit.length)));
    const large = timedDetect(unit.repeat(Math.ceil(50_000 / unit.length)));
    assert.ok(large.hits.length > small.hits.length);
    assert.ok(large.ms < small.ms * 40 + 20, `5,000 characters: ${small.ms.toFixed(0)} ms, 50,000: ${large.ms.toFixed(0)} ms`);
  });
});
