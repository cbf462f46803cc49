// Presenters for the command line: text, JSON, JSONL and SARIF. They only format findings;
// they never detect. Raw values appear only with --show-values.
import type { Finding, Severity } from '../core';
import { ENTITIES, lineStartsOf, positionAt } from '../core';

export type OutputFormat = 'text' | 'json' | 'jsonl' | 'sarif';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'jsonl', 'sarif'];

/** One scanned unit: a file (path) or a JSONL record (id). */
export interface ScannedUnit {
  path?: string;
  id?: string;
  text: string;
  findings: Finding[];
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

/** `path:line:col  severity  ENTITY/SUBTYPE  message  [score, detector]` per finding. */
export function formatText(unit: ScannedUnit, showValues: boolean): string {
  const starts = lineStartsOf(unit.text);
  return unit.findings
    .map((f) => {
      const { line, column } = positionAt(starts, f.start);
      const what = (f.kind === 'rule' ? f.rule : f.entity) + (f.subtype ? `/${f.subtype}` : '');
      const value = showValues ? `  «${unit.text.slice(f.start, f.end)}»` : '';
      return `${unitName(unit)}:${line}:${column}  ${f.severity.padEnd(7)}  ${what}  ${f.message}${value}  [${f.score.toFixed(2)}, ${f.detector}]`;
    })
    .join('\n');
}

export function formatJsonLine(unit: ScannedUnit, showValues: boolean): string {
  const key = unit.id !== undefined ? { id: unit.id } : { path: unitName(unit) };
  return JSON.stringify({ ...key, findings: toJsonFindings(unit, showValues) });
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0, columns in UTF-16 code units (the default columnKind of SARIF). */
export function formatSarif(units: readonly ScannedUnit[], showValues: boolean, version: string): string {
  const ruleIds = new Set<string>(ENTITIES);
  for (const u of units) for (const f of u.findings) if (f.rule) ruleIds.add(f.rule);
  const rules = [...ruleIds].map((id) => ({
    id,
    name: id.replace(/[^A-Za-z0-9]+/g, '_'),
    shortDescription: { text: (ENTITIES as readonly string[]).includes(id) ? `Personal data: ${id}` : `Policy rule: ${id}` },
  }));
  const results = units.flatMap((u) => {
    const starts = lineStartsOf(u.text);
    return u.findings.map((f) => {
      const s = positionAt(starts, f.start);
      const e = positionAt(starts, f.end);
      const ruleId = (f.kind === 'rule' ? f.rule : f.entity) as string;
      return {
        ruleId,
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message + (showValues ? ` (${u.text.slice(f.start, f.end)})` : '') },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(unitName(u).replace(/\\/g, '/')) },
              region: { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column, charOffset: f.start, charLength: f.end - f.start },
            },
          },
        ],
        properties: { score: f.score, detector: f.detector, ...(f.subtype ? { subtype: f.subtype } : {}) },
      };
    });
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'Reply Guard', version, rules } }, columnKind: 'utf16CodeUnits', results }],
  };
  return JSON.stringify(sarif, null, 2);
}
