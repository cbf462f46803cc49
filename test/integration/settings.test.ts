// Every contributed replyGuard.* setting, changed in the workspace, takes effect without a reload.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CARD, api, closeAllEditors, codeOf, openReply, quickFixesAt, setWorkspaceSettings, sleep, typeAtEnd, waitFor, waitForDiagnostics, withCodes } from './reply-guard-helpers';

const BOTH = `card ${CARD}, mail jane@example.com`;

describe('Reply Guard settings take effect without reload', () => {
  let restore: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await restore?.();
    restore = undefined;
    await closeAllEditors();
  });

  async function both(content = BOTH, language = 'plaintext') {
    const editor = await openReply(content, language);
    await waitForDiagnostics(editor.document.uri, withCodes('CREDIT_CARD', 'EMAIL_ADDRESS'));
    return editor;
  }

  it('replyGuard.enabled', async () => {
    const editor = await both();
    restore = await setWorkspaceSettings({ 'replyGuard.enabled': false });
    await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 0);
    await restore();
    restore = undefined;
    await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 2);
  });

  it('replyGuard.entities', async () => {
    const editor = await both();
    restore = await setWorkspaceSettings({ 'replyGuard.entities': { EMAIL_ADDRESS: false } });
    await waitForDiagnostics(editor.document.uri, withCodes('CREDIT_CARD'));
  });

  it('replyGuard.minScore', async () => {
    // The card has a context word (score 1); the bare email does not.
    const editor = await both(`card ${CARD} y jane@example.com`);
    restore = await setWorkspaceSettings({ 'replyGuard.minScore': 1 });
    await waitForDiagnostics(editor.document.uri, withCodes('CREDIT_CARD'));
  });

  it('replyGuard.phoneRegions', async () => {
    const editor = await openReply('teléfono 612 34 56 78');
    await waitForDiagnostics(editor.document.uri, withCodes('PHONE_NUMBER'));
    restore = await setWorkspaceSettings({ 'replyGuard.phoneRegions': ['US'] });
    await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 0);
  });

  it('replyGuard.allowList', async () => {
    const editor = await both();
    restore = await setWorkspaceSettings({ 'replyGuard.allowList': ['JANE@example.com'] });
    await waitForDiagnostics(editor.document.uri, withCodes('CREDIT_CARD'));
  });

  it('replyGuard.redaction', async () => {
    const editor = await both();
    restore = await setWorkspaceSettings({ 'replyGuard.redaction': { CREDIT_CARD: 'label', EMAIL_ADDRESS: 'remove' } });
    assert.equal(await vscode.commands.executeCommand('replyGuard.copyRedacted', editor.document.uri), 2);
    assert.equal(await vscode.env.clipboard.readText(), 'card [CARD], mail ');
  });

  it('replyGuard.languages', async () => {
    const editor = await both();
    restore = await setWorkspaceSettings({ 'replyGuard.languages': ['markdown'] });
    await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 0);
    const md = await both(BOTH, 'markdown');
    assert.equal(md.document.languageId, 'markdown');
  });

  it('replyGuard.debounceMs', async () => {
    restore = await setWorkspaceSettings({ 'replyGuard.debounceMs': 1500 });
    const editor = await openReply('mail ');
    await sleep(300);
    await typeAtEnd(editor, 'jane@example.com');
    const typed = Date.now();
    await sleep(700);
    assert.deepEqual(vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'Reply Guard').map(codeOf), [], 'not yet: still inside the debounce');
    await waitForDiagnostics(editor.document.uri, withCodes('EMAIL_ADDRESS'), 5000);
    assert.ok(Date.now() - typed >= 1400, `diagnostics came ${Date.now() - typed} ms after typing`);
  });

  it('replyGuard.severity', async () => {
    const editor = await both();
    restore = await setWorkspaceSettings({ 'replyGuard.severity': { CREDIT_CARD: 'hint', EMAIL_ADDRESS: 'error' } });
    const ds = await waitForDiagnostics(editor.document.uri, (x) => x.length === 2 && x.some((d) => d.severity === vscode.DiagnosticSeverity.Hint));
    assert.equal(ds.find((d) => codeOf(d) === 'CREDIT_CARD')?.severity, vscode.DiagnosticSeverity.Hint);
    assert.equal(ds.find((d) => codeOf(d) === 'EMAIL_ADDRESS')?.severity, vscode.DiagnosticSeverity.Error);
  });

  it('replyGuard.maxFindingsPerDocument, with the cap in the status and a command to raise it', async () => {
    const editor = await both();
    restore = await setWorkspaceSettings({ 'replyGuard.maxFindingsPerDocument': 1 });
    await waitForDiagnostics(editor.document.uri, withCodes('CREDIT_CARD'));
    const { status } = await api();
    const snap = await waitFor('the cap in the language status', () => {
      const s = status.snapshot();
      return s.languageDetail.includes('first 1 of 2') && s;
    });
    assert.equal(snap.languageSeverity, vscode.LanguageStatusSeverity.Warning);
    assert.match(snap.tooltip, /first 1 of 2/);
    assert.equal(await vscode.commands.executeCommand('replyGuard.raiseLimit', 'maxFindingsPerDocument', editor.document.uri.toString()), 2);
    await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 2);
  });

  it('replyGuard.maxFileSizeKB, with the limit in the status and a command to raise it', async () => {
    const big = `${'Texto de relleno para la respuesta. '.repeat(60)}\ncard ${CARD}`;
    const editor = await openReply(big);
    await waitForDiagnostics(editor.document.uri, withCodes('CREDIT_CARD'));
    restore = await setWorkspaceSettings({ 'replyGuard.maxFileSizeKB': 1 });
    await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 0);
    const { status } = await api();
    await waitFor('the size limit in the language status', () => /not checked/.test(status.snapshot().languageText));
    assert.equal(await vscode.commands.executeCommand('replyGuard.raiseLimit', 'maxFileSizeKB', editor.document.uri.toString()), 3);
    await waitForDiagnostics(editor.document.uri, withCodes('CREDIT_CARD'));
  });

  it('replyGuard.allowListTarget', async () => {
    restore = await setWorkspaceSettings({ 'replyGuard.allowListTarget': 'user' });
    const config = () => vscode.workspace.getConfiguration('replyGuard');
    const before = config().inspect<string[]>('allowList')?.globalValue;
    try {
      const editor = await openReply('mail ana.test@empresa.example');
      const [d] = await waitForDiagnostics(editor.document.uri, withCodes('EMAIL_ADDRESS'));
      const ignore = (await quickFixesAt(editor.document.uri, d.range)).find((a) => a.command?.command === 'replyGuard.ignoreValue');
      assert.ok(ignore?.command);
      await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
      assert.ok(config().inspect<string[]>('allowList')?.globalValue?.includes('ana.test@empresa.example'), 'went to user settings');
      assert.ok(!config().inspect<string[]>('allowList')?.workspaceValue?.includes('ana.test@empresa.example'), 'not to the workspace');
      const inspected = JSON.stringify(config().inspect('allowList'));
      await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 0).catch((e: Error) => assert.fail(`${e.message}; allowList: ${inspected} effective ${JSON.stringify(config().get('allowList'))}`));
    } finally {
      await config().update('allowList', before, vscode.ConfigurationTarget.Global);
    }
  });
});
