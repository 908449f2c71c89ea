/**
 * "Continue and formalise …", "Continue to test …": a plan entry that carries on work already begun
 * names its work in the verb after "continue". "Continue using …" keeps things as they are. Every
 * document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { startsImperative } from '../../../server/src/analysis/model/action-items/reading';
import { itemTexts as texts } from './helpers';

describe('action items: "continue and <verb>" and "formalise" as verbs of work', () => {
  it('reads "continue and/to" before a verb of work, and "formalise", as opening a task', () => {
    assert.equal(startsImperative('Continue and formalise the power drills'), true);
    assert.equal(startsImperative('Continue to test the uplink failover'), true);
    assert.equal(startsImperative('**Continue to review** the pager rota'), true);
    assert.equal(startsImperative('Formalize the drill schedule'), true);
    assert.equal(startsImperative('Continue using the hosted registry'), false);
    assert.equal(startsImperative('Continue to host the images ourselves'), false);
    assert.equal(startsImperative('Continued and formalised drills'), false);
    assert.equal(startsImperative('Continue'), false);
  });

  it('takes such an entry as an item under a heading that holds both the plan and the lessons', () => {
    const text = [
      '# Rack power loss',
      '',
      '# Stopping it from happening again / What we learnt',
      '',
      '1. Add alerts on the switch power supplies.',
      '',
      '2. The spare uplink is still not installed; the team keeps chasing it.',
      '',
      '3. Continue and formalise drills that cut power, network and uplinks one at a time.',
      '',
      '4. Continue using the same hosting provider, which served us well.',
      '',
    ].join('\n');
    const found = texts(text);
    assert.ok(found.includes('Continue and formalise drills that cut power, network and uplinks one at a time.'), found.join(' | '));
    assert.ok(!found.some((t) => t.startsWith('Continue using')), found.join(' | '));
  });
});
