import { strict as assert } from 'node:assert';
import { readCatalogInfo } from '../../../server/src/analysis/model/facts/catalog';
import { mergeSettings, normaliseLayer } from '../../../server/src/analysis/base/settings';
import { fastest } from '../../support/engine-properties';

const normalise = (raw: unknown) => {
  const { layer, problems } = normaliseLayer(raw, '.postmortemrc.json', new Map());
  return { settings: mergeSettings([layer]).facts, problems: problems.map((p) => `${p.key}: ${p.message}`) };
};

describe('fact settings', () => {
  it('reads services, taxonomy, time zone, thresholds and severity scale', () => {
    const { settings, problems } = normalise({
      services: ['checkout', { name: 'billing-api', aliases: ['Billing'] }],
      taxonomy: { categories: ['Process gap', { id: 'vendor_failure', aliases: ['vendor'] }], triggers: ['change'] },
      insights: { timeZone: 'Europe/Berlin' },
      detectionThreshold: 10,
      mitigationThreshold: 30,
      severityScale: { 'P-0': 1 },
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(settings.services, [
      { name: 'checkout', aliases: [] },
      { name: 'billing-api', aliases: ['Billing'] },
    ]);
    assert.deepEqual(
      settings.categories.map((c) => c.id),
      ['process_gap', 'vendor_failure'],
    );
    assert.deepEqual(
      settings.triggers.map((c) => c.id),
      ['change'],
    );
    assert.equal(settings.timeZone, 'Europe/Berlin');
    assert.equal(settings.detectionThreshold, 10);
    assert.equal(settings.mitigationThreshold, 30);
    assert.equal(settings.severityScale.p0, 1);
    assert.equal(settings.severityScale.critical, 1, 'the default words stay');
  });

  it('names the key of every value it cannot use and keeps the default for it', () => {
    const { settings, problems } = normalise({
      services: 'checkout',
      taxonomy: { categories: 'process', colours: [] },
      insights: { timeZone: 'Mars/Olympus' },
      detectionThreshold: -5,
      severityScale: { P0: 'high' },
    });
    assert.equal(settings.services.length, 0);
    assert.equal(settings.categories.length, 5);
    assert.equal(settings.timeZone, 'UTC');
    assert.equal(settings.detectionThreshold, 15);
    for (const key of ['services', 'taxonomy.categories', 'taxonomy.colours', 'insights.timeZone', 'detectionThreshold', 'severityScale.P0']) {
      assert.ok(
        problems.some((p) => p.startsWith(`${key}: `)),
        `${key} is named in ${problems.join(' / ')}`,
      );
    }
  });

  it('takes a catalogue of 10,000 services, and says where it stops past the limit', () => {
    assert.equal(normalise({ services: Array.from({ length: 10_000 }, (_, i) => `svc-${i}`) }).settings.services.length, 10_000);
    const over = normalise({ services: Array.from({ length: 20_001 }, (_, i) => `svc-${i}`) });
    assert.equal(over.settings.services.length, 20_000);
    assert.ok(over.problems.some((p) => /more than 20000 services/.test(p)));
  });
});

describe('catalog-info.yaml', () => {
  it('reads the components of a multi-document catalogue, with their titles as other names', () => {
    const text = [
      'apiVersion: backstage.io/v1alpha1',
      'kind: Component',
      'metadata:',
      '  name: checkout',
      '  title: Checkout Service',
      '---',
      'kind: Group',
      'metadata:',
      '  name: payments-team',
      '---',
      'kind: System',
      'metadata:',
      '  name: storefront',
    ].join('\n');
    const { services, problems } = readCatalogInfo(text, 'catalog-info.yaml');
    assert.deepEqual(services, [
      { name: 'checkout', aliases: ['Checkout Service'] },
      { name: 'storefront', aliases: [] },
    ]);
    assert.deepEqual(problems, []);
  });

  it('reports a file that is not YAML by file and document, and keeps the entities it could read', () => {
    const { services, problems } = readCatalogInfo('kind: Component\nmetadata:\n  name: ok\n---\nkind: [unclosed\n', 'svc/catalog-info.yaml');
    assert.deepEqual(
      services.map((s) => s.name),
      ['ok'],
    );
    assert.equal(problems.length, 1);
    assert.equal(problems[0].source, 'svc/catalog-info.yaml');
    assert.equal(problems[0].key, 'document 2');
  });

  it('does not read a 5 MB file, and says why', () => {
    const big = '# padding\n'.repeat(512 * 1024);
    let read: ReturnType<typeof readCatalogInfo> | undefined;
    // CPU time, not the clock: a busy machine's other work does not count.
    const ms = fastest(() => (read = readCatalogInfo(big, 'big/catalog-info.yaml')), 1);
    assert.ok(ms < 1000, `${ms.toFixed(0)} ms`);
    const { services, problems } = read!;
    assert.deepEqual(services, []);
    assert.match(problems[0].message, /larger than 1 MB/);
  });

  it('skips an entity with no name, naming the key', () => {
    const { problems } = readCatalogInfo('kind: Component\nmetadata:\n  title: Nameless\n', 'catalog-info.yaml');
    assert.equal(problems[0].key, 'document 1.metadata.name');
  });
});
