// SARIF 2.1.0 for GitHub code scanning and the SARIF viewer: rule metadata (names,
// descriptions, help from docs/entities.md and docs/rules.md), results with ruleIndex,
// repository-relative locations (%SRCROOT%) and partialFingerprints that are salted hashes of
// the finding's context with every value replaced by its entity: never the raw value.
// helpUri is left out: there is no public docs URL yet, and a relative path is not valid there.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SEVERITIES, ENTITIES, ENTITY_NAMES, lineStartsOf, positionAt, RULES, type Finding, type Severity } from '../core';
import type { ScannedUnit } from './format';

export interface SarifOptions {
  showValues: boolean;
  version: string;
  /** Salt of the fingerprints; stable per repository so alerts keep their identity across runs. */
  salt?: string;
  /** Root the artifact URIs are relative to (default: the current folder, the repo root in CI). */
  root?: string;
}

export const DEFAULT_FINGERPRINT_SALT = 'reply-guard/sarif/v1';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** `## ID` sections of a docs page, keyed by ID. */
export function docSections(markdown: string): Record<string, string> {
  const out: Record<string, string> = {};
  let id: string | undefined;
  let lines: string[] = [];
  const close = () => {
    if (id) out[id] = lines.join('\n').trim();
  };
  for (const line of markdown.split(/\r?\n/)) {
    const m = /^##\s+(\S+)\s*$/.exec(line);
    if (m || /^#{1,2}\s/.test(line)) {
      close();
      id = m?.[1];
      lines = [];
    } else if (id) lines.push(line);
  }
  close();
  return out;
}

function packageFile(...parts: string[]): string | undefined {
  let dir = typeof __dirname === 'string' ? __dirname : process.cwd();
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, ...parts);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}

let docsCache: Record<string, string> | undefined;
function docs(): Record<string, string> {
  if (docsCache) return docsCache;
  docsCache = {};
  for (const page of ['entities.md', 'rules.md']) {
    const file = packageFile('docs', page);
    if (file) Object.assign(docsCache, docSections(readFileSync(file, 'utf8')));
  }
  return docsCache;
}

const plain = (md: string) => md.replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]*)\*\*/g, '$1').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
const firstSentence = (md: string) => {
  const text = plain(md).replace(/\s+/g, ' ').trim();
  const end = text.search(/\.\s/);
  return end > 0 ? text.slice(0, end + 1) : text;
};
const pascal = (id: string) => id.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: { tags: string[]; precision: string; problem?: Record<string, unknown> };
}

/** Every entity and every policy rule, in a fixed order (so ruleIndex is stable). */
export function sarifRules(): SarifRule[] {
  const d = docs();
  const entities = ENTITIES.map((id): SarifRule => {
    const section = d[id] ?? `${ENTITY_NAMES[id].en} in a reply.`;
    return {
      id,
      name: pascal(id),
      shortDescription: { text: `Personal data: ${ENTITY_NAMES[id].en.toLowerCase()}` },
      fullDescription: { text: firstSentence(section) },
      help: { text: plain(section), markdown: `${section}\n\nRedact it before sending (Reply Guard: Redact All in the editor, or \`reply-guard redact\`).` },
      defaultConfiguration: { level: LEVEL[DEFAULT_SEVERITIES[id]] },
      properties: { tags: ['privacy', 'pii', 'personal-data'], precision: 'high' },
    };
  });
  const rules = RULES.map((r): SarifRule => {
    const section = d[r.meta.id] ?? r.meta.description.en;
    const sources = r.meta.sources.length ? `\n\nSources: ${r.meta.sources.join('; ')}.` : '';
    return {
      id: r.meta.id,
      name: pascal(r.meta.id),
      shortDescription: { text: r.meta.description.en },
      fullDescription: { text: plain(section).replace(/\s+/g, ' ').trim() },
      help: { text: plain(section) + plain(sources), markdown: section + sources },
      defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
      properties: { tags: ['privacy', 'policy', r.meta.id.split('/')[0]], precision: 'medium' },
    };
  });
  return [...entities, ...rules];
}

/** A repository-relative URI (forward slashes, percent-encoded) or an absolute file URI outside it. */
export function artifactLocation(path: string, root: string): { uri: string; uriBaseId?: string } {
  if (path === '<stdin>' || path === '-') return { uri: 'stdin' };
  const abs = isAbsolute(path) ? path : resolve(root, path);
  const rel = relative(root, abs);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  return { uri: pathToFileURL(abs).href };
}

/**
 * The finding's line with every finding on it replaced by its entity or rule id, salted and
 * hashed: stable while the text around stays the same, and no raw value goes in.
 */
export function contextHash(unit: ScannedUnit, f: Finding, where: string, salt: string, lineStarts: readonly number[]): string {
  const { line } = positionAt(lineStarts, f.start);
  const lineStart = lineStarts[line - 1];
  const lineEnd = line < lineStarts.length ? lineStarts[line] : unit.text.length;
  const onLine = unit.findings.filter((g) => g.kind === 'pii' && g.start < lineEnd && g.end > lineStart).sort((a, b) => a.start - b.start);
  let context = '';
  let at = lineStart;
  for (const g of onLine) {
    const s = Math.max(g.start, lineStart);
    if (s < at) continue;
    context += unit.text.slice(at, s) + `<${g.entity}>`;
    at = Math.min(g.end, lineEnd);
  }
  context += unit.text.slice(at, lineEnd);
  const id = f.kind === 'rule' ? f.rule : f.entity;
  return createHash('sha256').update(`${salt}\0${id}\0${where}\0${context.trim()}`).digest('hex');
}

export function formatSarif(units: readonly ScannedUnit[], options: SarifOptions): string {
  const rules = sarifRules();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const root = options.root ?? process.cwd();
  const salt = options.salt || DEFAULT_FINGERPRINT_SALT;
  const seen = new Map<string, number>();
  const results = units.flatMap((u) => {
    const starts = lineStartsOf(u.text);
    const file = u.path ?? u.source ?? u.id ?? 'stdin';
    const artifact = artifactLocation(file, root);
    const record = u.id !== undefined ? `${u.id}${u.field !== undefined ? `/${u.field}` : ''}` : undefined;
    return u.findings.map((f) => {
      const ruleId = (f.kind === 'rule' ? f.rule : f.entity) as string;
      let region: Record<string, number>;
      if (u.filePosition) {
        const s = u.filePosition(f.start);
        const e = u.filePosition(f.end);
        region = { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
      } else if (u.recordLine !== undefined) {
        region = { startLine: u.recordLine };
      } else {
        const s = positionAt(starts, f.start);
        const e = positionAt(starts, f.end);
        region = { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column, charOffset: f.start, charLength: f.end - f.start };
      }
      const hash = contextHash(u, f, `${artifact.uri}${record ? `#${record}` : ''}`, salt, starts);
      const n = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, n);
      const message = record ? `${f.message} (${u.field !== undefined ? `${u.field} of ` : ''}${u.id})` : f.message;
      return {
        ruleId,
        ruleIndex: index.get(ruleId) ?? -1,
        level: LEVEL[f.severity],
        message: { text: message + (options.showValues ? ` [${u.text.slice(f.start, f.end)}]` : '') },
        locations: [
          {
            physicalLocation: { artifactLocation: artifact, region },
            ...(record ? { logicalLocations: [{ fullyQualifiedName: record, kind: 'object' }] } : {}),
          },
        ],
        partialFingerprints: { primaryLocationLineHash: `${hash.slice(0, 32)}:${n}`, 'replyGuard/v1': hash },
        properties: { score: f.score, detector: f.detector, ...(f.subtype ? { subtype: f.subtype } : {}), ...(u.id !== undefined ? { recordId: u.id } : {}), ...(u.field !== undefined ? { field: u.field } : {}) },
      };
    });
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Reply Guard', semanticVersion: /^\d+\.\d+\.\d+/.test(options.version) ? options.version : undefined, version: options.version, rules } },
        columnKind: 'utf16CodeUnits',
        results: results.map((r) => (r.ruleIndex < 0 ? { ...r, ruleIndex: undefined } : r)),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
