// Team packs in the real editor: snippet insertion through the command (by id and through
// the quick pick filtered by the reply's channel and locale), a broken workspace pack that
// reaches the Problems panel while the other packs keep working, and a workspace pack's
// custom pattern reaching the diagnostics.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAllEditors, openReply, setWorkspaceSettings, sleep, waitFor, writeWorkspaceFile } from './reply-guard-helpers';

const PACKS_SOURCE = 'Reply Guard packs';

const TEAM_PACK = `id: acme.team
name: Acme team pack
version: 1.0.0
publisher: Acme privacy office
approval: { approvedBy: DPO Acme, date: "2026-01-01", expires: "2099-12-31" }
locales: [es]
snippets:
  - id: team.greeting
    title: Saludo del equipo Acme
    purpose: sender-id
    channels: [email]
    locale: es
    body: "Le saluda \${agentName}, del equipo de \${company}.$0"
detectors:
  customPatterns:
    - { id: member, entity: NATIONAL_ID, subtype: ACME_MEMBER, pattern: "\\\\bACM-\\\\d{6}\\\\b", score: 0.9 }
`;

// Line 10 has an unknown purpose; line 11 an unknown channel.
const BROKEN_PACK = `id: acme.broken
name: Broken pack
version: 1.0.0
publisher: Acme
template: true
locales: [es]
snippets:
  - id: broken.one
    title: Roto
    purpose: marketing-blast
    channels: [fax]
    locale: es
    body: hola
`;

function packDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === PACKS_SOURCE);
}

async function insertById(id: string): Promise<void> {
  const inserted = await vscode.commands.executeCommand<boolean>('replyGuard.insertSnippet', { id });
  assert.equal(inserted, true, `snippet ${id} was not inserted`);
}

describe('team packs in the editor', function () {
  this.timeout(60_000);
  let restore: (() => Promise<void>) | undefined;

  before(async () => {
    await api();
    restore = await setWorkspaceSettings({ 'replyGuard.snippets.variables': { agentName: 'Marta', company: 'Acme' } });
  });

  after(async () => {
    await restore?.();
    await closeAllEditors();
  });

  it('inserts a built-in snippet with the command: variables filled, the deadline computed, the rest as placeholders', async () => {
    const editor = await openReply('---\nchannel: email\nlocale: es-ES\njurisdiction: ES\n---\n');
    const end = editor.document.positionAt(editor.document.getText().length);
    editor.selection = new vscode.Selection(end, end);
    await insertById('data-rights-access.es-es');
    const text = editor.document.getText();
    assert.match(text, /Hola customerName: hemos recibido su solicitud de acceso/);
    assert.match(text, /como máximo el \d{1,2} de [a-z]+ de \d{4} \(un mes\)/);
    assert.match(text, /Marta, Acme$/);
    // Inserted as a snippet: the first placeholder (customerName) is selected for typing.
    assert.equal(editor.document.getText(editor.selection), 'customerName');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), '---\nchannel: email\nlocale: es-ES\njurisdiction: ES\n---\n', 'one undo removes the insertion');
  });

  it('the quick pick offers the snippets for the reply\'s channel and locale first', async () => {
    const editor = await openReply('---\nchannel: phone\nlocale: en-US\n---\n');
    const end = editor.document.positionAt(editor.document.getText().length);
    editor.selection = new vscode.Selection(end, end);
    const picked = vscode.commands.executeCommand<boolean>('replyGuard.insertSnippet');
    // The first item of the filtered list: the English inbound-call consent script.
    await sleep(1500);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(await picked, true);
    assert.match(editor.document.getText(), /Before we finish, customerName: may Acme contact you by phone with offers\?/);
  });

  it('notices a pack folder made together with its first pack, and its removal, every time', async () => {
    // The race behind a CI failure: `mkdir -p .replyguard/packs` and the write land before a
    // recursive watcher has looked at the new folder, which then stays unwatched. Three rounds
    // of create-with-folder and delete-the-folder, each one seen.
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const root = vscode.Uri.joinPath(folder, '.replyguard');
    for (let round = 1; round <= 3; round++) {
      const pack = await writeWorkspaceFile('.replyguard/packs/cycle.pack.yaml', BROKEN_PACK);
      await waitFor(`round ${round}: the new pack's problems`, () => packDiagnostics(pack).length >= 2 || undefined, 15_000);
      await vscode.workspace.fs.delete(root, { recursive: true });
      await waitFor(`round ${round}: the problems to go with the folder`, () => packDiagnostics(pack).length === 0 || undefined, 15_000);
    }
  });

  it('a broken workspace pack reaches the Problems panel with its line; the other packs keep working', async () => {
    const broken = await writeWorkspaceFile('.replyguard/packs/broken.pack.yaml', BROKEN_PACK);
    const team = await writeWorkspaceFile('.replyguard/packs/team.pack.yaml', TEAM_PACK);
    try {
      const problems = await waitFor('diagnostics on the broken pack', () => {
        const ds = packDiagnostics(broken);
        return ds.length >= 2 ? ds : undefined;
      }, 15_000);
      const byLine = problems.map((d) => [d.range.start.line + 1, d.severity, String(d.code)]).sort();
      assert.deepEqual(byLine, [[10, vscode.DiagnosticSeverity.Error, 'schema/enum'], [11, vscode.DiagnosticSeverity.Error, 'schema/enum']]);
      assert.match(problems.map((d) => d.message).join('\n'), /"marketing-blast" is not one of/);
      assert.deepEqual(packDiagnostics(team), []);

      // The valid workspace pack and the built-in pack are both active.
      const editor = await openReply('');
      await waitFor('the team snippet', async () => {
        const ok = await vscode.commands.executeCommand<boolean>('replyGuard.insertSnippet', { id: 'team.greeting' });
        return ok || undefined;
      }, 15_000);
      assert.match(editor.document.getText(), /Le saluda Marta, del equipo de Acme\./);
      await insertById('secure-payment.es');
      assert.match(editor.document.getText(), /no envíe los datos de su tarjeta/);

      // The workspace pack's custom pattern reaches the scan.
      const reply = await openReply('Su número de socio es ACM-123456, gracias.');
      const found = await waitFor('a diagnostic on the member number', () => {
        const d = vscode.languages.getDiagnostics(reply.document.uri).find((x) => reply.document.getText(x.range) === 'ACM-123456');
        return d;
      }, 15_000);
      assert.equal(found.source, 'Reply Guard');

      // The team lead fixes the pack in the editor and saves: its problems clear.
      const packEditor = await vscode.window.showTextDocument(broken);
      const line10 = packEditor.document.lineAt(9).range;
      const line11 = packEditor.document.lineAt(10).range;
      await packEditor.edit((edit) => {
        edit.replace(line10, '    purpose: unsubscribe');
        edit.replace(line11, '    channels: [email]');
      });
      await packEditor.document.save();
      await waitFor('the problems to clear', () => packDiagnostics(broken).length === 0, 15_000);
    } finally {
      await vscode.workspace.fs.delete(broken).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(team).then(undefined, () => undefined);
    }
  });
});
