// Runs the web build's language server (server/out/browser.js, made for a browser worker) in a
// Node process for the LSP tests: the worker's `postMessage` / `onmessage` are bridged to LSP's
// stdio framing, so the tests drive it as they drive the Node server. Node's own globals stay
// (the bundle must not need them; the lint zones and the esbuild browser build hold that).
'use strict';
const { join } = require('node:path');
const { StreamMessageReader } = require('vscode-jsonrpc/node');

const out = process.stdout;
globalThis.self = globalThis;
globalThis.location = { href: 'http://localhost/server/out/browser.js' };
globalThis.postMessage = (message) => {
  const json = JSON.stringify(message);
  out.write(`Content-Length: ${Buffer.byteLength(json, 'utf8')}\r\n\r\n${json}`);
};
globalThis.addEventListener = () => undefined;
const reader = new StreamMessageReader(process.stdin);
require(join(__dirname, '..', '..', 'server', 'out', 'browser.js'));
reader.listen((message) => globalThis.onmessage?.({ data: message }));
