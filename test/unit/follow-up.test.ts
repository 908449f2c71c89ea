/**
 * Archived post-mortems: closed in their front matter, or past the follow-up window, their open
 * items no longer count as overdue (the rule, the index's counts) and the view shows them apart.
 */
import { strict as assert } from 'node:assert';
import { groupItems, itemDescription, stateOf } from '../../client/src/features/action-items-model';
import { archivedReason, followUpOf } from '../../server/src/analysis/model/action-items/follow-up';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { check } from '../../server/src/analysis/engine/engine';
import { defaultSettings, mergeSettings, normaliseLayer } from '../../server/src/analysis/base/settings';
import { RULES } from '../../server/src/rules/index';
import { analyseText, filterItems, WorkspaceIndex } from '../../server/src/workspace/index-core';
import type { ActionItemInfo } from '../../server/src/protocol';

const NOW = new Date('2026-06-15T12:00:00Z');
const TODAY = '2026-06-15';
const PATH = 'postmortems/2023-02-01-cache.md';

function doc(front: string): string {
  return `---\n${front}---\n\n# Post-mortem: Cache stampede\n\n## Summary\n\nThe cache emptied.\n\n## Action Items\n\n- [ ] Add jitter to cache expiry (owner: Ana Lima, due 2023-03-01)\n`;
}

const overdue = (text: string, settings = defaultSettings()) =>
  check(text, { path: PATH, settings, now: NOW }).findings.filter((f) => f.ruleId === 'action-item-overdue');

describe('archived post-mortems', () => {
  it('reads status: closed, status: archived and archived: true from YAML and TOML front matter', () => {
    const settings = defaultSettings();
    const closed = (text: string) => followUpOf(analyzeDocument(text, PATH, settings).model, settings).closed;
    assert.equal(closed(doc('date: 2023-02-01\n')), false);
    assert.equal(closed(doc('status: closed\n')), true);
    assert.equal(closed(doc('status: Archived\n')), true);
    assert.equal(closed(doc('archived: true\n')), true);
    assert.equal(closed(doc('status: open\narchived: false\n')), false);
    assert.equal(closed(doc('status: closed\n').replace(/^---\nstatus: closed\n---/, '+++\nstatus = "closed"\n+++')), true);
  });

  it('has no overdue finding for a closed post-mortem, and one for an open one', () => {
    assert.equal(overdue(doc('date: 2023-02-01\n')).length, 1);
    assert.equal(overdue(doc('date: 2023-02-01\nstatus: closed\n')).length, 0);
    assert.equal(overdue(doc('date: 2023-02-01\narchived: true\n')).length, 0);
  });

  it('stops following items up once followUpWindowDays have passed since the document date', () => {
    const { layer, problems } = normaliseLayer({ followUpWindowDays: 365 }, '.postmortemrc.json', new Map(RULES.map((r) => [r.meta.id, r.meta])));
    assert.deepEqual(problems, []);
    const settings = mergeSettings([layer]);
    assert.equal(settings.followUpWindowDays, 365);
    assert.equal(overdue(doc('date: 2023-02-01\n'), settings).length, 0, 'past the window');
    const recent = doc('date: 2026-02-01\n').replace('due 2023-03-01', 'due 2026-03-01');
    assert.equal(overdue(recent, settings).length, 1, 'inside the window');
    const model = analyzeDocument(recent, PATH, settings).model;
    assert.equal(archivedReason(followUpOf(model, settings), TODAY), null);
    assert.equal(archivedReason(followUpOf(model, settings), '2027-02-02'), 'follow-up ended 2027-02-01');
  });

  it('reports a window that cannot be used and keeps the default', () => {
    const { layer, problems } = normaliseLayer({ followUpWindowDays: -3 }, '.postmortemrc.json', new Map());
    assert.equal(layer.followUpWindowDays, undefined);
    assert.match(problems[0].message, /whole number of days/);
    assert.equal(defaultSettings().followUpWindowDays, 0);
  });

  it('leaves archived items out of the overdue count and marks them in the listed items', () => {
    const index = new WorkspaceIndex();
    const entry = (path: string, text: string) => ({
      ...analyseText(text, 'postmortems/x.md', defaultSettings(), NOW, 'outline'),
      path,
      uri: `file://${path}`,
      size: 1,
      mtimeMs: 1,
      settingsKey: 'k',
      day: TODAY,
    });
    index.set(entry('/w/open.md', doc('date: 2023-02-01\n')));
    index.set(entry('/w/closed.md', doc('date: 2023-02-01\nstatus: closed\n')));
    assert.equal(index.stats(TODAY).overdue, 1);
    const listed = filterItems(index.values(), {}, TODAY);
    assert.deepEqual(
      listed.map((i) => [i.path, i.archived]),
      [
        ['/w/closed.md', 'the post-mortem is closed'],
        ['/w/open.md', null],
      ],
    );
    assert.deepEqual(
      filterItems(index.values(), { status: 'overdue' }, TODAY).map((i) => i.path),
      ['/w/open.md'],
    );
  });

  it('shows archived items in their own group, with the date they were due instead of days overdue', () => {
    const item = (archived: string | null): ActionItemInfo => ({
      uri: 'file:///w/a.md',
      path: '/w/a.md',
      documentTitle: 'A',
      isTemplate: false,
      archived,
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } },
      line: 1,
      text: 'Add jitter',
      title: 'Add jitter',
      owner: 'Ana',
      owners: ['Ana'],
      due: '2023-03-01',
      dueText: '2023-03-01',
      done: false,
      dropped: null,
      ticket: null,
      priority: null,
      category: null,
      implicit: false,
    });
    assert.equal(stateOf(item('the post-mortem is closed'), TODAY), 'archived');
    assert.equal(stateOf(item(null), TODAY), 'overdue');
    const groups = groupItems([item('the post-mortem is closed'), item(null)], 'status', TODAY);
    assert.deepEqual(
      groups.map((g) => g.label),
      ['Overdue', 'Archived'],
    );
    assert.equal(itemDescription(groups[1].items[0], TODAY, groups[1]), 'Ana · was due 2023-03-01');
  });
});
