import type { IncomingHttpHeaders } from 'node:http';

/**
 * Whether the client's copy is current (RFC 9110 §13.1): If-None-Match
 * compared weakly against any of `etags`, or, only when no If-None-Match
 * was sent, If-Modified-Since at or after the last change.
 */
export function isNotModified(headers: IncomingHttpHeaders, etags: readonly string[], lastModifiedMs: number): boolean {
  const inm = headers['if-none-match'];
  if (inm !== undefined) {
    if (inm.trim() === '*') return true;
    for (const raw of inm.split(',')) {
      const tag = raw.trim().replace(/^W\//, '');
      if (etags.includes(tag)) return true;
    }
    return false;
  }
  const ims = headers['if-modified-since'];
  if (ims === undefined) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && since >= lastModifiedMs;
}
