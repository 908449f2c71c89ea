/**
 * The web bundles (issue 18): what `scripts/web-bundle.mjs` makes smaller stands for the package
 * it replaces, the worker holds no package that only the desktop or the CLI needs, and the two
 * bundles are within the web build's budget (test/e2e/budgets.mjs), built here in memory with the
 * options of `esbuild.mjs --production`, so that a change that outgrows it fails before the
 * end-to-end suite does.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import * as esbuild from 'esbuild';
import { characterEntities } from 'character-entities';
import { readYaml, yamlDocuments } from '../../server/src/analysis/model/yaml';

const ROOT = join(__dirname, '..', '..');
/** The end-to-end suite's budget for the client and the worker together (test/e2e/run-web.mjs). */
const WEB_BUNDLE_BUDGET = 1.5 * 1024 * 1024;

interface WebBundle {
  packEntities(table: Record<string, string>): string;
  unpackEntities(packed: string): Record<string, string>;
  characterEntitiesModule(file: string): Promise<string>;
  unescapeRegExpSource(text: string): string;
  NOTEBOOK_SERVER_STAND_IN: string;
  CLIENT_FEATURES_LEFT_OUT: Record<string, string[]>;
  FEATURE_LEFT_OUT: string;
  clientFeatureStandIn(source: string): string;
  MINIMATCH_STAND_IN: string;
  SERVER_FEATURES_LEFT_OUT: Record<string, string[]>;
  serverFeatureStandIn(source: string): string;
  LSP_TYPES_KEPT: string[];
  lspTypesModule(source: string, kept: readonly string[]): string;
  webPackages: esbuild.Plugin;
}

/**
 * An input of an esbuild metafile as it is named from the root of a checkout with its own
 * `node_modules` (a worktree whose `node_modules` links to another checkout's has the package
 * files under `../<that checkout>/node_modules/`).
 */
const fromRoot = (input: string) => input.replace(/^(?:\.\.\/)+[^/]+\/(?=node_modules\/)/, '');

const importFile = async <T>(...path: string[]): Promise<T> => (await import(pathToFileURL(join(ROOT, ...path)).href)) as T;
/** Runs a self-contained ES module's text. */
const importText = async <T>(text: string): Promise<T> => (await import(`data:text/javascript;base64,${Buffer.from(text).toString('base64')}`)) as T;

/**
 * Builds a web bundle of esbuild.mjs in memory, minified by esbuild as `--production` does; with
 * `compressed`, also compressed by terser as `--production` then does, for the size.
 */
async function buildWeb(outfile: string, compressed = false): Promise<{ bytes: number; inputs: string[]; sizes: Record<string, number>; text: string }> {
  const { builds, compressWebBundle } = await importFile<{ builds: esbuild.BuildOptions[]; compressWebBundle: (code: string) => Promise<string> }>(
    'esbuild.mjs',
  );
  const options = builds.find((b) => b.outfile === outfile);
  assert.ok(options, `esbuild.mjs builds ${outfile}`);
  const result = await esbuild.build({ ...options, absWorkingDir: ROOT, minify: true, sourcemap: false, write: false, metafile: true, logLevel: 'silent' });
  const code = result.outputFiles.find((f) => f.path.endsWith('.js'));
  assert.ok(code);
  const text = compressed ? await compressWebBundle(code.text) : code.text;
  const output = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith('.js'));
  assert.ok(output);
  const sizes = Object.fromEntries(Object.entries(output[1].inputs).map(([path, { bytesInOutput }]) => [fromRoot(path), bytesInOutput]));
  return { bytes: Buffer.byteLength(text), inputs: Object.keys(result.metafile.inputs).map(fromRoot), sizes, text };
}

describe('the web bundles', function () {
  this.timeout(120_000);
  let web: WebBundle;
  before(async () => {
    web = await importFile<WebBundle>('scripts', 'web-bundle.mjs');
  });

  it('packs the named character references into a string that unpacks to the same table, in the same order', async () => {
    const packed = web.packEntities(characterEntities);
    assert.deepEqual(Object.entries(web.unpackEntities(packed)), Object.entries(characterEntities));
    assert.ok(packed.length < 20_000, `${packed.length} characters`);
    // The module the bundle holds instead of the package's, run as it is.
    const file = join(ROOT, 'node_modules', 'character-entities', 'index.js');
    const module = await importText<{ characterEntities: Record<string, string> }>(await web.characterEntitiesModule(file));
    assert.deepEqual(Object.entries(module.characterEntities), Object.entries(characterEntities));
  });

  it('unpacks names that are the start of the one before, and values that are letters or entry marks', () => {
    const table = { ab: '&', abc: 'fj', a: '𝔄', b1: ' ', b12: '|x' };
    assert.deepEqual(Object.entries(web.unpackEntities(web.packEntities(table))), Object.entries(table));
    assert.throws(() => web.packEntities({ 'a b': 'x' }), /cannot pack/);
    assert.throws(() => web.packEntities({ long: 'abc' }), /cannot pack/);
  });

  it("writes parse-latin's expressions with their characters as themselves and the same patterns", async () => {
    const file = join(ROOT, 'node_modules', 'parse-latin', 'lib', 'expressions.js');
    const text = web.unescapeRegExpSource(readFileSync(file, 'utf8'));
    assert.ok(!/\\u00[89A-F]/.test(text));
    const written = await importText<Record<string, RegExp>>(text);
    // The package exports its index only: its file, as the bundle reads it.
    const original = await importFile<Record<string, RegExp>>('node_modules', 'parse-latin', 'lib', 'expressions.js');
    assert.deepEqual(Object.keys(written).sort(), Object.keys(original).sort());
    // Escaped again, each pattern is the package's, character for character.
    const escape = (source: string) => source.replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
    for (const [name, pattern] of Object.entries(original)) {
      assert.equal(escape(written[name].source), pattern.source, name);
      assert.equal(written[name].flags, pattern.flags, name);
    }
  });

  it('keeps escapes that are not characters outside ASCII, or that a regular expression literal cannot hold', () => {
    assert.equal(web.unescapeRegExpSource('/[\\u00C0-\\u00D6\\u0041\\uD83D\\uDE00\\u2028]/'), '/[À-Ö\\u0041\\uD83D\\uDE00\\u2028]/');
    // An escaped backslash before `u` is not an escape of a character.
    assert.equal(web.unescapeRegExpSource('/\\\\u00E9|\\\\\\u00E9/'), '/\\\\u00E9|\\\\é/');
  });

  it('reads YAML in the web bundle (js-yaml without its writer) as in Node', async () => {
    const bundled = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: [join(ROOT, 'server', 'src', 'analysis', 'model', 'yaml.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
      plugins: [web.webPackages],
      logLevel: 'silent',
    });
    const inputs = Object.keys(bundled.metafile.inputs).map(fromRoot);
    assert.ok(inputs.includes('node_modules/js-yaml/lib/loader.js'), inputs.join(', '));
    assert.ok(!inputs.some((f) => f.includes('dumper') || f.endsWith('js-yaml.mjs')), inputs.join(', '));
    const inBundle = await importText<{ readYaml: typeof readYaml; yamlDocuments: typeof yamlDocuments }>(bundled.outputFiles[0].text);
    const samples = [
      'date: 2026-03-01\nok: yes\nsev: 2\nratio: 1.5\ndone: true\nowner: ~\nversion: 1_000\n',
      'at: !!timestamp 2026-03-01T10:00:00Z\nkind: !service api\nlist: !custom [a, b]\nmap: !thing {a: 1}\n',
      'base: &b {x: 1}\nuse: *b\nitems:\n  - one\n  - two: 2\n',
      'key: 1\nkey: 2\n',
      'a: [unclosed\n',
      '- &a [*a]\n',
      '"quoted \\u00e9": |\n  block\n  text\n',
    ];
    const outcome = (read: typeof readYaml, text: string) => {
      try {
        return { value: JSON.stringify(read(text, 3)) };
      } catch (error) {
        const e = error as { reason?: string; line?: number; column?: number; message?: string };
        return { error: [e.reason ?? e.message, e.line, e.column] };
      }
    };
    for (const text of samples) assert.deepEqual(outcome(inBundle.readYaml, text), outcome(readYaml, text), text);
  });

  it('leaves the notebook support of the language server packages out of the worker only, where nothing else requires it', async () => {
    // Which modules of the packages require the two left out: the stand-ins must serve exactly these.
    const requirers = (pkg: string, module: string) => {
      const dir = join(ROOT, 'node_modules', pkg, 'lib', 'common');
      return readdirSync(dir)
        .filter((f) => f.endsWith('.js') && f !== `${module}.js`)
        .filter((f) => new RegExp(`require\\("\\./${module.replace('.', '\\.')}"\\)`).test(readFileSync(join(dir, f), 'utf8')))
        .sort();
    };
    assert.deepEqual(requirers('vscode-languageserver', 'notebook'), ['api.js', 'server.js']);
    assert.deepEqual(requirers('vscode-languageserver-protocol', 'protocol.notebook'), ['protocol.js']);
    // server.js uses the sync feature as a mixin over its notebooks feature; api.js re-exports the
    // document store through a getter; protocol.js re-exports the notebook types through getters.
    const server = readFileSync(join(ROOT, 'node_modules', 'vscode-languageserver', 'lib', 'common', 'server.js'), 'utf8');
    assert.deepEqual(server.match(/notebook_1\.\w+/g), ['notebook_1.NotebookSyncFeature']);
    const protocol = readFileSync(join(ROOT, 'node_modules', 'vscode-languageserver-protocol', 'lib', 'common', 'protocol.js'), 'utf8');
    assert.ok(
      protocol
        .split('\n')
        .filter((l) => l.includes('protocol_notebook_1'))
        .every((l) => /require\(|get: function \(\) \{ return protocol_notebook_1\.\w+; \}/.test(l)),
    );
    // The stand-in keeps the connection's notebooks feature as it is, and refuses a notebook store.
    const standIn = { exports: {} as { NotebookSyncFeature: <T>(base: T) => T; NotebookDocuments: new () => unknown } };
    runInNewContext(web.NOTEBOOK_SERVER_STAND_IN, { exports: standIn.exports });
    class Base {}
    assert.equal(standIn.exports.NotebookSyncFeature(Base), Base);
    assert.throws(() => new standIn.exports.NotebookDocuments(), /reads no notebooks/);
    const worker = await buildWeb('server/out/browser.js');
    const client = await buildWeb('client/out/browser.js');
    assert.ok(worker.inputs.includes('node_modules/vscode-languageserver/lib/common/notebook.js'));
    assert.ok(!worker.text.includes('notebookDocument/didOpen'), 'the worker holds the notebook protocol');
    // The client leaves out its notebook synchronisation (with the features its server offers
    // none of, below), and keeps the protocol's notebook types: client.js reads the registration
    // type's method.
    assert.ok(client.text.includes('notebookDocument/didOpen'), "the client has the protocol's notebook types");
    assert.ok(!client.text.includes('notebookDocumentSync'), 'the client announces notebook synchronisation');
  });

  it('leaves out of the web client the language features its server offers none of, and nothing it requires elsewhere', async () => {
    const common = join(ROOT, 'node_modules', 'vscode-languageclient', 'lib', 'common');
    const modules = Object.keys(web.CLIENT_FEATURES_LEFT_OUT);
    // The server names none of them: no capability of theirs, no handler that answers them.
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    const server = sources(join(ROOT, 'server', 'src')).map((path) => [path, readFileSync(path, 'utf8')] as const);
    for (const [module, names] of Object.entries(web.CLIENT_FEATURES_LEFT_OUT))
      for (const name of names) {
        const named = server.filter(([, text]) => new RegExp(`\\b${name}\\b`).test(text)).map(([path]) => path);
        assert.deepEqual(named, [], `server/src names ${name}, which the web client leaves out with ${module}.js`);
      }
    // The one capability it registers after starting is the watched files, which the client keeps.
    const registered = server.flatMap(([, text]) => [...text.matchAll(/\.register\((\w+)\.type/g)].map((m) => m[1]));
    assert.deepEqual([...new Set(registered)], ['DidChangeWatchedFilesNotification']);
    // Only client.js requires them (workspaceSymbol.js, left out too, requires documentSymbol.js),
    // and it only makes each feature and registers it.
    for (const module of modules) {
      const requirers = readdirSync(common)
        .filter((f) => f.endsWith('.js') && new RegExp(`require\\("\\./${module}"\\)`).test(readFileSync(join(common, f), 'utf8')))
        .sort();
      assert.deepEqual(
        requirers.filter((f) => !modules.includes(f.replace(/\.js$/, ''))),
        ['client.js'],
        module,
      );
    }
    const client = readFileSync(join(common, 'client.js'), 'utf8');
    // client.js also asks whether a document is a notebook's own, of the notebook feature it
    // registered under the registration's method: a feature left out registers under none, so the
    // answer is "no" before the class is looked at, as it is when no server syncs notebooks.
    const notebookCheck = 'if \\(feature === undefined \\|\\| !\\(feature instanceof notebook_1\\.NotebookDocumentSyncFeature\\)\\) \\{';
    assert.match(
      client,
      /const feature = this\.getFeature\(vscode_languageserver_protocol_1\.NotebookDocumentSyncRegistrationType\.method\);\n\s*if \(feature === undefined \|\|/,
    );
    for (const module of modules)
      for (const line of client.split('\n').filter((l) => l.includes(`${module}_1`)))
        assert.match(
          line,
          new RegExp(
            `^\\s*(?:const ${module}_1 = require\\("\\./${module}"\\);|this\\.registerFeature\\(new ${module}_1\\.\\w+\\(this\\)\\);|new ${module}_1\\.\\w+\\(_client\\)|${module === 'notebook' ? notebookCheck : '(?!)'})$`,
          ),
          line,
        );
    // Each stand-in exports every class its module does, as a feature that announces and registers nothing.
    const { FeatureLeftOut } = (() => {
      const exports = {} as { FeatureLeftOut: new () => Record<string, (...args: unknown[]) => unknown> };
      runInNewContext(web.FEATURE_LEFT_OUT, { exports });
      return exports;
    })();
    for (const module of modules) {
      const source = readFileSync(join(common, `${module}.js`), 'utf8');
      const exports: Record<string, unknown> = {};
      runInNewContext(web.clientFeatureStandIn(source), {
        exports,
        require: (id: string) => (id === 'feature-left-out' ? { FeatureLeftOut } : assert.fail(id)),
      });
      const classes = [...source.matchAll(/^exports\.(\w+) = (\w+);$/gm)].filter((m) => m[1] === m[2]).map((m) => m[1]);
      assert.ok(classes.length > 0, module);
      assert.deepEqual(Object.keys(exports).sort(), classes.sort(), module);
    }
    const feature = new FeatureLeftOut();
    const capabilities = {};
    feature.fillClientCapabilities(capabilities);
    feature.initialize({ callHierarchyProvider: true }, [{ language: 'markdown' }]);
    feature.clear();
    assert.deepEqual(capabilities, {});
    assert.equal((feature.getState() as { kind: string }).kind, 'static');
    assert.ok(!('registrationType' in feature), 'a feature left out takes no registration');
    assert.throws(() => web.clientFeatureStandIn("'use strict';\nexports.helper = 1;\n"), /exports no class/);
    // The web client holds each module left out as its stand-in (a few lines), the others as they are.
    const built = await buildWeb('client/out/browser.js');
    const size = (module: string) => {
      const path = Object.keys(built.sizes).find((p) => p.endsWith(`node_modules/vscode-languageclient/lib/common/${module}.js`));
      assert.ok(path, `the web client has no ${module}.js`);
      return built.sizes[path];
    };
    for (const module of modules) assert.ok(size(module) < 400, `${module}.js: ${size(module)} bytes`);
    for (const module of ['completion', 'hover', 'codeAction', 'codeLens', 'formatting', 'diagnostic', 'fileSystemWatcher', 'configuration', 'workspaceFolder'])
      assert.ok(size(module) > 1000, `${module}.js: ${size(module)} bytes`);
  });

  it("gives the web client's language client a minimatch that no pattern reaches, and says so if one did", async () => {
    const common = join(ROOT, 'node_modules', 'vscode-languageclient', 'lib', 'common');
    // The package constructs a Minimatch and nothing else of it, in three modules.
    const uses = readdirSync(common)
      .filter((f) => f.endsWith('.js'))
      .flatMap((f) => [...readFileSync(join(common, f), 'utf8').matchAll(/minimatch\.\w+/g)].map((m) => `${f}: ${m[0]}`));
    assert.deepEqual([...new Set(uses)].sort(), [
      'diagnostic.js: minimatch.Minimatch',
      'fileOperations.js: minimatch.Minimatch',
      'notebook.js: minimatch.Minimatch',
    ]);
    // diagnostic.js reaches it only for a filter that names no language.
    const diagnostic = readFileSync(join(common, 'diagnostic.js'), 'utf8');
    const language = diagnostic.indexOf("if (filter.language !== undefined && filter.language !== '*') {\n                    return false;");
    assert.ok(language > 0 && language < diagnostic.indexOf('new minimatch.Minimatch'));
    // Every filter of the web client's document selector names a language, and none a pattern.
    const browser = readFileSync(join(ROOT, 'client', 'src', 'browser.ts'), 'utf8');
    const selector = /documentSelector: \[([^\]]*)\]/.exec(browser);
    assert.ok(selector, 'client/src/browser.ts gives the client a document selector');
    const filters = selector[1].match(/\{[^}]*\}/g) ?? [];
    assert.ok(filters.length > 0 && filters.every((f) => /\blanguage:/.test(f) && !/\bpattern\b/.test(f)), selector[0]);
    // The server sends no selector of its own and synchronises no notebook (file operations: above).
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    const named = sources(join(ROOT, 'server', 'src')).filter((path) => /\b(?:documentSelector|notebookDocumentSync)\b/.test(readFileSync(path, 'utf8')));
    assert.deepEqual(named, []);
    // The stand-in says which pattern reached it.
    const exports = {} as { Minimatch: new (pattern: string, options?: object) => unknown };
    runInNewContext(web.MINIMATCH_STAND_IN, { exports });
    assert.throws(() => new exports.Minimatch('**/*.md', { noext: true }), /matches no glob pattern \(\*\*\/\*\.md\)/);
    // The web client holds no file of minimatch or of what it requires.
    const client = await buildWeb('client/out/browser.js');
    const found = client.inputs.filter((f) => /node_modules\/(minimatch|brace-expansion|balanced-match)\//.test(f));
    assert.deepEqual(found, [], `the web client bundles ${found.join(', ')}`);
  });

  it('leaves out of the worker the language features of vscode-languageserver the server uses none of, as mixins that add nothing', async () => {
    const common = join(ROOT, 'node_modules', 'vscode-languageserver', 'lib', 'common');
    const modules = Object.keys(web.SERVER_FEATURES_LEFT_OUT);
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    const server = sources(join(ROOT, 'server', 'src')).map((path) => [path, readFileSync(path, 'utf8')] as const);
    for (const [module, names] of Object.entries(web.SERVER_FEATURES_LEFT_OUT))
      for (const name of names) {
        const named = server.filter(([, text]) => new RegExp(`\\b${name}\\b`).test(text)).map(([path]) => path);
        assert.deepEqual(named, [], `server/src names ${name}, which the worker leaves out with ${module}.js`);
      }
    // server.js makes the connection's parts with their mixins; api.js re-exports the semantic
    // tokens builder and offers the proposed inline completions; nothing else requires them.
    const files = readdirSync(common).filter((f) => f.endsWith('.js'));
    for (const module of modules) {
      const variable = module === 'inlineCompletion.proposed' ? 'ic' : `${module}_1`;
      const requirers = files.filter((f) => readFileSync(join(common, f), 'utf8').includes(`require("./${module}")`)).sort();
      const expected = module === 'semanticTokens' ? ['api.js', 'server.js'] : module === 'inlineCompletion.proposed' ? ['api.js'] : ['server.js'];
      assert.deepEqual(requirers, expected, module);
      for (const file of requirers)
        for (const line of readFileSync(join(common, file), 'utf8')
          .split('\n')
          .filter((l) => new RegExp(`\\b${variable}\\b`).test(l))) {
          const uses = line.replace(`const ${variable} = require("./${module}");`, '').match(new RegExp(`\\b${variable}\\.\\w+`, 'g')) ?? [];
          for (const use of uses) assert.match(use, /Feature$|\.SemanticTokensBuilder$/, `${file}: ${line.trim()}`);
          if (file === 'server.js')
            assert.ok(
              uses.every((use) => line.includes(`(0, ${use})(`)),
              line,
            );
        }
    }
    // Each stand-in exports the module's mixins, each giving back the class it is given.
    for (const module of modules) {
      const source = readFileSync(join(common, `${module}.js`), 'utf8');
      const exports: Record<string, (base: unknown) => unknown> = {};
      runInNewContext(web.serverFeatureStandIn(source), { exports });
      const mixins = [...source.matchAll(/^exports\.(\w+Feature) = \1;$/gm)].map((m) => m[1]);
      assert.deepEqual(Object.keys(exports).sort(), mixins.sort(), module);
      class Base {}
      for (const mixin of Object.values(exports)) assert.equal(mixin(Base), Base);
    }
    assert.throws(() => web.serverFeatureStandIn("'use strict';\nexports.Builder = Builder;\n"), /exports no feature/);
    const worker = await buildWeb('server/out/browser.js');
    for (const module of modules) {
      const path = Object.keys(worker.sizes).find((p) => p.endsWith(`node_modules/vscode-languageserver/lib/common/${module}.js`));
      assert.ok(path && worker.sizes[path] < 200, `${module}.js: ${path ? worker.sizes[path] : 'absent'}`);
    }
  });

  it('keeps of vscode-languageserver-types in the worker every namespace the server and the packages call, each as the package has it', async () => {
    const file = join(ROOT, 'node_modules', 'vscode-languageserver-types', 'lib', 'esm', 'main.js');
    const source = readFileSync(file, 'utf8');
    const declared = [...source.matchAll(/^(?:export )?(?:var|let|const|class|function) ([\w$]+)/gm)].map((m) => m[1]);
    // The declarations, every one kept, are the file itself: each top-level statement is one of them.
    assert.equal(web.lspTypesModule(source, declared), source);
    assert.throws(() => web.lspTypesModule(source, ['NoSuchNamespace']), /declares no NoSuchNamespace/);
    const original = await importFile<Record<string, unknown>>('node_modules', 'vscode-languageserver-types', 'lib', 'esm', 'main.js');
    // What the worker calls: the values the server's code imports from the language server
    // packages (vscode-languageserver-textdocument is a package of its own), and the names the
    // packages read of the modules they require.
    const exported = new Set(Object.keys(original));
    const called = new Set<string>();
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    for (const path of sources(join(ROOT, 'server', 'src'))) {
      const text = readFileSync(path, 'utf8');
      assert.ok(!/import \* as \w+ from 'vscode-languageserver/.test(text), path);
      for (const m of text.matchAll(/import \{([^}]*)\} from 'vscode-languageserver(?:-protocol|-types)?(?:\/\w+)?'/g))
        for (const name of m[1].split(',').map((n) => n.trim().split(/\s+as\s+/)[0]))
          if (name && !name.startsWith('type ') && exported.has(name)) called.add(name);
    }
    for (const pkg of ['vscode-languageserver', 'vscode-languageserver-protocol', 'vscode-jsonrpc'])
      for (const dir of ['common', 'browser'])
        for (const name of readdirSync(join(ROOT, 'node_modules', pkg, 'lib', dir)).filter((f) => f.endsWith('.js')))
          for (const m of readFileSync(join(ROOT, 'node_modules', pkg, 'lib', dir, name), 'utf8').matchAll(/\b\w+_1\.(\w+)/g))
            if (exported.has(m[1])) called.add(m[1]);
    assert.ok(called.has('CodeActionKind') && called.has('DocumentUri'), [...called].join(', '));
    const trimmed = await importText<Record<string, unknown>>(web.lspTypesModule(source, web.LSP_TYPES_KEPT));
    const missing = [...called].filter((name) => !(name in trimmed));
    assert.deepEqual(missing, [], `the worker calls ${missing.join(', ')}, which LSP_TYPES_KEPT leaves out`);
    // Each namespace kept is the package's: the same members, the same values, the same functions.
    const shape = (value: unknown): unknown =>
      typeof value === 'function' ? String(value) : value && typeof value === 'object' ? Object.entries(value).map(([k, v]) => [k, shape(v)]) : value;
    for (const name of Object.keys(trimmed)) assert.deepEqual(shape(trimmed[name]), shape(original[name]), name);
    assert.ok(Object.keys(trimmed).length < 20, Object.keys(trimmed).join(', '));
    // A kept helper runs on what it names with it (TextDocumentEdit.is reads the identifier's helpers).
    const edit = trimmed.TextDocumentEdit as { create(d: unknown, e: unknown[]): unknown; is(v: unknown): boolean };
    assert.ok(edit.is(edit.create({ uri: 'file:///a.md', version: null }, [])));
  });

  it("holds no package that only the desktop, the CLI or the dashboard page needs in the worker, nor two ports of path, no reading but the templates' in the client, and both bundles are within the budget", async function () {
    // terser takes some 30 s over the two on a quiet machine, more under load.
    this.timeout(300_000);
    const worker = await buildWeb('server/out/browser.js', true);
    const client = await buildWeb('client/out/browser.js', true);
    const desktopOnly = [
      /node_modules\/(echarts|zrender|tslib|tinyglobby|fdir|yaml|@stdlib|vscode-languageclient|semver)\//,
      /node_modules\/vscode-[\w-]+\/lib\/node\//,
      /node_modules\/js-yaml\/(lib\/dumper|dist\/)/,
    ];
    for (const pattern of desktopOnly) {
      const found = worker.inputs.filter((f) => pattern.test(f));
      assert.deepEqual(found, [], `the worker bundles ${found.join(', ')}`);
    }
    // The parser is mdast-util-from-markdown with its extensions, without unified's pipeline and vfile around it.
    const pipeline = worker.inputs.filter((f) => /node_modules\/(unified|vfile|vfile-message|remark-parse|trough|extend)\//.test(f));
    assert.deepEqual(pipeline, [], `the worker bundles ${pipeline.join(', ')}`);
    assert.ok(worker.inputs.includes('node_modules/character-entities/index.js'));
    // One port of Node's path module: path-browserify, not vfile's own as well.
    assert.ok(worker.inputs.includes('node_modules/path-browserify/index.js'));
    assert.ok(!worker.inputs.some((f) => /vfile\/lib\/minpath\.browser/.test(f)), "the worker bundles vfile's minpath.browser.js");
    // The client reads templates for New Post-Mortem (headings, fences, metadata lines, section
    // names as configured) and nothing else of the reading: no detection, no timeline, no headings
    // read by meaning, no date library, which are the worker's.
    const readingInClient = client.inputs.filter((f) =>
      /node_modules\/(date-fns|@date-fns\/tz|picomatch|js-yaml|stemmer)\/|server\/src\/analysis\/model\/(detect|timeline|status-log|action-items|blameless|facts|sections\.ts)/.test(
        f,
      ),
    );
    assert.deepEqual(readingInClient, [], `the client bundles ${readingInClient.join(', ')}`);
    const total = worker.bytes + client.bytes;
    assert.ok(
      total <= WEB_BUNDLE_BUDGET,
      `the web bundles are ${(total / 1024).toFixed(0)} KB (client ${(client.bytes / 1024).toFixed(0)} KB, worker ${(worker.bytes / 1024).toFixed(0)} KB), over the ${WEB_BUNDLE_BUDGET / 1024} KB budget`,
    );
  });
});
