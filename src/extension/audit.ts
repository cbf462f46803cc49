// The audit trail in the editor: an append-only JSONL log of redactions applied, snippets
// inserted and rules or values overridden (with the agent's reason). Off by default
// (replyGuard.audit.enabled), on when an active pack says `audit: {enabled: true}`. Each line
// is written with one append call, so a crash loses at most the line being written; the file
// rotates by size (replyGuard.audit.maxSizeKB). The line format is pure (src/core/audit.ts):
// entity or rule, masked form and a salted hash, never the raw value.
import * as vscode from 'vscode';
import { formatAuditLine, redactionEntries, safeReason, auditHash, type AuditEntry } from '../core/audit';
import { maskValue, type Entity, type Finding, type RedactionPass } from '../core';
import { packService } from './packs';

const SALT_KEY = 'replyGuard.audit.salt';
/** Rotated files kept: audit.jsonl.1 (newest) ... audit.jsonl.5. */
const KEEP_ROTATED = 5;
export const AUDIT_COMMAND = 'replyGuard.internal.audit';

type NodeFs = typeof import('node:fs/promises');

/** node:fs where there is Node (desktop, code-server); the browser build falls back to workspace.fs. */
function nodeFs(): NodeFs | undefined {
  try {
    const name = ['node', 'fs/promises'].join(':');
    // A computed name keeps esbuild from bundling it into the web build.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return typeof require === 'function' && typeof process !== 'undefined' && process.versions?.node ? (require(name) as NodeFs) : undefined;
  } catch {
    return undefined;
  }
}

function randomSalt(): string {
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class AuditTrail implements vscode.Disposable {
  private salt: string | undefined;
  private readonly ready: Promise<void>;
  /** Appends run one after another, so rotation never races a write. */
  private queue: Promise<void> = Promise.resolve();
  private readonly fs = nodeFs();

  constructor(private readonly context: vscode.ExtensionContext) {
    this.ready = this.loadSalt();
  }

  /** One salt per installation, in SecretStorage (globalState where secrets are unavailable). */
  private async loadSalt(): Promise<void> {
    try {
      this.salt = await this.context.secrets.get(SALT_KEY);
      if (!this.salt) {
        this.salt = randomSalt();
        await this.context.secrets.store(SALT_KEY, this.salt);
      }
    } catch {
      this.salt = this.context.globalState.get<string>(SALT_KEY);
      if (!this.salt) {
        this.salt = randomSalt();
        await this.context.globalState.update(SALT_KEY, this.salt);
      }
    }
  }

  /** The setting, or an active pack that asks for the audit trail. */
  enabled(): boolean {
    if (vscode.workspace.getConfiguration('replyGuard').get<boolean>('audit.enabled')) return true;
    return packService()?.activePacks().some((p) => p.pack.audit?.enabled === true) ?? false;
  }

  /** The salt, when loaded (it loads at activation, in milliseconds). */
  saltNow(): string | undefined {
    return this.salt;
  }

  async whenReady(): Promise<string> {
    await this.ready;
    return this.salt!;
  }

  logUri(): vscode.Uri {
    const configured = vscode.workspace.getConfiguration('replyGuard').get<string>('audit.path')?.trim();
    if (!configured) return vscode.Uri.joinPath(this.context.globalStorageUri, 'audit.jsonl');
    const home = typeof process !== 'undefined' ? (process.env?.HOME ?? process.env?.USERPROFILE) : undefined;
    const path = home && (configured === '~' || configured.startsWith('~/')) ? home + configured.slice(1) : configured;
    if (/^[a-zA-Z][\w+.-]*:\/\//.test(path)) return vscode.Uri.parse(path);
    if (path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path)) return vscode.Uri.file(path);
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, path) : vscode.Uri.joinPath(this.context.globalStorageUri, path);
  }

  private maxBytes(): number {
    return Math.max(1, vscode.workspace.getConfiguration('replyGuard').get<number>('audit.maxSizeKB') ?? 10240) * 1024;
  }

  /** Appends the entries (one append call each); resolves when they are on disk. */
  write(entries: readonly AuditEntry[]): Promise<void> {
    if (!entries.length) return this.queue;
    const lines = entries.map((e) => formatAuditLine(e) + '\n');
    this.queue = this.queue.then(() => this.append(lines)).catch((err: Error) => {
      void vscode.window.showWarningMessage(vscode.l10n.t('Reply Guard could not write the audit log: {0}', err.message));
    });
    return this.queue;
  }

  private async append(lines: string[]): Promise<void> {
    const uri = this.logUri();
    const fs = uri.scheme === 'file' ? this.fs : undefined;
    for (const line of lines) {
      if (fs) {
        const path = uri.fsPath;
        await fs.mkdir(path.replace(/[\\/][^\\/]*$/, ''), { recursive: true });
        const size = await fs.stat(path).then((s) => s.size, () => 0);
        if (size > 0 && size + line.length > this.maxBytes()) await this.rotateNode(fs, path);
        await fs.appendFile(path, line, { encoding: 'utf8' });
      } else {
        // No append on virtual file systems: read, add, write (the browser has no crash to survive).
        const old = await vscode.workspace.fs.readFile(uri).then((b) => b, () => new Uint8Array());
        const add = new TextEncoder().encode(line);
        if (old.length > 0 && old.length + add.length > this.maxBytes()) {
          await vscode.workspace.fs.rename(uri, uri.with({ path: uri.path + '.1' }), { overwrite: true });
          await vscode.workspace.fs.writeFile(uri, add);
        } else {
          const next = new Uint8Array(old.length + add.length);
          next.set(old);
          next.set(add, old.length);
          await vscode.workspace.fs.writeFile(uri, next);
        }
      }
    }
  }

  /** audit.jsonl -> audit.jsonl.1 -> ... -> .5 (the oldest is dropped). */
  private async rotateNode(fs: NodeFs, path: string): Promise<void> {
    await fs.rm(`${path}.${KEEP_ROTATED}`, { force: true });
    for (let i = KEEP_ROTATED - 1; i >= 1; i--) await fs.rename(`${path}.${i}`, `${path}.${i + 1}`).catch(() => undefined);
    await fs.rename(path, `${path}.1`);
  }

  dispose(): void {}
}

let trail: AuditTrail | undefined;

/** Call once from activate(). */
export function registerAudit(context: vscode.ExtensionContext): vscode.Disposable {
  trail = new AuditTrail(context);
  return vscode.Disposable.from(
    trail,
    // Runs after a quick fix's edit is applied (the code action carries the lines, prepared
    // while the values were still in the document).
    vscode.commands.registerCommand(AUDIT_COMMAND, (entries: AuditEntry[]) => trail?.write(entries)),
    // For tests: where the log is, and a way to wait for pending writes.
    vscode.commands.registerCommand('replyGuard.internal.auditLog', async () => {
      await trail?.write([]);
      return { path: trail?.logUri().toString(), enabled: trail?.enabled() ?? false };
    }),
  );
}

export function auditTrail(): AuditTrail | undefined {
  return trail?.enabled() ? trail : undefined;
}

function fileOf(document: vscode.TextDocument): string {
  return document.uri.scheme === 'untitled' ? document.uri.path : vscode.workspace.asRelativePath(document.uri, false);
}

function now(): string {
  const d = new Date();
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const local = new Date(d.getTime() + offset * 60000).toISOString().slice(0, 19);
  return `${local}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** Lines for redactions about to be applied; undefined when the audit is off or not ready. */
export function redactionAudit(document: vscode.TextDocument, findings: readonly Finding[], fix: string, passes?: readonly RedactionPass[]): AuditEntry[] | undefined {
  const t = auditTrail();
  const salt = t?.saltNow();
  if (!t || !salt) return undefined;
  const ctx = { time: now(), file: fileOf(document), salt };
  return (passes ?? [{ text: document.getText(), findings }]).flatMap((p) => redactionEntries(p.text, p.findings, fix, ctx));
}

/** The command a code action runs after its edit, to log it. */
export function redactionAuditCommand(document: vscode.TextDocument, findings: readonly Finding[], fix: string, passes?: readonly RedactionPass[]): vscode.Command | undefined {
  const entries = redactionAudit(document, findings, fix, passes);
  return entries?.length ? { command: AUDIT_COMMAND, title: '', arguments: [entries] } : undefined;
}

export async function auditWrite(entries: AuditEntry[] | undefined): Promise<void> {
  if (entries?.length) await trail?.write(entries);
}

export async function auditSnippet(document: vscode.TextDocument, snippet: { id: string; packId: string; packVersion?: string; purpose?: string }, action: 'snippet' | 'rule-fix' = 'snippet', rule?: string): Promise<void> {
  const t = auditTrail();
  if (!t) return;
  await t.whenReady();
  await t.write([{ time: now(), file: fileOf(document), action, rule, subtype: snippet.purpose, snippet: snippet.id, pack: snippet.packVersion ? `${snippet.packId}@${snippet.packVersion}` : snippet.packId }]);
}

export async function auditRuleFix(document: vscode.TextDocument, rule: string, fix: string): Promise<void> {
  const t = auditTrail();
  if (!t) return;
  await t.write([{ time: now(), file: fileOf(document), action: 'rule-fix', rule, fix }]);
}

/**
 * Asks why, when the audit trail is on: undefined means the agent cancelled (no override);
 * '' means the audit is off (no question asked). A reason given by the caller skips the box.
 */
export async function overrideReason(what: string, given?: string): Promise<string | undefined> {
  if (!auditTrail()) return '';
  if (typeof given === 'string' && given.trim()) return given;
  const reason = await vscode.window.showInputBox({
    title: vscode.l10n.t('Reply Guard audit: why {0}?', what),
    prompt: vscode.l10n.t('The reason goes to the audit log (personal data in it is masked).'),
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim().length >= 3 ? undefined : vscode.l10n.t('Give a short reason (3 characters or more).')),
  });
  return reason?.trim() ? reason : undefined;
}

export async function auditOverride(document: vscode.TextDocument | undefined, entry: { action: 'rule-disabled' | 'value-ignored'; rule?: string; entity?: Entity; subtype?: string; value?: string; reason: string }): Promise<void> {
  const t = auditTrail();
  if (!t) return;
  const salt = await t.whenReady();
  const { value, ...rest } = entry;
  await t.write([
    {
      time: now(),
      file: document ? fileOf(document) : '',
      ...rest,
      ...(value !== undefined && entry.entity ? { hash: auditHash(salt, entry.entity, value), masked: maskValue(entry.entity, value) } : {}),
      reason: safeReason(entry.reason),
    },
  ]);
}

/** Where the audit log is (whether or not the audit is on now): the report reads it. */
export function auditLogLocation(): vscode.Uri | undefined {
  return trail?.logUri();
}
