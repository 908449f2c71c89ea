import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection } from '../../support/causes';

const section = withSection('Outage of the payment page');

describe('facts: contributing factors told as word not given or not heeded', () => {
  it('reads a change or a stop that came without notice as a communication breakdown', () => {
    assert.deepEqual(cats(...section('What happened', 'The card vendor retired its old endpoint without advance notice, and every checkout failed.')), [
      'communication_breakdown',
    ]);
    assert.deepEqual(cats(...section('What happened', 'Our hosting box was rebooted by the provider overnight without any notice.')), [
      'communication_breakdown',
    ]);
    assert.deepEqual(cats(...section('Root cause', 'the upstream team flipped the flag WITHOUT NOTICE;')), ['communication_breakdown']);
    // A warning the system gave, or a notice that was given, tells nobody left untold.
    assert.deepEqual(cats(...section('What happened', 'The disk filled up without warning around noon.')), []);
    assert.deepEqual(cats(...section('What went well', 'The vendor gave us two weeks of notice before the change.')), []);
  });

  it('reads an act taken despite earlier exchanges as a communication breakdown', () => {
    assert.deepEqual(cats(...section('What happened', '- Despite previous e-mails about this port, the host suspended our box again.')), [
      'communication_breakdown',
    ]);
    assert.deepEqual(cats(...section('Root cause', 'The registrar locked the domain despite repeated tickets explaining the transfer.')), [
      'communication_breakdown',
    ]);
    // Despite a rise in requests, or despite a discussion that went well, nobody was left unheard.
    assert.deepEqual(cats(...section('What happened', 'Despite many requests per second, the cache held.')), []);
    assert.deepEqual(cats(...section('What went well', 'Despite the late hour, the discussion with the vendor was quick.')), []);
  });
});
