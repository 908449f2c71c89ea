/**
 * A plan written one paragraph per item, each an order ("Improve …", "Establish …"): a paragraph
 * among them that opens as an order does, on a verb the common list does not hold ("Have a spare
 * key …", "Know which team …"), is one more of them. Every document here is written for the test;
 * look-alikes (an opening remark of the plan, a lone order among narrative paragraphs, a request to
 * readers, a mission statement) give no item.
 */
import { strict as assert } from 'node:assert';
import { items as readItems } from './helpers';

function texts(text: string): string[] {
  return readItems(text).map((i) => i.text.slice(0, 24));
}

function plan(...paragraphs: string[]): string {
  return [
    '# Signing outage',
    '',
    '## Summary',
    '',
    'Releases could not be signed for a day.',
    '',
    '## Improvements',
    '',
    ...paragraphs.flatMap((p) => [p, '']),
  ].join('\n');
}

describe('action items: a paragraph that opens as an order among paragraph items', () => {
  it('reads orders with uncommon verbs as items beside their siblings, and not the plan’s opening remark', () => {
    const text = plan(
      'Outages teach us plenty, and here is what we take from this one.',
      'Improve the paging rules so the right person is woken at night.',
      'Have a spare signing key ready in the vault, with two people able to reach it.',
      'Establish a weekend rota for the release pipeline.',
      'Know which team answers the vendor when their service is down. We lost an hour finding out.',
    );
    assert.deepEqual(texts(text), ['Improve the paging rules', 'Have a spare signing key', 'Establish a weekend rota', 'Know which team answers ']);
  });

  it('reads a picture between the paragraphs as no break in the run', () => {
    const text = plan(
      'Improve the paging rules so the right person is woken at night.',
      '![The paging flow](/img/paging.png)',
      'Own the rotation calendar in one place.',
      'Establish a weekend rota for the release pipeline.',
    );
    assert.deepEqual(texts(text), ['Improve the paging rules', 'Own the rotation calenda', 'Establish a weekend rota']);
  });

  it('leaves a lone order-like paragraph among narrative ones, requests to readers and a mission statement', () => {
    const lone = plan(
      'Mistakes cost us a day of releases.',
      'Have a spare signing key ready in the vault.',
      'The vault was locked while its keeper travelled.',
      'Establish a weekend rota for the release pipeline.',
    );
    assert.deepEqual(texts(lone), ['Establish a weekend rota']);
    const asides = plan(
      'Improve the paging rules so the right person is woken at night.',
      'Establish a weekend rota for the release pipeline.',
      'Please sign in again to refresh your token.',
      'Our mission is a release process that anyone can run.',
      'Thanks go to everyone who stayed late.',
    );
    assert.deepEqual(texts(asides), ['Improve the paging rules', 'Establish a weekend rota']);
  });
});
