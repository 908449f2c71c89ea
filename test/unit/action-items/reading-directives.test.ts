import { strict as assert } from 'node:assert';
import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { fixAllEdits } from '../../../server/src/analysis/engine/engine';
import { IncrementalParser } from '../../../server/src/analysis/parse/incremental';
import { parseMarkdown } from '../../../server/src/analysis/parse/parse';
import { publicModel } from '../../../server/src/analysis/model/public-model';
import { readAsItemsFix } from '../../../server/src/analysis/authoring/reading-fixes';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import type { Fix } from '../../../server/src/analysis/base/findings';
import type { ActionItem } from '../../../server/src/analysis/model/model';
import { PATH, apply, assertOnlyEdits, findings, items, postmortem } from './helpers';

const texts = (list: ActionItem[]) => list.map((i) => i.text);

/** A post-mortem whose plan is `plan` and that has a section of other words after it. */
function withChecklist(plan: string, other: string, eol = '\n'): string {
  return postmortem(`${plan}\n\n## Warning signs\n\n${other}`, eol);
}

/** Every distinct fix of the action-item findings with `title`, by where it edits. */
function fixesTitled(text: string, title: string): Fix[] {
  const seen = new Map<string, Fix>();
  for (const f of findings(text)) for (const fix of f.fixes) if (fix.title === title) seen.set(JSON.stringify(fix.edits), fix);
  return [...seen.values()];
}

/** The one fix with `title` of the findings on the item whose words start with `words`. */
function fixOf(text: string, words: string, title: string): Fix {
  const item = items(text).find((i) => i.text.startsWith(words));
  assert.ok(item, `an item "${words}"`);
  const fix = findings(text)
    .filter((f) => f.start >= item.start && f.start <= Math.max(item.end, item.textSpan.end))
    .flatMap((f) => f.fixes)
    .find((x) => x.title === title);
  assert.ok(fix, `"${title}" offered for "${words}"`);
  return fix;
}

/** Counts the list entries read while `run` runs: each entry of a list is tested once for words of work still to come. */
function entriesRead<T>(run: () => T): { result: T; entries: number } {
  const exec = Object.getOwnPropertyDescriptor(RegExp.prototype, 'exec')!;
  const original = exec.value as (this: RegExp, input: string) => RegExpExecArray | null;
  let entries = 0;
  Object.defineProperty(RegExp.prototype, 'exec', {
    ...exec,
    value: function (this: RegExp, input: string) {
      if (this.source.startsWith('\\b(?:will|shall|going')) entries++;
      return original.call(this, input);
    },
  });
  try {
    return { result: run(), entries };
  } finally {
    Object.defineProperty(RegExp.prototype, 'exec', exec);
  }
}

describe('action items: reading directives', () => {
  describe('the model', () => {
    it('postmortem-not-action-item on the line of an entry, a row or a sentence takes only that item out', () => {
      assert.deepEqual(texts(items(postmortem('- Add a lag alert\n- Rotate the keys <!-- postmortem-not-action-item -->\n- Write a runbook'))), [
        'Add a lag alert',
        'Write a runbook',
      ]);
      const table = postmortem(
        '| Action | Owner |\n| --- | --- |\n| Add a lag alert | Ana |\n| Rotate the keys <!-- postmortem-not-action-item --> | Ben |\n| Write a runbook | Carla |',
      );
      assert.deepEqual(texts(items(table)), ['Add a lag alert', 'Write a runbook']);
      const prose = postmortem('We will add a lag alert. <!-- postmortem-not-action-item -->\n\nWe will rotate the keys by 2026-04-01.');
      assert.deepEqual(texts(items(prose)), ['We will rotate the keys by 2026-04-01.']);
    });

    it('postmortem-no-action-items before a list, a table, a paragraph or a heading takes out all it governs, and no more', () => {
      const list = postmortem('- Add a lag alert\n\nThings we checked:\n<!-- postmortem-no-action-items -->\n* Check the replica\n* Check the queue');
      assert.deepEqual(texts(items(list)), ['Add a lag alert']);
      const table = postmortem('<!-- postmortem-no-action-items -->\n| Action | Owner |\n| --- | --- |\n| Add a lag alert | Ana |\n\n- Write a runbook');
      assert.deepEqual(texts(items(table)), ['Write a runbook']);
      const paragraph = postmortem('- Add a lag alert\n\n<!-- postmortem-no-action-items -->\nWe will rotate the keys by 2026-04-01.');
      assert.deepEqual(texts(items(paragraph)), ['Add a lag alert']);
      // Before a heading: its section, sub-sections included, up to the next heading of its level.
      const section = postmortem(
        '- Add a lag alert\n\n<!-- postmortem-no-action-items -->\n## Checks to run\n\n- Check the replica\n\n### On the primary\n\n- Check the queue\n\n## Next steps\n\n- Write a runbook',
      );
      assert.deepEqual(texts(items(section)), ['Add a lag alert', 'Write a runbook']);
    });

    it('postmortem-action-items reads each entry of a list or table outside the plan, with owner, due and done, and says so', () => {
      const plain = withChecklist('- Add a lag alert', '- Restart the relay @ana\n- Should the cache be regional?\n- [x] Page the on-call');
      // Outside the plan only the checkbox is read: a checkbox is a task wherever it stands.
      assert.deepEqual(texts(items(plain)), ['Add a lag alert', 'Page the on-call']);
      const marked = withChecklist(
        '- Add a lag alert',
        '<!-- postmortem-action-items -->\n- Restart the relay @ana (due 2026-04-01)\n- Should the cache be regional?\n- [x] Page the on-call',
      );
      const read = items(marked);
      assert.deepEqual(texts(read), ['Add a lag alert', 'Restart the relay @ana (due 2026-04-01)', 'Should the cache be regional?', 'Page the on-call']);
      const relay = read[1];
      assert.equal(relay.owner, '@ana');
      assert.equal(relay.due, '2026-04-01');
      assert.equal(read[3].done, true);
      assert.deepEqual(
        read.map((i) => !!i.byDirective),
        [false, true, true, true],
      );
      const model = publicModel(PATH, analyzeDocument(marked, PATH, defaultSettings()));
      assert.deepEqual(
        model.actionItems.map((i) => i.foundBy),
        ['reading', 'directive', 'directive', 'directive'],
      );
      // A table of clock times reads as a log; marked, its rows are items all the same.
      const table = withChecklist(
        '- Add a lag alert',
        '<!-- postmortem-action-items -->\n| When | Who | What |\n| --- | --- | --- |\n| 10:02 | Ana | Drain the node |\n| 10:30 | Ben | Restore the cache |',
      );
      assert.deepEqual(texts(items(table)).slice(1), ['Drain the node', 'Restore the cache']);
    });

    it('the most specific directive wins: a line directive inside a marked list, a marked list inside a stretch without items', () => {
      const line = withChecklist(
        '- Add a lag alert',
        '<!-- postmortem-action-items -->\n- Restart the relay\n- Check the queue <!-- postmortem-not-action-item -->',
      );
      assert.deepEqual(texts(items(line)), ['Add a lag alert', 'Restart the relay']);
      const nested = postmortem(
        '- Add a lag alert\n\n<!-- postmortem-no-action-items -->\n> Checks:\n>\n> <!-- postmortem-action-items -->\n> - Restart the relay\n> - Check the queue',
      );
      assert.deepEqual(texts(items(nested)), ['Add a lag alert']);
    });
  });

  describe('ugly input', () => {
    it('a block directive with no block after it governs nothing', () => {
      const plan = '- Add a lag alert\n- Write a runbook';
      assert.deepEqual(texts(items(postmortem(`${plan}\n\n<!-- postmortem-no-action-items -->`))), texts(items(postmortem(plan))));
      // The last child of a list entry: nothing after it in that entry.
      assert.deepEqual(texts(items(postmortem('- Add a lag alert\n  <!-- postmortem-no-action-items -->\n- Write a runbook'))), [
        'Add a lag alert',
        'Write a runbook',
      ]);
      assert.deepEqual(texts(items(postmortem(`${plan}\n<!-- postmortem-action-items -->`))), texts(items(postmortem(plan))));
    });

    it('a directive inside a code fence or a code span does not count', () => {
      const fenced = postmortem('```markdown\n<!-- postmortem-no-action-items -->\n```\n- Add a lag alert\n- Write a runbook');
      assert.deepEqual(texts(items(fenced)), ['Add a lag alert', 'Write a runbook']);
      const span = postmortem('- Add a lag alert `<!-- postmortem-not-action-item -->`\n- Write a runbook');
      assert.equal(items(span).length, 2);
    });

    it('inside a quote, and on nested lists: the directive governs its own list, not the one around it', () => {
      const quoted = postmortem('> <!-- postmortem-no-action-items -->\n> - Check the replica\n> - Check the queue\n\n- Add a lag alert');
      assert.deepEqual(texts(items(quoted)), ['Add a lag alert']);
      const nested = postmortem('- Rework the deploy pipeline for safety\n  <!-- postmortem-no-action-items -->\n  - Add a lag alert\n  - Check the queue');
      assert.deepEqual(texts(items(nested)), ['Rework the deploy pipeline for safety']);
      const parent = postmortem('- Rework the deploy pipeline for safety <!-- postmortem-not-action-item -->\n  - Add a lag alert\n  - Check the queue');
      assert.deepEqual(texts(items(parent)), ['Add a lag alert', 'Check the queue']);
    });

    it('reads the same with CRLF line ends', () => {
      const body =
        '- Add a lag alert\n- Rotate the keys <!-- postmortem-not-action-item -->\n\n<!-- postmortem-no-action-items -->\n* Check the replica\n* Check the queue';
      const lf = items(withChecklist(body, '<!-- postmortem-action-items -->\n- Restart the relay'));
      const crlf = items(withChecklist(body, '<!-- postmortem-action-items -->\n- Restart the relay', '\r\n'));
      assert.deepEqual(texts(crlf), ['Add a lag alert', 'Restart the relay']);
      assert.deepEqual(texts(crlf), texts(lf));
    });

    it('a reading directive switches no rule off', () => {
      const text = postmortem('- Add a lag alert <!-- postmortem-no-action-items -->\n- Write a runbook');
      // Not alone on its line: no block directive, and no disable comment either.
      assert.equal(findings(text, defaultSettings(), ['action-item-owner']).length, 2);
    });
  });

  describe('the fixes', () => {
    it('"Not an action item" on a list entry inserts the comment at the end of its line, and the entry is no longer read', () => {
      const text = postmortem('- Add a lag alert\n- Rotate the keys\n  across both regions\n- Write a runbook');
      const fix = fixOf(text, 'Rotate the keys', 'Not an action item');
      const after = apply(text, fix);
      assertOnlyEdits(text, after, fix);
      assert.ok(after.includes('- Rotate the keys\n  across both regions <!-- postmortem-not-action-item -->\n'));
      assert.deepEqual(texts(items(after)), ['Add a lag alert', 'Write a runbook']);
    });

    it('"Not an action item" on a table row goes inside its cell: the table keeps its cells', () => {
      const text = postmortem(
        '| Action | Owner | Due |\n| --- | --- | --- |\n| Add a lag alert | Ana | 2026-04-01 |\n| Rotate the keys |  |  |\n| Write a runbook | Carla | |',
      );
      const fix = fixOf(text, 'Rotate the keys', 'Not an action item');
      const after = apply(text, fix);
      assertOnlyEdits(text, after, fix);
      const cells = (t: string) => {
        const table = parseMarkdown(t).children.find((n): n is Table => n.type === 'table')!;
        return table.children.map((row) => row.children.map((cell) => toString(cell, { includeHtml: false }).trim()));
      };
      assert.deepEqual(cells(after), cells(text));
      assert.deepEqual(texts(items(after)), ['Add a lag alert', 'Write a runbook']);
    });

    it('"Not an action item" on a sentence of prose goes at the end of its line', () => {
      const text = postmortem('We will add a lag alert.\n\nWe will rotate the keys.');
      const fix = fixOf(text, 'We will rotate', 'Not an action item');
      const after = apply(text, fix);
      assertOnlyEdits(text, after, fix);
      assert.deepEqual(texts(items(after)), ['We will add a lag alert.']);
    });

    it('"Not an action item" is not offered where the comment would land in code or break a hard line break', () => {
      // The first sentence's line ends inside a code span that the second opens.
      const code = postmortem('We will add a lag alert. We will check `the\nqueue` hourly.');
      const first = items(code).find((i) => i.text.startsWith('We will add'));
      assert.ok(first);
      const offered = fixesTitled(code, 'Not an action item');
      assert.ok(offered.every((f) => f.edits[0].start > code.indexOf('queue`')));
      for (const fix of offered) assert.ok(items(apply(code, fix)).length < items(code).length, 'every fix offered takes an item out');
      const broken = postmortem('- Add a lag alert\\\n  on the replica\n- Write a runbook');
      assert.ok(broken.includes('alert\\\n'));
      for (const fix of fixesTitled(broken, 'Not an action item')) assert.notEqual(broken[fix.edits[0].start - 1], '\\');
    });

    it('"None of this list are action items" is offered when two or more entries are all items, before the list at its indentation', () => {
      const text = postmortem('Follow-ups:\n\n- Rework the deploy pipeline for safety\n  - Add a lag alert\n  - Check the queue');
      const fix = fixOf(text, 'Add a lag alert', 'None of this list are action items');
      const after = apply(text, fix);
      assertOnlyEdits(text, after, fix);
      assert.ok(after.includes('- Rework the deploy pipeline for safety\n  <!-- postmortem-no-action-items -->\n  - Add a lag alert\n'));
      assert.deepEqual(texts(items(after)), ['Rework the deploy pipeline for safety']);
      // One entry alone is no list to mark.
      assert.equal(fixesTitled(postmortem('- Add a lag alert'), 'None of this list are action items').length, 0);
    });

    it('"None of this list" inside a quote keeps the quote, and right after a paragraph needs no blank line', () => {
      const text = postmortem('> Things to do:\n> - Add a lag alert\n> - Check the queue\n\n- Write a runbook');
      const fix = fixOf(text, 'Add a lag alert', 'None of this list are action items');
      const after = apply(text, fix);
      assertOnlyEdits(text, after, fix);
      assert.ok(after.includes('> Things to do:\n> <!-- postmortem-no-action-items -->\n> - Add a lag alert'));
      assert.deepEqual(texts(items(after)), ['Write a runbook']);
      // The paragraph before keeps its words, and stays a paragraph of its own.
      const quote = parseMarkdown(after).children.find((n) => n.type === 'blockquote')!;
      assert.deepEqual('children' in quote && quote.children.map((n) => n.type), ['paragraph', 'html', 'list']);
    });

    it('"None of this table" after a table of other rows, and with CRLF line ends', () => {
      const text = postmortem('| Action | Owner |\r\n| --- | --- |\r\n| Add a lag alert | |\r\n| Check the queue | |', '\r\n');
      const fix = fixOf(text, 'Add a lag alert', 'None of this table are action items');
      assert.ok(fix.edits[0].newText.endsWith('-->\r\n'));
      const after = apply(text, fix);
      assertOnlyEdits(text, after, fix);
      assert.deepEqual(items(after), []);
    });

    it('the fixes are choices, not mechanical: none is preferred, so "fix all" (the editor\'s and any batch fix) leaves them out', () => {
      const text = postmortem('- Add a lag alert\n- Check the queue\n\n| Action | Owner |\n| --- | --- |\n| Rotate the keys | |');
      const all = findings(text);
      const reading = all.flatMap((f) => f.fixes).filter((f) => /action items?$/i.test(f.title));
      assert.ok(reading.length >= 3);
      assert.ok(reading.every((f) => !f.isPreferred && f.kind === 'reading'));
      const edits = fixAllEdits(all);
      assert.ok(!edits.some((e) => e.newText.includes('postmortem-')), 'fix all writes no directive');
    });

    it('"Read this list as action items" at the cursor in a list read as none; then each entry is an item found by the directive', () => {
      const text = withChecklist('- Add a lag alert', 'Things we saw:\n\n- Restart the relay\n- Check the queue');
      const doc = analyzeDocument(text, PATH, defaultSettings());
      const fix = readAsItemsFix(doc, text.indexOf('the queue'));
      assert.ok(fix);
      assert.equal(fix.title, 'Read this list as action items');
      const after = apply(text, fix);
      assertOnlyEdits(text, after, fix);
      assert.ok(after.includes('Things we saw:\n\n<!-- postmortem-action-items -->\n- Restart the relay'));
      assert.deepEqual(texts(items(after)), ['Add a lag alert', 'Restart the relay', 'Check the queue']);
      // Not offered in a list already read as items, nor once the directive is there.
      assert.equal(readAsItemsFix(doc, text.indexOf('lag alert')), null);
      assert.equal(readAsItemsFix(analyzeDocument(after, PATH, defaultSettings()), after.indexOf('the queue')), null);
    });
  });

  describe('the per-block memo', () => {
    const settings = defaultSettings();
    const fresh = (t: string) => analyzeDocument(t, PATH, settings).model.actionItems;

    it('adding a directive before a list flips its reading and removing it flips it back, as a fresh reading does', () => {
      const parser = new IncrementalParser(1);
      const read = (t: string) => analyzeDocument(t, PATH, settings, (u) => parser.parse(u)).model.actionItems;
      const plain = withChecklist('- Add a lag alert\n- Write a runbook', 'Things we saw:\n\n- Restart the relay\n- Check the queue');
      assert.deepEqual(read(plain), fresh(plain));
      assert.equal(read(plain).length, 2);
      const marked = plain.replace('Things we saw:\n\n', 'Things we saw:\n\n<!-- postmortem-action-items -->\n');
      assert.deepEqual(read(marked), fresh(marked));
      assert.equal(read(marked).length, 4);
      assert.deepEqual(read(plain), fresh(plain));
      const none = plain.replace('## Action Items\n\n', '## Action Items\n\n<!-- postmortem-no-action-items -->\n');
      assert.deepEqual(read(none), fresh(none));
      assert.equal(read(none).length, 0);
      assert.deepEqual(read(plain), fresh(plain));
      // An edit elsewhere moves the marked list's items, without reading its entries again; they stay the directive's.
      read(marked);
      const moved = marked.replace('A test.', 'A test of\nmoved lines.');
      const again = entriesRead(() => read(moved));
      assert.deepEqual(again.result, fresh(moved));
      assert.equal(again.entries, 0, 'no entry is read again');
      assert.ok(again.result.slice(2).every((i) => i.byDirective));
      // An edit inside the marked list reads it again.
      const edited = moved.replace('Check the queue', 'Check the queue age');
      const inside = entriesRead(() => read(edited));
      assert.deepEqual(inside.result, fresh(edited));
      assert.ok(inside.entries >= 2, `${inside.entries} entries read`);
    });
  });
});
