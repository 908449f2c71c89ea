// Lint: type-checked TypeScript rules, import cycles, and the architecture as import zones.
// The zones are the layers of CONTRIBUTING.md ("Where code goes"): the analysis core and the
// rules are pure (no vscode, no LSP, no Node built-ins), and the client speaks to the server
// only through protocol.ts and the shared pure module (server/src/shared/).
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', ...builtinModules, ...builtinModules.map((m) => `${m}/*`)];
const EDITOR_AND_LSP = ['vscode', 'vscode-*', 'vscode-*/**'];

/** Relative paths into the server that a client file may not use (everything but the protocol and the shared module). */
const SERVER_INTERNALS = ['**/server/src/*', '!**/server/src/protocol', '!**/server/src/shared', '**/server/src/*/**', '!**/server/src/shared/*'];

const CLIENT_MESSAGE = 'The client imports only server/src/protocol.ts and server/src/shared/ (the pure module both sides share).';
/** Node modules the web build cannot bundle. `node:path` is allowed: the web build maps it to path-browserify (POSIX paths of workspace URIs). */
const NOT_IN_WEB = [...NODE_BUILTINS.filter((m) => m !== 'path'), '!node:path', 'vscode-languageserver/node', 'vscode-languageclient/node'];
const WEB_MESSAGE =
  'The web build bundles this file: no Node module here. Put Node-only code in server/src/node/ (or client/src/extension.ts) and reach files through WorkspaceFiles (server/src/workspace/files.ts).';
/** What the pure core (analysis, rules, shared) may not import. */
const PURE = [
  { group: EDITOR_AND_LSP, message: 'The analysis core and the rules are pure: no editor or LSP import (put it in server/src/features/ or server.ts).' },
  {
    group: NODE_BUILTINS,
    message: 'The analysis core and the rules are pure: no Node built-in (file access belongs to the edges: server, CLI, workspace walker).',
  },
  {
    group: ['**/features/*', '**/server', '**/cli/*', '**/workspace/*', '**/protocol', '**/config-file', '**/config-edit', '**/settings-provider'],
    message: 'The core does not import the edges.',
  },
];

/** The zone of one folder of analysis/: the pure core's limits, and none of the layers above it (nor the rules). */
function layer(folder, above) {
  return [
    {
      files: [`server/src/analysis/${folder}/**/*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...PURE,
              {
                group: [...above, 'rules'].map((f) => `**/${f}/**`),
                message: `analysis/${folder}/ is below ${above.join(', ')} and the rules: it may not import them (see CONTRIBUTING.md, "Where code goes").`,
              },
            ],
          },
        ],
      },
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/out/**',
      '.tsbuild/**',
      '.tools/**',
      'test/e2e/out/**',
      'test/e2e/workspace/**',
      'test/fixtures/**',
      '**/*.mjs',
      '**/*.cjs',
      '**/*.js',
      '.vscode-test-web/**',
      '.web-tests/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.d.ts', '.js', '.mjs', '.cjs', '.json'] })],
    },
    rules: {
      // No import cycle: a cycle makes load order matter and hides which layer depends on which.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-dynamic-require': 'error',
      // Nothing in a workspace may run code: no eval-like calls anywhere.
      'no-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-implied-eval': 'error',
      'no-restricted-properties': ['error', { object: 'vm', message: 'Nothing the extension reads may be run as code.' }],
      // House style: unused names are errors, except ones that say they are unused.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // The code base narrows with explicit checks; these add noise for no safety here.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true, allowNullish: true }],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // Functions that implement a Promise-returning interface are async without awaiting.
      '@typescript-eslint/require-await': 'off',
      // A case that only lists more labels, with a comment between them, is not a fall-through.
      'no-fallthrough': ['error', { allowEmptyCase: true }],
    },
  },
  {
    // The pure core: text in, model and findings out. No editor, no LSP, no Node.
    files: ['server/src/analysis/**/*.ts', 'server/src/rules/**/*.ts', 'server/src/shared/**/*.ts', 'server/src/similarity/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: PURE }] },
  },
  // The layers of analysis/ (CONTRIBUTING.md): base -> parse -> model -> engine, and authoring
  // over the model. A layer imports none of the layers after it.
  ...layer('base', ['parse', 'model', 'engine', 'authoring']),
  ...layer('parse', ['model', 'engine', 'authoring']),
  ...layer('model', ['engine', 'authoring']),
  ...layer('authoring', ['engine']),
  {
    // Insights across the archive: computed from the index's summaries, pure enough for a web
    // worker. No editor, no LSP, no Node; the index is read through its types only.
    files: ['server/src/insights/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: EDITOR_AND_LSP, message: 'The insights core is pure: no editor or LSP import.' },
            { group: NODE_BUILTINS, message: 'The insights core is pure: no Node built-in (it also runs in a web worker).' },
            {
              group: ['**/features/*', '**/server', '**/cli/*', '**/protocol', '**/config-file', '**/config-edit', '**/settings-provider'],
              message: 'The insights core does not import the edges.',
            },
            { group: ['**/workspace/*'], allowTypeImports: true, message: 'The insights core reads the index through its types only.' },
          ],
        },
      ],
    },
  },
  {
    // The client talks to the server over the protocol only; the web client imports no Node module.
    files: ['client/src/**/*.ts', 'client/webview/**/*.ts'],
    ignores: ['client/src/extension.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: SERVER_INTERNALS, message: CLIENT_MESSAGE },
            { group: NOT_IN_WEB, message: WEB_MESSAGE },
          ],
        },
      ],
    },
  },
  {
    // The desktop client's entry point may use Node (it starts the server process and runs git).
    files: ['client/src/extension.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: SERVER_INTERNALS, message: CLIENT_MESSAGE }] }],
    },
  },
  {
    // What the web build bundles of the server runs in a browser worker: the LSP edge, the features,
    // the index and the worker's entry point. Node-only code lives in server/src/node/ and cli/.
    files: ['server/src/*.ts', 'server/src/features/**/*.ts', 'server/src/workspace/**/*.ts', 'server/src/browser/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NOT_IN_WEB, message: WEB_MESSAGE },
            {
              group: ['**/shared/charts'],
              allowTypeImports: true,
              message: 'The server sends chart definitions; the drawing (ECharts) is for the CLI and the webview. Import its types only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The protocol follows vscode-languageserver's own convention: one namespace per request.
    files: ['server/src/protocol.ts'],
    rules: { '@typescript-eslint/no-namespace': 'off' },
  },
  {
    // Tests and scripts may use what they need; the type-unsafe rules only add noise there.
    files: ['test/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      'preserve-caught-error': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
