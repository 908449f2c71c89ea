/**
 * Nothing in a workspace can make the server reach the network, start a process or run code.
 * The real bundled server runs with a preload that makes every such door throw and log, while
 * it checks a hostile workspace: a config file naming scripts and URLs, front matter with code
 * tags, HTML with scripts and remote images. Source-level rules are in test/unit/safety-audit.
 */
import { strict as assert } from 'node:assert';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspacePerTest } from '../support/server-per-test';

const PRELOAD = `
const report = (what) => { process.stderr.write('FORBIDDEN ' + what + '\\n'); throw new Error('forbidden: ' + what); };
for (const name of ['net', 'tls', 'http', 'https', 'http2', 'dgram', 'dns', 'child_process', 'worker_threads', 'vm']) {
  const mod = require(name);
  for (const key of Object.keys(mod)) {
    // Constructors stay (the server's own stdio pipes are sockets); connecting is caught below.
    if (typeof mod[key] !== 'function' || /^[A-Z]/.test(key)) continue;
    if (['isIP', 'isIPv4', 'isIPv6', 'getDefaultAutoSelectFamily', 'setDefaultAutoSelectFamily', 'getDefaultAutoSelectFamilyAttemptTimeout', 'isMainThread', 'markAsUntransferable', 'getEnvironmentData', 'setEnvironmentData', 'receiveMessageOnPort', 'moveMessagePortToContext', 'isMarkedAsUntransferable', 'markAsUncloneable', 'postMessageToThread'].includes(key)) continue;
    const original = mod[key];
    mod[key] = function (...args) { return report(name + '.' + key); };
    Object.defineProperty(mod[key], 'name', { value: original.name });
  }
}
const net = require('net');
net.Socket.prototype.connect = function () { return report('net.Socket.connect'); };
globalThis.fetch = () => report('fetch');
globalThis.WebSocket = function () { return report('WebSocket'); };
`;

describe('no network and no code execution from the workspace', function () {
  this.timeout(30000);
  const workspace = workspacePerTest('pm-noexec-');

  it('checks a hostile workspace without opening a socket, starting a process or running its scripts', async () => {
    const marker = join(workspace.path, 'ran.txt');
    const evil = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'the workspace ran code');`;
    writeFileSync(join(workspace.path, 'evil.js'), evil);
    writeFileSync(join(workspace.path, 'postmortems', 'evil.js'), evil);
    writeFileSync(
      join(workspace.path, '.postmortemrc.json'),
      JSON.stringify({
        $schema: 'https://example.invalid/schema.json',
        extends: './evil.js',
        require: ['./evil.js'],
        plugins: ['./evil.js'],
        placeholders: ['TBD', "'); require('child_process').execSync('touch pwned'); ('"],
        files: ['**/postmortems/**/*.md'],
        sections: { __proto__: { title: 'Polluted' }, constructor: { title: 'Constructor' } },
        rules: { 'metadata-date': { severity: 'error', url: 'http://example.invalid/' } },
      }),
    );
    const preload = join(workspace.path, 'preload.cjs');
    writeFileSync(preload, PRELOAD);
    const client = await workspace.start({ execArgv: ['--require', preload] });
    const uri = await client.open(
      join(workspace.path, 'postmortems', 'evil.md'),
      [
        '---',
        'type: postmortem',
        "date: !!js/function \"function () { require('fs').writeFileSync('pwned', 'x') }\"",
        'owner: !!js/undefined',
        'when: !!binary aGVsbG8=',
        '---',
        '# Post-Mortem: <script>require("./evil.js")</script>',
        '',
        '<img src="http://example.invalid/pixel.png"> <iframe src="https://example.invalid/"></iframe>',
        '',
        '[link](http://example.invalid/) ![image](https://example.invalid/x.png)',
        '',
        '```js',
        "require('./evil.js')",
        '```',
        '',
        '## Summary',
        '',
        '<script>fetch("http://example.invalid")</script>',
      ].join('\n'),
    );
    const diagnostics = await client.diagnostics(uri);
    assert.ok(
      diagnostics.some((d) => d.code === 'required-sections'),
      'the document was checked',
    );
    await client.codeActions(uri, diagnostics, ['quickfix', 'source.fixAll.postmortem']);
    await client.connection.sendRequest('postmortem/model', { uri });
    assert.equal(existsSync(marker), false, 'no workspace script ran');
    assert.equal(existsSync(join(workspace.path, 'pwned')), false);
    assert.equal(({} as Record<string, unknown>).title, undefined, 'nothing leaked into Object.prototype of the test process');
    const stderr = client.stderr.join('');
    assert.doesNotMatch(stderr, /FORBIDDEN/, stderr);
    assert.ok(client.alive);
  });

  it('the preload does catch a forbidden call (the test above can fail)', async () => {
    const preload = join(workspace.path, 'preload.cjs');
    writeFileSync(preload, `${PRELOAD}\nsetImmediate(() => { try { require('http').get('http://example.invalid/'); } catch {} });`);
    const client = await workspace.start({ execArgv: ['--require', preload] });
    await client.open(join(workspace.path, 'postmortems', 'x.md'), '# Post-Mortem: x\n');
    assert.match(client.stderr.join(''), /FORBIDDEN http\.get/);
  });
});
