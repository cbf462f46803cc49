// Incremental scanning for large documents, with no `vscode` import so it is unit-tested in
// plain Node. The document is cut into paragraph chunks; each chunk is scanned with a margin
// of its neighbours' text (context words and values that cross the cut), and its findings are
// cached by the exact window text, so a keystroke rescans one chunk instead of the document.
import { guessLang, mergeOverlaps, scan } from '../core';
import type { Finding, Fix, ScanOptions } from '../core';

/** Chunks stay small so one chunk's scan is a few milliseconds, never a long task. */
export const MAX_CHUNK = 2048;
/** Context words are looked up 64 chars before a value; detectors also look behind it. */
export const MARGIN_BEFORE = 128;
/** Room for a value that starts near the cut (an email can be 318 chars) plus its context. */
export const MARGIN_AFTER = 352;

export interface Chunk {
  start: number;
  end: number;
}

/** One blank line in ANCHOR_EVERY ends a chunk; which ones depends only on nearby text. */
const ANCHOR_EVERY = 4;

/** FNV-1a of the line that follows a blank line (up to 64 chars). */
function lineHash(text: string, from: number): number {
  let h = 0x811c9dc5;
  for (let i = from, n = Math.min(text.length, from + 64); i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Cuts the text into chunks of at most maxChunk. Cuts are content-defined: a blank line ends
 * a chunk when the line after it hashes to an anchor, so inserting text moves only the cuts
 * near the edit and every other chunk keeps its cache entry. Stretches with no anchor are cut
 * after a blank line, a newline or a space before maxChunk, so no cut lands inside a value.
 */
export function splitIntoChunks(text: string, maxChunk = MAX_CHUNK): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  const cutBefore = (limit: number) => {
    while (limit - start > maxChunk) {
      const end = cutPoint(text, start, start + maxChunk);
      chunks.push({ start, end });
      start = end;
    }
  };
  const blank = /\n\r?\n/g;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    const after = m.index + m[0].length;
    cutBefore(after);
    if (after > start && lineHash(text, after) % ANCHOR_EVERY === 0) {
      chunks.push({ start, end: after });
      start = after;
    }
    blank.lastIndex = after - 1; // consecutive blank lines: "\n\n\n" has two
  }
  cutBefore(text.length);
  if (start < text.length) chunks.push({ start, end: text.length });
  return chunks;
}

/** The best end for a chunk in (start, limit]: after a blank line, else a newline, else a space. */
function cutPoint(text: string, start: number, limit: number): number {
  const blank = text.lastIndexOf('\n\n', limit - 2);
  if (blank >= start) return blank + 2;
  const newline = text.lastIndexOf('\n', limit - 1);
  if (newline >= start) return newline + 1;
  const space = text.lastIndexOf(' ', limit - 1);
  if (space > start) return space + 1;
  // One huge token: cut anywhere, but never between the halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** Findings of one window, with offsets relative to the window start. */
type WindowFindings = readonly Finding[];

export interface ChunkCache {
  /** Scan options and language the cached findings were computed with. */
  key: string;
  windows: Map<string, WindowFindings>;
}

export function newChunkCache(): ChunkCache {
  return { key: '', windows: new Map() };
}

export interface ChunkedScanStats {
  chunks: number;
  /** Chunks actually scanned (the rest came from the cache). */
  scanned: number;
  /** Longest uninterrupted stretch of work, in ms: what the editor would feel. */
  longestSliceMs: number;
  totalMs: number;
}

export interface ChunkedScanControl {
  /** Called between chunks when the current slice has used its budget; resolves to continue. */
  yieldToEditor?: () => Promise<void>;
  /** Checked after every yield; true stops the scan (the text changed). */
  isCancelled?: () => boolean;
  /** Work per slice before yielding, in ms. */
  sliceBudgetMs?: number;
  /** Chunk size (tests use small ones to force many cuts). */
  maxChunk?: number;
  now?: () => number;
}

export class ScanCancelled extends Error {
  constructor() {
    super('scan cancelled');
  }
}

/**
 * The finding moved by `by` chars. Its fixes are shifted when first read: the editor reads
 * those of the few findings under the cursor, and a large document has thousands (building
 * them all made a chunked scan pay for every redaction it would never offer).
 */
function shift(f: Finding, by: number): Finding {
  if (by === 0) return f;
  let fixes: Fix[] | undefined;
  const moved = { ...f, start: f.start + by, end: f.end + by };
  return Object.defineProperty(moved, 'fixes', {
    enumerable: true,
    configurable: true,
    get: () => (fixes ??= f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) }))),
    set: (value: Fix[]) => (fixes = value),
  });
}

/** The options that change findings, as a cache key (severity is applied by the presenter). */
export function optionsKey(options: ScanOptions): string {
  return JSON.stringify([options.lang, options.uiLang, options.entities, options.minScore, options.allowList, options.phoneRegions, options.extraContext, options.customPatterns]);
}

/**
 * Scans text chunk by chunk, reusing cached chunks, yielding to the editor between slices.
 * Returns the same findings a whole-text scan with the same resolved language would, in order.
 */
export async function scanInChunks(
  text: string,
  options: ScanOptions,
  cache: ChunkCache,
  control: ChunkedScanControl = {},
): Promise<{ findings: Finding[]; stats: ChunkedScanStats }> {
  const now = control.now ?? (() => performance.now());
  const budget = control.sliceBudgetMs ?? 12;
  const started = now();
  // One language for the whole reply, as a whole-text scan would guess it.
  const resolved: ScanOptions = { ...options, lang: !options.lang || options.lang === 'auto' ? guessLang(text) : options.lang };
  const key = optionsKey(resolved);
  const previous = cache.key === key ? cache.windows : new Map<string, WindowFindings>();
  const next = new Map<string, WindowFindings>();
  const stats: ChunkedScanStats = { chunks: 0, scanned: 0, longestSliceMs: 0, totalMs: 0 };
  const owned: Finding[] = [];
  let sliceStart = now();

  for (const chunk of splitIntoChunks(text, control.maxChunk)) {
    stats.chunks++;
    const from = Math.max(0, chunk.start - MARGIN_BEFORE);
    const to = Math.min(text.length, chunk.end + MARGIN_AFTER);
    // The window's own bounds are part of the key: the same text at another cut owns other findings.
    const windowKey = `${chunk.start - from}:${chunk.end - from}:${text.slice(from, to)}`;
    let found = next.get(windowKey) ?? previous.get(windowKey);
    if (!found) {
      const windowText = text.slice(from, to);
      found = scan(windowText, resolved).filter((f) => f.start >= chunk.start - from && f.start < chunk.end - from);
      stats.scanned++;
    }
    next.set(windowKey, found);
    for (const f of found) owned.push(shift(f, from));

    const elapsed = now() - sliceStart;
    if (elapsed >= budget && control.yieldToEditor) {
      stats.longestSliceMs = Math.max(stats.longestSliceMs, elapsed);
      await control.yieldToEditor();
      if (control.isCancelled?.()) throw new ScanCancelled();
      sliceStart = now();
    }
  }
  stats.longestSliceMs = Math.max(stats.longestSliceMs, now() - sliceStart);
  cache.key = key;
  cache.windows = next;
  // A value that crosses a cut is owned by the chunk it starts in; drop what it overlaps.
  const findings = mergeOverlaps(owned).sort((a, b) => a.start - b.start);
  stats.totalMs = now() - started;
  return { findings, stats };
}
