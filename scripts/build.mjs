// Bundles the extension (Node and web), the CLI, the bench and the integration tests with esbuild.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

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
  jobs.push({ ...common, entryPoints: ['test/integration/index.ts'], outfile: 'dist/test/integration/index.js', platform: 'node', format: 'cjs', external: ['vscode'] });
}
mkdirSync('dist', { recursive: true });
const started = Date.now();
await Promise.all(jobs.filter((j) => !j.entryPoints || j.entryPoints.length).map((j) => build(j)));
if (!watch) console.error(`reply-guard: built ${jobs.length} bundles in ${Date.now() - started} ms`);
