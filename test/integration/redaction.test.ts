// Quick fixes, fix-all, redact-all with preview and copy-redacted: the expected text, one undo step.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CARD, closeAllEditors, openReply, quickFixesAt, setWorkspaceSettings, sleep, waitFor, waitForDiagnostics, withCodes, writeWorkspaceFile } from './reply-guard-helpers';

const ORIGINAL = `Tu tarjeta ${CARD} y el correo jane@example.com.`;

async function undoOnce(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('undo');
}

function previewTab(): vscode.TabInputTextDiff | undefined {
  for (const tab of vscode.window.tabGroups.all.flatMap((g) => g.tabs)) {
    if (tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.scheme === 'reply-guard-preview') return tab.input;
  }
  return undefined;
}

describe('Reply Guard redaction', () => {
  afterEach(closeAllEditors);

  const cases: [string, RegExp, string][] = [
    ['mask', /^Mask card/, `Tu tarjeta **** **** **** 1111 y el correo jane@example.com.`],
    ['label', /^Replace with \[CARD\]/, `Tu tarjeta [CARD] y el correo jane@example.com.`],
    ['remove', /^Remove card/, `Tu tarjeta  y el correo jane@example.com.`],
    ['redact all', /^Redact all personal data in this reply \(2\)/, `Tu tarjeta **** **** **** 1111 y el correo j***@example.com.`],
  ];
  for (const [name, title, expected] of cases) {
    it(`quick fix "${name}" gives the expected text and undoes in one step`, async () => {
      const editor = await openReply(ORIGINAL);
      const ds = await waitForDiagnostics(editor.document.uri, withCodes('CREDIT_CARD', 'EMAIL_ADDRESS'));
      const card = ds.find((d) => editor.document.getText(d.range) === CARD);
      assert.ok(card);
      const fixes = await quickFixesAt(editor.document.uri, card.range);
      const fix = fixes.find((a) => title.test(a.title));
      assert.ok(fix?.edit, `no "${name}" among ${JSON.stringify(fixes.map((a) => a.title))}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.equal(editor.document.getText(), expected);
      await undoOnce(editor);
      assert.equal(editor.document.getText(), ORIGINAL);
    });
  }

  it('the configured style is the preferred quick fix', async () => {
    const restore = await setWorkspaceSettings({ 'replyGuard.redaction': { CREDIT_CARD: 'label' } });
    try {
      const editor = await openReply(`card ${CARD}`);
      const [d] = await waitForDiagnostics(editor.document.uri, withCodes('CREDIT_CARD'));
      const preferred = (await quickFixesAt(editor.document.uri, d.range)).filter((a) => a.isPreferred);
      assert.deepEqual(preferred.map((a) => a.title), ['Replace with [CARD]']);
    } finally {
      await restore();
    }
  });

  it('"ignore this value" adds it to the workspace allow-list and the finding goes away', async () => {
    const restore = await setWorkspaceSettings({ 'replyGuard.allowListTarget': 'workspace', 'replyGuard.allowList': [] });
    try {
      const editor = await openReply('write to soporte@empresa.example');
      const [d] = await waitForDiagnostics(editor.document.uri, withCodes('EMAIL_ADDRESS'));
      const ignore = (await quickFixesAt(editor.document.uri, d.range)).find((a) => a.title.startsWith('Ignore this value'));
      assert.ok(ignore?.command);
      await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
      assert.deepEqual(vscode.workspace.getConfiguration('replyGuard').inspect('allowList')?.workspaceValue, ['soporte@empresa.example']);
      await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 0);
      assert.equal(editor.document.getText(), 'write to soporte@empresa.example', 'ignoring never edits the reply');
    } finally {
      await restore();
    }
  });

  it('source.fixAll.replyGuard redacts every finding as one edit', async () => {
    const editor = await openReply(ORIGINAL);
    await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 2);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.replyGuard');
    assert.equal(actions.length, 1);
    assert.ok(actions[0].edit);
    await vscode.workspace.applyEdit(actions[0].edit);
    assert.equal(editor.document.getText(), `Tu tarjeta **** **** **** 1111 y el correo j***@example.com.`);
    await undoOnce(editor);
    assert.equal(editor.document.getText(), ORIGINAL);
  });

  it('editor.codeActionsOnSave with source.fixAll.replyGuard redacts on save', async () => {
    const uri = await writeWorkspaceFile('tmp-redaction/on-save.md', 'Reply draft\n');
    const restore = await setWorkspaceSettings({ 'editor.codeActionsOnSave': { 'source.fixAll.replyGuard': 'explicit' } });
    try {
      const editor = await vscode.window.showTextDocument(uri);
      await editor.edit((e) => e.insert(new vscode.Position(1, 0), `card ${CARD}\n`));
      await waitForDiagnostics(uri, withCodes('CREDIT_CARD'));
      await vscode.commands.executeCommand('workbench.action.files.save');
      await waitFor('redacted on save', () => !editor.document.isDirty && editor.document.getText().includes('**** **** **** 1111'));
      const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.equal(saved, 'Reply draft\ncard **** **** **** 1111\n');
    } finally {
      await restore();
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true });
    }
  });

  it('redact all shows a preview first, then applies it as one undoable edit', async () => {
    const editor = await openReply(ORIGINAL);
    await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 2);
    const previewUri = await vscode.commands.executeCommand<vscode.Uri>('replyGuard.redactAll');
    assert.ok(previewUri);
    const tab = await waitFor('the preview diff', () => previewTab());
    assert.equal(tab.original.toString(), editor.document.uri.toString());
    const preview = await vscode.workspace.openTextDocument(previewUri);
    assert.equal(preview.getText(), `Tu tarjeta **** **** **** 1111 y el correo j***@example.com.`);
    assert.equal(editor.document.getText(), ORIGINAL, 'the preview changes nothing');

    assert.equal(await vscode.commands.executeCommand('replyGuard.applyRedactions'), true);
    assert.equal(editor.document.getText(), preview.getText());
    await waitFor('the preview tab closes', () => !previewTab());
    await undoOnce(editor);
    assert.equal(editor.document.getText(), ORIGINAL);
  });

  it('a discarded preview changes nothing; a stale one is not applied', async () => {
    const editor = await openReply(ORIGINAL);
    await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 2);
    await vscode.commands.executeCommand('replyGuard.redactAll');
    await waitFor('the preview diff', () => previewTab());
    await vscode.commands.executeCommand('replyGuard.discardRedactions');
    await waitFor('the preview tab closes', () => !previewTab());
    assert.equal(editor.document.getText(), ORIGINAL);

    await vscode.commands.executeCommand('replyGuard.redactAll', editor.document.uri);
    const change = new vscode.WorkspaceEdit();
    change.insert(editor.document.uri, new vscode.Position(0, 0), '> ');
    await vscode.workspace.applyEdit(change);
    assert.equal(await vscode.commands.executeCommand('replyGuard.applyRedactions'), false);
    assert.equal(editor.document.getText(), `> ${ORIGINAL}`);
  });

  it('copy redacted fills the clipboard and leaves the document unchanged', async () => {
    const editor = await openReply(ORIGINAL);
    await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 2);
    const version = editor.document.version;
    await vscode.env.clipboard.writeText('before');
    assert.equal(await vscode.commands.executeCommand('replyGuard.copyRedacted'), 2);
    assert.equal(await vscode.env.clipboard.readText(), `Tu tarjeta **** **** **** 1111 y el correo j***@example.com.`);
    assert.equal(editor.document.getText(), ORIGINAL);
    assert.equal(editor.document.version, version);
    await sleep(0);
  });
});
