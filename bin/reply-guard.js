#!/usr/bin/env node
'use strict';
try {
  require('../dist/cli.js');
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes('dist/cli.js')) {
    process.stderr.write('reply-guard: the CLI is not built yet; run `npm run build` in the package folder.\n');
    process.exit(2);
  }
  throw err;
}
