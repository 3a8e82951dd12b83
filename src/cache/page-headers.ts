/** Headers that describe one transfer or one client, not the page: never replayed from the cache. */
const PER_RESPONSE = new Set([
  'connection', 'content-encoding', 'content-length', 'date', 'etag', 'keep-alive', 'last-modified',
  'set-cookie', 'transfer-encoding', 'x-cache',
]);

/** What a 304 carries besides its validators (RFC 9110 §15.4.5). */
const NOT_MODIFIED_KEEPS = new Set(['cache-control', 'content-location', 'expires', 'vary']);

export type HeaderList = readonly string[];

/** Response headers as a framework hands them over. */
export type ResponseHeaders = Readonly<Record<string, string | number | readonly string[] | undefined>>;

/** The route's headers fit for replay, as a flat name/value list, with Vary naming Accept-Encoding. */
export function replayableHeaders(headers: ResponseHeaders): string[] {
  const out: string[] = [];
  let vary: string | null = null;
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || PER_RESPONSE.has(lower)) continue;
    const text = Array.isArray(value) ? value.join(', ') : String(value);
    if (lower === 'vary') vary = text;
    else out.push(lower, text);
  }
  out.push('vary', withAcceptEncoding(vary));
  return out;
}

export function withAcceptEncoding(vary: string | null): string {
  if (vary === null || vary.trim() === '') return 'accept-encoding';
  if (vary.split(',').some((v) => v.trim().toLowerCase() === 'accept-encoding' || v.trim() === '*')) return vary;
  return `${vary}, accept-encoding`;
}

export function bodyHeaders(base: HeaderList, length: number, etag: string, lastModified: string, encoding: 'gzip' | null): string[] {
  const out = [...base, 'content-length', String(length), 'etag', etag, 'last-modified', lastModified, 'x-cache', 'hit'];
  if (encoding) out.push('content-encoding', encoding);
  return out;
}

export function notModifiedHeaders(base: HeaderList, etag: string, lastModified: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < base.length; i += 2) if (NOT_MODIFIED_KEEPS.has(base[i])) out.push(base[i], base[i + 1]);
  out.push('etag', etag, 'last-modified', lastModified, 'x-cache', 'hit');
  return out;
}
