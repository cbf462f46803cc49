// Proves the harness: this file runs inside a real VS Code extension host with Reply Guard
// loaded from the repository. REPLY_GUARD_TEST_HOST says which VS Code the runner started
// ('code-server' for the web workbench here, 'electron' for @vscode/test-electron).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'reply-guard.reply-guard';

describe('harness smoke', () => {
  it('loads Reply Guard from the repository and activates it', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded in this extension host`);
    assert.equal(extension.packageJSON.name, 'reply-guard');
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('runs in the VS Code the runner started', () => {
    const host = process.env.REPLY_GUARD_TEST_HOST;
    if (host === 'code-server') {
      assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
      assert.ok(vscode.env.remoteName, 'code-server runs the extension host as a remote');
    } else if (host === 'electron') {
      assert.equal(vscode.env.uiKind, vscode.UIKind.Desktop);
      assert.equal(vscode.env.remoteName, undefined);
    } else {
      assert.fail(`REPLY_GUARD_TEST_HOST is ${JSON.stringify(host)}; run through npm run test:integration or test:desktop`);
    }
    assert.match(vscode.version, /^1\.\d+\.\d+/);
  });

  it('opens a workspace file in an editor', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the runner opens a workspace folder');
    const [file] = await vscode.workspace.findFiles('**/*.{md,txt}', '**/node_modules/**', 1);
    assert.ok(file, `no .md or .txt file in ${folder.uri.fsPath}`);
    const editor = await vscode.window.showTextDocument(file);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), file.toString());
    assert.ok(editor.document.getText().length > 0, 'the file is not empty');
  });

  it('edits an untitled reply as one undoable edit', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Hola Ana,\n' });
    const editor = await vscode.window.showTextDocument(document);
    const applied = await editor.edit((edit) => edit.insert(document.positionAt(document.getText().length), 'gracias por escribirnos.'));
    assert.equal(applied, true);
    assert.equal(document.getText(), 'Hola Ana,\ngracias por escribirnos.');
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), 'Hola Ana,\n');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
