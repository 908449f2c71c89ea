/**
 * Two sentences of prose that promise nothing the authors will build: a request made to the
 * readers in so many words ("we must ask our desktop users to reinstall …"), and a
 * commitment to a value or a state kept ("We are committed to keeping the service free"). Every
 * document here is written for the test; a request still to be sent ("We will ask all users to
 * …") stays an item.
 */
import { strict as assert } from 'node:assert';
import { items as readItems } from './helpers';

function texts(text: string): string[] {
  return readItems(text).map((i) => i.text);
}

function story(...paragraphs: string[]): string {
  return [
    '# Sync client outage',
    '',
    '## What happened',
    '',
    'A bad release of the sync client logged everyone out.',
    '',
    ...paragraphs.flatMap((p) => [p, '']),
  ].join('\n');
}

describe('action items: requests to readers and commitments to values are not work', () => {
  it('reads no item from the request itself, nor from a mission kept', () => {
    const text = story(
      'The fixed build is out. Sadly, we need to ask all our desktop users to sign in again once it has installed.',
      'We urge node operators to upgrade before Friday.',
      '**Free for everyone:** We are committed to keeping the client free for all users. Donations keep the servers running.',
      'We remain committed to transparency about what went wrong.',
    );
    assert.deepEqual(texts(text), []);
  });

  it('keeps, in a plan, a request still to be sent, and not a mission kept nor the request itself', () => {
    const text = [
      '# Sync client outage',
      '',
      '## What we are changing',
      '',
      'We will ask all affected users to rotate their tokens through a notice in the app.',
      '',
      'We are committed to keeping the client free for all users, and we hope it stays so.',
      '',
      'For now, we must ask our desktop users to sign in again.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['We will ask all affected users to rotate their tokens through a notice in the app.']);
  });
});
