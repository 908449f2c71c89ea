/**
 * Entry point of the language server in the web build: runs in a browser worker, speaks LSP over
 * `postMessage`, and reaches the workspace's files through the client (`browser/files.ts`).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server';
import { EditorFiles } from './files';

// The analysis yields between pieces of work with setImmediate, which workers lack: a message
// channel gives the same "after pending events, without a timer's clamp".
if (typeof globalThis.setImmediate !== 'function') {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  (channel.port1 as unknown as { onmessage: () => void }).onmessage = () => queue.shift()?.();
  (globalThis as { setImmediate?: unknown }).setImmediate = (callback: (...args: unknown[]) => void, ...args: unknown[]) => {
    queue.push(() => callback(...args));
    channel.port2.postMessage(0);
  };
}

// The worker's global scope is the message port (typed as never: the server's types are not the DOM's).
const worker = globalThis as never;
const connection = createConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
startServer(connection, new EditorFiles(connection));
