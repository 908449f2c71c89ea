/**
 * A part of the plan that records the response ("### Immediate (completed)") holds the steps taken
 * during the incident, which are not follow-up work; a ticked box there that names the lasting fix
 * ("deploy the systematic fix to prevent recurrence") is follow-up work, done. Every document here
 * is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

function read(text: string): { text: string; done: boolean }[] {
  return analyzeDocument(text, 'postmortems/2026-06-01-test.md', defaultSettings()).model.actionItems.map((i) => ({ text: i.text, done: i.done }));
}

describe('action items: the lasting fix among the steps of the response', () => {
  it('takes the ticked box that prevents a recurrence, not the recovery steps beside it', () => {
    const text = [
      '# Relay address lost',
      '',
      '## Follow-up',
      '',
      '### Immediate (completed)',
      '- [x] put the address back on the loopback',
      '- [x] restart the routing daemon',
      '- [x] roll out the generator fix so this cannot happen again',
      '',
      '### Next weeks',
      '- [ ] add an outside probe for the relay address',
      '',
    ].join('\n');
    assert.deepEqual(read(text), [
      { text: 'roll out the generator fix so this cannot happen again', done: true },
      { text: 'add an outside probe for the relay address', done: false },
    ]);
  });

  it('takes nothing from a record of the response that names no lasting fix', () => {
    const text = [
      '# Relay address lost',
      '',
      '## Follow-up',
      '',
      '### Immediate (completed)',
      '- [x] put the address back on the loopback',
      '- [x] restart the routing daemon',
      '',
    ].join('\n');
    assert.deepEqual(read(text), []);
  });
  it('keeps a lone done stage, or one over prose, a record of the response', () => {
    for (const body of [
      ['### Immediate (completed)', '- [x] put the address back on the loopback', '', '### Next weeks', '- [ ] add an outside probe for the relay address'],
      [
        '### Immediate (completed)',
        'We did these by hand:',
        '',
        '- [x] put the address back on the loopback',
        '',
        '### Long term',
        '- [ ] add an outside probe for the relay address',
      ],
    ]) {
      const text = ['# Relay address lost', '', '## Follow-up', '', ...body, ''].join('\n');
      assert.deepEqual(read(text), [{ text: 'add an outside probe for the relay address', done: false }], body[0]);
    }
  });
});
