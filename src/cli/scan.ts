// `reply-guard scan`: files, folders, stdin and helpdesk exports (JSONL, CSV, Zendesk and
// Freshdesk JSON), scanned in order, on worker threads with --jobs. The output contract is
// DESIGN.md's: one {"id", "findings"} line per JSONL input line; export fields add "field".
import { promises as fs } from 'node:fs';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { severityRank, type Finding } from '../core';
import { findingsInValue, guessInputKind, scanTargetOf, type InputKind, type ScanTarget } from '../core/inputs';
import { Progress, ScanPool, scanInOrder } from './bulk';
import { formatJson, formatJsonLine, formatSarif, formatText, type ScannedUnit } from './format';
import { readInputs, type InputItem } from './inputs';
import { SKIP_DIRS, TEXT_EXTENSIONS } from './io';
import { commonOptions, SCAN_OPTION_SPEC, UsageError, type CommonOptions } from './options';

export interface ScanIO {
  stdin: Readable;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  /** Whether stderr is a terminal (progress is shown by default then). */
  stderrIsTTY?: boolean;
  /** Writes to stderr without adding a newline (the progress line rewrites itself). */
  progress?: (s: string) => void;
}

const EXTENSIONS: Partial<Record<InputKind, string[]>> = {
  jsonl: ['.jsonl', '.ndjson'],
  csv: ['.csv', '.tsv'],
  zendesk: ['.json'],
  freshdesk: ['.json'],
};

async function headOf(path: string): Promise<string> {
  const handle = await fs.open(path, 'r').catch(() => undefined);
  if (!handle) return '';
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Folders become the files below them (sorted, hidden folders and node_modules skipped):
 * with --input csv|jsonl|zendesk|freshdesk the export files of that kind; otherwise text
 * files plus .json files that are Zendesk or Freshdesk exports (a CSV in a folder may be a
 * consent registry, so CSV and JSONL are only taken from folders when --input says so).
 */
export async function expandInputPaths(paths: readonly string[], kind: InputKind | undefined): Promise<string[]> {
  if (paths.includes('-')) return [...paths];
  const exts = kind ? EXTENSIONS[kind] : undefined;
  const wanted = async (file: string, name: string): Promise<boolean> => {
    const ext = extname(name).toLowerCase();
    if (exts) return exts.includes(ext);
    if (TEXT_EXTENSIONS.has(ext) || name.endsWith('.reply.md')) return true;
    if (ext !== '.json') return false;
    const guessed = guessInputKind(name, await headOf(file));
    return guessed === 'zendesk' || guessed === 'freshdesk';
  };
  const out: string[] = [];
  for (const p of paths) {
    const st = await fs.stat(p).catch(() => undefined);
    if (!st?.isDirectory()) {
      out.push(p); // a missing file is reported by the reader with a clear message
      continue;
    }
    const entries = (await fs.readdir(p, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = join(p, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && !SKIP_DIRS.has(e.name)) out.push(...(await expandInputPaths([full], kind)));
      } else if (e.isFile() && (await wanted(full, e.name))) out.push(full);
    }
  }
  return out;
}

export function failsOn(findings: readonly Finding[], failOn: CommonOptions['failOn']): boolean {
  if (failOn === 'none') return false;
  return findings.some((f) => severityRank(f.severity) >= severityRank(failOn));
}

/** A scanned record or file as the presenters see it (offsets into the value as exported). */
export function unitOf(item: Exclude<InputItem, { type: 'problem' }>, findings: Finding[], target?: ScanTarget): ScannedUnit {
  if (item.type === 'file') return { path: item.path, text: item.text, findings };
  const r = item.record;
  return {
    id: r.id,
    ...(r.field !== undefined ? { field: r.field } : {}),
    source: item.source,
    recordLine: r.line,
    filePosition: r.filePosition,
    text: r.value,
    findings: target ? findingsInValue(findings, target) : findings,
  };
}

/** Prints units as they come (text, JSONL) or at the end (JSON, SARIF); counts what decides the exit code. */
export class UnitPrinter {
  readonly units: ScannedUnit[] = [];
  failed = false;
  inputErrors = 0;
  findings = 0;
  inputs = 0;

  constructor(
    private readonly opts: CommonOptions,
    private readonly io: Pick<ScanIO, 'stdout' | 'stderr'>,
    private readonly version: string,
    /** Units go here instead of stdout (`reply-guard report`). */
    private readonly collect?: (unit: ScannedUnit) => void,
  ) {}

  problem(item: Extract<InputItem, { type: 'problem' }>): void {
    this.inputErrors++;
    this.io.stderr(item.message);
    if (this.opts.format === 'jsonl' && item.jsonlError && item.line !== undefined) this.io.stdout(JSON.stringify({ line: item.line, error: item.jsonlError }));
  }

  unit(unit: ScannedUnit): void {
    this.inputs++;
    this.findings += unit.findings.length;
    this.failed ||= failsOn(unit.findings, this.opts.failOn);
    if (this.collect) this.collect(unit);
    else if (this.opts.format === 'jsonl') this.io.stdout(formatJsonLine(unit, this.opts.showValues));
    else if (this.opts.format === 'text') {
      if (unit.findings.length) this.io.stdout(formatText(unit, this.opts.showValues));
    } else this.units.push(unit);
  }

  finish(): number {
    const { opts, io } = this;
    if (this.collect) return this.inputErrors ? 2 : this.failed ? 1 : 0;
    if (opts.format === 'json') io.stdout(formatJson(this.units, opts.showValues));
    else if (opts.format === 'sarif') io.stdout(formatSarif(this.units, { showValues: opts.showValues, version: this.version, salt: opts.fingerprintSalt }));
    else if (opts.format === 'text') io.stderr(`${this.findings} finding${this.findings === 1 ? '' : 's'} in ${this.inputs} input${this.inputs === 1 ? '' : 's'}`);
    return this.inputErrors ? 2 : this.failed ? 1 : 0;
  }
}

export function showProgress(opts: CommonOptions, io: ScanIO): ((s: string) => void) | undefined {
  const on = opts.progress ?? io.stderrIsTTY ?? false;
  return on ? (io.progress ?? ((s: string) => io.stderr(s))) : undefined;
}

export async function runScan(args: string[], io: ScanIO, usage: string, version: string): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: SCAN_OPTION_SPEC, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout(usage);
    return 0;
  }
  const opts = await commonOptions(values, io.env);
  if (positionals.length === 0 && opts.input !== 'jsonl') throw new UsageError('scan needs at least one path, or - for stdin');
  const paths = await expandInputPaths(positionals.length ? positionals : ['-'], opts.input);
  const printer = new UnitPrinter(opts, io, version);
  const progress = new Progress(showProgress(opts, io));
  const pool = opts.jobs > 1 ? new ScanPool(opts.jobs, opts.scan) : undefined;
  try {
    type Work = { item: InputItem; target?: ScanTarget };
    const work = (async function* () {
      for await (const item of readInputs(paths, { kind: opts.input, textColumns: opts.textColumns, idColumn: opts.idColumn, maxBytes: opts.maxBytes }, io.stdin)) {
        yield { item, target: item.type === 'record' ? scanTargetOf(item.record.value) : undefined } as Work;
      }
    })();
    const textOf = (w: Work) => (w.item.type === 'problem' ? undefined : w.item.type === 'file' ? w.item.text : w.target!.text);
    for await (const [w, findings] of scanInOrder(work, textOf, opts.scan, pool)) {
      if (w.item.type === 'problem') {
        printer.problem(w.item);
        continue;
      }
      progress.add(1, w.item.bytes);
      printer.unit(unitOf(w.item, findings, w.target));
    }
  } finally {
    await pool?.close();
  }
  progress.done();
  return printer.finish();
}
