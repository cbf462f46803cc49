// "Scan workspace": reply files into Problems; files.exclude, the size limit and binary files respected.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CARD, closeAllEditors, setWorkspaceSettings, writeWorkspaceFile } from './reply-guard-helpers';
import type { WorkspaceScanSummary } from '../../src/extension/workspace-scan';

const diagnosticsOf = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Reply Guard');

describe('Reply Guard workspace scan', () => {
  afterEach(closeAllEditors);

  it('reports findings of closed files in Problems and says what it skipped', async () => {
    const dir = 'tmp-workspace-scan';
    const withPii = await writeWorkspaceFile(`${dir}/ticket.txt`, `Mi tarjeta es ${CARD}\n`);
    const clean = await writeWorkspaceFile(`${dir}/clean.md`, 'Gracias por escribirnos.\n');
    const large = await writeWorkspaceFile(`${dir}/large.txt`, `${'relleno '.repeat(400)}\nwrite to jane@example.com\n`);
    const binary = await writeWorkspaceFile(`${dir}/binary.txt`, new Uint8Array([0x50, 0x4b, 0x00, 0x01, 0x40, 0x40]));
    const excluded = await writeWorkspaceFile(`${dir}/excluded/ticket.txt`, `card ${CARD}\n`);
    const restore = await setWorkspaceSettings({ 'replyGuard.maxFileSizeKB': 2, 'files.exclude': { [`${dir}/excluded`]: true } });
    try {
      const summary = await vscode.commands.executeCommand<WorkspaceScanSummary>('replyGuard.scanWorkspace');
      assert.equal(summary.cancelled, false);
      assert.ok(summary.skippedLarge >= 1, `skippedLarge ${summary.skippedLarge}`);
      assert.ok(summary.skippedBinary >= 1, `skippedBinary ${summary.skippedBinary}`);
      assert.deepEqual(diagnosticsOf(withPii).map((d) => [d.range.start.line, d.range.start.character, d.range.end.character]), [[0, 14, 33]]);
      assert.deepEqual(diagnosticsOf(clean), []);
      assert.deepEqual(diagnosticsOf(large), [], 'over the size limit');
      assert.deepEqual(diagnosticsOf(binary), [], 'binary');
      assert.deepEqual(diagnosticsOf(excluded), [], 'files.exclude');

      // Opening the file hands it to the live checker: one set of diagnostics, not two.
      await vscode.window.showTextDocument(withPii);
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(diagnosticsOf(withPii).length, 1);
    } finally {
      await restore();
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(withPii, '..'), { recursive: true });
    }
  });
});
