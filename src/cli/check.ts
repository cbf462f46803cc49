// `reply-guard check`: PII findings and policy-rule findings together, in every format of
// `scan`. Rule findings carry `rule` instead of `entity`. A reply with no front matter and no
// --channel gets no consent findings, but still gets its PII findings.
import { existsSync, promises as fs } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkReply,
  isChannel,
  mergeFindings,
  rulesConfigFrom,
  scan,
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
import { scanTargetOf } from '../core/inputs';
import { Progress } from './bulk';
import type { ScannedUnit } from './format';
import { readInputs } from './inputs';
import { InputError } from './io';
import { commonOptions, SCAN_OPTION_SPEC, UsageError } from './options';
import { expandInputPaths, showProgress, unitOf, UnitPrinter, type ScanIO } from './scan';

export type CheckIO = ScanIO;

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

Helpdesk exports (--input zendesk|freshdesk|csv|jsonl, or guessed from the file) are
checked per record: PII in every field, the policy rules in the reply body only (not in
titles or subjects). CSV and JSONL records may carry channel, customer and jurisdiction.

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

export async function runCheckCommand(args: string[], io: CheckIO, collect?: (unit: ScannedUnit) => void): Promise<number> {
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
  // --consent, else the last pack that names a registry (a relative path is from the current folder,
  // as the editor resolves it from the workspace folder).
  const consentSpec = values.consent ?? [...packs].reverse().find((p) => p.pack.consent?.source?.trim())?.pack.consent?.source?.trim();
  const registry = consentSpec ? await consentSource(consentSpec, values['consent-token-env'] ?? 'REPLY_GUARD_CONSENT_TOKEN', io) : undefined;
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

  // The rules need the consent registry and packs of this process: check stays on one thread.
  if (opts.jobs > 1) io.stderr('reply-guard: check runs on one thread; --jobs applies to scan');
  const printer = new UnitPrinter(opts, io, VERSION, collect);
  const progress = new Progress(showProgress(opts, io));
  if (positionals.length === 0 && opts.input !== 'jsonl') throw new UsageError('check needs at least one path, or - for stdin');
  const paths = await expandInputPaths(positionals.length ? positionals : ['-'], opts.input);
  for await (const item of readInputs(paths, { kind: opts.input, textColumns: opts.textColumns, idColumn: opts.idColumn, maxBytes: opts.maxBytes }, io.stdin)) {
    if (item.type === 'problem') {
      printer.problem(item);
      continue;
    }
    progress.add(1, item.bytes);
    if (item.type === 'file') {
      printer.unit(unitOf(item, await checkText(item.text)));
      continue;
    }
    // Helpdesk exports carry the channel and customer as fields of the record.
    const r = item.record;
    const target = scanTargetOf(r.value);
    const extra = {
      channel: isChannel(r.meta?.channel) ? r.meta.channel : undefined,
      customer: r.meta?.customer,
      jurisdiction: r.meta?.jurisdiction?.toUpperCase(),
    };
    // Titles and subjects get PII checks only: the policy rules are about the reply body.
    const findings = r.body ? await checkText(target.text, extra) : scan(target.text, scanOptions);
    printer.unit(unitOf(item, findings, target));
  }
  progress.done();
  return printer.finish();
}
