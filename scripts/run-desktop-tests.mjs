// `npm run test:desktop`: the same integration suite (test/integration) in desktop VS Code
// (Electron) through @vscode/test-electron, for machines with internet: it downloads VS Code
// into .vscode-test/ on first use. Machines that reach only the npm registry cannot download
// it; they run the suite in code-server with `npm run test:integration` instead.
//
//   node scripts/run-desktop-tests.mjs [--grep <title regexp>] [--workspace <folder>] [--no-build]
//   env: REPLY_GUARD_VSCODE_VERSION (default 'stable'), REPLY_GUARD_VSCODE_EXECUTABLE (use an
//        installed VS Code instead of downloading one)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { copyWorkspace, makeSessionDir, removeSessionDir, root } from './lib/code-server.mjs';

const { values: options } = parseArgs({
  options: {
    grep: { type: 'string', default: process.env.REPLY_GUARD_TEST_GREP },
    workspace: { type: 'string', default: process.env.REPLY_GUARD_TEST_WORKSPACE ?? 'demo' },
    'no-build': { type: 'boolean', default: false },
  },
});

const OFFLINE_HINT = 'test:desktop downloads VS Code with @vscode/test-electron and needs the internet '
  + '(update.code.visualstudio.com). On a machine without it, run `npm run test:integration` (the same suite '
  + 'in code-server), or point REPLY_GUARD_VSCODE_EXECUTABLE at an installed VS Code.';

const sessionDir = makeSessionDir('desktop');
let status = 1;
try {
  if (!options['no-build']) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  const workspace = copyWorkspace(resolve(root, options.workspace), sessionDir);
  const resultsDir = join(sessionDir, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const extensionTestsEnv = { REPLY_GUARD_TEST_RESULTS: resultsDir, REPLY_GUARD_TEST_HOST: 'electron' };
  if (options.grep) extensionTestsEnv.REPLY_GUARD_TEST_GREP = options.grep;
  try {
    status = await runTests({
      version: process.env.REPLY_GUARD_VSCODE_VERSION ?? 'stable',
      vscodeExecutablePath: process.env.REPLY_GUARD_VSCODE_EXECUTABLE,
      extensionDevelopmentPath: root,
      extensionTestsPath: join(root, 'dist', 'test', 'integration', 'index.js'),
      extensionTestsEnv,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
        '--user-data-dir', join(sessionDir, 'user-data'), '--extensions-dir', join(sessionDir, 'extensions')],
    });
  } catch (error) {
    const summaryFile = join(resultsDir, 'summary.json');
    // runTests rejects when the tests fail too; only a run that never reported is a launch problem.
    if (!existsSync(summaryFile)) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`reply-guard: could not start desktop VS Code: ${reason}\nreply-guard: ${OFFLINE_HINT}`);
    }
  }
  const summaryFile = join(resultsDir, 'summary.json');
  if (existsSync(summaryFile)) {
    const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
    console.log(`\n${summary.passed} passed, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''}`);
    status = summary.failed || summary.error || !summary.passed ? 1 : 0;
  }
} catch (error) {
  console.error(`reply-guard: ${error instanceof Error ? error.message : error}`);
} finally {
  removeSessionDir(sessionDir);
}
process.exit(status);
