// Reading helpdesk exports for `scan` and `check`: Zendesk/Freshdesk JSON, CSV (streamed with
// csv-parse) and JSONL (streamed by line), plus plain files. Each yields records in file order
// and problems with a file and line; a bad row never stops the rest.
import { createReadStream, promises as fs } from 'node:fs';
import type { Readable } from 'node:stream';
import { parse as parseCsv, type CsvError } from 'csv-parse';
import { guessInputKind, jsonExportKind, parseHelpdeskJson, parseJsonLocated, type InputKind, type InputRecord } from '../core/inputs';
import { decodeText, InputError, looksBinary, readLines, readStream, readTextFile } from './io';

export interface InputOptions {
  /** Given with --input; undefined: guessed per file (extension, then content). */
  kind?: InputKind;
  /** CSV: the text columns (default: the first of text, body, comment, description, content). */
  textColumns?: string[];
  /** CSV: the id column (default: id, ticket_id, macro_id... else the row number). */
  idColumn?: string;
  maxBytes: number;
}

export type InputItem =
  | { type: 'file'; path: string; text: string; bytes: number }
  | { type: 'record'; source: string; kind: InputKind; record: InputRecord; bytes: number }
  | { type: 'problem'; source: string; line?: number; message: string; jsonlError?: string };

export const CSV_TEXT_COLUMNS = ['text', 'body', 'comment', 'description', 'content'];
const CSV_ID_COLUMNS = ['id', 'ticket_id', 'ticket id', 'macro_id', 'response_id'];
const META_COLUMNS = ['channel', 'customer', 'jurisdiction'] as const;

const displayName = (path: string) => (path === '-' ? '<stdin>' : path);

/** What a path holds: --input, else its extension, else (for .json) its shape. */
async function kindOf(path: string, opts: InputOptions): Promise<InputKind> {
  if (opts.kind) return opts.kind;
  if (path === '-') return 'text';
  let head = '';
  if (/\.json$/i.test(path)) {
    const handle = await fs.open(path, 'r').catch(() => undefined);
    if (handle) {
      const buf = Buffer.alloc(4096);
      const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
      await handle.close();
      head = buf.subarray(0, bytesRead).toString('utf8');
    }
  }
  return guessInputKind(path, head) ?? 'text';
}

/** Every input item of every path, in order. */
export async function* readInputs(paths: readonly string[], opts: InputOptions, stdin: Readable): AsyncGenerator<InputItem> {
  for (const path of paths) {
    const kind = await kindOf(path, opts);
    try {
      if (kind === 'jsonl') yield* jsonlItems(path, stdin);
      else if (kind === 'csv') yield* csvItems(path, opts, stdin);
      else if (kind === 'zendesk' || kind === 'freshdesk') yield* helpdeskItems(path, kind, opts, stdin);
      else yield* textItems(path, opts, stdin);
    } catch (err) {
      if (err instanceof InputError) yield { type: 'problem', source: displayName(path), message: err.message };
      else if ((err as NodeJS.ErrnoException).code) yield { type: 'problem', source: displayName(path), message: `${displayName(path)}: cannot read (${(err as NodeJS.ErrnoException).code})` };
      else throw err;
    }
  }
}

async function* textItems(path: string, opts: InputOptions, stdin: Readable): AsyncGenerator<InputItem> {
  const text = path === '-' ? await readStream(stdin) : await readTextFile(path, opts.maxBytes);
  // A .json file given by name that is a helpdesk export after all (its first key was not "macros").
  if (/\.json$/i.test(path) && !opts.kind) {
    let shape: 'zendesk' | 'freshdesk' | undefined;
    try {
      shape = jsonExportKind(parseJsonLocated(text).value);
    } catch {
      shape = undefined;
    }
    if (shape) {
      yield* helpdeskRecords(path, shape, text);
      return;
    }
  }
  yield { type: 'file', path: displayName(path), text, bytes: text.length };
}

async function* helpdeskItems(path: string, kind: 'zendesk' | 'freshdesk', opts: InputOptions, stdin: Readable): AsyncGenerator<InputItem> {
  const text = path === '-' ? await readStream(stdin) : await readTextFile(path, opts.maxBytes);
  yield* helpdeskRecords(path, kind, text);
}

function* helpdeskRecords(path: string, kind: 'zendesk' | 'freshdesk', text: string): Generator<InputItem> {
  const parsed = parseHelpdeskJson(text, kind);
  const source = displayName(path);
  for (const p of parsed.problems) yield { type: 'problem', source, line: p.line, message: `${source}${p.line ? `:${p.line}` : ''}: ${p.message}` };
  for (const record of parsed.records) yield { type: 'record', source, kind, record, bytes: record.value.length };
}

async function* jsonlItems(path: string, stdin: Readable): AsyncGenerator<InputItem> {
  const source = displayName(path);
  let lineNo = 0;
  for await (const line of readLines(path, stdin)) {
    lineNo++;
    if (!line.trim()) continue;
    let record: { id?: unknown; text?: unknown; channel?: unknown; customer?: unknown; jurisdiction?: unknown };
    try {
      record = JSON.parse(line);
    } catch {
      yield { type: 'problem', source, line: lineNo, message: `${source}:${lineNo}: not valid JSON; line skipped`, jsonlError: 'invalid JSON' };
      continue;
    }
    if (typeof record !== 'object' || record === null || typeof record.text !== 'string') {
      yield { type: 'problem', source, line: lineNo, message: `${source}:${lineNo}: expected an object with a string "text"; line skipped`, jsonlError: 'missing text' };
      continue;
    }
    yield {
      type: 'record',
      source,
      kind: 'jsonl',
      record: { id: record.id === undefined ? String(lineNo) : String(record.id), value: record.text, body: true, line: lineNo, meta: metaOf(record) },
      bytes: line.length + 1,
    };
  }
}

function metaOf(r: Record<string, unknown>): InputRecord['meta'] {
  const meta: NonNullable<InputRecord['meta']> = {};
  for (const key of META_COLUMNS) if (typeof r[key] === 'string' && r[key]) meta[key] = r[key] as string;
  return Object.keys(meta).length ? meta : undefined;
}

/** Comma, semicolon (Spanish-locale spreadsheets) or tab, whichever the header line has most of. */
export function sniffDelimiter(headerLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, headerLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

const CSV_PROBLEMS: Partial<Record<string, string>> = {
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'wrong number of fields',
  CSV_RECORD_INCONSISTENT_COLUMNS: 'wrong number of fields',
  CSV_INVALID_CLOSING_QUOTE: 'text after a closing quote',
  CSV_QUOTE_NOT_CLOSED: 'a quote is never closed (the rest of the file is in this field)',
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted field',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text after a closing quote',
  CSV_MAX_RECORD_SIZE: 'row over the size limit',
};

async function* csvItems(path: string, opts: InputOptions, stdin: Readable): AsyncGenerator<InputItem> {
  const source = displayName(path);
  const input: Readable = path === '-' ? stdin : createReadStream(path);
  // The header line decides the delimiter; peek at the first chunk without losing it.
  const iterator = input[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const firstChunk: Buffer = typeof first.value === 'string' ? Buffer.from(first.value) : first.value;
  if (looksBinary(firstChunk)) throw new InputError(`${source}: looks binary (contains NUL bytes); skipped`);
  const headerLine = decodeText(firstChunk.subarray(0, Math.min(firstChunk.length, 65536))).split(/\r?\n/, 1)[0];
  const delimiter = /\.tsv$/i.test(path) ? '\t' : sniffDelimiter(headerLine);

  // Records and skipped rows are numbered in parse order (the callbacks run synchronously as
  // the parser reads), so each problem is yielded in its place between the records.
  const problems: { before: number; item: InputItem }[] = [];
  let lastLine = 1; // the header
  let parsed = 0;
  let lastProblemLine = 0;
  const parser = parseCsv({
    delimiter,
    bom: true,
    columns: (header: string[]) => header.map((h) => h.trim()),
    relax_quotes: false,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: 16 * 1024 * 1024,
    on_record: (record: Record<string, string>, context: { lines: number }) => {
      const line = lastLine + 1;
      lastLine = context.lines;
      parsed++;
      return { record, line };
    },
    // Never the raw row (it holds the personal data): the line and a plain reason only.
    on_skip: (err: CsvError | undefined) => {
      const line = typeof err?.lines === 'number' ? err.lines : lastLine + 1;
      lastLine = Math.max(lastLine, line);
      if (line === lastProblemLine) return undefined; // one message per broken row
      lastProblemLine = line;
      problems.push({ before: parsed, item: { type: 'problem', source, line, message: `${source}:${line}: ${CSV_PROBLEMS[err?.code ?? ''] ?? 'malformed row'}; row skipped` } });
      return undefined;
    },
  });
  void (async () => {
    try {
      parser.write(firstChunk);
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        if (!parser.write(next.value)) await new Promise((resolve) => parser.once('drain', resolve));
      }
      parser.end();
    } catch (err) {
      parser.destroy(err as Error);
    }
  })();

  let columns: { text: string[]; id?: string } | undefined;
  let row = 0;
  const pending: InputItem[] = [];
  for await (const { record, line } of parser as AsyncIterable<{ record: Record<string, string>; line: number }>) {
    while (problems.length && problems[0].before <= row) yield problems.shift()!.item;
    row++;
    columns ??= pickColumns(Object.keys(record), opts, source);
    const id = (columns.id && record[columns.id]?.trim()) || `row ${row}`;
    const meta = metaOf(record);
    columns.text.forEach((column, k) => {
      const value = record[column] ?? '';
      if (!value.trim()) return;
      // Only the first text column carries the reply's metadata and rules; others get PII checks.
      pending.push({ type: 'record', source, kind: 'csv', record: { id, field: column, value, body: k === 0, line, meta }, bytes: value.length });
    });
    while (pending.length) yield pending.shift()!;
  }
  while (problems.length) yield problems.shift()!.item;
}

function pickColumns(header: string[], opts: InputOptions, source: string): { text: string[]; id?: string } {
  const find = (name: string) => header.find((h) => h.toLowerCase() === name.toLowerCase());
  let text: string[];
  if (opts.textColumns?.length) {
    const missing = opts.textColumns.filter((c) => !find(c));
    if (missing.length) throw new InputError(`${source}: no column ${missing.map((m) => `"${m}"`).join(', ')}; the columns are ${header.join(', ')}`);
    text = opts.textColumns.map((c) => find(c)!);
  } else {
    const auto = CSV_TEXT_COLUMNS.map(find).find((c) => c !== undefined);
    if (!auto) throw new InputError(`${source}: no text column (looked for ${CSV_TEXT_COLUMNS.join(', ')}); name it with --text-column; the columns are ${header.join(', ')}`);
    text = [auto];
  }
  let id: string | undefined;
  if (opts.idColumn) {
    id = find(opts.idColumn);
    if (!id) throw new InputError(`${source}: no column "${opts.idColumn}" for --id-column; the columns are ${header.join(', ')}`);
  } else id = CSV_ID_COLUMNS.map(find).find((c) => c !== undefined);
  return { text, id };
}
