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
  /** Per document, the spans ("start:end") a rule already reports (channel/pii-restricted). */
  private readonly reportedByRules = new Map<string, ReadonlySet<string>>();

  constructor(
    private readonly scheduler: ScanScheduler,
    private readonly settings: SettingsService,
    private readonly extensionUri: vscode.Uri,
    /** Called when a live result replaces what a workspace scan reported for the same file. */
    private readonly onLive?: (uri: vscode.Uri) => void,
  ) {
    this.disposables.push(
      scheduler.onDidScan((r) => this.show(r)),
      scheduler.onDidClear((uri) => {
        this.reportedByRules.delete(uri.toString());
        this.collection.delete(uri);
      }),
    );
  }

  /**
   * Spans a rule diagnostic already reports (a full card on WhatsApp: the channel/pii-restricted
   * error): their PII warning is not shown beside it, so a value is underlined once, as the
   * CLI reports it once. The hover and quick fixes of the PII finding stay.
   */
  setReportedByRules(uri: vscode.Uri, spans: ReadonlySet<string>): void {
    const key = uri.toString();
    const before = this.reportedByRules.get(key);
    if (!spans.size && !before?.size) return;
    if (before && before.size === spans.size && [...spans].every((x) => before.has(x))) return;
    if (spans.size) this.reportedByRules.set(key, spans);
    else this.reportedByRules.delete(key);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    const result = document && this.scheduler.current(document);
    if (result) this.show(result);
  }

  private show(result: ScanResult): void {
    // The scanned document itself, not whatever document now has its URI (untitled URIs are reused).
    const document = result.document;
    if (document.isClosed || document.version !== result.version) return;
    const severity = this.settings.read(document.uri).severity;
    const docs = (code: string) => docsLink(this.extensionUri, code);
    const byRules = this.reportedByRules.get(document.uri.toString());
    const shown = byRules ? result.shown.filter((f) => !byRules.has(`${f.start}:${f.end}`)) : result.shown;
    this.collection.set(
      document.uri,
      shown.map((f) => toDiagnostic(f, rangeOf(document, f), severity, docs)),
    );
    this.onLive?.(document.uri);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
