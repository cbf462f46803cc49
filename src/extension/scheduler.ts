// Decides when each open document is scanned: debounced while typing, in time-sliced chunks
// (see chunked-scan.ts) so a 5,000-line reply never blocks the extension host, and with one
// result per document version that diagnostics, hovers and code actions all share.
import * as vscode from 'vscode';
import type { Finding } from '../core';
import { newChunkCache, scanInChunks, ScanCancelled } from './chunked-scan';
import type { ChunkCache, ChunkedScanStats } from './chunked-scan';
import type { SettingsService } from './settings';

/** Schemes that are never replies: output panes, diffs of git, our own previews... */
const IGNORED_SCHEMES = new Set(['output', 'git', 'gitfs', 'vscode-scm', 'comment', 'debug', 'walkThroughSnippet', 'vscode-settings', 'reply-guard-preview']);

export type ScanState = 'checked' | 'off' | 'tooLarge';

export interface ScanResult {
  uri: vscode.Uri;
  /** The document scanned (an untitled URI can later name another document). */
  document: vscode.TextDocument;
  version: number;
  state: ScanState;
  /** Every finding, sorted by start (document offsets). */
  findings: readonly Finding[];
  /** The findings shown as diagnostics: at most maxFindingsPerDocument. */
  shown: readonly Finding[];
  capped: boolean;
  /** Document size in KB when it is over the limit. */
  sizeKB: number;
  at: Date;
  stats?: ChunkedScanStats;
}

interface DocState {
  /**
   * The document this state is for. Untitled URIs are reused (a closed Untitled-1 and the
   * next new Untitled-1), and the close and open events may come in either order: a state or
   * result is only ever used for the very document object it was made for.
   */
  document: vscode.TextDocument;
  timer?: ReturnType<typeof setTimeout>;
  running?: Promise<ScanResult | undefined>;
  runningVersion?: number;
  cache: ChunkCache;
  result?: ScanResult;
}

/** Process CPU time in ms where the host has it (Node); 0 in a browser worker. */
function cpuMs(): number {
  const p = (globalThis as { process?: { cpuUsage?: () => { user: number; system: number } } }).process;
  const usage = p?.cpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : 0;
}

const yieldToEditor = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class ScanScheduler implements vscode.Disposable {
  private readonly docs = new Map<string, DocState>();
  /** Documents the user switched off with `replyGuard.toggleDocument` (by URI). */
  private readonly switchedOff = new Set<string>();
  private readonly scanned = new vscode.EventEmitter<ScanResult>();
  private readonly cleared = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.scanned, this.cleared];
  readonly onDidScan = this.scanned.event;
  /**
   * The longest uninterrupted stretch of Reply Guard's own work (a scan slice, or publishing a
   * result to diagnostics and status), in ms, since the last reset: the editor budget is 50 ms.
   */
  longestTaskMs = 0;
  /** The longest publication of a result (diagnostics, status) alone, in ms, since the last reset. */
  longestPublishMs = 0;
  /** The same in CPU time (Node hosts only): on a busy machine wall time includes waiting for a core. */
  longestPublishCpuMs = 0;
  readonly onDidClear = this.cleared.event;

  constructor(
    private readonly settings: SettingsService,
    private readonly memento?: vscode.Memento,
  ) {
    for (const uri of memento?.get<string[]>('switchedOff') ?? []) this.switchedOff.add(uri);
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        const state = this.docs.get(d.uri.toString());
        // A late close of an old untitled document must not wipe the new one under its URI.
        if (!state || state.document === d) this.forget(d.uri);
      }),
      settings.onDidChange(() => this.rescanAll()),
    );
  }

  /** Whether a document is one Reply Guard checks (language, scheme), ignoring on/off. */
  isReply(document: vscode.TextDocument): boolean {
    if (IGNORED_SCHEMES.has(document.uri.scheme)) return false;
    return this.settings.read(document.uri).languages.includes(document.languageId);
  }

  isSwitchedOff(uri: vscode.Uri): boolean {
    return this.switchedOff.has(uri.toString());
  }

  /** Turns detection off or on for one document; returns the new state (true = on). */
  async toggle(document: vscode.TextDocument): Promise<boolean> {
    const key = document.uri.toString();
    const nowOn = this.switchedOff.has(key);
    if (nowOn) this.switchedOff.delete(key);
    else this.switchedOff.add(key);
    await this.memento?.update('switchedOff', [...this.switchedOff]);
    this.schedule(document, 0);
    return nowOn;
  }

  /** The last result, if it is for the document's current version. */
  current(document: vscode.TextDocument): ScanResult | undefined {
    const state = this.docs.get(document.uri.toString());
    const r = state?.document === document ? state.result : undefined;
    return r && r.version === document.version ? r : undefined;
  }

  /** The result for the current version, scanning now if the debounce is still pending. */
  async resultFor(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<ScanResult | undefined> {
    for (let attempt = 0; attempt < 3 && !token?.isCancellationRequested; attempt++) {
      const now = this.current(document);
      if (now) return now;
      if (!this.isReply(document)) return undefined;
      await this.scanNow(document);
    }
    return this.current(document);
  }

  schedule(document: vscode.TextDocument, delay?: number): void {
    if (!this.isReply(document)) {
      if (this.docs.has(document.uri.toString())) this.forget(document.uri);
      return;
    }
    const state = this.stateOf(document);
    if (state.timer) clearTimeout(state.timer);
    const wait = delay ?? this.settings.read(document.uri).debounceMs;
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.scanNow(document);
    }, wait);
  }

  rescanAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /** Scans the document's current version (joins a scan of that version already running). */
  scanNow(document: vscode.TextDocument): Promise<ScanResult | undefined> {
    const state = this.stateOf(document);
    if (state.timer) {
      clearTimeout(state.timer);
      state.timer = undefined;
    }
    if (state.running && state.runningVersion === document.version) return state.running;
    const version = document.version;
    const run = this.run(document, state, version).finally(() => {
      if (state.running === run) state.running = undefined;
    });
    state.running = run;
    state.runningVersion = version;
    return run;
  }

  private async run(document: vscode.TextDocument, state: DocState, version: number): Promise<ScanResult | undefined> {
    const s = this.settings.read(document.uri);
    const base = { uri: document.uri, document, version, findings: [], shown: [], capped: false, sizeKB: 0, at: new Date() };
    if (!s.enabled || this.isSwitchedOff(document.uri)) return this.publish(state, { ...base, state: 'off' });
    const text = document.getText();
    const sizeKB = text.length / 1024;
    if (sizeKB > s.maxFileSizeKB) return this.publish(state, { ...base, state: 'tooLarge', sizeKB });
    const options = this.settings.scanOptionsFor(document.uri);
    // The core reads an empty entity list as "all": switching every entity off means no scan.
    if (options.entities && options.entities.length === 0) return this.publish(state, { ...base, state: 'checked' });
    try {
      const { findings, stats } = await scanInChunks(text, options, state.cache, {
        yieldToEditor,
        isCancelled: () => document.isClosed || document.version !== version,
      });
      if (document.isClosed || document.version !== version) return undefined;
      const shown = findings.slice(0, s.maxFindingsPerDocument);
      return this.publish(state, { ...base, state: 'checked', findings, shown, capped: shown.length < findings.length, at: new Date(), stats });
    } catch (e) {
      if (e instanceof ScanCancelled) return undefined;
      throw e;
    }
  }

  private publish(state: DocState, result: ScanResult): ScanResult {
    const started = performance.now();
    const cpu = cpuMs();
    state.result = result;
    this.scanned.fire(result);
    const published = performance.now() - started;
    this.longestPublishCpuMs = Math.max(this.longestPublishCpuMs, cpuMs() - cpu);
    this.longestPublishMs = Math.max(this.longestPublishMs, published);
    this.longestTaskMs = Math.max(this.longestTaskMs, result.stats?.longestSliceMs ?? 0, published);
    return result;
  }

  private stateOf(document: vscode.TextDocument): DocState {
    const key = document.uri.toString();
    let state = this.docs.get(key);
    if (state && state.document !== document) {
      // A new document under the URI of one that is gone: nothing of the old one carries over.
      this.forget(document.uri);
      state = undefined;
    }
    if (!state) {
      state = { document, cache: newChunkCache() };
      this.docs.set(key, state);
    }
    return state;
  }

  private forget(uri: vscode.Uri): void {
    const state = this.docs.get(uri.toString());
    if (state?.timer) clearTimeout(state.timer);
    this.docs.delete(uri.toString());
    this.cleared.fire(uri);
  }

  dispose(): void {
    for (const s of this.docs.values()) if (s.timer) clearTimeout(s.timer);
    for (const d of this.disposables) d.dispose();
  }
}
