import { absoluteUrl } from './urls.ts';

/**
 * An absolute URL for machines that need one (Open Graph, JSON-LD, share
 * links): media and player URLs may already be absolute (a CDN) or be paths
 * on this site.
 */
export function resolveUrl(baseUrl: string, urlOrPath: string): string {
  if (/^https?:\/\//i.test(urlOrPath)) return urlOrPath;
  if (urlOrPath.startsWith('//')) return `https:${urlOrPath}`;
  return absoluteUrl(baseUrl, urlOrPath.startsWith('/') ? urlOrPath : `/${urlOrPath}`);
}
