import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { isPrivateAddress } from './address-policy.ts';

export interface BoundedGetOptions {
  /** Largest body accepted, after decompression. */
  readonly maxBytes: number;
  /** Whole exchange, redirects included. */
  readonly timeoutMs: number;
  readonly maxRedirects?: number;
  /** Whether the URL may lead to loopback or private addresses (configured feeds may; links inside content may not). */
  readonly allowPrivateAddresses: boolean;
  readonly headers?: Readonly<Record<string, string>>;
  /** Answer 304 and other non-2xx statuses instead of failing on them. */
  readonly acceptAnyStatus?: boolean;
}

export interface BoundedResponse {
  readonly url: string;
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

/** Why a fetch failed, in words fit for a receipt or an editor. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
}

const USER_AGENT = 'Dateline wire ingest';

/**
 * One GET with every bound a link from outside needs: http(s) only, a
 * deadline for the whole exchange, a byte cap enforced while reading,
 * a redirect limit re-checking each hop, and (unless allowed) no private
 * addresses, checked on the address actually connected to.
 */
export async function boundedGet(url: string, options: BoundedGetOptions): Promise<BoundedResponse> {
  const deadline = Date.now() + options.timeoutMs;
  let current = url;
  for (let hop = 0; ; hop++) {
    const response = await getOnce(current, options, deadline);
    const location = response.headers.location;
    if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
      if (hop >= (options.maxRedirects ?? 5)) throw new FetchError(`${url}: more than ${options.maxRedirects ?? 5} redirects`);
      current = new URL(location, current).toString();
      continue;
    }
    if (!options.acceptAnyStatus && (response.status < 200 || response.status > 299)) {
      throw new FetchError(`${current} answered ${response.status}`);
    }
    return response;
  }
}

function guardedLookup(hostname: string): LookupFunction {
  return (host, opts, callback) => {
    dnsLookup(host, opts, (error, address, family) => {
      if (error) return callback(error, address as string, family);
      const list: LookupAddress[] = Array.isArray(address) ? address : [{ address, family: family ?? 4 }];
      const blocked = list.find((a) => isPrivateAddress(a.address));
      if (blocked) {
        return callback(new FetchError(`${hostname} resolves to ${blocked.address}, a private address`) as NodeJS.ErrnoException, '', 4);
      }
      callback(null, address as string, family);
    });
  };
}

function getOnce(url: string, options: BoundedGetOptions, deadline: number): Promise<BoundedResponse> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return Promise.reject(new FetchError(`"${url}" is not a URL`));
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return Promise.reject(new FetchError(`${url}: only http and https links are fetched`));
  }
  const hostname = parsed.hostname.replace(/^\[|\]$/g, '');
  if (!options.allowPrivateAddresses && isIP(hostname) !== 0 && isPrivateAddress(hostname)) {
    return Promise.reject(new FetchError(`${url}: ${hostname} is a private address`));
  }
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new FetchError(`${url}: timed out`));
  const client = parsed.protocol === 'https:' ? https : http;
  return new Promise<BoundedResponse>((resolve, reject) => {
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(error instanceof FetchError ? error : new FetchError(`${url}: ${error.message}`));
    };
    const req = client.get(
      parsed,
      {
        headers: { 'user-agent': USER_AGENT, 'accept-encoding': 'gzip, deflate, br', ...options.headers },
        ...(options.allowPrivateAddresses ? {} : { lookup: guardedLookup(hostname) }),
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > options.maxBytes && status >= 200 && status < 300) {
          fail(new FetchError(`${url}: ${declared} bytes, over the limit of ${options.maxBytes}`));
          return;
        }
        const body = decoded(res);
        const chunks: Buffer[] = [];
        let size = 0;
        body.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            fail(new FetchError(`${url}: more than ${options.maxBytes} bytes`));
            body.destroy();
            return;
          }
          chunks.push(chunk);
        });
        body.on('error', (e) => fail(e));
        body.on('end', () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve({ url, status, headers: res.headers, body: Buffer.concat(chunks) });
        });
      },
    );
    req.on('error', (e) => fail(e));
    const timer = setTimeout(() => fail(new FetchError(`${url}: timed out after ${Math.round(options.timeoutMs / 1000)} s`)), remaining);
  });
}

function decoded(res: http.IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(createGunzip());
  if (encoding === 'deflate') return res.pipe(createInflate());
  if (encoding === 'br') return res.pipe(createBrotliDecompress());
  return res;
}
