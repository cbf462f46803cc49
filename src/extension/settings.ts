// `replyGuard.*` settings -> core ScanOptions, plus a seam for other option providers
// (team packs add allow-list values, context words and custom patterns through it).
import * as vscode from 'vscode';
import { ENTITIES, isEntity } from '../core';
import type { Entity, Lang, RedactionOperator, ScanOptions } from '../core';
import { uiLang } from './l10n';
import { mergeContributions } from './scan-options';
import type { ScanOptionsContribution } from './scan-options';

export type { ScanOptionsContribution } from './scan-options';

export const SECTION = 'replyGuard';

export type DiagnosticSeveritySetting = 'error' | 'warning' | 'information' | 'hint';
export type AllowListTarget = 'ask' | 'workspace' | 'user';

export interface ReplyGuardSettings {
  enabled: boolean;
  /** Entities switched off are neither scanned nor reported. */
  entities: readonly Entity[];
  minScore: number | undefined;
  phoneRegions: readonly string[] | undefined;
  allowList: readonly string[];
  redaction: Partial<Record<Entity, RedactionOperator>>;
  languages: readonly string[];
  debounceMs: number;
  severity: Partial<Record<Entity, DiagnosticSeveritySetting>>;
  maxFindingsPerDocument: number;
  maxFileSizeKB: number;
  allowListTarget: AllowListTarget;
}

/** Defaults mirror package.json; they apply when a value there is missing or malformed. */
export const DEFAULTS = {
  languages: ['plaintext', 'markdown', 'reply'],
  debounceMs: 100,
  maxFindingsPerDocument: 200,
  maxFileSizeKB: 1024,
} as const;

const OPERATORS: readonly string[] = ['mask', 'label', 'remove'];
const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint'];

function pickEntityMap<T extends string>(raw: unknown, allowed: readonly string[]): Partial<Record<Entity, T>> {
  const out: Partial<Record<Entity, T>> = {};
  if (raw && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
      if (isEntity(k) && typeof v === 'string' && allowed.includes(v)) out[k] = v as T;
    }
  }
  return out;
}

function stringList(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

function clampNumber(raw: unknown, min: number, max: number, fallback: number): number {
  return typeof raw === 'number' && Number.isFinite(raw) ? Math.min(max, Math.max(min, raw)) : fallback;
}

/**
 * Allow-lists add up across user, workspace and folder settings (as cspell's words do): an
 * array setting would otherwise let the workspace's list hide the values a user ignored.
 * Workspace values count only in trusted workspaces (they could silence detection).
 */
function allowListOf(c: vscode.WorkspaceConfiguration): string[] {
  const i = c.inspect<unknown>('allowList');
  if (!i) return stringList(c.get('allowList'));
  const layers = [i.defaultValue, i.globalValue];
  if (vscode.workspace.isTrusted) layers.push(i.workspaceValue, i.workspaceFolderValue);
  return [...new Set(layers.flatMap(stringList))];
}

/** Reads the settings that apply to a document (resource-scoped ones follow its folder). */
export function readSettings(scope?: vscode.ConfigurationScope): ReplyGuardSettings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const entityFlags = c.get<Record<string, unknown>>('entities') ?? {};
  const regions = stringList(c.get('phoneRegions')).map((r) => r.toUpperCase());
  const minScore = c.get<number>('minScore');
  const target = c.get<string>('allowListTarget');
  return {
    enabled: c.get<boolean>('enabled') !== false,
    entities: ENTITIES.filter((e) => entityFlags[e] !== false),
    minScore: typeof minScore === 'number' ? clampNumber(minScore, 0, 1, 0.5) : undefined,
    phoneRegions: regions.length ? regions : undefined,
    allowList: allowListOf(c),
    redaction: pickEntityMap<RedactionOperator>(c.get('redaction'), OPERATORS),
    languages: c.get<unknown>('languages') === undefined ? DEFAULTS.languages : stringList(c.get('languages')),
    debounceMs: clampNumber(c.get('debounceMs'), 0, 5000, DEFAULTS.debounceMs),
    severity: pickEntityMap<DiagnosticSeveritySetting>(c.get('severity'), SEVERITIES),
    maxFindingsPerDocument: Math.round(clampNumber(c.get('maxFindingsPerDocument'), 1, 100000, DEFAULTS.maxFindingsPerDocument)),
    maxFileSizeKB: clampNumber(c.get('maxFileSizeKB'), 1, 1024 * 1024, DEFAULTS.maxFileSizeKB),
    allowListTarget: target === 'workspace' || target === 'user' ? target : 'ask',
  };
}

export interface ScanOptionsProvider {
  /** Stable id, for messages. */
  readonly id: string;
  contributionFor(uri: vscode.Uri | undefined): ScanOptionsContribution | undefined;
  /** Fires when contributions change, so open documents are rescanned. */
  readonly onDidChange?: vscode.Event<void>;
}

/** Settings for the adapter: read on demand, one change event for settings and providers. */
export class SettingsService implements vscode.Disposable {
  private readonly providers = new Set<ScanOptionsProvider>();
  /** Reading settings costs milliseconds and typing reads them per keystroke: cache per scope. */
  private readonly cache = new Map<string, ReplyGuardSettings>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fires when anything that changes findings or their presentation changes. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(SECTION)) return;
        this.cache.clear();
        this.changed.fire();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        this.cache.clear();
        this.changed.fire();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.cache.clear()),
    );
  }

  /** The seam for packs: `settings.registerProvider(packs)` in extension.ts. */
  registerProvider(provider: ScanOptionsProvider): vscode.Disposable {
    this.providers.add(provider);
    const sub = provider.onDidChange?.(() => this.changed.fire());
    this.changed.fire();
    return new vscode.Disposable(() => {
      sub?.dispose();
      this.providers.delete(provider);
      this.changed.fire();
    });
  }

  read(scope?: vscode.Uri): ReplyGuardSettings {
    const key = scope?.toString() ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      if (this.cache.size > 500) this.cache.clear(); // a workspace scan reads one per file
      settings = readSettings(scope);
      this.cache.set(key, settings);
    }
    return settings;
  }

  scanOptionsFor(uri: vscode.Uri | undefined, lang: Lang = uiLang()): ScanOptions {
    const s = this.read(uri);
    const base: ScanOptions = {
      uiLang: lang,
      entities: s.entities,
      minScore: s.minScore,
      allowList: s.allowList,
      phoneRegions: s.phoneRegions,
    };
    const contributions = [...this.providers].map((p) => p.contributionFor(uri)).filter((c): c is ScanOptionsContribution => !!c);
    return mergeContributions(base, contributions, vscode.workspace.isTrusted);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
