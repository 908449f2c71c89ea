/**
 * Front matter in TOML between `+++` lines (as Hugo and Zola write it): the parse reads its title
 * and its type as it reads YAML's, and the quick scan must read them too, or a post titled as a
 * report is ruled out before any parse. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { quickScan, quickScanRulesOut } from '../../server/src/analysis/model/detect';
import { assertLinear } from '../support/growth';
import { detection } from '../support/recognition';

const body = ['', 'On Tuesday the image resizer stopped for three hours. Pages showed broken thumbnails.', ''];
const toml = (fields: string[], eol = '\n') => ['+++', ...fields, '+++', ...body].join(eol);

describe('recognising a post with TOML front matter', () => {
  it('reads the title, quoted either way', () => {
    assert.equal(quickScan(toml(['title = "Postmortem: thumbnails went missing"', 'date = 2025-03-04'])).title, 'Postmortem: thumbnails went missing');
    assert.equal(quickScan(toml(["title='Postmortem: thumbnails went missing'"])).title, 'Postmortem: thumbnails went missing');
  });

  it('takes a post whose TOML title names a report, as the YAML one is taken', () => {
    const text = toml(['title = "Postmortem: thumbnails went missing"', 'date = 2025-03-04', '[extra]', 'draft = false']);
    assert.equal(quickScanRulesOut(quickScan(text)), false);
    assert.equal(detection(text), 'title');
    assert.equal(detection(toml(['title = "Postmortem: thumbnails went missing"'], '\r\n')), 'title');
  });

  it('reads the type and a status record written in TOML', () => {
    assert.equal(quickScan(toml(['type = "postmortem"', 'title = "Thumbnails"'])).frontMatterType, 'postmortem');
    assert.equal(quickScan(toml(['status = "resolved"', 'severity = "major"', 'title = "Thumbnails"'])).tells, true);
  });

  it('still rules out a TOML post whose title names nothing', () => {
    const text = ['+++', 'title = "Resizing images with a worker pool"', '+++', '', 'Start four workers and give each a queue.', ''].join('\n');
    assert.equal(quickScan(text).title, 'Resizing images with a worker pool');
    assert.equal(quickScanRulesOut(quickScan(text)), true);
  });

  it('refuses a TOML post about writing reports', () => {
    const text = ['+++', 'title = "Writing a postmortem people will read"', '+++', '', 'Keep the timeline short and name causes, not people.', ''].join('\n');
    assert.equal(detection(text), 'not-a-postmortem');
  });

  it('reads an unclosed `+++` as no front matter, and a `+++` later in the body as text', () => {
    const open = ['+++', 'title = "Postmortem: thumbnails went missing"', '', 'No closing line follows.', ''].join('\n');
    assert.equal(quickScan(open).title, null);
    const late = ['# Resizing images', '', '+++', 'title = "Postmortem"', '+++', ''].join('\n');
    assert.equal(quickScan(late).title, 'Resizing images');
  });

  it('reads long TOML lines in linear time', () => {
    assertLinear(
      'a key of word characters with no equals sign',
      (n) => ['+++', 'k'.repeat(n * 50), '+++', ''].join('\n'),
      (text) => quickScan(text),
    );
    assertLinear(
      'a run of blanks before the equals sign',
      (n) => ['+++', `title${' '.repeat(n * 50)}x`, '+++', ''].join('\n'),
      (text) => quickScan(text),
    );
  });
});
