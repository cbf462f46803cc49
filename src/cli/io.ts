// Reading inputs for the CLI: files, folders, stdin; refuses binary and oversized files
// with a message that names the file, and never stops the other inputs.
import { createReadStream, promises as fs } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export class InputError extends Error {}

/** Text-like files picked up when a folder is given. */
export const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.reply', '.eml', '.html', '.htm']);
/** Folders never walked into when a folder is scanned. */
export const SKIP_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

export function decodeText(buf: Uint8Array): string {
  let text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

export async function readTextFile(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch {
    throw new InputError(`${path}: cannot read (no such file or no permission)`);
  }
  if (stat.isDirectory()) throw new InputError(`${path}: is a folder`);
  if (stat.size > maxBytes) {
    throw new InputError(`${path}: ${(stat.size / 1048576).toFixed(1)} MB is over the ${(maxBytes / 1048576).toFixed(0)} MB limit; raise --max-size or split it into JSONL records (--input jsonl)`);
  }
  const buf = await fs.readFile(path);
  if (looksBinary(buf)) throw new InputError(`${path}: looks binary (contains NUL bytes); skipped`);
  return decodeText(buf);
}

export async function readStream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const buf = Buffer.concat(chunks);
  if (looksBinary(buf)) throw new InputError('<stdin>: looks binary (contains NUL bytes)');
  return decodeText(buf);
}

/** Lines of a file or stdin, streamed (a 1 GB export is never held whole). */
export function readLines(path: string | '-', stdin: Readable): AsyncIterable<string> {
  const input = path === '-' ? stdin : createReadStream(path, { encoding: 'utf8' });
  return createInterface({ input, crlfDelay: Infinity });
}

/** Allow-list file: one value per line; blank lines and `#` comments ignored. */
export async function readAllowList(path: string): Promise<string[]> {
  const text = await readTextFile(path);
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
