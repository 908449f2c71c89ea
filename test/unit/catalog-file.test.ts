import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATALOG_SEARCH_LIMITS, forgetCatalogSearches as forgetServerCatalogSearches, readCatalogsUnderIn } from '../../server/src/catalog-file';
import { resolveSettingsIn } from '../../server/src/config-file';
import { NodeFiles } from '../../server/src/node/files';
import { findCatalogFiles, forgetDiskCatalogSearches as forgetCatalogSearches, readCatalogsUnder } from '../../server/src/node/catalog-search';
import { resolveSettings } from '../../server/src/node/config-file';
import { isConfigFileChange } from '../../server/src/settings-provider';

const component = (name: string, title?: string) =>
  `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\n${title ? `  title: ${title}\n` : ''}spec:\n  type: service\n`;

describe('Backstage catalogue files in the workspace', () => {
  let root: string;
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'pm-catalog-'));
    forgetCatalogSearches();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds catalogue files at any depth, shallowest first, and skips dependencies, hidden folders and links', () => {
    write('catalog-info.yaml', component('shop'));
    write('services/payments/catalog-info.yml', component('payments-api'));
    write('services/orders/api/catalog-info.yaml', component('orders-service'));
    write('node_modules/some-lib/catalog-info.yaml', component('some-lib'));
    write('.git/catalog-info.yaml', component('in-git'));
    write('.cache/catalog-info.yaml', component('in-cache'));
    write('docs/catalog-info.yaml.bak', component('backup'));
    mkdirSync(join(root, 'elsewhere'));
    write('elsewhere/linked/catalog-info.yaml', component('linked'));
    symlinkSync(join(root, 'elsewhere', 'linked'), join(root, 'services', 'link'), 'dir');
    const { files, tooMany, truncated } = findCatalogFiles(root);
    assert.deepEqual(
      files.map((file) => file.slice(root.length + 1)),
      [
        'catalog-info.yaml',
        join('elsewhere', 'linked', 'catalog-info.yaml'),
        join('services', 'payments', 'catalog-info.yml'),
        join('services', 'orders', 'api', 'catalog-info.yaml'),
      ],
    );
    assert.equal(tooMany, false);
    assert.equal(truncated, false);
  });

  it('reads at most maxFiles catalogue files and says so, naming the folder', () => {
    for (let i = 0; i < 5; i++) write(`team-${i}/catalog-info.yaml`, component(`svc-${i}`));
    const limits = { ...CATALOG_SEARCH_LIMITS, maxFiles: 3 };
    const search = findCatalogFiles(root, limits);
    assert.equal(search.files.length, 3);
    assert.equal(search.tooMany, true);
    const read = readCatalogsUnder(root, limits);
    assert.deepEqual(
      read.services.map((s) => s.name),
      ['svc-0', 'svc-1', 'svc-2'],
    );
    assert.equal(read.problems.length, 1);
    assert.equal(read.problems[0].source, root);
    assert.match(read.problems[0].message, /more than 3 catalog-info\.yaml files; the components of the first 3 \(the shallowest\) are used/);
  });

  it('stops at the folder and depth limits, keeping what it found', () => {
    write('a/catalog-info.yaml', component('a'));
    write('b/c/d/e/catalog-info.yaml', component('deep'));
    const shallow = findCatalogFiles(root, { ...CATALOG_SEARCH_LIMITS, maxDepth: 2 });
    assert.deepEqual(
      shallow.files.map((file) => file.slice(root.length + 1)),
      [join('a', 'catalog-info.yaml')],
    );
    assert.equal(shallow.truncated, true);
    const few = findCatalogFiles(root, { ...CATALOG_SEARCH_LIMITS, maxFolders: 2 });
    assert.deepEqual(
      few.files.map((file) => file.slice(root.length + 1)),
      [join('a', 'catalog-info.yaml')],
    );
    assert.equal(few.truncated, true);
  });

  it('lists a wide workspace within the folder limit', () => {
    for (let i = 0; i < 300; i++) mkdirSync(join(root, `f${i}`, 'g'), { recursive: true });
    write('f299/g/catalog-info.yaml', component('last'));
    const limits = { ...CATALOG_SEARCH_LIMITS, maxFolders: 100 };
    const search = findCatalogFiles(root, limits);
    assert.equal(search.truncated, true);
    assert.deepEqual(search.files, []);
  });

  it('adds the components found in the workspace folder to the settings, once each, after the configured services', () => {
    write('.postmortemrc.json', JSON.stringify({ services: [{ name: 'payments-api', aliases: ['payments'] }] }));
    write('catalog-info.yaml', component('shop', 'The Shop'));
    write('services/payments/catalog-info.yaml', component('payments-api', 'Payments API'));
    write('services/orders/catalog-info.yaml', component('orders-service') + '---\n' + component('shop'));
    const { settings, problems } = resolveSettings(undefined, join(root, '.postmortemrc.json'), root);
    assert.deepEqual(problems, []);
    assert.deepEqual(settings.facts.services, [
      { name: 'payments-api', aliases: ['payments'] },
      { name: 'shop', aliases: ['The Shop'] },
      { name: 'orders-service', aliases: [] },
    ]);
  });

  it('reports a broken catalogue found in the workspace once, by its file', () => {
    write('.postmortemrc.json', '{}');
    write('catalog-info.yaml', 'kind: [unclosed\n');
    write('svc/catalog-info.yaml', component('ok'));
    const { settings, problems } = resolveSettings(undefined, join(root, '.postmortemrc.json'), root);
    assert.deepEqual(
      problems.map((p) => p.source),
      [join(root, 'catalog-info.yaml')],
    );
    assert.deepEqual(
      settings.facts.services.map((s) => s.name),
      ['ok'],
    );
  });

  it('still reads the catalogue beside the config file when no workspace folder is given', () => {
    write('.postmortemrc.json', '{}');
    write('catalog-info.yaml', component('shop'));
    write('svc/catalog-info.yaml', component('nested'));
    assert.deepEqual(
      resolveSettings(undefined, join(root, '.postmortemrc.json')).settings.facts.services.map((s) => s.name),
      ['shop'],
    );
  });

  it('keeps a search until it is forgotten, as when the watcher reports a catalogue file', () => {
    write('a/catalog-info.yaml', component('first'));
    assert.deepEqual(
      readCatalogsUnder(root).services.map((s) => s.name),
      ['first'],
    );
    write('b/catalog-info.yaml', component('second'));
    assert.deepEqual(
      readCatalogsUnder(root).services.map((s) => s.name),
      ['first'],
    );
    assert.equal(isConfigFileChange(`file://${join(root, 'b', 'catalog-info.yaml')}`), true);
    assert.equal(isConfigFileChange(`file://${join(root, 'b', 'catalog-info.yml')}`), true);
    assert.equal(isConfigFileChange(`file://${join(root, 'b', 'my-catalog-info.yaml')}`), false);
    forgetCatalogSearches();
    assert.deepEqual(
      readCatalogsUnder(root).services.map((s) => s.name),
      ['first', 'second'],
    );
  });

  it("the server's reading through the workspace's files agrees with the CLI's reading from the disk", async () => {
    // Each reads its own copy (readings are kept by path), so both read every file; paths are compared from the copy's folder.
    const copies = { server: root, cli: mkdtempSync(join(tmpdir(), 'pm-catalog-cli-')) };
    try {
      for (const at of Object.values(copies)) {
        const put = (path: string, text: string) => {
          mkdirSync(join(at, path, '..'), { recursive: true });
          writeFileSync(join(at, path), text);
        };
        put('.postmortemrc.json', JSON.stringify({ services: [{ name: 'payments-api', aliases: ['payments'] }] }));
        put('catalog-info.yaml', component('shop', 'The Shop'));
        put('services/payments/catalog-info.yaml', component('payments-api', 'Payments API'));
        put('services/orders/catalog-info.yml', component('orders-service'));
        put('services/broken/catalog-info.yaml', 'kind: [unclosed\n');
        put('services/huge/catalog-info.yaml', `# padding\n`.repeat(110_000));
        put('teams/a/catalog-info.yaml', component('team-a'));
        put('teams/b/catalog-info.yaml', component('team-b'));
        put('teams/c/catalog-info.yaml', component('team-c'));
      }
      const files = new NodeFiles();
      const relative = (at: string, value: unknown) => JSON.parse(JSON.stringify(value).split(at).join('<root>')) as unknown;
      const config = (at: string) => join(at, '.postmortemrc.json');
      // The whole workspace folder; then a folder below the config file, whose catalogue is read beside it.
      for (const folder of ['', 'services']) {
        forgetServerCatalogSearches();
        forgetCatalogSearches();
        const server = await resolveSettingsIn(files, undefined, config(copies.server), join(copies.server, folder));
        const cli = resolveSettings(undefined, config(copies.cli), join(copies.cli, folder));
        assert.deepEqual(relative(copies.server, server), relative(copies.cli, cli), `folder "${folder}"`);
        assert.ok(server.settings.facts.services.some((s) => s.name === 'orders-service'));
        assert.ok(server.settings.facts.services.some((s) => s.name === 'shop'));
        assert.deepEqual(server.problems.map((p) => p.source.slice(copies.server.length + 1)).sort(), [
          'services/broken/catalog-info.yaml',
          'services/huge/catalog-info.yaml',
        ]);
      }
      // More catalogue files than are read: the same first files and the same problem.
      const limits = { ...CATALOG_SEARCH_LIMITS, maxFiles: 2 };
      const server = await readCatalogsUnderIn(files, join(copies.server, 'teams'), limits);
      const cli = readCatalogsUnder(join(copies.cli, 'teams'), limits);
      assert.deepEqual(relative(copies.server, server), relative(copies.cli, cli));
      assert.deepEqual(
        server?.problems.map((p) => p.source),
        [join(copies.server, 'teams')],
      );
    } finally {
      rmSync(copies.cli, { recursive: true, force: true });
    }
  });
});
