import { strict as assert } from 'node:assert';
import { findings as findingsOf } from '../support/findings';
import type { Finding } from '../../server/src/analysis/base/findings';
import { applyEdits } from '../../server/src/analysis/base/findings';

const findings = (text: string, rule: string): Finding[] => findingsOf(text, { rule });

const doc = (timeline: string, extra = '') =>
  `# Incident: queue backlog\n\nDate: 2026-05-04\n${extra}\n## Timeline\n\n${timeline}\n\n## Root Cause\n\nA limit.\n`;

describe('timeline rules', () => {
  describe('timeline-order', () => {
    it('reports an entry earlier than the one before it, once', () => {
      const text = doc('All times in UTC.\n\n- 10:00 Errors began\n- 10:20 Alert fired\n- 10:05 Queue grew\n- 10:30 Rolled back');
      const found = findings(text, 'timeline-order');
      assert.equal(found.length, 1);
      assert.equal(text.slice(found[0].start, found[0].end), '10:05');
      assert.match(found[0].message, /earlier than the one before it \(10:20\)/);
    });

    it('fixes the order by sorting the timeline: every entry kept as written, the finding gone', () => {
      const text = doc('All times in UTC.\n\n- 10:00 Errors began\n- 10:20 Alert fired\n- 10:05 Queue grew\n- 10:30 Rolled back');
      const [finding] = findings(text, 'timeline-order');
      const fix = finding.fixes.find((f) => f.title === 'Sort the timeline by time')!;
      assert.ok(fix?.isPreferred);
      const sorted = applyEdits(text, fix.edits);
      assert.equal(sorted, text.replace('- 10:20 Alert fired\n- 10:05 Queue grew', '- 10:05 Queue grew\n- 10:20 Alert fired'));
      assert.deepEqual(findings(sorted, 'timeline-order'), []);
    });

    it('offers no sort where the entries cannot be ordered by time, only the disable fixes', () => {
      const text = doc('- [05-04 23:04] Outage starts\n- [05-04 02:50] Reported by a user', '\nAll times in UTC.\n');
      const [finding] = findings(text, 'timeline-order');
      for (const fix of finding.fixes.filter((f) => f.kind !== 'suppress')) {
        assert.deepEqual(findings(applyEdits(text, fix.edits), 'timeline-order'), [], `${fix.title} must remove the finding`);
      }
    });

    it('accepts midnight and date changes', () => {
      assert.deepEqual(findings(doc('All times in UTC.\n\n- 23:50 Errors began\n- 00:10 Paged\n- 2026-05-05 01:00 Rolled back'), 'timeline-order'), []);
    });

    it('reports an entry whose written date is the same day although it came after midnight', () => {
      const text = doc('All times in UTC.\n\n- [05-04 23:04] Outage starts\n- [05-04 02:50] Reported by a user');
      const found = findings(text, 'timeline-order');
      assert.equal(found.length, 1);
      assert.match(found[0].message, /write the next day/);
    });
  });

  describe('timeline-timezone', () => {
    it('reports a timeline with no zone, with a fix that states UTC', () => {
      const text = doc('- 10:00 Errors began\n- 10:20 Alert fired');
      const [finding] = findings(text, 'timeline-timezone');
      assert.ok(finding);
      assert.equal(text.slice(finding.start, finding.end), '## Timeline');
      const fixed = applyEdits(text, finding.fixes[0].edits);
      assert.ok(fixed.includes('## Timeline\n\nAll times in UTC.\n\n- 10:00'));
      assert.deepEqual(findings(fixed, 'timeline-timezone'), []);
    });

    it('accepts a zone stated in the heading, a note, the column header or each entry', () => {
      assert.deepEqual(findings(doc('- 10:00 Errors began').replace('## Timeline', '## Timeline (UTC)'), 'timeline-timezone'), []);
      assert.deepEqual(findings(doc('| Time (PDT) | Event |\n|---|---|\n| 10:00 | Errors began |'), 'timeline-timezone'), []);
      assert.deepEqual(findings(doc('- 10:00 UTC Errors began'), 'timeline-timezone'), []);
      assert.deepEqual(findings(doc('- 10:00 Errors began', '\nAll times in CEST.\n'), 'timeline-timezone'), []);
    });

    it('reports an entry in another zone written without an offset, not one with an offset', () => {
      const text = doc(
        'All times in PST.\n\n- 10:00 PST Errors began\n- 11:00 MST Paged\n- 10:30-08:00 Rolled back'.replace('10:30-08:00', '2026-05-04 10:30-08:00'),
      );
      const found = findings(text, 'timeline-timezone');
      assert.equal(found.length, 1);
      assert.equal(text.slice(found[0].start, found[0].end), '11:00 MST');
    });
  });

  describe('timeline-time-format', () => {
    it('reports an entry without a readable time and a time that mixes clocks', () => {
      const text = doc('All times in UTC.\n\n- 10:00 Errors began\n- After a while, someone looked\n- 13:55 PM Paged');
      const found = findings(text, 'timeline-time-format');
      assert.equal(found.length, 2);
      assert.equal(text.slice(found[0].start, found[0].end), '- After a while, someone looked');
      assert.match(found[1].message, /24-hour and the 12-hour/);
    });

    it('reports the odd clock out in a timeline that mixes the 12-hour and 24-hour clocks', () => {
      const text = doc('All times in UTC.\n\n- 14:00 Errors began\n- 14:10 Paged\n- 2:30 pm Rolled back');
      const found = findings(text, 'timeline-time-format');
      assert.equal(found.length, 1);
      assert.equal(text.slice(found[0].start, found[0].end), '2:30 pm');
    });

    it('takes a bare time that either clock could write for neither, so a 12-hour time beside it is no mix', () => {
      // "4:00" and "12:16" leave out their half of the day; only "16:00" or "08:15" prove the 24-hour clock.
      const loose = doc('All times in UTC.\n\n- 12:16 Errors began\n- 1:00 PM Paged\n- 4:00 Rolled back');
      assert.deepEqual(findings(loose, 'timeline-time-format'), []);
      const proven = doc('All times in UTC.\n\n- 08:15 Errors began\n- 1:00 PM Paged\n- 16:00 Rolled back');
      const found = findings(proven, 'timeline-time-format');
      assert.equal(found.length, 1);
      assert.equal(proven.slice(found[0].start, found[0].end), '1:00 PM');
    });

    it('accepts a consistent timeline and date-only entries', () => {
      assert.deepEqual(findings(doc('All times in UTC.\n\n- 14:00 Errors began\n- 14:10 Paged\n- 2026-05-06 - Fix released'), 'timeline-time-format'), []);
    });

    it('accepts an untimed entry under a date line, which happened on that day', () => {
      const text = doc('All times in UTC.\n\n2026-05-04:\n- 14:00 Errors began\n- The vendor was told by mail\n\n2026-05-05:\n- The patch was reviewed');
      assert.deepEqual(findings(text, 'timeline-time-format'), []);
      // Without the date line the same entry has no time to read.
      assert.equal(findings(text.replace('2026-05-04:\n', ''), 'timeline-time-format').length, 1);
    });
  });

  describe('timeline-milestones', () => {
    it('hints when neither detection nor mitigation is marked', () => {
      const [finding] = findings(doc('All times in UTC.\n\n- 14:00 Errors began\n- 14:10 Looked at graphs'), 'timeline-milestones');
      assert.equal(finding.severity, 'hint');
      assert.match(finding.message, /time to detect and time to mitigate cannot be computed/);
    });

    it('is quiet when both are marked, by keyword or tag', () => {
      assert.deepEqual(
        findings(doc('All times in UTC.\n\n- 14:00 Errors began\n- 14:10 Email from a customer [detected]\n- 14:20 Failed over'), 'timeline-milestones'),
        [],
      );
    });
  });

  describe('timeline-metrics-mismatch', () => {
    const timeline = 'All times in UTC.\n\n- 14:02 Errors began\n- 14:05 Alert fired\n- 14:40 Rolled back\n- 14:47 Resolved';

    it('reports a stated figure that disagrees, with a fix in the same style', () => {
      const text = doc(timeline, '\n- Time to detection: 20 min\n- Time to mitigate: 0h 38m\n- MTTR: 45 minutes\n');
      const found = findings(text, 'timeline-metrics-mismatch');
      assert.equal(found.length, 1);
      assert.equal(text.slice(found[0].start, found[0].end), '20 min');
      assert.match(found[0].message, /the timeline gives 3 min \(from 14:02 to 14:05\)/);
      const fixed = applyEdits(text, found[0].fixes[0].edits);
      assert.ok(fixed.includes('Time to detection: 3 min'));
      assert.deepEqual(findings(fixed, 'timeline-metrics-mismatch'), []);
    });

    it('accepts figures measured from the detection and approximate figures within a tenth', () => {
      const text = doc(timeline, '\n- Time to repair: 0h 42m\n- Time to resolve: ~50 minutes\n');
      assert.deepEqual(findings(text, 'timeline-metrics-mismatch'), []);
    });
  });
});
