/**
 * A paragraph of the plan led by a bold title ("**Disk alerts.** …") whose words tell the change as
 * in effect now, in the active present ("We now page at 90%", "Every new runner now ships with the
 * agent"), reports its work carried out: the item is done. Work still under way or to come, a verb
 * of knowing or needing after "now", and the service back at work stay open. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { items, postmortem } from './helpers';
import { tellsWorkInEffect } from '../../../server/src/analysis/model/action-items/reading';
import { assertLinear } from '../../support/growth';

const read = (body: string) => items(postmortem(body)).map((i) => [i.text.split('.')[0], i.done] as const);

describe('action items: a titled paragraph that tells its change as in effect now', () => {
  it('reads the item done when the authors or the thing changed now act so', () => {
    const body = [
      '**Disk alerts.** The exporter reports free space per volume. We now page at 90% and warn at 80%.',
      '',
      '**A sweep of the queue limits.** We are going through every consumer this month.',
      '',
      '**Agent on new runners.** Each runner image now ships with the agent.',
    ].join('\n');
    assert.deepEqual(read(body), [
      ['Disk alerts', true],
      ['A sweep of the queue limits', false],
      ['Agent on new runners', true],
    ]);
  });

  it('leaves open what is still to come, a need, a belief or the service back at work', () => {
    const body = [
      '**Disk alerts.** We now need a page at 90%.',
      '',
      '**Queue limits.** The consumer now works again after the restart.',
      '',
      '**Runner image.** We now know the image lacked the agent. We will add it next sprint.',
      '',
      '**Paging rota.** Until now nobody owns the rota.',
    ].join('\n');
    assert.deepEqual(read(body), [
      ['Disk alerts', false],
      ['Queue limits', false],
      ['Runner image', false],
      ['Paging rota', false],
    ]);
  });

  it('reads sentences alone as expected', () => {
    assert.equal(tellsWorkInEffect('We now page at 90%.'), true);
    assert.equal(tellsWorkInEffect('The nightly job now checks the free space.'), true);
    assert.equal(tellsWorkInEffect('Alerting: we now page at 90%.'), true);
    assert.equal(tellsWorkInEffect('The worker now runs normally.'), false);
    assert.equal(tellsWorkInEffect('If the job now fails, page the rota.'), false);
    assert.equal(tellsWorkInEffect('For now the page goes to one person.'), false);
    assert.equal(tellsWorkInEffect('We will now page at 90%.'), false);
    assert.equal(tellsWorkInEffect(''), false);
  });

  it('copes with ugly input and grows linearly', () => {
    for (const ugly of ['now', ' now now now s', '. . now alerts', '**.** now', 'we now', '`x` now `y`s']) assert.doesNotThrow(() => tellsWorkInEffect(ugly));
    assertLinear('subject words', (n) => 'a '.repeat(n) + 'now', tellsWorkInEffect);
    assertLinear('repeated now', (n) => 'word now '.repeat(n), tellsWorkInEffect);
    assertLinear('sentence starts', (n) => 'x. '.repeat(n) + 'the job now', tellsWorkInEffect);
  });
});
