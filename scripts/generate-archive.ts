/**
 * Writes a large, realistic archive of post-mortems for the insights bench and for trying the
 * insights on more than a handful of documents. Seeded: the same seed and count give the same
 * files. The archive has what real ones have: causes that recur in different words, a weekday
 * that is busier than the others, front matter or inline metadata, timelines as tables or
 * lists, overdue items, and a few bad documents (no date, no severity, no timeline, a date in
 * the future, a duration of months, two documents for one incident id).
 *
 *   npx tsx scripts/generate-archive.ts --count 2000 --seed 7 --out /tmp/archive
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { random } from '../test/support/random';

const SERVICES = ['checkout', 'search', 'billing-api', 'login', 'notifications', 'payments', 'inventory', 'image-resizer', 'api-gateway', 'reporting'];
const OWNERS = ['Ana Lima', 'Omar Haddad', 'Li Wei', 'Kim Park', 'Sam Ortiz', 'Priya Nair', '@jdoe', '@mchen'];
/** Causes that recur, each told several ways: what a reader would recognise as "the same thing again". */
const CAUSES: { factor: string; trigger: string; tellings: string[] }[] = [
  {
    factor: 'design_weakness',
    trigger: 'capacity',
    tellings: [
      'The database connection pool was exhausted when a slow query held connections for minutes.',
      'Under the evening peak the connection pool ran out, and requests queued behind it until they timed out.',
      'A batch job opened more connections than the connection pool allowed, starving the web workers.',
    ],
  },
  {
    factor: 'tooling_failure',
    trigger: 'change',
    tellings: [
      'No alert fired because the error-rate alert only watched the primary region.',
      'The deploy pipeline skipped the canary stage, so the bad build reached every host at once.',
      'The rollback script failed silently, and nobody noticed the old version was still serving.',
    ],
  },
  {
    factor: 'process_gap',
    trigger: 'configuration',
    tellings: [
      'A configuration change to the rate limiter was applied without review and halved the allowed traffic.',
      'The feature flag was flipped for all customers instead of the beta cohort, because the runbook was out of date.',
      'An expired TLS certificate was not renewed, because the renewal reminder went to an old mailing list.',
    ],
  },
  {
    factor: 'communication_breakdown',
    trigger: 'dependency',
    tellings: [
      'The payment provider changed its API timeout without notice, and our retries turned into a retry storm.',
      'A retry storm from mobile clients overwhelmed the gateway after the upstream recovered.',
      'The upstream team announced the maintenance window in a channel the on-call engineer did not follow.',
    ],
  },
];
const WEEKDAY_WEIGHTS = [1, 1, 1, 1, 1.8, 0.5, 0.4];

/** One generated post-mortem: its file name and text. */
export interface GeneratedFile {
  name: string;
  text: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The archive: `count` post-mortems over the two years before `until`. */
export function generateArchive(count: number, seed = 7, until = '2026-11-30'): GeneratedFile[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const end = Date.parse(`${until}T00:00:00Z`);
  const files: GeneratedFile[] = [];
  for (let i = 0; i < count; i++) {
    // A day in the two years before `until`, moved to a weekday drawn with the weights above.
    let day = new Date(end - Math.floor(rand() * 730) * 86_400_000);
    const total = WEEKDAY_WEIGHTS.reduce((a, b) => a + b, 0);
    let r = rand() * total;
    let weekday = 0;
    while (r > WEEKDAY_WEIGHTS[weekday]) r -= WEEKDAY_WEIGHTS[weekday++];
    const current = (day.getUTCDay() + 6) % 7;
    day = new Date(day.getTime() - ((current - weekday + 7) % 7) * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const cause = pick(CAUSES);
    const telling = pick(cause.tellings);
    const services = [pick(SERVICES), ...(rand() < 0.3 ? [pick(SERVICES)] : [])].filter((s, k, a) => a.indexOf(s) === k);
    const severity = rand() < 0.15 ? 'SEV1' : rand() < 0.5 ? 'SEV2' : 'SEV3';
    const startHour = rand() < 0.3 ? 2 + Math.floor(rand() * 3) : 8 + Math.floor(rand() * 11);
    const startMinute = Math.floor(rand() * 60);
    const detect = Math.max(1, Math.round(Math.exp(1 + rand() * 3.5)));
    const mitigate = detect + Math.round(Math.exp(1.5 + rand() * 3));
    const resolve = mitigate + Math.round(Math.exp(1 + rand() * 3.5));
    const bad = i % 97;
    const id = bad === 5 && i > 0 ? `INC-${1000 + i - 1}` : `INC-${1000 + i}`;
    const frontMatter = rand() < 0.6;
    const metaDate = bad === 1 ? null : bad === 2 ? '2031-04-01' : date;
    const at = (minutes: number) => {
      const t = new Date(Date.parse(`${date}T${pad(startHour)}:${pad(startMinute)}:00Z`) + minutes * 60_000);
      return `${t.toISOString().slice(0, 10)} ${t.toISOString().slice(11, 16)}`;
    };
    const lines: string[] = [];
    if (frontMatter) {
      lines.push('---', `title: ${services[0]} incident ${i}`);
      if (metaDate) lines.push(`date: ${metaDate}`);
      if (bad !== 3) lines.push(`severity: ${severity}`);
      lines.push(`incident_id: ${id}`, `services: [${services.join(', ')}]`, `contributing_factors: [${cause.factor}]`, `trigger: ${cause.trigger}`, '---', '');
    }
    lines.push(`# Post-Mortem: ${services[0]} ${pick(['errors', 'latency', 'outage', 'degradation'])} (${id})`, '');
    if (!frontMatter) {
      if (metaDate) lines.push(`**Date:** ${metaDate}  `);
      if (bad !== 3) lines.push(`**Severity:** ${severity}  `);
      lines.push(`**Incident ID:** ${id}  `, `**Services affected:** ${services.join(', ')}`, '');
    }
    lines.push('## Summary', '', `For ${resolve} minutes ${services.join(' and ')} returned errors to some users. ${telling}`, '');
    lines.push(
      '## Impact',
      '',
      rand() < 0.8
        ? `About ${Math.round(100 + rand() * 9000).toLocaleString('en-US')} users saw errors; ${Math.round(1 + rand() * 40)}% of requests failed.`
        : 'Some users saw errors.',
      '',
    );
    if (bad !== 4) {
      const long = bad === 6 ? 90 * 24 * 60 : 0;
      if (rand() < 0.5) {
        lines.push('## Timeline (UTC)', '', '| Time | Event |', '| --- | --- |');
        lines.push(
          `| ${at(0)} | Error rate starts to climb on ${services[0]} |`,
          `| ${at(detect)} | Pager alert fires and the on-call engineer acknowledges [detected] |`,
          `| ${at(mitigate + long)} | Traffic shifted away from the failing hosts [mitigated] |`,
          `| ${at(resolve + long)} | Error rate back to normal [resolved] |`,
          '',
        );
      } else {
        lines.push('## Timeline', '', 'All times UTC.', '');
        lines.push(
          `- ${at(0)} Error rate starts to climb`,
          `- ${at(detect)} Alert fires, incident declared [detected]`,
          `- ${at(mitigate + long)} Rolled back the change [mitigated]`,
          `- ${at(resolve + long)} All checks green [resolved]`,
          '',
        );
      }
    }
    lines.push('## Root Cause', '', telling, '', `The ${services[0]} team traced it with the dashboards and the logs of the affected hosts.`, '');
    if (rand() < 0.85) lines.push('## Lessons Learned', '', 'Alerts on saturation would have caught this earlier.', '');
    lines.push('## Action Items', '');
    const items = 1 + Math.floor(rand() * 5);
    for (let k = 0; k < items; k++) {
      const due = new Date(day.getTime() + Math.round(7 + rand() * 60) * 86_400_000).toISOString().slice(0, 10);
      const done = rand() < 0.55;
      const what = pick([
        'Add an alert on connection pool saturation',
        'Write a runbook for the failover',
        'Add a canary stage to the deploy pipeline',
        'Review rate limiter changes before rollout',
        'Tell customers through the status page within 15 minutes',
        'Load test the service at twice the peak',
      ]);
      lines.push(`- [${done ? 'x' : ' '}] ${what} (owner: ${pick(OWNERS)}, due: ${due})`);
    }
    lines.push('');
    files.push({ name: `${date}-${String(i).padStart(5, '0')}.md`, text: lines.join('\n') });
  }
  return files;
}

/** Writes the archive into `dir`; returns the number of bytes written. */
export function writeArchive(dir: string, files: readonly GeneratedFile[]): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const file of files) {
    writeFileSync(join(dir, file.name), file.text);
    bytes += Buffer.byteLength(file.text);
  }
  return bytes;
}

if (require.main === module) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '2000' }, seed: { type: 'string', default: '7' }, out: { type: 'string' } } });
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!values.out || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    process.stderr.write('usage: tsx scripts/generate-archive.ts --count N --seed S --out DIR\n');
    process.exit(2);
  }
  const bytes = writeArchive(values.out, generateArchive(count, seed));
  process.stdout.write(`wrote ${count} post-mortems (${(bytes / 1e6).toFixed(1)} MB) to ${values.out}\n`);
}
