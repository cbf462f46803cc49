// Ed25519 with node:crypto for the CLI: key generation, signing and a SignatureVerifier.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import type { SignatureVerifier } from '../core/policy';

export const nodeVerifier: SignatureVerifier = {
  async verify(publicKeySpki, message, signature) {
    const key = createPublicKey({ key: Buffer.from(publicKeySpki), format: 'der', type: 'spki' });
    return verify(null, message, key, signature);
  },
};

export function generateEd25519(): { privatePem: string; publicPem: string; publicRaw: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    publicRaw: spki.subarray(12).toString('base64'),
  };
}

/** Signs with a PEM private key; refuses keys that are not Ed25519. */
export function signEd25519(privatePem: string, message: Uint8Array): Uint8Array {
  const key = createPrivateKey(privatePem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the key is ${key.asymmetricKeyType ?? 'not an asymmetric key'}, not Ed25519`);
  return sign(null, message, key);
}
