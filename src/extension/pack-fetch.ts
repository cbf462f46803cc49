// Packs served over HTTPS, pinned by sha256 and cached for offline use. The cache is keyed by
// the pinned hash, so a cached copy is trusted exactly as much as a fresh download and the
// network is used only when the pinned content is not cached yet. No `vscode` import: the
// editor passes its globalStorage cache and the tests a local HTTPS server.
import { MAX_PACK_BYTES } from '../core/policy';
import { sha256Hex } from './pack-crypto';

export interface PackUrlSetting {
  url: string;
  sha256: string;
}

/** Where downloaded packs are kept (globalStorage in the editor). */
export interface PackCache {
  read(name: string): Promise<Uint8Array | undefined>;
  write(name: string, data: Uint8Array): Promise<void>;
}

/** Downloads a URL; rejects on HTTP errors. */
export type Fetcher = (url: string) => Promise<Uint8Array>;

export const FETCH_TIMEOUT_MS = 10_000;

export class PackFetchError extends Error {}

/** The browser/Node `fetch`, with a timeout, a size limit and no downgrade to http. */
export const defaultFetcher: Fetcher = async (url) => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    const response = await fetch(url, { signal: controller.signal, redirect: 'follow', credentials: 'omit' });
    if (response.url && !response.url.startsWith('https://')) throw new PackFetchError('redirected to a non-HTTPS address');
    if (!response.ok) throw new PackFetchError(`HTTP ${response.status}`);
    const data = new Uint8Array(await response.arrayBuffer());
    if (data.length > MAX_PACK_BYTES) throw new PackFetchError('larger than 2 MB');
    return data;
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw new PackFetchError(`no answer within ${FETCH_TIMEOUT_MS / 1000} s`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
};

/** Checks a setting entry; returns a message naming the problem, or undefined when usable. */
export function checkUrlSetting(entry: unknown): string | undefined {
  const e = entry as Partial<PackUrlSetting> | undefined;
  if (!e || typeof e.url !== 'string') return 'each replyGuard.packs.urls entry needs {"url": "https://...", "sha256": "<64 hex digits>"}';
  if (!e.url.startsWith('https://')) return `${e.url}: only https:// addresses are loaded`;
  if (typeof e.sha256 !== 'string' || !/^[0-9a-fA-F]{64}$/.test(e.sha256)) return `${e.url}: "sha256" must be the 64 hex digits of the file's SHA-256 (sha256sum <file>)`;
  return undefined;
}

export interface PinnedPack {
  text: string;
  /** true when served from the cache (offline or already downloaded). */
  fromCache: boolean;
  /** The detached signature (`<url>.sig`), when asked for and available. */
  signature?: string;
}

const decoder = new TextDecoder('utf-8');

/**
 * Returns the pack at `entry.url` whose SHA-256 is `entry.sha256`, from the cache or the network.
 * With `withSignature`, also `<url>.sig` (cached beside it; a missing one is not an error here:
 * the signature check reports it).
 */
export async function fetchPinnedPack(entry: PackUrlSetting, fetcher: Fetcher, cache: PackCache, withSignature = false): Promise<PinnedPack> {
  const problem = checkUrlSetting(entry);
  if (problem) throw new PackFetchError(problem);
  const pinned = entry.sha256.toLowerCase();
  const name = `${pinned}.pack`;
  let data = await cache.read(name).catch(() => undefined);
  let fromCache = true;
  if (!data || (await sha256Hex(data)) !== pinned) {
    fromCache = false;
    try {
      data = await fetcher(entry.url);
    } catch (error) {
      throw new PackFetchError(`${entry.url}: cannot download (${(error as Error).message}) and no cached copy`);
    }
    const actual = await sha256Hex(data);
    if (actual !== pinned) {
      throw new PackFetchError(`${entry.url}: SHA-256 is ${actual}, but replyGuard.packs.urls pins ${pinned}: refused (if the change is intended, update the pinned hash)`);
    }
    await cache.write(name, data).catch(() => undefined);
  }
  const result: PinnedPack = { text: decoder.decode(data), fromCache };
  if (withSignature) {
    const sigName = `${pinned}.sig`;
    let sig: Uint8Array | undefined;
    try {
      sig = await fetcher(`${entry.url}.sig`);
      await cache.write(sigName, sig).catch(() => undefined);
    } catch {
      sig = await cache.read(sigName).catch(() => undefined);
    }
    if (sig) result.signature = decoder.decode(sig);
  }
  return result;
}
