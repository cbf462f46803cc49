// `reply-guard`: the command line. The contract (DESIGN.md) is stable: other tools depend on it.
import { parseArgs } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { redactAll, type RedactionOperator } from '../core';
import { runCheckCommand } from './check';
import { runPackCommand } from './pack';
import { InputError, readStream, readTextFile } from './io';
import { commonOptions, SCAN_OPTION_SPEC, UsageError } from './options';
import { runReport } from './report';
import { runScan, type ScanIO } from './scan';

declare const REPLY_GUARD_VERSION: string | undefined;
export const VERSION = typeof REPLY_GUARD_VERSION === 'string' ? REPLY_GUARD_VERSION : '0.0.0-dev';

/** Streams and environment of one CLI run (tests pass their own). */
export type CliIO = ScanIO;

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
  report [--audit <log.jsonl>] [--html <out.html>] [check options] <paths...>
                                 compliance report as one self-contained HTML file
  help                           this text

Options for scan and redact:
  --format text|json|jsonl|sarif output format (default text; jsonl with --input jsonl)
  --input jsonl                  each input line is {"id": string, "text": string, ...};
                                 output is one {"id", "findings"} line per input, in order
  --input zendesk|freshdesk|csv|text
                                 helpdesk exports: Zendesk macros JSON, Freshdesk canned
                                 responses JSON, CSV with a text column; findings carry the
                                 macro/ticket "id" and "field". Default: guessed per file
                                 (.csv, .jsonl, .json with "macros"...), else text
  --text-column <name>           CSV: column(s) to scan (default: text, body, comment,
                                 description or content, the first found); repeatable
  --id-column <name>             CSV: id column (default: id, ticket_id..., else the row)
  --jobs N|auto                  scan records on N worker threads (output order is kept)
  --progress, --no-progress      progress on stderr (default: when stderr is a terminal)
  --fingerprint-salt <s>         SARIF: salt of partialFingerprints
                                 (default $REPLY_GUARD_FINGERPRINT_SALT, else a fixed one)
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
        return await runScan(rest, io, USAGE, VERSION);
      case 'check':
        return await runCheckCommand(rest, io);
      case 'redact':
        return await runRedact(rest, io);
      case 'pack':
        return await runPackCommand(rest, io);
      case 'report':
        return await runReport(rest, io);
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
if (isMainThread && typeof require !== 'undefined' && require.main && (require.main.filename.endsWith('reply-guard.js') || require.main === module)) {
  const io: CliIO = {
    stdin: process.stdin,
    stdout: (s) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
    stderr: (s) => process.stderr.write(s.endsWith('\n') ? s : s + '\n'),
    env: process.env,
    stderrIsTTY: process.stderr.isTTY === true,
    progress: (s) => process.stderr.write(s),
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
