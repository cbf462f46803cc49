// Reply metadata: the YAML front matter at the top of a reply (customer, channel, purpose...).
// Offsets stay UTF-16 offsets into the whole text, so rule findings land on the right field.
import { isMap, isScalar, parseDocument } from 'yaml';
import type { Lang } from './types';

export const CHANNELS = ['email', 'sms', 'whatsapp', 'chat', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];
export const PURPOSES = ['service', 'marketing'] as const;
export type Purpose = (typeof PURPOSES)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/** The front-matter keys a reply may carry; any other key is kept but ignored. */
export const REPLY_FIELDS = ['customer', 'channel', 'purpose', 'jurisdiction', 'locale', 'last_customer_message', 'send_at', 'subject', 'template'] as const;
export type ReplyField = (typeof REPLY_FIELDS)[number];

export interface ReplyMeta {
  customer?: string;
  channel?: Channel;
  purpose?: Purpose;
  /** ISO 3166 alpha-2, upper case (ES, PE, MX, CO...). */
  jurisdiction?: string;
  /** BCP 47 tag as written (`es-PE`). */
  locale?: string;
  /** ISO date-time as written; parsed by the rules that need it. */
  last_customer_message?: string;
  send_at?: string;
  subject?: string;
  /** Name of an approved (e.g. WhatsApp) template: the reply is not free-form. */
  template?: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface FrontMatterProblem extends Span {
  /** 1-based line of the problem in the whole text. */
  line: number;
  /** PII-free description (never echoes the value). */
  detail: string;
}

export interface ParsedReply {
  meta: ReplyMeta;
  /** The text after the front matter. */
  body: string;
  /** Offset of `body` in the whole text. */
  bodyOffset: number;
  /** The front matter block ("---" to "---"), when present. */
  frontMatter?: Span;
  /** Where each known field's value is, for findings that point at a field. */
  fields: Partial<Record<ReplyField, Span>>;
  problems: FrontMatterProblem[];
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
/** Closing fence: `---` or `...` alone on a line. */
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/gm;

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function problem(text: string, start: number, end: number, detail: string): FrontMatterProblem {
  return { start, end, line: lineOf(text, start), detail };
}

/** First non-empty line's span from `offset`, so a problem without a better place still shows. */
function lineSpan(text: string, offset: number): Span {
  const end = text.indexOf('\n', offset);
  const stop = end === -1 ? text.length : end;
  return { start: offset, end: stop > offset && text[stop - 1] === '\r' ? stop - 1 : stop };
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function isIsoDateTime(value: string): boolean {
  return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value.replace(' ', 'T')));
}

/** UI language from a locale tag (`es-PE` -> es), when it is one of ours. */
export function langOfLocale(locale: string | undefined): Lang | undefined {
  const l = locale?.slice(0, 2).toLowerCase();
  return l === 'es' || l === 'en' || l === 'pt' ? l : undefined;
}

/**
 * Splits a reply into front matter and body. Never throws: malformed front matter becomes
 * `problems` (reported by the rules as `reply/front-matter-invalid`) and the body is still checked.
 */
export function parseReply(text: string): ParsedReply {
  const open = OPEN.exec(text);
  if (!open) return { meta: {}, body: text, bodyOffset: 0, fields: {}, problems: [] };
  const yamlStart = open[0].length;
  CLOSE.lastIndex = yamlStart;
  const close = CLOSE.exec(text);
  if (!close) {
    const first = lineSpan(text, 0);
    return { meta: {}, body: text, bodyOffset: 0, fields: {}, problems: [problem(text, first.start, first.end, 'front matter opened with --- but never closed')] };
  }
  const yamlEnd = close.index;
  const nl = text.indexOf('\n', close.index);
  const bodyOffset = nl === -1 ? text.length : nl + 1;
  const frontMatter = { start: 0, end: close.index + close[0].length };
  const result: ParsedReply = { meta: {}, body: text.slice(bodyOffset), bodyOffset, frontMatter, fields: {}, problems: [] };
  const source = text.slice(yamlStart, yamlEnd);
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length && readSimpleHeader(result, text, yamlStart, source)) return result;
  if (doc.errors.length) {
    for (const err of doc.errors.slice(0, 3)) {
      // Errors at the very end belong to the last line of the header, not to the closing fence.
      const at = yamlStart + Math.min(err.pos[0], source.replace(/\s+$/, '').length);
      const span = lineSpan(text, text.lastIndexOf('\n', at - 1) + 1);
      result.problems.push(problem(text, span.start, Math.max(span.end, span.start), `YAML: ${err.code.toLowerCase().replace(/_/g, ' ')}`));
    }
    return result;
  }
  if (doc.contents === null) return result;
  if (!isMap(doc.contents)) {
    const span = lineSpan(text, yamlStart);
    result.problems.push(problem(text, span.start, span.end, 'front matter must be key: value pairs'));
    return result;
  }
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    if (!(REPLY_FIELDS as readonly string[]).includes(key)) continue;
    const field = key as ReplyField;
    const node = pair.value;
    const keyRange = pair.key.range;
    const span: Span = node && 'range' in node && node.range ? { start: yamlStart + node.range[0], end: yamlStart + node.range[1] } : { start: yamlStart + (keyRange?.[0] ?? 0), end: yamlStart + (keyRange?.[1] ?? 0) };
    result.fields[field] = span;
    const raw: unknown = isScalar(node) ? node.value : undefined;
    // Plain scalars keep what was written: `customer: 00123` is an id, not the number 123.
    const written = isScalar(node) && node.type === 'PLAIN' && raw !== null ? text.slice(span.start, span.end) : raw;
    const value = written === null || written === undefined || typeof written === 'object' ? undefined : String(written).trim();
    if (value === undefined || value === '') {
      result.problems.push(problem(text, span.start, Math.max(span.end, span.start), `${field}: needs a single value`));
      continue;
    }
    applyField(result, text, field, value, span);
  }
  return result;
}

const SIMPLE_LINE = /^([A-Za-z_][A-Za-z0-9_]{0,40})[ \t]*:[ \t]*(.*)$/;

/**
 * Agents write `subject: Publicidad: novedades`, which strict YAML refuses ("a: b: c"). When
 * every line is a plain `key: value`, read it that way instead of reporting an error.
 */
function readSimpleHeader(result: ParsedReply, text: string, yamlStart: number, source: string): boolean {
  const entries: { key: string; value: string; span: Span }[] = [];
  let offset = 0;
  for (const rawLine of source.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const lineStart = offset;
    offset += rawLine.length + 1;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = SIMPLE_LINE.exec(line);
    if (!m) return false;
    let value = m[2].trimEnd();
    const valueStart = yamlStart + lineStart + line.length - m[2].length;
    const q = value[0];
    if ((q === '"' || q === "'") && value.length >= 2 && value.endsWith(q)) value = value.slice(1, -1);
    entries.push({ key: m[1], value: value.trim(), span: { start: valueStart, end: valueStart + m[2].trimEnd().length } });
  }
  for (const e of entries) {
    if (!(REPLY_FIELDS as readonly string[]).includes(e.key)) continue;
    result.fields[e.key as ReplyField] = e.span;
    if (e.value === '') result.problems.push(problem(text, e.span.start, e.span.end, `${e.key}: needs a single value`));
    else applyField(result, text, e.key as ReplyField, e.value, e.span);
  }
  return true;
}

function applyField(result: ParsedReply, text: string, field: ReplyField, value: string, span: Span): void {
  const bad = (detail: string) => result.problems.push(problem(text, span.start, span.end, `${field}: ${detail}`));
  switch (field) {
    case 'channel': {
      const v = value.toLowerCase();
      if (isChannel(v)) result.meta.channel = v;
      else bad(`must be one of ${CHANNELS.join(', ')}`);
      return;
    }
    case 'purpose': {
      const v = value.toLowerCase();
      if (v === 'service' || v === 'marketing') result.meta.purpose = v;
      else bad('must be service or marketing');
      return;
    }
    case 'jurisdiction':
      if (/^[A-Za-z]{2}$/.test(value)) result.meta.jurisdiction = value.toUpperCase();
      else bad('must be a two-letter country code such as ES, PE, MX, US');
      return;
    case 'locale':
      if (/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3}$/.test(value)) result.meta.locale = value.replace('_', '-');
      else bad('must be a language tag such as es-PE or en');
      return;
    case 'last_customer_message':
    case 'send_at':
      if (isIsoDateTime(value)) result.meta[field] = value;
      else bad('must be an ISO date-time such as 2026-11-23T10:30:00-05:00');
      return;
    case 'customer':
    case 'subject':
    case 'template':
      result.meta[field] = value;
      return;
  }
}
