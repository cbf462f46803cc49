// `npm run test:e2e`: end-to-end specs (test/e2e/**/*.e2e.ts) that drive the real VS Code UI
// (code-server) in Debian's Chromium. Reply Guard is installed into the session's extensions
// folder as users get it (a link to this repository), and the workspace is a temp copy of
// demo/ so specs may type and save. The specs run with mocha in this process (TypeScript via
// tsx) and use test/e2e/helpers.ts, which reads REPLY_GUARD_E2E_URL and _WORKSPACE.
//
//   node scripts/run-e2e.mjs [--grep <title regexp>] [--workspace <folder>] [--no-build] [--headed]
//                            [--update-screenshots] [spec files...]
//   env: REPLY_GUARD_E2E_TIMEOUT (seconds for the whole run, default 600), REPLY_GUARD_KEEP_SESSION=1
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout } from 'node:timers';
import { parseArgs } from 'node:util';
import { copyWorkspace, makeSessionDir, once, removeSessionDir, root, startCodeServer } from './lib/code-server.mjs';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    grep: { type: 'string', default: process.env.REPLY_GUARD_TEST_GREP },
    workspace: { type: 'string', default: process.env.REPLY_GUARD_TEST_WORKSPACE ?? 'demo' },
    'no-build': { type: 'boolean', default: false },
    headed: { type: 'boolean', default: false },
    'update-screenshots': { type: 'boolean', default: false },
  },
});
const timeoutMs = Number(process.env.REPLY_GUARD_E2E_TIMEOUT ?? 600) * 1000;
const artifactsDir = join(root, 'test-results', 'e2e');
const started = Date.now();
const say = (text) => console.error(`reply-guard: ${text} [${((Date.now() - started) / 1000).toFixed(1)} s]`);

// Typing must land as typed: no auto-closing, suggestions or auto-indent rewriting it; a solid
// cursor keeps screenshots stable.
const E2E_SETTINGS = {
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.autoSurround': 'never',
  'editor.autoIndent': 'none',
  'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
  'editor.suggestOnTriggerCharacters': false,
  'editor.acceptSuggestionOnEnter': 'off',
  'editor.wordBasedSuggestions': 'off',
  'editor.cursorBlinking': 'solid',
  'editor.minimap.enabled': false,
  'workbench.editor.enablePreview': false,
  'files.autoSave': 'off',
  'files.insertFinalNewline': false,
  'files.trimTrailingWhitespace': false,
};

function specFiles() {
  if (positionals.length) return positionals.map((file) => resolve(file));
  const dir = join(root, 'test', 'e2e');
  return readdirSync(dir, { recursive: true }).filter((file) => file.endsWith('.e2e.ts')).sort().map((file) => join(dir, file));
}

const sessionDir = makeSessionDir('e2e');
let session;
let closeBrowser = async () => {};
const cleanup = once(async () => {
  try { await closeBrowser(); } catch { /* Chromium already gone; playwright kills it on exit anyway */ }
  await session?.stop();
  removeSessionDir(sessionDir);
});

async function main() {
  const workspaceSource = resolve(root, options.workspace);
  if (!existsSync(workspaceSource)) throw new Error(`workspace ${workspaceSource} does not exist`);
  const files = specFiles();
  if (!files.length) throw new Error('no e2e specs (test/e2e/**/*.e2e.ts)');
  if (!options['no-build']) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  rmSync(artifactsDir, { recursive: true, force: true });

  const workspace = copyWorkspace(workspaceSource, sessionDir);
  session = await startCodeServer({ sessionDir, workspace, installExtension: true, settings: E2E_SETTINGS });
  say(`code-server answers on ${session.url}`);
  Object.assign(process.env, {
    REPLY_GUARD_E2E_URL: session.url,
    REPLY_GUARD_E2E_WORKSPACE: workspace,
    ...(options.headed ? { REPLY_GUARD_E2E_HEADED: '1' } : {}),
    ...(options['update-screenshots'] ? { REPLY_GUARD_UPDATE_SCREENSHOTS: '1' } : {}),
  });

  await import('tsx'); // TypeScript specs and helpers, loaded below through mocha
  const { default: Mocha } = await import('mocha');
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 90_000, slow: 10_000 });
  if (options.grep) mocha.grep(options.grep);
  for (const file of files) mocha.addFile(file);
  await mocha.loadFilesAsync();
  // The helpers are CommonJS under tsx: their exports arrive as `default` when imported here.
  const helpers = await import(join(root, 'test', 'e2e', 'helpers.ts'));
  closeBrowser = helpers.closeBrowser ?? helpers.default.closeBrowser;

  const stats = await new Promise((done) => {
    runner = mocha.run(() => done(runner.stats));
  });
  if (finishing) return 130; // torn down by a signal or the global timeout: not a verdict
  const counts = `${stats.passes} passed, ${stats.failures} failed${stats.pending ? `, ${stats.pending} skipped` : ''}`;
  const failed = stats.failures > 0 || stats.passes === 0;
  if (failed) {
    mkdirSync(artifactsDir, { recursive: true });
    cpSync(session.logFile, join(artifactsDir, 'code-server.log'));
    const logs = join(session.userDataDir, 'logs');
    if (existsSync(logs)) cpSync(logs, join(artifactsDir, 'vscode-logs'), { recursive: true });
    console.error(`reply-guard: screenshots and logs in ${artifactsDir}`);
  }
  console.log(`\n${counts}`);
  say('e2e done');
  return failed ? 1 : 0;
}

let finishing = false;
let runner;
async function finish(status, message) {
  if (finishing) return;
  finishing = true;
  if (message) console.error(`reply-guard: ${message}`);
  runner?.abort(); // after a signal or the timeout, no more specs against a closing browser
  await cleanup();
  process.exit(status);
}
process.once('SIGINT', () => finish(130, 'interrupted, stopping code-server and Chromium'));
process.once('SIGTERM', () => finish(143, 'terminated, stopping code-server and Chromium'));
setTimeout(() => finish(1, `e2e run timed out after ${timeoutMs / 1000} s (REPLY_GUARD_E2E_TIMEOUT)`), timeoutMs).unref();

main().then((status) => finish(status), (error) => finish(1, error instanceof Error ? error.stack : String(error)));
