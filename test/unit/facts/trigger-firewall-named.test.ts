/**
 * A firewall's rules, configuration or policy are a configuration trigger; a firewall named alone
 * (a product that misbehaved, the firewall a component ships with) tells no configuration that was
 * set, and names no trigger by itself. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { triggerOf as trigger, withSection } from '../../support/causes';

const section = withSection('Outage of the tile server');

describe('facts: a firewall named as the trigger', () => {
  it('reads the rules, configuration or policy of a firewall as a configuration trigger', () => {
    assert.equal(trigger(...section('Root cause', 'The new hosts kept hitting firewall rule problems and dropped every write.')), 'configuration');
    assert.equal(trigger(...section('Root cause', 'A firewall policy set on Monday blocked the tile port.')), 'configuration');
    assert.equal(trigger(...section('Root cause', 'The edge firewall configuration lost the allow entry for the renderer.')), 'configuration');
  });

  it('reads no configuration from a firewall named alone', () => {
    assert.equal(trigger(...section('Root cause', 'An automatic firewall appliance acted up and cut the renderer off from the cache.')), null);
    assert.equal(trigger(...section('Summary', 'The proxy bundles a web application firewall and a rate limiter.')), null);
  });

  it('reads ugly input without failing', () => {
    assert.doesNotThrow(() => trigger(...section('Root cause', 'firewall '.repeat(500))));
    assert.equal(trigger(...section('Root cause', 'firewall firewall firewall rule')), 'configuration');
  });
});
