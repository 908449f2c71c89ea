import { strict as assert } from 'node:assert';
import { opensOnDateAndTime, writesDate } from '../../server/src/analysis/base/dates';

// The one reader of a written date that the readers outside the timeline use: a heading that
// dates what it heads, and a paragraph led by the day and the time it was posted.
describe('the shared reader of written dates', () => {
  describe('writesDate: a date anywhere in a text', () => {
    for (const text of [
      'Storage outage 2019-11-04',
      'Cache failover on 2019-3-7',
      'Queue backlog, 04/11/2019',
      'Queue backlog, 4.11.19',
      'Login errors on March 4',
      'Login errors on Mar. 4th',
      'Login errors on Sept 30',
      'Login errors on 4th March 2019',
      'Login errors on 30 sep',
      'DNS trouble (November 12, 2018)',
    ]) {
      it(`reads a date in "${text}"`, () => assert.equal(writesDate(text), true));
    }
    for (const text of [
      'Decision 3: freeze deploys',
      'Marketing 2 campaign',
      'Octopus 7 rollout',
      '3 marketing lessons',
      'Mayor 12 notes',
      'Version 1.2 and 10:30',
      'Postmortem of the 2019 storage outage',
      'June',
      '',
    ]) {
      it(`reads no date in "${text}"`, () => assert.equal(writesDate(text), false));
    }
    it('copes with a long line of figures and words', () => assert.equal(writesDate('12 '.repeat(5000) + 'mayor'), false));
  });

  describe('opensOnDateAndTime: a paragraph led by its day and time of day', () => {
    for (const text of [
      'Sunday Nov 17th, 11:08am PST. We are looking into failed logins.',
      'Tue 2024-03-05 09:40 UTC - the queue is draining again.',
      '**Mar 5, 2024 at 14:10** The fix is rolling out.',
      '5 March 2024 14:10 — service is back.',
      '05/03/2024 14:10: errors have stopped.',
      '- Friday, 2 Feb 08:15 the page fired.',
    ]) {
      it(`takes "${text}"`, () => assert.equal(opensOnDateAndTime(text), true));
    }
    for (const text of [
      'On March 5 we saw errors rise at 14:10.',
      'March 5, 2024: the cache was replaced.',
      '14:10 the page fired.',
      'Marketing 5 14:10 sync moved.',
      'Decided 5 14:10 was the cut-off.',
      'Our note of 2024-03-05 says nothing more.',
    ]) {
      it(`leaves "${text}"`, () => assert.equal(opensOnDateAndTime(text), false));
    }
  });
});
