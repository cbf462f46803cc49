// One isolated code-server session (a real VS Code, see ../../../shared/notes/real-vscode-offline.md)
// plus Debian's Chromium, shared by the integration runner, the e2e runner and `npm start`.
// Every session gets its own temp folder for user data, extensions, config and XDG dirs, so
// nothing ever reads or writes the user's own code-server setup.
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, URLSearchParams } from 'node:url';
import { codeServerBin, provision } from '../provision-code-server.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROMIUM = process.env.REPLY_GUARD_CHROMIUM ?? '/usr/bin/chromium';
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
export const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;

// Quiet, deterministic workbench: no welcome page, walkthroughs, tips, git scanning or
// update checks that could steal focus or cover the editor during a test.
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'editor.accessibilitySupport': 'off',
  'window.commandCenter': false,
};

/** A free TCP port on the loopback interface (the OS picks it). */
export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/** Whether something already listens on 127.0.0.1:port. */
export function portInUse(port) {
  return new Promise((ok) => {
    const server = createServer();
    server.once('error', () => ok(true));
    server.listen(port, '127.0.0.1', () => server.close(() => ok(false)));
  });
}

function httpStatus(url) {
  return new Promise((ok) => {
    const request = get(url, (response) => { response.resume(); ok(response.statusCode); });
    request.on('error', () => ok(0));
    request.setTimeout(2000, () => { request.destroy(); ok(0); });
  });
}

/** A fresh temp folder for one session; `keep` leaves it for inspection. */
export function makeSessionDir(prefix) {
  return mkdtempSync(join(tmpdir(), `reply-guard-${prefix}-`));
}

/** Copies a workspace into the session so tests may edit and save files freely. */
export function copyWorkspace(source, sessionDir) {
  const target = join(sessionDir, 'workspace');
  cpSync(source, target, { recursive: true });
  return target;
}

/** Makes the repository an installed extension of this session (a symlink, nothing copied). */
export function linkExtension(extensionsDir) {
  mkdirSync(extensionsDir, { recursive: true });
  const link = join(extensionsDir, `${EXTENSION_ID}-${manifest.version}`);
  if (!existsSync(link)) symlinkSync(root, link, 'dir');
  return link;
}

/**
 * Starts code-server detached in its own process group, bound to 127.0.0.1, and waits until
 * it answers. Returns { url, port, pid, logFile, userDataDir, stop() }.
 */
/**
 * `untrusted: true` turns workspace trust on and leaves the folder untrusted (restricted mode),
 * as VS Code opens a folder that nobody has trusted yet.
 */
export async function startCodeServer({ sessionDir, workspace, port, env = {}, installExtension = false, settings = {}, startTimeoutMs = 60_000, untrusted = false }) {
  provision();
  const userDataDir = join(sessionDir, 'user-data');
  const extensionsDir = join(sessionDir, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const trust = untrusted
    ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never', 'security.workspace.trust.untrustedFiles': 'open' }
    : {};
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...trust, ...settings }, null, 2));
  if (installExtension) linkExtension(extensionsDir);
  port ??= await freePort();
  const configFile = join(sessionDir, 'config.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const xdg = {};
  for (const kind of ['CONFIG', 'DATA', 'CACHE', 'STATE']) {
    xdg[`XDG_${kind}_HOME`] = join(sessionDir, `xdg-${kind.toLowerCase()}`);
    mkdirSync(xdg[`XDG_${kind}_HOME`], { recursive: true });
  }
  const args = [
    '--config', configFile, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', ...(untrusted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override', '--ignore-last-opened',
  ];
  if (workspace) args.push(workspace);
  const logFile = join(sessionDir, 'code-server.log');
  const log = createWriteStream(logFile);
  await new Promise((ok) => log.once('open', ok));
  // PORT would override --bind-addr inside code-server; the caller's port is already in args.
  const childEnv = { ...process.env, ...xdg, ...env };
  for (const name of ['PORT', 'PASSWORD', 'HASHED_PASSWORD']) delete childEnv[name];
  const child = spawn(codeServerBin, args, { cwd: sessionDir, env: childEnv, detached: true, stdio: ['ignore', log, log] });
  let exited = null;
  child.once('exit', (code, signal) => { exited = { code, signal }; });
  const session = {
    url: `http://127.0.0.1:${port}`, port, pid: child.pid, logFile, userDataDir, extensionsDir, sessionDir,
    get exited() { return exited; },
    stop: () => stopGroup(child, () => exited),
  };
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`code-server exited (${exited.code ?? exited.signal}) before answering:\n${tail(logFile)}`);
    if (await httpStatus(`${session.url}/healthz`) === 200) return session;
    await sleep(200);
  }
  await session.stop();
  throw new Error(`code-server did not answer on ${session.url} within ${startTimeoutMs / 1000} s:\n${tail(logFile)}`);
}

/** Stops a detached child and every process it started (file watcher, extension host). */
export async function stopGroup(child, exitedFn = () => child.exitCode !== null || child.signalCode !== null) {
  const signalGroup = (signal) => { try { process.kill(-child.pid, signal); } catch { /* already gone */ } };
  const groupAlive = () => { try { process.kill(-child.pid, 0); return true; } catch { return false; } };
  signalGroup('SIGTERM');
  for (let waited = 0; waited < 3000 && !exitedFn(); waited += 100) await sleep(100);
  // The group may still hold children after the leader exits (the extension host, the file
  // watcher); kill them and wait until they are gone, so nothing writes into a folder being removed.
  signalGroup('SIGKILL');
  for (let waited = 0; waited < 3000 && groupAlive(); waited += 50) await sleep(50);
}

/** The last lines of a log file, for error messages. */
export function tail(file, lines = 30) {
  try {
    // Crash reports quote whole lines of VS Code's minified bundles: keep them readable.
    return readFileSync(file, 'utf8').split('\n').slice(-lines).map((line) => (line.length > 240 ? `${line.slice(0, 240)}...` : line)).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * The workbench URL for a folder; `payload` carries Extension Development Host arguments
 * (extensionDevelopmentPath, extensionTestsPath, skipWelcome) as VS Code's web tests do.
 */
export function workbenchUrl(session, { folder, payload } = {}) {
  const query = new URLSearchParams();
  if (folder) query.set('folder', folder);
  if (payload) query.set('payload', JSON.stringify(payload));
  const text = query.toString();
  return `${session.url}/${text ? `?${text}` : ''}`;
}

/** A path on the code-server machine as the web workbench addresses it. */
export function remoteUri(session, path) {
  return `vscode-remote://127.0.0.1:${session.port}${path}`;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--disable-default-apps',
];

/** Launches Debian's Chromium through playwright-core (never downloads a browser). */
export async function launchChromium({ headless = true } = {}) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium) or set REPLY_GUARD_CHROMIUM.`);
  }
  const { chromium } = await import('playwright-core');
  // Our own signal handlers stop code-server first; playwright's would exit the process at once.
  return chromium.launch({ executablePath: CHROMIUM, headless, args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
}

let interrupted = false;
/** True once Ctrl-C or SIGTERM arrived: the run is being torn down, its errors are not failures. */
export const wasInterrupted = () => interrupted;

/** On Ctrl-C or SIGTERM: runs `cleanup` (stop code-server and Chromium), then exits 130/143. */
export function onInterrupt(cleanup) {
  const handler = (signal, status) => async () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\nreply-guard: ${signal}, stopping code-server and Chromium...`);
    try { await cleanup(); } finally { process.exit(status); }
  };
  process.once('SIGINT', handler('SIGINT', 130));
  process.once('SIGTERM', handler('SIGTERM', 143));
}

/** Removes a session folder unless REPLY_GUARD_KEEP_SESSION is set (then says where it is). */
export function removeSessionDir(sessionDir) {
  if (process.env.REPLY_GUARD_KEEP_SESSION) {
    console.error(`reply-guard: kept session folder ${sessionDir}`);
    return;
  }
  rmSync(sessionDir, { recursive: true, force: true, maxRetries: 5 });
}

/** Wraps a cleanup so a signal and the normal exit path running it together do it once. */
export function once(cleanup) {
  let running;
  return () => (running ??= cleanup());
}
