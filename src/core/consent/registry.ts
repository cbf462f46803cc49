// The consent registry: records indexed by customer; a look-up answers granted, missing,
// revoked, expired or unknown for one customer, channel and purpose.
import type { ConsentLookup, ConsentQuery, ConsentRecord, ConsentVerdict, RegistryError } from './types';
import type { Channel } from '../reply';
import { ConsentCsvReader, parseConsentCsv } from './csv';
import { parseConsentJson } from './json';

const DAY_MS = 86_400_000;

function timeOf(record: ConsentRecord): number {
  const t = Date.parse(record.updatedAt.replace(' ', 'T'));
  return Number.isNaN(t) ? 0 : t;
}

/** Does a record speak for this purpose? `any` covers marketing and service alike. */
function covers(record: ConsentRecord, channel: Channel, purpose: string): boolean {
  return record.channel === channel && (record.purpose === purpose || record.purpose === 'any');
}

/** The record that decides: the latest; on the same date a revocation beats a grant. */
export function decidingRecord(records: readonly ConsentRecord[], channel: Channel, purpose: string): ConsentRecord | undefined {
  let best: ConsentRecord | undefined;
  let bestTime = -Infinity;
  for (const r of records) {
    if (!covers(r, channel, purpose)) continue;
    const t = timeOf(r);
    if (t > bestTime || (t === bestTime && r.status === 'revoked')) {
      best = r;
      bestTime = t;
    }
  }
  return best;
}

export function verdictFor(records: readonly ConsentRecord[], query: ConsentQuery, registry?: string): ConsentVerdict {
  const record = decidingRecord(records, query.channel, query.purpose);
  if (!record) return { state: 'missing', registry };
  if (record.status === 'revoked') return { state: 'revoked', record, registry };
  // Revocations take effect at once; grants are re-confirmed after maxAgeDays (team practice).
  const age = query.now.getTime() - timeOf(record);
  if (age > query.maxAgeDays * DAY_MS) return { state: 'expired', record, registry };
  return { state: 'granted', record, registry };
}

/** Interned strings by index (dates and sources repeat millions of times). */
class StringTable {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}

const CHANNEL_CODES = ['email', 'sms', 'whatsapp', 'chat', 'phone'] as const;
const PURPOSE_CODES = ['marketing', 'service', 'any'] as const;
const STATUS_CODES = ['granted', 'revoked'] as const;

function grow<T extends Uint8Array | Uint32Array | Int32Array | Float64Array>(a: T, size: number): T {
  if (size <= a.length) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2));
  next.set(a);
  return next;
}

/**
 * Records are stored in columns (typed arrays) and chained per customer, not as one object
 * each: a million rows then cost tens of MB instead of hundreds, and garbage collection
 * pauses stay short while the editor loads them.
 */
export class ConsentRegistry implements ConsentLookup {
  /** Customer id -> index of their latest-added record; older ones follow `previous`. */
  private readonly head = new Map<string, number>();
  private previous = new Int32Array(1024);
  private channel = new Uint8Array(1024);
  private purpose = new Uint8Array(1024);
  private status = new Uint8Array(1024);
  private date = new Uint32Array(1024);
  private source = new Uint32Array(1024);
  private lines = new Uint32Array(1024);
  private readonly strings = new StringTable();
  size = 0;
  /** Line-numbered problems found while loading; the good rows are still used. */
  errors: RegistryError[] = [];
  /** Total errors, when only the first ones are kept. */
  errorCount = 0;

  /** `name` says where the records came from (a file name, a URL host), for hovers. */
  constructor(readonly name: string) {}

  add(record: ConsentRecord): void {
    const i = this.size;
    const n = i + 1;
    this.previous = grow(this.previous, n);
    this.channel = grow(this.channel, n);
    this.purpose = grow(this.purpose, n);
    this.status = grow(this.status, n);
    this.date = grow(this.date, n);
    this.source = grow(this.source, n);
    this.lines = grow(this.lines, n);
    this.previous[i] = this.head.get(record.customerId) ?? -1;
    this.head.set(record.customerId, i);
    this.channel[i] = CHANNEL_CODES.indexOf(record.channel);
    this.purpose[i] = PURPOSE_CODES.indexOf(record.purpose);
    this.status[i] = STATUS_CODES.indexOf(record.status);
    this.date[i] = this.strings.id(record.updatedAt);
    this.source[i] = this.strings.id(record.source);
    this.lines[i] = record.line ?? 0;
    this.size = n;
  }

  addAll(records: Iterable<ConsentRecord>): this {
    for (const r of records) this.add(r);
    return this;
  }

  /** A customer's records, in the order they were added. */
  recordsOf(customer: string): ConsentRecord[] {
    const out: ConsentRecord[] = [];
    for (let i = this.head.get(customer) ?? -1; i !== -1; i = this.previous[i]) {
      out.push({
        customerId: customer,
        channel: CHANNEL_CODES[this.channel[i]],
        purpose: PURPOSE_CODES[this.purpose[i]],
        status: STATUS_CODES[this.status[i]],
        updatedAt: this.strings.values[this.date[i]],
        source: this.strings.values[this.source[i]],
        ...(this.lines[i] ? { line: this.lines[i] } : {}),
      });
    }
    return out.reverse();
  }

  get customerCount(): number {
    return this.head.size;
  }

  lookup(query: ConsentQuery): ConsentVerdict {
    return verdictFor(this.recordsOf(query.customer), query, this.name);
  }

  static fromCsv(text: string, name: string): ConsentRegistry {
    const reg = new ConsentRegistry(name);
    const { errors, errorCount } = parseConsentCsv(text, (r) => reg.add(r));
    reg.errors = errors;
    reg.errorCount = errorCount;
    return reg;
  }

  static fromJson(text: string, name: string): ConsentRegistry {
    const { records, errors, errorCount } = parseConsentJson(text);
    const reg = new ConsentRegistry(name).addAll(records);
    reg.errors = errors;
    reg.errorCount = errorCount;
    return reg;
  }

  /** Chooses CSV or JSON from the name, then from the first character. */
  static fromText(text: string, name: string): ConsentRegistry {
    const json = /\.json$/i.test(name) || (!/\.csv$/i.test(name) && /^\s*[[{]/.test(text));
    return json ? ConsentRegistry.fromJson(text, name) : ConsentRegistry.fromCsv(text, name);
  }
}

/**
 * Builds a registry from a whole text without blocking: `yieldTurn` is awaited every
 * `linesPerTurn` lines (the editor passes a setTimeout; the core stays free of timers).
 */
export async function loadConsentText(text: string, name: string, yieldTurn: () => Promise<void>, linesPerTurn = 4000): Promise<ConsentRegistry> {
  const json = /\.json$/i.test(name) || (!/\.csv$/i.test(name) && /^\s*[[{]/.test(text));
  if (json) return ConsentRegistry.fromJson(text, name);
  const reg = new ConsentRegistry(name);
  const reader = new ConsentCsvReader((r) => reg.add(r));
  let start = 0;
  let lines = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
    reader.pushLine(text.slice(start, nl));
    start = nl + 1;
    if (++lines % linesPerTurn === 0) await yieldTurn();
  }
  if (start < text.length) reader.pushLine(text.slice(start));
  if (!text.trim()) reader.errors.push({ line: 1, message: 'the file is empty' });
  reg.errors = reader.errors;
  reg.errorCount = Math.max(reader.errorCount, reader.errors.length);
  return reg;
}

/** A registry that cannot answer (offline endpoint, unreadable file): always `unknown`, never `granted`. */
export class UnavailableRegistry implements ConsentLookup {
  constructor(
    readonly name: string,
    readonly detail: string,
  ) {}
  lookup(): ConsentVerdict {
    return { state: 'unknown', registry: this.name, detail: this.detail };
  }
}
