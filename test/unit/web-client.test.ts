import { strict as assert } from 'node:assert';
import { viewMessage } from '../../client/src/features/action-items-model';
import { relativeInside, WEB_PLATFORM } from '../../client/src/platform';

describe('the web client', () => {
  it('says above the Action Items view how many files the index could not read, and whose items it shows', () => {
    assert.equal(viewMessage(undefined, 0), undefined);
    assert.equal(viewMessage(['Ana'], 0), 'Items owned by Ana.');
    assert.equal(viewMessage(undefined, 1), '1 file could not be read and is not listed (see the Post-Mortem output).');
    assert.equal(
      viewMessage(['Ana', 'ana@example.com'], 3),
      'Items owned by Ana or ana@example.com. 3 files could not be read and are not listed (see the Post-Mortem output).',
    );
  });

  it('explains in words, without an error, why "My Items" cannot read git in the browser', async () => {
    const identity = await WEB_PLATFORM.gitIdentity();
    assert.ok('unavailable' in identity);
    assert.match(identity.unavailable, /postmortem\.me/);
  });

  it('takes paths inside a workspace folder, on disk and in a virtual folder, and nothing outside it', () => {
    assert.equal(relativeInside('/w', '/w/postmortems/db.md'), 'postmortems/db.md');
    assert.equal(relativeInside('/', '/postmortems/db.md'), 'postmortems/db.md');
    assert.equal(relativeInside('C:\\w', 'c:\\w\\exports\\items.csv'), 'exports/items.csv');
    assert.equal(relativeInside('/w', '/work/x.md'), undefined);
    assert.equal(relativeInside('/w', '/w'), undefined);
  });
});
