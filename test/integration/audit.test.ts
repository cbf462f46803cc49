// The audit trail in the real editor: quick-fix and Redact All redactions, snippet insertion,
// a rule fix, "ignore this value" and "turn this rule off" (with reasons) all reach the log;
// then the log is grepped for every raw test value and holds none, only hashes and masks.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { api, CARD, closeAllEditors, openReply, quickFixesAt, setWorkspaceSettings, waitFor, waitForDiagnostics, withCodes, writeWorkspaceFile } from './reply-guard-helpers';

const EMAIL = 'jane@example.com';
const DNI = '12345678Z';
const IBAN = 'ES91 2100 0418 4502 0005 1332';
const RAW = [CARD, CARD.replace(/ /g, ''), EMAIL, DNI, IBAN, IBAN.replace(/ /g, ''), 'soporte@empresa.example'];

async function flush(): Promise<{ path: string; enabled: boolean }> {
  const r = await vscode.commands.executeCommand<{ path: string; enabled: boolean }>('replyGuard.internal.auditLog');
  return { ...r, path: vscode.Uri.parse(r.path).fsPath };
}

async function runCommandOf(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.command, `"${action.title}" carries no audit command`);
  await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

describe('audit trail', function () {
  this.timeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'rg-audit-'));
  const logPath = join(dir, 'audit.jsonl');
  let restore: (() => Promise<void>) | undefined;

  before(async () => {
    await api();
    restore = await setWorkspaceSettings({ 'replyGuard.audit.enabled': true, 'replyGuard.audit.maxSizeKB': 10240, 'replyGuard.allowListTarget': 'workspace' });
    // audit.path is machine-scoped: user settings.
    await vscode.workspace.getConfiguration('replyGuard').update('audit.path', logPath, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await closeAllEditors();
    await restore?.();
    await vscode.workspace.getConfiguration('replyGuard').update('audit.path', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('replyGuard').update('rules.severities', undefined, vscode.ConfigurationTarget.Workspace);
    rmSync(dir, { recursive: true, force: true });
  });

  it('logs redactions, snippets and overrides with hashes and masks, and no raw value', async () => {
    assert.equal((await flush()).enabled, true);

    // 1. A quick fix on the card: VS Code applies the edit, then runs the action's command.
    const editor = await openReply(`Tarjeta ${CARD}, correo ${EMAIL}, DNI ${DNI}.`);
    const ds = await waitForDiagnostics(editor.document.uri, withCodes('CREDIT_CARD', 'EMAIL_ADDRESS', 'NATIONAL_ID'));
    const card = ds.find((d) => editor.document.getText(d.range) === CARD)!;
    const mask = (await quickFixesAt(editor.document.uri, card.range)).find((a) => /^Mask card/.test(a.title))!;
    assert.ok(mask?.edit);
    assert.ok(await vscode.workspace.applyEdit(mask.edit));
    await runCommandOf(mask);

    // 2. Redact All with its preview, applied.
    await waitForDiagnostics(editor.document.uri, withCodes('EMAIL_ADDRESS', 'NATIONAL_ID'));
    const preview = await vscode.commands.executeCommand<vscode.Uri>('replyGuard.redactAll', editor.document.uri);
    assert.ok(preview);
    assert.equal(await vscode.commands.executeCommand('replyGuard.applyRedactions', preview), true);
    assert.equal(editor.document.getText().includes(EMAIL), false);

    // 3. A fix applied through the command (hover links use it).
    const second = await openReply(`IBAN ${IBAN}`);
    const [iban] = await waitForDiagnostics(second.document.uri, withCodes('IBAN_CODE'));
    const start = second.document.offsetAt(iban.range.start);
    const end = second.document.offsetAt(iban.range.end);
    assert.equal(await vscode.commands.executeCommand('replyGuard.applyFix', { uri: second.document.uri.toString(), version: second.document.version, start, end, fixId: 'redact.label' }), true);

    // 4. A snippet from the built-in pack.
    await openReply('');
    assert.equal(await vscode.commands.executeCommand('replyGuard.insertSnippet', { id: 'unsubscribe.es.email' }), true);

    // 5. "Ignore this value", with a reason that itself holds personal data (masked in the log).
    const third = await openReply('escriba a soporte@empresa.example');
    const [mail] = await waitForDiagnostics(third.document.uri, withCodes('EMAIL_ADDRESS'));
    const target = { uri: third.document.uri.toString(), start: third.document.offsetAt(mail.range.start), end: third.document.offsetAt(mail.range.end), reason: `company address, not the customer's (${EMAIL})` };
    assert.equal(await vscode.commands.executeCommand('replyGuard.ignoreValue', target), true);

    // 6. A rule turned off, with a reason.
    assert.equal(await vscode.commands.executeCommand('replyGuard.disableRule', 'consent/missing', `registry lags; customer DNI ${DNI} confirmed by phone`), true);

    const { path } = await flush();
    assert.equal(path, logPath);
    const log = readFileSync(logPath, 'utf8');
    const entries = log.trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
    const actions = entries.map((e) => `${e.action}:${e.entity ?? e.rule ?? e.snippet}:${e.fix ?? ''}`);
    assert.ok(actions.includes('redaction:CREDIT_CARD:redact.mask'), actions.join('\n'));
    assert.ok(actions.includes('redaction:EMAIL_ADDRESS:redact.all'), actions.join('\n'));
    assert.ok(actions.includes('redaction:NATIONAL_ID:redact.all'), actions.join('\n'));
    assert.ok(actions.includes('redaction:IBAN_CODE:redact.label'), actions.join('\n'));
    assert.ok(entries.some((e) => e.action === 'snippet' && e.snippet === 'unsubscribe.es.email' && /^reply-guard\.default@/.test(e.pack)), actions.join('\n'));
    assert.ok(entries.some((e) => e.action === 'value-ignored' && e.entity === 'EMAIL_ADDRESS' && e.hash && e.reason?.startsWith('company address')), actions.join('\n'));
    assert.ok(entries.some((e) => e.action === 'rule-disabled' && e.rule === 'consent/missing' && e.reason?.startsWith('registry lags')), actions.join('\n'));

    // The grep: no raw value anywhere; hashes and masked forms instead.
    for (const raw of RAW) assert.equal(log.includes(raw), false, `raw value in the audit log: ${raw.slice(0, 4)}…`);
    assert.ok(entries.filter((e) => e.action === 'redaction').every((e) => /^sha256:[0-9a-f]{64}$/.test(e.hash) && e.masked));
    assert.ok(log.includes('**** **** **** 1111'), 'the masked card');
    assert.ok(entries.every((e) => e.file !== undefined && !e.file.startsWith('/work')), 'workspace-relative or untitled names');
  });

  it('rotates by size and keeps every line whole', async () => {
    const rotated = mkdtempSync(join(tmpdir(), 'rg-audit-rotate-'));
    await vscode.workspace.getConfiguration('replyGuard').update('audit.path', join(rotated, 'audit.jsonl'), vscode.ConfigurationTarget.Global);
    const restoreSize = await setWorkspaceSettings({ 'replyGuard.audit.maxSizeKB': 1 });
    try {
      for (let i = 0; i < 6; i++) {
        const editor = await openReply(`Tarjeta ${CARD} y ${EMAIL} (${i})`);
        const ds = await waitForDiagnostics(editor.document.uri, withCodes('CREDIT_CARD', 'EMAIL_ADDRESS'));
        const fixes = await quickFixesAt(editor.document.uri, ds[0].range);
        const all = fixes.find((a) => /^Redact all personal data/.test(a.title))!;
        assert.ok(await vscode.workspace.applyEdit(all.edit!));
        await runCommandOf(all);
      }
      await flush();
      const files = readdirSync(rotated).filter((f) => f.startsWith('audit.jsonl'));
      assert.ok(files.includes('audit.jsonl.1') && files.includes('audit.jsonl.2'), files.join(', '));
      let lines = 0;
      for (const f of files) {
        const text = readFileSync(join(rotated, f), 'utf8');
        lines += text.trim().split('\n').length;
        assert.ok(text.length <= 1024, `${f} is ${text.length} bytes`);
        for (const line of text.trim().split('\n')) JSON.parse(line);
        for (const raw of RAW) assert.equal(text.includes(raw), false);
      }
      assert.equal(lines, 12, 'two redactions per round, six rounds, no line lost');
    } finally {
      await restoreSize();
      await vscode.workspace.getConfiguration('replyGuard').update('audit.path', logPath, vscode.ConfigurationTarget.Global);
      rmSync(rotated, { recursive: true, force: true });
    }
  });

  it('is off by default, and on when an active pack asks for it', async () => {
    const restoreOff = await setWorkspaceSettings({ 'replyGuard.audit.enabled': false });
    const pack = await writeWorkspaceFile(
      '.replyguard/packs/audit.pack.yaml',
      'id: acme.audit\nname: Acme audit\nversion: 1.0.0\npublisher: Acme\ntemplate: true\nlocales: [es]\nsnippets: []\naudit: { enabled: true }\n',
    );
    try {
      await waitFor('the pack to turn the audit on', async () => (await flush()).enabled, 15_000);
      await vscode.workspace.fs.delete(pack);
      await waitFor('the audit to go off with the pack', async () => !(await flush()).enabled || undefined, 15_000);
    } finally {
      if (existsSync(pack.fsPath)) await vscode.workspace.fs.delete(pack);
      await restoreOff();
    }
  });
});
