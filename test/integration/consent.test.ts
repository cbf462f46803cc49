// Channel and consent rules in the real editor: the demo workspace's consent.csv is the
// registry (replyGuard.consent.source in demo/.vscode/settings.json), replies/*.reply.md the
// samples. Rule diagnostics come from 'Reply Guard rules'; PII ones stay 'Reply Guard'.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAllEditors, openReply, ours, quickFixesAt, setWorkspaceSettings, sleep, waitFor, writeWorkspaceFile } from './reply-guard-helpers';

const RULES = 'Reply Guard rules';

function rules(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === RULES);
}

function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

async function waitForRules(uri: vscode.Uri, predicate: (codes: string[]) => boolean, timeoutMs = 8000): Promise<vscode.Diagnostic[]> {
  let seen: string[] = [];
  try {
    return await waitFor(
      'rule diagnostics',
      () => {
        const ds = rules(uri);
        seen = ds.map(codeOf).sort();
        return predicate(seen) && ds;
      },
      timeoutMs,
    );
  } catch {
    return assert.fail(`rule diagnostics did not match; saw ${JSON.stringify(seen)}`);
  }
}

const exactly = (...codes: string[]) => (seen: string[]) => JSON.stringify(seen) === JSON.stringify([...codes].sort());

async function openSample(name: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opens the demo workspace');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'replies', name));
  return vscode.window.showTextDocument(document);
}

interface RuleCheckSnapshot {
  channel?: string;
  customer?: string;
  purpose: string;
  consent?: string;
  channelFrom: string;
  rules: string[];
  status: { text: string; tooltip: string };
}

async function ruleCheck(uri: vscode.Uri): Promise<RuleCheckSnapshot | undefined> {
  return vscode.commands.executeCommand<RuleCheckSnapshot | undefined>('replyGuard.internal.ruleCheck', uri.toString());
}

describe('Channel and consent rules', function () {
  this.timeout(30000);
  let restore: (() => Promise<void>) | undefined;

  before(async () => {
    await api();
  });
  afterEach(async () => {
    await restore?.();
    restore = undefined;
    await closeAllEditors();
  });

  it('a service reply on a consented channel gets no rule finding', async () => {
    const editor = await openSample('01-servicio-ok.reply.md');
    const check = await waitFor('the rule check', () => ruleCheck(editor.document.uri));
    assert.equal(check.consent, 'granted');
    await sleep(300);
    assert.deepEqual(rules(editor.document.uri).map(codeOf), []);
  });

  it('consent/revoked: an error on the customer, with the record in the status bar and the hover', async () => {
    const editor = await openSample('03-consent-revoked.reply.md');
    const [d] = await waitForRules(editor.document.uri, exactly('consent/revoked'));
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(editor.document.getText(d.range), 'C-3003');
    assert.ok(typeof d.code === 'object' && d.code.target.path.endsWith('/docs/rules.md'), 'code links to docs/rules.md');
    const check = await waitFor('status', async () => (await ruleCheck(editor.document.uri))?.consent === 'revoked' && ruleCheck(editor.document.uri));
    assert.ok(check);
    assert.match(check.status.text, /sms · C-3003/);
    assert.match(check.status.tooltip, /2026-11-02/);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, d.range.start);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(text, /consent\/revoked/);
    assert.match(text, /respuesta BAJA|STOP|registry|consent\.csv/i);
  });

  it('each sample reply shows its rule', async () => {
    const expected: [string, string[]][] = [
      ['02-consent-missing.reply.md', ['consent/missing']],
      ['04-consent-expired.reply.md', ['consent/expired']],
      ['05-sin-baja-ni-etiqueta.reply.md', ['marketing/ad-label-missing', 'marketing/unsubscribe-missing']],
      ['06-peru-publicidad.reply.md', ['marketing/ad-label-missing']],
      ['07-whatsapp-tarjeta.reply.md', ['channel/pii-restricted', 'request/sensitive-data']],
      ['08-acceso-remoto.reply.md', ['remote-support/consent-missing']],
      ['09-whatsapp-ventana.reply.md', ['whatsapp/window-closed']],
      ['10-horario-colombia.reply.md', ['contact-hours/outside']],
      ['11-us-texts-after-hours.reply.md', ['contact-hours/outside']],
      ['12-cabecera-invalida.reply.md', ['reply/front-matter-invalid']],
    ];
    for (const [file, codes] of expected) {
      const editor = await openSample(file);
      await waitForRules(editor.document.uri, exactly(...codes));
    }
  });

  it('the unsubscribe quick fix inserts the pack snippet and the finding goes away', async () => {
    const editor = await openSample('05-sin-baja-ni-etiqueta.reply.md');
    const ds = await waitForRules(editor.document.uri, (c) => c.includes('marketing/unsubscribe-missing'));
    const d = ds.find((x) => codeOf(x) === 'marketing/unsubscribe-missing')!;
    const actions = await quickFixesAt(editor.document.uri, d.range);
    const insert = actions.find((a) => {
      const target = a.command?.command === 'replyGuard.applyRuleFix' ? (a.command.arguments?.[0] as { rule: string; fixId: string }) : undefined;
      return target?.rule === 'marketing/unsubscribe-missing' && target.fixId === 'snippet.insert';
    });
    assert.ok(insert, `no snippet fix among ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.commands.executeCommand(insert.command!.command, ...(insert.command!.arguments ?? []));
    await waitForRules(editor.document.uri, (c) => !c.includes('marketing/unsubscribe-missing'));
  });

  it('the redaction quick fix of channel/pii-restricted masks the card', async () => {
    const editor = await openSample('07-whatsapp-tarjeta.reply.md');
    const ds = await waitForRules(editor.document.uri, (c) => c.includes('channel/pii-restricted'));
    const d = ds.find((x) => codeOf(x) === 'channel/pii-restricted')!;
    // The card is underlined once: by the rule's error, not also by the PII warning.
    const sameSpan = () => ours(editor.document.uri).filter((x) => x.range.isEqual(d.range));
    await waitFor('the PII warning on the card to give way to the rule', () => sameSpan().length === 0 || undefined);
    assert.ok(ours(editor.document.uri).some((x) => editor.document.getText(x.range) === 'Andrés'), 'the rest of the PII is still shown');
    const actions = await quickFixesAt(editor.document.uri, d.range);
    const mask = actions.find((a) => a.command?.command === 'replyGuard.applyRuleFix' && (a.command.arguments?.[0] as { fixId: string }).fixId === 'redact.mask');
    assert.ok(mask, `no mask fix among ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.commands.executeCommand(mask.command!.command, ...(mask.command!.arguments ?? []));
    await waitFor('masked card', () => editor.document.getText().includes('**** **** **** 1111'));
    await waitForRules(editor.document.uri, (c) => !c.includes('channel/pii-restricted'));
  });

  it('without front matter: nothing until a channel and customer are chosen for the document', async () => {
    const editor = await openReply('Hola, aprovecha el 2x1 en recargas este fin de semana.');
    await api();
    await sleep(400);
    assert.deepEqual(rules(editor.document.uri).map(codeOf), []);
    await vscode.commands.executeCommand('replyGuard.setReplyContext', { channel: 'sms', customer: 'C-3003' });
    await waitForRules(editor.document.uri, (c) => c.includes('consent/revoked') && c.includes('marketing/unsubscribe-missing'));
    const check = await ruleCheck(editor.document.uri);
    assert.equal(check?.channelFrom, 'document');
    assert.match(check?.status.text ?? '', /sms · C-3003/);
  });

  it('replyGuard.defaultChannel applies to replies without a channel', async () => {
    const editor = await openReply('Hola, aprovecha el 2x1 en recargas este fin de semana.');
    await sleep(300);
    restore = await setWorkspaceSettings({ 'replyGuard.defaultChannel': 'email' });
    await waitForRules(editor.document.uri, (c) => c.includes('marketing/unsubscribe-missing'));
    assert.equal((await ruleCheck(editor.document.uri))?.channelFrom, 'setting');
  });

  it('replyGuard.rules.severities can switch a rule off and re-grade another', async () => {
    const editor = await openSample('03-consent-revoked.reply.md');
    await waitForRules(editor.document.uri, exactly('consent/revoked'));
    restore = await setWorkspaceSettings({ 'replyGuard.rules.severities': { 'consent/revoked': 'off' } });
    await waitForRules(editor.document.uri, exactly());
    await restore();
    restore = await setWorkspaceSettings({ 'replyGuard.rules.severities': { 'consent/revoked': 'hint' } });
    const [d] = await waitForRules(editor.document.uri, exactly('consent/revoked'));
    await waitFor('hint severity', () => rules(editor.document.uri)[0]?.severity === vscode.DiagnosticSeverity.Hint);
    assert.ok(d);
  });

  it('replyGuard.consent.source: without a registry no consent findings; broken rows are marked in the registry file', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const registry = vscode.Uri.joinPath(folder.uri, 'consent.csv');
    const problems = await waitFor('registry problems', () => {
      const ds = vscode.languages.getDiagnostics(registry).filter((d) => d.source === 'Reply Guard consent');
      return ds.length >= 2 && ds;
    });
    assert.deepEqual(problems.map((d) => d.range.start.line + 1).sort((a, b) => a - b), [15, 16]);
    const editor = await openSample('02-consent-missing.reply.md');
    await waitForRules(editor.document.uri, exactly('consent/missing'));
    restore = await setWorkspaceSettings({ 'replyGuard.consent.source': '' });
    await waitForRules(editor.document.uri, exactly());
  });

  it('a pack can name the consent registry when no setting does (consent.source)', async () => {
    restore = await setWorkspaceSettings({ 'replyGuard.consent.source': '' });
    const editor = await openSample('02-consent-missing.reply.md');
    await waitForRules(editor.document.uri, exactly());
    const pack = await writeWorkspaceFile(
      '.replyguard/packs/consent-source.pack.yaml',
      'id: acme.consent\nname: Acme consent\nversion: 1.0.0\npublisher: Acme\ntemplate: true\nlocales: [es]\nsnippets: []\nconsent: { source: consent.csv }\n',
    );
    try {
      await waitForRules(editor.document.uri, exactly('consent/missing'), 15000);
    } finally {
      await vscode.workspace.fs.delete(pack);
    }
    await waitForRules(editor.document.uri, exactly(), 15000);
  });

  it('replyGuard.consent.timeoutMs: an endpoint that does not answer shows unknown, never granted', async () => {
    restore = await setWorkspaceSettings({ 'replyGuard.consent.source': 'https://127.0.0.1:9/consent/{customer}', 'replyGuard.consent.timeoutMs': 200 });
    const editor = await openSample('02-consent-missing.reply.md');
    const check = await waitFor('unknown consent', async () => {
      const c = await ruleCheck(editor.document.uri);
      return c?.consent === 'unknown' && c.rules.includes('consent/missing') && c;
    });
    assert.match(check.status.text, /unknown|desconocido/);
  });
});
