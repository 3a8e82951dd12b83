import { absoluteUrl, urls } from '../urls.ts';
import { normalizeUrl } from './normalize-url.ts';

/** Newsroom-only areas; crawling them only yields login pages and 401s. */
const DISALLOWED_PATHS = ['/admin/', '/api/admin/'] as const;

/** `/robots.txt`: the public site open to every crawler, sitemaps as absolute URLs as the protocol requires. */
export function renderRobotsTxt(siteUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...DISALLOWED_PATHS.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${normalizeUrl(absoluteUrl(siteUrl, urls.sitemapIndex()))}`,
    `Sitemap: ${normalizeUrl(absoluteUrl(siteUrl, urls.newsSitemap()))}`,
    '',
  ].join('\n');
}
