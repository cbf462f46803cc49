// Restricted Mode: the same extension in a workspace VS Code does not trust
// (scripts/run-vscode-tests.mjs --untrusted runs this folder alone). Detection runs; what the
// workspace's author could use to silence it or to run code-like input does not: the
// workspace allow-list, workspace packs (their patterns, allow-lists, snippets) and the
// workspace's consent source. packs.test.ts and consent.test.ts show the same inputs working
// in a trusted workspace.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CARD, api, closeAllEditors, openReply, sleep, waitForDiagnostics, withCodes, writeWorkspaceFile } from '../reply-guard-helpers';

const PACK = `id: acme.untrusted
name: Acme workspace pack
version: 1.0.0
publisher: Acme
template: true
locales: [es]
snippets:
  - id: untrusted.greeting
    title: Saludo
    purpose: sender-id
    channels: [email]
    locale: es
    body: "Hola"
detectors:
  allowList: ["4111 1111 1111 1111"]
  customPatterns:
    - { id: member, entity: NATIONAL_ID, subtype: ACME_MEMBER, pattern: "\\\\bACM-\\\\d{6}\\\\b", score: 0.9 }
`;

describe('Restricted Mode (untrusted workspace)', () => {
  afterEach(closeAllEditors);

  it('runs untrusted, and still underlines a card', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the runner opened the folder untrusted');
    await api();
    const editor = await openReply(`Mi tarjeta es ${CARD}.`);
    await waitForDiagnostics(editor.document.uri, withCodes('CREDIT_CARD'));
  });

  it('ignores the workspace allow-list (demo/.vscode/settings.json lists soporte@example.com)', async () => {
    const settingsFile = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.vscode', 'settings.json');
    const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(settingsFile));
    assert.match(written, /"replyGuard\.allowList"[^\]]*"soporte@example\.com"/, 'the demo workspace allow-lists the address');
    // VS Code itself hides a restricted setting's workspace value in Restricted Mode.
    assert.equal(vscode.workspace.getConfiguration('replyGuard').inspect<string[]>('allowList')?.workspaceValue, undefined);
    const editor = await openReply('Escríbenos a soporte@example.com.');
    await waitForDiagnostics(editor.document.uri, withCodes('EMAIL_ADDRESS'));
  });

  it('loads no workspace pack: its allow-list, custom pattern and snippets stay out', async () => {
    const pack = await writeWorkspaceFile('.replyguard/packs/untrusted.pack.yaml', PACK);
    try {
      // Long enough for a watcher event and a reload, and for the 3 s folder check.
      await sleep(4000);
      const editor = await openReply(`Socio ACM-123456, tarjeta ${CARD}.`);
      const ds = await waitForDiagnostics(editor.document.uri, withCodes('CREDIT_CARD'));
      assert.ok(!ds.some((d) => editor.document.getText(d.range) === 'ACM-123456'), 'the custom pattern did not run');
      const inserted = await vscode.commands.executeCommand<boolean>('replyGuard.insertSnippet', { id: 'untrusted.greeting' });
      assert.notEqual(inserted, true, 'the workspace snippet is not offered');
      assert.ok(!editor.document.getText().includes('Hola'));
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(pack, '..', '..'), { recursive: true });
    }
  });

  it('takes no consent source from the workspace: a revoked customer is not looked up', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const editor = await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, 'replies', '03-consent-revoked.reply.md'));
    await api();
    await sleep(3000);
    const codes = vscode.languages.getDiagnostics(editor.document.uri).map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code)));
    assert.ok(!codes.includes('consent/revoked'), `no registry, so no revoked record: ${codes.join(', ')}`);
  });
});
