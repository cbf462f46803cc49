// Team packs in the editor: where they load from, trust, problems, watching, the snippet
// quick pick and completion. The pack logic itself is in src/core/policy (parse, validate,
// merge) and ./pack-loader (signatures, approval); this file only talks to VS Code.
//
// Load order (later overrides earlier by snippet id): built-in pack, workspace
// `.replyguard/packs/`, replyGuard.packs.paths, replyGuard.packs.urls.
import * as vscode from 'vscode';
import { guessLang, parseReply, type ScanOptions } from '../core';
import {
  calendarDateOf,
  deadlineDateFor,
  packScanOptions,
  PACK_CHANNELS,
  resolveSnippetBody,
  snippetsFor as filterSnippets,
  SNIPPET_PURPOSES,
  type ActiveSnippet,
  type EffectivePolicy,
  type EffectiveRules,
  type LoadedPack,
  type PackChannel,
  type PackProblem,
  type SnippetPurpose,
  type VariableValues,
} from '../core/policy';
import { mergePacks } from '../core/policy';
import { auditSnippet } from './audit';
import { webCryptoVerifier } from './pack-crypto';
import { checkUrlSetting, defaultFetcher, fetchPinnedPack, type PackCache, type PackUrlSetting } from './pack-fetch';
import { loadPacks, type PackInput, type PackReport } from './pack-loader';
import type { ScanOptionsContribution } from './scan-options';

export const BUILTIN_PACK_PATH = 'snippets/default.pack.yaml';
export const WORKSPACE_PACK_FOLDER = '.replyguard/packs';
/**
 * How often the workspace pack folders are listed as a safety net for the file watcher.
 * VS Code's recursive workspace watcher (@parcel/watcher on Linux) can miss a folder made
 * together with its first file (`git pull` or `mkdir -p .replyguard/packs` and a write) and
 * then stays deaf to that folder until the window reloads: seen in CI, with VS Code's trace log.
 */
const PACK_FOLDER_POLL_MS = 3000;
const PACK_FILE = /\.(ya?ml|json)$/i;

export interface ReplyContext {
  channel?: PackChannel;
  locale?: string;
  jurisdiction?: string;
}

/** What registerPacks returns: the effective packs for the rest of the extension. */
export interface PackService extends vscode.Disposable {
  readonly id: string;
  /** Allow-list, extra context words and (trusted only) custom patterns from the active packs. */
  scanOptions(): Partial<ScanOptions>;
  /** For SettingsService.registerProvider: the same contribution for every document. */
  contributionFor(uri: vscode.Uri | undefined): ScanOptionsContribution | undefined;
  activePacks(): readonly LoadedPack[];
  /** Every pack source of the last load, including refused ones. */
  reports(): readonly PackReport[];
  snippetsFor(channel?: PackChannel, locale?: string, jurisdiction?: string): ActiveSnippet[];
  rules(): EffectiveRules;
  /** Fires after each reload. */
  readonly onDidChange: vscode.Event<void>;
  /** Resolves when the load in progress (or the first one) has finished. */
  ready(): Promise<void>;
  reload(): Promise<void>;
}

let current: PackService | undefined;
/** The service of the running extension (commands and other adapters use it). */
export function packService(): PackService | undefined {
  return current;
}

/** Group titles of the quick pick; literal l10n.t calls so the strings are exported for translation. */
function purposeLabel(p: SnippetPurpose): string {
  const labels: Record<SnippetPurpose, string> = {
    'consent-request': vscode.l10n.t('Consent request'),
    unsubscribe: vscode.l10n.t('Unsubscribe'),
    'remote-support-consent': vscode.l10n.t('Remote-support consent'),
    'privacy-notice': vscode.l10n.t('Privacy notice'),
    'data-rights-access': vscode.l10n.t('Data rights: access'),
    'data-rights-rectification': vscode.l10n.t('Data rights: rectification'),
    'data-rights-erasure': vscode.l10n.t('Data rights: erasure'),
    'data-rights-objection': vscode.l10n.t('Data rights: objection'),
    'secure-payment': vscode.l10n.t('Secure payment'),
    'card-data-received': vscode.l10n.t('Card data received'),
    'opt-out-confirmation': vscode.l10n.t('Opt-out confirmation'),
    'ad-label': vscode.l10n.t('Advertising label'),
    'sender-id': vscode.l10n.t('Sender identification'),
  };
  return labels[p];
}

function approvalLabel(s: Pick<ActiveSnippet, 'approval'>, pack?: LoadedPack): string {
  const a = pack?.pack.approval;
  switch (s.approval) {
    case 'approved':
      return vscode.l10n.t('approved by {0} until {1}', a?.approvedBy ?? '?', a?.expires ?? '?');
    case 'expired':
      return vscode.l10n.t('$(warning) approval expired {0}', a?.expires ?? '?');
    case 'not-yet-valid':
      return vscode.l10n.t('approval starts {0}', a?.date ?? '?');
    default:
      return vscode.l10n.t('template, not approved');
  }
}

function toRange(p: PackProblem): vscode.Range {
  const start = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
  const end = new vscode.Position(Math.max(0, p.endLine - 1), Math.max(0, p.endColumn - 1));
  return new vscode.Range(start, end.isBefore(start) ? start : end);
}

function toDiagnostic(p: PackProblem): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(p), p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  d.source = 'Reply Guard packs';
  d.code = p.code;
  return d;
}

function expandHome(path: string): string {
  const home = typeof process !== 'undefined' ? process.env?.HOME ?? process.env?.USERPROFILE : undefined;
  return home && (path === '~' || path.startsWith('~/')) ? home + path.slice(1) : path;
}

const decoder = new TextDecoder('utf-8');

async function readText(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

async function readOptional(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return await readText(uri);
  } catch {
    return undefined;
  }
}

/** The reply's channel, locale and jurisdiction from its front matter (or the text's language). */
export function replyContextOf(document: vscode.TextDocument | undefined): ReplyContext {
  if (!document) return {};
  const text = document.getText();
  const { meta, body } = parseReply(text);
  const channel = meta.channel && (PACK_CHANNELS as readonly string[]).includes(meta.channel) ? (meta.channel as PackChannel) : undefined;
  // Without a locale, a long enough body tells the language; a short one would guess wrong.
  // The opening of the body is enough to tell the language, and keeps completion cheap on long documents.
  const opening = body.slice(0, 2000);
  const locale = meta.locale ?? (opening.trim().length >= 40 ? guessLang(opening) : undefined);
  return { channel, locale, jurisdiction: meta.jurisdiction ?? regionOf(meta.locale) };
}

function regionOf(locale: string | undefined): string | undefined {
  const r = locale?.split('-')[1];
  return r && /^[A-Za-z]{2}$/.test(r) ? r.toUpperCase() : undefined;
}

class Packs implements PackService {
  readonly id = 'packs';
  private policy: EffectivePolicy = mergePacks([]);
  private lastReports: PackReport[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('reply-guard-packs');
  private readonly output = vscode.window.createOutputChannel('Reply Guard Packs');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.diagnostics, this.output];
  private watchers: vscode.Disposable[] = [];
  private watchKey = '';
  private loading: Promise<void> = Promise.resolve();
  private generation = 0;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  /** Notifications already shown this session, so a broken URL does not nag on every reload. */
  private readonly notified = new Set<string>();
  /** What the last load saw in the workspace pack folders (see PACK_FOLDER_POLL_MS). */
  private folderSignature: string | undefined;
  private checkingFolders = false;
  private readonly folderPoll = setInterval(() => void this.checkPackFolders(), PACK_FOLDER_POLL_MS);

  constructor(private readonly context: vscode.ExtensionContext) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('replyGuard.packs')) this.scheduleReload();
        else if (e.affectsConfiguration('replyGuard.snippets')) this.changed.fire();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.scheduleReload()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleReload()),
      // A team lead editing a pack in the editor sees its problems on save, watcher or not.
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (PACK_FILE.test(d.fileName) && this.isPackLocation(d.uri)) this.scheduleReload();
      }),
      // Files created, deleted or renamed in the explorer (or by a workspace edit) are known
      // without a watcher.
      ...[vscode.workspace.onDidCreateFiles, vscode.workspace.onDidDeleteFiles].map((event) =>
        event((e) => {
          if (e.files.some((uri) => this.isPackLocation(uri))) this.scheduleReload();
        }),
      ),
      vscode.workspace.onDidRenameFiles((e) => {
        if (e.files.some(({ oldUri, newUri }) => this.isPackLocation(oldUri) || this.isPackLocation(newUri))) this.scheduleReload();
      }),
    );
  }

  private isPackLocation(uri: vscode.Uri): boolean {
    const top = WORKSPACE_PACK_FOLDER.split('/')[0];
    if (uri.path.includes(`/${top}/`) || uri.path.endsWith(`/${top}`)) return true;
    return this.config().paths.some((p) => uri.fsPath.startsWith(expandHome(p)));
  }

  dispose(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    clearInterval(this.folderPoll);
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
    if (current === this) current = undefined;
  }

  scanOptions(): Partial<ScanOptions> {
    return packScanOptions(this.policy, vscode.workspace.isTrusted);
  }

  contributionFor(): ScanOptionsContribution | undefined {
    const o = this.scanOptions();
    return { allowList: o.allowList, extraContext: o.extraContext, customPatterns: o.customPatterns };
  }

  activePacks(): readonly LoadedPack[] {
    return this.policy.packs;
  }

  reports(): readonly PackReport[] {
    return this.lastReports;
  }

  snippetsFor(channel?: PackChannel, locale?: string, jurisdiction?: string): ActiveSnippet[] {
    return filterSnippets(this.policy.snippets, { channel, locale, jurisdiction });
  }

  allSnippets(): readonly ActiveSnippet[] {
    return this.policy.snippets;
  }

  rules(): EffectiveRules {
    return this.policy.rules;
  }

  ready(): Promise<void> {
    return this.loading;
  }

  scheduleReload(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    // File watchers fire several events per save; one reload for all of them.
    this.reloadTimer = setTimeout(() => void this.reload(), 150);
  }

  reload(): Promise<void> {
    const generation = ++this.generation;
    this.loading = this.loading.then(() => this.load(generation)).catch((error) => {
      this.output.appendLine(`pack loading failed: ${(error as Error).message}`);
    });
    return this.loading;
  }

  private config() {
    const c = vscode.workspace.getConfiguration('replyGuard');
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);
    const urls = c.get<unknown>('packs.urls');
    return {
      builtin: c.get<boolean>('packs.builtin') !== false,
      paths: strings(c.get('packs.paths')),
      urls: Array.isArray(urls) ? (urls as unknown[]) : [],
      trustedKeys: strings(c.get('packs.trustedKeys')),
      allowExpired: c.get<boolean>('packs.allowExpired') !== false,
    };
  }

  /** Names, sizes and times of the files in the workspace pack folders: what a load reads. */
  private async packFolderSignature(): Promise<string> {
    if (!vscode.workspace.isTrusted) return '';
    const parts: string[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const dir = vscode.Uri.joinPath(folder.uri, WORKSPACE_PACK_FOLDER);
      const entries = await vscode.workspace.fs.readDirectory(dir).then(
        (e) => e,
        () => undefined,
      );
      parts.push(`${dir.toString()}${entries ? '' : ' (none)'}`);
      for (const [name, type] of (entries ?? []).sort(([a], [b]) => a.localeCompare(b))) {
        if (type !== vscode.FileType.File || !(PACK_FILE.test(name) || name.endsWith('.sig'))) continue;
        const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(dir, name)).then(
          (x) => x,
          () => undefined,
        );
        parts.push(`${name} ${stat?.mtime} ${stat?.size}`);
      }
    }
    return parts.join('\n');
  }

  /** The watcher's safety net: reloads when the pack folders differ from the last load. */
  private async checkPackFolders(): Promise<void> {
    if (this.checkingFolders || this.folderSignature === undefined) return;
    this.checkingFolders = true;
    try {
      if ((await this.packFolderSignature()) !== this.folderSignature) this.scheduleReload();
    } finally {
      this.checkingFolders = false;
    }
  }

  private async load(generation: number): Promise<void> {
    if (generation !== this.generation) return; // a newer reload is queued
    const config = this.config();
    // Taken before reading: a change made while this load runs shows on the next check.
    const folderSignature = await this.packFolderSignature();
    const inputs: PackInput[] = [];
    const sourceProblems: { location: string; uri?: vscode.Uri; message: string }[] = [];
    const fileUris = new Map<string, vscode.Uri>();
    const watchTargets: vscode.GlobPattern[] = [];

    if (config.builtin) {
      const uri = vscode.Uri.joinPath(this.context.extensionUri, BUILTIN_PACK_PATH);
      const text = await readOptional(uri);
      if (text !== undefined) {
        inputs.push({ origin: 'builtin', location: uri.toString(), text });
        fileUris.set(uri.toString(), uri);
      }
    }

    // Untrusted workspaces load no workspace packs: their patterns and rules are the workspace author's.
    if (vscode.workspace.isTrusted) {
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const dir = vscode.Uri.joinPath(folder.uri, WORKSPACE_PACK_FOLDER);
        // The folder itself too: files created in a folder that did not exist yet may not be reported.
        watchTargets.push(new vscode.RelativePattern(folder, `{.replyguard,${WORKSPACE_PACK_FOLDER},${WORKSPACE_PACK_FOLDER}/**}`));
        let entries: [string, vscode.FileType][] = [];
        try {
          entries = await vscode.workspace.fs.readDirectory(dir);
        } catch {
          continue; // no pack folder: nothing to load
        }
        for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
          if (type !== vscode.FileType.File || !PACK_FILE.test(name)) continue;
          await this.addFile(vscode.Uri.joinPath(dir, name), 'workspace', inputs, fileUris, sourceProblems);
        }
      }
    }

    for (const raw of config.paths) {
      const uri = vscode.Uri.file(expandHome(raw));
      let stat: vscode.FileStat;
      try {
        stat = await vscode.workspace.fs.stat(uri);
      } catch {
        sourceProblems.push({ location: raw, message: vscode.l10n.t('Pack path {0} (replyGuard.packs.paths) does not exist or cannot be read', raw) });
        continue;
      }
      if (stat.type & vscode.FileType.Directory) {
        watchTargets.push(new vscode.RelativePattern(uri, '*'));
        const entries = await vscode.workspace.fs.readDirectory(uri).then(
          (e) => e,
          () => [] as [string, vscode.FileType][],
        );
        for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
          if (type === vscode.FileType.File && PACK_FILE.test(name)) await this.addFile(vscode.Uri.joinPath(uri, name), 'path', inputs, fileUris, sourceProblems);
        }
      } else {
        watchTargets.push(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.split('/').pop() + '*'));
        await this.addFile(uri, 'path', inputs, fileUris, sourceProblems);
      }
    }

    const cache = this.cache();
    for (const entry of config.urls) {
      const problem = checkUrlSetting(entry);
      const url = (entry as PackUrlSetting | undefined)?.url ?? '?';
      if (problem) {
        sourceProblems.push({ location: url, message: problem });
        continue;
      }
      try {
        const pinned = await fetchPinnedPack(entry as PackUrlSetting, defaultFetcher, cache, config.trustedKeys.length > 0);
        inputs.push({ origin: 'url', location: url, text: pinned.text, signature: pinned.signature });
        if (pinned.fromCache) this.output.appendLine(`${url}: using the cached copy`);
      } catch (error) {
        sourceProblems.push({ location: url, message: (error as Error).message });
      }
    }

    const result = await loadPacks(inputs, { trustedKeys: config.trustedKeys, allowExpired: config.allowExpired, verifier: webCryptoVerifier });
    if (generation !== this.generation) return;

    this.policy = result.policy;
    this.folderSignature = folderSignature;
    this.lastReports = [...result.reports, ...sourceProblems.map((p) => ({ origin: 'path' as const, location: p.location, problems: [], refused: p.message }))];
    this.publish(result.reports, fileUris, sourceProblems, result.badKeys);
    this.watch(watchTargets);
    this.output.appendLine(`${new Date().toISOString()} loaded ${result.policy.packs.length} pack(s), ${result.policy.snippets.length} snippets; refused ${this.lastReports.filter((r) => r.refused).length}`);
    this.changed.fire();
  }

  private async addFile(uri: vscode.Uri, origin: 'workspace' | 'path', inputs: PackInput[], fileUris: Map<string, vscode.Uri>, problems: { location: string; uri?: vscode.Uri; message: string }[]): Promise<void> {
    const location = uri.scheme === 'file' ? uri.fsPath : uri.toString();
    let text: string;
    try {
      text = await readText(uri);
    } catch {
      problems.push({ location, uri, message: vscode.l10n.t('Pack {0} cannot be read', location) });
      return;
    }
    const signature = await readOptional(uri.with({ path: uri.path + '.sig' }));
    inputs.push({ origin, location, text, signature });
    fileUris.set(location, uri);
  }

  private cache(): PackCache {
    const dir = vscode.Uri.joinPath(this.context.globalStorageUri, 'packs');
    return {
      read: async (name) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, name)),
      write: async (name, data) => {
        await vscode.workspace.fs.createDirectory(dir);
        await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, name), data);
      },
    };
  }

  private publish(reports: readonly PackReport[], fileUris: Map<string, vscode.Uri>, sourceProblems: readonly { location: string; uri?: vscode.Uri; message: string }[], badKeys: readonly number[]): void {
    this.diagnostics.clear();
    for (const report of reports) {
      const uri = fileUris.get(report.location);
      if (uri && report.problems.length) this.diagnostics.set(uri, report.problems.map(toDiagnostic));
      if (report.refused) {
        this.output.appendLine(`refused: ${report.refused}`);
        // Files show in Problems; a URL pack has no file to point at, so it gets a notification.
        if (!uri) this.notify(report.refused);
      }
    }
    for (const p of sourceProblems) {
      this.output.appendLine(`refused: ${p.message}`);
      this.notify(p.message);
    }
    if (badKeys.length) this.notify(vscode.l10n.t('replyGuard.packs.trustedKeys: entry {0} is not an Ed25519 public key (PEM or base64); unsigned packs stay refused', badKeys.map((i) => i + 1).join(', ')));
  }

  private notify(message: string): void {
    if (this.notified.has(message)) return;
    this.notified.add(message);
    void vscode.window.showWarningMessage(`Reply Guard: ${message}`, vscode.l10n.t('Show active packs')).then((choice) => {
      if (choice) void vscode.commands.executeCommand('replyGuard.showActivePacks');
    });
  }

  private watch(targets: readonly vscode.GlobPattern[]): void {
    // Keep running watchers when nothing changed: a new watcher needs a moment to start and
    // would miss an edit made meanwhile.
    const key = targets.map((t) => (typeof t === 'string' ? t : `${t.baseUri.toString()}|${t.pattern}`)).join('\n');
    if (key === this.watchKey) return;
    this.watchKey = key;
    for (const w of this.watchers) w.dispose();
    this.watchers = targets.map((pattern) => {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const reload = () => this.scheduleReload();
      watcher.onDidChange(reload);
      watcher.onDidCreate(reload);
      watcher.onDidDelete(reload);
      return watcher;
    });
  }
}

// ---- snippet insertion -------------------------------------------------------------------

function variableValues(snippet: ActiveSnippet, rules: EffectiveRules, context: ReplyContext): VariableValues {
  const raw = vscode.workspace.getConfiguration('replyGuard').get<Record<string, unknown>>('snippets.variables') ?? {};
  const values: VariableValues = {};
  for (const key of ['customerName', 'agentName', 'company', 'unsubscribeUrl'] as const) {
    if (typeof raw[key] === 'string' && raw[key]) values[key] = raw[key] as string;
  }
  const jurisdiction = snippet.jurisdiction ?? context.jurisdiction;
  // The request is taken as received today: the agent answers it as it arrives.
  const deadline = deadlineDateFor(snippet.purpose, jurisdiction, snippet.locale, calendarDateOf(new Date()), rules.dataRightsDeadlines);
  if (deadline) values.deadlineDate = deadline;
  return values;
}

export function snippetBodyFor(snippet: ActiveSnippet, rules: EffectiveRules, context: ReplyContext): string {
  return resolveSnippetBody(snippet.body, variableValues(snippet, rules, context));
}

interface SnippetItem extends vscode.QuickPickItem {
  snippet?: ActiveSnippet;
  showAll?: boolean;
}

function snippetItems(snippets: readonly ActiveSnippet[], packs: readonly LoadedPack[]): SnippetItem[] {
  const items: SnippetItem[] = [];
  for (const purpose of SNIPPET_PURPOSES) {
    const group = snippets.filter((s) => s.purpose === purpose);
    if (!group.length) continue;
    items.push({ label: purposeLabel(purpose), kind: vscode.QuickPickItemKind.Separator });
    for (const s of group) {
      const pack = packs.find((p) => p.pack.id === s.packId);
      items.push({
        label: s.title,
        description: `${s.packName} · ${approvalLabel(s, pack)}`,
        detail: `${s.channels.join(', ')} · ${s.locale}${s.jurisdiction ? ` · ${s.jurisdiction}` : ''} — ${s.body.replace(/\s+/g, ' ').slice(0, 100)}`,
        snippet: s,
      });
    }
  }
  return items;
}

async function insertSnippet(service: Packs, arg?: unknown): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a reply to insert a snippet.'));
    return false;
  }
  await service.ready();
  const context = replyContextOf(editor.document);
  const wantedId = typeof arg === 'string' ? arg : (arg as { id?: unknown } | undefined)?.id;
  let snippet: ActiveSnippet | undefined;
  if (typeof wantedId === 'string') {
    snippet = service.allSnippets().find((s) => s.id === wantedId);
    if (!snippet) {
      void vscode.window.showWarningMessage(vscode.l10n.t('No active pack has a snippet with id {0}.', wantedId));
      return false;
    }
  } else {
    let filtered = service.snippetsFor(context.channel, context.locale, context.jurisdiction);
    let showAll = !filtered.length;
    for (;;) {
      const list = showAll ? service.allSnippets() : filtered;
      const items = snippetItems(list, service.activePacks());
      if (!showAll) items.push({ label: '', kind: vscode.QuickPickItemKind.Separator }, { label: vscode.l10n.t('$(list-flat) Show snippets for every channel and language'), showAll: true });
      const where = [context.channel, context.locale, context.jurisdiction].filter(Boolean).join(' · ');
      const picked = await vscode.window.showQuickPick(items, {
        title: showAll || !where ? vscode.l10n.t('Insert approved snippet') : vscode.l10n.t('Insert approved snippet ({0})', where),
        placeHolder: vscode.l10n.t('Type to filter by title, purpose, pack or text'),
        matchOnDescription: true,
        matchOnDetail: true,
      });
      if (!picked) return false;
      if (picked.showAll) {
        showAll = true;
        filtered = [];
        continue;
      }
      snippet = picked.snippet;
      break;
    }
  }
  if (!snippet) return false;
  if (snippet.approval === 'expired') {
    void vscode.window.showWarningMessage(vscode.l10n.t('The approval of pack {0} has expired; check the text with your privacy office.', snippet.packName));
  }
  const inserted = await editor.insertSnippet(new vscode.SnippetString(snippetBodyFor(snippet, service.rules(), context)));
  if (inserted) await auditSnippet(editor.document, snippet);
  return inserted;
}

async function showActivePacks(service: Packs): Promise<void> {
  await service.ready();
  type Item = vscode.QuickPickItem & { uri?: vscode.Uri };
  const items: Item[] = [];
  const active = service.activePacks();
  const snippets = service.allSnippets();
  items.push({ label: vscode.l10n.t('Active packs (later ones override earlier ones)'), kind: vscode.QuickPickItemKind.Separator });
  for (const p of active) {
    const inUse = snippets.filter((s) => s.packId === p.pack.id).length;
    const signature = { valid: vscode.l10n.t('signed ({0})', p.signedBy ?? ''), builtin: vscode.l10n.t('built-in'), 'not-checked': vscode.l10n.t('signature not checked'), unsigned: '', invalid: '' }[p.signature];
    items.push({
      label: `$(package) ${p.pack.name} ${p.pack.version}`,
      description: `${p.origin} · ${approvalLabel({ approval: p.approval }, p)} · ${signature}`,
      detail: vscode.l10n.t('{0} of {1} snippets in use · {2}', inUse, p.pack.snippets.length, p.location),
      uri: p.location.includes('://') ? vscode.Uri.parse(p.location) : vscode.Uri.file(p.location),
    });
  }
  const refused = service.reports().filter((r) => r.refused);
  if (refused.length) items.push({ label: vscode.l10n.t('Refused'), kind: vscode.QuickPickItemKind.Separator });
  for (const r of refused) {
    items.push({ label: `$(error) ${r.location}`, detail: r.refused, uri: r.location.startsWith('https://') || !r.location ? undefined : r.location.includes('://') ? vscode.Uri.parse(r.location) : vscode.Uri.file(r.location) });
  }
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Reply Guard: active packs'), matchOnDescription: true, matchOnDetail: true });
  if (picked?.uri && picked.uri.scheme !== 'https') await vscode.window.showTextDocument(picked.uri).then(undefined, () => undefined);
}

// ---- completion --------------------------------------------------------------------------

class SnippetCompletions implements vscode.CompletionItemProvider {
  constructor(private readonly service: Packs) {}

  provideCompletionItems(document: vscode.TextDocument): vscode.CompletionItem[] {
    const prefix = vscode.workspace.getConfiguration('replyGuard').get<string>('snippets.prefix') || 'rg';
    const context = replyContextOf(document);
    const list = this.service.snippetsFor(context.channel, context.locale, context.jurisdiction);
    // The built-in pack's snippets already come as plain contributed snippets (rg-...).
    return list
      .filter((s) => !this.service.activePacks().some((p) => p.origin === 'builtin' && p.pack.id === s.packId))
      .map((s) => {
        const item = new vscode.CompletionItem({ label: `${prefix}-${s.id.replace(/\./g, '-')}`, description: s.title }, vscode.CompletionItemKind.Snippet);
        item.insertText = new vscode.SnippetString(snippetBodyFor(s, this.service.rules(), context));
        item.detail = `${s.packName} ${s.packVersion} · ${approvalLabel(s)}`;
        item.documentation = new vscode.MarkdownString().appendCodeblock(s.body, 'text');
        return item;
      });
  }
}

/** Starts pack loading and registers the pack commands and completion; call once from activate(). */
export function registerPacks(context: vscode.ExtensionContext): PackService {
  const service = new Packs(context);
  current = service;
  const languages = vscode.workspace.getConfiguration('replyGuard').get<string[]>('languages') ?? ['plaintext', 'markdown', 'reply'];
  const register = (id: string, run: (...args: unknown[]) => unknown) => vscode.commands.registerCommand(id, run);
  context.subscriptions.push(
    service,
    register('replyGuard.insertSnippet', (arg?: unknown) => insertSnippet(service, arg)),
    register('replyGuard.showActivePacks', () => showActivePacks(service)),
    register('replyGuard.reloadPacks', () => service.reload()),
    vscode.languages.registerCompletionItemProvider(languages.map((language) => ({ language })), new SnippetCompletions(service)),
  );
  void service.reload();
  return service;
}
