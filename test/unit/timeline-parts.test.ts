/**
 * A timeline told in parts: a later section read as a timeline ("## Follow-up timeline", or a
 * "Timeline:" line under each part of the incident) is read with the first when its times go on
 * from where the first ends; a part that goes back, or whose day is unclear, stays apart, and the
 * order check stays quiet about it. Also ugly input: missing cells, impossible times, entries
 * without times, and a thousand entries in linear time.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { check } from '../../server/src/analysis/engine/engine';
import type { Timeline } from '../../server/src/analysis/model/model';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { growth, LINEAR } from '../support/growth';

const settings = defaultSettings();
const read = (text: string): Timeline | null => analyzeDocument(text, 'postmortems/x.md', settings).model.timeline;
const orderFindings = (text: string) => check(text, { path: 'postmortems/x.md', settings }).findings.filter((f) => f.ruleId === 'timeline-order');
const clocks = (t: Timeline | null) => (t?.entries ?? []).filter((e) => e.time !== null).map((e) => /\d\d:\d\d/.exec(e.time!)![0]);

const head = '# Incident: the job queue stalled\n\nDate: 2025-11-20\n\n## Summary\n\nJobs waited for two hours.\n\n';
const fence = '```';
const tail = '\n\n## Root Cause\n\nA lock was held too long.\n';

describe('a timeline told in parts', () => {
  it('reads a follow-up timeline section that goes on from the first', () => {
    const text = `${head}## Timeline (all times UTC)\n\n### 09:10\n\nThe queue alarm fired.\n\n### 09:25\n\nThe lock was found.\n\n## Follow-up timeline (all times UTC)\n\n### 13:40\n\nThe queue drained.\n\n### 14:05\n\nThe alarm cleared.${tail}`;
    assert.deepEqual(clocks(read(text)), ['09:10', '09:25', '13:40', '14:05']);
    assert.equal(orderFindings(text).length, 0);
  });

  it('reads a "Timeline:" line under each part of the incident', () => {
    const text = `${head}## Queue issues\n\nThe queue stalled.\n\nTimeline:\n\n${fence}\n09:10 UTC - alarm fired\n09:25 UTC - lock found\n09:30 UTC - lock dropped\n${fence}\n\n## Worker issues\n\nWorkers restarted in a loop.\n\nTimeline:\n\n${fence}\n09:30 UTC - workers restarted\n09:50 UTC - workers steady\n09:55 UTC - all green\n${fence}${tail}`;
    assert.deepEqual(clocks(read(text)), ['09:10', '09:25', '09:30', '09:30', '09:50', '09:55']);
    assert.equal(orderFindings(text).length, 0);
  });

  it('leaves apart a later part that goes back: a detailed timeline after a short one', () => {
    const text = `${head}## Timeline\n\n- 09:10 alarm fired\n- 11:00 queue drained\n\n## Detailed timeline\n\n- 09:10 alarm fired\n- 09:25 lock found\n- 11:00 queue drained${tail}`;
    assert.deepEqual(clocks(read(text)), ['09:10', '11:00']);
    assert.equal(orderFindings(text).length, 0);
  });

  it('leaves apart a part whose day is unclear (its times are earlier in the day) and reports nothing', () => {
    const text = `# Incident: the job queue stalled\n\n## Timeline\n\n- 14:00 alarm fired\n- 16:00 queue drained\n\n## Follow-up timeline\n\n- 02:00 backlog replayed\n- 03:00 replay done${tail}`;
    assert.deepEqual(clocks(read(text)), ['14:00', '16:00']);
    assert.equal(orderFindings(text).length, 0);
  });

  it('leaves apart a part that writes its days when the first does not', () => {
    const text = `# Incident: the job queue stalled\n\n## Timeline\n\n- 14:00 alarm fired\n- 16:00 queue drained\n\n## Follow-up timeline\n\n- 2025-11-21 09:00 backlog replayed\n- 2025-11-21 10:00 replay done${tail}`;
    assert.deepEqual(clocks(read(text)), ['14:00', '16:00']);
  });

  it('leaves apart a part whose heading names another zone', () => {
    const text = `${head}## Timeline (all times UTC)\n\n- 09:10 alarm fired\n- 09:25 lock found\n\n## Follow-up timeline (all times PST)\n\n- 10:00 backlog replayed\n- 10:30 replay done${tail}`;
    assert.deepEqual(clocks(read(text)), ['09:10', '09:25']);
  });

  it('still reads a single timeline section as before', () => {
    const text = `${head}## Timeline\n\n- 09:10 alarm fired\n- 09:25 lock found${tail}`;
    assert.deepEqual(clocks(read(text)), ['09:10', '09:25']);
  });
});

describe('ugly timelines', () => {
  it('reads a table with missing cells without inventing times', () => {
    const text = `${head}## Timeline\n\n| Time | Event |\n|---|---|\n| 09:10 | alarm fired |\n| 09:20 |\n| | someone looked |\n| 09:40 | fixed |${tail}`;
    assert.deepEqual(clocks(read(text)), ['09:10', '09:20', '09:40']);
    assert.equal(orderFindings(text).length, 0);
  });

  it('reads "25:61" as a problem, not a time, and compares nothing with it', () => {
    const text = `${head}## Timeline\n\n- 09:10 alarm fired\n- 25:61 a time that is no time\n- 09:40 fixed${tail}`;
    const t = read(text)!;
    assert.ok(t.entries[1].problem);
    assert.equal(t.entries[1].time, null);
    assert.equal(orderFindings(text).length, 0);
  });

  it('finds no timed entry in phase-labelled bullets without times, and reports no order', () => {
    const text = `${head}## Timeline\n\n- Upgrade — packages installed\n- Reboot — the host hung\n- **Diagnosis**: an older kernel booted\n- Resolved — the new kernel booted${tail}`;
    assert.deepEqual(clocks(read(text)), []);
    assert.equal(orderFindings(text).length, 0);
  });

  it('reads a timeline in two parts of many entries in time linear in their number', function () {
    this.timeout(60000);
    const entries = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => {
        const minute = from + Math.floor((i * 360) / n);
        return `- ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')} step ${i}`;
      }).join('\n');
    const doc = (n: number) => `${head}## Timeline\n\n${entries(n, 0)}\n\n## Follow-up timeline\n\n${entries(n, 600)}${tail}`;
    assert.equal(read(doc(1000))!.entries.length, 2000);
    const ratio = growth(doc, read, 100);
    assert.ok(ratio < LINEAR, `8× the entries took ${ratio.toFixed(1)}× the time`);
  });
});
