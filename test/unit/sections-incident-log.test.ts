/**
 * A status page's history: a heading over one sub-heading per past incident, each named and closing
 * on its date, is the timeline; the follow-up work an entry promises is still an action item.
 * Look-alikes (one entry, a heading with content of its own, sub-headings with no date) stay as
 * they were. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { endsWithDate } from '../../server/src/analysis/model/section-body';
import { sectionReader } from './helpers/sections';

const { analyse, sectionOf } = sectionReader();

const LOG = [
  '## Earlier disruptions',
  '',
  '### Switch firmware upgrade (2031-04-09)',
  '',
  'The switch vendor asked us to upgrade the firmware. The reboot took the rack offline for about six minutes.',
  '',
  '### Mail relay outage – March 2, 2031',
  '',
  'Our relay host ran out of disk and stopped accepting mail for an hour.',
  '',
  'We will move the relay spool to its own volume.',
  '',
].join('\n');

describe('a log of past incidents under one heading', () => {
  it('reads named and dated sub-headings as a log of incidents, the timeline', () => {
    const section = sectionOf(`# Status\n\n${LOG}`, 'Earlier disruptions');
    assert.deepEqual([section.kinds, section.decidedBy, section.incidentLog], [['timeline'], 'body', true]);
  });

  it('still reads the follow-up work an entry promises', () => {
    const items = analyse(`# Status\n\n${LOG}`).actionItems.map((i) => i.text);
    assert.ok(
      items.some((t) => /relay spool/.test(t)),
      items.join(' | '),
    );
  });

  it('tells a closing date from other endings', () => {
    for (const t of ['Router swap (2031-05-02)', 'Disk failure – March 3, 2031', 'Cache flush - 2031-03-03']) assert.equal(endsWithDate(t), true, t);
    for (const t of ['Outage (partial)', 'Move to the 2031-05-02 plan', 'Disk failure', '']) assert.equal(endsWithDate(t), false, t);
  });

  it('leaves one entry, a heading with its own content and undated sub-headings alone', () => {
    const one = '# Status\n\n## Earlier disruptions\n\n### Switch firmware upgrade (2031-04-09)\n\nThe rack was offline for six minutes.\n';
    assert.notDeepEqual(sectionOf(one, 'Earlier disruptions').kinds, ['timeline']);
    const own = `# Status\n\n${LOG.replace('## Earlier disruptions\n', '## Earlier disruptions\n\nWe keep a record of every disruption here.\n')}`;
    assert.equal(sectionOf(own, 'Earlier disruptions').incidentLog, undefined);
    const undated =
      '# Status\n\n## Earlier disruptions\n\n### Switch firmware upgrade\n\nSix minutes offline.\n\n### Mail relay outage\n\nAn hour of held mail.\n';
    assert.equal(sectionOf(undated, 'Earlier disruptions').incidentLog, undefined);
  });
});
