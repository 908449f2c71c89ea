/**
 * "What happened" as the report's first account, over entries that start with times: a reader
 * sees the timeline there, so the report is not told it lacks one. Entry times written with am/pm
 * glued on ("9:41am", "2pm", "11 PM") start an entry as "14:05" does. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { check } from '../../server/src/analysis/engine/engine';
import { sectionReader } from './helpers/sections';

const settings = defaultSettings();
const { sectionOf } = sectionReader();
const missingSections = (text: string) =>
  check(text, { path: 'postmortems/x.md', settings, now: new Date('2026-12-01T00:00:00Z'), disableFixes: false })
    .findings.filter((f) => f.ruleId === 'required-sections')
    .map((f) => /"([^"]+)" section/.exec(f.message)?.[1]);

const ENTRIES = [
  '* **8:05am PT** – a schema change starts on the billing database',
  '* **8:19am PT** – invoice pages time out for every tenant',
  '* **8:47am PT** – the change is cancelled and pages load again',
].join('\n');
const REST = '\n\n## Why\n\nThe change took a lock on the invoices table.\n';

describe('"What happened" over entries that start with times', () => {
  it('is the timeline when it opens the report and holds only the entries', () => {
    const text = `# Billing pages down\n\n## What happened\n\n${ENTRIES}${REST}`;
    const happened = sectionOf(text, 'What happened');
    assert.deepEqual([happened.kinds, happened.decidedBy], [['timeline'], 'body']);
    assert.ok(!missingSections(text).includes('Timeline'), 'no "Timeline" missing');
  });

  it('is the summary and the timeline when prose tells the incident before the entries', () => {
    const text = `# Billing pages down\n\n## What happened\n\nOn Tuesday a schema change locked the invoices table and billing pages failed for 40 minutes.\n\n${ENTRIES}${REST}`;
    assert.deepEqual(sectionOf(text, 'What happened').kinds, ['summary', 'timeline']);
    const missing = missingSections(text);
    assert.ok(!missing.includes('Timeline') && !missing.includes('Summary'), missing.join(', '));
  });

  it('stays the summary over prose, or over a list where few entries start with a time', () => {
    const prose = `# Billing pages down\n\n## What happened\n\nA schema change locked the invoices table at 8:05am and billing pages failed until 8:47am.${REST}`;
    assert.deepEqual(sectionOf(prose, 'What happened').kinds, ['summary']);
    const mixed = [
      '- the schema change was started by a script',
      '- **8:19am** – invoice pages time out',
      '- support heard from customers',
      '- the change was cancelled',
      '- **8:47am** – pages load again',
    ].join('\n');
    assert.deepEqual(sectionOf(`# Billing pages down\n\n## What happened\n\n${mixed}${REST}`, 'What happened').kinds, ['summary']);
  });

  it('reads times with am/pm written on as the start of an entry, with or without minutes', () => {
    const entries = ['- 2pm – deploy starts', '- 2:20 PM: alerts fire', '- 3 p.m. – rolled back'].join('\n');
    const text = `# Deploy gone wrong\n\n## Summary\n\nA deploy broke sign-in.\n\n## Sequence\n\n${entries}\n`;
    assert.deepEqual(sectionOf(text, 'Sequence').kinds, ['timeline']);
    // A figure followed by a word that starts with "am" or "pm" is no time ("9 amps", "4 pmc hosts").
    const figures = ['- 9 amps drawn by rack 4', '- 4 pmc hosts rebooted', '- 12 ampoules of coolant'].join('\n');
    assert.notDeepEqual(sectionOf(`# Rack power\n\n## Summary\n\nRack 4 tripped.\n\n## Sequence\n\n${figures}\n`, 'Sequence').kinds, ['timeline']);
  });

  it('leaves a "What happened" after the summary to the reading that was there: entries with times are the timeline', () => {
    const text = `# Billing pages down\n\n## Summary\n\nBilling pages failed for 40 minutes.\n\n## What happened\n\n${ENTRIES}${REST}`;
    assert.deepEqual(sectionOf(text, 'What happened').kinds, ['timeline']);
  });
});
