// Bulk throughput and memory of `reply-guard scan --input jsonl` on a generated helpdesk export
// (default ~200 MB), with 1 and N worker threads. Memory should stay flat: the export is
// streamed line by line and at most a few batches per worker are in flight.
//   npm run bench:bulk [-- --size-mb 200 --jobs 2 --quick]
// Runs the built CLI (dist/cli.js) as a child process; peak RSS covers its worker threads.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { typicalReplies } from './inputs';

const root = resolve(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const quick = process.argv.includes('--quick');
const sizeMb = arg('--size-mb', quick ? 20 : 200);
const jobs = arg('--jobs', Math.max(2, availableParallelism()));
const MB = 1024 * 1024;

/** Writes `mb` MB of JSONL tickets built from typical replies (public test values only). */
async function generate(file: string, mb: number): Promise<number> {
  const replies = typicalReplies(600);
  const out = createWriteStream(file);
  let bytes = 0;
  let i = 0;
  while (bytes < mb * MB) {
    let chunk = '';
    for (let k = 0; k < 1000; k++, i++) chunk += JSON.stringify({ id: `T-${i}`, channel: 'email', text: replies[i % replies.length] }) + '\n';
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(r));
  return i;
}

interface Run {
  seconds: number;
  peakRssMb: number;
  rssSamplesMb: number[];
  outputLines: number;
}

/** Runs the CLI, sampling its RSS from /proc every 250 ms; peak from the kernel's high-water mark. */
function run(file: string, jobsArg: number, extra: string[]): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [cli, 'scan', '--input', 'jsonl', '--format', 'jsonl', '--no-progress', '--jobs', String(jobsArg), ...extra, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    child.stdout.on('data', (b: Buffer) => {
      for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) lines++;
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const samples: number[] = [];
    let peak = 0;
    const status = () => {
      try {
        const s = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const rss = Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0) / 1024;
        peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(s)?.[1] ?? 0) / 1024);
        samples.push(rss);
      } catch {
        /* exited between samples */
      }
    };
    const timer = setInterval(status, 250);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0 && code !== 1) return reject(new Error(`reply-guard exited ${code}: ${stderr.slice(0, 500)}`));
      resolvePromise({ seconds: Number(process.hrtime.bigint() - started) / 1e9, peakRssMb: peak, rssSamplesMb: samples, outputLines: lines });
    });
  });
}

function quartiles(samples: number[]): string {
  if (!samples.length) return '-';
  return [0.25, 0.5, 0.75, 1].map((q) => samples[Math.min(samples.length - 1, Math.floor(q * (samples.length - 1)))].toFixed(0)).join(' / ');
}

async function main(): Promise<void> {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm run bench:bulk does)');
  const dir = mkdtempSync(join(tmpdir(), 'rg-bulk-'));
  try {
    const small = join(dir, 'small.jsonl');
    const big = join(dir, 'big.jsonl');
    const smallRecords = await generate(small, Math.max(5, Math.round(sizeMb / 4)));
    const bigRecords = await generate(big, sizeMb);
    const mb = (f: string) => statSync(f).size / MB;
    console.log(`\nBulk scan of a generated JSONL export (all detectors, ${availableParallelism()} cores on this machine)`);
    console.log(`  ${'input'.padEnd(38)}${'jobs'.padStart(5)}${'time'.padStart(9)}${'MB/s'.padStart(8)}${'rec/s'.padStart(10)}${'peak RSS'.padStart(11)}   RSS at 25/50/75/100% (MB)`);
    // PERSON (names) is the slow detector; DESIGN.md's 20 MB/s budget is for all the others.
    const noPerson = ['--entities', 'CREDIT_CARD,IBAN_CODE,PHONE_NUMBER,EMAIL_ADDRESS,IP_ADDRESS,NATIONAL_ID,STREET_ADDRESS,CREDENTIAL,DATE_OF_BIRTH,PASSPORT'];
    const withPerson = join(dir, 'person.jsonl');
    const personRecords = await generate(withPerson, Math.max(5, Math.round(sizeMb / 10)));
    const cases: [string, string, number, number, string[]][] = [
      [`${mb(small).toFixed(0)} MB, ${smallRecords} rec, no PERSON`, small, 1, smallRecords, noPerson],
      [`${mb(big).toFixed(0)} MB, ${bigRecords} rec, no PERSON`, big, 1, bigRecords, noPerson],
      [`${mb(big).toFixed(0)} MB, ${bigRecords} rec, no PERSON`, big, jobs, bigRecords, noPerson],
      [`${mb(withPerson).toFixed(0)} MB, ${personRecords} rec, all`, withPerson, 1, personRecords, []],
      [`${mb(withPerson).toFixed(0)} MB, ${personRecords} rec, all`, withPerson, jobs, personRecords, []],
    ];
    const peaks: number[] = [];
    for (const [label, file, j, records, extra] of cases) {
      const r = await run(file, j, extra);
      if (r.outputLines !== records) console.log(`  !! ${r.outputLines} output lines for ${records} records`);
      peaks.push(r.peakRssMb);
      console.log(
        `  ${label.padEnd(38)}${String(j).padStart(5)}${`${r.seconds.toFixed(1)} s`.padStart(9)}${(mb(file) / r.seconds).toFixed(1).padStart(8)}${Math.round(records / r.seconds).toLocaleString('en-US').padStart(10)}${`${r.peakRssMb.toFixed(0)} MB`.padStart(11)}   ${quartiles(r.rssSamplesMb)}`,
      );
    }
    const flat = peaks[1] <= peaks[0] * 1.5 + 20;
    console.log(`\n  memory flat as the input grows x${(mb(big) / mb(small)).toFixed(0)}: ${flat ? 'yes' : 'NO'} (peak ${peaks[0].toFixed(0)} MB -> ${peaks[1].toFixed(0)} MB, one thread)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((err: Error) => {
  console.error(`bench:bulk: ${err.message}`);
  process.exitCode = 1;
});
