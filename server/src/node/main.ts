/** Entry point of the language server process: speaks LSP over Node IPC (or stdio when asked), and reads the workspace's files from the disk. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { setDocsBase } from '../lsp-convert';
import { startServer } from '../server';
import { NodeFiles } from './files';

/** The folder holding `docs/rules`, found from wherever the server runs (bundle or sources). */
export function extensionRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'docs', 'rules'))) return dir;
    dir = dirname(dir);
  }
  return resolve(__dirname, '..', '..');
}

setDocsBase(pathToFileURL(extensionRoot()).href);
startServer(createConnection(ProposedFeatures.all), new NodeFiles());
