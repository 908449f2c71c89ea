/**
 * Under a title that names the incident, the fix told as done ("the bug was fixed", "it has now
 * been fixed") answers the incident as a promise or an apology does. Every text here is written
 * for the test.
 */
import { strict as assert } from 'node:assert';
import { detection as taken, isTaken } from '../support/recognition';

const doc = (title: string, ...paragraphs: string[]) => [`# ${title}`, ...paragraphs].join('\n\n') + '\n';

describe('recognising a titled account whose answer is the fix told as done', () => {
  describe('shapes taken', () => {
    it('a founder tells the outage they caused yesterday and that the bug was fixed', () => {
      const text = doc(
        'I broke checkout for my shop owners yesterday and took down their stores for ten minutes',
        'My plugin sits in front of the payment page of a few hundred small shops.',
        'Yesterday a wrong comparison in a release sent every buyer to an error page, so the stores lost their sales for ten minutes.',
        'I turned the servers off as soon as I saw the tickets, wrote a patch, and checked on staging that the bug was fixed before going live again.',
      );
      assert.equal(taken(text), 'content');
    });

    it('a topic of disruptions whose entry gives the cause and says it has now been fixed', () => {
      const text = doc(
        'Service disruptions',
        'When: 2024-03-09 22:10 CET',
        'What happened: the radio site was offline for about six minutes during a window we had set for maintenance of the chat.',
        'A build that had not finished was deployed twice due to a slow compiler on our side.',
        'The deploy script has now been fixed.',
      );
      assert.equal(taken(text), 'content');
    });
  });

  describe('look-alikes left alone', () => {
    it('a release note whose title names an outage, the fix shipped in a version', () => {
      const text = doc(
        'Upload outage fix',
        'Version 2.4.1 is out.',
        'Last week some of you saw our uploads stop; a bug that caused the token refresh to fail was fixed in 2.4.1.',
        'Upgrade from the settings page.',
      );
      assert.equal(isTaken(text), false);
    });

    it('an outage named in a question, the fix given as a case', () => {
      const text = doc(
        'Why does the app show downtime after an update?',
        'Some phones keep an old token after an update, due to the way the store installs apps.',
        'If the token was fixed by signing out and in again, nothing else is needed.',
      );
      assert.equal(isTaken(text), false);
    });

    it('a fixed bug under a title that names no incident', () => {
      const text = doc(
        'Export improvements',
        'The export crashed on very long names because of a buffer limit.',
        'We fixed that and the export now handles names of any length.',
      );
      assert.equal(isTaken(text), false);
    });
  });
});
