// "Scan workspace": every reply file in the workspace, into Problems. Reads through
// vscode.workspace.fs (works on virtual file systems and in the browser), honours
// files.exclude, skips files over the size limit and binary files, and can be cancelled.
import * as vscode from 'vscode';
import { lineStartsOf, scan } from '../core';
import { rangeInText, toDiagnostic } from './diagnostics';
import { docsLink } from './docs';
import type { SettingsService } from './settings';

/** File name patterns of the languages Reply Guard checks by default. */
const GLOBS: Record<string, string[]> = {
  plaintext: ['txt'],
  markdown: ['md', 'markdown'],
  reply: ['reply.md'],
};

export function includeGlob(languages: readonly string[]): string | undefined {
  const exts = [...new Set(languages.flatMap((l) => GLOBS[l] ?? []))];
  if (!exts.length) return undefined;
  return exts.length === 1 ? `**/*.${exts[0]}` : `**/*.{${exts.join(',')}}`;
}

/** A NUL byte in the first 8 KB is how git and most editors tell binary files. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

export interface WorkspaceScanSummary {
  files: number;
  filesWithFindings: number;
  findings: number;
  skippedLarge: number;
  skippedBinary: number;
  cancelled: boolean;
}

export class WorkspaceScanner implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('reply-guard-workspace');

  constructor(
    private readonly settings: SettingsService,
    private readonly extensionUri: vscode.Uri,
  ) {}

  /** A live scan of an open document replaces the workspace scan's entry for it. */
  forget(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  async run(): Promise<WorkspaceScanSummary> {
    const summary: WorkspaceScanSummary = { files: 0, filesWithFindings: 0, findings: 0, skippedLarge: 0, skippedBinary: 0, cancelled: false };
    const glob = includeGlob(this.settings.read().languages);
    if (!glob) return summary;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reply Guard: scanning the workspace'), cancellable: true },
      async (progress, token) => {
        // `undefined` as exclude applies files.exclude (and search.exclude is not involved).
        const uris = await vscode.workspace.findFiles(glob, undefined, undefined, token);
        const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
        this.collection.clear();
        for (const [i, uri] of uris.entries()) {
          if (token.isCancellationRequested) {
            summary.cancelled = true;
            break;
          }
          progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length });
          const s = this.settings.read(uri);
          if (!s.enabled) continue;
          const stat = await vscode.workspace.fs.stat(uri);
          if (stat.size > s.maxFileSizeKB * 1024) {
            summary.skippedLarge++;
            continue;
          }
          const bytes = await vscode.workspace.fs.readFile(uri);
          if (looksBinary(bytes)) {
            summary.skippedBinary++;
            continue;
          }
          summary.files++;
          // Open documents are already checked live, with their unsaved text.
          if (open.has(uri.toString())) continue;
          const text = new TextDecoder().decode(bytes);
          const options = this.settings.scanOptionsFor(uri);
          const findings = options.entities?.length === 0 ? [] : scan(text, options);
          if (findings.length) {
            summary.filesWithFindings++;
            summary.findings += findings.length;
            const shown = findings.slice(0, s.maxFindingsPerDocument);
            const lineStarts = lineStartsOf(text);
            this.collection.set(
              uri,
              shown.map((f) => toDiagnostic(f, rangeInText(lineStarts, f), s.severity, (code) => docsLink(this.extensionUri, code))),
            );
          }
          // Let the editor breathe between files.
          if (i % 20 === 19) await new Promise((r) => setTimeout(r, 0));
        }
      },
    );
    return summary;
  }

  dispose(): void {
    this.collection.dispose();
  }
}
