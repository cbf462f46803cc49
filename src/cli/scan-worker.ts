// A worker thread of `--jobs N`: scans batches of texts with the options it was started with.
// Loaded as its own file in development (tsx) and as dist/cli.js itself when bundled.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { scan, type Finding, type ScanOptions } from '../core';

export const WORKER_FLAG = 'replyGuardScanWorker';

export interface WorkerBatch {
  seq: number;
  texts: string[];
}

export interface WorkerResult {
  seq: number;
  findings?: Finding[][];
  error?: string;
}

/** Fixes are not printed by the CLI; leaving them out halves what crosses the thread boundary. */
export function scanBatch(texts: readonly string[], options: ScanOptions): Finding[][] {
  return texts.map((t) => scan(t, options).map((f) => ({ ...f, fixes: [] })));
}

if (!isMainThread && parentPort && (workerData as Record<string, unknown> | undefined)?.[WORKER_FLAG]) {
  const options = (workerData as { options: ScanOptions }).options;
  const port = parentPort;
  port.on('message', (batch: WorkerBatch) => {
    try {
      port.postMessage({ seq: batch.seq, findings: scanBatch(batch.texts, options) } satisfies WorkerResult);
    } catch (err) {
      // The error's class and message only: never the text.
      port.postMessage({ seq: batch.seq, error: `${(err as Error).name}: ${(err as Error).message}` } satisfies WorkerResult);
    }
  });
}
