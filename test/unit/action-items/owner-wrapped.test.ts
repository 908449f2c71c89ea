/**
 * A bullet wrapped at a fixed width may leave its "OWNER:" key at the end of one line and the
 * owner's name at the start of the next. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { scanTokens } from '../../../server/src/analysis/model/action-items/tokens';

function read(text: string): { owner: string | null; done: boolean }[] {
  return analyzeDocument(text, 'postmortems/2026-06-01-test.md', defaultSettings()).model.actionItems.map((i) => ({ owner: i.owner, done: i.done }));
}

describe('action items: an owner on the line after its key', () => {
  it('reads the owner and status that open the continuation line', () => {
    const text = [
      '# Installer regression',
      '',
      '## Action items',
      '',
      '- The installer should refuse a config file that was only half written. OWNER:',
      '  kim@ (DONE).',
      '- The installer should keep a backup of the last good config. OWNER: lee@.',
      '- The release checklist should list the installer smoke test. Owner:',
      '  Sam Rivera',
      '',
    ].join('\n');
    assert.deepEqual(read(text), [
      { owner: 'kim@', done: true },
      { owner: 'lee@', done: false },
      { owner: 'Sam Rivera', done: false },
    ]);
  });

  it('reads the same with Windows line ends, and reads no owner from a key left empty at the end', () => {
    assert.equal(scanTokens('Keep a backup. Owner:\r\n  Ana').owner?.value, 'Ana');
    assert.equal(scanTokens('Keep a backup. Owner:').owner, null);
  });
});
