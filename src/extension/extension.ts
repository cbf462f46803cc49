// The VS Code adapter: presents core findings; holds no detection logic.
// Data flows one way: settings -> scheduler (core scan) -> diagnostics, hovers, code actions, status.
import * as vscode from 'vscode';
import { registerAudit } from './audit';
import { registerReport } from './report';
import { FindingCodeActionProvider } from './code-actions';
import { registerCommands } from './commands';
import { registerConsent } from './consent';
import { DiagnosticsPresenter } from './diagnostics';
import { loadDocsAnchors } from './docs';
import { FindingHoverProvider } from './hover';
import { registerPacks } from './packs';
import { PREVIEW_SCHEME, RedactionPreview } from './preview';
import { ScanScheduler } from './scheduler';
import { SettingsService } from './settings';
import { StatusPresenter } from './status-bar';
import { WorkspaceScanner } from './workspace-scan';

/** What the extension returns from activate(): for tests and for other extensions. */
export interface ReplyGuardApi {
  settings: SettingsService;
  scheduler: ScanScheduler;
  status: StatusPresenter;
}

/** Every document: the language filter lives in the scheduler, so settings changes need no re-registration. */
const ALL_DOCUMENTS: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-vfs' }, { scheme: 'vscode-remote' }];

export function activate(context: vscode.ExtensionContext): ReplyGuardApi {
  void loadDocsAnchors(context.extensionUri);
  const settings = new SettingsService();
  const scheduler = new ScanScheduler(settings, context.workspaceState);
  const workspaceScanner = new WorkspaceScanner(settings, context.extensionUri);
  const diagnostics = new DiagnosticsPresenter(scheduler, settings, context.extensionUri, (uri) => workspaceScanner.forget(uri));
  const status = new StatusPresenter(scheduler, settings);
  const preview = new RedactionPreview();

  context.subscriptions.push(
    settings,
    scheduler,
    workspaceScanner,
    diagnostics,
    status,
    preview,
    vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, preview),
    vscode.languages.registerHoverProvider(ALL_DOCUMENTS, new FindingHoverProvider(scheduler)),
    vscode.languages.registerCodeActionsProvider(ALL_DOCUMENTS, new FindingCodeActionProvider(scheduler, settings), FindingCodeActionProvider.metadata),
    ...registerCommands({ scheduler, settings, preview, workspaceScanner }),
  );
  // Team packs: their allow-lists, context words and (trusted) custom patterns join the scan options.
  context.subscriptions.push(settings.registerProvider(registerPacks(context)));
  // Channel and consent rules: own diagnostics ('reply-guard-rules'), fed by the scheduler's PII findings.
  registerConsent(context, { scheduler, settings, reportedByRules: (uri, spans) => diagnostics.setReportedByRules(uri, spans) });
  context.subscriptions.push(registerAudit(context), registerReport(context));
  scheduler.rescanAll();
  return { settings, scheduler, status };
}

export function deactivate(): void {}
