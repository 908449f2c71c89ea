/**
 * An outline asked as questions, as a support article on a defect or a note to users is set out
 * ("What did users see?", "What may cause this problem?", "How can users recover?"): the quick scan
 * reads such headings with the section reader, as the parse does, and three parts named so let
 * the document through; the parse decides. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { compiled } from '../../server/src/analysis/model/compiled';
import { quickScan, quickScanRulesOut } from '../../server/src/analysis/model/detect';
import { detection as taken } from '../support/recognition';

const settings = defaultSettings();
const reader = compiled(settings).sections;
const passes = (text: string) => !quickScanRulesOut(quickScan(text, reader));

const defectNote = [
  '# 2024-03-04 - Tablet app defect - offline edits may be dropped',
  '',
  '## Executive summary',
  '',
  'We found a defect in the sync client shipped with version 8.2 of the tablet app. Edits made while a tablet was offline could be dropped when it reconnected. The defect was fixed on 6 March at 14:10 UTC, and every build made after that time syncs as expected.',
  '',
  '### What did users see?',
  '',
  'After reconnecting, the notes list looked complete, but changes made offline were missing from the notes themselves.',
  '',
  '### What may cause this problem?',
  '',
  'The client compared the server copy with its own by the time of the last edit, and a tablet whose clock ran behind lost the comparison.',
  '',
  '### How can users recover?',
  '',
  '1. Install version 8.3 or later from the store.',
  '2. Open the recovery folder, where the app kept a copy of each dropped edit.',
  '',
].join('\n');

describe('recognising an outline asked as questions', () => {
  it('lets a defect note whose parts are asked as questions through the quick scan, and the parse takes it', () => {
    assert.equal(passes(defectNote), true);
    assert.equal(taken(defectNote), 'content');
  });

  it('reads the same note with CRLF line ends and spaces after the question marks', () => {
    const text = defectNote.replace(/\?\n/g, '?   \n').replace(/\n/g, '\r\n');
    assert.equal(passes(text), true);
    assert.equal(taken(text), 'content');
  });

  it('needs three parts: two asked questions and nothing else do not let a document through', () => {
    const text = '# Tablet app\n\n### What may cause this problem?\n\nA clock behind.\n\n### How can users recover?\n\nReinstall.\n';
    assert.equal(passes(text), false);
  });

  it('reads no heading that is not asked, and reads none without the section reader', () => {
    const stated = defectNote.replace(/^### (.*)\?$/gm, '### $1');
    assert.equal(quickScanRulesOut(quickScan(stated, reader)), true);
    assert.equal(quickScanRulesOut(quickScan(defectNote)), true);
  });

  it('leaves a support article on a feature set out as questions untaken', () => {
    const text = [
      '# Shared calendars for teams',
      '',
      'From the autumn release, a team can keep one calendar that every member sees.',
      '',
      '### What is the experienced behavior?',
      '',
      'Members see the team calendar beside their own and can add events to it.',
      '',
      '### What may cause an event to show twice?',
      '',
      'A member who also subscribed to the calendar by its link sees its events from both.',
      '',
      '### How can members recover a deleted event?',
      '',
      'Open the bin of the calendar and restore the event within thirty days.',
      '',
      '### What are the next steps for admins?',
      '',
      'Tell the team, and remove old subscriptions by link.',
      '',
    ].join('\n');
    assert.equal(passes(text), true);
    assert.equal(taken(text), 'not-a-postmortem');
  });

  it('leaves a page of questions about a migration untaken', () => {
    const text = [
      '# Moving the wiki to a new host',
      '',
      'We are moving the wiki over the next month. This page answers what editors have asked.',
      '',
      '## Why are we moving it?',
      '',
      'The new host keeps a history of every page and is faster to search.',
      '',
      '## What is the impact on editors?',
      '',
      'Pages keep their addresses; the editor looks the same.',
      '',
      '## What happens if pages look wrong after the move?',
      '',
      'Report them on the feedback page and we will fix them by hand.',
      '',
      '## What are the next steps?',
      '',
      '1. Copy the archive section in May.',
      '2. Move the rest in June.',
      '',
    ].join('\n');
    assert.equal(taken(text), 'not-a-postmortem');
  });

  it('reads odd headings without harm', () => {
    for (const text of ['# ?\n\n## ??\n\n### ?what\n', '## ' + 'why? '.repeat(40) + '?\n', '#\n?\n===\n', '']) assert.equal(typeof passes(text), 'boolean');
  });
});
