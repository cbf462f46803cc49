// Bundles the extension (Node and web), the CLI, the bench and the integration tests with esbuild.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { URL } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const common = { bundle: true, sourcemap: true, logLevel: 'warning', target: 'es2022', legalComments: 'none' };
const jobs = [
  // The extension for desktop VS Code and code-server's Node extension host.
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // The same extension for browser VS Code (vscode.dev, web workers): no Node built-ins.
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], define: { 'process.env.NODE_ENV': '"production"' } },
  // The core alone as a browser bundle: proves src/core needs nothing from Node.
  { ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/web/core.js', platform: 'browser', format: 'esm' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', define: { REPLY_GUARD_VERSION: JSON.stringify(pkg.version) } },
  { ...common, entryPoints: ['bench/bench.ts', 'bench/eval.ts'].filter((f) => existsSync(f)), outdir: 'dist/bench', platform: 'node', format: 'cjs' },
];
if (existsSync('test/integration/index.ts')) {
  // The in-host mocha runner plus one bundle per test file, which the runner discovers;
  // mocha itself is resolved from node_modules at run time.
  const tests = readdirSync('test/integration', { recursive: true }).filter((f) => f.endsWith('.test.ts')).map((f) => `test/integration/${f}`);
  jobs.push({ ...common, entryPoints: ['test/integration/index.ts', ...tests], outdir: 'dist/test/integration', outbase: 'test/integration', platform: 'node', format: 'cjs', external: ['vscode', 'mocha'] });
}
// Stale bundles of deleted or renamed integration tests would still be discovered and run.
rmSync('dist/test/integration', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });
const started = Date.now();
const results = await Promise.all(jobs.filter((j) => !j.entryPoints || j.entryPoints.length).map((j) => build(j.platform === 'browser' ? { ...j, metafile: true } : j)));
// A browser has no require: what a web bundle still imports at run time must be vscode only.
for (const r of results) {
  for (const [file, output] of Object.entries(r.metafile?.outputs ?? {})) {
    const missing = output.imports.filter((i) => i.external && i.path !== 'vscode').map((i) => i.path);
    if (missing.length) {
      console.error(`reply-guard: ${file} would load ${[...new Set(missing)].join(', ')} at run time, which a browser cannot`);
      process.exitCode = 1;
    }
  }
}
if (!watch) console.error(`reply-guard: built ${jobs.length} bundles in ${Date.now() - started} ms`);
