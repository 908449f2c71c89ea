import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { InsightsReport } from '../../server/src/protocol';
import { postmortem } from '../unit/insights/archive';
import { runCli as run } from '../support/cli';

describe('postmortem insights', function () {
  this.timeout(60_000);
  let dir: string;
  const fridays = ['2026-01-02', '2026-01-09', '2026-01-16', '2026-01-23', '2026-02-06'];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-insights-'));
    mkdirSync(join(dir, 'postmortems'));
    fridays.forEach((date, i) =>
      writeFileSync(
        join(dir, 'postmortems', `${date}-incident.md`),
        postmortem({
          title: `Incident ${i} <script>alert(1)</script>`,
          date,
          severity: i % 2 ? 'SEV2' : 'SEV1',
          id: `INC-${i}`,
          services: ['checkout'],
          factors: ['design_weakness'],
          timeline: [
            ['16:00', 'Deploy goes out'],
            [`16:${String(10 + i).padStart(2, '0')}`, 'Alert fires [detected]'],
            ['17:00', 'Rolled back [mitigated]'],
          ],
          rootCause: `The connection pool was exhausted by retries number ${i}.`,
          items: [`- [ ] Alert on pool saturation (owner: @ana, due: 2026-0${3 + i}-01)`],
        }),
      ),
    );
    writeFileSync(join(dir, 'postmortems', 'copy.md'), postmortem({ title: 'Copy', date: '2026-01-02', id: 'INC-0' }));
    writeFileSync(join(dir, 'postmortems', 'future.md'), postmortem({ title: 'Future', date: '2099-01-01' }));
    writeFileSync(join(dir, 'notes.md'), '# Notes\n\nNot a post-mortem.\n');
    writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ duePolicy: { bySeverity: { SEV1: 28 } }, insights: { minimumSample: 4 } }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the JSON report: counted once per incident id, future and duplicates named, the folder's configuration applied", async () => {
    const { code, out } = await run(['insights', dir, '--format', 'json']);
    assert.equal(code, 0);
    const report = JSON.parse(out) as InsightsReport;
    assert.equal(report.version, 1);
    assert.equal(report.incidents.length, 5);
    assert.equal(report.options.minimumSample, 4);
    assert.deepEqual(
      report.duplicates.map((d) => d.incidentId),
      ['INC-0'],
    );
    assert.ok(report.excluded.some((e) => e.file.endsWith('future.md') && e.reason === 'dated in the future (2099-01-01)'));
    assert.equal(report.timePatterns.weekdays[4].count, 5);
    assert.equal(report.durations[0].all.n, 5);
    assert.equal(report.durations[0].all.median, 12);
    assert.equal(report.causes.phrases[0].phrase, 'connection pool was exhausted');
    assert.deepEqual(report.followUp.policy.rules, [{ severity: 'SEV1', days: 28 }]);
    assert.ok(report.followUp.policy.breaches.length >= 1);
    assert.ok(report.incidents.every((i) => i.file === relative(process.cwd(), join(dir, 'postmortems', i.file.split('/').pop()!))));
  });

  it('--since and --until narrow the period; a bad date is a usage error', async () => {
    const report = JSON.parse((await run(['insights', dir, '--format', 'json', '--since', '2026-01-10', '--until', '2026-01-31'])).out) as InsightsReport;
    assert.deepEqual(
      report.incidents.map((i) => i.date),
      ['2026-01-16', '2026-01-23'],
    );
    const bad = await run(['insights', dir, '--since', 'last week']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--since must be a date such as 2026-01-31, not "last week"/);
    assert.equal((await run(['insights', dir, '--format', 'pdf'])).code, 2);
  });

  it('prints text and Markdown with the statements and where to look', async () => {
    const text = (await run(['insights', dir])).out;
    assert.match(text, /^Post-mortem insights/);
    assert.match(text, /Fridays: 5 of 5, 100% vs 14% expected; unlikely to be chance/);
    assert.match(text, /Time to detect covers 5 of 5 post-mortems\./);
    const markdown = (await run(['insights', dir, '--format', 'markdown'])).out;
    assert.match(markdown, /^## Post-mortem insights/);
    assert.match(markdown, /\| Shared root-cause phrase \| Post-mortems \| Where \|/);
    assert.match(markdown, /2026-01-02-incident\.md:\d+/);
  });

  it('writes one self-contained HTML file: inline SVG charts, a table beside each, no script, no network', async () => {
    const target = join(dir, 'out', 'insights.html');
    const { code, err } = await run(['insights', dir, '--format', 'html', '--out', target]);
    assert.equal(code, 0);
    assert.match(err, /wrote .*insights\.html: 5 post-mortems, 2 left out/);
    const html = readFileSync(target, 'utf8');
    assert.match(html, /^<!doctype html>/);
    const svgs = html.match(/<svg /g) ?? [];
    assert.ok(svgs.length >= 5, `${svgs.length} charts`);
    assert.equal((html.match(/<section class="chart"/g) ?? []).length, svgs.length, 'one section per chart');
    assert.ok((html.match(/<table>/g) ?? []).length >= svgs.length, 'a table for every chart');
    assert.ok(!/<script/i.test(html), 'no script, and the title written as one is escaped');
    assert.match(html, /<td>Post-Mortem: Incident 0 [^<]*<\/td>/);
    assert.ok(!/(?:src|href)="(?:https?:)?\/\//i.test(html), 'nothing loaded from the network');
    assert.match(html, /@media print/);
    assert.match(html, /role="img" aria-label="Incident starts per weekday/);
  });
});
