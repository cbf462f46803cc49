// `reply-guard pack ...`: validate, sign, verify and create keys for team packs.
import { promises as fs } from 'node:fs';
import { parseArgs } from 'node:util';
import { bytesToBase64, checkPackSignature, formatProblem, keyId, packSigningBytes, parseEd25519PublicKey, parsePack, type Pack } from '../core/policy';
import { generateEd25519, nodeVerifier, signEd25519 } from './pack-crypto';

/** The part of the CLI's IO the pack commands use (each call prints one line or block). */
export interface PackIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const PACK_USAGE = `Usage: reply-guard pack <command>

Commands:
  validate <file...>                       check packs against the schema and the semantic rules
  sign --key <private.pem> <file>          write <file>.sig (Ed25519 over the canonical pack)
  verify --pubkey <public.pem> <file>      check <file>.sig (or --sig <path>) against a public key
  keygen [--out <prefix>] [--force]        create <prefix>.private.pem and <prefix>.public.pem

Exit codes: 0 valid / verified, 1 signature missing or not matching, 2 usage or input error
(problems are printed as file:line:column: severity: message [code]).`;

class UsageError extends Error {}

async function readText(path: string): Promise<string> {
  try {
    return await fs.readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Parses a pack file, printing its problems; undefined when it has errors. */
async function loadValid(file: string, io: PackIO): Promise<Pack | undefined> {
  const parsed = parsePack(await readText(file), file);
  for (const p of parsed.problems) io.stderr(formatProblem(p));
  return parsed.pack;
}

async function validate(files: string[], io: PackIO): Promise<number> {
  if (!files.length) throw new UsageError('pack validate: give at least one pack file');
  let failed = false;
  for (const file of files) {
    let parsed;
    try {
      parsed = parsePack(await readText(file), file);
    } catch (error) {
      io.stderr((error as Error).message);
      failed = true;
      continue;
    }
    for (const p of parsed.problems) io.stderr(formatProblem(p));
    if (!parsed.pack) {
      failed = true;
      continue;
    }
    const { pack } = parsed;
    const approval = parsed.approval === 'template' ? 'template, needs approval' : `${parsed.approval} (${pack.approval?.approvedBy}, until ${pack.approval?.expires})`;
    io.stdout(`${file}: valid pack ${pack.id} ${pack.version}: ${pack.snippets.length} snippets, ${pack.detectors?.customPatterns?.length ?? 0} custom patterns; approval: ${approval}`);
  }
  return failed ? 2 : 0;
}

async function signPack(args: string[], io: PackIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { key: { type: 'string' }, out: { type: 'string' } }, allowPositionals: true });
  if (!values.key || positionals.length !== 1) throw new UsageError('pack sign: usage: pack sign --key <private.pem> <file>');
  const file = positionals[0];
  const pack = await loadValid(file, io);
  if (!pack) {
    io.stderr(`${file}: not signed: fix the errors above first`);
    return 2;
  }
  let signature: Uint8Array;
  try {
    signature = signEd25519(await readText(values.key), packSigningBytes(pack));
  } catch (error) {
    throw new UsageError(`${values.key}: ${(error as Error).message}`);
  }
  const out = values.out ?? `${file}.sig`;
  await fs.writeFile(out, bytesToBase64(signature) + '\n');
  io.stdout(`wrote ${out}`);
  return 0;
}

async function verifyPack(args: string[], io: PackIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { pubkey: { type: 'string' }, sig: { type: 'string' } }, allowPositionals: true });
  if (!values.pubkey || positionals.length !== 1) throw new UsageError('pack verify: usage: pack verify --pubkey <public.pem> <file>');
  const file = positionals[0];
  const keyText = await readText(values.pubkey);
  try {
    parseEd25519PublicKey(keyText);
  } catch (error) {
    throw new UsageError(`${values.pubkey}: ${(error as Error).message}`);
  }
  const pack = await loadValid(file, io);
  if (!pack) return 2;
  const sigPath = values.sig ?? `${file}.sig`;
  const signature = await fs.readFile(sigPath, 'utf8').catch(() => undefined);
  const result = await checkPackSignature(pack, signature, [keyText], nodeVerifier, file);
  if (result.state === 'valid') {
    io.stdout(`${file}: signature valid (key ${result.keyId})`);
    return 0;
  }
  io.stderr(result.state === 'unsigned' ? `${file}: no signature at ${sigPath}` : result.message);
  return 1;
}

async function keygen(args: string[], io: PackIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { out: { type: 'string' }, force: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length) throw new UsageError('pack keygen: usage: pack keygen [--out <prefix>] [--force]');
  const prefix = values.out ?? 'reply-guard-pack';
  const keys = generateEd25519();
  const flag = values.force ? 'w' : 'wx';
  try {
    // The private key is readable by its owner only.
    await fs.writeFile(`${prefix}.private.pem`, keys.privatePem, { mode: 0o600, flag });
    await fs.writeFile(`${prefix}.public.pem`, keys.publicPem, { flag });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${prefix}.*.pem already exists; choose another --out or pass --force`);
    throw new UsageError(`${prefix}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  io.stdout(`wrote ${prefix}.private.pem (keep it secret) and ${prefix}.public.pem`);
  io.stdout(`key id ${keyId(parseEd25519PublicKey(keys.publicPem))}; for replyGuard.packs.trustedKeys use the public PEM or: ${keys.publicRaw}`);
  return 0;
}

/** Runs `reply-guard pack <args>`; returns the exit code. */
export async function runPackCommand(args: string[], io: PackIO): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'validate':
        return await validate(rest, io);
      case 'sign':
        return await signPack(rest, io);
      case 'verify':
        return await verifyPack(rest, io);
      case 'keygen':
        return await keygen(rest, io);
      case undefined:
      case 'help':
      case '--help':
        io.stdout(PACK_USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`pack: unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`reply-guard: ${(error as Error).message}`);
      if (!(error instanceof UsageError)) io.stderr(PACK_USAGE);
      return 2;
    }
    throw error;
  }
}
