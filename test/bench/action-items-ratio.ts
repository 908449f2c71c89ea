/**
 * How much the action-item rules and their extraction add to checking a 5,000-line post-mortem.
 * Run: node --import tsx test/bench/action-items-ratio.ts
 * All timings are taken in one process and reported as ratios; the median of several runs is used.
 */
import { extractActionItems } from '../../server/src/analysis/model/action-items/index';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { check, runRules } from '../../server/src/analysis/engine/engine';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { RULES } from '../../server/src/rules/index';

function generate(lines: number): string {
  const out = ['---', 'title: Generated incident', 'date: 2026-03-04', 'severity: SEV2', '---', '', '# Post-mortem: Generated incident', '', '## Summary', ''];
  for (let i = 0; i < 200; i++)
    out.push(`Paragraph ${i} of the summary explains what the service did at step ${i}, with *emphasis* and a [link](https://example.com/${i}).`);
  out.push('', '## Timeline', '', '| Time (UTC) | Event |', '| --- | --- |');
  for (let i = 0; i < 1800; i++)
    out.push(
      `| 2026-03-04 ${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} | Event number ${i} happened on host-${i % 17} |`,
    );
  out.push('', '## Root Cause', '');
  for (let i = 0; i < 900; i++) out.push(i % 10 === 9 ? '' : `Why ${i}? Because the component ${i % 13} waited on the lock held by component ${(i + 1) % 13}.`);
  out.push('', '## Impact', '');
  for (let i = 0; i < 400; i++) out.push(`- Customer segment ${i} saw ${i % 9}% errors for ${i % 40} minutes.`);
  out.push('', '## Lessons Learned', '');
  for (let i = 0; i < 400; i++) out.push(`- Lesson ${i}: the dashboard for area ${i % 11} helped.`);
  out.push('', '## Action Items', '', '| Action | Owner | Due | Status |', '| --- | --- | --- | --- |');
  let i = 0;
  while (out.length < lines - 2) {
    const shape = i % 5;
    if (shape === 0) out.push(`| Add check ${i} to the deploy gate | Person ${i % 9} | 2026-0${(i % 9) + 1}-1${i % 9} | ${i % 3 ? 'Open' : 'Done'} |`);
    else if (shape === 1) out.push('', `- [ ] Investigate component ${i} — the team, soon`);
    else if (shape === 2) out.push(`- [x] Rotate key ${i} (owner: Ana Silva, due 2026-04-01) OPS-${i}`);
    else if (shape === 3) out.push(`1. Improve alerting for area ${i} @sam`);
    else out.push(`- Cap retries for client ${i}. Owner: Li Wei. Due: 04/05/2026`, '', '| Action | Owner | Due | Status |', '| --- | --- | --- | --- |');
    i++;
  }
  return out.join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

const text = generate(5000);
const settings = defaultSettings();
const ours = new Set(RULES.filter((r) => r.meta.id.startsWith('action-item')).map((r) => r.meta.id));
const others = RULES.filter((r) => !ours.has(r.meta.id));
const withTicket = defaultSettings();
withTicket.rules['action-item-ticket'] = { options: {} };
const path = 'postmortems/generated.md';
const now = new Date('2026-03-10T00:00:00Z');

const doc = analyzeDocument(text, path, settings);
const runs = 15;
// Warm up every path once so that the JIT has seen them all.
for (let w = 0; w < 3; w++) {
  check(text, { path, settings, now });
  check(text, { path, settings, now, rules: others });
  extractActionItems(doc, settings);
}
const mine = RULES.filter((r) => ours.has(r.meta.id));
// The parse dominates and varies from run to run on a shared machine, so the action-item part
// (extraction plus its rules on the parsed document) is timed on its own against a check
// without it, rather than as the small difference of two noisy totals.
const off = time(() => check(text, { path, settings, now, rules: others }), runs);
const extract = time(() => extractActionItems(doc, settings), runs);
const rules = time(() => runRules(doc, { path, settings, now, rules: mine }), runs);
const rulesWithTicket = time(() => runRules(doc, { path, settings: withTicket, now, rules: mine }), runs);
const baseline = off - extract;
const findings = runRules(doc, { path, settings, now, rules: mine }).length;

console.log(`lines: ${text.split('\n').length}, action items: ${doc.model.actionItems.length}, action-item findings: ${findings}`);
console.log(
  `median of ${runs} runs: check without the action-item rules ${off.toFixed(1)} ms (of which extraction ${extract.toFixed(1)} ms), action-item rules ${rules.toFixed(1)} ms (${rulesWithTicket.toFixed(1)} ms with action-item-ticket on)`,
);
console.log(
  `extraction and rules add ${(((extract + rules) / baseline) * 100).toFixed(1)}% to the check without them (${(((extract + rulesWithTicket) / baseline) * 100).toFixed(1)}% with action-item-ticket on)`,
);
