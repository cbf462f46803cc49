// Loads a consent registry file in Node, streamed: a 1-million-row CSV is read in 1 MB
// chunks, one line at a time, so memory holds the index (not the file) and the event loop
// gets a turn between chunks. JSON registries are read whole (they are the small ones).
import { createReadStream, promises as fs } from 'node:fs';
import { basename } from 'node:path';
import { ConsentCsvReader, ConsentRegistry } from '../core/consent';

export interface ConsentFileProgress {
  bytes: number;
  rows: number;
}

export interface LoadConsentOptions {
  /** Called after each chunk (for progress bars and the bench). */
  onProgress?: (p: ConsentFileProgress) => void;
  /** Largest JSON registry read whole (default 64 MB). */
  maxJsonBytes?: number;
}

const LINES_PER_TURN = 4000;
const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Reads a CSV or JSON consent registry. Throws only when the file cannot be read at all. */
export async function loadConsentFile(path: string, options: LoadConsentOptions = {}): Promise<ConsentRegistry> {
  const name = basename(path);
  if (/\.json$/i.test(path)) {
    const stat = await fs.stat(path);
    const max = options.maxJsonBytes ?? 64 * 1024 * 1024;
    if (stat.size > max) throw new Error(`${name}: ${(stat.size / 1048576).toFixed(0)} MB is too large for a JSON registry; use CSV, which is streamed`);
    return ConsentRegistry.fromJson(await fs.readFile(path, 'utf8'), name);
  }
  const registry = new ConsentRegistry(name);
  const reader = new ConsentCsvReader((r) => registry.add(r));
  let rest = '';
  let bytes = 0;
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<string>) {
    bytes += chunk.length;
    let start = 0;
    const text = rest ? rest + chunk : chunk;
    let lines = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      reader.pushLine(text.slice(start, nl));
      start = nl + 1;
      // Give the event loop a turn every few thousand rows: the editor stays responsive.
      if (++lines % LINES_PER_TURN === 0) await yieldTurn();
    }
    rest = text.slice(start);
    options.onProgress?.({ bytes, rows: registry.size });
  }
  if (rest) reader.pushLine(rest);
  if (reader.lineNo === 0) reader.errors.push({ line: 1, message: 'the file is empty' });
  registry.errors = reader.errors;
  registry.errorCount = Math.max(reader.errorCount, reader.errors.length);
  return registry;
}
