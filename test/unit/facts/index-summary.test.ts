import { strict as assert } from 'node:assert';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { analyseText, parsePersistedIndex, serializeIndex, WorkspaceIndex } from '../../../server/src/workspace/index-core';

const text = [
  '---',
  'services: [search-indexer]',
  'severity: SEV2',
  'contributing_factors: [tooling]',
  '---',
  '# Incident: stale search results',
  '',
  'Date: 2026-04-03',
  '',
  '## Timeline (UTC)',
  '',
  '- 22:10 Errors started',
  '- 22:40 Alert fired',
  '',
  '## Root Cause',
  '',
  'A misconfigured firewall rule blocked the indexer from the database.',
  '',
  '## Action Items',
  '',
  '- [ ] Add an alert on index age (owner: Ana Lima, due: 2026-05-01)',
  '- [ ] Post a customer notice template (owner: Ana Lima, due: 2026-05-01)',
].join('\n');

describe('workspace index: facts per file', () => {
  it('keeps services, severity, start, categories, trigger and item kinds in a full summary, none in an outline', () => {
    const settings = defaultSettings();
    settings.facts.timeZone = 'Asia/Tokyo';
    const now = new Date('2026-04-10T00:00:00Z');
    const full = analyseText(text, 'postmortems/a.md', settings, now, 'full');
    assert.deepEqual(full.facts, {
      services: ['search-indexer'],
      severity: { text: 'SEV2', rank: 2 },
      // 22:10 UTC on a Friday is 07:10 on Saturday in Tokyo.
      start: { instant: '2026-04-03T22:10:00Z', zoneKnown: true, weekday: 6, hour: 7 },
      categories: [{ category: 'tooling_failure', source: 'explicit' }],
      trigger: { trigger: 'configuration', source: 'inferred' },
      itemKinds: ['detection', 'communication'],
    });
    assert.equal(analyseText(text, 'postmortems/a.md', settings, now, 'outline').facts ?? null, null);
  });

  it('round-trips the facts through the persisted index, and drops an entry whose facts are malformed', () => {
    const settings = defaultSettings();
    const index = new WorkspaceIndex();
    const analysis = analyseText(text, 'postmortems/a.md', settings, new Date('2026-04-10T00:00:00Z'), 'full');
    index.set({ ...analysis, path: '/w/a.md', uri: 'file:///w/a.md', size: 1, mtimeMs: 1, settingsKey: 'k', day: '2026-04-10' });
    const persisted = serializeIndex(index, 'engine');
    const [entry] = parsePersistedIndex(persisted, 'engine');
    assert.deepEqual(entry.facts, analysis.facts);
    const broken = persisted.replace('"itemKinds":["detection","communication"]', '"itemKinds":7');
    assert.deepEqual(parsePersistedIndex(broken, 'engine'), []);
  });
});
