import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { zonedTime } from '../../server/src/analysis/base/dates';
import type { AnalysedDocument } from '../../server/src/analysis/model/model';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { applyEdits } from '../../server/src/analysis/base/findings';
import { runTimelineCommand, type CommandResult, type TimelineCommand } from '../../server/src/analysis/authoring/timeline-commands';
import { entryHoverMarkdown, metricsSummary } from '../../server/src/analysis/model/timeline/present';
import { formatDateLike, formatTimeLike } from '../../server/src/analysis/model/timeline/render';

const settings = defaultSettings();
const analyse = (text: string): AnalysedDocument => analyzeDocument(text, 'postmortems/x.md', settings);
const NOW = new Date('2026-03-01T15:07:09Z');

function run(text: string, command: TimelineCommand, at = '', now = NOW): { result: CommandResult; out: string } {
  const offset = at ? text.indexOf(at) : 0;
  assert.ok(offset >= 0, `"${at}" is in the text`);
  const result = runTimelineCommand(analyse(text), command, offset, now);
  return { result, out: applyEdits(text, result.edits) };
}

const doc = (body: string, heading = '## Timeline', eol = '\n') =>
  ['# Incident: checkout errors', '', 'Date: 2026-03-01', '', heading, '', body, '', '## Root Cause', '', 'A cache.', ''].join('\n').replace(/\r?\n/g, eol);

/** Every line outside [from, to) of `before` is found unchanged, in order, in `after`, and the text around the edited lines is byte-identical. */
function assertOnlyBetween(before: string, after: string, first: string, last: string): void {
  const start = before.indexOf(first);
  const end = before.indexOf(last) + last.length;
  assert.equal(after.slice(0, start), before.slice(0, start), 'text before the timeline is unchanged');
  assert.equal(after.slice(after.length - (before.length - end)), before.slice(end), 'text after the timeline is unchanged');
}

describe('timeline commands', () => {
  describe('Sort Timeline', () => {
    it('sorts table rows by time, stably, moving whole rows byte for byte and keeping an untimed row with the row above', () => {
      const rows = [
        '|14:40|Rolled back `a|b`|ana|',
        '| 14:02 | Deploy started: 障害 \\| x | bo',
        '|  | continued, no time | |',
        '| 14:05 | Alert fired 👍🏽 | pager |',
        '| 14:05 | Second at the same minute | x |',
      ];
      const text = doc(['| Time (UTC) | Event | Who |', '|:--|--|--:|', ...rows].join('\r\n'), '## Timeline', '\r\n');
      const { result, out } = run(text, 'sortTimeline');
      assert.match(result.message!, /One entry without a readable time moved with the entry above/);
      const expected = [rows[1], rows[2], rows[3], rows[4], rows[0]].join('\r\n');
      assert.ok(out.includes(expected), out);
      assertOnlyBetween(text, out, rows[0], rows[4]);
      assert.deepEqual(run(out, 'sortTimeline').result.edits, [], 'sorting twice changes nothing more');
      assert.match(run(out, 'sortTimeline').result.message!, /already in order/);
    });

    it('sorts list items, keeping markers, ordered numbers and continuation lines in place', () => {
      const text = doc('1. **14:40** — Rolled back\n2. **14:02** — Deploy started\n   with a second line\n3. **14:05** — Alert fired');
      const { out } = run(text, 'sortTimeline');
      assert.ok(out.includes('1. **14:02** — Deploy started\n   with a second line\n2. **14:05** — Alert fired\n3. **14:40** — Rolled back\n'), out);
    });

    it('does not sort across dates or tables, and keeps a day that rolls over midnight in order', () => {
      const text = doc('- 2026-03-01\n  - 23:50 UTC errors began\n  - 23:40 UTC deploy\n- 2026-03-02\n  - 00:10 UTC paged\n  - 00:05 UTC alert');
      const { out } = run(text, 'sortTimeline');
      assert.ok(out.includes('- 2026-03-01\n  - 23:40 UTC deploy\n  - 23:50 UTC errors began\n- 2026-03-02\n  - 00:05 UTC alert\n  - 00:10 UTC paged'), out);
      const rollover = doc('- 23:50 UTC errors began\n- 00:10 UTC paged\n- 00:40 UTC rolled back');
      assert.deepEqual(run(rollover, 'sortTimeline').result.edits, [], 'after midnight is later, not earlier');
    });

    it('refuses to move items of several lines between markers of different widths', () => {
      const text = doc('9. 14:40 rolled back\n   more words\n10. 14:02 deploy started');
      const { result } = run(text, 'sortTimeline');
      assert.deepEqual(result.edits, []);
      assert.match(result.message!, /markers of different widths/);
    });

    it('sorts heading timelines with the text under each heading', () => {
      const text = doc('### 14:40\n\nRolled back.\n\n### 14:02\n\nDeploy started.\n\nMore.');
      const { out } = run(text, 'sortTimeline');
      assert.ok(out.includes('### 14:02\n\nDeploy started.\n\nMore.\n\n### 14:40\n\nRolled back.\n\n## Root Cause'), out);
    });
  });

  describe('Insert Timeline Row', () => {
    it('adds a table row after the row under the cursor, blank cells at the same widths, the time in the column zone', () => {
      const text = doc(
        '| Time (PST) | Event       | Who |\n| ---------- | ----------- | --- |\n| 06:40      | Rolled back | ana |\n| 06:50      | Resolved    | bo  |',
      );
      const { result, out } = run(text, 'insertRow', 'Rolled back');
      assert.ok(out.includes('| 06:40      | Rolled back | ana |\n| 07:07      |             |     |\n| 06:50'), out);
      assert.equal(
        out.slice(out.lastIndexOf('\n', result.cursor!) + 1, result.cursor!),
        '| 07:07      | ',
        'the cursor goes into the first cell after the time',
      );
      assert.equal(out.length - text.length, result.edits[0].newText.length);
    });

    it('copies a list entry’s format: bold, 12-hour clock, zone, separator; numbers go up; CRLF kept', () => {
      const text = doc('1. **2:05 pm PST** — Errors began\n2. **2:09 pm PST** — Paged', '## Timeline', '\r\n');
      const { result, out } = run(text, 'insertRow', 'Errors');
      assert.ok(out.includes('1. **2:05 pm PST** — Errors began\r\n2. **7:07 am PST** — \r\n2. **2:09'), JSON.stringify(out));
      assert.equal(out.slice(0, result.cursor!).endsWith('**7:07 am PST** — '), true);
    });

    it('writes the date when the entries do, in their format, and goes at the end when the cursor is elsewhere', () => {
      const text = doc('- 2026-02-28 23:10 UTC: deploy\n- 2026-02-28 23:15 UTC: alert fired');
      const { out } = run(text, 'insertRow', '# Incident');
      assert.ok(out.includes('- 2026-02-28 23:15 UTC: alert fired\n- 2026-03-01 15:07 UTC: \n'), out);
      const us = doc('- Mar 1, 14:05: deploy');
      assert.ok(run(us, 'insertRow', 'deploy', new Date('2026-04-02T08:00:00Z')).out.includes('- Apr 2, 08:00: '), 'month names are imitated');
    });

    it('adds paragraph lines and headings in the timeline’s own shape', () => {
      assert.ok(run(doc('**14:05** alert fired\n**14:10** paged'), 'insertRow', 'paged').out.includes('**14:10** paged\n**15:07** \n'));
      assert.ok(run(doc('### 14:05\n\nAlert fired.'), 'insertRow', 'Alert').out.includes('Alert fired.\n\n### 15:07\n\n## Root Cause'));
    });

    it('says so when no entry has a readable time', () => {
      const { result } = run(doc('- 25:99 something\n- soon after, more'), 'insertRow', 'something');
      assert.deepEqual(result.edits, []);
      assert.match(result.message!, /readable time/);
    });
  });

  describe('Normalise Timeline Times', () => {
    it('writes every time in the format most entries use, converting other zones to the stated one, never touching the events', () => {
      const text = doc(
        'All times in UTC.\n\n- **14:40** — Rolled back 2:02 pm\n- **2:02 pm** — Deploy started\n- 06:05 PST — Alert fired\n- **14:45** — Resolved\n- **25:70** — unreadable',
      );
      const { result, out } = run(text, 'normaliseTimes');
      assert.ok(
        out.includes(
          '- **14:40** — Rolled back 2:02 pm\n- **14:02** — Deploy started\n- 14:05 — Alert fired\n- **14:45** — Resolved\n- **25:70** — unreadable',
        ),
        out,
      );
      assert.match(result.message!, /2 times rewritten like 14:40, 1 of them converted to UTC/);
      assert.match(result.message!, /One time cannot be read/);
      const before = analyse(text).model.timeline!.entries;
      const after = analyse(out).model.timeline!.entries;
      assert.deepEqual(
        after.map((e) => e.text),
        before.map((e) => e.text),
      );
      assert.deepEqual(
        after.map((e) => e.instant),
        before.map((e) => e.instant),
        'every entry keeps its moment',
      );
      assert.deepEqual(run(out, 'normaliseTimes').result.edits, [], 'normalising twice changes nothing more');
    });

    it('leaves a time that would cross midnight into a day written in another column', () => {
      const text = doc(
        'All times in UTC.\n\n| Date | Time | Event |\n|---|---|---|\n| 2026-03-01 | 23:30 | a |\n| 2026-03-01 | 4:30 pm PST | b |\n| 2026-03-01 | 23:50 | c |',
      );
      const { result, out } = run(text, 'normaliseTimes');
      assert.equal(out, text);
      assert.match(result.message!, /falls on another day/);
    });

    it('keeps an approximate time and a four-digit time as their authors wrote them', () => {
      const text = doc('- 03-01 14:00 UTC start\n- 03-01 ~14:20 UTC alert fired\n- 03-01 14:30 UTC rolled back');
      const { out, result } = run(text, 'normaliseTimes');
      assert.equal(out, text);
      assert.match(result.message!, /line 8 \(an approximate time\)/);
      const military = doc('All times in UTC.\n\n- 1400 UTC: start\n- 1420 UTC: alert fired\n- 7:30 am PST: rolled back');
      assert.ok(
        run(military, 'normaliseTimes').out.includes('- 1400 UTC: start\n- 1420 UTC: alert fired\n- 1530 UTC: rolled back'),
        run(military, 'normaliseTimes').out,
      );
    });

    it('takes the zone most entries write when the timeline states none', () => {
      const text = doc('- 14:00 UTC start\n- 14:05 UTC alert fired\n- 7:10 PDT rolled back', '## Timeline', '\n');
      const { out, result } = run(text, 'normaliseTimes');
      assert.ok(out.includes('- 14:10 UTC rolled back'), out);
      assert.match(result.message!, /states no zone, so UTC/);
    });
  });

  it('Format Table formats the table under the cursor only, and says when there is none', () => {
    const text = doc('|Time|Event|\n|-|-|\n|14:05|a|\n\nText between.\n\n|x|y|\n|-|-|\n|1|2|');
    const { out } = run(text, 'formatTable', '14:05');
    assert.ok(out.includes('| Time  | Event |\n| ----- | ----- |\n| 14:05 | a     |\n\nText between.\n\n|x|y|'), out);
    assert.match(run(text, 'formatTable', 'Text between').result.message!, /Put the cursor in a table/);
  });

  describe('code lens and hover text', () => {
    const text = doc(
      '| Time (UTC) | Event |\n|---|---|\n| 14:02 | Deploy started the change |\n| 14:05 | Alert fired |\n| 14:40 | Rolled back |\n| 14:47 | Resolved, all clear |',
    );
    it('sums up the durations, and says what is missing', () => {
      assert.equal(metricsSummary(analyse(text).model.timeline!), 'Detected after 3 min · mitigated after 38 min · resolved after 45 min');
      const partial = doc('- 14:02 UTC deploy started\n- 14:40 UTC rolled back');
      assert.equal(metricsSummary(analyse(partial).model.timeline!), 'No detection marked · mitigated after 38 min');
    });
    it('gives each entry its offset from the start', () => {
      const t = analyse(text).model.timeline!;
      assert.match(entryHoverMarkdown(t, t.entries[1]), /^\*\*T\+3 min\*\* from the start \(line \d+, 14:02\)/);
      assert.match(entryHoverMarkdown(t, t.entries[1]), /Time to detect: 3 min/);
      assert.match(entryHoverMarkdown(t, t.entries[0]), /^\*\*T\+0\*\* from the start\n/);
    });
  });

  describe('stamp rendering', () => {
    const at = (hour: number, minute: number) => zonedTime(2026, 7, 4, { hour, minute, second: 7 }, 'UTC')!;
    const dt = at(9, 5);
    it('imitates clock styles', () => {
      assert.equal(formatTimeLike('14:05', dt), '09:05');
      assert.equal(formatTimeLike('4:05', dt), '9:05');
      assert.equal(formatTimeLike('14:05:00', dt), '09:05:07');
      assert.equal(formatTimeLike('2:05 PM', dt), '9:05 AM');
      assert.equal(formatTimeLike('02:05 p.m.', at(21, 5)), '09:05 p.m.');
      assert.equal(formatTimeLike('2pm', at(9, 0)), '9am');
      assert.equal(formatTimeLike('2pm', dt), '9:05am');
    });
    it('imitates date styles, telling month from day by the example', () => {
      assert.equal(formatDateLike('2026-03-01', '2026-03-01', dt), '2026-07-04');
      assert.equal(formatDateLike('2026/3/1', '2026-03-01', dt), '2026/7/4');
      assert.equal(formatDateLike('03/21/2026', '2026-03-21', dt), '07/04/2026');
      assert.equal(formatDateLike('21.03.26', '2026-03-21', dt), '04.07.26');
      assert.equal(formatDateLike('Saturday Oct 30th', '2021-10-30', dt), 'Saturday Jul 4th');
      assert.equal(formatDateLike('1 March 2026', '2026-03-01', dt), '4 July 2026');
      assert.equal(formatDateLike('the day after', null, dt), null);
    });
  });
});

// -------------------------------------------------------------------------------------------
// Property tests: sorting and normalising keep every entry's content, and are idempotent.

const eventText = fc
  .array(fc.constantFrom('a', 'b', 'Z', ' ', '障', '👍🏽', 'é', 'e\u0301', '\\|', '`x|y`', '-', '*', '1', ':'), { minLength: 1, maxLength: 12 })
  .map((parts) => `ev ${parts.join('')}`.trim());
const minuteOfDay = fc.integer({ min: 0, max: 23 * 60 + 59 });
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

const tableTimeline = fc.record({
  rows: fc.array(
    fc.record({ minute: fc.option(minuteOfDay, { freq: 6 }), event: eventText, pad: fc.constantFrom('', ' ', '   '), cells: fc.integer({ min: 1, max: 3 }) }),
    { minLength: 1, maxLength: 12 },
  ),
  eol: fc.constantFrom('\n', '\r\n'),
});

function tableText({ rows, eol }: { rows: { minute: number | null; event: string; pad: string; cells: number }[]; eol: string }): {
  text: string;
  lines: string[];
} {
  const lines = rows.map((r) => {
    const cells = [r.minute === null ? '' : hhmm(r.minute), r.event, 'who'].slice(0, r.cells + (r.minute === null ? 1 : 0));
    return `|${r.pad}${cells.join(`${r.pad}|${r.pad}`)}${r.pad}|`;
  });
  return { text: doc(['| Time (UTC) | Event | Who |', '|---|---|---|', ...lines].join(eol), '## Timeline', eol), lines };
}

const listTimeline = fc.record({
  items: fc.array(
    fc.record({
      minute: minuteOfDay,
      zone: fc.constantFrom('', ' UTC', ' PST', ' +02:00'),
      twelve: fc.boolean(),
      event: eventText.map((e) => e.replace(/`/g, "'")),
      more: fc.boolean(),
    }),
    { minLength: 1, maxLength: 10 },
  ),
  eol: fc.constantFrom('\n', '\r\n'),
  note: fc.boolean(),
});

function listText({
  items,
  eol,
  note,
}: {
  items: { minute: number; zone: string; twelve: boolean; event: string; more: boolean }[];
  eol: string;
  note: boolean;
}): string {
  const lines = items.map((i) => {
    const h = Math.floor(i.minute / 60);
    const time = i.twelve ? `${h % 12 || 12}:${String(i.minute % 60).padStart(2, '0')} ${h < 12 ? 'am' : 'pm'}` : hhmm(i.minute);
    return `- ${time}${i.zone} — ${i.event}${i.more ? `${eol}  continued` : ''}`;
  });
  return doc(`${note ? `All times in UTC.${eol}${eol}` : ''}${lines.join(eol)}`, '## Timeline', eol);
}

describe('timeline commands, property tests', function () {
  this.timeout(120_000);
  it('Sort keeps every row byte for byte, changes nothing outside the rows, orders the times, and is idempotent (tables)', () => {
    fc.assert(
      fc.property(tableTimeline, (input) => {
        const { text, lines } = tableText(input);
        const once = applyEdits(text, runTimelineCommand(analyse(text), 'sortTimeline', 0, NOW).edits);
        const start = text.indexOf(lines[0]);
        const end = text.lastIndexOf(lines[lines.length - 1]) + lines[lines.length - 1].length;
        assert.equal(once.slice(0, start), text.slice(0, start));
        assert.equal(once.slice(end), text.slice(end));
        assert.deepEqual(once.slice(start, end).split(input.eol).sort(), [...lines].sort());
        const instants = analyse(once)
          .model.timeline!.entries.map((e) => e.instant)
          .filter((i): i is number => i !== null);
        assert.deepEqual(
          instants,
          [...instants].sort((a, b) => a - b),
        );
        assert.equal(applyEdits(once, runTimelineCommand(analyse(once), 'sortTimeline', 0, NOW).edits), once);
      }),
      { numRuns: 200, seed: 20261121 },
    );
  });

  it('Sort keeps list entries whole and is idempotent; Normalise keeps every event and moment and is idempotent (lists)', () => {
    fc.assert(
      fc.property(listTimeline, (input) => {
        const text = listText(input);
        const before = analyse(text).model.timeline!.entries;
        const sorted = applyEdits(text, runTimelineCommand(analyse(text), 'sortTimeline', 0, NOW).edits);
        const afterSort = analyse(sorted).model.timeline!.entries;
        assert.deepEqual(afterSort.map((e) => e.text).sort(), before.map((e) => e.text).sort());
        assert.equal(sorted.length, text.length);
        assert.equal(applyEdits(sorted, runTimelineCommand(analyse(sorted), 'sortTimeline', 0, NOW).edits), sorted);

        const normalised = applyEdits(text, runTimelineCommand(analyse(text), 'normaliseTimes', 0, NOW).edits);
        const after = analyse(normalised).model.timeline!.entries;
        assert.deepEqual(
          after.map((e) => e.text),
          before.map((e) => e.text),
          'event text is never changed',
        );
        // Moments are kept when no time crosses midnight; a crossing may move the day the parser infers.
        const days = new Set(after.map((e) => e.date));
        // Without a stated zone an entry without one is read as UTC before and in the adopted zone after.
        if ((input.note || input.items.every((i) => i.zone)) && days.size === 1 && new Set(before.map((e) => e.date)).size === 1)
          assert.deepEqual(
            after.map((e) => e.instant),
            before.map((e) => e.instant),
          );
        assert.equal(applyEdits(normalised, runTimelineCommand(analyse(normalised), 'normaliseTimes', 0, NOW).edits), normalised);
      }),
      { numRuns: 200, seed: 20261121 },
    );
  });
});

describe('timeline commands on the shared corpus', function () {
  this.timeout(120_000);
  const dir = process.env.POSTMORTEM_CORPUS ?? join(__dirname, '..', '..', '..', 'shared', 'corpus');
  it('never throws, keeps edits inside the text and apart, keeps every event, and sorting twice equals sorting once', function () {
    if (!existsSync(dir)) {
      console.log(`    (skipped: no corpus at ${dir})`);
      this.skip();
    }
    let sortedDocs = 0;
    let normalisedDocs = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      const doc = analyse(text);
      const timeline = doc.model.timeline;
      if (!timeline?.entries.length) continue;
      for (const command of ['formatTable', 'sortTimeline', 'insertRow', 'normaliseTimes'] as const) {
        for (const entry of [timeline.entries[0], timeline.entries[timeline.entries.length - 1]]) {
          const result = runTimelineCommand(doc, command, entry.start, NOW);
          const edits = [...result.edits].sort((a, b) => a.start - b.start);
          edits.forEach((e, i) => {
            assert.ok(e.start >= 0 && e.end <= text.length && e.start <= e.end, `${name} ${command}: edit inside the text`);
            if (i) assert.ok(edits[i - 1].end <= e.start, `${name} ${command}: edits do not overlap`);
          });
        }
      }
      const sorted = applyEdits(text, runTimelineCommand(doc, 'sortTimeline', 0, NOW).edits);
      if (sorted !== text) sortedDocs++;
      assert.deepEqual(
        analyse(sorted)
          .model.timeline!.entries.map((e) => e.text)
          .sort(),
        timeline.entries.map((e) => e.text).sort(),
        `${name}: sorting keeps every entry`,
      );
      assert.equal(applyEdits(sorted, runTimelineCommand(analyse(sorted), 'sortTimeline', 0, NOW).edits), sorted, `${name}: sorting twice equals sorting once`);
      const normalised = applyEdits(text, runTimelineCommand(doc, 'normaliseTimes', 0, NOW).edits);
      if (normalised !== text) normalisedDocs++;
      assert.deepEqual(
        analyse(normalised).model.timeline!.entries.map((e) => e.text),
        timeline.entries.map((e) => e.text),
        `${name}: normalising keeps every event`,
      );
    }
    console.log(`    (${sortedDocs} corpus timelines re-ordered, ${normalisedDocs} normalised)`);
  });
});
