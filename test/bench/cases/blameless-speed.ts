/**
 * How much the blameless rules add to checking a 5,000-line post-mortem: the full check with every
 * rule against the same check without `blaming-language` and `hindsight-language`, in the same
 * process, as the median of several runs. "Cold" checks the text from scratch; "warm" re-checks
 * after a one-paragraph edit with an incremental parser, as the server does while someone
 * types (unchanged blocks keep their parse and their blameless hits), against the same warm
 * check without the two rules. Like the server and the command line, the checks leave out the
 * disable fixes, which the server computes only when the editor asks for a line's fixes.
 * Run alone with `npx tsx test/bench/cases/blameless-speed.ts`.
 */
import { check } from '../../../server/src/analysis/engine/engine';
import { IncrementalParser } from '../../../server/src/analysis/parse/incremental';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { RULES } from '../../../server/src/rules/index';
import { median, timeOnce as time } from '../measure';

const PROSE = [
  'The deploy of the billing service started at {t} and the first canary pods came up healthy.',
  'Latency on the checkout path rose to 2.4 seconds at the 99th percentile, and the error rate climbed past 5%.',
  'The on-call engineer acknowledged the page within two minutes and opened the incident channel.',
  'We rolled back the release, but the old pods could not reach the database because the connection pool was exhausted.',
  'Bob forgot to run the schema migration before the deploy, so the new code read a column that did not exist yet.',
  'The retry policy in the client doubled the load on the primary, which made the saturation worse.',
  'This should have been caught in staging, where the migration step is part of the pipeline.',
  'Customers saw failed payments for 41 minutes; about 3,200 orders had to be retried by the support team.',
  'The dashboard showed the replica lag clearly, but the alert threshold was set to ten minutes.',
  'A feature flag let us disable the new code path without another deploy.',
];

/** A realistic post-mortem of about `lines` lines: prose, a long timeline, tables and code. */
export function generatePostmortem(lines: number): string {
  const out: string[] = ['---', 'title: Checkout outage', 'date: 2026-02-01', 'owner: Dana Whitfield', '---', '', '# Checkout outage', '', '## Summary', ''];
  let n = 0;
  let minute = 0;
  // Every prose line is unique, so the sentence memo cannot help within one cold check.
  let ref = 0;
  const unique = (sentence: string) => `${sentence.replace('{t}', time())} (ref ${++ref})`;
  const time = () => `${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  while (out.length < lines) {
    const section = n % 5;
    if (section === 0) {
      out.push(`## Timeline part ${n}`, '');
      for (let i = 0; i < 20; i++, minute++) out.push(`- ${time()} UTC — ${unique(PROSE[(n + i) % PROSE.length])}`);
      out.push('');
    } else if (section === 1) {
      out.push(`### Analysis ${n}`, '');
      for (let i = 0; i < 6; i++) out.push(unique(PROSE[(n * 3 + i) % PROSE.length]), '');
    } else if (section === 2) {
      out.push('| Metric | Before | During |', '| --- | --- | --- |');
      for (let i = 0; i < 8; i++) out.push(`| p99 latency ${i} | 180 ms | ${900 + n + i} ms |`);
      out.push('');
    } else if (section === 3) {
      out.push('```sh', 'kubectl -n billing rollout undo deploy/checkout', `psql -c "select count(*) from orders where id > ${n}"`, '```', '');
    } else {
      out.push(`> ${time()} dana: the migration never ran on shard ${n}, looking now`, '');
      out.push(`- [ ] Add a pipeline gate for migrations (owner: @kwame, due: 2026-03-${String((n % 27) + 1).padStart(2, '0')})`, '');
    }
    n++;
  }
  return out.slice(0, lines).join('\n') + '\n';
}

export async function run(): Promise<Record<string, unknown>> {
  const text = generatePostmortem(5000);
  const settings = defaultSettings();
  const path = 'postmortems/2026-02-01-checkout.md';
  const without = RULES.filter((r) => r.meta.id !== 'blaming-language' && r.meta.id !== 'hindsight-language');
  const checkWith = (t: string) => check(t, { path, settings, rules: RULES, disableFixes: false });
  const checkWithout = (t: string) => check(t, { path, settings, rules: without, disableFixes: false });
  const parserWith = new IncrementalParser();
  const parserWithout = new IncrementalParser();
  const editWith = (t: string) => check(t, { path, settings, rules: RULES, disableFixes: false, parse: (x) => parserWith.parse(x) });
  const editWithout = (t: string) => check(t, { path, settings, rules: without, disableFixes: false, parse: (x) => parserWithout.parse(x) });
  // One warm-up of each, so the JIT and module loading do not count.
  checkWith(text);
  checkWithout(text);
  editWith(text);
  editWithout(text);
  const runs = 9;
  const base: number[] = [];
  const cold: number[] = [];
  const warmBase: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    base.push(time(() => checkWithout(text)));
    cold.push(time(() => checkWith(text)));
    // An edit in one paragraph, as while typing: only that block is parsed and read again.
    const edited = text.replace('(ref 42)', `(ref 42, edit ${i})`);
    warmBase.push(time(() => editWithout(edited)));
    warm.push(time(() => editWith(edited)));
  }
  const b = median(base);
  const c = median(cold);
  const w = median(warm);
  const wb = median(warmBase);
  const findings = checkWith(text).findings;
  return {
    lines: text.split('\n').length - 1,
    bytes: text.length,
    runs,
    baselineMs: Number(b.toFixed(1)),
    withRulesColdMs: Number(c.toFixed(1)),
    withRulesWarmMs: Number(w.toFixed(1)),
    withoutRulesWarmMs: Number(wb.toFixed(1)),
    addedCold: `${(((c - b) / b) * 100).toFixed(1)}%`,
    addedWarm: `${(((w - wb) / wb) * 100).toFixed(1)}%`,
    blamingFindings: findings.filter((f) => f.ruleId === 'blaming-language').length,
    hindsightFindings: findings.filter((f) => f.ruleId === 'hindsight-language').length,
  };
}

if (require.main === module) {
  void run().then((result) => {
    for (const [key, value] of Object.entries(result)) console.log(`${key.padEnd(18)} ${value}`);
  });
}
