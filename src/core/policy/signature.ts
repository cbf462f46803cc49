// Ed25519 detached signatures over the canonical pack. The core only parses keys and decides;
// the cryptography sits behind SignatureVerifier so the core stays free of Node built-ins
// (the extension uses WebCrypto, the CLI node:crypto).
import { canonicalBytes } from './canonical';

export interface SignatureVerifier {
  /** true when `signature` is a valid Ed25519 signature of `message` by `publicKeySpki` (DER). */
  verify(publicKeySpki: Uint8Array, message: Uint8Array, signature: Uint8Array): Promise<boolean>;
}

/** SPKI DER prefix of an Ed25519 public key (RFC 8410): the 32 raw key bytes follow it. */
const ED25519_SPKI_PREFIX = Uint8Array.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00]);

export function base64ToBytes(text: string): Uint8Array {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) throw new Error('not base64');
  const bin = atob(clean);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
  return btoa(bin);
}

export function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Reads a trusted key as written in settings or a .pem file: a PEM "PUBLIC KEY" block, the
 * base64 of its DER, or the base64 of the 32 raw key bytes. Returns the SPKI DER.
 */
export function parseEd25519PublicKey(text: string): Uint8Array {
  const pem = /-----BEGIN PUBLIC KEY-----([\s\S]*?)-----END PUBLIC KEY-----/.exec(text);
  const der = base64ToBytes(pem ? pem[1] : text.trim());
  if (der.length === 32) {
    const spki = new Uint8Array(ED25519_SPKI_PREFIX.length + 32);
    spki.set(ED25519_SPKI_PREFIX);
    spki.set(der, ED25519_SPKI_PREFIX.length);
    return spki;
  }
  if (der.length !== 44 || ED25519_SPKI_PREFIX.some((b, i) => der[i] !== b)) {
    throw new Error('not an Ed25519 public key (expected a PEM "PUBLIC KEY", or base64 of 32 raw bytes)');
  }
  return der;
}

/** A short, stable name for a key: the hex of its 32 raw bytes' first 8. */
export function keyId(spki: Uint8Array): string {
  return bytesToHex(spki.slice(ED25519_SPKI_PREFIX.length, ED25519_SPKI_PREFIX.length + 8));
}

/**
 * The bytes a pack signature covers: the canonical JSON of the parsed pack without its
 * `$schema` key (an editor hint that may point to a different path on each machine).
 */
export function packSigningBytes(pack: unknown): Uint8Array {
  if (pack && typeof pack === 'object' && !Array.isArray(pack) && '$schema' in pack) {
    const rest: Record<string, unknown> = { ...(pack as Record<string, unknown>) };
    delete rest.$schema;
    return canonicalBytes(rest);
  }
  return canonicalBytes(pack);
}

export type SignatureCheck =
  | { state: 'valid'; keyId: string }
  | { state: 'unsigned'; message: string }
  | { state: 'invalid'; message: string };

/**
 * Checks a pack's detached signature (base64 text of a .sig file) against trusted keys.
 * `packName` only labels messages.
 */
export async function checkPackSignature(pack: unknown, signatureText: string | undefined, trustedKeys: readonly string[], verifier: SignatureVerifier, packName: string): Promise<SignatureCheck> {
  if (signatureText === undefined || signatureText.trim() === '') {
    return { state: 'unsigned', message: `${packName} is not signed (no .sig file) and trusted keys are configured: refused` };
  }
  let signature: Uint8Array;
  try {
    signature = base64ToBytes(signatureText);
  } catch {
    return { state: 'invalid', message: `${packName}: the .sig file is not base64` };
  }
  if (signature.length !== 64) return { state: 'invalid', message: `${packName}: the .sig file does not hold an Ed25519 signature (64 bytes)` };
  const message = packSigningBytes(pack);
  for (const text of trustedKeys) {
    let spki: Uint8Array;
    try {
      spki = parseEd25519PublicKey(text);
    } catch {
      continue; // a malformed key is reported where the setting is read
    }
    if (await verifier.verify(spki, message, signature)) return { state: 'valid', keyId: keyId(spki) };
  }
  return { state: 'invalid', message: `${packName}: the signature does not match any trusted key; the pack was changed after signing or signed by another key: refused` };
}
