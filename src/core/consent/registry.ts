// The consent registry: records indexed by customer; a look-up answers granted, missing,
// revoked, expired or unknown for one customer, channel and purpose.
import type { ConsentLookup, ConsentQuery, ConsentRecord, ConsentVerdict, RegistryError } from './types';
import type { Channel } from '../reply';
import { parseConsentCsv } from './csv';
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

export class ConsentRegistry implements ConsentLookup {
  private readonly byCustomer = new Map<string, ConsentRecord[]>();
  size = 0;
  /** Line-numbered problems found while loading; the good rows are still used. */
  errors: RegistryError[] = [];
  /** Total errors, when only the first ones are kept. */
  errorCount = 0;

  /** `name` says where the records came from (a file name, a URL host), for hovers. */
  constructor(readonly name: string) {}

  add(record: ConsentRecord): void {
    const list = this.byCustomer.get(record.customerId);
    if (list) list.push(record);
    else this.byCustomer.set(record.customerId, [record]);
    this.size++;
  }

  addAll(records: Iterable<ConsentRecord>): this {
    for (const r of records) this.add(r);
    return this;
  }

  recordsOf(customer: string): readonly ConsentRecord[] {
    return this.byCustomer.get(customer) ?? [];
  }

  get customerCount(): number {
    return this.byCustomer.size;
  }

  lookup(query: ConsentQuery): ConsentVerdict {
    return verdictFor(this.recordsOf(query.customer), query, this.name);
  }

  static fromCsv(text: string, name: string): ConsentRegistry {
    const { records, errors, errorCount } = parseConsentCsv(text);
    const reg = new ConsentRegistry(name).addAll(records);
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
