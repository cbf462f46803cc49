// `reply-guard check`: PII findings and policy-rule findings together, in every format of
// `scan`. Rule findings carry `rule` instead of `entity`. A reply with no front matter and no
// --channel gets no consent findings, but still gets its PII findings.
import { existsSync, promises as fs } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Readable } from 'node:stream';
import {
  checkReply,
  isChannel,
  mergeFindings,
  rulesConfigFrom,
  scan,
  severityRank,
  type Channel,
  type CheckOptions,
  type ConsentLookup,
  type Finding,
  type ReplySnippet,
} from '../core';
import { mergePacks, packScanOptions, parsePack, formatProblem, type LoadedPack } from '../core/policy';
import { parseReply } from '../core/reply';
import { ConsentEndpoint } from './consent-endpoint';
import { loadConsentFile } from './consent-file';
import { formatJsonLine, formatSarif, formatText, toJsonFindings, type ScannedUnit } from './format';
import { expandPaths, InputError, readLines, readStream, readTextFile } from './io';
import { commonOptions, SCAN_OPTION_SPEC, UsageError, type CommonOptions } from './options';

export interface CheckIO {
  stdin: Readable;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
}

declare const REPLY_GUARD_VERSION: string | undefined;
const VERSION = typeof REPLY_GUARD_VERSION === 'string' ? REPLY_GUARD_VERSION : '0.0.0-dev';

export const CHECK_USAGE = `Usage: reply-guard check [options] <paths...|->

Checks replies for personal data and for the policy rules (consent, unsubscribe, ad label,
restricted data per channel, sensitive-data requests, remote support, WhatsApp window,
contact hours). A reply may start with front matter:
  ---
  customer: C-1001
  channel: email | sms | whatsapp | chat | phone
  purpose: service | marketing        (detected when absent)
  jurisdiction: ES                     locale: es-ES
  last_customer_message: 2026-11-20T09:30:00-05:00
  send_at: 2026-11-20T10:00:00-05:00   subject: ...
  ---

Options (besides every option of scan):
  --consent <file|url>       consent registry: CSV/JSON file, or an https URL with {customer};
                             the bearer token is read from $REPLY_GUARD_CONSENT_TOKEN
  --consent-token-env <VAR>  read the token from this variable instead
  --pack <file>              policy pack (YAML/JSON) over the built-in one (repeatable)
  --no-builtin-pack          do not load the built-in pack
  --channel <c>              channel for replies without front matter
  --customer <id>            customer for replies without front matter
  --jurisdiction <CC>        jurisdiction for replies without one
  --now <ISO date-time>      the time to check against (default: now)

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or input error.`;

const CHECK_OPTION_SPEC = {
  ...SCAN_OPTION_SPEC,
  consent: { type: 'string' },
  'consent-token-env': { type: 'string' },
  pack: { type: 'string', multiple: true },
  'no-builtin-pack': { type: 'boolean' },
  channel: { type: 'string' },
  customer: { type: 'string' },
  jurisdiction: { type: 'string' },
  now: { type: 'string' },
} as const;

/** snippets/default.pack.yaml next to the package (dist/cli.js or src/cli/check.ts). */
export function builtinPackPath(): string | undefined {
  let dir = typeof __dirname === 'string' ? __dirname : process.cwd();
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'snippets', 'default.pack.yaml');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}

async function loadPack(path: string, origin: LoadedPack['origin'], io: CheckIO): Promise<LoadedPack | undefined> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch {
    throw new InputError(`${path}: cannot read the pack (no such file or no permission)`);
  }
  const parsed = parsePack(text, path);
  for (const p of parsed.problems) io.stderr(formatProblem(p));
  if (!parsed.pack) {
    if (origin === 'builtin') return undefined;
    throw new InputError(`${path}: the pack has errors (see above)`);
  }
  return { pack: parsed.pack, origin, location: path, approval: parsed.approval ?? 'template', signature: origin === 'builtin' ? 'builtin' : 'not-checked', problems: parsed.problems };
}

async function consentSource(spec: string, tokenEnv: string, io: CheckIO): Promise<ConsentLookup & { prefetch?: (customer: string) => Promise<void> }> {
  if (/^https?:\/\//i.test(spec)) {
    try {
      return new ConsentEndpoint({ urlTemplate: spec, token: io.env[tokenEnv] || undefined });
    } catch (err) {
      throw new UsageError(`--consent: ${(err as Error).message}`);
    }
  }
  let registry;
  try {
    registry = await loadConsentFile(resolve(spec));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code ? `${spec}: cannot read the consent registry (${code})` : `${spec}: ${(err as Error).message}`);
  }
  for (const e of registry.errors.slice(0, 20)) io.stderr(`${spec}:${e.line}: ${e.message}`);
  if (registry.errorCount > 20) io.stderr(`${spec}: ${registry.errorCount - 20} more rows refused`);
  if (registry.errorCount) io.stderr(`${spec}: ${registry.size} records loaded, ${registry.errorCount} refused; the checks use the good ones`);
  return registry;
}

function failsOn(findings: readonly Finding[], failOn: CommonOptions['failOn']): boolean {
  if (failOn === 'none') return false;
  return findings.some((f) => severityRank(f.severity) >= severityRank(failOn));
}

export async function runCheckCommand(args: string[], io: CheckIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: CHECK_OPTION_SPEC, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout(CHECK_USAGE);
    return 0;
  }
  const opts = await commonOptions(values, io.env);
  if (values.channel !== undefined && !isChannel(values.channel)) throw new UsageError(`--channel must be email, sms, whatsapp, chat or phone (got "${values.channel}")`);
  if (values.jurisdiction !== undefined && !/^[A-Za-z]{2}$/.test(values.jurisdiction)) throw new UsageError('--jurisdiction takes a two-letter country code such as ES, PE, MX');
  let now = new Date();
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (Number.isNaN(now.getTime())) throw new UsageError(`--now must be an ISO date-time (got "${values.now}")`);
  }

  const packs: LoadedPack[] = [];
  const builtin = values['no-builtin-pack'] ? undefined : builtinPackPath();
  if (builtin) {
    const p = await loadPack(builtin, 'builtin', io);
    if (p) packs.push(p);
  }
  for (const file of values.pack ?? []) {
    const p = await loadPack(file, 'path', io);
    if (p) packs.push(p);
  }
  const policy = mergePacks(packs);
  const snippets: ReplySnippet[] = policy.snippets;
  // Packs given on the command line are trusted by the person running it: custom patterns apply.
  const fromPacks = packScanOptions(policy, true);
  const scanOptions = { ...opts.scan, ...fromPacks, allowList: [...(opts.scan.allowList ?? []), ...(fromPacks.allowList ?? [])] };
  const rulesConfig = rulesConfigFrom(policy.rules);
  const registry = values.consent ? await consentSource(values.consent, values['consent-token-env'] ?? 'REPLY_GUARD_CONSENT_TOKEN', io) : undefined;
  const defaults = { channel: values.channel as Channel | undefined, customer: values.customer, jurisdiction: values.jurisdiction?.toUpperCase() };

  const checkText = async (text: string, extraDefaults: CheckOptions['defaults'] = {}): Promise<Finding[]> => {
    const merged = { ...defaults, ...Object.fromEntries(Object.entries(extraDefaults ?? {}).filter(([, v]) => v !== undefined)) };
    if (registry && 'prefetch' in registry && registry.prefetch) {
      const customer = parseReply(text).meta.customer ?? merged.customer;
      if (customer) await registry.prefetch(customer);
    }
    const pii = scan(text, scanOptions);
    const rules = checkReply(text, { registry, rulesConfig, snippets, now, defaults: merged, scanOptions, pii });
    return mergeFindings(pii, rules);
  };

  const units: ScannedUnit[] | undefined = opts.format === 'json' || opts.format === 'sarif' ? [] : undefined;
  let failed = false;
  let inputErrors = 0;
  let total = 0;
  const emit = (unit: ScannedUnit) => {
    total += unit.findings.length;
    failed ||= failsOn(unit.findings, opts.failOn);
    if (opts.format === 'jsonl') io.stdout(formatJsonLine(unit, opts.showValues));
    else if (opts.format === 'text') {
      if (unit.findings.length) io.stdout(formatText(unit, opts.showValues));
    } else units?.push(unit);
  };

  if (opts.input === 'jsonl') {
    for (const path of positionals.length ? positionals : ['-']) {
      let lineNo = 0;
      for await (const line of readLines(path, io.stdin)) {
        lineNo++;
        if (!line.trim()) continue;
        let record: { id?: unknown; text?: unknown; channel?: unknown; customer?: unknown; jurisdiction?: unknown };
        try {
          record = JSON.parse(line);
        } catch {
          record = {};
        }
        if (typeof record !== 'object' || record === null || typeof record.text !== 'string') {
          inputErrors++;
          io.stderr(`${path === '-' ? '<stdin>' : path}:${lineNo}: expected a JSON object with a string "text"; line skipped`);
          if (opts.format === 'jsonl') io.stdout(JSON.stringify({ line: lineNo, error: 'invalid record' }));
          continue;
        }
        // Helpdesk exports carry the channel and customer as fields of the record.
        const extra = {
          channel: isChannel(record.channel) ? record.channel : undefined,
          customer: typeof record.customer === 'string' ? record.customer : undefined,
          jurisdiction: typeof record.jurisdiction === 'string' ? record.jurisdiction.toUpperCase() : undefined,
        };
        emit({ id: record.id === undefined ? String(lineNo) : String(record.id), text: record.text, findings: await checkText(record.text, extra) });
      }
    }
  } else {
    if (positionals.length === 0) throw new UsageError('check needs at least one path, or - for stdin');
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
      emit({ path: path === '-' ? '<stdin>' : path, text, findings: await checkText(text) });
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
