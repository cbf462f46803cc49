// The `replyGuard.*` commands. Each acts on the active reply (or the one given) and leaves the
// document untouched unless the user asked for an edit.
import * as vscode from 'vscode';
import { entityName, maskValue, redactAll as redactAllText } from '../core';
import type { Finding } from '../core';
import { auditOverride, auditWrite, overrideReason, redactionAudit } from './audit';
import { codeOf, rangeOf } from './diagnostics';
import { uiLang } from './l10n';
import type { RedactionPreview } from './preview';
import { fixToEdit, redactAllEdit } from './redaction';
import type { ScanScheduler } from './scheduler';
import { SECTION } from './settings';
import type { SettingsService } from './settings';
import type { WorkspaceScanner, WorkspaceScanSummary } from './workspace-scan';

/** Where a finding is, as hover links and code actions pass it (JSON-safe). */
export interface FindingTarget {
  uri: string;
  version?: number;
  start: number;
  end: number;
  fixId?: string;
  /** For an override with the audit trail on: the reason (else an input box asks). */
  reason?: string;
}

interface Services {
  scheduler: ScanScheduler;
  settings: SettingsService;
  preview: RedactionPreview;
  workspaceScanner: WorkspaceScanner;
}

function documentFor(uri?: vscode.Uri | string): vscode.TextDocument | undefined {
  if (!uri) return vscode.window.activeTextEditor?.document;
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

function noReply(): undefined {
  void vscode.window.showInformationMessage(vscode.l10n.t('Open a reply (plain text or Markdown) to use Reply Guard.'));
  return undefined;
}

export function registerCommands(s: Services): vscode.Disposable[] {
  const { scheduler, settings, preview, workspaceScanner } = s;

  async function findingsOf(document: vscode.TextDocument): Promise<readonly Finding[]> {
    return (await scheduler.resultFor(document))?.findings ?? [];
  }

  /** Redact all, with a preview first. Resolves to the preview URI (undefined: nothing to do). */
  async function redactAll(uri?: vscode.Uri | string): Promise<vscode.Uri | undefined> {
    const document = documentFor(uri);
    if (!document) return noReply();
    const redaction = redactAllEdit(document, await findingsOf(document), settings.read(document.uri).redaction, settings.scanOptionsFor(document.uri));
    if (redaction.count === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No personal data to redact in this reply.'));
      return undefined;
    }
    return preview.show(document, redaction);
  }

  /** Copies the redacted reply; the document is not changed. Resolves to the number of redactions. */
  async function copyRedacted(uri?: vscode.Uri | string): Promise<number | undefined> {
    const document = documentFor(uri);
    if (!document) return noReply();
    // The same text "Redact all" would leave.
    const result = redactAllText(document.getText(), settings.scanOptionsFor(document.uri), { operator: settings.read(document.uri).redaction, lang: uiLang() }, await findingsOf(document));
    await vscode.env.clipboard.writeText(result.text);
    void vscode.window.showInformationMessage(
      result.redacted === 1
        ? vscode.l10n.t('Copied the reply with 1 redaction. The document is unchanged.')
        : vscode.l10n.t('Copied the reply with {0} redactions. The document is unchanged.', result.redacted),
    );
    return result.redacted;
  }

  async function applyFix(target: FindingTarget): Promise<boolean> {
    const document = documentFor(target.uri);
    if (!document) return false;
    const result = await scheduler.resultFor(document);
    const f = result?.findings.find((x) => x.start === target.start && x.end === target.end);
    const fix = f?.fixes.find((x) => x.id === target.fixId);
    if (!fix || (target.version !== undefined && target.version !== document.version)) return false;
    const audit = redactionAudit(document, [f!], fix.id);
    const ok = await vscode.workspace.applyEdit(fixToEdit(document, fix));
    if (ok) await auditWrite(audit);
    return ok;
  }

  /** Adds the value at a finding to replyGuard.allowList, where the user chooses. */
  async function ignoreValue(target: FindingTarget): Promise<boolean> {
    const document = documentFor(target.uri);
    if (!document) return false;
    const value = document.getText().slice(target.start, target.end).trim();
    if (!value) return false;
    const finding = scheduler.current(document)?.findings.find((x) => x.start === target.start && x.end === target.end);
    const reason = await overrideReason(vscode.l10n.t('never flag this value'), target.reason);
    if (reason === undefined) return false;
    const config = vscode.workspace.getConfiguration(SECTION, document.uri);
    let where = settings.read(document.uri).allowListTarget as string;
    const hasWorkspace = !!vscode.workspace.workspaceFolders?.length;
    if (!hasWorkspace) where = 'user';
    if (where === 'ask') {
      // The question shows the masked value only, like every other surface.
      const f = scheduler.current(document)?.findings.find((x) => x.start === target.start && x.end === target.end);
      const masked = maskValue(f?.entity ?? 'CREDENTIAL', value);
      const pick = await vscode.window.showQuickPick(
        [
          { label: vscode.l10n.t('This workspace'), description: vscode.l10n.t('.vscode/settings.json, shared with the team if committed'), target: 'workspace' },
          { label: vscode.l10n.t('All my workspaces'), description: vscode.l10n.t('user settings'), target: 'user' },
        ],
        { title: vscode.l10n.t('Never flag {0} again in…', masked), placeHolder: vscode.l10n.t('Choose where the allow-list entry goes (replyGuard.allowListTarget skips this question)') },
      );
      if (!pick) return false;
      where = pick.target;
    }
    const configTarget = where === 'user' ? vscode.ConfigurationTarget.Global : vscode.ConfigurationTarget.Workspace;
    const inspected = config.inspect<string[]>('allowList');
    const current = (where === 'user' ? inspected?.globalValue : inspected?.workspaceValue) ?? [];
    if (!current.includes(value)) await config.update('allowList', [...current, value], configTarget);
    if (reason) await auditOverride(document, { action: 'value-ignored', entity: finding?.entity ?? 'CREDENTIAL', subtype: finding?.subtype, value, reason });
    return true;
  }

  async function toggleDocument(uri?: vscode.Uri | string): Promise<boolean | undefined> {
    const document = documentFor(uri);
    if (!document) return noReply();
    const on = await scheduler.toggle(document);
    void vscode.window.setStatusBarMessage(on ? vscode.l10n.t('Reply Guard: on for this document') : vscode.l10n.t('Reply Guard: off for this document'), 3000);
    return on;
  }

  async function showFindings(uri?: vscode.Uri | string): Promise<void> {
    const document = documentFor(uri);
    if (!document) return noReply();
    const result = await scheduler.resultFor(document);
    const findings = result?.findings ?? [];
    if (!findings.length) {
      void vscode.window.showInformationMessage(result?.state === 'off' ? vscode.l10n.t('Reply Guard is off for this reply.') : vscode.l10n.t('No personal data found in this reply.'));
      return;
    }
    const lang = uiLang();
    const text = document.getText();
    const items = findings.map((f) => {
      const range = rangeOf(document, f);
      return {
        label: `$(${f.severity === 'warning' || f.severity === 'error' ? 'warning' : 'info'}) ${f.entity ? entityName(f.entity, lang) : codeOf(f)}${f.subtype ? ` (${f.subtype})` : ''}`,
        description: f.entity ? maskValue(f.entity, text.slice(f.start, f.end)) : '',
        detail: vscode.l10n.t('Line {0}, column {1} · confidence {2}', range.start.line + 1, range.start.character + 1, f.score.toFixed(2)),
        range,
      };
    });
    const editor = await vscode.window.showTextDocument(document, { preserveFocus: true, preview: false });
    const reveal = (range: vscode.Range) => {
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    };
    const pick = vscode.window.createQuickPick<(typeof items)[number]>();
    pick.items = items;
    pick.title = vscode.l10n.t('Reply Guard: {0} findings', findings.length);
    pick.matchOnDescription = true;
    pick.onDidChangeActive((active) => active[0] && reveal(active[0].range));
    await new Promise<void>((resolve) => {
      pick.onDidAccept(() => {
        const chosen = pick.selectedItems[0] ?? pick.activeItems[0];
        if (chosen) reveal(chosen.range);
        pick.hide();
      });
      pick.onDidHide(() => {
        pick.dispose();
        resolve();
      });
      pick.show();
    });
    await vscode.window.showTextDocument(document);
  }

  async function scanWorkspace(): Promise<WorkspaceScanSummary> {
    const summary = await workspaceScanner.run();
    const skipped: string[] = [];
    if (summary.skippedLarge) skipped.push(vscode.l10n.t('{0} over the size limit (replyGuard.maxFileSizeKB)', summary.skippedLarge));
    if (summary.skippedBinary) skipped.push(vscode.l10n.t('{0} binary', summary.skippedBinary));
    const main = summary.cancelled
      ? vscode.l10n.t('Workspace scan cancelled after {0} files.', summary.files)
      : vscode.l10n.t('Scanned {0} files: {1} findings in {2} files (see Problems).', summary.files, summary.findings, summary.filesWithFindings);
    void vscode.window.showInformationMessage(skipped.length ? `${main} ${vscode.l10n.t('Skipped: {0}.', skipped.join(', '))}` : main);
    return summary;
  }

  /** Raises a limit that stopped or capped checking, in the workspace if there is one. */
  async function raiseLimit(setting: 'maxFileSizeKB' | 'maxFindingsPerDocument', uri?: string): Promise<number> {
    const document = documentFor(uri);
    const s = settings.read(document?.uri);
    const current = setting === 'maxFileSizeKB' ? s.maxFileSizeKB : s.maxFindingsPerDocument;
    const needed = document
      ? setting === 'maxFileSizeKB'
        ? Math.ceil(document.getText().length / 1024)
        : (scheduler.current(document)?.findings.length ?? 0)
      : 0;
    const raised = Math.max(current * 2, needed);
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration(SECTION, document?.uri).update(setting, raised, target);
    void vscode.window.showInformationMessage(vscode.l10n.t('replyGuard.{0} is now {1}.', setting, raised));
    return raised;
  }

  /** The walkthrough's first step: a reply with published test values only, never real data. */
  async function openSample(): Promise<vscode.TextEditor> {
    const es = uiLang() === 'es';
    const content = es
      ? 'Hola Ana:\n\nGracias por escribirnos. Para el reembolso del pedido ORD-61131 hemos usado la tarjeta 4111 1111 1111 1111.\nSi necesita algo más, escríbanos a soporte o a jane@example.com.\n\nSaludos,\nEl equipo de soporte\n'
      : 'Hi Ana,\n\nThanks for writing in. We refunded order ORD-61131 to the card 4111 1111 1111 1111.\nIf you need anything else, write to jane@example.com.\n\nRegards,\nThe support team\n';
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    return vscode.window.showTextDocument(document);
  }

  const register = vscode.commands.registerCommand;
  return [
    register('replyGuard.redactAll', redactAll),
    register('replyGuard.applyRedactions', (uri?: vscode.Uri) => preview.apply(uri)),
    register('replyGuard.discardRedactions', (uri?: vscode.Uri) => preview.discard(uri)),
    register('replyGuard.copyRedacted', copyRedacted),
    register('replyGuard.applyFix', applyFix),
    register('replyGuard.ignoreValue', ignoreValue),
    register('replyGuard.toggleDocument', toggleDocument),
    register('replyGuard.showFindings', showFindings),
    register('replyGuard.scanWorkspace', scanWorkspace),
    register('replyGuard.raiseLimit', raiseLimit),
    register('replyGuard.openSample', openSample),
  ];
}
