/**
 * A report that opens on a thematic break and ends on one ("---", a blank, the title, the body,
 * "---"): the parse reads what the breaks fence as Markdown, not front matter, since it holds a
 * heading and prose; the quick scan must read it so too, or the report is ruled out before any
 * parse. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { quickScan, quickScanRulesOut } from '../../server/src/analysis/model/detect';
import { detection } from '../support/recognition';

const report = (eol: string) =>
  [
    '---',
    '',
    '# Incident Report: Build host would not start after an update',
    '',
    'Date: 2025-02-11',
    'Status: Resolved',
    '',
    '## Summary',
    '',
    'The build host hung at boot after a package upgrade left its boot image half written.',
    '',
    '## Root Cause',
    '',
    'The image was built while another install still held the package lock.',
    '',
    '---',
    '',
  ].join(eol);

describe('recognising a report fenced by two thematic breaks', () => {
  it('takes the report by its title, as the parse reads it', () => {
    assert.equal(quickScanRulesOut(quickScan(report('\n'))), false);
    assert.equal(detection(report('\n')), 'title');
  });

  it('takes it with CRLF line ends too', () => {
    assert.equal(detection(report('\r\n')), 'title');
  });

  it('still reads real front matter that names nothing as front matter', () => {
    const text = ['---', 'title: Release train', '# a comment', 'owner: build team', '---', '', '# Release train', '', 'Trains leave on Tuesdays.', ''].join(
      '\n',
    );
    assert.equal(quickScan(text).title, 'Release train');
    assert.equal(quickScanRulesOut(quickScan(text)), true);
  });

  it('rules out a guide fenced by two breaks whose title names no incident', () => {
    const text = ['---', '', '# Setting up the build host', '', 'Install the packages, then reboot.', '', '---', ''].join('\n');
    assert.equal(quickScan(text).title, 'Setting up the build host');
    assert.equal(quickScanRulesOut(quickScan(text)), true);
  });
});
