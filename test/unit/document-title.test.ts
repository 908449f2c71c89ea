/**
 * The title a document is listed by: front matter first (YAML `title:` or TOML `title =`), then
 * the title heading; never a section heading such as "Context" when the front matter has one.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument, documentTitle } from '../../server/src/analysis/model/build';
import { publicModel } from '../../server/src/analysis/model/public-model';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { analyseText } from '../../server/src/workspace/index-core';
import { fastest } from '../support/engine-properties';

const PATH = 'postmortems/2026-01-01-dns.md';
const BODY = '# Context\n\nA resolver was removed.\n\n## Summary\n\nLookups failed for an hour.\n';

const titleOf = (text: string) => documentTitle(analyzeDocument(text, PATH, defaultSettings()).model);

describe('document titles', () => {
  it('takes the YAML front matter title before the first heading', () => {
    const text = `---\ntitle: "Resolver removal broke lookups"\n---\n\n${BODY}`;
    assert.equal(titleOf(text), 'Resolver removal broke lookups');
    assert.equal(publicModel(PATH, analyzeDocument(text, PATH, defaultSettings())).title, 'Resolver removal broke lookups');
    assert.equal(analyseText(text, PATH, defaultSettings(), new Date(), 'outline').title, 'Resolver removal broke lookups');
  });

  it('takes the TOML front matter title, and reads its other keys as metadata', () => {
    const text = `+++\ntitle = "Resolver removal broke lookups"\ndate = 2026-01-01\nseverity = "SEV2"\n+++\n\n${BODY}`;
    const doc = analyzeDocument(text, PATH, defaultSettings());
    assert.equal(documentTitle(doc.model), 'Resolver removal broke lookups');
    const meta = Object.fromEntries(doc.model.metadata.map((f) => [f.canonical ?? f.key, f.value]));
    assert.equal(meta.date, '2026-01-01');
    assert.equal(meta.severity, 'SEV2');
    const severity = doc.model.metadata.find((f) => f.canonical === 'severity')!;
    assert.equal(text.slice(severity.start, severity.end), '"SEV2"', 'the value is pointed at where it is written');
  });

  it('falls back to the title heading, and to nothing when there is none', () => {
    assert.equal(titleOf('# Post-mortem: Resolver removal\n\n## Summary\n\nx\n'), 'Post-mortem: Resolver removal');
    assert.equal(titleOf('---\ntitle: ""\n---\n\n# Post-mortem: Resolver removal\n'), 'Post-mortem: Resolver removal');
    assert.equal(titleOf('## Summary\n\nx\n'), null);
  });

  it('survives broken and hostile TOML front matter', function () {
    // Two 200 KB documents are read; on a shared, loaded machine that can take a while.
    this.timeout(120_000);
    const broken = `+++\ntitle = "unterminated\n+++\n\n${BODY}`;
    const doc = analyzeDocument(broken, PATH, defaultSettings());
    assert.match(doc.model.frontMatter!.error!, /not valid TOML/);
    assert.equal(documentTitle(doc.model), 'Context');
    const deep = `+++\nx = ${'['.repeat(5000)}${']'.repeat(5000)}\n+++\n\n${BODY}`;
    assert.match(analyzeDocument(deep, PATH, defaultSettings()).model.frontMatter!.error!, /not valid TOML/);
    // 200 KB of TOML front matter costs about what the same YAML front matter costs.
    const keys = Array.from({ length: 8000 }, (_, i) => `k${i} = "${'v'.repeat(15)}"`).join('\n');
    // CPU time, not the clock: a busy machine's other work counts for neither.
    const time = (text: string) => {
      let keys = 0;
      const ms = fastest(() => (keys = analyzeDocument(text, PATH, defaultSettings()).model.metadata.length), 1);
      assert.equal(keys, 8000);
      return ms;
    };
    const yaml = time(`---\n${keys.replace(/ = /g, ': ')}\n---\n\n${BODY}`);
    const toml = time(`+++\n${keys}\n+++\n\n${BODY}`);
    assert.ok(toml < 3 * yaml + 200, `TOML ${toml.toFixed(0)} ms, YAML ${yaml.toFixed(0)} ms`);
  });
});
