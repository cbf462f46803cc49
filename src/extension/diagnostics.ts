// Findings -> diagnostics. Presents only: severity from settings, code linked to the entity's
// docs, the core's localized message. Never the value itself.
import * as vscode from 'vscode';
import { positionAt } from '../core';
import type { Entity, Finding } from '../core';
import { docsLink } from './docs';
import type { ScanResult, ScanScheduler } from './scheduler';
import { severityName } from './scan-options';
import type { SettingsService } from './settings';

export const SOURCE = 'Reply Guard';

const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function rangeOf(document: vscode.TextDocument, f: Pick<Finding, 'start' | 'end'>): vscode.Range {
  return new vscode.Range(document.positionAt(f.start), document.positionAt(f.end));
}

/** The range of a finding in text that is not open in an editor (lineStarts from lineStartsOf). */
export function rangeInText(lineStarts: readonly number[], f: Pick<Finding, 'start' | 'end'>): vscode.Range {
  const a = positionAt(lineStarts, f.start);
  const b = positionAt(lineStarts, f.end);
  return new vscode.Range(a.line - 1, a.column - 1, b.line - 1, b.column - 1);
}

/** The code of a finding: its entity (or rule id), as the CLI and the docs name it. */
export function codeOf(f: Finding): string {
  return f.entity ?? f.rule ?? 'finding';
}

export function toDiagnostic(
  f: Finding,
  range: vscode.Range,
  severity: Partial<Record<Entity, string>>,
  docs: (code: string) => vscode.Uri,
): vscode.Diagnostic {
  const name = (f.entity && severity[f.entity]) || severityName(f.severity);
  const d = new vscode.Diagnostic(range, f.message, SEVERITY[name] ?? vscode.DiagnosticSeverity.Information);
  d.source = SOURCE;
  const code = codeOf(f);
  d.code = { value: code, target: docs(code) };
  return d;
}

/** Is this diagnostic ours and for this finding? (code actions map diagnostics back). */
export function matches(d: vscode.Diagnostic, f: Finding, document: vscode.TextDocument): boolean {
  if (d.source !== SOURCE) return false;
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return code === codeOf(f) && document.offsetAt(d.range.start) === f.start && document.offsetAt(d.range.end) === f.end;
}

export class DiagnosticsPresenter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('reply-guard');
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(
    scheduler: ScanScheduler,
    private readonly settings: SettingsService,
    private readonly extensionUri: vscode.Uri,
    /** Called when a live result replaces what a workspace scan reported for the same file. */
    private readonly onLive?: (uri: vscode.Uri) => void,
  ) {
    this.disposables.push(
      scheduler.onDidScan((r) => this.show(r)),
      scheduler.onDidClear((uri) => this.collection.delete(uri)),
    );
  }

  private show(result: ScanResult): void {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === result.uri.toString());
    if (!document || document.version !== result.version) return;
    const severity = this.settings.read(document.uri).severity;
    const docs = (code: string) => docsLink(this.extensionUri, code);
    this.collection.set(
      document.uri,
      result.shown.map((f) => toDiagnostic(f, rangeOf(document, f), severity, docs)),
    );
    this.onLive?.(document.uri);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
