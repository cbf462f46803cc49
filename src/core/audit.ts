// The audit trail's line format: what an agent did to a reply (redactions applied, snippets
// inserted, rules or values overridden), with the entity or rule, a masked form and a salted
// hash of the value; never the value itself. Pure: the editor adapter writes the lines
// (src/extension/audit.ts) and the compliance report reads them (src/core/report.ts).
import { maskValue, redact } from './redact';
import { scan } from './scan';
import { sha256Hex } from './sha256';
import { allowListKey } from './text';
import type { Entity, Finding } from './types';

export const AUDIT_ACTIONS = ['redaction', 'snippet', 'rule-fix', 'rule-disabled', 'value-ignored'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One line of the audit log. Keys in this order; absent ones are left out. */
export interface AuditEntry {
  /** ISO 8601 with offset. */
  time: string;
  /** Workspace-relative path (or the untitled document's name). */
  file: string;
  action: AuditAction;
  entity?: Entity;
  rule?: string;
  subtype?: string;
  /** `sha256:<hex>` of salt + entity + the normalised value: the same value gives the same hash on one installation. */
  hash?: string;
  /** The value as masking shows it (`**** **** **** 1111`, `j***@example.com`). */
  masked?: string;
  /** Fix id (`redact.mask`, `redact.all`...) or snippet id. */
  fix?: string;
  snippet?: string;
  /** `pack-id@version` of an inserted snippet. */
  pack?: string;
  /** The agent's reason for an override, with any personal data in it masked. */
  reason?: string;
}

const KEY_ORDER: (keyof AuditEntry)[] = ['time', 'file', 'action', 'entity', 'rule', 'subtype', 'hash', 'masked', 'fix', 'snippet', 'pack', 'reason'];

/** Salted hash of a value; separators and case do not matter (`4111 1111…` = `41111111…`). */
export function auditHash(salt: string, what: string, value: string): string {
  return `sha256:${sha256Hex(`${salt}\u0000${what}\u0000${allowListKey(value)}`)}`;
}

/** One JSON line (no newline inside: JSON.stringify escapes them). */
export function formatAuditLine(entry: AuditEntry): string {
  const ordered: Record<string, string> = {};
  for (const key of KEY_ORDER) {
    const v = entry[key];
    if (v !== undefined && v !== '') ordered[key] = v;
  }
  return JSON.stringify(ordered);
}

export interface AuditContext {
  time: string;
  file: string;
  salt: string;
}

/** Lines for PII findings about to be redacted in `text` (call before the edit, while the values are there). */
export function redactionEntries(text: string, findings: readonly Finding[], fix: string, ctx: AuditContext): AuditEntry[] {
  return findings
    .filter((f) => f.kind === 'pii' && f.entity)
    .map((f) => {
      const value = text.slice(f.start, f.end);
      return { time: ctx.time, file: ctx.file, action: 'redaction', entity: f.entity, subtype: f.subtype, hash: auditHash(ctx.salt, f.entity!, value), masked: maskValue(f.entity!, value), fix };
    });
}

/** The agent's free-text reason, with any personal data in it masked before it is logged. */
export function safeReason(reason: string): string {
  const trimmed = reason.trim().slice(0, 500);
  const findings = scan(trimmed, { lang: 'auto' });
  return findings.length ? redact(trimmed, findings, { operator: 'mask' }).text : trimmed;
}

export interface ParsedAuditLog {
  entries: AuditEntry[];
  /** 1-based lines that are not audit entries (a torn last line after a crash, edits by hand). */
  badLines: number[];
}

export function parseAuditLog(text: string): ParsedAuditLog {
  const entries: AuditEntry[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const e = JSON.parse(line) as Partial<AuditEntry>;
      if (typeof e.time === 'string' && typeof e.action === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(e.action) && typeof e.file === 'string') entries.push(e as AuditEntry);
      else badLines.push(i + 1);
    } catch {
      badLines.push(i + 1);
    }
  });
  return { entries, badLines };
}

export type { Entity };
