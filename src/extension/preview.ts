// "Redact all" shows its changes before applying them: a diff of the reply against a read-only
// preview document, with Apply / Discard in the diff's title bar and in a notification.
import * as vscode from 'vscode';
import { auditWrite, redactionAudit } from './audit';
import type { Redaction } from './redaction';

export const PREVIEW_SCHEME = 'reply-guard-preview';

interface Pending {
  source: vscode.Uri;
  version: number;
  redaction: Redaction;
  previewUri: vscode.Uri;
}

export class RedactionPreview implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly pending = new Map<string, Pending>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private counter = 0;

  /** Opens the diff; resolves once it is shown (not when the user decides). */
  async show(document: vscode.TextDocument, redaction: Redaction): Promise<vscode.Uri> {
    const name = document.uri.path.split('/').pop() || 'reply';
    const previewUri = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/${name}`, query: String(++this.counter) });
    this.pending.set(previewUri.toString(), { source: document.uri, version: document.version, redaction, previewUri });
    await vscode.commands.executeCommand(
      'vscode.diff',
      document.uri,
      previewUri,
      vscode.l10n.t('{0} ↔ redacted (preview, {1} changes)', name, redaction.count),
      { preview: true },
    );
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Review the redactions, then apply them as one edit.'), vscode.l10n.t('Apply'), vscode.l10n.t('Discard'))
      .then((choice) => {
        if (choice === vscode.l10n.t('Apply')) void this.apply(previewUri);
        else if (choice === vscode.l10n.t('Discard')) void this.discard(previewUri);
      });
    return previewUri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.pending.get(uri.toString())?.redaction.text ?? '';
  }

  /** The preview in the active diff, or the latest one. */
  private find(previewUri?: vscode.Uri): Pending | undefined {
    if (previewUri) return this.pending.get(previewUri.toString());
    const all = [...this.pending.values()];
    return all[all.length - 1];
  }

  /** Applies the previewed edit if the reply has not changed since; returns whether it did. */
  async apply(previewUri?: vscode.Uri): Promise<boolean> {
    const p = this.find(previewUri);
    if (!p) return false;
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === p.source.toString());
    if (!document || document.version !== p.version) {
      await this.discard(p.previewUri);
      void vscode.window.showWarningMessage(vscode.l10n.t('The reply changed after the preview: run Redact All again.'));
      return false;
    }
    const audit = redactionAudit(document, [], 'redact.all', p.redaction.passes);
    const ok = await vscode.workspace.applyEdit(p.redaction.edit);
    if (ok) await auditWrite(audit);
    await this.discard(p.previewUri);
    if (ok) await vscode.window.showTextDocument(document);
    return ok;
  }

  async discard(previewUri?: vscode.Uri): Promise<void> {
    const p = this.find(previewUri);
    if (!p) return;
    this.pending.delete(p.previewUri.toString());
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => {
      const input = t.input;
      return input instanceof vscode.TabInputTextDiff && input.modified.toString() === p.previewUri.toString();
    });
    if (tabs.length) await vscode.window.tabGroups.close(tabs);
  }

  dispose(): void {
    this.changed.dispose();
    this.pending.clear();
  }
}
