/**
 * A plan heading ("## Prevention") may hold what the authors learned rather than work: rules of
 * thumb for the next responder ("Do not assume …", "If a job stops at once, suspect …") or a list
 * under a bold "**Lessons learned**:" line beside the real improvements. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { statesRule } from '../../../server/src/analysis/model/section-body';
import { listsRules } from '../../../server/src/analysis/model/action-items/guidance';
import type { List } from 'mdast';
import { itemTexts as texts } from './helpers';

describe('action items: rules of thumb and lessons inside the plan', () => {
  it('takes no items from a list of rules of thumb', () => {
    const text = [
      '# Nightly build cancelled',
      '',
      '## Avoiding a repeat',
      '- Never trust a cached runner label after an org policy change.',
      '- If a build ends in under a second with no logs, check the runner first.',
      '- Prefer reading the run summary over the raw log when a job never starts.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), []);
  });

  it('still reads a list where one entry is a task', () => {
    const text = [
      '# Nightly build cancelled',
      '',
      '## Prevention',
      '- Never trust a cached runner label after an org policy change.',
      '- Add a check that the runner label exists before the build starts.',
      '',
    ].join('\n');
    assert.equal(texts(text).length, 2);
  });

  it('skips the list under "**What we learned**:" and reads the improvements beside it', () => {
    const text = [
      '# Upgrade wiped a table',
      '',
      '## Prevention',
      '',
      '**What we learned**:',
      '1. Schema changes must tolerate empty tables',
      '2. Cascading deletes are risky on shared tables',
      '',
      '**Improvements**:',
      '- Upgrade tests against an empty database',
      '- A dry-run mode for migrations',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Upgrade tests against an empty database', 'A dry-run mode for migrations']);
  });

  it('tells a rule from a task', () => {
    assert.ok(statesRule('Do not assume the mirror is fresh.'));
    assert.ok(statesRule('When the queue grows past 1,000, page the database on-call.'));
    assert.ok(!statesRule('Add an alert on queue age.'));
    assert.ok(!statesRule('If possible'));
  });

  it('takes no items from a decision drawn up as cases and verdicts', () => {
    const text = [
      '# Database host lost',
      '',
      '## Action items',
      '',
      '- [ ] Keep a second SSH session open during network changes',
      '',
      '## Prevention strategies',
      '',
      '**Repair or rebuild:**',
      '- If the repair takes longer than a rebuild: rebuild',
      '- If data may be corrupt: restore from the snapshot',
      '- When the cause is unclear after two hours: **stop and rebuild**',
      '',
      '**Taking the host down on purpose:**',
      '1. If users are online: post a notice first',
      '2. Otherwise: go ahead',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Keep a second SSH session open during network changes']);
  });

  it('still reads cases beside a task, checkboxes and labels that only open on a word', () => {
    const plan = (entries: string[]) => texts(['# Database host lost', '', '## Action items', '', ...entries, ''].join('\n'));
    assert.equal(plan(['- If the repair takes longer than a rebuild: rebuild', '- Add a disk alert on the host']).length, 2);
    assert.equal(plan(['- [ ] If the disk is full: prune the logs', '- [ ] If the host is down: restart it']).length, 2);
    assert.equal(plan(['- When: next sprint, add a disk alert', '- Whenever: rotate the keys']).length, 2);
  });

  it('tells a list of cases from one of work, ugly input included', () => {
    const list = (markdown: string) => analyzeDocument(markdown, 'notes/x.md', defaultSettings()).root.children.find((c): c is List => c.type === 'list')!;
    assert.ok(listsRules(list('- If a: b\n- Otherwise: c\n')));
    assert.ok(listsRules(list('- **If the queue is stuck**: drain it\n- else: wait\n')));
    assert.ok(!listsRules(list('- If a: b\n')), 'one entry is no list of cases');
    assert.ok(!listsRules(list('- If a and b\n- Otherwise: c\n')), 'a case with no verdict');
    assert.ok(!listsRules(list(`- If ${'x '.repeat(400)}: b\n- Otherwise: c\n`)));
    assert.ok(!listsRules(list('- If a: \n- Otherwise:\n')));
  });
});
