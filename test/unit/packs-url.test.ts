// Packs served over HTTPS: a real TLS server on 127.0.0.1 with a certificate made for this
// test, pinned by sha256, cached for offline use, signature fetched beside the pack.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, get, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bytesToBase64, packSigningBytes, parsePack } from '../../src/core/policy';
import { webCryptoVerifier } from '../../src/extension/pack-crypto';
import { defaultFetcher, fetchPinnedPack, type Fetcher, type PackCache } from '../../src/extension/pack-fetch';
import { loadPacks } from '../../src/extension/pack-loader';

const PACK = `id: acme.remote
name: Acme remote pack
version: 2.0.0
publisher: Acme privacy office
approval: { approvedBy: DPO, date: "2026-01-01", expires: "2027-12-31" }
locales: [es]
snippets:
  - id: unsubscribe.es
    title: Baja
    purpose: unsubscribe
    channels: [email]
    locale: es
    body: "Baja: \${unsubscribeUrl}"
`;
const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

function memoryCache(): PackCache & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    read: async (name) => files.get(name),
    write: async (name, data) => void files.set(name, data),
  };
}

describe('packs over HTTPS (local server, self-signed certificate)', function () {
  this.timeout(30_000);
  let dir: string;
  let server: Server;
  let base: string;
  let cert: Buffer;
  let requests: string[];
  let trustingFetcher: Fetcher;
  const keys = generateKeyPairSync('ed25519');
  const signature = bytesToBase64(sign(null, packSigningBytes(parsePack(PACK, 'x').pack), keys.privateKey));

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'reply-guard-https-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    cert = readFileSync(join(dir, 'cert.pem'));
    requests = [];
    server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert }, (req, res) => {
      requests.push(req.url ?? '');
      if (req.url === '/team.pack.yaml') res.end(PACK);
      else if (req.url === '/team.pack.yaml.sig') res.end(signature + '\n');
      else if (req.url === '/changed.pack.yaml') res.end(PACK.replace('Baja:', 'Darse de baja:'));
      else {
        res.statusCode = 404;
        res.end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // This test's certificate is trusted explicitly, as an organisation's CA would be.
    trustingFetcher = (url) =>
      new Promise((resolve, reject) => {
        get(url, { ca: cert }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => (res.statusCode === 200 ? resolve(new Uint8Array(Buffer.concat(chunks))) : reject(new Error(`HTTP ${res.statusCode}`))));
        }).on('error', reject);
      });
  });

  after(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('downloads a pack whose sha256 matches, caches it, and serves the cache afterwards', async () => {
    const cache = memoryCache();
    const entry = { url: `${base}/team.pack.yaml`, sha256: sha256(PACK) };
    const first = await fetchPinnedPack(entry, trustingFetcher, cache);
    assert.equal(first.text, PACK);
    assert.equal(first.fromCache, false);
    assert.ok(cache.files.has(`${sha256(PACK)}.pack`));
    const before = requests.length;
    const second = await fetchPinnedPack({ ...entry, sha256: entry.sha256.toUpperCase() }, trustingFetcher, cache);
    assert.equal(second.fromCache, true);
    assert.equal(requests.length, before, 'no network use once cached');
  });

  it('refuses a pack whose content does not match the pinned hash, naming the URL, and caches nothing', async () => {
    const cache = memoryCache();
    const url = `${base}/changed.pack.yaml`;
    await assert.rejects(fetchPinnedPack({ url, sha256: sha256(PACK) }, trustingFetcher, cache), (error: Error) => {
      assert.match(error.message, new RegExp(`^${url.replace(/[.]/g, '\\.')}: SHA-256 is [0-9a-f]{64}, but replyGuard\\.packs\\.urls pins ${sha256(PACK)}: refused`));
      return true;
    });
    assert.equal(cache.files.size, 0);
  });

  it('works offline from the cache, and says so when there is no cached copy', async () => {
    const cache = memoryCache();
    const entry = { url: `${base}/team.pack.yaml`, sha256: sha256(PACK) };
    await fetchPinnedPack(entry, trustingFetcher, cache);
    const offline: Fetcher = async () => {
      throw new Error('connect ECONNREFUSED');
    };
    assert.equal((await fetchPinnedPack(entry, offline, cache)).text, PACK);
    await assert.rejects(fetchPinnedPack(entry, offline, memoryCache()), /team\.pack\.yaml: cannot download \(connect ECONNREFUSED\) and no cached copy/);
    // A cached file that was altered on disk no longer matches its name: downloaded again.
    cache.files.set(`${sha256(PACK)}.pack`, new TextEncoder().encode('tampered'));
    assert.equal((await fetchPinnedPack(entry, trustingFetcher, cache)).fromCache, false);
  });

  it('refuses plain http and malformed pins before any request', async () => {
    const before = requests.length;
    await assert.rejects(fetchPinnedPack({ url: base.replace('https', 'http') + '/team.pack.yaml', sha256: sha256(PACK) }, trustingFetcher, memoryCache()), /only https/);
    await assert.rejects(fetchPinnedPack({ url: `${base}/team.pack.yaml`, sha256: 'abc' }, trustingFetcher, memoryCache()), /64 hex digits/);
    await assert.rejects(fetchPinnedPack({ url: `${base}/missing.pack.yaml`, sha256: sha256(PACK) }, trustingFetcher, memoryCache()), /HTTP 404/);
    assert.equal(requests.length, before + 1, 'only the 404 reached the server');
  });

  it('the default fetcher verifies TLS: an untrusted self-signed certificate is refused', async () => {
    await assert.rejects(fetchPinnedPack({ url: `${base}/team.pack.yaml`, sha256: sha256(PACK) }, defaultFetcher, memoryCache()), /cannot download/);
  });

  it('fetches <url>.sig with the pack and the signed pack loads under a trusted key', async () => {
    const cache = memoryCache();
    const pinned = await fetchPinnedPack({ url: `${base}/team.pack.yaml`, sha256: sha256(PACK) }, trustingFetcher, cache, true);
    assert.equal(pinned.signature?.trim(), signature);
    const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const { policy } = await loadPacks([{ origin: 'url', location: `${base}/team.pack.yaml`, text: pinned.text, signature: pinned.signature }], { trustedKeys: [publicPem], allowExpired: true, verifier: webCryptoVerifier, now: new Date(2026, 10, 23) });
    assert.deepEqual(policy.packs.map((p) => [p.pack.id, p.signature, p.origin]), [['acme.remote', 'valid', 'url']]);
    // Offline, the signature comes from the cache too.
    const offline: Fetcher = async () => {
      throw new Error('offline');
    };
    assert.equal((await fetchPinnedPack({ url: `${base}/team.pack.yaml`, sha256: sha256(PACK) }, offline, cache, true)).signature?.trim(), signature);
  });
});
