/**
 * A timeline written one heading per entry, the time not first on the heading ("### T+2 (10:40) -
 * Remediation", "### {{ 09:15 }}", "### After 11:05 CET"): each heading is an entry of the
 * timeline, and the list under it says what was done then, whatever a word of the heading
 * ("Remediation", "Mitigation") would say elsewhere. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { holdsTime } from '../../../server/src/analysis/model/action-items/plan-sections';
import { items } from './helpers';

const texts = (text: string) => items(text).map((i) => i.text);

/** A report whose timeline has one heading per entry, each over a list, then a plan of its own. */
const report = (headings: string[]) =>
  [
    '# Cache outage',
    '',
    '## Summary',
    '',
    'The image cache went read-only for an hour after its volume filled up.',
    '',
    '## Timeline',
    '',
    `### ${headings[0]}`,
    '',
    '- The disk alert fired on the cache host',
    '',
    `### ${headings[1]}`,
    '',
    '1. Moved old layers to cold storage',
    '2. Restarted the cache with the larger volume',
    '',
    `### ${headings[2]}`,
    '',
    '- Checked that pulls work again',
    '',
    '## Action items',
    '',
    '- [ ] Alert at 80% disk on the cache host',
    '- [ ] Prune old layers every night',
    '',
  ].join('\n');

const PLAN = ['Alert at 80% disk on the cache host', 'Prune old layers every night'];

describe('action items: timeline entries under headings that carry a time', () => {
  it('reads no item from a timeline heading that opens on an offset and a time', () => {
    assert.deepEqual(texts(report(['T+0 (10:02) - Disk full', 'T+2 (10:40) - Remediation', 'T+3 (11:05) - Recovery verified'])), PLAN);
  });

  it('reads none from a time in braces or after a word', () => {
    assert.deepEqual(texts(report(['{{ 10:02 }}', '{{ 10:40 }} Mitigation steps', 'After 11:05 CET'])), PLAN);
    assert.deepEqual(texts(report(['Around 10:02', 'From 10:40: remediation', 'By 11:05 all clear'])), PLAN);
  });

  it('still reads the plan of a heading with a time outside the timeline', () => {
    const text = [
      '# Cache outage',
      '',
      '## Summary',
      '',
      'The image cache went read-only for an hour.',
      '',
      '## Remediation (agreed at the 14:00 review)',
      '',
      '- Alert at 80% disk on the cache host',
      '- Prune old layers every night',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), PLAN);
  });

  it('tells a time or an offset from other numbers, ugly input included', () => {
    for (const yes of ['T+3 (18:00) - Remediation', 'T-1 - Freeze', '{{ 06:10 }}', 'After 02:10 CET', '**14:05** fix rolled out', 'T + 2 rollback'])
      assert.ok(holdsTime(yes), yes);
    for (const no of ['Remediation', 'Phase 2: recovery', 'Step 1: 30 minutes', 'Release 1.2:30', 'Q3 2026', 'Priority 1:1 follow-ups', 'Test plan', ''])
      assert.ok(!holdsTime(no), no);
    assert.ok(!holdsTime('x'.repeat(5000)));
    assert.ok(!holdsTime(`${'a '.repeat(40)}10:00`), 'a time far into a long heading is not its stamp');
  });
});
