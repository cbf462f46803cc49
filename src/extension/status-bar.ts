// The shield in the status bar (findings in the active reply, click for the list) and the
// language status item (what is checked, when, and whether a limit stopped the check).
import * as vscode from 'vscode';
import type { ScanResult, ScanScheduler } from './scheduler';
import type { SettingsService } from './settings';

/** One formatter for the whole session: creating an Intl formatter costs tens of ms. */
let timeFormat: Intl.DateTimeFormat | undefined;
function timeOf(date: Date): string {
  timeFormat ??= new Intl.DateTimeFormat(vscode.env.language, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return timeFormat.format(date);
}

export class StatusPresenter implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('replyGuard.findings', vscode.StatusBarAlignment.Right, 100);
  private language: vscode.LanguageStatusItem | undefined;
  private languagesKey = '';
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(
    private readonly scheduler: ScanScheduler,
    private readonly settings: SettingsService,
  ) {
    this.item.name = 'Reply Guard';
    this.item.command = 'replyGuard.showFindings';
    this.disposables.push(
      scheduler.onDidScan((r) => {
        if (r.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      settings.onDidChange(() => this.update()),
    );
    this.update();
  }

  /** The language status item follows `replyGuard.languages`: recreated when they change. */
  private languageItem(languages: readonly string[]): vscode.LanguageStatusItem {
    const key = languages.join(',');
    if (!this.language || key !== this.languagesKey) {
      this.language?.dispose();
      this.language = vscode.languages.createLanguageStatusItem('replyGuard.status', languages.map((language) => ({ language })));
      this.language.name = 'Reply Guard';
      this.languagesKey = key;
    }
    return this.language;
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const languages = this.settings.read(document?.uri).languages;
    const language = this.languageItem(languages);
    if (!document || !this.scheduler.isReply(document)) {
      this.item.hide();
      return;
    }
    const result = this.scheduler.current(document);
    this.render(result, language);
    this.item.show();
  }

  private render(result: ScanResult | undefined, language: vscode.LanguageStatusItem): void {
    const s = this.settings.read(result?.uri);
    language.severity = vscode.LanguageStatusSeverity.Information;
    language.command = { command: 'replyGuard.toggleDocument', title: vscode.l10n.t('Toggle') };
    if (!result) {
      this.item.text = '$(sync~spin) Reply Guard';
      this.item.tooltip = vscode.l10n.t('Reply Guard is checking this reply');
      language.text = vscode.l10n.t('Reply Guard: checking');
      language.detail = undefined;
      return;
    }
    const time = timeOf(result.at);
    if (result.state === 'off') {
      this.item.text = '$(circle-slash) Reply Guard';
      this.item.tooltip = vscode.l10n.t('Reply Guard is off for this reply. Run "Toggle Detection for This Document" to turn it on.');
      this.item.backgroundColor = undefined;
      language.text = vscode.l10n.t('Reply Guard: off');
      language.detail = s.enabled ? vscode.l10n.t('Switched off for this document') : vscode.l10n.t('replyGuard.enabled is false');
      return;
    }
    if (result.state === 'tooLarge') {
      this.item.text = '$(shield) Reply Guard $(warning)';
      this.item.tooltip = vscode.l10n.t('Not checked: {0} KB is over the {1} KB limit (replyGuard.maxFileSizeKB).', Math.ceil(result.sizeKB), s.maxFileSizeKB);
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      language.text = vscode.l10n.t('Reply Guard: not checked (file too large)');
      language.detail = this.item.tooltip;
      language.severity = vscode.LanguageStatusSeverity.Warning;
      language.command = { command: 'replyGuard.raiseLimit', title: vscode.l10n.t('Raise the limit'), arguments: ['maxFileSizeKB', result.uri.toString()] };
      return;
    }
    const n = result.findings.length;
    this.item.text = n ? `$(warning) ${n}` : '$(shield) 0';
    this.item.backgroundColor = undefined;
    const took = result.stats ? Math.round(result.stats.totalMs) : 0;
    const tooltip =
      n === 0
        ? vscode.l10n.t('Reply Guard: no personal data found in this reply.')
        : n === 1
          ? vscode.l10n.t('Reply Guard: 1 finding in this reply. Click to list it.')
          : vscode.l10n.t('Reply Guard: {0} findings in this reply. Click to list them.', n);
    language.text = n ? vscode.l10n.t('Reply Guard: {0} findings', n) : vscode.l10n.t('Reply Guard: no findings');
    language.detail = vscode.l10n.t('Checked at {0} in {1} ms', time, took);
    if (result.capped) {
      const capped = vscode.l10n.t('Showing the first {0} of {1} (replyGuard.maxFindingsPerDocument).', result.shown.length, n);
      this.item.tooltip = `${tooltip}\n${capped}`;
      language.detail = `${language.detail} · ${capped}`;
      language.severity = vscode.LanguageStatusSeverity.Warning;
      language.command = { command: 'replyGuard.raiseLimit', title: vscode.l10n.t('Raise the limit'), arguments: ['maxFindingsPerDocument', result.uri.toString()] };
    } else {
      this.item.tooltip = tooltip;
    }
  }

  /** For tests: what the status bar shows now. */
  snapshot(): { text: string; tooltip: string; languageText: string; languageDetail: string; languageSeverity: number } {
    return {
      text: this.item.text,
      tooltip: typeof this.item.tooltip === 'string' ? this.item.tooltip : (this.item.tooltip?.value ?? ''),
      languageText: this.language?.text ?? '',
      languageDetail: this.language?.detail ?? '',
      languageSeverity: this.language?.severity ?? 0,
    };
  }

  dispose(): void {
    this.language?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
