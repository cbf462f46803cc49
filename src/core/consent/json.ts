// Consent records as JSON: an array of objects with the CSV's columns (snake_case or
// camelCase), or `{ "records": [...] }`. Errors are numbered by record.
import { toConsentRecord, type RawRecord } from './records';
import type { ConsentRecord, RegistryError } from './types';

const CAMEL: Record<string, keyof RawRecord> = { customerId: 'customer_id', updatedAt: 'updated_at' };

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function parseConsentJson(text: string): { records: ConsentRecord[]; errors: RegistryError[]; errorCount: number } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    // V8 says "... at position 123" (and newer versions "(line 4 column 2)").
    const m = /position (\d+)/.exec(String((err as Error).message));
    const line = m ? lineAt(text, Number(m[1])) : 1;
    return { records: [], errors: [{ line, message: 'not valid JSON' }], errorCount: 1 };
  }
  const list = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { records?: unknown }).records) ? (data as { records: unknown[] }).records : undefined;
  if (!list) return { records: [], errors: [{ line: 1, message: 'expected an array of consent records or {"records": [...]}' }], errorCount: 1 };
  const records: ConsentRecord[] = [];
  const errors: RegistryError[] = [];
  list.forEach((item, k) => {
    const n = k + 1;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      errors.push({ line: n, message: `record ${n}: expected an object` });
      return;
    }
    const raw: RawRecord = {};
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) raw[(CAMEL[key] ?? key) as keyof RawRecord] = value;
    const result = toConsentRecord(raw, n);
    if ('message' in result) errors.push({ line: n, message: `record ${n}: ${result.message}` });
    else records.push(result);
  });
  return { records, errors, errorCount: errors.length };
}
