import { absoluteUrl, urls } from '../urls.ts';
import { normalizeUrl } from './normalize-url.ts';
import { w3cDateTime } from './w3c-datetime.ts';
import { el, renderXmlDocument } from './xml-element.ts';

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** The sitemap protocol's limit on URLs per file. */
export const SITEMAP_MAX_URLS = 50_000;

/** The kinds of public page listed in part files, one series of parts per kind. */
export const SITEMAP_KINDS = ['articles', 'sections', 'tags', 'authors', 'series', 'videos'] as const;
export type SitemapKind = (typeof SITEMAP_KINDS)[number];

export function isSitemapKind(value: string): value is SitemapKind {
  return (SITEMAP_KINDS as readonly string[]).includes(value);
}

/** One `<url>` of a part file, or one `<sitemap>` of the index. */
export interface SitemapUrl {
  /** Absolute URL. */
  readonly loc: string;
  readonly lastmod: Date | null;
}

/** How many pages of one kind exist, and when each part last changed. */
export interface SitemapSource {
  readonly kind: SitemapKind;
  readonly count: number;
  /**
   * Latest change within each part, in part order (index 0 is part 1). A
   * per-part date lets crawlers refetch only the parts that changed; parts
   * beyond the list's end get no lastmod.
   */
  readonly lastmods: readonly (Date | null)[];
}

export function sitemapPartCount(count: number): number {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`Invalid URL count: ${count}`);
  return Math.ceil(count / SITEMAP_MAX_URLS);
}

/**
 * Which rows part `n` (from 1) holds, for the query that lists them. Rows
 * must be read in a stable order (e.g. by id) so a URL stays in its part.
 */
export function sitemapPartSlice(n: number): { readonly offset: number; readonly limit: number } {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`Invalid sitemap part: ${n}`);
  return { offset: (n - 1) * SITEMAP_MAX_URLS, limit: SITEMAP_MAX_URLS };
}

/** The entries of `/sitemap.xml`: one per part file of every kind that has pages. */
export function sitemapIndex(siteUrl: string, sources: readonly SitemapSource[]): SitemapUrl[] {
  return sources.flatMap(({ kind, count, lastmods }) => {
    const parts = sitemapPartCount(count);
    if (lastmods.length > parts) {
      throw new RangeError(`${kind}: ${lastmods.length} lastmods for ${parts} parts`);
    }
    return Array.from({ length: parts }, (_, i) => ({
      loc: absoluteUrl(siteUrl, urls.sitemapPart(kind, i + 1)),
      lastmod: lastmods[i] ?? null,
    }));
  });
}

export function renderSitemapIndex(parts: readonly SitemapUrl[]): string {
  return renderXmlDocument(
    el('sitemapindex', { xmlns: SITEMAP_NS }, parts.map(({ loc, lastmod }) => el('sitemap', {}, locAndLastmod(loc, lastmod)))),
  );
}

/** One part file; more than `SITEMAP_MAX_URLS` entries is a paging bug upstream and throws. */
export function renderSitemapPart(entries: readonly SitemapUrl[]): string {
  if (entries.length > SITEMAP_MAX_URLS) {
    throw new RangeError(`A sitemap holds at most ${SITEMAP_MAX_URLS} URLs, got ${entries.length}`);
  }
  return renderXmlDocument(
    el('urlset', { xmlns: SITEMAP_NS }, entries.map(({ loc, lastmod }) => el('url', {}, locAndLastmod(loc, lastmod)))),
  );
}

function locAndLastmod(loc: string, lastmod: Date | null) {
  return [el('loc', {}, normalizeUrl(loc)), lastmod && el('lastmod', {}, w3cDateTime(lastmod))];
}
