// `reply-guard`: the command line. The contract (DESIGN.md) is stable: other tools depend on it.
import { parseArgs } from 'node:util';
import type { Readable } from 'node:stream';
import { redactAll, scan, severityRank, type Finding, type RedactionOperator } from '../core';
import { runCheckCommand } from './check';
import { runPackCommand } from './pack';
import { formatJsonLine, formatSarif, formatText, toJsonFindings, type ScannedUnit } from './format';
import { expandPaths, InputError, readLines, readStream, readTextFile } from './io';
import { commonOptions, SCAN_OPTION_SPEC, UsageError, type CommonOptions } from './options';

declare const REPLY_GUARD_VERSION: string | undefined;
export const VERSION = typeof REPLY_GUARD_VERSION === 'string' ? REPLY_GUARD_VERSION : '0.0.0-dev';

export interface CliIO {
  stdin: Readable;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
}

export const USAGE = `Usage: reply-guard <command> [options]

Commands:
  scan [options] <paths...|->    find personal data in files, folders or stdin (-)
  redact [options] <file|->      print the text with personal data redacted
  pack validate <file>           check a snippet/policy pack (schema and semantics; file:line errors)
  pack sign --key <private.pem> <file>      write <file>.sig (Ed25519 over the canonical pack)
  pack verify --pubkey <public.pem> <file>  check a pack against its .sig
  pack keygen [--out <prefix>]   create an Ed25519 key pair for signing packs
  check [options] <paths...|->   personal data and policy rules (consent, channel...) together;
                                 reply-guard check --help for its options
  help                           this text

Options for scan and redact:
  --format text|json|jsonl|sarif output format (default text; jsonl with --input jsonl)
  --input jsonl                  each input line is {"id": string, "text": string, ...};
                                 output is one {"id", "findings"} line per input, in order
  --allow-list <file>            values never flagged, one per line (repeatable)
  --lang es|en|pt|auto           language of the text (default auto)
  --min-score <0..1>             drop findings below this score
  --entities A,B,...             only these entities (default all)
  --phone-regions ES,MX,...      regions tried for numbers without +country code
  --show-values                  print raw values (off by default: output is PII-free)
  --fail-on hint|info|warning|error|none
                                 exit 1 when a finding is at or above this severity (default hint)
  --max-size <MB>                largest file read whole (default 64)
  --operator mask|label|remove   redact only: how to redact (default mask)

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or input error.`;

function failsOn(findings: readonly Finding[], failOn: CommonOptions['failOn']): boolean {
  if (failOn === 'none') return false;
  return findings.some((f) => severityRank(f.severity) >= severityRank(failOn));
}

/** Scans one JSONL record per line, printing one output line per input line as it goes. */
async function scanJsonl(paths: readonly string[], opts: CommonOptions, io: CliIO, units: ScannedUnit[] | undefined): Promise<{ failed: boolean; inputErrors: number }> {
  let failed = false;
  let inputErrors = 0;
  for (const path of paths.length ? paths : ['-']) {
    let lineNo = 0;
    try {
      for await (const line of readLines(path, io.stdin)) {
        lineNo++;
        if (!line.trim()) continue;
        let record: { id?: unknown; text?: unknown };
        try {
          record = JSON.parse(line);
        } catch {
          inputErrors++;
          io.stderr(`${path === '-' ? '<stdin>' : path}:${lineNo}: not valid JSON; line skipped`);
          if (opts.format === 'jsonl') io.stdout(JSON.stringify({ line: lineNo, error: 'invalid JSON' }));
          continue;
        }
        if (typeof record !== 'object' || record === null || typeof record.text !== 'string') {
          inputErrors++;
          io.stderr(`${path === '-' ? '<stdin>' : path}:${lineNo}: expected an object with a string "text"; line skipped`);
          if (opts.format === 'jsonl') io.stdout(JSON.stringify({ line: lineNo, error: 'missing text' }));
          continue;
        }
        const id = record.id === undefined ? String(lineNo) : String(record.id);
        const unit: ScannedUnit = { id, text: record.text, findings: scan(record.text, opts.scan) };
        failed ||= failsOn(unit.findings, opts.failOn);
        emitUnit(unit, opts, io, units);
      }
    } catch (err) {
      inputErrors++;
      io.stderr(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  return { failed, inputErrors };
}

/** Text and JSONL are streamed per unit; JSON and SARIF need every unit first. */
function emitUnit(unit: ScannedUnit, opts: CommonOptions, io: CliIO, units: ScannedUnit[] | undefined): void {
  if (opts.format === 'jsonl') io.stdout(formatJsonLine(unit, opts.showValues));
  else if (opts.format === 'text') {
    if (unit.findings.length) io.stdout(formatText(unit, opts.showValues));
  } else units?.push(unit);
}

async function runScan(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: SCAN_OPTION_SPEC, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const opts = await commonOptions(values, io.env);
  const units: ScannedUnit[] | undefined = opts.format === 'json' || opts.format === 'sarif' ? [] : undefined;
  let failed = false;
  let inputErrors = 0;
  let total = 0;
  if (opts.input === 'jsonl') {
    ({ failed, inputErrors } = await scanJsonl(positionals, opts, io, units));
  } else {
    if (positionals.length === 0) throw new UsageError('scan needs at least one path, or - for stdin');
    const paths = positionals.includes('-') ? positionals : await expandPaths(positionals);
    for (const path of paths) {
      let text: string;
      try {
        text = path === '-' ? await readStream(io.stdin) : await readTextFile(path, opts.maxBytes);
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        inputErrors++;
        io.stderr(err.message);
        continue;
      }
      const unit: ScannedUnit = { path: path === '-' ? '<stdin>' : path, text, findings: scan(text, opts.scan) };
      total += unit.findings.length;
      failed ||= failsOn(unit.findings, opts.failOn);
      emitUnit(unit, opts, io, units);
    }
    if (opts.format === 'text') io.stderr(`${total} finding${total === 1 ? '' : 's'} in ${paths.length} input${paths.length === 1 ? '' : 's'}`);
  }
  if (units && opts.format === 'json') {
    io.stdout(JSON.stringify(units.map((u) => ({ ...(u.id !== undefined ? { id: u.id } : { path: u.path }), findings: toJsonFindings(u, opts.showValues) })), null, 2));
  } else if (units && opts.format === 'sarif') {
    io.stdout(formatSarif(units, opts.showValues, VERSION));
  }
  return inputErrors ? 2 : failed ? 1 : 0;
}

async function runRedact(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { ...SCAN_OPTION_SPEC, operator: { type: 'string' } }, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const operator = (values.operator ?? 'mask') as RedactionOperator;
  if (!['mask', 'label', 'remove'].includes(operator)) throw new UsageError(`--operator must be mask, label or remove (got "${operator}")`);
  if (positionals.length !== 1) throw new UsageError('redact takes exactly one file, or - for stdin');
  const opts = await commonOptions(values, io.env);
  const path = positionals[0];
  const text = path === '-' ? await readStream(io.stdin) : await readTextFile(path, opts.maxBytes);
  const result = redactAll(text, opts.scan, { operator, lang: opts.scan.uiLang });
  io.stdout(result.text);
  io.stderr(`${result.redacted} redaction${result.redacted === 1 ? '' : 's'}`);
  return 0;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scan':
        return await runScan(rest, io);
      case 'check':
        return await runCheckCommand(rest, io);
      case 'redact':
        return await runRedact(rest, io);
      case 'pack':
        return await runPackCommand(rest, io);
      case '--version':
      case '-v':
        io.stdout(VERSION);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`reply-guard: ${(err as Error).message}\nRun "reply-guard help" for usage.`);
      return 2;
    }
    if (err instanceof InputError) {
      io.stderr(`reply-guard: ${err.message}`);
      return 2;
    }
    throw err;
  }
}

// Run when bundled as dist/cli.js (bin/reply-guard.js requires it).
if (typeof require !== 'undefined' && require.main && (require.main.filename.endsWith('reply-guard.js') || require.main === module)) {
  const io: CliIO = {
    stdin: process.stdin,
    stdout: (s) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
    stderr: (s) => process.stderr.write(s.endsWith('\n') ? s : s + '\n'),
    env: process.env,
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: Error) => {
      // Never echo input text: only the error's class and message.
      process.stderr.write(`reply-guard: internal error: ${err.name}: ${err.message}\n`);
      process.exitCode = 2;
    },
  );
}
