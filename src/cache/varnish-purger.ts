import type { PurgeTarget } from './purge-target.ts';

/**
 * Purges a Varnish running `ops/varnish/dateline.vcl`: a PURGE request
 * whose `xkey-purge` header lists the keys, which the VCL hands to the
 * xkey vmod. Pages carry their keys in the `xkey` header.
 */
export class VarnishPurger implements PurgeTarget {
  readonly name: string;
  // Varnish's default limit for one request header is 8 KB.
  readonly maxKeysPerRequest = 400;

  constructor(private readonly url: string, private readonly timeoutMs = 5000) {
    this.name = `varnish ${new URL(url).host}`;
  }

  async purge(keys: readonly string[]): Promise<void> {
    const res = await fetch(this.url, {
      method: 'PURGE',
      headers: { 'xkey-purge': keys.join(' ') },
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${this.name} answered ${res.status} to a purge`);
  }
}
