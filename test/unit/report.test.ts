// The compliance report: aggregation per entity, rule, file/macro and day; the HTML holds the
// charts and the findings, locked down by CSP, and never a raw value.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatAuditLine, redactionEntries, type AuditEntry } from '../../src/core/audit';
import { buildReport, rowsOf } from '../../src/core/report';
import { escapeHtml, renderReportHtml } from '../../src/core/report-html';
import { scan } from '../../src/core';
import { runCli } from '../support/cli';

const CARD = '4111 1111 1111 1111';
const EMAIL = 'jane@example.com';
const DNI = '12345678Z';
const IBAN = 'ES91 2100 0418 4502 0005 1332';
const RAW = [CARD, CARD.replace(/ /g, ''), EMAIL, DNI, IBAN, IBAN.replace(/ /g, '')];

const A = `Tarjeta ${CARD}\ny correo ${EMAIL}.`;
const B = `DNI ${DNI} y otra tarjeta ${CARD}.`;

function audit(day: string, action: AuditEntry['action'], n: number): AuditEntry[] {
  return Array.from({ length: n }, () => ({ time: `${day}T10:00:00+01:00`, file: 'a.md', action }));
}

describe('report: aggregation', () => {
  const rows = [...rowsOf({ file: 'a.md', text: A, findings: scan(A, { lang: 'es' }) }), ...rowsOf({ file: 'm.json', id: '42', field: 'comment_value', text: B, findings: scan(B, { lang: 'es' }) })];
  const entries = [...audit('2026-11-02', 'redaction', 3), ...audit('2026-11-04', 'snippet', 1), ...audit('2026-11-04', 'rule-disabled', 2)];
  const report = buildReport(rows, 3, { entries }, '2026-11-20T10:00:00Z');

  it('counts per entity, per file or macro, and per severity', () => {
    assert.deepEqual(report.byEntity, [
      { key: 'CREDIT_CARD', count: 2 },
      { key: 'EMAIL_ADDRESS', count: 1 },
      { key: 'NATIONAL_ID', count: 1 },
    ]);
    assert.deepEqual(report.byUnit.map((u) => [u.name, u.count]), [['m.json › 42/comment_value', 2], ['a.md', 2]]);
    assert.equal(report.totals.findings, 4);
    assert.equal(report.totals.unitsWithFindings, 2);
    assert.equal(report.totals.units, 3);
    assert.equal(report.totals.bySeverity.warning, 3);
  });

  it('locates rows: line and column in the text, or through the unit position', () => {
    assert.deepEqual(rowsOf({ file: 'a.md', text: A, findings: scan(A, { lang: 'es' }) }).map((r) => [r.entity, r.line, r.column]), [['CREDIT_CARD', 1, 9], ['EMAIL_ADDRESS', 2, 10]]);
    const shifted = rowsOf({ file: 'x.json', text: B, findings: scan(B, { lang: 'es' }), position: (o) => ({ line: 7, column: o + 20 }) });
    assert.deepEqual(shifted.map((r) => [r.line, r.column]), [[7, 24], [7, 49]]);
  });

  it('counts agent actions per day, with quiet days kept as gaps', () => {
    assert.deepEqual(report.audit.days, ['2026-11-02', '2026-11-03', '2026-11-04']);
    assert.deepEqual(report.audit.series.redaction, [3, 0, 0]);
    assert.deepEqual(report.audit.series['rule-disabled'], [0, 0, 2]);
    assert.equal(report.audit.totals.snippet, 1);
  });

  it('counts policy rules', () => {
    const rule = { kind: 'rule' as const, rule: 'marketing/unsubscribe-missing', start: 0, end: 4, score: 1, severity: 'warning' as const, detector: 'rules', message: 'm', reasons: [], fixes: [] };
    const r = buildReport(rowsOf({ file: 'p.md', text: 'Promo', findings: [rule, rule] }), 1, { entries: [] }, 't');
    assert.deepEqual(r.byRule, [{ key: 'marketing/unsubscribe-missing', count: 2 }]);
    assert.equal(r.totals.rules, 2);
  });
});

describe('report: HTML', () => {
  const rows = rowsOf({ file: 'replies/<a&b>.md', text: A, findings: scan(A, { lang: 'es' }) });
  const report = buildReport(rows, 1, { entries: audit('2026-11-02', 'redaction', 2) }, '2026-11-20T10:00:00Z');

  it('is self-contained: a CSP that allows nothing from outside, inline SVG charts, no external URL', () => {
    const html = renderReportHtml(report, { mode: 'file', nonce: 'abc123', css: 'body{}', js: 'void 0;' });
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123'; img-src data:;">/);
    assert.match(html, /<style nonce="abc123">body\{\}<\/style>/);
    assert.match(html, /<script nonce="abc123">void 0;<\/script>/);
    assert.equal((html.match(/<svg viewBox/g) ?? []).length, 3, 'entity, file and time charts');
    assert.equal(/(src|href)="https?:/.test(html), false);
    assert.equal(/style="/.test(html), false, 'no inline style attributes (the CSP would block them)');
    assert.match(html, /data-filter="entity:CREDIT_CARD"/);
    assert.match(html, /replies\/&lt;a&amp;b&gt;\.md:1:9/, 'names are escaped');
  });

  it('the webview page loads its assets from the webview origin under a nonce', () => {
    const html = renderReportHtml(report, { mode: 'webview', nonce: 'n0nce', cspSource: 'https://webview.example', styleUri: 'https://webview.example/report.css', scriptUri: 'https://webview.example/report.js' });
    assert.match(html, /script-src 'nonce-n0nce'/);
    assert.match(html, /<script nonce="n0nce" src="https:\/\/webview\.example\/report\.js"><\/script>/);
    assert.equal(html.includes('<style'), false);
  });

  it('escapeHtml escapes markup', () => {
    assert.equal(escapeHtml(`<img src=x onerror="a('b')">&`), '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
  });

  it('reply-guard report writes one HTML file with no raw value in it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-report-'));
    writeFileSync(join(dir, 'a.md'), A);
    writeFileSync(join(dir, 'b.md'), `IBAN ${IBAN}\n${B}`);
    const log = join(dir, 'audit.jsonl');
    const salt = 's';
    writeFileSync(log, redactionEntries(A, scan(A, { lang: 'es' }), 'redact.all', { time: '2026-11-02T09:00:00+01:00', file: 'a.md', salt }).map(formatAuditLine).join('\n') + '\n{torn');
    const out = join(dir, 'report.html');
    const r = await runCli(['report', '--audit', log, '--html', out, '--channel', 'email', join(dir, 'a.md'), join(dir, 'b.md')]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /audit\.jsonl:3: not an audit entry; skipped/);
    assert.match(r.stderr, /report written to .*report\.html \(\d+ findings in 2 of 2 files and records; 2 audit entries\)/);
    const html = readFileSync(out, 'utf8');
    for (const raw of RAW) assert.equal(html.includes(raw), false, `raw value in the report: ${raw.slice(0, 4)}…`);
    assert.match(html, /IBAN_CODE/);
    assert.match(html, /Redactions: 2/);
    assert.match(html, /href="a\.md"/, 'links are relative to the report');
  });
});
