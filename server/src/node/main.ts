/** Entry point of the language server process: speaks LSP over Node IPC (or stdio when asked). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';

startServer(createConnection(ProposedFeatures.all));
