// From pack texts to the effective policy: parse and validate, check signatures and approval,
// refuse what must be refused (with a problem naming the pack), merge the rest in order.
// No `vscode` import, so the rules of trust are unit-tested in plain Node.
import { approvalStateOf, checkPackSignature, mergePacks, parseEd25519PublicKey, parsePack, type EffectivePolicy, type LoadedPack, type PackOrigin, type PackProblem, type SignatureVerifier } from '../core/policy';

export interface PackInput {
  origin: PackOrigin;
  /** Path, URI or URL, as shown to the user. */
  location: string;
  text: string;
  /** Text of the detached signature, when one was found. */
  signature?: string;
}

export interface TrustSettings {
  /** replyGuard.packs.trustedKeys: when non-empty, every pack but the built-in must be signed by one. */
  trustedKeys: readonly string[];
  /** replyGuard.packs.allowExpired: an expired approval is a warning (true) or a refusal (false). */
  allowExpired: boolean;
  verifier: SignatureVerifier;
  now?: Date;
}

/** What happened to one pack source, for the Problems panel and "Show active packs". */
export interface PackReport {
  origin: PackOrigin;
  location: string;
  problems: PackProblem[];
  /** Set when the pack is not in use; the reason is also among the problems. */
  refused?: string;
  pack?: LoadedPack;
}

export interface LoadResult {
  policy: EffectivePolicy;
  reports: PackReport[];
  /** Trusted keys that could not be read (named by position, never printed). */
  badKeys: number[];
}

function wholeFile(location: string, code: string, message: string): PackProblem {
  return { file: location, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code, message };
}

/** Loads packs in order (built-in, workspace, settings paths, URLs): later ones override earlier ones. */
export async function loadPacks(inputs: readonly PackInput[], trust: TrustSettings): Promise<LoadResult> {
  const badKeys: number[] = [];
  const keys = trust.trustedKeys.filter((k, i) => {
    try {
      parseEd25519PublicKey(k);
      return true;
    } catch {
      badKeys.push(i);
      return false;
    }
  });
  // Keys were configured but none is readable: still refuse unsigned packs (fail closed).
  const signaturesRequired = trust.trustedKeys.length > 0;
  const reports: PackReport[] = [];
  const loaded: LoadedPack[] = [];
  const now = trust.now ?? new Date();
  for (const input of inputs) {
    const parsed = parsePack(input.text, input.location, { now });
    const report: PackReport = { origin: input.origin, location: input.location, problems: [...parsed.problems] };
    reports.push(report);
    if (!parsed.pack) {
      report.refused = `${input.location}: ${parsed.problems.filter((p) => p.severity === 'error').length} error(s); pack not loaded`;
      continue;
    }
    const pack = parsed.pack;
    let signature: LoadedPack['signature'] = input.origin === 'builtin' ? 'builtin' : 'not-checked';
    let signedBy: string | undefined;
    if (input.origin !== 'builtin' && signaturesRequired) {
      const check = await checkPackSignature(pack, input.signature, keys, trust.verifier, `Pack "${pack.name}" (${input.location})`);
      if (check.state !== 'valid') {
        report.problems.unshift(wholeFile(input.location, `signature/${check.state}`, check.message));
        report.refused = check.message;
        continue;
      }
      signature = 'valid';
      signedBy = check.keyId;
    }
    const approval = approvalStateOf(pack, localDay(now));
    if (approval === 'expired' && !trust.allowExpired) {
      const message = `Pack "${pack.name}" (${input.location}): approval expired on ${pack.approval?.expires} and replyGuard.packs.allowExpired is off: refused`;
      const at = report.problems.find((p) => p.code === 'approval/expired');
      if (at) at.severity = 'error';
      else report.problems.unshift(wholeFile(input.location, 'approval/expired', message));
      report.refused = message;
      continue;
    }
    const loadedPack: LoadedPack = { pack, origin: input.origin, location: input.location, approval, signature, signedBy, problems: report.problems };
    report.pack = loadedPack;
    loaded.push(loadedPack);
  }
  return { policy: mergePacks(loaded), reports, badKeys };
}

function localDay(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
