import { strict as assert } from 'node:assert';
import { readCatalogInfo } from '../../server/src/analysis/model/facts/catalog';
import { readYaml, YamlError, yamlDocuments } from '../../server/src/analysis/model/yaml';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { fastest } from '../support/engine-properties';

const settings = defaultSettings();
const model = (text: string) => analyzeDocument(text, 'postmortems/x.md', settings).model;

const fails = (text: string, firstLine?: number): YamlError => {
  try {
    readYaml(text, firstLine);
  } catch (error) {
    assert.ok(error instanceof YamlError, String(error));
    return error;
  }
  assert.fail('read without error');
};

describe('YAML (front matter and catalogues)', () => {
  it('reads the core schema: dates and yes/no stay words, numbers and true/null are values', () => {
    assert.deepEqual(readYaml('date: 2026-03-01\nat: 2026-03-01T10:00:00Z\nok: yes\nsev: 2\nratio: 1.5\ndone: true\nowner: ~\ntime: 12:30\nversion: 1_000\n'), {
      date: '2026-03-01',
      at: '2026-03-01T10:00:00Z',
      ok: 'yes',
      sev: 2,
      ratio: 1.5,
      done: true,
      owner: null,
      time: '12:30',
      version: '1_000',
    });
    assert.equal(readYaml(''), undefined);
    assert.equal(readYaml('# only a comment\n') ?? undefined, undefined);
  });

  it('reads a tag it does not know as if untagged, and an explicit timestamp as a date', () => {
    assert.deepEqual(readYaml('service: !ref checkout\nteams: !list [a, b]\nmeta: !!python/dict {k: v}\n'), {
      service: 'checkout',
      teams: ['a', 'b'],
      meta: { k: 'v' },
    });
    const { when } = readYaml('when: !!timestamp 2026-03-01\n') as { when: Date };
    assert.ok(when instanceof Date);
    assert.equal(when.toISOString(), '2026-03-01T00:00:00.000Z');
  });

  it('refuses a key written twice, naming the line in the file', () => {
    const error = fails('title: A\nseverity: SEV2\ntitle: B\n', 10);
    assert.match(error.message, /duplicated mapping key at line 12, column 1/);
    assert.equal(error.line, 12);
  });

  it('follows aliases, and refuses a document whose aliases would make a walk of it explode, in bounded time', () => {
    assert.deepEqual(readYaml('base: &b {team: db}\nfirst: *b\nsecond: *b\n'), { base: { team: 'db' }, first: { team: 'db' }, second: { team: 'db' } });
    // Each level names the one before nine times: 9^12 leaves, a few hundred bytes of text.
    const levels = ['l0: &l0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 12; i++) levels.push(`l${i}: &l${i} [${Array.from({ length: 9 }, () => `*l${i - 1}`).join(', ')}]`);
    const bomb = levels.join('\n') + '\n';
    let error: YamlError | undefined;
    const ms = fastest(() => (error = fails(bomb)), 1);
    assert.match(error!.message, /aliases repeat too much of it/);
    assert.ok(ms < 200, `${ms.toFixed(0)} ms`);
    // Each anchor of a chain names the one before: the walk grows with the square of its length.
    const chain = (n: number) => ['a0: &a0 [x]', ...Array.from({ length: n }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}]`)].join('\n');
    assert.equal(Object.keys(readYaml(chain(100)) as object).length, 101);
    assert.match(fails(chain(200)).message, /aliases repeat too much of it/);
    assert.match(fails('a: &a [1, *a]\n').message, /refers to the node that holds it/);
    // A hundred uses of a small anchor, as a template's defaults might be, are fine.
    const uses = ['d: &d {owner: ops, due: 2026-04-01}', ...Array.from({ length: 100 }, (_, i) => `k${i}: *d`)].join('\n');
    assert.equal(Object.keys(readYaml(uses) as object).length, 101);
  });

  it('cuts a stream into documents at its --- and ... lines, with each one’s first line', () => {
    assert.deepEqual(yamlDocuments('# head\n---\na: 1\n---\nb: 2\n...\n# between\n---\n'), [
      { text: '# head\n---\na: 1\n', line: 1 },
      { text: '---\nb: 2\n...\n', line: 4 },
      { text: '# between\n---\n', line: 7 },
    ]);
    assert.deepEqual(yamlDocuments('a: 1\n'), [{ text: 'a: 1\n', line: 1 }]);
    assert.deepEqual(yamlDocuments('--- !tag\nx\n'), [{ text: '--- !tag\nx\n', line: 1 }]);
    assert.deepEqual(yamlDocuments('text: |\n  ---not a marker\n'), [{ text: 'text: |\n  ---not a marker\n', line: 1 }]);
    assert.deepEqual(yamlDocuments(''), []);
    assert.deepEqual(yamlDocuments('# nothing\n'), []);
  });

  it('keeps the entities of a catalogue around a broken one, which is named by document and line', () => {
    const text = ['kind: Component', 'metadata:', '  name: a', '---', 'kind: [unclosed', '---', 'kind: Component', 'metadata:', '  name: b', '  name: c'].join(
      '\n',
    );
    const { services, problems } = readCatalogInfo(text, 'catalog-info.yaml');
    assert.deepEqual(
      services.map((s) => s.name),
      ['a'],
    );
    assert.deepEqual(
      problems.map((p) => [p.key, p.message.replace(/:.*? at line (\d+).*/, ' at line $1')]),
      [
        ['document 2', 'is not valid YAML at line 6'],
        ['document 3', 'is not valid YAML at line 10'],
      ],
    );
  });

  it('says where front matter breaks, by the line of the document', () => {
    const m = model('---\ntitle: A\ntitle: B\n---\n# Post-mortem: A\n');
    assert.match(m.frontMatter!.error!, /^The front matter is not valid YAML: duplicated mapping key at line 3, column 1/);
    assert.deepEqual(m.frontMatter!.data, {});
  });
});
