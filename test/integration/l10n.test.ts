// Spanish UI strings load: the manifest is localised through package.nls*.json and the l10n
// bundle for vscode.l10n resolves through the official loader (@vscode/l10n, the same format).
import * as assert from 'node:assert/strict';
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { EXTENSION_ID, api } from './reply-guard-helpers';

async function readJson(uri: vscode.Uri): Promise<Record<string, string>> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as Record<string, string>;
}

describe('Reply Guard UI languages', () => {
  it('the manifest shown by VS Code is localised (no %placeholders% left)', async () => {
    await api();
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const commands = extension.packageJSON.contributes.commands as { command: string; title: string }[];
    const redactAll = commands.find((c) => c.command === 'replyGuard.redactAll');
    assert.equal(redactAll?.title, 'Redact All in This Reply…');
    const all = (await vscode.commands.getCommands(true)).filter((c) => c.startsWith('replyGuard.'));
    for (const c of commands) assert.ok(all.includes(c.command), `${c.command} is not registered`);
  });

  it('the Spanish bundles exist and resolve every English string', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const root = extension.extensionUri;
    const bundle = await readJson(vscode.Uri.joinPath(root, 'l10n', 'bundle.l10n.es.json'));
    l10n.config({ contents: bundle });
    try {
      assert.equal(l10n.t('Apply'), 'Aplicar');
      assert.equal(l10n.t('Reply Guard: {0} findings', 3), 'Reply Guard: 3 hallazgos');
      assert.equal(l10n.t('Copied the reply with {0} redactions. The document is unchanged.', 2), 'Respuesta copiada con 2 redacciones. El documento no ha cambiado.');
    } finally {
      l10n.config({ contents: {} });
    }
    const nls = await readJson(vscode.Uri.joinPath(root, 'package.nls.json'));
    const nlsEs = await readJson(vscode.Uri.joinPath(root, 'package.nls.es.json'));
    assert.deepEqual(Object.keys(nlsEs).sort(), Object.keys(nls).sort());
    assert.equal(nlsEs['command.redactAll'], 'Redactar todo en esta respuesta…');
  });

  it('in English VS Code, vscode.l10n.t gives the English source strings', () => {
    assert.equal(vscode.env.language.startsWith('en'), true, `this run uses ${vscode.env.language}`);
    assert.equal(vscode.l10n.t('Apply'), 'Apply');
  });
});
