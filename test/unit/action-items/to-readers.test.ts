/**
 * The authors speaking to their readers about the post itself: announcing what it tells ("I will
 * share with you every step I took") or hoping for their goodwill ("We hope you will appreciate
 * that …"). Neither promises work. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { promisesStatusOnly, readSentence } from '../../../server/src/analysis/model/action-items/reading';
import { itemTexts as texts } from './helpers';
import { assertLinear } from '../../support/growth';

describe('action items: the authors speaking to their readers', () => {
  it('takes no item from a post announced or a courtesy line', () => {
    const text = [
      '# Game server flooded',
      '',
      'Last weekend the server went down under a flood of fake logins. I will share with you every step I took to bring it back.',
      '',
      'The flood stopped after two hours. We hope you will understand that we are writing this up in the open, mistakes included.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), []);
  });

  it('still reads a promise of work beside them', () => {
    const text = [
      '# Game server flooded',
      '',
      'I will walk you through the night. The flood stopped after two hours.',
      '',
      'We will put a rate limit on the login endpoint.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['We will put a rate limit on the login endpoint.']);
  });

  it('tells words to readers from work', () => {
    assert.ok(promisesStatusOnly("We'll walk you through what broke."));
    assert.ok(promisesStatusOnly('We truly hope that our users can forgive the downtime.'));
    assert.ok(!promisesStatusOnly('We will share the runbook with the on-call rota.'));
    assert.ok(!promisesStatusOnly('We hope to add a second region by June.'));
  });

  it('takes no item from a courtesy, a reminder to the readers, a signpost of the explanation, or work named only by a better whole', () => {
    assert.ok(promisesStatusOnly('We would also like to remind all of you that the disclosure program pays for reports.'));
    assert.ok(promisesStatusOnly("I'd also like to use this opportunity to thank the storage team."));
    assert.ok(promisesStatusOnly('We will invite all of you to the open review next week.'));
    assert.ok(promisesStatusOnly("We'll go over how a login normally flows, and then how it broke."));
    assert.ok(promisesStatusOnly('First I will explain why the cache matters here.'));
    assert.ok(promisesStatusOnly('We keep working hard on a smoother experience for you every day.'));
    const text = [
      '# Game server flooded',
      '',
      "We'll go over how a login normally flows before the flood. We have to trust the proxy to pass the real address on.",
      '',
      'I would like to remind you all: reports of abuse are welcome.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), []);
  });

  it('still reads work that looks like them', () => {
    assert.ok(!promisesStatusOnly('We will remind on-call engineers to check the queue dashboard.'));
    assert.ok(!promisesStatusOnly('We will go over the runbooks with each team.'));
    assert.ok(!promisesStatusOnly('We will explain the new limits to every customer.'));
    assert.ok(!promisesStatusOnly('We are working on a better retry policy.'));
    assert.ok(!promisesStatusOnly('We are working on a better service for the export jobs by adding retries.'));
    assert.ok(!promisesStatusOnly('We would like to add a second proxy.'));
    assert.equal(readSentence('We have to trust the proxy to pass the real address on.'), null);
    assert.equal(readSentence('We have to rotate the proxy keys.')?.kind, 'need');
  });

  it('takes no item from the next edition made "even better" or learning vowed in general', () => {
    assert.ok(promisesStatusOnly('Our aim is to make each successive meetup even better than the last.'));
    assert.ok(promisesStatusOnly('I hope the survey tells us enough so we can make an even better hackathon next spring 🙂.'));
    assert.ok(promisesStatusOnly('We are committed to learning and evolving with every season.'));
    assert.ok(promisesStatusOnly('We remain committed to learning, in the open, from this outage.'));
    const text = [
      '# Quiz night stream dropped',
      '',
      'The stream dropped twice during the final round.',
      '',
      '## Looking ahead',
      '',
      'Every event teaches us something, and we are committed to learning and evolving. Our goal is to make each quiz night even better than the last.',
      '',
      'We will add a second encoder on its own uplink.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['We will add a second encoder on its own uplink.']);
  });

  it('still reads a better thing made by named means, or learning with an object', () => {
    assert.equal(promisesStatusOnly('We will make the stream even better by adding a second encoder.'), false);
    assert.equal(promisesStatusOnly('We will make the retry logic much better.'), false);
    assert.equal(promisesStatusOnly('We are committed to learning Terraform before the next migration.'), false);
  });

  it('reads a long run of "even better" words in linear time', () => {
    assertLinear(
      'even better',
      (n) => 'make the next even '.repeat(n) + 'better by',
      (text) => promisesStatusOnly(text),
    );
  });
});
