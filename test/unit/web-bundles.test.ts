// The browser builds (vscode.dev, web worker extension host) have no `require`: every module
// must be inside the bundle, `vscode` excepted. esbuild's metafile lists what a bundle still
// imports at run time, which a text search cannot tell apart from ajv's code templates
// (strings such as 'require("ajv/dist/runtime/uri")' that only its standalone mode emits).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { build, type BuildOptions } from 'esbuild';

const WEB: BuildOptions = { bundle: true, platform: 'browser', write: false, metafile: true, logLevel: 'silent', target: 'es2022' };

async function runtimeImports(options: BuildOptions): Promise<string[]> {
  const result = await build({ ...WEB, ...options });
  return Object.values(result.metafile!.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
}

describe('web bundles', function () {
  this.timeout(60_000);

  it('the web extension imports nothing at run time but vscode', async () => {
    const imports = await runtimeImports({ entryPoints: ['src/extension/extension.ts'], outfile: 'web/extension.js', format: 'cjs', external: ['vscode'], define: { 'process.env.NODE_ENV': '"production"' } });
    assert.deepEqual([...new Set(imports)], ['vscode']);
  });

  it('the core imports nothing at run time', async () => {
    assert.deepEqual(await runtimeImports({ entryPoints: ['src/core/index.ts'], outfile: 'web/core.js', format: 'esm' }), []);
  });

  it('pack validation (ajv) runs in a sandbox without require, process or Node built-ins', async () => {
    const entry = "import { parsePack } from './src/core/policy'; globalThis.result = parsePack(globalThis.packText, 'default.pack.yaml', {});";
    const result = await build({ ...WEB, stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' }, format: 'iife', outfile: 'sandbox.js', define: { 'process.env.NODE_ENV': '"production"' } });
    const code = result.outputFiles![0].text;
    const sandbox: { packText: string; result?: { pack?: unknown; problems: unknown[] } } = { packText: readFileSync('snippets/default.pack.yaml', 'utf8') };
    runInNewContext(code, Object.assign(sandbox, { TextEncoder, TextDecoder, URL, console }));
    assert.ok(sandbox.result, 'the bundle ran');
    assert.ok(sandbox.result.pack, `the built-in pack parsed: ${JSON.stringify(sandbox.result.problems).slice(0, 300)}`);
    // A broken pack is reported by the schema, not by a crash.
    sandbox.packText = 'id: 42\n';
    runInNewContext(code, sandbox);
    assert.ok(sandbox.result!.problems.length > 0);
  });

  it('the core bundle does not load compromise until a PERSON scan needs it', async () => {
    const entry = "import { scan } from './src/core'; globalThis.before = globalThis.nlpLoaded; globalThis.findings = scan('Santiago called: John Smith wants a refund.', { lang: 'en' }); globalThis.after = globalThis.nlpLoaded;";
    const result = await build({
      ...WEB,
      stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
      format: 'iife',
      outfile: 'sandbox.js',
      // Marks the moment compromise's module body runs.
      plugins: [{ name: 'mark-compromise', setup(b) { b.onLoad({ filter: /compromise-three\.cjs$|compromise[\\/]src[\\/]three\.js$/ }, (args) => ({ contents: `globalThis.nlpLoaded = true;\n${readFileSync(args.path, 'utf8')}`, loader: 'js' })); } }],
    });
    const sandbox: { before?: boolean; after?: boolean; findings?: { entity: string }[]; self?: unknown } = {};
    // A browser worker's global is `self`.
    sandbox.self = sandbox;
    runInNewContext(result.outputFiles![0].text, Object.assign(sandbox, { TextEncoder, TextDecoder, URL, console }));
    assert.equal(sandbox.before, undefined, 'compromise ran at load time');
    assert.equal(sandbox.after, true);
    assert.ok(sandbox.findings!.some((f) => f.entity === 'PERSON'));
  });
});
