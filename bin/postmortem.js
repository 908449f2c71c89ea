#!/usr/bin/env node
'use strict';
// The CLI is bundled by `npm run build` into server/out/cli.js.
const { main } = require('../server/out/cli.js');
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(`postmortem: internal error: ${(error && error.stack) || error}\n`);
    process.exitCode = 2;
  },
);
