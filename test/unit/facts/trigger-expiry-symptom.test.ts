/**
 * Something that ran out of date ("the certificate expired") tells what went wrong, not always
 * why: where the story names another trigger (a renewal service that was shut down, a
 * regression), the expiry is its symptom and names none; told alone, or beside a configuration,
 * it is a configuration trigger as before. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { triggerOf as trigger, withSections } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const outage = withSections('Registry served a stale certificate');

describe('facts: an expiry beside another trigger is its symptom', () => {
  it('reads an expiry told alone, or beside a configuration, as a configuration trigger', () => {
    assert.equal(trigger(...outage(['Summary', 'The registry certificate expired on Friday night and every download failed.'])), 'configuration');
    assert.equal(
      trigger(
        ...outage(
          ['Summary', 'The registry certificate expired on Friday night.'],
          ['Root cause', 'The renewal hook read a wrong DNS setting for the registry host.'],
        ),
      ),
      'configuration',
    );
  });

  it('names no trigger from the expiry where the story tells another one', () => {
    const told = outage(
      ['Summary', 'For nine hours the registry answered with an expired TLS certificate.'],
      ['Root cause', 'Renewals went through an external service that had been discontinued in the spring.'],
    );
    assert.notEqual(trigger(...told), 'configuration');
    const regression = outage(
      ['Summary', 'The registry certificate expired on Friday night.'],
      ['What went wrong', 'The chat alerts had stopped after a regression in the alert bot.'],
    );
    assert.notEqual(trigger(...regression), 'configuration');
  });

  it('reads ugly input without failing, in linear time', () => {
    assert.doesNotThrow(() => trigger(...outage(['Summary', 'expired expired certificate expired'], ['Root cause', 'external external'])));
    const long = (n: number) =>
      outage(['Summary', `The ${'certificate '.repeat(n)}expired.`], ['Root cause', `An ${'external '.repeat(n)}service was discontinued.`]);
    assertLinear('a long run before the expiry', long, (args) => trigger(...args));
  });
});
