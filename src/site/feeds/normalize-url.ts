/**
 * The serialised form of an absolute URL: non-ASCII path characters
 * percent-encoded, host lower-cased. Sitemaps and feed readers need exactly
 * that, and a relative URL here is a caller's bug, so it throws.
 */
export function normalizeUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    throw new TypeError(`Not an absolute URL: ${url}`);
  }
}
