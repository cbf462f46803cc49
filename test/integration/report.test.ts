// "Reply Guard: Show report" in the real editor: the webview opens with a nonce CSP and the
// media/report assets, lists the findings of the Problems panel without their values, and its
// drill-down opens the file at the finding's line.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, CARD, closeAllEditors, waitFor, waitForDiagnostics, withCodes, writeWorkspaceFile } from './reply-guard-helpers';

interface Snapshot {
  open: boolean;
  rows: number;
  html: string;
  firstUri?: string;
  firstLine?: number;
}

describe('compliance report webview', function () {
  this.timeout(60_000);
  after(closeAllEditors);

  it('opens CSP-locked with the charts, no raw values, and drills down to the line', async () => {
    await api();
    const uri = await writeWorkspaceFile('replies/report-check.md', `Hola,\n\nreembolsamos a la tarjeta ${CARD}.\nEscriba a jane@example.com.\n`);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(uri, withCodes('CREDIT_CARD', 'EMAIL_ADDRESS'));

    await vscode.commands.executeCommand('replyGuard.showReport');
    const snap = await waitFor('the report panel', async () => {
      const s = await vscode.commands.executeCommand<Snapshot>('replyGuard.internal.report');
      return s.open && s.rows > 0 ? s : undefined;
    });
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    const tab = await waitFor('a webview tab for the report', () => tabs().find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('replyGuard.report')), 5000).catch(() => undefined);
    assert.ok(tab, `a webview tab for the report; tabs: ${JSON.stringify(tabs().map((t) => [t.label, (t.input as { viewType?: string })?.viewType]))}`);

    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(snap.html)?.[1] ?? '';
    assert.match(csp, /^default-src 'none'; style-src [^;']*(?:'self'[^;]*)?; script-src 'nonce-[0-9a-f]{32}';/);
    assert.match(snap.html, /<script nonce="[0-9a-f]{32}" src="[^"]+media\/report\/report\.js"><\/script>/);
    assert.match(snap.html, /<link rel="stylesheet" href="[^"]+media\/report\/report\.css">/);
    assert.match(snap.html, /data-filter="entity:CREDIT_CARD"/);
    assert.match(snap.html, /replies\/report-check\.md:3:/);
    for (const raw of [CARD, CARD.replace(/ /g, ''), 'jane@example.com']) assert.equal(snap.html.includes(raw), false, `raw value in the report: ${raw.slice(0, 4)}…`);

    // Drill-down: what a click on the first finding's link does.
    const row = /href="([^"]*report-check\.md)" data-uri="([^"]+)" data-line="(\d+)" data-column="(\d+)"/.exec(snap.html);
    assert.ok(row, 'a link to the reply');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('replyGuard.internal.reportOpen', row[2].replace(/&amp;/g, '&'), Number(row[3]), Number(row[4]));
    assert.ok(editor);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, Number(row[3]) - 1);
    // A URI the report did not list is never opened.
    assert.equal(await vscode.commands.executeCommand('replyGuard.internal.reportOpen', 'file:///etc/passwd', 1, 1), undefined);
  });
});
