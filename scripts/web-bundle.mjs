// What the web bundles (client/out/browser.js, server/out/browser.js) hold of some packages, made
// smaller at build time without changing what they do. The web build (issue 18) has a size budget
// (test/e2e/budgets.mjs); the Node bundles have none and keep the packages as they are.
//
// - js-yaml: the worker reads YAML and never writes it, but the package's ES module builds every
//   part (the dumper too) into one object that no bundler can leave out. `js-yaml` is taken from
//   the package's own CommonJS sources, the files its bundles are built from, without the dumper.
// - character-entities (the named character references micromark decodes): the table is written
//   as one string, each name as what it shares with the name before it and the rest.
// - vfile: its own port of Node's `path` for browsers (`#minpath`) is a second copy of
//   path-browserify, which the web bundles have as `node:path`: vfile takes its Node flavour,
//   which imports `node:path`.
// - parse-latin's generated expressions: characters outside ASCII as themselves rather than as
//   `\uXXXX` escapes in the regular expressions (esbuild's `charset: 'utf8'` does so for strings,
//   not inside regular expressions).
// - vscode-languageclient (the web client): the language features its server offers none of
//   (call hierarchy, semantic tokens, rename and the like) are each a stand-in that announces and
//   registers nothing (CLIENT_FEATURES_LEFT_OUT below), and minimatch, which no glob pattern of
//   its document selector or of its server reaches, a stand-in that would say so.
// - vscode-languageserver (the worker): its notebook support and the language features the
//   server uses none of are stand-ins (SERVER_FEATURES_LEFT_OUT below).
//
// test/unit/web-bundle.test.ts checks that each stands for the package it replaces and that the
// worker bundle holds what it should.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** The folder of an installed package. */
const packageDir = (name) => dirname(require.resolve(`${name}/package.json`));

/**
 * The module `js-yaml` stands for in the web bundles: the package's `index.js` but `dump` (and the
 * `safeDump` that only says it is gone). Importing `dump` from it is a build error, not a
 * missing function at run time.
 */
export const JS_YAML_LOADER = `
import loader from './lib/loader.js';
export { default as Type } from './lib/type.js';
export { default as Schema } from './lib/schema.js';
export { default as FAILSAFE_SCHEMA } from './lib/schema/failsafe.js';
export { default as JSON_SCHEMA } from './lib/schema/json.js';
export { default as CORE_SCHEMA } from './lib/schema/core.js';
export { default as DEFAULT_SCHEMA } from './lib/schema/default.js';
export { default as YAMLException } from './lib/exception.js';
import binary from './lib/type/binary.js';
import float from './lib/type/float.js';
import map from './lib/type/map.js';
import nul from './lib/type/null.js';
import pairs from './lib/type/pairs.js';
import set from './lib/type/set.js';
import timestamp from './lib/type/timestamp.js';
import bool from './lib/type/bool.js';
import int from './lib/type/int.js';
import merge from './lib/type/merge.js';
import omap from './lib/type/omap.js';
import seq from './lib/type/seq.js';
import str from './lib/type/str.js';
export const load = loader.load;
export const loadAll = loader.loadAll;
export const types = { binary, float, map, null: nul, pairs, set, timestamp, bool, int, merge, omap, seq, str };
`;

/**
 * The first character of each packed entry: how many characters its name shares with the name
 * before it (at most 13), and whether its value is one UTF-16 unit or two. None is a letter or a
 * digit, so an entry's name ends where the next entry's first character is; none is a quote or a
 * backslash, so the string needs no escape for them.
 */
export const ENTRY_MARKS = ' !#$%&()*+,-./:;<=>?@[]^_{|}~';
const MAX_SHARED = Math.floor(ENTRY_MARKS.length / 2) - 1;

/** The named character references as one string: per name its mark, its value, then the rest of the name. */
export function packEntities(table) {
  let packed = '';
  let previous = '';
  for (const [name, value] of Object.entries(table)) {
    if (!/^[A-Za-z0-9]+$/.test(name) || value.length < 1 || value.length > 2) throw new Error(`character-entities: cannot pack ${name}`);
    let shared = 0;
    while (shared < MAX_SHARED && shared < previous.length && previous[shared] === name[shared]) shared++;
    packed += ENTRY_MARKS[shared * 2 + value.length - 1] + value + name.slice(shared);
    previous = name;
  }
  return packed;
}

/** The inverse of packEntities (its source is what the bundle runs, so the test runs the same code). */
export function unpackEntities(packed) {
  const table = {};
  let previous = '';
  let at = 0;
  while (at < packed.length) {
    const mark = ENTRY_MARKS.indexOf(packed[at]);
    const valueEnd = at + 1 + (mark & 1) + 1;
    let end = valueEnd;
    while (end < packed.length && ENTRY_MARKS.indexOf(packed[end]) < 0) end++;
    const name = previous.slice(0, mark >> 1) + packed.slice(valueEnd, end);
    table[name] = packed.slice(at + 1, valueEnd);
    previous = name;
    at = end;
  }
  return table;
}

/** The module a copy of `character-entities` (its `index.js` at `file`) stands for in the web bundles. */
export async function characterEntitiesModule(file) {
  const { characterEntities } = await import(pathToFileURL(file).href);
  return `const ENTRY_MARKS = ${JSON.stringify(ENTRY_MARKS)};\n${unpackEntities.toString()}\nexport const characterEntities = unpackEntities(${JSON.stringify(packEntities(characterEntities))});\n`;
}

/**
 * A regular expression's source with each `\uXXXX` escape of a character outside ASCII written as
 * the character, but surrogates (half a character) and the line and paragraph separators (which
 * end a line of JavaScript).
 */
export function unescapeRegExpSource(text) {
  return text.replace(/(?<!\\)((?:\\\\)*)\\u([0-9A-Fa-f]{4})/g, (whole, backslashes, hex) => {
    const code = Number.parseInt(hex, 16);
    const keep = code < 0x80 || (code >= 0xd800 && code <= 0xdfff) || code === 0x2028 || code === 0x2029;
    return keep ? whole : backslashes + String.fromCharCode(code);
  });
}

/**
 * The notebook support of the language server packages, left out of the worker: this server
 * declares no notebook synchronisation, so no client sends it a notebook notification. Its
 * connection keeps a `notebooks` feature with nothing added to it, and asking the stand-in for a
 * notebook document store says plainly that the web build has none. The protocol's notebook
 * types (read through getters by the protocol module's exports, by nothing else in the worker)
 * are absent. test/unit/web-bundle.test.ts checks that no other module of the packages requires
 * these two, so a version that starts to use them elsewhere fails the test instead of the editor.
 */
export const NOTEBOOK_SERVER_STAND_IN = `'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.NotebookSyncFeature = (Base) => Base;
exports.NotebookDocuments = class NotebookDocuments {
  constructor() {
    throw new Error('The web build of the post-mortem server reads no notebooks.');
  }
};
`;
export const NOTEBOOK_PROTOCOL_STAND_IN = `'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
`;

/**
 * The helper namespaces of vscode-languageserver-types the worker calls: those the server's code
 * imports as values from the language server packages (the rest of what it imports is the
 * protocol's own), and those the packages call themselves (`protocol.js` checks URIs, workspace
 * folders and integers). The protocol module re-exports every namespace, so nothing would leave
 * the others out; test/unit/web-bundle.test.ts reads the imports of server/src and the packages'
 * uses again and fails on a name missing here.
 */
export const LSP_TYPES_KEPT = [
  'CodeActionKind',
  'CompletionItemKind',
  'CreateFile',
  'DiagnosticSeverity',
  'MarkupKind',
  'TextDocumentEdit',
  'DocumentUri',
  'URI',
  'WorkspaceFolder',
  'integer',
  'uinteger',
];

/**
 * The module of vscode-languageserver-types (its ES module `source`) with the top-level
 * declarations of `kept` and of those their code names (not as a property, not in a comment), in
 * the package's order and as the package writes them; without the other namespaces (the text
 * document class and the workspace edit builder among them), which nothing in the worker calls.
 * Each top-level statement of the file starts a line with its declaration (`export var Range;`,
 * then the function that fills the namespace); the test checks that the declarations put
 * together again are the file.
 */
export function lspTypesModule(source, kept) {
  const starts = [...source.matchAll(/^(?:export )?(?:var|let|const|class|function) ([\w$]+)/gm)];
  const declarations = new Map(starts.map((m, i) => [m[1], source.slice(m.index, starts[i + 1]?.index ?? source.length)]));
  const wanted = new Set();
  const add = (name) => {
    if (wanted.has(name)) return;
    if (!declarations.has(name)) throw new Error(`vscode-languageserver-types declares no ${name}`);
    wanted.add(name);
    const code = declarations.get(name).replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
    for (const other of declarations.keys()) if (new RegExp(`(?<![\\w$.])${other}(?![\\w$])`).test(code)) add(other);
  };
  for (const name of kept) add(name);
  return (
    source.slice(0, starts[0].index) +
    [...declarations]
      .filter(([name]) => wanted.has(name))
      .map(([, text]) => text)
      .join('')
  );
}

/**
 * The language features of vscode-languageclient that the post-mortem server offers none of, left
 * out of the web client (the client's `LanguageClient` registers all of them, whatever its server
 * offers): each module, and what a server that offered its feature would name (its capability in
 * the initialize result, the connection's handler that answers its requests). A feature of the
 * client does something only when its server declares its capability or registers it later;
 * this server does neither (its providers: text synchronisation, diagnostics, code actions,
 * completion, hover, code lenses, formatting, and the watched files it registers), so the client
 * runs the same without them. The stand-in of each module gives every feature class it exports
 * to the client one feature that announces and registers nothing, so a server that registered
 * one of them later gets the client's own "no feature implementation" answer. Notebook
 * synchronisation is one of them: the server declares none, so the client syncs the same
 * documents, as text documents, with it or without it. Everything the server uses stays. The test fails when server/src names any of these, and when a
 * module of the package other than `client.js` and these requires one of them.
 */
export const CLIENT_FEATURES_LEFT_OUT = {
  signatureHelp: ['signatureHelpProvider', 'onSignatureHelp'],
  definition: ['definitionProvider', 'onDefinition'],
  reference: ['referencesProvider', 'onReferences'],
  documentHighlight: ['documentHighlightProvider', 'onDocumentHighlight'],
  documentSymbol: ['documentSymbolProvider', 'onDocumentSymbol'],
  workspaceSymbol: ['workspaceSymbolProvider', 'onWorkspaceSymbol'],
  rename: ['renameProvider', 'onRenameRequest', 'onPrepareRename'],
  documentLink: ['documentLinkProvider', 'onDocumentLinks'],
  executeCommand: ['executeCommandProvider', 'onExecuteCommand'],
  typeDefinition: ['typeDefinitionProvider', 'onTypeDefinition'],
  implementation: ['implementationProvider', 'onImplementation'],
  colorProvider: ['colorProvider', 'onDocumentColor', 'onColorPresentation'],
  foldingRange: ['foldingRangeProvider', 'onFoldingRanges'],
  declaration: ['declarationProvider', 'onDeclaration'],
  selectionRange: ['selectionRangeProvider', 'onSelectionRanges'],
  callHierarchy: ['callHierarchyProvider', 'callHierarchy'],
  semanticTokens: ['semanticTokensProvider', 'semanticTokens'],
  linkedEditingRange: ['linkedEditingRangeProvider', 'onLinkedEditingRange'],
  fileOperations: ['fileOperations', 'onDidCreateFiles', 'onDidRenameFiles', 'onDidDeleteFiles', 'onWillCreateFiles', 'onWillRenameFiles', 'onWillDeleteFiles'],
  typeHierarchy: ['typeHierarchyProvider', 'typeHierarchy'],
  inlineValue: ['inlineValueProvider', 'inlineValue'],
  inlayHint: ['inlayHintProvider', 'inlayHint'],
  inlineCompletion: ['inlineCompletionProvider', 'inlineCompletion'],
  notebook: ['notebookDocumentSync', 'notebooks'],
};

/** The one feature every stand-in exports: it announces no capability and registers nothing. */
export const FEATURE_LEFT_OUT = `'use strict';
exports.FeatureLeftOut = class FeatureLeftOut {
  fillClientCapabilities() {}
  initialize() {}
  getState() {
    return { kind: 'static' };
  }
  clear() {}
};
`;

/** The stand-in of a feature module of vscode-languageclient (its CommonJS `source`): each class it exports is the feature left out. */
export function clientFeatureStandIn(source) {
  const classes = [...source.matchAll(/^exports\.(\w+) = \1;$/gm)].map((m) => m[1]);
  if (classes.length === 0) throw new Error('vscode-languageclient: a feature module that exports no class');
  return `'use strict';\nObject.defineProperty(exports, '__esModule', { value: true });\nconst { FeatureLeftOut } = require('feature-left-out');\n${classes.map((name) => `exports.${name} = FeatureLeftOut;`).join('\n')}\n`;
}

/**
 * What the web client's language client has of minimatch: its modules construct
 * `minimatch.Minimatch` for a glob `pattern` of a document filter that names no language
 * (diagnostic.js), of a notebook filter (notebook.js) or of a file operation (fileOperations.js,
 * left out above). The web client's document selector names a language in each filter, and its
 * server sends no selector of its own, no notebook synchronisation and no file operations, so no
 * pattern reaches it: the stand-in says so if one ever did. test/unit/web-bundle.test.ts holds
 * the client's selector, the server and the package's uses of minimatch to that.
 */
export const MINIMATCH_STAND_IN = `'use strict';
exports.Minimatch = class Minimatch {
  constructor(pattern) {
    throw new Error(\`The web client of the post-mortem server matches no glob pattern (\${pattern}).\`);
  }
};
`;

/**
 * The language features of vscode-languageserver that the post-mortem server uses none of, left
 * out of the worker as the notebook support is: each module, and what the server's code would
 * name to use it (the connection's member it adds, the handlers it gives). The connection is
 * put together from mixins, each adding its feature's members to a part of it
 * (`connection.languages`, `.workspace`, `.window`); the stand-in of each is the mixin that adds
 * nothing, so the server's connection has every member it uses, and none of these. The
 * semantic tokens module's builder classes, which the package's index re-exports, are left out
 * with it. test/unit/web-bundle.test.ts fails when server/src names any of these, and when the
 * package uses the modules otherwise than so.
 */
export const SERVER_FEATURES_LEFT_OUT = {
  callHierarchy: ['callHierarchy'],
  semanticTokens: ['semanticTokens', 'SemanticTokensBuilder', 'SemanticTokensDiff'],
  linkedEditingRange: ['onLinkedEditingRange'],
  typeHierarchy: ['typeHierarchy'],
  inlineValue: ['inlineValue'],
  inlayHint: ['inlayHint'],
  moniker: ['moniker'],
  foldingRange: ['foldingRange'],
  fileOperations: ['onDidCreateFiles', 'onDidRenameFiles', 'onDidDeleteFiles', 'onWillCreateFiles', 'onWillRenameFiles', 'onWillDeleteFiles'],
  showDocument: ['showDocument'],
  'inlineCompletion.proposed': ['inlineCompletion'],
};

/** The stand-in of a feature module of vscode-languageserver (its CommonJS `source`): each mixin it exports adds nothing. */
export function serverFeatureStandIn(source) {
  const mixins = [...source.matchAll(/^exports\.(\w+Feature) = \1;$/gm)].map((m) => m[1]);
  if (mixins.length === 0) throw new Error('vscode-languageserver: a feature module that exports no feature');
  return `'use strict';\nObject.defineProperty(exports, '__esModule', { value: true });\n${mixins.map((name) => `exports.${name} = (Base) => Base;`).join('\n')}\n`;
}

/** The esbuild plugin of the web builds. */
export const webPackages = {
  name: 'web-packages',
  setup(build) {
    const jsYaml = packageDir('js-yaml');
    build.onResolve({ filter: /^js-yaml$/ }, () => ({ path: join(jsYaml, 'index-loader.js'), namespace: 'js-yaml-loader' }));
    build.onLoad({ filter: /.*/, namespace: 'js-yaml-loader' }, () => ({ contents: JS_YAML_LOADER, resolveDir: jsYaml, loader: 'js' }));

    // vfile's port of Node's path module for browsers, when path-browserify is there already.
    build.onResolve({ filter: /^#minpath$/ }, (args) =>
      /[\\/]node_modules[\\/]vfile[\\/]lib[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), 'minpath.js') } : undefined,
    );

    // The files themselves, whichever copy of the package they are in.
    build.onLoad({ filter: /[\\/]node_modules[\\/]character-entities[\\/]index\.js$/ }, async (args) => ({
      contents: await characterEntitiesModule(args.path),
      loader: 'js',
    }));
    // The worker only: client.js reads the protocol's notebook registration type (its notebook feature is left out below).
    if ((build.initialOptions.conditions ?? []).includes('worker')) {
      build.onLoad({ filter: /[\\/]node_modules[\\/]vscode-languageserver[\\/]lib[\\/]common[\\/]notebook\.js$/ }, () => ({
        contents: NOTEBOOK_SERVER_STAND_IN,
        loader: 'js',
      }));
      build.onLoad({ filter: /[\\/]node_modules[\\/]vscode-languageserver-protocol[\\/]lib[\\/]common[\\/]protocol\.notebook\.js$/ }, () => ({
        contents: NOTEBOOK_PROTOCOL_STAND_IN,
        loader: 'js',
      }));
      const serverLeftOut = new RegExp(
        `[\\\\/]node_modules[\\\\/]vscode-languageserver[\\\\/]lib[\\\\/]common[\\\\/](?:${Object.keys(SERVER_FEATURES_LEFT_OUT).join('|').replace(/\./g, '\\.')})\\.js$`,
      );
      build.onLoad({ filter: serverLeftOut }, (args) => ({ contents: serverFeatureStandIn(readFileSync(args.path, 'utf8')), loader: 'js' }));
      build.onLoad({ filter: /[\\/]node_modules[\\/]vscode-languageserver-types[\\/]lib[\\/]esm[\\/]main\.js$/ }, (args) => ({
        contents: lspTypesModule(readFileSync(args.path, 'utf8'), LSP_TYPES_KEPT),
        loader: 'js',
      }));
    }
    // The web client's features its server offers none of (CLIENT_FEATURES_LEFT_OUT).
    const leftOut = new RegExp(
      `[\\\\/]node_modules[\\\\/]vscode-languageclient[\\\\/]lib[\\\\/]common[\\\\/](?:${Object.keys(CLIENT_FEATURES_LEFT_OUT).join('|')})\\.js$`,
    );
    build.onLoad({ filter: leftOut }, (args) => ({ contents: clientFeatureStandIn(readFileSync(args.path, 'utf8')), loader: 'js' }));
    build.onResolve({ filter: /^feature-left-out$/ }, () => ({ path: 'feature-left-out', namespace: 'web-packages' }));
    build.onResolve({ filter: /^minimatch$/ }, (args) =>
      /[\\/]node_modules[\\/]vscode-languageclient[\\/]lib[\\/]/.test(args.importer) ? { path: 'minimatch', namespace: 'web-packages' } : undefined,
    );
    const standIns = { 'feature-left-out': FEATURE_LEFT_OUT, minimatch: MINIMATCH_STAND_IN };
    build.onLoad({ filter: /.*/, namespace: 'web-packages' }, (args) => ({ contents: standIns[args.path], loader: 'js' }));
    // The module holds regular expression literals only (and a comment in ASCII).
    build.onLoad({ filter: /[\\/]node_modules[\\/]parse-latin[\\/]lib[\\/]expressions\.js$/ }, (args) => ({
      contents: unescapeRegExpSource(readFileSync(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};
