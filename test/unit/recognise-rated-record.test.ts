/**
 * A report whose head block of fields dates it and rates its severity ("Date: …", "Severity: …"),
 * as incident trackers write one, then tells the incident over many headings of its own (costs,
 * phases, plans), with what was done and learned only in headings ("Lessons learned", "Action
 * items"): the fields make it the record of one incident, so those headings answer it however
 * many other headings stand beside them. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { detection } from '../support/recognition';

const taken = (text: string) => ['title', 'content'].includes(detection(text));

const report = (fields: readonly string[], eol = '\n') =>
  [
    '# 🔥 Queue storm: 40,000 retries in a weekend',
    ...fields,
    '',
    '## 📊 Overview',
    '',
    'A retry loop in our mail workers resulted in 40,000 jobs over two days. The root cause was a handler that re-queued every failure without a limit.',
    '',
    '## 🧨 How it grew',
    '',
    '- Friday: a few hundred jobs',
    '- Saturday: thousands',
    '',
    '## 🧪 Experiments',
    '',
    '- Tried a smaller batch',
    '',
    '## 🧰 Tools we looked at',
    '',
    '- A hosted queue',
    '',
    '## 🧮 Numbers',
    '',
    '- 40,000 jobs',
    '',
    '## 🛒 Vendors',
    '',
    '- Two quotes asked',
    '',
    '## 🗺️ Future plans',
    '',
    '- Split the workers',
    '',
    '## 🎓 Lessons learned',
    '',
    '- A retry needs a ceiling.',
    '',
    '## ✅ Action items',
    '',
    '- [ ] Cap retries at five',
    '',
  ].join(eol);

describe('recognising a rated record whose answer stands in its headings', () => {
  it('takes a report whose fields date it and rate its severity', () => {
    assert.equal(detection(report(['**Date**: March 3, 2025  ', '**Severity**: HIGH  ', '**Status**: contained'])), 'content');
  });

  it('takes the same with plain fields and CRLF line ends', () => {
    assert.equal(detection(report(['Date: 2025-03-03', 'Severity: P2'], '\r\n')), 'content');
  });

  it('does not take it without the severity: the answering headings are too few of the outline', () => {
    assert.equal(taken(report(['**Date**: March 3, 2025'])), false);
  });

  it('does not take it when the severity is still a stand-in', () => {
    assert.equal(taken(report(['**Date**: March 3, 2025', '**Severity**: TBD'])), false);
  });

  it('does not take an alert runbook that rates its alert and dates its review', () => {
    const text = [
      '# Queue depth alert',
      '',
      'Severity: critical',
      'Last reviewed: 2025-01-12',
      '',
      '## Overview',
      '',
      'If the queue grows past 10,000 jobs, the alert fires and pages the on-call engineer.',
      '',
      '## Possible causes',
      '',
      'A handler that re-queues every failure, or a stuck consumer.',
      '',
      '## Steps',
      '',
      '1. Check the consumer logs.',
      '2. Restart the consumers.',
      '',
      '## Lessons learned from past pages',
      '',
      '- Look at the retry counts first.',
      '',
    ].join('\n');
    assert.equal(taken(text), false);
  });

  it('does not take a bug report that rates its bug and dates it', () => {
    const text = [
      '# Export button does nothing',
      '',
      'Date: 2025-04-02',
      'Severity: low',
      '',
      '## Steps to reproduce',
      '',
      '1. Open a report.',
      '2. Press Export.',
      '',
      '## Expected',
      '',
      'A file downloads.',
      '',
      '## Actual',
      '',
      'Nothing happened when we pressed it, because the handler was never bound.',
      '',
    ].join('\n');
    assert.equal(taken(text), false);
  });
});
