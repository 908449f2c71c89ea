/**
 * Arbitration between rules happens once, in the engine, after the control comments: when two
 * rules would report the same thing, one speaks, and no rule reads another rule's options.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { arbitrate, PRECEDENCE } from '../../server/src/analysis/engine/arbitration';
import type { Finding } from '../../server/src/analysis/base/findings';
import { defaultSettings, type Settings } from '../../server/src/analysis/base/settings';
import { findings } from '../support/findings';
import { check } from '../../server/src/analysis/engine/engine';
import { assertFixWorks } from '../support/engine-properties';

const NOW = new Date('2026-03-10T12:00:00Z');

function withRules(rules: Settings['rules']): Settings {
  return { ...defaultSettings(), rules };
}

function said(text: string, rule: string, settings?: Settings): string[] {
  return findings(text, { rule, settings, now: NOW }).map((f) => text.slice(f.start, f.end));
}

function finding(ruleId: string, start: number, end: number): Finding {
  return { ruleId, message: ruleId, start, end, severity: 'warning', fixes: [] };
}

describe('arbitration between rules', () => {
  describe('blaming-language over hindsight-language', () => {
    const text = '# Post-Mortem: Cache outage\n\n## Summary\n\nBob should have known. The alert should have fired at 14:00.\n';

    it('reports blaming words once, as blame, and hindsight elsewhere as usual', () => {
      assert.deepEqual(said(text, 'blaming-language'), ['Bob should have known']);
      assert.deepEqual(said(text, 'hindsight-language'), []);
      const more = text.replace('The alert', 'Obviously, the alert');
      assert.deepEqual(said(more, 'hindsight-language'), ['Obviously']);
    });

    it('leaves the words to hindsight when blame is silenced by a comment, off, or allowed', () => {
      const silenced = text.replace('Bob should', '<!-- postmortem-disable-next-line blaming-language -->\nBob should');
      assert.deepEqual(said(silenced, 'blaming-language'), []);
      assert.deepEqual(said(silenced, 'hindsight-language'), ['should have']);
      assert.deepEqual(said(text, 'hindsight-language', withRules({ 'blaming-language': { severity: 'off', options: {} } })), ['should have']);
      assert.deepEqual(said(text, 'hindsight-language', withRules({ 'blaming-language': { options: { allow: ['Bob should have known'] } } })), ['should have']);
    });

    it('lets the fix property accept the freed hindsight finding, and nothing else', () => {
      const options = { settings: defaultSettings(), now: NOW };
      const before = check(text, options).findings;
      const blame = before.find((f) => f.ruleId === 'blaming-language')!;
      const line = blame.fixes.find((f) => f.kind === 'suppress' && f.title.includes('this line'))!;
      // Silencing the blame lets hindsight report the same words: by design, not a side effect.
      assert.doesNotThrow(() => assertFixWorks(text, blame, line, before, options));
      // A "fix" that silences the blame and also changes an unrelated finding is still caught.
      const broken = { ...line, edits: [...line.edits, { start: text.length, end: text.length, newText: '\n## Timeline\n\n- 14:00 Alert.\n' }] };
      assert.throws(() => assertFixWorks(text, blame, broken, before, options), /changed other findings/);
    });
  });

  describe('action-item-vague-due over action-item-due-date', () => {
    const text = '# Post-Mortem: Cache outage\n\n## Action Items\n\n- [ ] Add an alert for the queue (owner: @ana) soon\n- [ ] Add a runbook (owner: @ana)\n';

    it('reports an item due "soon" once, as vague', () => {
      assert.deepEqual(said(text, 'action-item-vague-due'), ['soon']);
      assert.deepEqual(said(text, 'action-item-due-date'), ['Add a runbook (owner: @ana)']);
    });

    it('reports it as having no due date when the vague-due rule is off, silenced, or does not count the word', () => {
      const off = withRules({ 'action-item-vague-due': { severity: 'off', options: {} } });
      assert.equal(said(text, 'action-item-due-date', off).length, 2);
      const silenced = text.replace('- [ ] Add an alert', '<!-- postmortem-disable-next-line action-item-vague-due -->\n- [ ] Add an alert');
      assert.deepEqual(said(silenced, 'action-item-vague-due'), []);
      assert.equal(said(silenced, 'action-item-due-date').length, 2);
      const otherWords = withRules({ 'action-item-vague-due': { options: { words: ['eventually'] } } });
      assert.deepEqual(said(text, 'action-item-vague-due', otherWords), []);
      assert.equal(said(text, 'action-item-due-date', otherWords).length, 2);
      const eventually = text.replace('soon', 'eventually');
      assert.deepEqual(said(eventually, 'action-item-vague-due', otherWords), ['eventually']);
      assert.deepEqual(said(eventually, 'action-item-due-date', otherWords), ['Add a runbook (owner: @ana)']);
    });
  });

  it('compares ranges by overlap and subjects by name, and keeps the order', () => {
    const blame = finding('blaming-language', 10, 20);
    const inside = finding('hindsight-language', 12, 15);
    const touching = finding('hindsight-language', 20, 25);
    const before = finding('hindsight-language', 0, 10);
    const empty = finding('hindsight-language', 15, 15);
    const other = finding('timeline-order', 12, 15);
    const kept = arbitrate([before, blame, inside, touching, empty, other], new Map());
    assert.deepEqual(kept, [before, blame, touching, other]);

    const vague = finding('action-item-vague-due', 50, 54);
    const sameItem = finding('action-item-due-date', 30, 45);
    const otherItem = finding('action-item-due-date', 60, 70);
    const unnamed = finding('action-item-due-date', 80, 90);
    const subjects = new Map([
      [vague, 'action-item@30'],
      [sameItem, 'action-item@30'],
      [otherItem, 'action-item@60'],
    ]);
    assert.deepEqual(arbitrate([sameItem, vague, otherItem, unnamed], subjects), [vague, otherItem, unnamed]);
    // A loser without its winner is kept.
    assert.deepEqual(arbitrate([inside, sameItem], subjects), [inside, sameItem]);
  });

  it("names only rules that exist, and no rule reads another rule's settings", () => {
    const dir = join(__dirname, '..', '..', 'server', 'src', 'rules');
    const ids = new Set(
      readdirSync(dir)
        .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts')
        .map((f) => f.replace(/\.ts$/, '')),
    );
    for (const p of PRECEDENCE) assert.ok(ids.has(p.winner) && ids.has(p.loser), `${p.winner} over ${p.loser}`);
    for (const id of ids) {
      const source = readFileSync(join(dir, `${id}.ts`), 'utf8');
      assert.doesNotMatch(source, /settings\.rules\b|settings\['rules'\]/, `${id} reads the rules' settings`);
    }
  });
});
