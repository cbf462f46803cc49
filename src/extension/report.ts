// "Reply Guard: Show report": the compliance report in a webview, from the findings already in
// the Problems panel (open replies and the last workspace scan; a scan runs first when there
// are none) and the audit log. Same page as `reply-guard report --html` (src/core/report-html.ts),
// assets from media/report/ under a nonce CSP; a finding's link opens the file at its line.
import * as vscode from 'vscode';
import { isEntity, type Severity } from '../core';
import { parseAuditLog, type AuditEntry } from '../core/audit';
import { buildReport, type ReportRow } from '../core/report';
import { renderReportHtml, type ReportLabels } from '../core/report-html';
import { auditLogLocation } from './audit';
import { uiLang } from './l10n';
import { RULES_SOURCE } from './rules-ui';

const PII_SOURCE = 'Reply Guard';
const SEVERITY: Record<vscode.DiagnosticSeverity, Severity> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

function labels(): ReportLabels {
  return {
    title: vscode.l10n.t('Reply Guard compliance report'),
    generated: vscode.l10n.t('Generated'),
    findings: vscode.l10n.t('Findings'),
    personalData: vscode.l10n.t('Personal data'),
    policyRules: vscode.l10n.t('Policy rules'),
    filesAndRecords: vscode.l10n.t('Files with findings'),
    byEntity: vscode.l10n.t('Personal data by entity'),
    byRule: vscode.l10n.t('Findings by policy rule'),
    byUnit: vscode.l10n.t('Files with the most findings'),
    overTime: vscode.l10n.t('Agent actions over time (audit log)'),
    noAudit: vscode.l10n.t('No audit log yet: turn on replyGuard.audit.enabled to see agent actions over time.'),
    table: vscode.l10n.t('Findings'),
    where: vscode.l10n.t('Where'),
    what: vscode.l10n.t('What'),
    severity: vscode.l10n.t('Severity'),
    record: vscode.l10n.t('Macro / record'),
    showAll: vscode.l10n.t('Show all'),
    filteredBy: vscode.l10n.t('Filtered by'),
    none: vscode.l10n.t('Nothing found.'),
    privacy: vscode.l10n.t('This report lists where personal data was found and of what kind; it never contains the values.'),
    action_redaction: vscode.l10n.t('Redactions'),
    action_snippet: vscode.l10n.t('Snippets inserted'),
    'action_rule-fix': vscode.l10n.t('Rule fixes'),
    'action_rule-disabled': vscode.l10n.t('Rules turned off'),
    'action_value-ignored': vscode.l10n.t('Values ignored'),
  };
}

function ours(d: vscode.Diagnostic): boolean {
  return d.source === PII_SOURCE || d.source === RULES_SOURCE;
}

/** Rows from the diagnostics already published: the report presents, it does not re-detect. */
function rowsFromDiagnostics(): { rows: ReportRow[]; files: number } {
  const rows: ReportRow[] = [];
  let files = 0;
  for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
    const mine = diagnostics.filter(ours);
    if (!mine.length || uri.scheme === 'reply-guard-preview') continue;
    files++;
    const file = uri.scheme === 'untitled' ? uri.path : vscode.workspace.asRelativePath(uri, false);
    for (const d of mine) {
      const code = String(typeof d.code === 'object' ? d.code.value : (d.code ?? ''));
      rows.push({
        file,
        uri: uri.toString(),
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        ...(isEntity(code) ? { entity: code } : { rule: code }),
        severity: SEVERITY[d.severity],
      });
    }
  }
  return { rows, files };
}

/** The audit log and its rotated files, oldest first. */
async function readAudit(): Promise<{ entries: AuditEntry[]; badLines: number }> {
  const base = auditLogLocation();
  const entries: AuditEntry[] = [];
  let badLines = 0;
  if (!base) return { entries, badLines };
  for (const suffix of ['.5', '.4', '.3', '.2', '.1', '']) {
    try {
      const bytes = await vscode.workspace.fs.readFile(base.with({ path: base.path + suffix }));
      const parsed = parseAuditLog(new TextDecoder().decode(bytes));
      entries.push(...parsed.entries);
      badLines += parsed.badLines.length;
    } catch {
      // no such rotated file
    }
  }
  return { entries, badLines };
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private rows: ReportRow[] = [];
  private html = '';

  constructor(private readonly extensionUri: vscode.Uri) {}

  private get assets(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'media', 'report');
  }

  async show(): Promise<void> {
    let { rows, files } = rowsFromDiagnostics();
    if (!rows.length && vscode.workspace.workspaceFolders?.length) {
      await vscode.commands.executeCommand('replyGuard.scanWorkspace');
      ({ rows, files } = rowsFromDiagnostics());
    }
    const report = buildReport(rows, files, await readAudit(), new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'));
    this.rows = report.rows;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('replyGuard.report', vscode.l10n.t('Reply Guard report'), vscode.ViewColumn.Active, {
        enableScripts: true,
        localResourceRoots: [this.assets],
        retainContextWhenHidden: false,
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: { type?: string; uri?: string; line?: number; column?: number }) => {
        if (m?.type === 'open') void this.open(m.uri, m.line, m.column);
      });
    } else this.panel.reveal();
    const webview = this.panel.webview;
    this.html = renderReportHtml(report, {
      mode: 'webview',
      nonce: nonce(),
      cspSource: webview.cspSource,
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.assets, 'report.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.assets, 'report.js')).toString(),
      labels: labels(),
      lang: uiLang(),
    });
    webview.html = this.html;
  }

  /** Opens a finding's file at its line; only URIs the report itself listed are opened. */
  async open(uri: string | undefined, line = 1, column = 1): Promise<vscode.TextEditor | undefined> {
    if (!uri || !this.rows.some((r) => r.uri === uri)) return undefined;
    const position = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
    return vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.One, preview: false });
  }

  snapshot(): { open: boolean; rows: number; html: string; firstUri?: string; firstLine?: number } {
    return { open: !!this.panel, rows: this.rows.length, html: this.html, firstUri: this.rows[0]?.uri, firstLine: this.rows[0]?.line };
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

/** Call once from activate(). */
export function registerReport(context: vscode.ExtensionContext): vscode.Disposable {
  const panel = new ReportPanel(context.extensionUri);
  const register = vscode.commands.registerCommand;
  return vscode.Disposable.from(
    panel,
    register('replyGuard.showReport', () => panel.show()),
    // For tests: what the webview shows, and the drill-down it performs on a click.
    register('replyGuard.internal.report', () => panel.snapshot()),
    register('replyGuard.internal.reportOpen', (uri: string, line: number, column: number) => panel.open(uri, line, column)),
  );
}
