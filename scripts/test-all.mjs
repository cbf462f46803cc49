// `npm test`: build, typecheck, lint, unit tests, integration tests in a real VS Code
// extension host (trusted, then Restricted Mode), e2e tests in a real VS Code UI. Every
// stage runs even when an earlier one failed (except after a failed build, which the tests
// need), so one run shows every problem; then a table of stage times and one total line, `total: N passed, N failed`.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const npx = (...args) => ['npx', '--no-install', ...args];
const STAGES = [
  { name: 'build', command: ['node', 'scripts/build.mjs'], required: true },
  { name: 'typecheck', command: npx('tsc', '-p', '.', '--noEmit') },
  { name: 'lint', command: npx('eslint', 'src', 'test', 'bench', 'scripts') },
  { name: 'unit', command: npx('mocha'), counts: 'mocha' },
  { name: 'integration', command: ['node', 'scripts/run-vscode-tests.mjs', '--no-build'], counts: 'plain' },
  // The same extension in Restricted Mode: test/integration/untrusted/ in an untrusted workspace.
  { name: 'untrusted', command: ['node', 'scripts/run-vscode-tests.mjs', '--no-build', '--untrusted'], counts: 'plain' },
  { name: 'e2e', command: ['node', 'scripts/run-e2e.mjs', '--no-build'], counts: 'plain' },
];

/** Counts from the stage's own closing lines: mocha's spec reporter or our plain line. */
function countsIn(output, kind) {
  const number = (pattern) => Number(output.match(pattern)?.[1] ?? 0);
  if (kind === 'mocha') {
    return { passed: number(/^\s*(\d+) passing/m), failed: number(/^\s*(\d+) failing/m), skipped: number(/^\s*(\d+) pending/m) };
  }
  const lines = [...output.matchAll(/^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/gm)];
  const last = lines.at(-1);
  return last ? { passed: Number(last[1]), failed: Number(last[2]), skipped: Number(last[3] ?? 0) } : { passed: 0, failed: 0, skipped: 0 };
}

function runStage(stage) {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(stage.command[0], stage.command.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; process.stdout.write(chunk); });
    child.on('close', (code, signal) => done({ ...stage, ok: code === 0, code: code ?? signal, seconds: (Date.now() - started) / 1000, output }));
  });
}

const results = [];
for (const stage of STAGES) {
  console.log(`\n=== ${stage.name}: ${stage.command.join(' ')}`);
  const result = await runStage(stage);
  results.push(result);
  if (!result.ok && stage.required) break;
}

const total = { passed: 0, failed: 0, skipped: 0 };
// A failed stage with no failed test to show for it (typecheck, lint, a runner that crashed)
// counts as one failure, so the total never reads green when the run was not.
let silentFailures = 0;
console.log('\n=== summary');
for (const result of results) {
  let detail = result.ok ? 'ok' : `FAILED (exit ${result.code})`;
  const counts = result.counts ? countsIn(result.output, result.counts) : undefined;
  if (counts) {
    for (const key of Object.keys(total)) total[key] += counts[key];
    detail += `, ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`;
  }
  if (!result.ok && !counts?.failed) silentFailures++;
  console.log(`${result.name.padEnd(12)} ${result.seconds.toFixed(1).padStart(6)} s  ${detail}`);
}
const notRun = STAGES.slice(results.length).map((stage) => stage.name);
if (notRun.length) console.log(`not run after the failed build: ${notRun.join(', ')}`);
const failed = total.failed + silentFailures + notRun.length;
console.log(`\ntotal: ${total.passed} passed, ${failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(results.every((result) => result.ok) && !notRun.length ? 0 : 1);
