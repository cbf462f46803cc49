// Consent CSV, read line by line. Consent rows never span lines, so each physical line is a
// record: one stray quote then spoils one row, not the rest of the file (csv-parse's
// "quote not closed" swallows everything after it). Linear, no regex, same code for a whole
// string (editor, browser) and for chunks of a 1-million-row stream (src/cli/consent-file.ts).
import { CONSENT_COLUMNS, toConsentRecord, type ConsentColumn } from './records';
import type { ConsentRecord, RegistryError } from './types';

/** Splits one CSV line (RFC 4180 quoting, `""` escapes); undefined when a quote is left open. */
export function splitCsvLine(line: string, delimiter: string): string[] | undefined {
  const fields: string[] = [];
  let i = 0;
  const n = line.length;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q === -1) return undefined;
        value += line.slice(j, q);
        if (line[q + 1] === '"') {
          value += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // Tolerate spaces between the closing quote and the delimiter.
      while (i < n && (line[i] === ' ' || line[i] === '\t')) i++;
      fields.push(value);
      if (i >= n) return fields;
      if (line[i] !== delimiter) return undefined;
      i++;
    } else {
      const d = line.indexOf(delimiter, i);
      if (d === -1) {
        fields.push(line.slice(i));
        return fields;
      }
      fields.push(line.slice(i, d));
      i = d + 1;
    }
  }
}

const MAX_ERRORS_KEPT = 1000;

/** Feeds lines in order; collects records and line-numbered errors. */
export class ConsentCsvReader {
  private columns: (ConsentColumn | undefined)[] | undefined;
  private delimiter = ',';
  private fatal = false;
  /** Column index of each field, or -1. */
  private index: Record<ConsentColumn, number> | undefined;
  lineNo = 0;
  errorCount = 0;
  readonly errors: RegistryError[] = [];

  constructor(private readonly onRecord: (record: ConsentRecord) => void) {}

  private error(line: number, message: string): void {
    this.errorCount++;
    if (this.errors.length < MAX_ERRORS_KEPT) this.errors.push({ line, message });
  }

  /** One physical line, without its line break. */
  pushLine(raw: string): void {
    const line = ++this.lineNo;
    if (this.fatal) return;
    let text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim() === '' || text.startsWith('#')) return;
    if (!this.columns) {
      this.readHeader(text, line);
      return;
    }
    const fields = splitCsvLine(text, this.delimiter);
    if (!fields) {
      this.error(line, 'a quoted field is not closed on this line');
      return;
    }
    const ix = this.index!;
    const at = (c: ConsentColumn) => (ix[c] >= 0 ? fields[ix[c]] : undefined);
    const result = toConsentRecord(
      { customer_id: at('customer_id'), channel: at('channel'), purpose: at('purpose'), status: at('status'), updated_at: at('updated_at'), source: at('source') },
      line,
    );
    if ('message' in result) this.error(line, result.message);
    else this.onRecord(result);
  }

  private readHeader(text: string, line: number): void {
    // Spreadsheets in Spain and LatAm export with ';' when ',' is the decimal mark.
    this.delimiter = !text.includes(',') && text.includes(';') ? ';' : ',';
    const names = (splitCsvLine(text, this.delimiter) ?? []).map((h) => h.trim().toLowerCase());
    this.columns = names.map((h) => ((CONSENT_COLUMNS as readonly string[]).includes(h) ? (h as ConsentColumn) : undefined));
    this.index = Object.fromEntries(CONSENT_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<ConsentColumn, number>;
    const missing = CONSENT_COLUMNS.filter((c) => c !== 'source' && !names.includes(c));
    if (missing.length) {
      this.fatal = true;
      this.error(line, `header is missing ${missing.join(', ')} (expected ${CONSENT_COLUMNS.join(',')})`);
    }
  }
}

/** Parses a whole CSV text (the editor's and the browser's path; files are streamed in Node). */
export function parseConsentCsv(text: string, onRecord?: (record: ConsentRecord) => void): { records: ConsentRecord[]; errors: RegistryError[]; errorCount: number } {
  const records: ConsentRecord[] = [];
  const reader = new ConsentCsvReader(onRecord ?? ((r) => records.push(r)));
  let start = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
    reader.pushLine(text.slice(start, nl));
    start = nl + 1;
  }
  if (start < text.length) reader.pushLine(text.slice(start));
  if (!text.trim()) reader.errors.push({ line: 1, message: 'the file is empty' });
  return { records, errors: reader.errors, errorCount: Math.max(reader.errorCount, reader.errors.length) };
}
