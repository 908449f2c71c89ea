/**
 * A short bold title over sub-bullets ("1. **Write a rollback runbook**" over what it covers) is an
 * item when it names work, or when most titles of its list do: a short title is a group label
 * ("**Alerts**", "**Short term**") only beside titles that name no work. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { items, postmortem } from './helpers';

const texts = (body: string) => items(postmortem(body)).map((i) => i.text);

describe('action items: bold titles over sub-bullets', () => {
  it('takes a short title that names work as an item, and its tasks beside it', () => {
    const body = [
      '1. **Add canary checks for uploads**',
      '   - Error rate per region',
      '   - Latency of the first byte',
      '',
      '2. **Write rollback runbook**',
      '   - Rollback of the upload service',
      '   - Cleanup of half-written blobs',
      '',
      '3. **Quota config validation**',
      '   - Reject a quota of zero at load time',
      '   - Check limits against the schema in CI',
    ].join('\n');
    const got = texts(body);
    for (const title of ['Add canary checks for uploads', 'Write rollback runbook', 'Quota config validation'])
      assert.ok(got.includes(title), `${title} in ${JSON.stringify(got)}`);
    assert.ok(got.includes('Reject a quota of zero at load time'));
    assert.ok(got.includes('Check limits against the schema in CI'));
  });

  it('takes one short title that names work even with no sibling', () => {
    const got = texts(['- **Rotate signing keys**', '  - Staging first', '  - Then production'].join('\n'));
    assert.equal(got[0], 'Rotate signing keys');
  });

  it('leaves short titles that name no work as group labels', () => {
    const body = ['- **Short term**', '  - Add a disk alert on the queue hosts', '- **Long term**', '  - Move the queue to managed storage'].join('\n');
    assert.deepEqual(texts(body), ['Add a disk alert on the queue hosts', 'Move the queue to managed storage']);
    const labels = [
      '1. **Alerting**',
      '   - Page on queue depth',
      '2. **Storage**',
      '   - Move the queue to managed storage',
      '3. **Runbooks**',
      '   - Document the failover',
    ].join('\n');
    assert.deepEqual(texts(labels), ['Page on queue depth', 'Move the queue to managed storage', 'Document the failover']);
  });

  it('keeps a colon-ended title a label, and copes with an empty title', () => {
    assert.deepEqual(texts(['- **Fix the retries:**', '  - Cap retries at five', '  - Add jitter'].join('\n')).slice(-2), [
      'Cap retries at five',
      'Add jitter',
    ]);
    assert.doesNotThrow(() => texts(['- ****', '  - Add jitter', '- **  **', '  -'].join('\n')));
  });
});
