// Presenters for the command line: text, JSON, JSONL and SARIF. They only format findings;
// they never detect. Raw values appear only with --show-values.
import type { Finding, Severity } from '../core';
import { lineStartsOf, positionAt } from '../core';

export type OutputFormat = 'text' | 'json' | 'jsonl' | 'sarif';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'jsonl', 'sarif'];

/** One scanned unit: a file (path) or a record of an export (id, and field for macros and CSV). */
export interface ScannedUnit {
  path?: string;
  id?: string;
  /** The record's field (`comment_value_html`, `content`, a CSV column); absent for JSONL. */
  field?: string;
  /** The export file a record came from (`<stdin>` for standard input). */
  source?: string;
  /** 1-based line of the record (CSV, JSONL) or of the value (JSON) in `source`. */
  recordLine?: number;
  /** Line and column in `source` of text[i], when known exactly (JSON exports). */
  filePosition?: (offset: number) => { line: number; column: number };
  /** The unit's text (a record's field value as exported): finding offsets point into it. */
  text: string;
  findings: Finding[];
}

/** `{path}` for a file, `{id}` for a JSONL record, `{id, field}` for a macro or CSV field. */
export function unitKey(unit: ScannedUnit): { path: string } | { id: string; field?: string } {
  if (unit.id === undefined) return { path: unitName(unit) };
  return unit.field !== undefined ? { id: unit.id, field: unit.field } : { id: unit.id };
}

export function formatJson(units: readonly ScannedUnit[], showValues: boolean): string {
  return JSON.stringify(units.map((u) => ({ ...unitKey(u), findings: toJsonFindings(u, showValues) })), null, 2);
}

/** The contract's finding shape (DESIGN.md): entity|rule, subtype?, start, end, score, line, column, detector. */
export interface JsonFinding {
  entity?: string;
  rule?: string;
  subtype?: string;
  start: number;
  end: number;
  score: number;
  line: number;
  column: number;
  detector: string;
  severity: Severity;
  value?: string;
}

export function toJsonFindings(unit: ScannedUnit, showValues: boolean): JsonFinding[] {
  const starts = lineStartsOf(unit.text);
  return unit.findings.map((f) => {
    const { line, column } = positionAt(starts, f.start);
    const out: JsonFinding = {
      ...(f.kind === 'rule' ? { rule: f.rule } : { entity: f.entity }),
      ...(f.subtype ? { subtype: f.subtype } : {}),
      start: f.start,
      end: f.end,
      score: f.score,
      line,
      column,
      detector: f.detector,
      severity: f.severity,
    };
    if (showValues) out.value = unit.text.slice(f.start, f.end);
    return out;
  });
}

function unitName(unit: ScannedUnit): string {
  return unit.path ?? unit.id ?? '<stdin>';
}

/** Where a finding is for a reader: `file:line:col`, or `export[id/field]:line:col` inside the field. */
function textLocation(unit: ScannedUnit, starts: readonly number[], offset: number): string {
  if (unit.field === undefined || unit.id === undefined) {
    const { line, column } = positionAt(starts, offset);
    return `${unitName(unit)}:${line}:${column}`;
  }
  const where = `[${unit.id}/${unit.field}]`;
  if (unit.source && unit.filePosition) {
    const { line, column } = unit.filePosition(offset);
    return `${unit.source}:${line}:${column} ${where}`;
  }
  const { line, column } = positionAt(starts, offset);
  return `${unit.source ?? ''}${unit.recordLine ? `:${unit.recordLine}` : ''}${where}:${line}:${column}`;
}

/** `path:line:col  severity  ENTITY/SUBTYPE  message  [score, detector]` per finding. */
export function formatText(unit: ScannedUnit, showValues: boolean): string {
  const starts = lineStartsOf(unit.text);
  return unit.findings
    .map((f) => {
      const what = (f.kind === 'rule' ? f.rule : f.entity) + (f.subtype ? `/${f.subtype}` : '');
      const value = showValues ? `  «${unit.text.slice(f.start, f.end)}»` : '';
      return `${textLocation(unit, starts, f.start)}  ${f.severity.padEnd(7)}  ${what}  ${f.message}${value}  [${f.score.toFixed(2)}, ${f.detector}]`;
    })
    .join('\n');
}

export function formatJsonLine(unit: ScannedUnit, showValues: boolean): string {
  return JSON.stringify({ ...unitKey(unit), findings: toJsonFindings(unit, showValues) });
}

export { formatSarif } from './sarif';
