// Helpers for end-to-end specs (test/e2e/*.e2e.ts): a real VS Code (code-server) in Debian's
// Chromium, driven with playwright-core. `npm run test:e2e` (scripts/run-e2e.mjs) starts
// code-server with Reply Guard installed and a temp copy of demo/ as the workspace, then runs
// the specs with mocha in Node. Each spec opens its own workbench page:
//
//   import { openWorkbench, openFile, ... } from './helpers';
//   describe('redaction', function () {
//     let wb: Workbench;
//     before(async () => { wb = await openWorkbench(); });
//     after(async () => { await closeWorkbench(wb); });
//     it('masks a card', async () => {
//       await openFile(wb, 'replies/en-US-refund.md');
//       await goTo(wb, 12, 1);
//       await typeText(wb, 'Card 4111 1111 1111 1111\n');
//       await waitForSquiggle(wb, { severity: 'warning' });
//       await goToNextProblem(wb);
//       await pickQuickFix(wb, /Redact/);
//       await saveFile(wb);
//       assert.match(readWorkspaceFile('replies/en-US-refund.md'), /\*{4} 1111/);
//       await screenshot(wb, 'redact-card');
//     });
//   });
//
// API (all async unless marked sync; every wait has a timeout and fails with a clear message):
//   openWorkbench({ folder?, viewport? })  new page, waits for .monaco-workbench and the explorer
//   closeWorkbench(wb)                     closes the page
//   openFile(wb, relativePath)             Quick Open (Ctrl+P), waits until its tab is active
//   createFile(relativePath, text)  sync   writes a file into the workspace copy (then openFile)
//   readWorkspaceFile(relativePath) sync   the file's text on disk (the reliable way to read results)
//   workspacePath(relativePath)     sync   absolute path inside the workspace copy
//   focusEditor(wb)                        focuses the active editor's text area
//   goTo(wb, line, column?)                cursor to a 1-based position (Ctrl+G)
//   selectAll(wb)                          Ctrl+A in the editor
//   typeText(wb, text)                     types into the focused editor ('\n' presses Enter)
//   press(wb, keys)                        one key chord, e.g. 'Control+Z', 'Escape'
//   waitForSquiggle(wb, { severity?, count?, timeoutMs? })  waits for squiggles (default: any
//                                          severity, at least 1); returns a playwright Locator
//   squiggleCount(wb, severity?)           how many squiggle decorations are rendered now
//   waitForNoSquiggle(wb, { severity?, timeoutMs? })
//   hoverText(wb, locator)                 hovers a squiggle and returns the hover's text
//   goToNextProblem(wb)                    Alt+F8 then Escape: the cursor lands on the next finding
//                                          in this file
//   openQuickFix(wb)                       Ctrl+. (asked up to 3 times); returns the item labels
//   pickQuickFix(wb, label)                opens the menu if needed and picks the item whose label
//                                          matches (string = substring, or RegExp) with arrows + Enter
//   dismissOverlays(wb)                    Escape until no menu, quick input or hover is open
//                                          (openFile, goTo, runCommand, openQuickFix call it first)
//   runCommand(wb, title)                  Command Palette (F1), runs the command with that title
//   saveFile(wb)                           Ctrl+S and waits until the tab is no longer dirty
//   editorText(wb)                         text of the rendered lines of the active editor (only
//                                          what is on screen; prefer saveFile + readWorkspaceFile)
//   problemsCount(wb)                      { errors, warnings, infos } from the status bar
//   screenshot(wb, name, { element? })     PNG into test-results/e2e/screenshots/<name>.png and,
//                                          for the README, media/screenshots/<name>.png when that
//                                          file is missing or REPLY_GUARD_UPDATE_SCREENSHOTS=1
// A failing test leaves a screenshot of every open workbench in test-results/e2e/.
// Running the specs against an already running `npm start`: set REPLY_GUARD_E2E_URL and
// REPLY_GUARD_E2E_WORKSPACE and run `npx mocha --no-config --import=tsx test/e2e/x.e2e.ts`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface Workbench {
  page: Page;
  /** Absolute path of the workspace folder opened in this page. */
  folder: string;
}

const root = resolve(__dirname, '..', '..');
const CHROMIUM = process.env.REPLY_GUARD_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--disable-default-apps',
];
const artifactsDir = join(root, 'test-results', 'e2e');
const WAIT_MS = Number(process.env.REPLY_GUARD_E2E_WAIT_MS ?? 15_000);

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the e2e specs through \`npm run test:e2e\` (scripts/run-e2e.mjs)`);
  return value;
}

let browser: Promise<Browser> | undefined;
const openPages = new Set<Workbench>();

function sharedBrowser(): Promise<Browser> {
  browser ??= import('playwright-core').then(({ chromium }) => chromium.launch({
    executablePath: CHROMIUM,
    headless: !process.env.REPLY_GUARD_E2E_HEADED,
    args: CHROMIUM_ARGS,
    // The runner's signal handlers stop code-server first; playwright's would exit at once.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  }));
  return browser;
}

/** Closes the shared Chromium (the runner calls it; specs need not). */
export async function closeBrowser(): Promise<void> {
  const pending = browser;
  browser = undefined;
  await (await pending)?.close();
}

export function workspacePath(relativePath: string): string {
  return join(env('REPLY_GUARD_E2E_WORKSPACE'), relativePath);
}

export function readWorkspaceFile(relativePath: string): string {
  return readFileSync(workspacePath(relativePath), 'utf8');
}

export function createFile(relativePath: string, text: string): void {
  const file = workspacePath(relativePath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

export async function openWorkbench(options: { folder?: string; viewport?: { width: number; height: number } } = {}): Promise<Workbench> {
  const folder = options.folder ?? env('REPLY_GUARD_E2E_WORKSPACE');
  const context = await (await sharedBrowser()).newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    // Clipboard access lets VS Code's copy/paste commands work headless.
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  const query = new URLSearchParams({ folder, payload: JSON.stringify([['skipWelcome', 'true']]) });
  await page.goto(`${env('REPLY_GUARD_E2E_URL')}/?${query}`, { timeout: 120_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  // The explorer lists the folder once the remote file system answers.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  const wb = { page, folder };
  openPages.add(wb);
  return wb;
}

export async function closeWorkbench(wb: Workbench | undefined): Promise<void> {
  if (!wb) return;
  openPages.delete(wb);
  await wb.page.context().close();
}

const activeEditor = (wb: Workbench) => wb.page.locator('.editor-group-container.active .monaco-editor').first();

export async function focusEditor(wb: Workbench): Promise<void> {
  const editor = activeEditor(wb);
  await editor.waitFor({ timeout: WAIT_MS });
  // Focus the editor's input (a textarea, or the EditContext div in newer builds) without
  // clicking, which would move the cursor.
  await editor.locator('.native-edit-context, textarea.inputarea').first().focus();
}

export async function openFile(wb: Workbench, relativePath: string): Promise<void> {
  const { page } = wb;
  const name = relativePath.split('/').pop()!;
  await dismissOverlays(wb);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ timeout: WAIT_MS });
  await input.fill(relativePath);
  // Wait for the file search to list the file before accepting, or Enter picks nothing.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: WAIT_MS });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: WAIT_MS });
  await focusEditor(wb);
}

export async function press(wb: Workbench, keys: string): Promise<void> {
  await wb.page.keyboard.press(keys);
}

export async function goTo(wb: Workbench, line: number, column = 1): Promise<void> {
  await dismissOverlays(wb);
  await focusEditor(wb);
  await wb.page.keyboard.press('Control+G');
  const input = wb.page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ timeout: WAIT_MS });
  await input.fill(`:${line}:${column}`);
  await wb.page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: WAIT_MS });
}

export async function selectAll(wb: Workbench): Promise<void> {
  await focusEditor(wb);
  await wb.page.keyboard.press('Control+A');
}

export async function typeText(wb: Workbench, text: string): Promise<void> {
  // Real key presses, as a user types (the runner turns off auto-closing and suggestions).
  await wb.page.keyboard.type(text);
}

const squiggles = (wb: Workbench, severity?: Severity) =>
  activeEditor(wb).locator(severity ? `.squiggly-${severity}` : '.squiggly-error, .squiggly-warning, .squiggly-info, .squiggly-hint');

export async function squiggleCount(wb: Workbench, severity?: Severity): Promise<number> {
  return squiggles(wb, severity).count();
}

export async function waitForSquiggle(wb: Workbench, options: { severity?: Severity; count?: number; timeoutMs?: number } = {}): Promise<Locator> {
  const { severity, count = 1, timeoutMs = WAIT_MS } = options;
  const locator = squiggles(wb, severity);
  const deadline = Date.now() + timeoutMs;
  let seen = 0;
  while (Date.now() < deadline) {
    seen = await locator.count();
    if (seen >= count) return locator;
    await wb.page.waitForTimeout(100);
  }
  throw new Error(`expected at least ${count} ${severity ?? 'any'} squiggle(s) within ${timeoutMs} ms, saw ${seen}`);
}

export async function waitForNoSquiggle(wb: Workbench, options: { severity?: Severity; timeoutMs?: number } = {}): Promise<void> {
  const { severity, timeoutMs = WAIT_MS } = options;
  const deadline = Date.now() + timeoutMs;
  let seen = 0;
  while (Date.now() < deadline) {
    seen = await squiggles(wb, severity).count();
    if (seen === 0) return;
    await wb.page.waitForTimeout(100);
  }
  throw new Error(`expected no ${severity ?? ''} squiggles within ${timeoutMs} ms, still ${seen}`);
}

export async function hoverText(wb: Workbench, target: Locator): Promise<string> {
  // Squiggles sit under the text layer, so Playwright's element hover is refused (the text
  // "intercepts pointer events"): move the mouse to the squiggle's position instead.
  const box = await target.first().boundingBox();
  if (!box) throw new Error('the squiggle to hover is not on screen');
  await wb.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = wb.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
  await hover.waitFor({ timeout: WAIT_MS });
  await wb.page.waitForTimeout(300); // every hover provider's part has rendered
  return (await hover.innerText()).trim();
}

export async function goToNextProblem(wb: Workbench): Promise<void> {
  await focusEditor(wb);
  // Alt+F8 stays in this file (editor.action.marker.next); F8 would jump to other files' problems.
  await wb.page.keyboard.press('Alt+F8');
  await wb.page.locator('.marker-widget').first().waitFor({ timeout: WAIT_MS });
  await wb.page.keyboard.press('Escape');
  await focusEditor(wb);
}

const actionRows = (wb: Workbench) => wb.page.locator('.action-widget .monaco-list-row.action');

export async function openQuickFix(wb: Workbench): Promise<string[]> {
  await dismissOverlays(wb);
  // Ctrl+. asks the extension host for code actions; on a loaded machine the first request can
  // be dropped while the host is busy, so ask again before giving up.
  for (let attempt = 1; ; attempt++) {
    await focusEditor(wb);
    await wb.page.keyboard.press('Control+.');
    try {
      await actionRows(wb).first().waitFor({ timeout: WAIT_MS / 3 });
      return (await actionRows(wb).allInnerTexts()).map((label) => label.trim());
    } catch (error) {
      if (attempt === 3) {
        const message = await wb.page.locator('.monaco-editor-overlaymessage').allInnerTexts();
        throw new Error(`Ctrl+. showed no quick fixes after 3 tries${message.length ? ` (VS Code said: ${message.join(' ').trim()})` : ''}: ${(error as Error).message}`);
      }
      await wb.page.keyboard.press('Escape');
    }
  }
}

export async function pickQuickFix(wb: Workbench, label: string | RegExp): Promise<void> {
  if (!(await actionRows(wb).first().isVisible())) await openQuickFix(wb);
  const matches = (text: string) => (typeof label === 'string' ? text.includes(label) : new RegExp(label.source, label.flags.replace('g', '')).test(text));
  const labels = (await actionRows(wb).allInnerTexts()).map((text) => text.trim());
  if (!labels.some(matches)) throw new Error(`no quick fix matching ${label}; the menu offers: ${JSON.stringify(labels)}`);
  // Keyboard, not click: while the menu is open VS Code lays a pointer-block layer over the
  // page that intercepts clicks, and arrows + Enter is what an agent does anyway.
  for (let step = 0; step <= labels.length; step++) {
    const focused = await wb.page.locator('.action-widget .monaco-list-row.action.focused').allInnerTexts();
    if (focused.length && matches(focused[0].trim())) {
      await wb.page.keyboard.press('Enter');
      await wb.page.locator('.action-widget').waitFor({ state: 'hidden', timeout: WAIT_MS });
      return;
    }
    await wb.page.keyboard.press('ArrowDown');
  }
  throw new Error(`could not reach the quick fix ${label} with the arrow keys; the menu offers: ${JSON.stringify(labels)}`);
}

/** Closes a leftover menu, quick input or hover (e.g. from a failed step) before the next action. */
export async function dismissOverlays(wb: Workbench): Promise<void> {
  const overlays = wb.page.locator('.action-widget, .quick-input-widget, .context-view .monaco-menu, .monaco-hover:not(.hidden)');
  for (let attempt = 0; attempt < 3; attempt++) {
    const visible = await overlays.evaluateAll((elements) => elements.some((element) => (element as HTMLElement).offsetParent !== null && getComputedStyle(element).display !== 'none'));
    if (!visible) return;
    await wb.page.keyboard.press('Escape');
    await wb.page.waitForTimeout(100);
  }
}

export async function runCommand(wb: Workbench, title: string): Promise<void> {
  await dismissOverlays(wb);
  await wb.page.keyboard.press('F1');
  const input = wb.page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ timeout: WAIT_MS });
  await input.fill(`>${title}`);
  const row = wb.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  try {
    await row.waitFor({ timeout: WAIT_MS });
  } catch {
    throw new Error(`no command titled "${title}" in the Command Palette`);
  }
  await row.click();
}

export async function saveFile(wb: Workbench): Promise<void> {
  await focusEditor(wb);
  await wb.page.keyboard.press('Control+S');
  await wb.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: WAIT_MS });
}

export async function editorText(wb: Workbench): Promise<string> {
  return activeEditor(wb).locator('.view-lines').evaluate((viewLines) => {
    const lines = Array.from(viewLines.querySelectorAll<HTMLElement>('.view-line'));
    lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    return lines.map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n');
  });
}

export async function problemsCount(wb: Workbench): Promise<{ errors: number; warnings: number; infos: number }> {
  const label = (await wb.page.locator('#status\\.problems').getAttribute('aria-label')) ?? '';
  const count = (word: RegExp) => Number(label.match(word)?.[1] ?? 0);
  return { errors: count(/(\d+)\s+error/i), warnings: count(/(\d+)\s+warning/i), infos: count(/(\d+)\s+info/i) };
}

export async function screenshot(wb: Workbench, name: string, options: { element?: Locator } = {}): Promise<string> {
  const file = join(artifactsDir, 'screenshots', `${name}.png`);
  mkdirSync(dirname(file), { recursive: true });
  const png = options.element ? await options.element.screenshot() : await wb.page.screenshot();
  writeFileSync(file, png);
  const readmeCopy = join(root, 'media', 'screenshots', `${name}.png`);
  if (process.env.REPLY_GUARD_UPDATE_SCREENSHOTS || !existsSync(readmeCopy)) {
    mkdirSync(dirname(readmeCopy), { recursive: true });
    writeFileSync(readmeCopy, png);
  }
  return file;
}

/** A screenshot of every open workbench after a failed test (mocha root hook, see below). */
async function keepFailureScreenshots(title: string): Promise<void> {
  const slug = title.replace(/[^\w.-]+/g, '-').slice(0, 80);
  mkdirSync(artifactsDir, { recursive: true });
  let index = 0;
  for (const wb of openPages) {
    const file = join(artifactsDir, `${slug}${index++ ? `-${index}` : ''}.png`);
    await wb.page.screenshot({ path: file }).catch(() => {});
    console.error(`      screenshot: ${file}`);
  }
}

// Registered once, when the first spec imports this module, as root-level mocha hooks.
if (typeof afterEach === 'function') {
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await keepFailureScreenshots(this.currentTest.fullTitle());
  });
  after(async () => { await closeBrowser(); });
}
