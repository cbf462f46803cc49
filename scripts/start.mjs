// `npm start`: Reply Guard in a real VS Code in your browser. Builds, provisions code-server
// (cached in .vscode-test/), installs the extension as a link to this repository (so a
// rebuild + "Developer: Reload Window" picks up changes), opens a fresh copy of demo/ and
// serves it on http://127.0.0.1:8080 (or $PORT) until Ctrl-C.
//
//   node scripts/start.mjs [--port <n>] [--workspace <folder>] [--in-place] [--no-build]
//   --workspace  open another folder instead of the demo (opened in place, never copied)
//   --in-place   open demo/ itself, so edits to the demo files are kept
// The session (user data, settings, logs) lives in a temp folder and is removed on exit; your
// own code-server or VS Code configuration is never read or written.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { parseArgs } from 'node:util';
import { copyWorkspace, makeSessionDir, portInUse, removeSessionDir, root, startCodeServer, tail, workbenchUrl } from './lib/code-server.mjs';

const { values: options } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    workspace: { type: 'string' },
    'in-place': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});

const port = Number(options.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`reply-guard: --port/PORT must be a port number, got "${options.port}"`);
  process.exit(2);
}
if (await portInUse(port)) {
  console.error(`reply-guard: port ${port} on 127.0.0.1 is taken; choose another with PORT=<n> npm start or --port <n>`);
  process.exit(2);
}

const sessionDir = makeSessionDir('start');
let session;
let stopping = false;
async function stop(status) {
  if (stopping) return;
  stopping = true;
  console.error('\nreply-guard: stopping code-server...');
  await session?.stop();
  removeSessionDir(sessionDir);
  process.exit(status);
}
process.once('SIGINT', () => stop(0));
process.once('SIGTERM', () => stop(0));

try {
  if (!options['no-build']) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  let workspace;
  if (options.workspace) {
    workspace = resolve(options.workspace);
    if (!existsSync(workspace)) throw new Error(`workspace ${workspace} does not exist`);
  } else {
    workspace = options['in-place'] ? join(root, 'demo') : copyWorkspace(join(root, 'demo'), sessionDir);
  }
  session = await startCodeServer({ sessionDir, workspace, port, installExtension: true });
  // The server is ours until Ctrl-C; report if it dies on its own.
  const watch = setInterval(() => {
    if (!session.exited) return;
    clearInterval(watch);
    console.error(`reply-guard: code-server exited (${session.exited.code ?? session.exited.signal}):\n${tail(session.logFile)}`);
    stop(1);
  }, 500);
  console.log(`\nReply Guard is running in VS Code (code-server) at:\n\n    ${workbenchUrl(session, { folder: workspace })}\n`);
  console.log(`Workspace: ${workspace}${options.workspace || options['in-place'] ? '' : ' (a fresh copy of demo/, removed on exit)'}`);
  console.log(`Logs: ${session.logFile}`);
  console.log('After `npm run build`, run "Developer: Reload Window" to load the new build. Ctrl-C stops.');
} catch (error) {
  console.error(`reply-guard: ${error instanceof Error ? error.message : error}`);
  await stop(1);
}
