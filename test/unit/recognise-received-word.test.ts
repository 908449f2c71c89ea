/**
 * "Received" tells the past as "noticed" or "detected" do: a report whose failure is told only as
 * word received ("I received a message that the disk was wiped by a fault") tells it gone by. A
 * case put with it stays a case. Every text here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { detection, isTaken } from '../support/recognition';

const lines = (...parts: string[]) => parts.join('\n\n') + '\n';

describe('a failure told through word received', () => {
  it('takes a short status page that received word of a fault that erased its data', () => {
    const text = lines(
      '# Server status',
      '## What happened?',
      'On Friday I received a message from our host that a fault in their storage erased the whole disk, due to a firmware update.',
      '## What now?',
      'The server is back online from the backup of the week before.',
    );
    assert.equal(detection(text), 'content');
  });

  it('leaves a help page that puts the case of an error message received', () => {
    const text = lines(
      '# Signing in',
      'If you received an error when signing in, clear the cache of the browser and try again.',
      'Due to a limit on attempts, wait a minute between tries. We will answer any mail within a day.',
    );
    assert.equal(isTaken(text), false);
  });
});
