// Diagnostics, hovers and the status items for findings, in a real VS Code.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CARD, api, closeAllEditors, codeOf, openReply, ours, quickFixesAt, typeAtEnd, waitFor, waitForDiagnostics, withCodes, writeWorkspaceFile } from './reply-guard-helpers';

describe('Reply Guard diagnostics', () => {
  afterEach(closeAllEditors);

  it('underlines a typed card number and clears it after the quick fix', async () => {
    const editor = await openReply('Hola, tu tarjeta es ');
    await typeAtEnd(editor, CARD);
    const [d] = await waitForDiagnostics(editor.document.uri, withCodes('CREDIT_CARD'));
    assert.equal(editor.document.getText(d.range), CARD);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /VISA/);
    assert.ok(!d.message.includes('1111'), 'the message never holds the value');
    const target = typeof d.code === 'object' ? d.code.target : undefined;
    assert.ok(target && target.path.endsWith('/docs/entities.md'), `code links to the docs page, got ${target}`);
    assert.match(target.fragment, /^L\d+$/);

    const fixes = await quickFixesAt(editor.document.uri, d.range);
    const mask = fixes.find((a) => a.title.startsWith('Mask'));
    assert.ok(mask?.edit, `no mask fix among ${fixes.map((a) => a.title)}`);
    assert.ok(await vscode.workspace.applyEdit(mask.edit));
    assert.equal(editor.document.getText(), 'Hola, tu tarjeta es **** **** **** 1111');
    await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 0);
  });

  it('the docs link points at the entity heading', async () => {
    const editor = await openReply(`card ${CARD}`);
    const [d] = await waitForDiagnostics(editor.document.uri, withCodes('CREDIT_CARD'));
    const target = (d.code as { target: vscode.Uri }).target;
    const docs = await vscode.workspace.openTextDocument(target.with({ fragment: '' }));
    const line = Number(target.fragment.slice(1));
    assert.equal(docs.lineAt(line - 1).text, '## CREDIT_CARD');
  });

  it('checks Markdown, untitled replies and *.reply.md files, not other languages', async () => {
    const md = await openReply('write to jane@example.com', 'markdown');
    await waitForDiagnostics(md.document.uri, withCodes('EMAIL_ADDRESS'));

    const file = await writeWorkspaceFile('tmp-diagnostics/ticket-1.reply.md', '---\nchannel: email\n---\nwrite to jane@example.com\n');
    const reply = await vscode.window.showTextDocument(file);
    assert.equal(reply.document.languageId, 'reply');
    await waitForDiagnostics(file, withCodes('EMAIL_ADDRESS'));

    const json = await openReply('{ "mail": "jane@example.com" }', 'json');
    await new Promise((r) => setTimeout(r, 400));
    assert.deepEqual(ours(json.document.uri), []);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(file, '..'), { recursive: true });
  });

  it('hover says what, why and how sure, with only the masked value and redaction links', async () => {
    const editor = await openReply(`Mi tarjeta es ${CARD}.`);
    const [d] = await waitForDiagnostics(editor.document.uri, withCodes('CREDIT_CARD'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, d.range.start.translate(0, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\\\*\\\*\\\*\\\* .*1111|\*\*\*\* \*\*\*\* \*\*\*\* 1111/);
    assert.ok(!text.includes('4111'), 'the hover shows the masked form only');
    assert.match(text, /Luhn/);
    assert.match(text, /tarjeta/);
    assert.match(text, /command:replyGuard\.applyFix/);
    assert.match(text, /command:replyGuard\.ignoreValue/);
  });

  it('a hover link applies its redaction', async () => {
    const editor = await openReply(`card ${CARD}`);
    const [d] = await waitForDiagnostics(editor.document.uri, withCodes('CREDIT_CARD'));
    const start = editor.document.offsetAt(d.range.start);
    const end = editor.document.offsetAt(d.range.end);
    const ok = await vscode.commands.executeCommand('replyGuard.applyFix', { uri: editor.document.uri.toString(), version: editor.document.version, start, end, fixId: 'redact.label' });
    assert.equal(ok, true);
    assert.equal(editor.document.getText(), 'card [CARD]');
  });

  it('the status bar counts findings in the active reply and the language status says what was checked', async () => {
    const { status } = await api();
    const editor = await openReply(`card ${CARD}, write to jane@example.com`);
    await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 2);
    const snap = await waitFor('status update', () => {
      const s = status.snapshot();
      return s.text === '$(warning) 2' && s;
    });
    assert.match(snap.tooltip, /2 findings/);
    assert.match(snap.languageText, /2 findings/);
    assert.match(snap.languageDetail, /Checked at .* in \d+ ms/);
    await vscode.window.activeTextEditor?.edit((e) => e.replace(new vscode.Range(0, 0, 1, 0), 'nothing here'));
    await waitFor('status shows 0', () => status.snapshot().text === '$(shield) 0');
  });

  it('toggles detection for one document', async () => {
    const editor = await openReply(`card ${CARD}`);
    await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 1);
    assert.equal(await vscode.commands.executeCommand('replyGuard.toggleDocument'), false);
    await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 0);
    const { status } = await api();
    await waitFor('status shows off', () => status.snapshot().languageText.includes('off'));
    assert.equal(await vscode.commands.executeCommand('replyGuard.toggleDocument'), true);
    await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 1);
  });

  it('lists findings in a quick pick and reveals the chosen one', async () => {
    const editor = await openReply(`line one\ncard ${CARD}\nwrite to jane@example.com`);
    const ds = await waitForDiagnostics(editor.document.uri, (x) => x.length === 2);
    const shown = vscode.commands.executeCommand('replyGuard.showFindings');
    await new Promise((r) => setTimeout(r, 500));
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await new Promise((r) => setTimeout(r, 200));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await shown;
    const sorted = ds.sort((a, b) => a.range.start.compareTo(b.range.start));
    const selection = vscode.window.activeTextEditor?.selection;
    assert.ok(selection && sorted.some((d) => d.range.isEqual(selection)), `selection ${JSON.stringify(selection)} is not a finding`);
    assert.ok(codeOf(sorted[0]));
  });
});
