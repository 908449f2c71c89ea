import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { proseParagraphsRead } from '../../../server/src/analysis/model/action-items';
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

describe('action items: prose read once per paragraph', () => {
  const settings = defaultSettings();
  const full = (t: string): ActionItem[] => analyzeDocument(t, PATH, settings).model.actionItems;
  const reader = () => {
    const parser = new IncrementalParser(1);
    return (t: string) => {
      const before = proseParagraphsRead();
      const items = analyzeDocument(t, PATH, settings, (u) => parser.parse(u)).model.actionItems;
      return { items, read: proseParagraphsRead() - before };
    };
  };

  // The story both documents below tell, up to the root cause's first paragraph.
  const story = [
    '# Post-mortem: Queue backlog',
    '',
    '## Summary',
    '',
    'Jobs waited up to an hour in the queue after a worker pool shrank to two hosts.',
    '',
    '## Root cause',
    '',
    'The pool size came from a setting that a cleanup script reset to its default.',
    '',
  ];

  // No list of action items: the commitments of the prose are the items.
  const noList = [
    ...story,
    'We will alert when the pool has fewer than five workers by 2027-02-01.',
    '',
    '## Lessons learned',
    '',
    'Settings that size a pool need an owner. Ana will review who owns each of them.',
    '',
  ].join('\n');

  it('without a list, an edit in one paragraph reads that paragraph again and no other', () => {
    const read = reader();
    const first = read(noList);
    assert.deepEqual(first.items, full(noList));
    assert.ok(first.items.length >= 2, first.items.map((i) => i.text).join(' | '));
    assert.ok(first.read >= 3);
    const edited = noList.replace('up to an hour', 'up to seventy minutes');
    const second = read(edited);
    assert.deepEqual(second.items, full(edited));
    assert.equal(second.read, 1, 'only the edited summary paragraph is read');
    // An edit inside a commitment changes its item, and only its paragraph is read.
    const promise = edited.replace('fewer than five workers', 'fewer than six workers');
    const third = read(promise);
    assert.deepEqual(third.items, full(promise));
    // The parser may hand the block after an edited one over anew as well.
    assert.ok(third.read >= 1 && third.read <= 2, `${third.read} paragraphs read`);
  });

  it('a commitment told twice stays one item when only the later telling is read again', () => {
    const twice = noList
      .replace('after a worker pool shrank to two hosts.', 'after a worker pool shrank to two hosts. We will pin the pool size in the deploy config.')
      .replace('reset to its default.', 'reset to its default. As said, we will pin the pool size in the deploy config.');
    const read = reader();
    const first = read(twice);
    assert.deepEqual(first.items, full(twice));
    assert.equal(first.items.filter((i) => i.text.includes('pin the pool size')).length, 1);
    // Only the root cause's paragraph changes: the summary's reading is kept, and what it told still counts.
    const edited = twice.replace('a cleanup script', 'an old cleanup script');
    const second = read(edited);
    // The parser may hand the block after an edited one over anew as well.
    assert.ok(second.read <= 2, `${second.read} paragraphs read`);
    assert.deepEqual(second.items, full(edited));
    assert.equal(second.items.filter((i) => i.text.includes('pin the pool size')).length, 1);
    // The summary no longer tells it: the root cause's telling, kept as a repeat, is the item now.
    const once = edited.replace(' We will pin the pool size in the deploy config.', '');
    const third = read(once);
    assert.deepEqual(third.items, full(once));
    assert.equal(third.items.filter((i) => i.text.includes('pin the pool size')).length, 1);
  });

  it('a safeguard told as made, read in a second pass over the prose, is kept per paragraph too', () => {
    const made = [
      '# Post-mortem: Missed renewal',
      '',
      '## Summary',
      '',
      'The certificate of the status site expired on a Sunday and the site was down for five hours.',
      '',
      '## Root cause',
      '',
      'The renewal job had been failing quietly for weeks, and a new alarm has been set up to page the rota when it fails.',
      '',
      'The job logged its failures to a file nobody read.',
      '',
    ].join('\n');
    const read = reader();
    const first = read(made);
    assert.deepEqual(first.items, full(made));
    assert.equal(first.items.length, 1);
    assert.ok(first.items[0].done && first.items[0].implicit);
    const edited = made.replace('five hours', 'six hours');
    const second = read(edited);
    assert.deepEqual(second.items, full(edited));
    // Each of the two readings reads again only what the parser parsed anew.
    assert.ok(second.read <= 4, `${second.read} paragraphs read`);
  });

  it('reads a caption again when a list comes to stand after it', () => {
    const read = reader();
    const caption = noList.replace('## Lessons learned', 'We will split the work into the steps below:\n\n\n\n## Lessons learned');
    read(caption);
    // Blank lines apart, the list leaves the caption's block as it was.
    const withList = caption.replace('below:\n\n\n\n', 'below:\n\n\n- Add a floor to the pool size\n- Page when the queue waits\n\n');
    assert.deepEqual(read(withList).items, full(withList));
    assert.deepEqual(read(caption).items, full(caption));
  });

  // A list of action items, and promises in the analysis beside it: one restates an item.
  const beside = [
    ...story,
    'We will alert when the worker pool shrinks below five hosts.',
    '',
    'We will also keep pool settings out of the cleanup script by 2027-03-01.',
    '',
    '## Action items',
    '',
    '- Alert when the worker pool shrinks below five hosts (owner: Ana, due 2027-02-01)',
    '- Write a runbook for a shrunken pool (owner: Ben, due 2027-02-15)',
    '',
  ].join('\n');

  it('beside a list, an edit elsewhere reads no promise again, and a changed item reads them all again', () => {
    const read = reader();
    const first = read(beside);
    assert.deepEqual(first.items, full(beside));
    // The first promise restates an item; the second is work of its own.
    assert.deepEqual(
      first.items.filter((i) => i.implicit).map((i) => i.text),
      full(beside)
        .filter((i) => i.implicit)
        .map((i) => i.text),
    );
    assert.ok(first.items.some((i) => i.implicit && i.text.includes('cleanup script')));
    assert.ok(!first.items.some((i) => i.implicit && i.text.includes('below five hosts')));
    const edited = beside.replace('up to an hour', 'up to seventy minutes');
    const second = read(edited);
    assert.deepEqual(second.items, full(edited));
    assert.equal(second.read, 0, 'no promise is read again (a summary is not read beside a list)');
    // The item the promise restated says something else now: the promise is work of its own.
    const changed = edited.replace('- Alert when the worker pool shrinks below five hosts', '- Page the on-call for long queue waits');
    const third = read(changed);
    assert.deepEqual(third.items, full(changed));
    assert.ok(third.items.some((i) => i.implicit && i.text.includes('below five hosts')));
    assert.ok(third.read >= 2, 'the promises are compared with the new items');
  });

  it('beside a list, the bound on the sentences compared falls where a fresh reading puts it', () => {
    // Forty paragraphs of six promises, each of its own words: more sentences than are compared with the items.
    const word = (n: number) => {
      let w = '';
      for (let k = n + 26 * 27; k > 0; k = Math.floor(k / 26)) w = String.fromCharCode(97 + (k % 26)) + w;
      return `qx${w}`;
    };
    const paragraph = (n: number) => Array.from({ length: 6 }, (_, k) => `We will harden ${word(n * 12 + k * 2)} and ${word(n * 12 + k * 2 + 1)}.`).join(' ');
    const paragraphs = Array.from({ length: 40 }, (_, n) => paragraph(n));
    const doc = (ps: string[]) => `${beside.replace('## Action items', `${ps.join('\n\n')}\n\n## Action items`)}`;
    const read = reader();
    const base = doc(paragraphs);
    const fresh = full(base);
    assert.deepEqual(read(base).items, fresh);
    // The bound fell: some promises were left unread.
    const promised = fresh.filter((i) => i.implicit).length;
    assert.ok(promised > 100 && promised < 240, `${promised} promises read`);
    // Sentences that restate an item are compared but add none: the items before the bound stay
    // the same while it moves. One more moves it one sentence earlier; six fewer, out of the
    // paragraph it fell in; and back.
    const restating = ' We will alert when the worker pool shrinks below five hosts.';
    const more = [...paragraphs];
    more[0] = paragraph(0) + restating;
    assert.deepEqual(read(doc(more)).items, full(doc(more)));
    const padded = [...paragraphs];
    padded[0] = paragraph(0) + restating.repeat(6);
    assert.deepEqual(read(doc(padded)).items, full(doc(padded)));
    assert.deepEqual(read(base).items, full(base));
    assert.deepEqual(read(doc(padded)).items, full(doc(padded)));
    // Read first where the bound falls early, then with more room: the paragraph the bound fell in is read again.
    const again = reader();
    again(doc(padded));
    assert.deepEqual(again(base).items, full(base));
    // An edit past the bound and one before it.
    const late = [...paragraphs];
    late[39] = late[39].replace('We will harden', 'We will soon harden');
    assert.deepEqual(read(doc(late)).items, full(doc(late)));
    const early = [...late];
    early[1] = early[1].replace('We will harden', 'We will soon harden');
    assert.deepEqual(read(doc(early)).items, full(doc(early)));
  });
});
