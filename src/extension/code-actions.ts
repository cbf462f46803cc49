// Quick fixes and fix-all. Cheap: they reuse the scan result of the document version and
// stop when VS Code cancels the request.
import * as vscode from 'vscode';
import type { Finding } from '../core';
import { matches } from './diagnostics';
import { redactionAudit, redactionAuditCommand } from './audit';
import type { AuditEntry } from '../core/audit';
import { fixToEdit, redactAllEdit } from './redaction';
import type { ScanScheduler } from './scheduler';
import type { SettingsService } from './settings';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('replyGuard');

export class FindingCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(
    private readonly scheduler: ScanScheduler,
    private readonly settings: SettingsService,
  ) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    const only = context.only;
    const wantsFixAll = !!only && (FIX_ALL_KIND.contains(only) || only.contains(FIX_ALL_KIND));
    const wantsQuickFix = !only || vscode.CodeActionKind.QuickFix.intersects(only);
    if (!wantsFixAll && !wantsQuickFix) return [];
    // The light bulb asks on every cursor move while typing: answer from the last scan only, so
    // typing stays cheap and the debounce holds. Ctrl+. and fix-on-save wait for a fresh scan.
    const automatic = context.triggerKind === vscode.CodeActionTriggerKind.Automatic && !wantsFixAll;
    const result = automatic ? this.scheduler.current(document) : await this.scheduler.resultFor(document, token);
    if (!result || token.isCancellationRequested || result.findings.length === 0) return [];
    const styles = this.settings.read(document.uri).redaction;

    const scanOptions = this.settings.scanOptionsFor(document.uri);

    if (wantsFixAll) {
      const all = redactAllEdit(document, result.findings, styles, scanOptions);
      const action = new vscode.CodeAction(vscode.l10n.t('Redact all personal data in this reply'), FIX_ALL_KIND);
      action.edit = all.edit;
      action.command = redactionAuditCommand(document, result.findings, 'redact.all', all.passes);
      return [action];
    }

    const actions: vscode.CodeAction[] = [];
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const touched = result.shown.filter((f) => f.start <= end && start <= f.end);
    for (const f of touched) {
      if (token.isCancellationRequested) return [];
      const diagnostic = context.diagnostics.find((d) => matches(d, f, document));
      actions.push(...this.fixesFor(document, f, diagnostic, styles[f.entity ?? 'CREDIT_CARD'] ?? 'mask'));
    }
    if (touched.length) {
      // Redact-all scans the redacted text again: on a light-bulb request (every cursor move)
      // that waits until the user picks the action (resolveCodeAction).
      const { findings, version } = result;
      // The last scan may be of an older version while typing: then redact-all scans afresh.
      const build = () => redactAllEdit(document, document.version === version ? findings : undefined, styles, scanOptions);
      // The findings in sight (a value that only shows once another is masked is not counted).
      const count = new Set(findings.filter((f) => f.kind === 'pii').map((f) => `${f.start}:${f.end}`)).size;
      const action = new vscode.CodeAction(vscode.l10n.t('Redact all personal data in this reply ({0})', count), vscode.CodeActionKind.QuickFix);
      if (automatic) {
        // VS Code takes only the edit from resolveCodeAction, so the audit command is set now,
        // with the values in sight (the first round). The extension host keeps that command
        // object until it runs: resolving fills its lines in with every round redacted.
        const audit = redactionAuditCommand(document, result.findings, 'redact.all');
        action.command = audit;
        this.pending.set(action, () => {
          const all = build();
          const lines = audit?.arguments?.[0] as AuditEntry[] | undefined;
          const everyRound = lines && redactionAudit(document, result.findings, 'redact.all', all.passes);
          if (lines && everyRound) lines.splice(0, lines.length, ...everyRound);
          return all;
        });
      } else {
        const all = build();
        action.edit = all.edit;
        action.command = redactionAuditCommand(document, result.findings, 'redact.all', all.passes);
      }
      action.diagnostics = context.diagnostics.filter((d) => result.shown.some((f) => matches(d, f, document)));
      actions.push(action);
    }
    return actions;
  }

  /** Redact-all edits of light-bulb actions, built when VS Code resolves the action. */
  private readonly pending = new WeakMap<vscode.CodeAction, () => { edit: vscode.WorkspaceEdit }>();

  resolveCodeAction(action: vscode.CodeAction): vscode.CodeAction {
    const build = this.pending.get(action);
    if (build) action.edit = build().edit;
    return action;
  }

  private fixesFor(document: vscode.TextDocument, f: Finding, diagnostic: vscode.Diagnostic | undefined, preferred: string): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    for (const fix of f.fixes) {
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = fixToEdit(document, fix);
      action.command = redactionAuditCommand(document, [f], fix.id);
      action.isPreferred = fix.id === `redact.${preferred}`;
      if (diagnostic) action.diagnostics = [diagnostic];
      out.push(action);
    }
    const ignore = new vscode.CodeAction(vscode.l10n.t('Ignore this value (add it to the allow-list)'), vscode.CodeActionKind.QuickFix);
    ignore.command = {
      command: 'replyGuard.ignoreValue',
      title: ignore.title,
      arguments: [{ uri: document.uri.toString(), version: document.version, start: f.start, end: f.end }],
    };
    if (diagnostic) ignore.diagnostics = [diagnostic];
    out.push(ignore);
    return out;
  }
}
