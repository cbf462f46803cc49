// The compliance report's numbers: findings per entity, per rule, per file or macro, and what
// agents did over time (from the audit log). Pure aggregation over located findings; the
// rows carry where and what, never the value.
import { AUDIT_ACTIONS, type AuditAction, type AuditEntry } from './audit';
import { lineStartsOf, positionAt } from './text';
import type { Finding, Severity } from './types';

export interface ReportRow {
  /** Path as the user knows it (workspace- or repository-relative). */
  file: string;
  /** A URI the editor can open (webview drill-down); absent in the CLI. */
  uri?: string;
  /** Macro, canned response or ticket id, and its field. */
  id?: string;
  field?: string;
  line: number;
  column: number;
  entity?: string;
  rule?: string;
  subtype?: string;
  severity: Severity;
}

export interface CountRow {
  key: string;
  count: number;
}

export interface UnitSummary {
  /** `file` or `file › id/field`. */
  name: string;
  file: string;
  id?: string;
  field?: string;
  count: number;
  bySeverity: Record<Severity, number>;
}

export interface ComplianceReport {
  generatedAt: string;
  totals: { findings: number; pii: number; rules: number; units: number; unitsWithFindings: number; bySeverity: Record<Severity, number> };
  byEntity: CountRow[];
  byRule: CountRow[];
  byUnit: UnitSummary[];
  rows: ReportRow[];
  audit: { days: string[]; series: Record<AuditAction, number[]>; totals: Record<AuditAction, number>; entries: number; badLines: number };
}

export interface ReportUnit {
  file: string;
  uri?: string;
  id?: string;
  field?: string;
  text: string;
  findings: readonly Finding[];
  /** Line/column of an offset in the file, when the text is a field inside it (JSON exports). */
  position?: (offset: number) => { line: number; column: number };
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info', 'hint'];
const zeroSeverities = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0, hint: 0 });

/** Located rows of a scanned unit (file, or record of an export). */
export function rowsOf(unit: ReportUnit): ReportRow[] {
  let starts: number[] | undefined;
  return unit.findings.map((f) => {
    const at = unit.position ? unit.position(f.start) : positionAt((starts ??= lineStartsOf(unit.text)), f.start);
    return {
      file: unit.file,
      ...(unit.uri ? { uri: unit.uri } : {}),
      ...(unit.id !== undefined ? { id: unit.id } : {}),
      ...(unit.field !== undefined ? { field: unit.field } : {}),
      line: at.line,
      column: at.column,
      ...(f.kind === 'rule' ? { rule: f.rule } : { entity: f.entity }),
      ...(f.subtype ? { subtype: f.subtype } : {}),
      severity: f.severity,
    };
  });
}

function counts(keys: readonly (string | undefined)[]): CountRow[] {
  const m = new Map<string, number>();
  for (const k of keys) if (k) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Calendar day of an ISO time as written (the agent's local day), e.g. 2026-11-20. */
function dayOf(time: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}/.exec(time)?.[0];
}

function auditSeries(entries: readonly AuditEntry[]): Pick<ComplianceReport['audit'], 'days' | 'series' | 'totals'> {
  const byDay = new Map<string, Record<AuditAction, number>>();
  const totals = Object.fromEntries(AUDIT_ACTIONS.map((a) => [a, 0])) as Record<AuditAction, number>;
  for (const e of entries) {
    const day = dayOf(e.time);
    if (!day) continue;
    let d = byDay.get(day);
    if (!d) byDay.set(day, (d = Object.fromEntries(AUDIT_ACTIONS.map((a) => [a, 0])) as Record<AuditAction, number>));
    d[e.action]++;
    totals[e.action]++;
  }
  const days = [...byDay.keys()].sort();
  // Days without activity stay visible as gaps (a quiet week is information too).
  const filled: string[] = [];
  if (days.length) {
    const last = Date.parse(`${days[days.length - 1]}T00:00:00Z`);
    for (let t = Date.parse(`${days[0]}T00:00:00Z`); t <= last && filled.length < 400; t += 86_400_000) filled.push(new Date(t).toISOString().slice(0, 10));
  }
  const series = Object.fromEntries(AUDIT_ACTIONS.map((a) => [a, filled.map((d) => byDay.get(d)?.[a] ?? 0)])) as Record<AuditAction, number[]>;
  return { days: filled, series, totals };
}

export function buildReport(rows: readonly ReportRow[], units: number, audit: { entries: readonly AuditEntry[]; badLines?: number }, generatedAt: string): ComplianceReport {
  const bySeverity = zeroSeverities();
  for (const r of rows) bySeverity[r.severity]++;
  const unitMap = new Map<string, UnitSummary>();
  for (const r of rows) {
    const key = `${r.file}\u0000${r.id ?? ''}\u0000${r.field ?? ''}`;
    let u = unitMap.get(key);
    if (!u) {
      u = { name: r.id !== undefined ? `${r.file} › ${r.id}${r.field ? `/${r.field}` : ''}` : r.file, file: r.file, id: r.id, field: r.field, count: 0, bySeverity: zeroSeverities() };
      unitMap.set(key, u);
    }
    u.count++;
    u.bySeverity[r.severity]++;
  }
  // Most findings first; among equals, the more severe.
  const byUnit = [...unitMap.values()].sort((a, b) => {
    if (a.count !== b.count) return b.count - a.count;
    for (const s of SEVERITY_ORDER) if (a.bySeverity[s] !== b.bySeverity[s]) return b.bySeverity[s] - a.bySeverity[s];
    return a.name.localeCompare(b.name);
  });
  const sortedRows = [...rows].sort((a, b) => a.file.localeCompare(b.file) || (a.id ?? '').localeCompare(b.id ?? '') || a.line - b.line || a.column - b.column);
  return {
    generatedAt,
    totals: { findings: rows.length, pii: rows.filter((r) => r.entity).length, rules: rows.filter((r) => r.rule).length, units, unitsWithFindings: unitMap.size, bySeverity },
    byEntity: counts(rows.map((r) => r.entity)),
    byRule: counts(rows.map((r) => r.rule)),
    byUnit,
    rows: sortedRows,
    audit: { ...auditSeries(audit.entries), entries: audit.entries.length, badLines: audit.badLines ?? 0 },
  };
}
