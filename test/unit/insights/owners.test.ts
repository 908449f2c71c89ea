import { strict as assert } from 'node:assert';
import { computeInsights } from '../../../server/src/insights/compute';
import { OwnerCounter, ownerKey } from '../../../server/src/insights/owners';
import { postmortem, summarise, TODAY } from './archive';

function overdueByOwner(items: string[][]): [string, number][] {
  const files = items.map((list, n): [string, string] => [
    `postmortems/${n}.md`,
    postmortem({ title: `Incident ${n}`, date: `2026-0${n + 1}-10`, severity: 'SEV2', items: list }),
  ]);
  return computeInsights(summarise(files), { today: TODAY, timeZone: 'UTC' }).followUp.overdueByOwner.map((c) => [c.label, c.count]);
}

describe('insights: owners counted as people', () => {
  it('a handle and a display name are one key exactly when their letters are the same', () => {
    const omar = ownerKey('Omar Haddad');
    for (const same of ['@omar.haddad', 'omar.haddad', '@omar_haddad', 'omar-haddad', 'OmarHaddad', ' omar  haddad ', 'omar.haddad@example.com'])
      assert.equal(ownerKey(same), omar, same);
    for (const other of ['@ohaddad', 'Omar', '@haddad', 'Omar Haddad-Lima', 'omar.haddad2']) assert.notEqual(ownerKey(other), omar, other);
    assert.equal(ownerKey('José García'), ownerKey('@jose.garcia'));
  });

  it('labels an owner with the form written most often, a display name on a tie', () => {
    const counter = new OwnerCounter();
    const ref = { doc: 0, line: 1 };
    counter.add('@omar.haddad', ref);
    counter.add('Omar Haddad', ref);
    counter.add('@ana', ref);
    counter.add('@ana', ref);
    counter.add('Ana', ref);
    counter.add(null, ref);
    assert.deepEqual(
      counter.list().map((c) => [c.key, c.label, c.count]),
      [
        ['omarhaddad', 'Omar Haddad', 2],
        ['ana', '@ana', 3],
        ['', 'No owner', 1],
      ],
    );
  });

  it('overdue per owner counts "Omar Haddad", "@omar.haddad" and "omar.haddad" once, and "@ohaddad" apart', () => {
    assert.deepEqual(
      overdueByOwner([
        ['- [ ] Alert on queue depth (owner: Omar Haddad, due: 2026-03-01)', '- [ ] Cap the retries (owner: @omar.haddad, due: 2026-03-02)'],
        ['- [ ] Write the failover runbook (owner: omar.haddad, due: 2026-04-01)', '- [ ] Rotate the keys (owner: Omar Haddad, due: 2026-04-02)'],
        ['- [ ] Add a canary stage (owner: @ohaddad, due: 2026-05-01)'],
      ]),
      [
        ['Omar Haddad', 4],
        ['@ohaddad', 1],
      ],
    );
  });

  it('shows the handle when the handle is what the team writes most', () => {
    assert.deepEqual(
      overdueByOwner([
        ['- [ ] Alert on queue depth (owner: @omar.haddad, due: 2026-03-01)', '- [ ] Cap the retries (owner: @omar.haddad, due: 2026-03-02)'],
        ['- [ ] Rotate the keys (owner: Omar Haddad, due: 2026-04-02)'],
      ]),
      [['@omar.haddad', 3]],
    );
  });
});
