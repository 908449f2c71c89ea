/**
 * The protocol owns the public model's type: what `publicModel` returns must be exactly
 * `PublicModel` (checked by the type checker, both ways), and the README's fields are there.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { publicModel } from '../../server/src/analysis/model/public-model';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import type { PublicModel } from '../../server/src/protocol';
import { PUBLIC_MODEL_KEYS } from '../support/public-model';

type Built = ReturnType<typeof publicModel>;
/** True only when A and B are the same type. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same: Same<Built, PublicModel> = true;

describe('the public model type', () => {
  it('is the one protocol.ts declares, kind included', () => {
    assert.equal(same, true);
    const text = '# Pre-Mortem: Checkout\n\n## Risks\n\n- [ ] Add a canary (owner: Ana Lima, due 2027-01-04)\n';
    const model: PublicModel = publicModel('premortems/checkout.md', analyzeDocument(text, 'premortems/checkout.md', defaultSettings()));
    assert.equal(model.kind, 'premortem');
    assert.deepEqual(Object.keys(model), PUBLIC_MODEL_KEYS);
  });
});
