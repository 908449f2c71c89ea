/**
 * A timeline whose times stand inside its entries' sentences: list entries that open on a word and
 * then their stamp ("On Mar 4 at 09:10, …", "Around 09:40 the …", "By 10:15 …", "At 11:00 …") are
 * read as opening on their time, and a section made mostly of them is a timeline even under a
 * heading that hints at something else ("Technical details"). The order check stays quiet where the
 * day is unclear. Also ugly input and a thousand entries in linear time.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { check } from '../../server/src/analysis/engine/engine';
import type { Timeline } from '../../server/src/analysis/model/model';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { growth, LINEAR } from '../support/growth';

const settings = defaultSettings();
const analyse = (text: string) => analyzeDocument(text, 'postmortems/x.md', settings).model;
const read = (text: string): Timeline | null => analyse(text).timeline;
const orderFindings = (text: string) => check(text, { path: 'postmortems/x.md', settings }).findings.filter((f) => f.ruleId === 'timeline-order');
const clocks = (t: Timeline | null) => (t?.entries ?? []).filter((e) => e.time !== null).map((e) => /\d\d:\d\d/.exec(e.time!)![0]);

const head = '# Incident: the widget store lost writes\n\nWe lost writes to the widget store for a few hours.\n\n';
const tail = '\n\n## Root cause\n\nThe flag was shared between staging and production because of an old default.\n';

describe('timeline entries whose time stands inside the sentence', () => {
  it('reads list entries that open on a word and then their stamp', () => {
    const text = `${head}## Timeline\n\nAll times are UTC.\n\n* On Mar 4 at 09:10, the flag was turned on in production by mistake.\n* Around 09:40 the queue began to back up.\n* By 10:15 the flag was off again.\n* At 11:00 we started the repair job.\n* On Mar 5 at 02:30 the repair job finished.${tail}`;
    const timeline = read(text);
    assert.deepEqual(clocks(timeline), ['09:10', '09:40', '10:15', '11:00', '02:30']);
    // The words that set the time are no part of what happened.
    assert.equal(timeline!.entries[0].text, 'the flag was turned on in production by mistake.');
    assert.equal(timeline!.entries[1].text, 'the queue began to back up.');
    assert.equal(orderFindings(text).length, 0);
  });

  it('reads such a list as the timeline under a heading that hints at another kind', () => {
    const text = `${head}## Technical details\n\nHere is what happened, in Pacific Time:\n\n* On Mar 1, we released the new cache, which was a change to how writes are batched.\n* The team had been testing it for weeks.\n* On Mar 4 at 09:10, the flag was turned on in production because of an old default.\n* After the alert fired we rolled back. By 10:15 the flag was off.\n* At 11:00 we started the repair job.\n* The team worked through the night.\n* On Mar 5 at 02:30 the repair job finished.\n* On Mar 5 at 08:00 every record was back.\n\n## What we will change\n\n* We will add a canary stage.\n`;
    const model = analyse(text);
    assert.equal(model.sections.find((s) => s.heading.text === 'Technical details')?.kind, 'timeline');
    assert.deepEqual(clocks(model.timeline), ['09:10', '10:15', '11:00', '02:30', '08:00']);
    assert.equal(orderFindings(text).length, 0);
  });

  it('stays quiet about the order where the day is unclear', () => {
    const text = `${head}## Timeline\n\n* At 23:10 the job queue stalled.\n* Around 23:40 the on-call engineer was paged.\n* At 01:20 the queue drained.\n* By 02:00 the alert cleared.${tail}`;
    assert.equal(clocks(read(text)).length, 4);
    assert.equal(orderFindings(text).length, 0);
  });

  it('keeps a causes section with one such entry among its causes', () => {
    const text = `${head}## Why it happened\n\n* The flag was shared between staging and production because of an old default.\n* On Mar 4 at 09:10 the flag was turned on, which led to the lost writes.\n* The alert was slow because it watched an average.\n`;
    const model = analyse(text);
    const section = model.sections.find((s) => s.heading.text === 'Why it happened');
    assert.ok(section);
    assert.notEqual(section.kind, 'timeline');
  });

  it('reads ugly input without throwing: lower case, impossible times, a lead word alone, bold stamps', () => {
    const text = `${head}## Timeline\n\n* on Mar 4 at 09:10 the flag flipped (lower case: told in passing).\n* At 25:61 something odd was logged.\n* On\n* By the end of the day we were fine.\n* **At 11:00** we started the repair job.\n* Around  12:30   the job was half done.\n*\n* Shortly after 13:00 the job finished.${tail}`;
    const timeline = read(text);
    assert.ok(timeline);
    assert.ok(clocks(timeline).includes('12:30'));
    assert.ok(clocks(timeline).includes('13:00'));
    assert.equal(orderFindings(text).length, 0);
  });

  it('leaves alone a list of causes that mentions a time in passing', () => {
    const text = `${head}## Contributing factors\n\n* The retry limit went up at 07:40, which hid the errors.\n* The alert watched an average.\n* The runbook was out of date.\n`;
    const model = analyse(text);
    const section = model.sections.find((s) => s.heading.text === 'Contributing factors');
    assert.ok(section);
    assert.notEqual(section.kind, 'timeline');
  });

  it('reads a thousand such entries in time linear in their number', function () {
    this.timeout(60000);
    const leads = ['At', 'Around', 'By', 'Shortly after'];
    const doc = (n: number) =>
      `${head}## Timeline\n\n${Array.from({ length: n }, (_, i) => {
        const minute = Math.floor((i * 1400) / n);
        return `* ${leads[i % 4]} ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')} step ${i} was done.`;
      }).join('\n')}${tail}`;
    assert.equal(clocks(read(doc(1000))).length, 1000);
    const ratio = growth(doc, read, 100);
    assert.ok(ratio < LINEAR, `8× the entries took ${ratio.toFixed(1)}× the time`);
  });
});
