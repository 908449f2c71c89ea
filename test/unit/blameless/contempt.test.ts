import { strict as assert } from 'node:assert';
import { runOurs } from '../../fixtures/blameless/load';

/**
 * Contempt for a provider, a vendor or a person said outright: it passes a verdict on them where
 * the reader needs what went wrong. A feeling about the day, things that suck in air, scams that
 * are an attacker's means and shame denied stay quiet. Every sentence here is our own.
 */
const CONTEMPT = [
  'Budget colo providers in this region SUCK!',
  'Honestly, their support sucks.',
  'Acme Hosting sucks and we are moving off it next month.',
  'We moved to a new host; they are not as bad as the total sham that was Acme.',
  'Teams paid them up front for a year, just to get completely scammed.',
  'We got ripped off by our previous colo provider.',
  'Jordan, or whatever name you use this week, shame on you.',
  '**Shame on Acme** for hiding the outage from its customers.',
  'that company is a total scam',
];

const LOOK_ALIKES = [
  'This sucks, but the restore worked.',
  'It sucked to be paged at 3am on a Sunday.',
  'Being on call over the holidays sucks.',
  'The intake fan sucks air through the filter.',
  'The pump sucked in debris and stalled.',
  'The new dashboard sucks.',
  "They don't suck; the cable was simply cut.",
  'Several users were scammed by a fake support page.',
  'The email was a phishing scam.',
  'There is no shame in asking for help during an incident.',
  "It's a shame the backup was a day old.",
  'The sham transaction was reversed by the bank.',
  'SHAME-ON-CALL is the name of our rotation bot.',
];

describe('blaming-language: contempt for a provider or a person', () => {
  it('reports a provider or a person called names outright', () => {
    const missed = CONTEMPT.filter((s) => runOurs(s).blame.length === 0);
    assert.deepEqual(missed, []);
  });

  it('quotes the contempt and whom it is aimed at', () => {
    assert.deepEqual(runOurs('Honestly, their support sucks.').blame, ['their support sucks']);
    assert.deepEqual(runOurs('Jordan, or whatever name you use this week, shame on you.').blame, ['shame on you']);
    assert.deepEqual(runOurs('Teams paid them up front for a year, just to get completely scammed.').blame, ['get completely scammed']);
  });

  it('leaves alone feelings about the day, suction, scams by attackers and shame denied', () => {
    const flagged = LOOK_ALIKES.filter((s) => runOurs(s).blame.length > 0);
    assert.deepEqual(flagged, []);
  });
});
