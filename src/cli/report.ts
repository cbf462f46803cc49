// `reply-guard report`: the compliance report as one self-contained HTML file (inline CSS,
// JS and SVG; a CSP that allows nothing from outside). Findings come from the same pipeline
// as `check` (every check option works); agent actions over time from audit logs.
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseAuditLog, type AuditEntry } from '../core/audit';
import { buildReport, rowsOf, type ReportRow } from '../core/report';
import { renderReportHtml } from '../core/report-html';
import { runCheckCommand, type CheckIO } from './check';
import type { ScannedUnit } from './format';
import { InputError } from './io';
import { UsageError } from './options';

export const REPORT_USAGE = `Usage: reply-guard report [--audit <log.jsonl>]... [--html <out.html>] [check options] [paths...]

Writes the compliance report as one self-contained HTML file (default reply-guard-report.html;
--html - for stdout): findings per entity, per rule, per file or macro, and agent actions over
time from audit logs (the editor's replyGuard.audit log; rotated files too). Paths are checked
as by "reply-guard check" (exports included), with the same options. The report holds no raw
values. Exit codes as check: 0, 1 findings, 2 usage or input error.`;

/** Where the report's assets are: media/report next to the package (dist/cli.js or src/cli). */
function assetFile(name: string): string {
  let dir = typeof __dirname === 'string' ? __dirname : process.cwd();
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'media', 'report', name);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new InputError(`media/report/${name} not found next to reply-guard; reinstall the package`);
}

/** Pulls --audit and --html out of the arguments; the rest goes to check. */
function splitArgs(args: string[]): { audits: string[]; html?: string; help: boolean; rest: string[] } {
  const audits: string[] = [];
  let html: string | undefined;
  const rest: string[] = [];
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (name: string) => {
      if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === '--audit' || a.startsWith('--audit=')) audits.push(value('--audit'));
    else if (a === '--html' || a.startsWith('--html=')) html = value('--html');
    else if (a === '--help' || a === '-h') help = true;
    else rest.push(a);
  }
  return { audits, html, help, rest };
}

export async function runReport(args: string[], io: CheckIO): Promise<number> {
  const { audits, html, help, rest } = splitArgs(args);
  if (help) {
    io.stdout(REPORT_USAGE);
    return 0;
  }
  const paths = rest.filter((a) => !a.startsWith('-') || a === '-');
  if (!paths.length && !audits.length) throw new UsageError('report needs paths to check, an --audit log, or both');
  if (rest.includes('--format') || rest.some((a) => a.startsWith('--format='))) throw new UsageError('report writes HTML; --format is for scan and check');
  const out = html ?? 'reply-guard-report.html';
  const outDir = out === '-' ? process.cwd() : dirname(resolve(out));

  const units: ScannedUnit[] = [];
  let code = 0;
  if (paths.length) code = await runCheckCommand([...rest, '--format', 'json', '--no-progress'], io, (u) => units.push(u));

  const entries: AuditEntry[] = [];
  let badLines = 0;
  for (const file of audits) {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      io.stderr(`${file}: cannot read the audit log`);
      code = 2;
      continue;
    }
    const parsed = parseAuditLog(text);
    entries.push(...parsed.entries);
    badLines += parsed.badLines.length;
    for (const line of parsed.badLines.slice(0, 5)) io.stderr(`${file}:${line}: not an audit entry; skipped`);
  }

  const rows: ReportRow[] = units.flatMap((u) => {
    const file = u.path ?? u.source ?? u.id ?? '<stdin>';
    const abs = resolve(file);
    const href = file.startsWith('<') ? undefined : relative(outDir, abs).split(sep).join('/');
    const recordLine = u.recordLine;
    return rowsOf({
      file,
      uri: href,
      id: u.id,
      field: u.field,
      text: u.text,
      findings: u.findings,
      position: u.filePosition ?? (recordLine !== undefined ? () => ({ line: recordLine, column: 1 }) : undefined),
    });
  });
  const report = buildReport(rows, units.length, { entries, badLines }, new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'));
  const [css, js] = await Promise.all([fs.readFile(assetFile('report.css'), 'utf8'), fs.readFile(assetFile('report.js'), 'utf8')]);
  const page = renderReportHtml(report, { mode: 'file', nonce: randomBytes(16).toString('base64'), css, js });
  if (out === '-') io.stdout(page);
  else {
    await fs.writeFile(out, page);
    io.stderr(`reply-guard: report written to ${out} (${report.totals.findings} findings in ${report.totals.unitsWithFindings} of ${report.totals.units} files and records; ${entries.length} audit entries)`);
  }
  return code;
}
