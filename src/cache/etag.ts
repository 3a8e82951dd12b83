import { createHash } from 'node:crypto';

/**
 * A strong validator from the bytes alone, so every node that renders the
 * same page hands out the same ETag and a client's If-None-Match works
 * whichever node answers.
 */
export function strongEtag(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** The ETag of the gzip encoding of the same page: a different representation, so a different tag. */
export function gzipEtag(etag: string): string {
  return `${etag.slice(0, -1)}-gz"`;
}
