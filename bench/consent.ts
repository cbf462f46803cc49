// Consent registry at scale: streams a 1-million-row CSV into the index and prints rows/s,
// heap and the longest event-loop stall (the editor must not freeze while it loads), then
// look-ups per second. Run: npx tsx bench/consent.ts [rows]   (default 1,000,000)
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { loadConsentFile } from '../src/cli/consent-file';
import { CHANNELS } from '../src/core/reply';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'rg-consent-bench-'));
const file = join(dir, 'consent.csv');

async function writeCsv(): Promise<void> {
  const out = createWriteStream(file);
  out.write('customer_id,channel,purpose,status,updated_at,source\n');
  const purposes = ['marketing', 'service', 'any'];
  let buf = '';
  for (let i = 0; i < ROWS; i++) {
    // ~3 records per customer, like a real registry (one per channel/purpose touched).
    const customer = `C-${Math.floor(i / 3).toString().padStart(7, '0')}`;
    const month = String((i % 12) + 1).padStart(2, '0');
    buf += `${customer},${CHANNELS[i % 5]},${purposes[i % 3]},${i % 17 === 0 ? 'revoked' : 'granted'},2026-${month}-15T10:00:00Z,web form ${i % 9}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

function mb(n: number): string {
  return `${(n / 1048576).toFixed(0)} MB`;
}

async function main(): Promise<void> {
  await writeCsv();
  const size = statSync(file).size;
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  // Longest gap between timer ticks while loading = the longest the editor would be unresponsive.
  let last = performance.now();
  let maxStall = 0;
  const timer = setInterval(() => {
    const t = performance.now();
    maxStall = Math.max(maxStall, t - last);
    last = t;
  }, 5);
  const t0 = performance.now();
  const registry = await loadConsentFile(file);
  const ms = performance.now() - t0;
  clearInterval(timer);
  global.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  console.log(`consent CSV: ${ROWS.toLocaleString('en')} rows, ${mb(size)} on disk`);
  console.log(`  streamed load: ${(ms / 1000).toFixed(2)} s, ${Math.round(ROWS / (ms / 1000)).toLocaleString('en')} rows/s, ${(size / 1048576 / (ms / 1000)).toFixed(0)} MB/s`);
  console.log(`  index: ${registry.size.toLocaleString('en')} records, ${registry.customerCount.toLocaleString('en')} customers, errors ${registry.errorCount}`);
  console.log(`  heap: ${mb(heapAfter - heapBefore)} for the index (total heap ${mb(heapAfter)}, rss ${mb(process.memoryUsage().rss)})`);
  console.log(`  longest event-loop stall while loading: ${maxStall.toFixed(0)} ms`);

  const now = new Date('2026-11-20T12:00:00Z');
  const N = 200_000;
  const t1 = performance.now();
  let granted = 0;
  for (let i = 0; i < N; i++) {
    const v = registry.lookup({ customer: `C-${(i * 7919 % (ROWS / 3)).toString().padStart(7, '0')}`, channel: CHANNELS[i % 5], purpose: i % 2 ? 'marketing' : 'service', now, maxAgeDays: 180 });
    if (v.state === 'granted') granted++;
  }
  const lookupMs = performance.now() - t1;
  console.log(`  look-ups: ${Math.round(N / (lookupMs / 1000)).toLocaleString('en')}/s (${((lookupMs * 1000) / N).toFixed(2)} µs each; ${granted} granted)`);
  rmSync(dir, { recursive: true, force: true });
}

void main();
