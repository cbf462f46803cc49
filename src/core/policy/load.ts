// Parsing and validating a pack file (YAML or JSON) into a Pack, with every problem located
// at file:line:column for the Problems panel and the CLI. Pure: the caller reads the file.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { isEntity } from '../types';
import { checkPattern } from '../safe-regex';
import { packValidator, type SchemaError } from './schema';
import type { ApprovalState, Pack, PackProblem } from './types';
import { bodyText, EDITOR_VARIABLES, isPackVariable, scanBody } from './variables';

/** Packs are small text files; anything larger is a mistake (or an attack on the editor). */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;

export interface ParsedPack {
  /** Set when the pack has no errors (it may have warnings). */
  pack?: Pack;
  problems: PackProblem[];
  approval?: ApprovalState;
}

export interface ParseOptions {
  /** Today, for approval expiry (default: now, local calendar day). */
  now?: Date;
}

type Path = readonly (string | number)[];

interface Located {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Finds the YAML node at a path; `key` asks for the key of the last segment rather than its value. */
function nodeAt(doc: Document, path: Path, key = false): YamlNode | undefined {
  let node: unknown = doc.contents;
  for (let k = 0; k < path.length; k++) {
    const seg = path[k];
    if (isSeq(node)) node = node.items[Number(seg)];
    else if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return node as YamlNode;
      node = key && k === path.length - 1 ? pair.key : pair.value ?? pair.key;
    } else break;
  }
  return node as YamlNode | undefined;
}

function locator(doc: Document, lines: LineCounter): (path: Path, key?: boolean) => Located {
  return (path, key = false) => {
    const node = nodeAt(doc, path, key);
    const [start, end] = node?.range ?? [0, 0];
    const a = lines.linePos(start);
    const b = lines.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
}

/** `snippets[3].purpose` from ['snippets', 3, 'purpose']. */
export function pathLabel(path: Path): string {
  return path.reduce<string>((s, seg) => (typeof seg === 'number' || /^\d+$/.test(String(seg)) ? `${s}[${seg}]` : s ? `${s}.${seg}` : String(seg)), '') || '(pack)';
}

function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

function didYouMean(value: string, options: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const o of options) {
    const d = levenshtein(value.toLowerCase(), o.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [o, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? ` (did you mean "${best}"?)` : '';
}

const FORMAT_HINTS: Record<string, string> = {
  version: 'a semantic version such as 1.2.0',
  id: 'lower-case letters, digits, ".", "_" or "-"',
  date: 'a date as YYYY-MM-DD',
  expires: 'a date as YYYY-MM-DD',
  locale: 'a language tag such as es, es-MX, en-US or pt-BR',
  locales: 'a language tag such as es, es-MX, en-US or pt-BR',
  jurisdiction: 'a country code such as ES, MX or US, EU, or a subdivision such as US-CA',
  jurisdictions: 'a country code such as ES, MX or US, EU, or a subdivision such as US-CA',
  url: 'an https:// address',
  flags: 'any of i, m, s and u, each once',
  subtype: 'upper-case letters, digits or "_"',
  from: 'a time as HH:MM',
  to: 'a time as HH:MM',
};

function short(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? '' : text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Turns ajv's errors into one readable problem per place, most specific first. */
function schemaProblems(errors: readonly SchemaError[], file: string, locate: ReturnType<typeof locator>, data: unknown): PackProblem[] {
  const out: PackProblem[] = [];
  const seen = new Set<string>();
  const paths = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if').map((e) => e.instancePath);
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    // oneOf (string or list of lines) adds nothing when a branch already said what is wrong.
    if (e.keyword === 'oneOf' && paths.some((p) => p === e.instancePath || p.startsWith(e.instancePath + '/'))) continue;
    let path = pointerToPath(e.instancePath);
    let onKey = false;
    let message: string;
    const where = pathLabel(path);
    const last = [...path].reverse().find((s) => typeof s === 'string') as string | undefined;
    switch (e.keyword) {
      case 'required':
        message = `${where}: missing required property "${(e.params as { missingProperty: string }).missingProperty}"`;
        break;
      case 'additionalProperties': {
        const extra = (e.params as { additionalProperty: string }).additionalProperty;
        const known = Object.keys((e.parentSchema as { properties?: Record<string, unknown> })?.properties ?? {});
        path = [...path, extra];
        onKey = true;
        message = `${pathLabel(path)}: unknown property${didYouMean(extra, known)}`;
        break;
      }
      case 'enum': {
        const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
        const value = valueAt(data, path);
        message = `${where}: "${short(value)}" is not one of ${allowed.join(', ')}${typeof value === 'string' ? didYouMean(value, allowed) : ''}`;
        break;
      }
      case 'pattern': {
        const hint = FORMAT_HINTS[last ?? ''] ?? `text matching ${(e.params as { pattern: string }).pattern}`;
        message = `${where}: "${short(valueAt(data, path))}" is not ${hint}`;
        break;
      }
      case 'propertyNames': {
        const name = (e.params as { propertyName: string }).propertyName;
        path = [...path, name];
        onKey = true;
        message = `${pathLabel(path)}: "${short(name)}" is not a valid key here`;
        break;
      }
      case 'oneOf':
        message = `${where}: must be text or a list of lines`;
        break;
      case 'type': {
        const type = (e.params as { type: string }).type;
        const quote = type === 'string' && typeof valueAt(data, path) !== 'object' ? ' (put the value in quotes)' : '';
        message = `${where}: must be ${type === 'integer' ? 'a whole number' : `a${/^[aeiou]/.test(type) ? 'n' : ''} ${type}`}${quote}`;
        break;
      }
      case 'uniqueItems':
        message = `${where}: items ${(e.params as { j: number }).j} and ${(e.params as { i: number }).i} are the same; each value once`;
        break;
      default:
        message = `${where}: ${e.message ?? 'is not valid'}`;
    }
    const key = `${e.instancePath}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // A propertyNames failure also reports the same key via its sub-keyword: keep one.
    if (e.keyword === 'pattern' && e.propertyName !== undefined) continue;
    out.push({ file, ...locate(path, onKey), severity: 'error', code: `schema/${e.keyword}`, message });
  }
  return out;
}

function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const seg of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[seg as string] : undefined;
  return v;
}

function localDay(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Approval state on a given day (YYYY-MM-DD strings compare as dates). */
export function approvalStateOf(pack: Pack, today: string): ApprovalState {
  if (pack.template || !pack.approval) return 'template';
  if (pack.approval.date > today) return 'not-yet-valid';
  if (pack.approval.expires < today) return 'expired';
  return 'approved';
}

/** A snippet locale is covered when the pack lists it or its language ("es" covers "es-MX"). */
function localeCovered(locale: string, locales: readonly string[]): boolean {
  return locales.includes(locale) || locales.includes(locale.split('-')[0]);
}

function jurisdictionCovered(j: string, list: readonly string[]): boolean {
  return list.includes(j) || list.includes(j.split('-')[0]);
}

type Problem = Omit<PackProblem, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'> & { path: Path; onKey?: boolean };

/** Checks the schema cannot express: uniqueness across items, coverage, regex safety, dates, variables. */
export function semanticProblems(pack: Pack, today: string): Problem[] {
  const out: Problem[] = [];
  const err = (path: Path, code: string, message: string) => out.push({ path, code, message, severity: 'error' });
  const warn = (path: Path, code: string, message: string) => out.push({ path, code, message, severity: 'warning' });

  if (pack.approval) {
    const { date, expires } = pack.approval;
    if (expires < date) err(['approval', 'expires'], 'approval/order', `approval.expires (${expires}) is before approval.date (${date})`);
    else if (!pack.template && expires < today) warn(['approval', 'expires'], 'approval/expired', `approval expired on ${expires}: ask ${pack.approval.approvedBy} to review this version`);
    else if (!pack.template && date > today) warn(['approval', 'date'], 'approval/not-yet-valid', `approval starts on ${date}`);
  }

  const firstIndex = new Map<string, number>();
  pack.snippets.forEach((s, i) => {
    const at = ['snippets', i];
    const previous = firstIndex.get(s.id);
    if (previous !== undefined) err([...at, 'id'], 'snippet/duplicate-id', `snippet id "${s.id}" is already used by snippets[${previous}]`);
    else firstIndex.set(s.id, i);
    if (!localeCovered(s.locale, pack.locales)) err([...at, 'locale'], 'snippet/locale', `locale "${s.locale}" is not among the pack's locales (${pack.locales.join(', ')})`);
    if (s.jurisdiction && pack.jurisdictions && !jurisdictionCovered(s.jurisdiction, pack.jurisdictions)) {
      err([...at, 'jurisdiction'], 'snippet/jurisdiction', `jurisdiction "${s.jurisdiction}" is not among the pack's jurisdictions (${pack.jurisdictions.join(', ')})`);
    }
    const body = bodyText(s.body);
    const scanned = scanBody(body);
    if (scanned.unclosedAt !== undefined) err([...at, 'body'], 'snippet/syntax', `body: "\${" at character ${scanned.unclosedAt + 1} is never closed with "}" (write \\$ for a literal dollar sign)`);
    for (const v of scanned.variables) {
      if (!isPackVariable(v.name) && !EDITOR_VARIABLES.has(v.name)) {
        warn([...at, 'body'], 'snippet/unknown-variable', `body: unknown variable \${${v.name}}; known: customerName, agentName, company, unsubscribeUrl, deadlineDate and VS Code's own`);
      }
      if (v.name === 'deadlineDate' && !/^data-rights-/.test(s.purpose)) {
        warn([...at, 'body'], 'snippet/deadline-purpose', 'body: ${deadlineDate} is computed only for data-rights-* purposes');
      }
    }
  });

  const patternIds = new Map<string, number>();
  (pack.detectors?.customPatterns ?? []).forEach((p, i) => {
    const at = ['detectors', 'customPatterns', i];
    const previous = patternIds.get(p.id);
    if (previous !== undefined) err([...at, 'id'], 'pattern/duplicate-id', `pattern id "${p.id}" is already used by customPatterns[${previous}]`);
    else patternIds.set(p.id, i);
    const verdict = checkPattern(p.pattern, p.flags ?? '');
    if (!verdict.safe) err([...at, 'pattern'], `pattern/${verdict.reason}`, `pattern refused: ${verdict.message}`);
  });

  for (const key of Object.keys(pack.rules?.severities ?? {})) {
    if (/^[A-Z]/.test(key) && !isEntity(key)) err(['rules', 'severities', key], 'rules/unknown-entity', `"${key}" is not an entity (CREDIT_CARD, IBAN_CODE, NATIONAL_ID...)`);
  }
  for (const [j, rules] of Object.entries(pack.rules?.jurisdictions ?? {})) {
    (rules.contactHours?.windows ?? []).forEach((w, i) => {
      if (w.to <= w.from) err(['rules', 'jurisdictions', j, 'contactHours', 'windows', i, 'to'], 'rules/contact-hours', `contact window ends (${w.to}) before it starts (${w.from})`);
    });
  }
  return out;
}

function order(a: PackProblem, b: PackProblem): number {
  return a.line - b.line || a.column - b.column;
}

/** Parses and validates pack text. `file` is only used to label problems. */
export function parsePack(text: string, file: string, options: ParseOptions = {}): ParsedPack {
  const today = localDay(options.now ?? new Date());
  const at1 = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  if (text.length > MAX_PACK_BYTES) {
    return { problems: [{ file, ...at1, severity: 'error', code: 'pack/too-large', message: `pack is larger than ${MAX_PACK_BYTES / 1048576} MB` }] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  const syntax: PackProblem[] = [...doc.errors, ...doc.warnings].map((e) => {
    const [a, b] = e.pos;
    const pa = lines.linePos(a);
    const pb = lines.linePos(Math.max(a, b));
    return { file, line: pa.line, column: pa.col, endLine: pb.line, endColumn: pb.col, severity: doc.errors.includes(e as never) ? 'error' : 'warning', code: `yaml/${e.code.toLowerCase()}`, message: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') };
  });
  if (syntax.some((p) => p.severity === 'error')) return { problems: syntax.sort(order) };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    return { problems: [...syntax, { file, ...at1, severity: 'error', code: 'yaml/aliases', message: (error as Error).message }] };
  }
  const locate = locator(doc, lines);
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [...syntax, { file, ...locate([]), severity: 'error', code: 'schema/type', message: 'a pack is a mapping (id, name, version, ...)' }] };
  }

  const validate = packValidator();
  if (!validate(data)) {
    return { problems: [...syntax, ...schemaProblems(validate.errors ?? [], file, locate, data)].sort(order) };
  }
  const pack = data as Pack;
  const semantic = semanticProblems(pack, today).map(({ path, onKey, ...p }) => ({ file, ...locate(path, onKey), ...p }));
  const problems = [...syntax, ...semantic].sort(order);
  const ok = !problems.some((p) => p.severity === 'error');
  return { pack: ok ? pack : undefined, problems, approval: ok ? approvalStateOf(pack, today) : undefined };
}

/** `file:line:col: severity: message [code]`, the format editors and CI understand. */
export function formatProblem(p: PackProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message} [${p.code}]`;
}
