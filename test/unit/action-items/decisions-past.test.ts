/**
 * A decision told in the simple past, in the story: "we decided to swap the power supply", "we decided
 * that a reboot would be quicker". Outside the plan and the lessons it tells a step taken then, as the
 * sentences around it do. A decision that points forward ("will", "by June", "every future …"), one
 * announced in the present perfect ("we have decided to …"), or one with a present after it ("we
 * decided restores come first") is still work. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { assertLinear } from '../../support/growth';
import { itemTexts as texts } from './helpers';

const doc = (heading: string, body: string, eol = '\n') =>
  ['# Storage node outage', '', '## Summary', '', 'One storage node was down for four hours.', '', `## ${heading}`, '', body, ''].join(eol);

describe('action items: a decision told in the past, in the story', () => {
  it('takes no item from a past decision under a heading of the authors own words', () => {
    const body = [
      'We decided to keep the old login page for one more week. The new one had confused people in the beta.',
      '',
      'We wanted fewer places to watch, so we decided to answer questions by mail only.',
    ].join('\n');
    assert.deepEqual(texts(doc('Who could join', body)), []);
  });

  it('takes no item from a past decision with a clause in the past after it', () => {
    const body = [
      'The router kept dropping routes after the upgrade. Reading every log could take a day,',
      'so after some thought we decided that a rollback of the firmware was the shorter road.',
      '',
      'The rollback took ten minutes.',
    ].join('\n');
    assert.deepEqual(texts(doc('What happened', body)), []);
    assert.deepEqual(texts(doc('Host report', body)), []);
  });

  it('still reads a decision that points forward, is announced, or has a present after it', () => {
    const body = [
      'We decided that we will copy the backups to a second region.',
      '',
      'We decided to cap imports at one gigabyte by June.',
      '',
      'We decided to run a restore drill every quarter for all new clusters.',
      '',
      'We have decided to retire the shared jump host.',
      '',
      'Restores failed twice, so we decided restores come first in our work.',
      '',
      'We decided that every restore needs a second pair of eyes.',
    ].join('\n');
    assert.deepEqual(texts(doc('Our thinking', body)), [
      'We decided that we will copy the backups to a second region.',
      'We decided to cap imports at one gigabyte by June.',
      'We decided to run a restore drill every quarter for all new clusters.',
      'We have decided to retire the shared jump host.',
      'Restores failed twice, so we decided restores come first in our work.',
      'We decided that every restore needs a second pair of eyes.',
    ]);
  });

  it('still reads a past decision among the lessons', () => {
    assert.deepEqual(texts(doc('Lessons learned', 'We decided to hold every schema change to office hours.')), [
      'We decided to hold every schema change to office hours.',
    ]);
  });

  it('reads ugly input: CRLF, a quote, emphasis, a decision broken over lines', () => {
    const body = ['> **We decided** to roll the', '> firmware back by hand.', '', '_We decided that a restart would do._'].join('\r\n');
    assert.deepEqual(texts(doc('Host report', body, '\r\n')), []);
    assert.deepEqual(texts(doc('Host report', 'we decided to', '\r\n')), []);
    assert.deepEqual(texts(doc('Host report', 'We decided that', '\r\n')), []);
    assert.deepEqual(texts(doc('Host report', 'We decided that that that that that that that that would.')), []);
  });

  it('reads a long run of past decisions in linear time', () => {
    assertLinear(
      'past decisions',
      (n) => doc('Host report', 'we decided that the the the the the '.repeat(n) + 'we decided to '.repeat(n)),
      (text) => texts(text),
      16,
    );
  });
});
