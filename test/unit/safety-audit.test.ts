/**
 * Source-level rules that keep workspace content from running or reaching out: the extension's
 * own code (server, client, CLI) never evaluates strings as code, never loads a module whose
 * name is computed, opens no network connection, starts no process, and the language server
 * writes no file (edits go through the editor, as versioned workspace edits).
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (path.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** Code only: comments and string contents would give false alarms. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''");
}

const FILES = [...sources(join(ROOT, 'server', 'src')), ...sources(join(ROOT, 'client', 'src'))];

const FORBIDDEN: [RegExp, string][] = [
  [/\beval\s*\(/, 'eval'],
  [/\bnew\s+Function\s*\(/, 'new Function'],
  [/\bFunction\s*\(\s*['"`]/, 'Function(string)'],
  [/\brequire\s*\(\s*[^'"`\s)]/, 'require of a computed name'],
  [/\bimport\s*\(\s*[^'"`\s)]/, 'import() of a computed name'],
  [/\bvm\b\s*\.\s*run/, 'vm.run*'],
  [/\bfetch\s*\(/, 'fetch'],
];

/**
 * The exceptions, each with why it is safe. Anything else that reaches for a process or the
 * network fails the audit.
 */
const ALLOWED_MODULES: Record<string, { module: string; why: string }> = {
  'client/src/extension.ts': {
    module: 'node:child_process',
    why: 'runs the fixed command `git config --global --get user.name|user.email` for "My items"; it reads the user\'s global git configuration, never the workspace',
  },
};

/** Files of the server that may write, and where. */
const ALLOWED_WRITERS: Record<string, string> = {
  'server/src/node/files.ts':
    "saves the workspace index cache (features/index-cache.ts) in the extension's storage folder, never in the workspace; the web build hands it to the client, which keeps it in the extension's storage",
};

const FORBIDDEN_MODULES = /^(?:node:)?(?:child_process|http|https|http2|net|tls|dgram|dns|vm|worker_threads|cluster|inspector)$/;

describe('safety audit of the sources', () => {
  it('finds the sources it audits', () => {
    assert.ok(FILES.some((f) => f.endsWith(join('server', 'src', 'server.ts'))));
    assert.ok(FILES.some((f) => f.endsWith(join('client', 'src', 'extension.ts'))));
  });

  for (const file of FILES) {
    const name = relative(ROOT, file);
    it(`${name}: no eval, no computed module names, no network or process modules`, () => {
      const text = code(file);
      for (const [pattern, what] of FORBIDDEN) {
        assert.doesNotMatch(text, pattern, `${name} uses ${what}`);
      }
      const raw = readFileSync(file, 'utf8');
      for (const m of raw.matchAll(/(?:from\s+|require\s*\(\s*|import\s*\(\s*)['"]([^'"]+)['"]/g)) {
        if (ALLOWED_MODULES[name.replace(/\\/g, '/')]?.module === m[1]) continue;
        assert.doesNotMatch(m[1], FORBIDDEN_MODULES, `${name} imports ${m[1]}`);
      }
    });
  }

  it('the language server writes no file: only the CLI and tests touch the disk for writing', () => {
    for (const file of FILES.filter(
      (f) => f.includes(join('server', 'src')) && !f.includes(join('server', 'src', 'cli')) && !ALLOWED_WRITERS[relative(ROOT, f).replace(/\\/g, '/')],
    )) {
      assert.doesNotMatch(
        code(file),
        /\b(?:writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|rmSync|unlink|unlinkSync|rename|renameSync|mkdir|mkdirSync|copyFile)\b/,
        relative(ROOT, file),
      );
    }
  });

  it('the audit catches what it forbids', () => {
    const sample = "const x = eval(input); const m = require(name); import(path); new Function('a');";
    for (const what of ['eval', 'require of a computed name', 'import() of a computed name', 'new Function']) {
      const [pattern] = FORBIDDEN.find(([, w]) => w === what)!;
      assert.match(sample, pattern, what);
    }
  });
});
