// Ed25519 verification with WebCrypto: the same code in the desktop extension host (Node 20+
// globalThis.crypto) and in a browser worker (vscode.dev), so no node:crypto here.
import type { SignatureVerifier } from '../core/policy';

export const webCryptoVerifier: SignatureVerifier = {
  async verify(publicKeySpki, message, signature) {
    const key = await crypto.subtle.importKey('spki', publicKeySpki as BufferSource, { name: 'Ed25519' }, false, ['verify']);
    return crypto.subtle.verify({ name: 'Ed25519' }, key, signature as BufferSource, message as BufferSource);
  },
};

export async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
