import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { itemKindLine, rootCauseHover } from '../../../server/src/analysis/model/facts/hover-text';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

const settings = defaultSettings();
const text = [
  '# Incident: stale search',
  '',
  '## Root Cause',
  '',
  '1. Why were results stale? The indexer stopped.',
  '2. Why did it stop? No alert watches the queue and nobody was paged.',
  '',
  '## Action Items',
  '',
  '- [ ] Add an alert on index age (owner: Ana Lima, due: 2026-05-01)',
  '- [ ] Fix the retry loop (owner: Ana Lima, due: 2026-05-01)',
].join('\n');
const doc = analyzeDocument(text, 'postmortems/a.md', settings);

describe('facts in the editor: hover text', () => {
  it('shows categories with the words they were inferred from, the trigger and the why depth on the root-cause heading', () => {
    const hover = rootCauseHover(doc, settings, text.indexOf('Root Cause') + 2)!;
    assert.equal(text.slice(hover.start, hover.end), '## Root Cause');
    assert.match(hover.markdown, /- tooling failure \(inferred from: "No alert"/);
    assert.match(hover.markdown, /\*\*Why depth:\*\* 2; the last answer is about the system or the process\./);
    assert.match(hover.markdown, /\*\*Trigger:\*\* not named; too unsure to infer/);
  });

  it('answers nothing off the root-cause heading', () => {
    assert.equal(rootCauseHover(doc, settings, text.indexOf('indexer stopped')), null);
  });

  it('gives an action item its kind and why', () => {
    const [alert, fix] = doc.model.actionItems;
    assert.equal(itemKindLine(doc, settings, alert), '**Kind:** detection (inferred from: "alert")');
    assert.equal(itemKindLine(doc, settings, fix), '**Kind:** prevention (inferred: nothing names detection, response or communication)');
  });
});
