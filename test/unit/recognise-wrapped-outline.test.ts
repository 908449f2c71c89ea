/**
 * An outline read one level down: a report kept under a single heading that names no part (a date
 * on a page of post-mortems with one entry, the title said again by an exported page) has its
 * parts under that heading, and they make its outline; a document reporting several incidents,
 * each under a heading of its own over the parts of its report, has those reports for its parts.
 * A wrapper beside another heading of its depth is counted as it stands, and a manual kept under
 * one heading names no part of a report. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { assertLinear } from '../support/growth';
import { detection } from '../support/recognition';

const taken = (text: string) => ['content', 'title', 'front-matter', 'path'].includes(detection(text));

/** The parts of one report, one level under `depth`. */
const parts = (depth: number) => {
  const h = '#'.repeat(depth + 1);
  return [
    `${h} What happened`,
    '',
    'The nightly import stopped halfway and the shop showed yesterday’s prices all morning.',
    '',
    `${h} Root cause`,
    '',
    'A renamed column in the supplier feed made the importer skip every row after it.',
    '',
    `${h} Timeline`,
    '',
    '- 02:10 the import started',
    '- 02:14 rows began to be skipped',
    '- 09:30 prices were fixed by hand',
    '',
    `${h} Action items`,
    '',
    '- Fail the import when a column is missing',
    '- Alert when fewer rows than usual arrive',
    '',
  ];
};

describe('recognising an outline kept under one heading', () => {
  it('takes a report under a lone dated heading on a page with an unremarkable title', () => {
    const text = ['# Shop notes', '', '## 2031-09-08', '', ...parts(2)].join('\n');
    assert.equal(taken(text), true);
  });

  it('takes it under the title said again, with CRLF line ends', () => {
    const text = ['# Price feed', '', '## Price feed', '', ...parts(2)].join('\r\n');
    assert.equal(taken(text), true);
  });

  it('counts a wrapper beside another heading of its depth as it stands', () => {
    const text = [
      '# Shop notes',
      '',
      '## 2031-09-08',
      '',
      ...parts(2),
      '## About these notes',
      '',
      'Kept by the shop team.',
      '',
      '## Contacts',
      '',
      'Ask in the shop channel.',
      '',
    ].join('\n');
    assert.equal(taken(text), false);
  });

  it('does not take a manual kept under one heading', () => {
    const text = [
      '# Shop tools',
      '',
      '## The importer',
      '',
      '### Install',
      '',
      'Run the setup script once.',
      '',
      '### Usage',
      '',
      'Point it at the feed and start it.',
      '',
      '### Options',
      '',
      'Every flag is listed by the help command.',
      '',
    ].join('\n');
    assert.equal(taken(text), false);
  });

  it('takes a document reporting two incidents, each heading over the parts of its own report', () => {
    const report = (name: string, what: string) => [
      `## ${name}`,
      '',
      what,
      '',
      '### Timeline',
      '',
      '- 19:02 the change went out',
      '- 19:10 the first failure came in',
      '- 20:45 it was undone',
      '',
      '### Root cause',
      '',
      'The change wrote its settings where the service could not read them, so the service crashed on start.',
      '',
    ];
    const text = [
      '# Two bad evenings',
      '',
      ...report('Printer queue down', 'The printer queue stopped after a driver update, so every job sent that evening was lost.'),
      ...report('Backup disk full', 'The backup disk filled up overnight, so the morning copy never ran.'),
      '## Lessons learned',
      '',
      'We test driver and disk changes on the spare machine first now.',
      '',
    ].join('\n');
    assert.equal(taken(text), true);
  });

  it('reads ugly input without failing: wrappers only, empty headings, depths that jump', () => {
    for (const text of ['# a\n## b\n### c\n#### d\n', '# \n## \n', '## x\n###### y\n### z\n', '# t\n## t\n## t\n']) assert.doesNotThrow(() => detection(text));
  });

  it('reads a long outline under one wrapper in time linear in its length', function () {
    this.timeout(120_000);
    assertLinear(
      'an outline under one wrapper',
      (n) => ['# Shop notes', '', '## 2031-09-08', '', ...Array.from({ length: n }, () => parts(2)).flat()].join('\n'),
      (text) => detection(text),
      8,
    );
  });
});
