/**
 * A static site's header without front matter fences, as Pelican and MultiMarkdown write it:
 * "Title: …", "Date: …", "Tags: …" lines opening the file, up to a blank line. The parse and the
 * quick scan read its title as the front matter's, and the prose after it as the document's
 * opening, not the header's lines. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { headerTitle, quickScan, quickScanRulesOut } from '../../server/src/analysis/model/detect';
import { detection, isTaken } from '../support/recognition';
import { assertLinear } from '../support/growth';

const story = [
  'On Sunday morning the wiki stopped answering. A reader wrote to me at nine to say every page showed a gateway error.',
  '',
  'The database volume had filled up overnight with old backup dumps, because the cleanup job was never turned back on after the last move.',
  '',
  'I deleted the old dumps, restarted the database and the wiki came back at 10:20. I am sorry to everyone who could not get in.',
  '',
];

const post = (header: string[], body = story, eol = '\n') => [...header, '', ...body].join(eol);

describe('recognising a post under a static site header', () => {
  it('reads the title of a header of fields, in any case, quoted or not', () => {
    assert.deepEqual(headerTitle(['Title: The wiki was down', 'Date: 2024-03-02 18:40']), { title: 'The wiki was down', lines: 2 });
    assert.equal(headerTitle(['date: 2024-03-02', 'title: "The wiki was down"', 'tags: wiki, hosting'])?.title, 'The wiki was down');
  });

  it('reads no header from one field alone, a paragraph with prose among its lines, or fields without a title', () => {
    assert.equal(headerTitle(['Title: The wiki was down']), null);
    assert.equal(headerTitle(['Title: The wiki was down', 'It stopped on Sunday.']), null);
    assert.equal(headerTitle(['Date: 2024-03-02', 'Tags: wiki']), null);
    assert.equal(headerTitle(['10:20: the wiki came back', 'Title: x']), null);
  });

  it('takes the telling under a header, its lines no part of the prose', () => {
    const text = post(['Title: The wiki was down on Sunday', 'Date: 2024-03-04', 'Category: news']);
    assert.equal(quickScan(text).title, 'The wiki was down on Sunday');
    assert.equal(detection(text), 'content');
    // The same header with a blank line first, or with Windows line ends.
    assert.equal(isTaken(['', ...post(['Title: The wiki was down on Sunday', 'Date: 2024-03-04']).split('\n')].join('\n')), true);
    assert.equal(isTaken(post(['Title: The wiki was down on Sunday', 'Date: 2024-03-04'], story, '\r\n')), true);
  });

  it('takes a header whose title names a report by its title', () => {
    const text = post(['Title: Postmortem of the wiki outage', 'Date: 2024-03-04'], ['The wiki was unreachable for an hour on Sunday.', '']);
    assert.equal(quickScanRulesOut(quickScan(text)), false);
    assert.equal(detection(text), 'title');
  });

  it('reads a heading outline under a header as it would under front matter', () => {
    const text = post(
      ['Title: Search outage, 3 June', 'Date: 2024-06-05', 'Slug: search-outage'],
      [
        '## What happened',
        '',
        'Search returned no results for an hour. A reindex job dropped the live index before the new one was ready.',
        '',
        '## What we did',
        '',
        'We pointed search at the previous snapshot and results came back.',
        '',
        '## What we will change',
        '',
        'The job now builds the new index beside the old one and swaps them when it is complete.',
        '',
      ],
    );
    assert.equal(isTaken(text), true);
  });

  it('still refuses a how-to, release notes and a runbook under such a header', () => {
    const howto = post(
      ['Title: Moving the wiki to a new server', 'Date: 2024-03-02', 'Category: howto'],
      [
        'I moved the wiki to a bigger server last weekend. These are the steps, so I can repeat them.',
        '',
        'First I made a dump of the database and copied it across. Then I loaded it on the new server.',
        '',
        'Once the new server answered, I switched the address over. The move took two hours and nobody noticed.',
        '',
      ],
    );
    const release = post(
      ['Title: Version 2.4 is out', 'Date: 2022-08-10'],
      ['Version 2.4 adds dark mode. We also fixed a bug that made the app crash when a photo had no date.', '', 'The update rolls out over the next week.', ''],
    );
    const runbook = post(
      ['Title: Disk full on the database host', 'Tags: runbook'],
      [
        'If the database host runs out of disk, the database stops taking writes and the site shows errors.',
        '',
        'Delete dumps older than a week, restart the database and check that the site loads.',
        '',
      ],
    );
    for (const text of [howto, release, runbook]) assert.equal(isTaken(text), false);
  });

  it('reads a long header line in linear time', () => {
    assertLinear(
      'a key of many words and no colon',
      (n) => [`Title${' a'.repeat(n * 50)}`, 'Date: 2024-01-01', '', 'Text.', ''].join('\n'),
      (text) => quickScan(text),
    );
  });
});
