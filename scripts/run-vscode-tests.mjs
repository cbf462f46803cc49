// `npm run test:integration`: runs test/integration/**/*.test.ts inside a real VS Code
// extension host (code-server, driven by Debian's Chromium), with Reply Guard loaded from
// this repository as an Extension Development Host.
//
//   node scripts/run-vscode-tests.mjs [--grep <title regexp>] [--workspace <folder>] [--no-build] [--headed]
//   env: REPLY_GUARD_TEST_GREP, REPLY_GUARD_TEST_WORKSPACE, REPLY_GUARD_TEST_TIMEOUT (seconds, default 600),
//        REPLY_GUARD_KEEP_SESSION=1 keeps the temp session folder (user data, logs).
//
// The workspace (default demo/) is copied into a temp session folder, so tests may edit and
// save files. Mocha's lines stream from <session>/results/output.log as they are written;
// the verdict is <session>/results/summary.json (see test/integration/index.ts), with the
// workbench's codeAutomationExit as a second signal. Failures leave a screenshot and the
// logs in test-results/integration/.
import { execFileSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  copyWorkspace, once, launchChromium, makeSessionDir, onInterrupt, wasInterrupted, remoteUri, removeSessionDir, root, startCodeServer, tail, workbenchUrl,
} from './lib/code-server.mjs';

const { values: options } = parseArgs({
  options: {
    grep: { type: 'string', default: process.env.REPLY_GUARD_TEST_GREP },
    workspace: { type: 'string', default: process.env.REPLY_GUARD_TEST_WORKSPACE ?? 'demo' },
    'no-build': { type: 'boolean', default: false },
    headed: { type: 'boolean', default: false },
    // Runs test/integration/untrusted/ (and only it) in a workspace VS Code does not trust.
    untrusted: { type: 'boolean', default: false },
  },
});
const timeoutMs = Number(process.env.REPLY_GUARD_TEST_TIMEOUT ?? 600) * 1000;
const artifactsDir = join(root, 'test-results', 'integration');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const say = (text) => console.error(`reply-guard: ${text} [${elapsed()}]`);

let session;
let browser;
const consoleLines = [];
const sessionDir = makeSessionDir('integration');
const resultsDir = join(sessionDir, 'results');

const cleanup = once(async () => {
  await browser?.close().catch(() => {});
  await session?.stop();
  removeSessionDir(sessionDir);
});
onInterrupt(cleanup);

/** Prints the new complete lines of output.log since the last call. */
function makeTailer(file) {
  let offset = 0;
  let pending = '';
  return () => {
    if (!existsSync(file)) return;
    const size = statSync(file).size;
    if (size <= offset) return;
    const buffer = Buffer.alloc(size - offset);
    const fd = openSync(file, 'r');
    try { readSync(fd, buffer, 0, buffer.length, offset); } finally { closeSync(fd); }
    offset = size;
    const lines = (pending + buffer.toString('utf8')).split('\n');
    pending = lines.pop();
    for (const line of lines) console.log(line);
  };
}

function readSummary() {
  const file = join(resultsDir, 'summary.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

async function keepArtifacts(page, reason, exitLogs) {
  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(artifactsDir, { recursive: true });
  writeFileSync(join(artifactsDir, 'reason.txt'), reason + '\n');
  if (page) await page.screenshot({ path: join(artifactsDir, 'workbench.png') }).catch(() => {});
  if (session) cpSync(session.logFile, join(artifactsDir, 'code-server.log'));
  writeFileSync(join(artifactsDir, 'browser-console.log'), consoleLines.join('\n') + '\n');
  for (const { relativePath, contents } of exitLogs ?? []) {
    const target = join(artifactsDir, 'workbench-logs', relativePath.replace(/\.\.+/g, '_'));
    mkdirSync(resolve(target, '..'), { recursive: true });
    writeFileSync(target, contents);
  }
  console.error(`reply-guard: screenshot and logs in ${artifactsDir}`);
}

async function main() {
  const workspaceSource = resolve(root, options.workspace);
  if (!existsSync(workspaceSource)) throw new Error(`workspace ${workspaceSource} does not exist`);
  if (!options['no-build']) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  const testsIndex = join(root, 'dist', 'test', 'integration', 'index.js');
  if (!existsSync(testsIndex)) throw new Error(`${testsIndex} is missing: the build did not bundle test/integration/index.ts`);

  const workspace = copyWorkspace(workspaceSource, sessionDir);
  mkdirSync(resultsDir, { recursive: true });
  // The extension host inherits code-server's environment: that is how the runner in the
  // host learns where to write and what to run.
  const env = { REPLY_GUARD_TEST_RESULTS: resultsDir, REPLY_GUARD_TEST_HOST: 'code-server' };
  if (options.grep) env.REPLY_GUARD_TEST_GREP = options.grep;
  if (options.untrusted) env.REPLY_GUARD_TEST_TRUST = 'untrusted';
  session = await startCodeServer({ sessionDir, workspace, env, untrusted: options.untrusted });
  say(`code-server answers on ${session.url}`);

  browser = await launchChromium({ headless: !options.headed });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  let exit;
  await page.exposeFunction('codeAutomationExit', (code, logs) => { exit = { code, logs }; });
  await page.exposeFunction('codeAutomationLog', () => {});
  let pageError;
  page.on('crash', () => { pageError = 'the workbench page crashed'; });
  // The browser console carries the workbench's and (in a development host) the extension
  // host's messages: kept for the failure artifacts, since nothing else logs to disk.
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.stack ?? error.message}`));
  const url = workbenchUrl(session, {
    folder: workspace,
    payload: [
      ['extensionDevelopmentPath', remoteUri(session, root)],
      ['extensionTestsPath', remoteUri(session, testsIndex)],
      ['skipWelcome', 'true'],
    ],
  });
  await page.goto(url, { timeout: 120_000 });
  say('workbench opened, running mocha in the extension host');

  const printNewLines = makeTailer(join(resultsDir, 'output.log'));
  const deadline = started + timeoutMs;
  let summary;
  for (;;) {
    if (wasInterrupted()) return 130;
    printNewLines();
    summary = readSummary();
    if (summary) break;
    if (exit) {
      // The host exited without a summary: give a late file write a moment, then give up.
      await sleep(1000);
      printNewLines();
      summary = readSummary();
      if (!summary) pageError = `the extension host exited (code ${exit.code}) before the tests reported; see the logs`;
      break;
    }
    if (session.exited) pageError = `code-server exited (${session.exited.code ?? session.exited.signal}):\n${tail(session.logFile)}`;
    if (Date.now() > deadline) pageError = `timed out after ${timeoutMs / 1000} s (REPLY_GUARD_TEST_TIMEOUT); the tests did not finish`;
    if (pageError) break;
    await sleep(250);
  }

  if (wasInterrupted()) return 130;
  if (!summary) {
    await keepArtifacts(page, pageError, exit?.logs);
    console.error(`reply-guard: integration tests did not complete: ${pageError}`);
    return 1;
  }
  const counts = `${summary.passed} passed, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''}`;
  const failed = summary.failed > 0 || summary.error || summary.passed === 0;
  if (!failed) rmSync(artifactsDir, { recursive: true, force: true }); // no stale failure next to a green run
  if (failed) {
    // Give the workbench a moment to report its logs for the artifacts.
    for (let waited = 0; !exit && waited < 3000; waited += 250) await sleep(250);
    await keepArtifacts(page, summary.error ?? counts, exit?.logs);
  }
  console.log(`\n${counts}`);
  say(`integration tests took ${Math.round(summary.durationMs / 100) / 10} s inside VS Code`);
  return failed ? 1 : 0;
}

let status = 1;
try {
  status = await main();
} catch (error) {
  if (!wasInterrupted()) console.error(`reply-guard: ${error instanceof Error ? error.message : error}`);
} finally {
  await cleanup();
}
process.exit(status);
