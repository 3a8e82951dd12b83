import { boundedGet } from './bounded-get.ts';

/**
 * Downloads what wire items link to: picture renditions and AP story files.
 * The links come from agency content, so by default they may not lead into
 * private networks; tests and newsrooms with an internal photo server can
 * allow that explicitly.
 */
export interface WireFetcher {
  /** The body of a 2xx answer, or a FetchError saying why not. */
  fetch(url: string, maxBytes: number): Promise<Buffer>;
}

export interface WireFetcherOptions {
  readonly timeoutMs?: number;
  readonly allowPrivateAddresses?: boolean;
  /** Extra request headers (an agency's API key). */
  readonly headers?: Readonly<Record<string, string>>;
}

export function createWireFetcher(options: WireFetcherOptions = {}): WireFetcher {
  return {
    async fetch(url, maxBytes) {
      const res = await boundedGet(url, {
        maxBytes,
        timeoutMs: options.timeoutMs ?? 20_000,
        allowPrivateAddresses: options.allowPrivateAddresses ?? false,
        headers: options.headers,
      });
      return res.body;
    },
  };
}
