// The compliance report in a real browser: the self-contained HTML file from
// `reply-guard report` rendered in Chromium (charts drawn, a bar filters the table, no CSP
// violation, no request leaves the page), and the "Reply Guard: Show report" webview in the
// real VS Code. Screenshots: media/screenshots/report.png and report-webview.png.
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { auditHash, formatAuditLine, type AuditEntry } from '../../src/core/audit';
import { main } from '../../src/cli/main';
import { Readable } from 'node:stream';
import { closeWorkbench, openFile, openWorkbench, runCommand, screenshot, waitForSquiggle, workspacePath, type Workbench } from './helpers';

const root = resolve(__dirname, '..', '..');
const artifacts = join(root, 'test-results', 'e2e', 'screenshots');

/** Three weeks of agent activity, as the editor's audit trail writes it (made-up values). */
function demoAuditLog(): string {
  const lines: string[] = [];
  const start = Date.parse('2026-11-02T09:00:00Z');
  for (let d = 0; d < 21; d++) {
    if (d % 7 === 5 || d % 7 === 6) continue; // weekends are quiet
    const day = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    const n = 3 + ((d * 7) % 9);
    for (let i = 0; i < n; i++) {
      const entity = (['CREDIT_CARD', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'NATIONAL_ID'] as const)[i % 4];
      const entry: AuditEntry = { time: `${day}T1${i % 8}:00:00+01:00`, file: `replies/ticket-${d}-${i}.md`, action: 'redaction', entity, hash: auditHash('demo', entity, `value-${d}-${i}`), masked: '****', fix: 'redact.mask' };
      lines.push(formatAuditLine(entry));
    }
    lines.push(formatAuditLine({ time: `${day}T12:00:00+01:00`, file: `replies/ticket-${d}.md`, action: 'snippet', snippet: 'unsubscribe.es.email', pack: 'reply-guard.default@1.0.0' }));
    if (d % 4 === 0) lines.push(formatAuditLine({ time: `${day}T15:00:00+01:00`, file: `replies/ticket-${d}.md`, action: 'value-ignored', entity: 'PHONE_NUMBER', hash: auditHash('demo', 'PHONE_NUMBER', `line-${d}`), masked: '*** *** 123', reason: 'company support line' }));
    if (d === 9) lines.push(formatAuditLine({ time: `${day}T16:00:00+01:00`, file: 'replies/promo.md', action: 'rule-disabled', rule: 'contact-hours/outside', reason: 'campaign approved by legal' }));
  }
  return lines.join('\n') + '\n';
}

function keepForReadme(file: string, name: string): void {
  const readmeCopy = join(root, 'media', 'screenshots', `${name}.png`);
  if (process.env.REPLY_GUARD_UPDATE_SCREENSHOTS || !existsSync(readmeCopy)) {
    mkdirSync(dirname(readmeCopy), { recursive: true });
    copyFileSync(file, readmeCopy);
  }
}

describe('compliance report', function () {
  it('the HTML file renders in Chromium: charts, filtering, no CSP violation, nothing fetched', async () => {
    const folder = workspacePath('');
    const exportsDir = join(folder, 'exports');
    mkdirSync(exportsDir, { recursive: true });
    copyFileSync(join(root, 'test', 'fixtures', 'exports', 'zendesk-macros.json'), join(exportsDir, 'zendesk-macros.json'));
    writeFileSync(join(folder, 'audit.jsonl'), demoAuditLog());
    const out = join(folder, 'report.html');
    const cwd = process.cwd();
    process.chdir(folder); // paths in the report as a team lead would type them
    let code: number;
    const err: string[] = [];
    try {
      code = await main(['report', '--audit', 'audit.jsonl', '--html', 'report.html', '--channel', 'email', 'replies', 'macros', 'exports'], { stdin: Readable.from(['']), stdout: () => undefined, stderr: (s) => err.push(s), env: {} });
    } finally {
      process.chdir(cwd);
    }
    assert.ok(code === 1, err.join('\n'));
    const html = readFileSync(out, 'utf8');
    for (const raw of ['4111 1111 1111 1111', 'jane@example.com']) assert.equal(html.includes(raw), false);

    const browser = await chromium.launch({ executablePath: process.env.REPLY_GUARD_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      const requests: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) requests.push(r.url());
      });
      await page.goto(pathToFileURL(out).href);
      assert.equal(await page.locator('svg[role="img"]').count(), 4, 'entity, rule, file and time charts');
      const rows = page.locator('#findings tbody tr');
      const total = await rows.count();
      assert.ok(total > 5, `${total} findings`);
      // The inline script runs under the CSP: a click on a bar filters the table.
      // (--channel email turns cards into channel/pii-restricted findings: filter by e-mail.)
      await page.locator('[data-filter="entity:EMAIL_ADDRESS"]').click();
      const visible = await page.locator('#findings tbody tr:not([hidden])').count();
      assert.ok(visible > 0 && visible < total, `${visible} of ${total} rows after the filter`);
      assert.match((await page.locator('#filter-status').textContent()) ?? '', /EMAIL_ADDRESS/);
      await page.locator('#clear-filter').click();
      assert.equal(await page.locator('#findings tbody tr:not([hidden])').count(), total);
      assert.deepEqual(problems, []);
      assert.deepEqual(requests, []);
      await page.evaluate(() => window.scrollTo(0, 0));
      mkdirSync(artifacts, { recursive: true });
      const file = join(artifacts, 'report.png');
      await page.screenshot({ path: file, fullPage: false });
      keepForReadme(file, 'report');
    } finally {
      await browser.close();
    }
  });

  describe('in VS Code', function () {
    let wb: Workbench;
    before(async () => {
      wb = await openWorkbench({ viewport: { width: 1280, height: 900 } });
    });
    after(async () => {
      await closeWorkbench(wb);
    });

    it('"Reply Guard: Show report" opens the webview with its charts', async () => {
      // A reply with findings first: the extension is up and the Problems panel has rows.
      await openFile(wb, 'replies/en-US-refund.md');
      await waitForSquiggle(wb, { timeoutMs: 60_000 });
      await runCommand(wb, 'Reply Guard: Show report');
      // Webviews are two nested iframes; the report lives in the inner one.
      const frame = wb.page.frameLocator('iframe.webview').frameLocator('#active-frame');
      await frame.locator('svg[role="img"]').first().waitFor({ timeout: 60_000 });
      assert.ok((await frame.locator('#findings tbody tr').count()) > 0);
      await wb.page.waitForTimeout(500);
      await screenshot(wb, 'report-webview');
    });
  });
});
