import { strict as assert } from 'node:assert';
import { toggleDone } from '../../server/src/analysis/authoring/toggle-done';
import { LineIndex } from '../../server/src/analysis/base/text';
import { parseMarkdown } from '../../server/src/analysis/parse/parse';

/** Applies the toggle to the line holding `needle` and returns the new text (or the error). */
function toggle(text: string, needle: string, done: boolean): string {
  const line = text.slice(0, text.indexOf(needle)).split('\n').length - 1;
  assert.ok(text.includes(needle), `fixture lacks ${needle}`);
  const result = toggleDone(text, line, done);
  if ('error' in result) return `error: ${result.error}`;
  if (!result.edit) return text;
  return text.slice(0, result.edit.start) + result.edit.newText + text.slice(result.edit.end);
}

/** Asserts that only `from` changed into `to`, and nothing else in the text. */
function changedOnly(before: string, after: string, from: string, to: string): void {
  assert.equal(after, before.replace(from, to));
}

describe('marking an action item done or not done', () => {
  it('ticks and unticks a task checkbox, in bullets, numbered lists, nested lists and quotes', () => {
    const text = '## Action Items\n\n- [ ] Add an alert\n  * [X] Nested item\n3. [ ] Numbered\n> - [ ] Quoted item\n';
    changedOnly(text, toggle(text, 'Add an alert', true), '- [ ] Add', '- [x] Add');
    changedOnly(text, toggle(text, 'Nested item', false), '* [X] Nested', '* [ ] Nested');
    changedOnly(text, toggle(text, 'Numbered', true), '3. [ ]', '3. [x]');
    changedOnly(text, toggle(text, 'Quoted item', true), '> - [ ] Quoted', '> - [x] Quoted');
    assert.equal(toggle(text, 'Add an alert', false), text, 'already open: no edit');
  });

  it('keeps CRLF line ends and a BOM untouched', () => {
    const text = '\ufeff# Post-mortem\r\n\r\n## Action Items\r\n\r\n- [ ] First\r\n- [ ] Second\r\n';
    changedOnly(text, toggle(text, 'Second', true), '- [ ] Second', '- [x] Second');
  });

  it('writes the status cell of a table, in the style the column already uses', () => {
    const text = [
      '| Action | Owner | Status |',
      '| --- | --- | :---: |',
      '| Add `a\\|b` alert | Ana | Open |',
      '| Rotate keys | Omar | DONE |',
      '| Fix \\| docs | Li |  |',
      '| Short row | Kim |',
      '| Add `a|b` alert | Ana | Open |',
    ].join('\n');
    changedOnly(text, toggle(text, 'Add `a\\|b` alert', true), '| Ana | Open |', '| Ana | Done |');
    // In GFM an unescaped pipe inside code still separates cells: the row has four cells, and its
    // third (what the model reads as the status) is "Ana". Nothing is written; the message says why.
    assert.match(toggle(text, 'Add `a|b` alert', true), /^error: This row has more cells than the table has columns/);
    changedOnly(text, toggle(text, 'Rotate keys', false), '| Omar | DONE |', '| Omar | OPEN |');
    changedOnly(text, toggle(text, 'Fix \\| docs', true), '| Li |  |', '| Li | Done |');
    assert.match(toggle(text, 'Short row', true), /^error: This row has no cell in the Status column/);
  });

  it('keeps emoji and yes/no status columns in their own words', () => {
    const text = '| Task | Done? |\n|------|-------|\n| One | ⬜ |\n| Two | yes |\n';
    changedOnly(text, toggle(text, 'One', true), '| One | ⬜ |', '| One | ✅ |');
    changedOnly(text, toggle(text, 'Two', false), '| Two | yes |', '| Two | no |');
  });

  it('says so when a table has no status column', () => {
    const text = '| Action | Owner |\n| --- | --- |\n| Add an alert | Ana |\n';
    assert.match(toggle(text, 'Add an alert', true), /^error: This table has no Status column/);
  });

  it('changes an inline Status: value, a strike-through, or adds a checkbox to a plain bullet', () => {
    const text = '- Add an alert. Status: **In progress**\n- ~~Rotate keys~~ (Omar)\n- Write the runbook (owner: Li)\n1) Numbered plain\n';
    changedOnly(text, toggle(text, 'Add an alert', true), 'Status: **In progress**', 'Status: **Done**');
    changedOnly(text, toggle(text, 'Rotate keys', false), '~~Rotate keys~~', 'Rotate keys');
    changedOnly(text, toggle(text, 'Write the runbook', true), '- Write', '- [x] Write');
    changedOnly(text, toggle(text, 'Numbered plain', true), '1) Numbered', '1) [x] Numbered');
  });

  it('marks a dropped item done, or reopens it: the status word is written over, the strike lifted', () => {
    const table = "| Action | Status |\n| --- | --- |\n| Move the cron job | Won't do |\n| Trim the logs | cancelled |\n";
    changedOnly(table, toggle(table, 'Move the cron job', true), "| Won't do |", '| Done |');
    changedOnly(table, toggle(table, 'Move the cron job', false), "| Won't do |", '| Open |');
    changedOnly(table, toggle(table, 'Trim the logs', false), '| cancelled |', '| open |');
    const inline = "- Move the cron job. Status: Won't fix\n";
    changedOnly(inline, toggle(inline, 'Move the cron job', true), "Status: Won't fix", 'Status: Done');
    const struck = '- ~~Rotate the keys~~ (Omar)\n- [ ] ~~Trim the logs~~\n- [x] ~~Pin the runner~~\n';
    changedOnly(struck, toggle(struck, 'Rotate the keys', true), '- ~~Rotate the keys~~', '- [x] Rotate the keys');
    changedOnly(struck, toggle(struck, 'Trim the logs', true), '- [ ] ~~Trim the logs~~', '- [x] Trim the logs');
    changedOnly(struck, toggle(struck, 'Pin the runner', false), '- [x] ~~Pin the runner~~', '- [ ] Pin the runner');
  });

  it('leaves an item dropped by its own words to its writer, and a struck word inside the words alone', () => {
    assert.match(toggle("- Move the cron job (won't do)\n", 'Move the cron job', true), /^error: This item says it was dropped \("won't do"\)/);
    assert.match(toggle('- [ ] Cancelled: move the cron job\n', 'move the cron job', false), /^error: This item says it was dropped \("Cancelled"\)/);
    const word = '- ~~old~~ Move the new path into the config\n';
    changedOnly(word, toggle(word, 'Move the new path', true), '- ~~old~~', '- [x] ~~old~~');
  });

  it('refuses lines that are not items, and lines past the end', () => {
    assert.match(toggle('Just a paragraph about alerts.\n', 'Just a paragraph', true), /^error: This item has no checkbox/);
    assert.deepEqual(toggleDone('- [ ] a\n', 7, true), { error: 'The item is no longer in the document.' });
  });

  it('reads table rows as the parser does: an escaped pipe stays in its cell, a pipe in a code span separates cells', () => {
    const text = '| Action | Status |\n| --- | --- |\n| a `x\\|y` b \\| c | Open |\n| a `x|y` | Open |\n';
    changedOnly(text, toggle(text, 'a `x\\|y`', true), '| Open |\n| a `x|', '| Done |\n| a `x|');
    assert.match(toggle(text, 'a `x|y`', true), /^error: This row has more cells/);
  });

  it('finds a table row by reading only the top-level block that holds it, not the whole tree', () => {
    // The overdue rule marks every late item done on every check: a walk of the whole tree per
    // item made a one-character edit of a long post-mortem cost a walk per late table row.
    const story = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} of the story, with *emphasis* and a [link](https://example.com/${i}).`);
    const table = '| Action | Owner | Status |\n| --- | --- | --- |\n| Add an alert for the queue | Ana | Open |';
    const text = `# Post-mortem\n\n${story.slice(0, 20).join('\n\n')}\n\n## Action Items\n\n${table}\n\n${story.slice(20).join('\n\n')}\n`;
    const root = parseMarkdown(text);
    const line = text.slice(0, text.indexOf('| Add an alert')).split('\n').length - 1;
    let opened = 0;
    for (const block of root.children) {
      if (block.type === 'table' || !('children' in block)) continue;
      const children = block.children;
      Object.defineProperty(block, 'children', {
        get: () => {
          opened++;
          return children;
        },
      });
    }
    const result = toggleDone(text, line, true, new LineIndex(text), root);
    assert.deepEqual(result, { edit: { start: text.indexOf('Open |'), end: text.indexOf('Open |') + 4, newText: 'Done' } });
    assert.equal(opened, 0, 'the other blocks were walked into');
  });
});
