/**
 * A document that reports several incidents, one under each heading of its own, each holding the
 * parts of its report named in so many words ("### Timeline", "### Root cause", or fields such as
 * "- **Root cause**: …"): such a heading is one incident's report, not a part of one, whatever its
 * own prose tells. A heading that stands alone, or one named for a part, keeps its reading. Every
 * document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { sectionReader } from './helpers/sections';
import { assertLinear } from '../support/growth';

const { analyse, kindsOf } = sectionReader('postmortems/2031-04-02-lab-notes.md');

/** Two incidents, each a heading over a word of prose and sub-headings that name parts. */
const twoReports = (first: string, second: string) =>
  [
    '# Two bad evenings in the lab',
    '',
    `## ${first}`,
    '',
    'The printer queue stopped after a driver update. Every job sent that evening was lost, because the spooler crashed on start.',
    '',
    '### Timeline',
    '',
    '- 19:02 the update finished',
    '- 19:10 the first job failed',
    '- 20:45 the old driver was back',
    '',
    '### Root cause',
    '',
    'The new driver wrote its settings to a folder the spooler could not read, so the spooler crashed on start.',
    '',
    `## ${second}`,
    '',
    'The backup disk filled up overnight, so the morning copy never ran and nobody could restore the shared notes.',
    '',
    '### Timeline',
    '',
    '- 02:00 the copy started',
    '- 02:40 the disk was full',
    '',
    '### Fix',
    '',
    'We removed old snapshots and ran the copy again.',
    '',
  ].join('\n');

/** Two incidents, each a heading over a list of fields that name parts, then its story. */
const fieldReports = [
  '# Outages at home',
  '',
  '## Spare uplink unusable after a data cap',
  '',
  '- **Start**: 2031-02-18 02:00',
  '- **Root cause**: the nightly upload was allowed over the spare uplink, which used up its cap',
  '- **Detected by**: monitoring',
  '',
  'The main uplink dropped at night because of packet loss. The upload then ran over the spare link, so the cap was used up and the link was cut off.',
  '',
  '## Name lookups failing',
  '',
  '- **Start**: 2031-02-17 22:00',
  '- **Root cause**: the upstream resolver was down',
  '- **Detected by**: a complaint at the dinner table',
  '',
  'Pages did not load because names did not resolve, since the only resolver set was down.',
  '',
].join('\n');

describe('sections: one document reporting several incidents', () => {
  it('reads a heading over its own report, beside a sibling like it, as no section', () => {
    const text = twoReports('Printer queue down', 'Backup disk full');
    assert.deepEqual(kindsOf(text, 'Printer queue down'), []);
    assert.deepEqual(kindsOf(text, 'Backup disk full'), []);
  });

  it('keeps the parts under each report as they read', () => {
    const model = analyse(twoReports('Printer queue down', 'Backup disk full'));
    const kinds = model.sections.flatMap((s) => s.kinds);
    assert.ok(kinds.includes('timeline'));
    assert.ok(kinds.includes('root-cause'));
  });

  it('reads headings over fields that name the parts of each report as no section', () => {
    assert.deepEqual(kindsOf(fieldReports, 'Spare uplink unusable after a data cap'), []);
    assert.deepEqual(kindsOf(fieldReports, 'Name lookups failing'), []);
    // The fields themselves are still read.
    assert.ok(analyse(fieldReports).sections.some((s) => s.source !== 'heading' && s.kinds.includes('root-cause')));
  });

  it('leaves a heading named for a part as it reads', () => {
    const text = twoReports('Summary', 'Backup disk full');
    assert.deepEqual(kindsOf(text, 'Summary'), ['summary']);
  });

  it('leaves an opening account whose siblings hold no report of their own', () => {
    const text = [
      '# Printer queue outage',
      '',
      '## The evening it broke',
      '',
      'The printer queue stopped after a driver update. Every job sent that evening was lost, because the spooler crashed on start.',
      '',
      '### Timeline',
      '',
      '- 19:02 the update finished',
      '- 20:45 the old driver was back',
      '',
      '### Root cause',
      '',
      'The new driver wrote its settings to a folder the spooler could not read, so the spooler crashed on start.',
      '',
      '## Afterwards',
      '',
      'We pinned the driver version.',
      '',
    ].join('\n');
    // Its prose, a chain of causes, still makes it what it made it before: no sibling reports an incident.
    assert.deepEqual(kindsOf(text, 'The evening it broke'), ['root-cause']);
  });

  it('reads ugly input without failing: empty headings, headings deeper than their parent, no prose', () => {
    const ugly = ['# x', '## ', '#### Timeline', '## a', '### Root cause', '### Timeline', '# b', '## Root cause', '######', ''].join('\n');
    assert.doesNotThrow(() => analyse(ugly));
    assert.doesNotThrow(() => analyse('## One\n### Timeline\n### Root cause\n## Two\n### Timeline\n### Root cause\n'));
  });

  it('reads many reports in time linear in their number', function () {
    this.timeout(120_000);
    const report = (i: number) =>
      `## Outage ${i} of the shared drive\n\nThe drive went read-only, so saving failed, because the disk was full.\n\n### Timeline\n\n- 10:0${i % 10} it failed\n\n### Root cause\n\nThe disk was full because logs were never rotated.\n\n`;
    assertLinear(
      'reports under sibling headings',
      (n) => `# Drive outages\n\n${Array.from({ length: n }, (_, i) => report(i)).join('')}`,
      (text) => analyse(text),
      16,
    );
  });
});
