import type { PurgeTarget } from './purge-target.ts';

/**
 * Purges a CDN by surrogate key through Fastly's batch purge API shape:
 * POST to the service's purge URL with the keys in a JSON body and the API
 * token in `Fastly-Key`. Pages carry their keys in `Surrogate-Key`.
 */
export class CdnPurger implements PurgeTarget {
  readonly name: string;
  // Fastly takes at most 256 keys per batch purge.
  readonly maxKeysPerRequest = 256;

  constructor(private readonly url: string, private readonly token: string | undefined, private readonly timeoutMs = 5000) {
    this.name = `cdn ${new URL(url).host}`;
  }

  async purge(keys: readonly string[]): Promise<void> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (this.token) headers['fastly-key'] = this.token;
    const res = await fetch(this.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ surrogate_keys: keys }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${this.name} answered ${res.status} to a purge`);
  }
}
