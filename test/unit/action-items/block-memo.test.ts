import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { IncrementalParser } from '../../../server/src/analysis/parse/incremental';
import type { ActionItem } from '../../../server/src/analysis/model/model';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

const PATH = 'postmortems/cache-outage.md';

const text = [
  '# Post-mortem: Cache outage',
  '',
  '## Summary',
  '',
  'The cache cluster refused writes for forty minutes after a config push.',
  '',
  '## Action items',
  '',
  '| Action | Owner | Due | Status |',
  '| --- | --- | --- | --- |',
  '| Validate the config before a push | Ana | 2027-01-15 | Open |',
  '| Alert on refused writes | Ben | 2027-02-01 | Done |',
  '| Write a runbook for the cache | Carla | 2027-03-01 | Open |',
  '',
  '- Add a canary for config pushes (owner: Dana, due 2027-01-20)',
  '- Rotate the cache credentials @eli',
  '- [ ] Review the push pipeline',
  '',
  'We will add a lag alert for the replica by 2027-04-01.',
  '',
  '### Later (Q3 2027)',
  '',
  '- Move the cache to the new cluster',
  '',
  'Completed:',
  '',
  '- Roll back the config',
  '',
].join('\n');

/** Counts how often the patterns that reading a table row or a bullet runs are tried while `run` runs. */
function counting<T>(run: () => T): { result: T; rows: number; bullets: number } {
  const exec = Object.getOwnPropertyDescriptor(RegExp.prototype, 'exec')!;
  const original = exec.value as (this: RegExp, input: string) => RegExpExecArray | null;
  let rows = 0;
  let bullets = 0;
  Object.defineProperty(RegExp.prototype, 'exec', {
    ...exec,
    value: function (this: RegExp, input: string) {
      // The stand-in test of a table row ("… more later") and the advice test of a bullet.
      if (this.source === '^(?:\\.{3}|…)') rows++;
      if (this.source.includes('end[- ]users')) bullets++;
      return original.call(this, input);
    },
  });
  try {
    return { result: run(), rows, bullets };
  } finally {
    Object.defineProperty(RegExp.prototype, 'exec', exec);
  }
}

describe('action items: per-block memo', () => {
  const settings = defaultSettings();
  const full = (t: string): ActionItem[] => analyzeDocument(t, PATH, settings).model.actionItems;

  it('an edit above the plan moves its items (offsets, lines, table layout) without reading them again', () => {
    const parser = new IncrementalParser(1);
    const read = (t: string) => analyzeDocument(t, PATH, settings, (u) => parser.parse(u)).model.actionItems;
    const first = counting(() => read(text));
    assert.deepEqual(first.result, full(text));
    assert.equal(first.rows, 3);
    assert.ok(first.bullets >= 3);
    // One more line and a few characters in the summary: everything below moves.
    const edited = text.replace('forty minutes', 'forty-two minutes,\nthen recovered');
    const second = counting(() => read(edited));
    assert.deepEqual(second.result, full(edited));
    assert.equal(second.rows, 0, 'no table row is read again');
    assert.equal(second.bullets, 0, 'no bullet is read again');
    // What later passes set on the items handed out (a status line's verdict, a heading's due
    // date) and what a caller changes on them stay off the kept copies.
    for (const item of second.result) {
      item.owners.push('someone else');
      item.done = !item.done;
      if (item.table) item.table.rows[0].cells[0].start = -1;
    }
    const third = read(edited.replace('then recovered', 'then it recovered'));
    assert.deepEqual(third, full(edited.replace('then recovered', 'then it recovered')));
  });

  it('an edit inside a block reads that block again, not the blocks the parser kept', () => {
    const parser = new IncrementalParser(1);
    const read = (t: string) => analyzeDocument(t, PATH, settings, (u) => parser.parse(u)).model.actionItems;
    const first = counting(() => read(text));
    const edited = text.replace('| Carla |', '| Carla Diaz |');
    const again = counting(() => read(edited));
    assert.deepEqual(again.result, full(edited));
    assert.equal(again.rows, 3, 'the edited table is read again');
    // The list parsed with the table is read again; the lists under the later headings are not.
    assert.ok(again.bullets < first.bullets, `${again.bullets} bullets read again of ${first.bullets}`);
  });

  it('reads a block afresh when what its reading depends on changes: its section no longer holds the plan', () => {
    const parser = new IncrementalParser(1);
    const read = (t: string) => analyzeDocument(t, PATH, settings, (u) => parser.parse(u)).model.actionItems;
    read(text);
    const edited = text.replace('## Action items', '## Notes');
    assert.deepEqual(read(edited), full(edited));
  });

  it('reads a block afresh when a version written elsewhere makes the subject of a promise a product', () => {
    const parser = new IncrementalParser(1);
    const read = (t: string) => analyzeDocument(t, PATH, settings, (u) => parser.parse(u)).model.actionItems;
    const promise = text.replace('- Rotate the cache credentials @eli', '- Cachet will take steps to refuse oversized writes');
    const owner = (items: ActionItem[]) => items.find((i) => i.text.startsWith('Cachet'))?.owner;
    assert.equal(owner(read(promise)), 'Cachet');
    // Only the summary changes: the plan's blocks are handed over unchanged, yet "Cachet 4.2" says it is the product.
    const versioned = promise.replace('after a config push.', 'after a config push to Cachet 4.2.');
    assert.equal(owner(read(versioned)), null);
    assert.deepEqual(read(versioned), full(versioned));
    // And back: a team by that name owns the work again.
    const team = versioned.replace('to Cachet 4.2.', 'to Cachet 4.2, which the Cachet team runs.');
    assert.equal(owner(read(team)), 'Cachet');
    assert.deepEqual(read(team), full(team));
  });
});
