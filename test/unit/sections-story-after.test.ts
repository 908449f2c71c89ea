/**
 * "What happened" when the report has already opened on another part: a timeline told first, or a
 * status note with its workaround. The incident is told by then, so an account under the heading
 * that names how it came about is the cause; the first account of a report, one after a summary and
 * one after another heading naming the story keep their readings. Every document here is written
 * for the test.
 */
import { strict as assert } from 'node:assert';
import { sectionReader } from './helpers/sections';

const { sectionOf, kindsOf } = sectionReader();

/** An account with one cause in it, told after the clock has told the incident. */
const ACCOUNT = [
  'Our image store keeps every layer in one shared bucket, so a cleanup job has to run now and then to drop layers no one uses.',
  'We had tried the job in a dry run and the list it printed looked fine. We then ran it for real on Monday.',
  'Because the job only followed tags, it also removed cache layers that no tag pointed to, and builds that needed them failed.',
  'We restored the layers from the bucket history the same evening.',
].join('\n');

const TIMELINE = [
  '### Timeline',
  '',
  '* **09:10 UTC** Builds start to fail',
  '* **09:40 UTC** Cleanup job found to be the cause',
  '* **18:00 UTC** All layers restored',
].join('\n');

describe('"What happened" after the report opened on another part', () => {
  it('reads the account after a timeline, naming how it came about, as the root cause', () => {
    const text = `## Image layers missing\n\n${TIMELINE}\n\n### What Happened\n\n${ACCOUNT}\n`;
    const section = sectionOf(text, 'What Happened');
    assert.deepEqual([section.kinds, section.decidedBy], [['root-cause'], 'body']);
    assert.deepEqual(kindsOf(text, 'Timeline'), ['timeline']);
  });

  it('reads it so after a status note and its workaround, with CRLF line ends', () => {
    const text = [
      'Some phone users could not update the app this week.',
      '',
      '### Version 2.4.1 is out and working',
      '',
      'The new version works. To get it, please:',
      '',
      '* remove the app',
      '* install it again',
      '',
      '### What happened with the release?',
      '',
      'We added a new signing field in 2.4.1. It turned out that the field cannot be added by an update, so the update failed because the old data could no longer be read.',
      '',
    ].join('\r\n');
    assert.deepEqual(kindsOf(text, 'What happened with the release?'), ['root-cause']);
  });

  it('keeps the first account of the report as the summary, whatever cause it names', () => {
    const text = `## Image layers missing\n\n### What Happened\n\n${ACCOUNT}\n\n${TIMELINE}\n`;
    assert.deepEqual(kindsOf(text, 'What Happened'), ['summary']);
  });

  it('keeps an account that names no cause as the summary', () => {
    const plain = 'Builds failed on Monday morning and again after lunch.\nWe restored the missing layers the same evening and builds work again.';
    const text = `## Image layers missing\n\n${TIMELINE}\n\n### What happened\n\n${plain}\n`;
    assert.deepEqual(kindsOf(text, 'What happened'), ['summary']);
  });

  it('keeps the account after a summary, and after another heading naming the story, as it was read', () => {
    const summary = `## Image layers missing\n\n### Summary\n\nBuilds failed for a day.\n\n${TIMELINE}\n\n### What happened\n\n${ACCOUNT}\n`;
    assert.deepEqual(kindsOf(summary, 'What happened'), ['summary']);
    const twice = `## Image layers missing\n\n${TIMELINE}\n\n### Description\n\nBuilds failed for a day.\n\n### What happened\n\n${ACCOUNT}\n`;
    assert.deepEqual(kindsOf(twice, 'What happened'), ['summary']);
  });

  it('reads an account told item by item after another part, naming no cause, as no section', () => {
    const symptoms = ['- The build page showed a grey error box', '- Image pulls returned errors for an hour', '- Two release jobs stalled and timed out'].join(
      '\n',
    );
    const text = `## Image layers missing\n\n### Impact\n\nNo release went out on Monday.\n\n### What happened\n\n${symptoms}\n\n### Root cause\n\nThe cleanup job dropped untagged layers.\n`;
    const section = sectionOf(text, 'What happened');
    assert.deepEqual([section.kinds, section.decidedBy], [[], null]);
    assert.deepEqual(kindsOf(text, 'Impact'), ['impact']);
  });

  it('reads an account after another part that opens its lines on times as no summary', () => {
    const told = 'At 09:10 a build asked for a layer that was gone.\nThe registry answered with an error and the build stopped.';
    const text = `## Image layers missing\n\n### Impact\n\nNo release went out on Monday.\n\n### What happened\n\n${told}\n`;
    assert.deepEqual(kindsOf(text, 'What happened'), []);
  });

  it('keeps such an account told in prose with no times the summary, and the same list first in the report', () => {
    const prose = `## Image layers missing\n\n### Impact\n\nNo release went out on Monday.\n\n### What happened\n\nBuilds failed on Monday morning and again after lunch.\n`;
    assert.deepEqual(kindsOf(prose, 'What happened'), ['summary']);
    const first = `## Image layers missing\n\n### What happened\n\n- Builds failed\n- Image pulls returned errors\n\n### Impact\n\nNo release went out.\n`;
    assert.deepEqual(kindsOf(first, 'What happened'), ['summary']);
  });

  it('takes odd input without throwing: an empty heading last, one with only a mark, a run of them', () => {
    const empty = `## Image layers missing\n\n${TIMELINE}\n\n### What happened\n`;
    assert.deepEqual(kindsOf(empty, 'What happened'), ['summary']);
    const marks = `${TIMELINE}\n\n### What happened?\n\n?\n\n### What happened?\n\n${ACCOUNT}\n`;
    assert.ok(Array.isArray(kindsOf(marks, 'What happened?')));
    const run = `${TIMELINE}\n\n` + '### What happened\n\nbecause\n\n'.repeat(50);
    assert.ok(Array.isArray(kindsOf(run, 'What happened')));
  });
});
