// The mocha runner that VS Code loads inside the extension host (extensionTestsPath). The same
// file serves code-server (scripts/run-vscode-tests.mjs) and @vscode/test-electron
// (scripts/run-desktop-tests.mjs). It runs every dist/test/integration/**/*.test.js that
// scripts/build.mjs bundled from test/integration/**/*.test.ts.
//
// Results go back two ways: mocha's spec lines are printed with console.log (VS Code forwards
// them) and, when REPLY_GUARD_TEST_RESULTS names a folder, appended to output.log there as
// they happen, with summary.json written last. The outer runner tails the one and waits for
// the other, which works even when the workbench cannot report the extension host's exit.
// REPLY_GUARD_TEST_GREP selects tests by title (mocha --grep); REPLY_GUARD_TEST_TRUST=untrusted
// runs the untrusted/ folder instead of the rest.
import { appendFileSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export interface Summary {
  passed: number;
  failed: number;
  skipped: number;
  durationMs: number;
  failures: { title: string; error: string }[];
  /** Set when the suite could not even start (a test file failed to load). */
  error?: string;
}

const resultsDir = process.env.REPLY_GUARD_TEST_RESULTS;

function emit(line: string): void {
  console.log(line);
  if (resultsDir) appendFileSync(join(resultsDir, 'output.log'), line + '\n');
}

function writeSummary(summary: Summary): void {
  if (!resultsDir) return;
  // Written then renamed, so the outer runner never reads half a file.
  const file = join(resultsDir, 'summary.json');
  writeFileSync(file + '.tmp', JSON.stringify(summary, null, 2));
  renameSync(file + '.tmp', file);
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/** Spec-reporter-like lines through emit(), with the failures listed at the end. */
function reporterFor(summary: Summary) {
  const { EVENT_SUITE_BEGIN, EVENT_SUITE_END, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;
  return class IntegrationReporter extends Mocha.reporters.Base {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
      super(runner, options);
      let depth = 0;
      const indent = () => '  '.repeat(depth);
      runner.on(EVENT_SUITE_BEGIN, (suite) => {
        if (suite.root) return;
        depth++;
        emit(`${indent()}${suite.title}`);
      });
      runner.on(EVENT_SUITE_END, (suite) => { if (!suite.root) depth--; });
      runner.on(EVENT_TEST_PASS, (test) => {
        summary.passed++;
        emit(`${indent()}  ✔ ${test.title} (${test.duration ?? 0} ms)`);
      });
      runner.on(EVENT_TEST_PENDING, (test) => {
        summary.skipped++;
        emit(`${indent()}  - ${test.title} (skipped)`);
      });
      runner.on(EVENT_TEST_FAIL, (test, error) => {
        summary.failed++;
        summary.failures.push({ title: test.fullTitle(), error: errorText(error) });
        emit(`${indent()}  ✘ ${summary.failures.length}) ${test.title}`);
      });
    }
  };
}

export async function run(): Promise<void> {
  const started = Date.now();
  const summary: Summary = { passed: 0, failed: 0, skipped: 0, durationMs: 0, failures: [] };
  if (resultsDir) mkdirSync(resultsDir, { recursive: true });
  const grep = process.env.REPLY_GUARD_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: reporterFor(summary) });
  if (grep) mocha.grep(grep);
  // untrusted/ runs alone, in a workspace VS Code does not trust (run-vscode-tests.mjs --untrusted).
  const untrusted = process.env.REPLY_GUARD_TEST_TRUST === 'untrusted';
  const files = (readdirSync(__dirname, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.test.js') && file.startsWith('untrusted') === untrusted)
    .sort();
  for (const file of files) mocha.addFile(join(__dirname, file));
  try {
    if (files.length === 0) throw new Error(`no integration tests (*.test.js) under ${__dirname}`);
    await new Promise<void>((done) => mocha.run(() => done()));
  } catch (error) {
    summary.error = errorText(error);
    emit(`Could not run the integration tests: ${summary.error}`);
  }
  summary.failures.forEach((failure, index) => emit(`\n  ${index + 1}) ${failure.title}\n${failure.error.replace(/^/gm, '     ')}`));
  summary.durationMs = Date.now() - started;
  writeSummary(summary);
  if (summary.error || summary.failed > 0) {
    throw new Error(summary.error ? 'integration tests could not run' : `${summary.failed} integration test(s) failed`);
  }
}
