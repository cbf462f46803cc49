// Provisions a real VS Code (the one inside the npm package code-server) into a cache
// folder, without the steps that need the internet. See ../shared/notes/real-vscode-offline.md.
// Idempotent: a marker file records a finished provision, so later runs return at once.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3'; // VS Code 1.100.3, the last line that runs on Node 20
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const cacheDir = process.env.REPLY_GUARD_CODE_SERVER_CACHE
  ?? join(root, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
export const codeServerBin = join(cacheDir, 'node_modules', '.bin', 'code-server');
const marker = join(cacheDir, '.provisioned');

function run(cmd, args, cwd, extraEnv = {}) {
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...extraEnv } });
}

// VS Code's file search and workspace.findFiles run ripgrep, which @vscode/ripgrep would
// download from GitHub; Debian's package (apt-get install ripgrep) is the same program.
const systemRipgrep = process.env.REPLY_GUARD_RIPGREP ?? '/usr/bin/rg';
function linkRipgrep(log) {
  const bin = join(cacheDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin');
  const rg = join(bin, 'rg');
  if (existsSync(rg)) return;
  if (!existsSync(systemRipgrep)) {
    log(`reply-guard: ${systemRipgrep} not found: workspace.findFiles and search will fail in code-server (apt-get install ripgrep)`);
    return;
  }
  mkdirSync(bin, { recursive: true });
  rmSync(rg, { force: true }); // a dangling link from an earlier rg path
  symlinkSync(systemRipgrep, rg);
}

export function provision({ log = console.error } = {}) {
  if (existsSync(marker)) {
    linkRipgrep(log);
    return codeServerBin;
  }
  const started = Date.now();
  log(`reply-guard: provisioning code-server ${CODE_SERVER_VERSION} into ${cacheDir} (first run only, about a minute)`);
  mkdirSync(cacheDir, { recursive: true });
  if (!existsSync(join(cacheDir, 'package.json'))) writeFileSync(join(cacheDir, 'package.json'), '{"private":true}\n');
  const npmFlags = ['--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
  // Its postinstall downloads ripgrep from GitHub and refuses root: skip it, do its useful parts by hand.
  run('npm', ['install', ...npmFlags, `code-server@${CODE_SERVER_VERSION}`], cacheDir);
  const vscodeDir = join(cacheDir, 'node_modules', 'code-server', 'lib', 'vscode');
  run('npm', ['install', '--omit=dev', ...npmFlags], vscodeDir);
  const asar = join(vscodeDir, 'node_modules.asar');
  rmSync(asar, { force: true, recursive: true });
  symlinkSync('node_modules', asar);
  run('npm', ['rebuild', 'argon2', '--loglevel=error'], cacheDir, { npm_config_unsafe_perm: 'true' });
  linkRipgrep(log);
  writeFileSync(marker, new Date().toISOString() + '\n');
  log(`reply-guard: code-server ready in ${Math.round((Date.now() - started) / 1000)} s`);
  return codeServerBin;
}

if (import.meta.url === `file://${process.argv[1]}`) provision();
