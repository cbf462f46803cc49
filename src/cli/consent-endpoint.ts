// A consent registry behind an HTTPS endpoint: `https://crm.example/consent/{customer}`.
// Shared by the CLI and the extension, so it uses only fetch (Node 20 and browsers) and no
// Node built-ins. Offline, slow or failing endpoints answer `unknown`, never `granted`.
import { parseConsentJson, verdictFor, type ConsentLookup, type ConsentQuery, type ConsentRecord, type ConsentVerdict } from '../core/consent';

export interface ConsentEndpointOptions {
  /** URL with `{customer}`, e.g. https://crm.example/api/consent?customer={customer}. */
  urlTemplate: string;
  /** Bearer token, from SecretStorage (editor) or an environment variable (CLI); never from settings. */
  token?: string;
  timeoutMs?: number;
  /** How long an answer is reused (default 10 minutes). */
  cacheMs?: number;
  /** Called when a customer's records arrive (the editor re-checks open replies). */
  onLoaded?: (customer: string) => void;
  fetch?: typeof fetch;
  now?: () => number;
}

interface CacheEntry {
  at: number;
  records?: ConsentRecord[];
  /** Why the look-up failed (shown as the `unknown` detail). */
  failure?: string;
}

export function isAllowedEndpoint(urlTemplate: string): boolean {
  try {
    const url = new URL(urlTemplate.replace('{customer}', 'x'));
    // HTTPS only; plain HTTP just for a registry on this machine (tests, local proxies).
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
  } catch {
    return false;
  }
}

export class ConsentEndpoint implements ConsentLookup {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly pending = new Map<string, Promise<void>>();
  readonly name: string;

  constructor(private readonly options: ConsentEndpointOptions) {
    if (!options.urlTemplate.includes('{customer}')) throw new Error('the consent URL needs a {customer} placeholder');
    if (!isAllowedEndpoint(options.urlTemplate)) throw new Error('the consent URL must use https://');
    this.name = new URL(options.urlTemplate.replace('{customer}', 'x')).host;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** Synchronous answer from the cache; starts a fetch and says `unknown` until it lands. */
  lookup(query: ConsentQuery): ConsentVerdict {
    const entry = this.cache.get(query.customer);
    const fresh = entry && this.now() - entry.at < (this.options.cacheMs ?? 600_000);
    if (!fresh) void this.prefetch(query.customer);
    if (entry?.records) return verdictFor(entry.records, query, this.name);
    return { state: 'unknown', registry: this.name, detail: entry?.failure ?? 'loading' };
  }

  /** Fetches one customer's records (deduplicated while in flight). Never rejects. */
  prefetch(customer: string): Promise<void> {
    const running = this.pending.get(customer);
    if (running) return running;
    const p = this.fetchRecords(customer).finally(() => this.pending.delete(customer));
    this.pending.set(customer, p);
    return p;
  }

  private async fetchRecords(customer: string): Promise<void> {
    const doFetch = this.options.fetch ?? fetch;
    const url = this.options.urlTemplate.replace('{customer}', encodeURIComponent(customer));
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs ?? 5000);
    try {
      const res = await doFetch(url, {
        headers: { Accept: 'application/json', ...(this.options.token ? { Authorization: `Bearer ${this.options.token}` } : {}) },
        signal: controller.signal,
        redirect: 'error',
      });
      if (res.status === 404) {
        this.cache.set(customer, { at: this.now(), records: [] });
      } else if (!res.ok) {
        this.fail(customer, `HTTP ${res.status}`);
      } else {
        const { records, errors } = parseConsentJson(await res.text());
        if (errors.length && !records.length) this.fail(customer, 'unreadable answer');
        // The endpoint may answer with more than we asked for: keep this customer's only.
        else this.cache.set(customer, { at: this.now(), records: records.filter((r) => r.customerId === customer) });
      }
    } catch (err) {
      this.fail(customer, (err as Error).name === 'AbortError' ? 'timeout' : 'offline');
    } finally {
      clearTimeout(timer);
    }
    this.options.onLoaded?.(customer);
  }

  /** A stale answer is not reused after a failure: consent may have been revoked since. */
  private fail(customer: string, failure: string): void {
    this.cache.set(customer, { at: this.now(), failure });
  }

  clear(): void {
    this.cache.clear();
  }
}
