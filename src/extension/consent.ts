// Channel and consent checks in the editor: the reply's context (front matter, else the
// channel/customer chosen for this document in the status bar, else the workspace default),
// the consent registry (a CSV/JSON file or an HTTPS endpoint whose token lives in
// SecretStorage), and the rule findings as their own diagnostics ('reply-guard-rules') with
// quick fixes and hovers. The PII comes from the scheduler's result: nothing is scanned twice.
import * as vscode from 'vscode';
import { auditOverride, auditRuleFix, overrideReason } from './audit';
import {
  analyzeReply,
  applyPackRules,
  CHANNELS,
  isChannel,
  isRuleId,
  rulesConfigFrom,
  UnavailableRegistry,
  loadConsentText,
  type Channel,
  type ConsentLookup,
  type ConsentRegistry,
  type ReplyAnalysis,
  type RuleId,
  type Severity,
} from '../core';
import { ConsentEndpoint, isAllowedEndpoint } from '../cli/consent-endpoint';
import { uiLang } from './l10n';
import { packService, type PackService } from './packs';
import type { ScanScheduler } from './scheduler';
import type { SettingsService } from './settings';
import { RuleCodeActionProvider, RuleHoverProvider, RULES_SOURCE, ruleDiagnostic, ConsentStatusItem } from './rules-ui';

export interface ConsentDeps {
  scheduler: ScanScheduler;
  settings: SettingsService;
  /** Told which PII spans a rule reports itself, so the PII diagnostic does not repeat them. */
  reportedByRules?: (uri: vscode.Uri, spans: ReadonlySet<string>) => void;
  packs?: PackService;
}

/** What this document's rules were computed from, for the status bar, hovers and tests. */
export interface RuleCheck {
  uri: string;
  version: number;
  analysis: ReplyAnalysis;
  /** Where the channel came from. */
  channelFrom: 'front matter' | 'document' | 'setting' | 'none';
}

export interface DocumentReplyContext {
  channel?: Channel;
  customer?: string;
}

const CONTEXTS_KEY = 'replyGuard.replyContexts';
const TOKEN_KEY = 'replyGuard.consentToken';

const yieldToEditor = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `replyGuard.rules.severities`: the setting's words to the core's. */
function ruleSettings(raw: unknown): { severities: Record<string, Severity | 'off'>; disabled: RuleId[] } {
  const severities: Record<string, Severity | 'off'> = {};
  const disabled: RuleId[] = [];
  if (raw && typeof raw === 'object') {
    for (const [id, v] of Object.entries(raw as Record<string, unknown>)) {
      if (!isRuleId(id)) continue;
      if (v === 'off') disabled.push(id);
      else if (v === 'error' || v === 'warning' || v === 'hint') severities[id] = v;
      else if (v === 'information') severities[id] = 'info';
    }
  }
  return { severities, disabled };
}

export class ConsentService implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('reply-guard-rules');
  private readonly registryProblems = vscode.languages.createDiagnosticCollection('reply-guard-consent');
  private readonly checks = new Map<string, RuleCheck>();
  private readonly untitled = new Map<string, DocumentReplyContext>();
  private readonly changed = new vscode.EventEmitter<RuleCheck | undefined>();
  readonly onDidCheck = this.changed.event;
  private registry: ConsentLookup | undefined;
  private registryLabel = '';
  private registryWatcher: vscode.Disposable | undefined;
  private loading: Promise<void> = Promise.resolve();
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [this.collection, this.registryProblems, this.changed];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly deps: ConsentDeps,
  ) {
    this.disposables.push(
      deps.scheduler.onDidScan((r) => {
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === r.uri.toString());
        if (document) this.check(document);
      }),
      deps.scheduler.onDidClear((uri) => this.forget(uri)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.scheme !== 'untitled') return;
        const key = d.uri.toString();
        // VS Code fires the close of an old untitled reply after a new one has reused its name
        // ("Untitled-1"): keep the new reply's channel and customer (as the scheduler does).
        if (vscode.workspace.textDocuments.some((o) => o !== d && o.uri.toString() === key)) return;
        this.untitled.delete(key);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('replyGuard.consent')) void this.reloadRegistry();
        else if (e.affectsConfiguration('replyGuard.defaultChannel') || e.affectsConfiguration('replyGuard.defaultJurisdiction') || e.affectsConfiguration('replyGuard.rules')) this.recheckAll();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.reloadRegistry()),
      context.secrets.onDidChange((e) => {
        if (e.key.startsWith(TOKEN_KEY)) void this.reloadRegistry();
      }),
    );
    const packs = deps.packs ?? packService();
    if (packs) {
      this.disposables.push(
        packs.onDidChange(() => {
          // A pack may bring (or drop) the consent source; otherwise its rules changed.
          if (this.sourceSetting() !== this.loadedSource) void this.reloadRegistry();
          else this.recheckAll();
        }),
      );
    }
  }

  get extensionUri(): vscode.Uri {
    return this.context.extensionUri;
  }

  /** Resolves once the registry (if any) is loaded. */
  ready(): Promise<void> {
    return this.loading;
  }

  private packs(): PackService | undefined {
    return this.deps.packs ?? packService();
  }

  // ---- the reply context -------------------------------------------------------------

  documentContext(uri: vscode.Uri): DocumentReplyContext {
    if (uri.scheme === 'untitled') return this.untitled.get(uri.toString()) ?? {};
    const all = this.context.workspaceState.get<Record<string, DocumentReplyContext>>(CONTEXTS_KEY) ?? {};
    return all[uri.toString()] ?? {};
  }

  async setDocumentContext(uri: vscode.Uri, value: DocumentReplyContext): Promise<void> {
    const empty = !value.channel && !value.customer;
    if (uri.scheme === 'untitled') {
      // "Untitled-1" is reused by the next new reply: keep its choice in memory only, until it closes.
      if (empty) this.untitled.delete(uri.toString());
      else this.untitled.set(uri.toString(), value);
    } else {
      const all = { ...(this.context.workspaceState.get<Record<string, DocumentReplyContext>>(CONTEXTS_KEY) ?? {}) };
      if (empty) delete all[uri.toString()];
      else all[uri.toString()] = value;
      await this.context.workspaceState.update(CONTEXTS_KEY, all);
    }
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (document) this.check(document);
  }

  private settingsFor(uri: vscode.Uri) {
    const c = vscode.workspace.getConfiguration('replyGuard', uri);
    const channel = c.get<string>('defaultChannel');
    const jurisdiction = c.get<string>('defaultJurisdiction');
    return {
      channel: isChannel(channel) ? channel : undefined,
      jurisdiction: jurisdiction && /^[A-Za-z]{2}$/.test(jurisdiction) ? jurisdiction.toUpperCase() : undefined,
      rules: ruleSettings(c.get('rules.severities')),
    };
  }

  // ---- the registry -------------------------------------------------------------------

  /**
   * The configured source: the setting (workspace values only in trusted workspaces, since
   * they receive the token), else the last active pack that names one (`consent.source`).
   */
  private sourceSetting(): string | undefined {
    const i = vscode.workspace.getConfiguration('replyGuard').inspect<string>('consent.source');
    const layers = vscode.workspace.isTrusted ? [i?.workspaceFolderValue, i?.workspaceValue, i?.globalValue] : [i?.globalValue];
    const fromSettings = layers.find((v) => typeof v === 'string' && v.trim() !== '')?.trim();
    if (fromSettings) return fromSettings;
    const packs = this.packs()?.activePacks() ?? [];
    return [...packs].reverse().find((p) => p.pack.consent?.source?.trim())?.pack.consent?.source?.trim();
  }

  /** The source the registry was last loaded from. */
  private loadedSource: string | undefined;

  /** SecretStorage key for a URL's token: one per origin, so a token never goes to another host. */
  static tokenKey(urlTemplate: string): string {
    return `${TOKEN_KEY}:${new URL(urlTemplate.replace('{customer}', 'x')).origin}`;
  }

  reloadRegistry(): Promise<void> {
    const generation = ++this.generation;
    this.loading = this.loadRegistry(generation).then(() => {
      if (generation === this.generation) this.recheckAll();
    });
    return this.loading;
  }

  private async loadRegistry(generation: number): Promise<void> {
    this.registryWatcher?.dispose();
    this.registryWatcher = undefined;
    this.registryProblems.clear();
    const source = this.sourceSetting();
    this.loadedSource = source;
    const set = (registry: ConsentLookup | undefined, label: string) => {
      if (generation !== this.generation) return;
      this.registry = registry;
      this.registryLabel = label;
    };
    if (!source) return set(undefined, '');
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source) && !/^file:/i.test(source)) {
      if (!isAllowedEndpoint(source) || !source.includes('{customer}')) {
        return set(new UnavailableRegistry(source, vscode.l10n.t('the consent URL must be https:// and contain {customer}')), source);
      }
      const token = await this.context.secrets.get(ConsentService.tokenKey(source));
      const timeoutMs = vscode.workspace.getConfiguration('replyGuard').get<number>('consent.timeoutMs') ?? 5000;
      const endpoint = new ConsentEndpoint({ urlTemplate: source, token, timeoutMs, onLoaded: (customer) => this.recheckCustomer(customer) });
      return set(endpoint, endpoint.name);
    }
    const uri = this.resolveFile(source);
    if (!uri) return set(new UnavailableRegistry(source, vscode.l10n.t('no workspace folder to resolve the consent file against')), source);
    const name = uri.path.split('/').pop() ?? source;
    let registry: ConsentRegistry;
    try {
      const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      registry = await loadConsentText(text.replace(/^\uFEFF/, ''), name, yieldToEditor);
    } catch {
      set(new UnavailableRegistry(name, vscode.l10n.t('cannot read {0}', name)), name);
      this.watch(uri);
      return;
    }
    if (generation !== this.generation) return;
    // Line-numbered problems in the registry file itself; the good rows are used.
    this.registryProblems.set(
      uri,
      registry.errors.slice(0, 200).map((e) => {
        const line = Math.max(0, e.line - 1);
        const d = new vscode.Diagnostic(new vscode.Range(line, 0, line, 1000), e.message, vscode.DiagnosticSeverity.Warning);
        d.source = 'Reply Guard consent';
        return d;
      }),
    );
    set(registry, name);
    this.watch(uri);
  }

  private resolveFile(source: string): vscode.Uri | undefined {
    if (/^file:/i.test(source)) return vscode.Uri.parse(source);
    if (source.startsWith('/') || /^[A-Za-z]:[\\/]/.test(source)) return vscode.Uri.file(source);
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, source) : undefined;
  }

  private watch(uri: vscode.Uri): void {
    // The file's own folder, non-recursively: outside the workspace VS Code starts a watcher
    // for it (a registry exported to ~/consent.csv is followed too); inside, the workspace's
    // own watcher reports it.
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.split('/').pop()!));
    const reload = () => void this.reloadRegistry();
    watcher.onDidChange(reload);
    watcher.onDidCreate(reload);
    watcher.onDidDelete(reload);
    this.registryWatcher = watcher;
  }

  // ---- checking ---------------------------------------------------------------------------

  current(document: vscode.TextDocument): RuleCheck | undefined {
    const c = this.checks.get(document.uri.toString());
    return c && c.version === document.version ? c : undefined;
  }

  /** Runs the rules on the scheduler's current result for this document. */
  check(document: vscode.TextDocument): RuleCheck | undefined {
    const key = document.uri.toString();
    const result = this.deps.scheduler.current(document);
    if (!result || result.state !== 'checked') {
      this.forget(document.uri);
      return undefined;
    }
    const chosen = this.documentContext(document.uri);
    const s = this.settingsFor(document.uri);
    const packs = this.packs();
    let rulesConfig = rulesConfigFrom(packs?.rules());
    rulesConfig = applyPackRules(rulesConfig, { severities: s.rules.severities, disabled: s.rules.disabled });
    const analysis = analyzeReply(document.getText(), {
      registry: this.registry,
      rulesConfig,
      snippets: packs?.snippetsFor() ?? [],
      now: new Date(),
      defaults: { channel: chosen.channel ?? s.channel, customer: chosen.customer, jurisdiction: s.jurisdiction },
      scanOptions: { uiLang: uiLang() },
      pii: result.findings,
    });
    const channelFrom = analysis.reply.meta.channel ? 'front matter' : chosen.channel ? 'document' : s.channel ? 'setting' : 'none';
    const check: RuleCheck = { uri: key, version: document.version, analysis, channelFrom };
    this.checks.set(key, check);
    this.collection.set(
      document.uri,
      analysis.findings.map((f) => ruleDiagnostic(document, f, this.context.extensionUri)),
    );
    this.deps.reportedByRules?.(document.uri, new Set(analysis.findings.filter((f) => f.rule === 'channel/pii-restricted').map((f) => `${f.start}:${f.end}`)));
    this.changed.fire(check);
    return check;
  }

  recheckAll(): void {
    for (const d of vscode.workspace.textDocuments) if (this.deps.scheduler.current(d)) this.check(d);
  }

  private recheckCustomer(customer: string): void {
    for (const d of vscode.workspace.textDocuments) {
      if (this.current(d)?.analysis.customer === customer) this.check(d);
    }
  }

  private forget(uri: vscode.Uri): void {
    this.checks.delete(uri.toString());
    this.collection.delete(uri);
    this.deps.reportedByRules?.(uri, new Set());
    this.changed.fire(undefined);
  }

  registryName(): string {
    return this.registryLabel;
  }

  hasRegistry(): boolean {
    return this.registry !== undefined;
  }

  dispose(): void {
    this.registryWatcher?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

// ---- commands ---------------------------------------------------------------------------------

async function setReplyContext(service: ConsentService, arg?: unknown): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return false;
  const document = editor.document;
  const current = service.documentContext(document.uri);
  // Tests and links may pass the answer directly.
  if (arg && typeof arg === 'object') {
    const a = arg as DocumentReplyContext;
    await service.setDocumentContext(document.uri, { channel: isChannel(a.channel) ? a.channel : undefined, customer: a.customer?.trim() || undefined });
    return true;
  }
  const fromHeader = service.current(document)?.analysis.reply.meta;
  const items: (vscode.QuickPickItem & { channel?: Channel | '' })[] = [
    ...CHANNELS.map((c) => ({ label: c, channel: c, description: c === current.channel ? vscode.l10n.t('current') : undefined })),
    { label: vscode.l10n.t('No channel (use the workspace default)'), channel: '' as const },
  ];
  const pick = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Channel of this reply'),
    placeHolder: fromHeader?.channel ? vscode.l10n.t('The front matter says {0}; it wins over this choice', fromHeader.channel) : vscode.l10n.t('Kept for this document in this workspace'),
  });
  if (!pick) return false;
  const customer = await vscode.window.showInputBox({
    title: vscode.l10n.t('Customer id for consent look-ups'),
    value: current.customer ?? '',
    prompt: vscode.l10n.t('The id used in the consent registry (leave empty for none)'),
  });
  if (customer === undefined) return false;
  await service.setDocumentContext(document.uri, { channel: pick.channel || undefined, customer: customer.trim() || undefined });
  return true;
}

async function setConsentToken(context: vscode.ExtensionContext, service: ConsentService, arg?: unknown): Promise<boolean> {
  const source = vscode.workspace.getConfiguration('replyGuard').get<string>('consent.source') ?? '';
  if (!/^https?:\/\//i.test(source) || !isAllowedEndpoint(source)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Set replyGuard.consent.source to an https:// URL with {customer} first.'));
    return false;
  }
  const origin = new URL(source.replace('{customer}', 'x')).origin;
  const token =
    typeof arg === 'string'
      ? arg
      : await vscode.window.showInputBox({ title: vscode.l10n.t('Consent registry token for {0}', origin), password: true, prompt: vscode.l10n.t('Kept in the editor’s secret storage, never in settings. Leave empty to remove it.') });
  if (token === undefined) return false;
  const key = ConsentService.tokenKey(source);
  if (token.trim()) await context.secrets.store(key, token.trim());
  else await context.secrets.delete(key);
  await service.reloadRegistry();
  return true;
}

/** Applies a rule finding's fix: a snippet goes through the editor (placeholders), edits as one undo step. */
async function applyRuleFix(service: ConsentService, target: { uri: string; version?: number; start: number; end: number; rule: string; fixId: string }): Promise<boolean> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.uri);
  if (!document || (target.version !== undefined && document.version !== target.version)) return false;
  const f = service.current(document)?.analysis.findings.find((x) => x.rule === target.rule && x.start === target.start && x.end === target.end);
  const fix = f?.fixes.find((x) => x.id === target.fixId);
  if (!fix) return false;
  if (fix.snippet !== undefined && fix.edits.length === 1) {
    const editor = await vscode.window.showTextDocument(document);
    const at = fix.edits[0];
    const range = new vscode.Range(document.positionAt(at.start), document.positionAt(at.end));
    const inserted = await editor.insertSnippet(new vscode.SnippetString(fix.snippet), range);
    if (inserted) await auditRuleFix(document, target.rule, fix.id);
    return inserted;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText);
  const applied = await vscode.workspace.applyEdit(edit);
  if (applied) await auditRuleFix(document, target.rule, fix.id);
  return applied;
}

/** Switches a rule off for this workspace (replyGuard.rules.severities). */
async function disableRule(rule: string, given?: string): Promise<boolean> {
  if (!isRuleId(rule)) return false;
  const reason = await overrideReason(vscode.l10n.t('turn off {0}', rule), given);
  if (reason === undefined) return false;
  const c = vscode.workspace.getConfiguration('replyGuard');
  const current = { ...(c.get<Record<string, string>>('rules.severities') ?? {}) };
  current[rule] = 'off';
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await c.update('rules.severities', current, target);
  if (reason) await auditOverride(vscode.window.activeTextEditor?.document, { action: 'rule-disabled', rule, reason });
  return true;
}

/** Call once from activate(): consent registry, rule diagnostics, quick fixes, hover and status bar. */
export function registerConsent(context: vscode.ExtensionContext, deps: ConsentDeps): ConsentService {
  const service = new ConsentService(context, deps);
  const status = new ConsentStatusItem(service, deps.scheduler);
  const selector: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-vfs' }, { scheme: 'vscode-remote' }];
  const register = (id: string, run: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, run);
  context.subscriptions.push(
    service,
    status,
    vscode.languages.registerHoverProvider(selector, new RuleHoverProvider(service)),
    vscode.languages.registerCodeActionsProvider(selector, new RuleCodeActionProvider(service), RuleCodeActionProvider.metadata),
    register('replyGuard.setReplyContext', (arg?: unknown) => setReplyContext(service, arg)),
    register('replyGuard.setConsentToken', (arg?: unknown) => setConsentToken(context, service, arg)),
    register('replyGuard.reloadConsent', () => service.reloadRegistry()),
    register('replyGuard.applyRuleFix', (target: Parameters<typeof applyRuleFix>[1]) => applyRuleFix(service, target)),
    register('replyGuard.disableRule', (rule: string, reason?: string) => disableRule(rule, reason)),
    // For tests and other extensions: the rule check of the active reply (no raw values).
    vscode.commands.registerCommand('replyGuard.internal.ruleCheck', (uri?: string) => {
      const document = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) : vscode.window.activeTextEditor?.document;
      const c = document && service.current(document);
      return c && { channel: c.analysis.channel, customer: c.analysis.customer, purpose: c.analysis.purpose, consent: c.analysis.consent?.state, channelFrom: c.channelFrom, rules: c.analysis.findings.map((f) => f.rule), status: status.snapshot() };
    }),
  );
  void service.reloadRegistry();
  return service;
}

export { RULES_SOURCE };
