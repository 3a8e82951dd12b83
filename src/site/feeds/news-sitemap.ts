import { normalizeUrl } from './normalize-url.ts';
import { SITEMAP_NS } from './sitemap.ts';
import { w3cDateTime } from './w3c-datetime.ts';
import { el, renderXmlDocument } from './xml-element.ts';

export const NEWS_SITEMAP_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** Google News lists only stories published in the last two days. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;

/** Google News reads at most this many `<news:news>` entries per sitemap. */
export const NEWS_SITEMAP_MAX_URLS = 1_000;

export interface NewsPublication {
  /** Exactly as the publication is known to Google News. */
  readonly name: string;
  /** BCP 47 locale of the site, e.g. `en-US`. */
  readonly locale: string;
}

export interface NewsSitemapArticle {
  /** Absolute URL. */
  readonly loc: string;
  /** Plain text headline. */
  readonly title: string;
  readonly publishedAt: Date;
}

/** The articles the news sitemap lists at `now`: published within the window, newest first, capped. */
export function newsSitemapArticles(articles: readonly NewsSitemapArticle[], now: Date): NewsSitemapArticle[] {
  const end = now.getTime();
  const start = end - NEWS_WINDOW_MS;
  return articles
    .filter((a) => {
      const t = a.publishedAt.getTime();
      // Future dates are excluded too: a scheduled story must not leak through a clock skew.
      return t >= start && t <= end;
    })
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
    .slice(0, NEWS_SITEMAP_MAX_URLS);
}

/**
 * Google News wants an ISO 639 code, not a full locale, except that Chinese
 * is written `zh-cn` (Simplified) or `zh-tw` (Traditional).
 */
export function newsLanguage(locale: string): string {
  const [primary, ...rest] = locale.toLowerCase().split(/[-_]/);
  if (primary !== 'zh') return primary;
  const traditional = rest.some((s) => s === 'hant' || s === 'tw' || s === 'hk' || s === 'mo');
  return traditional ? 'zh-tw' : 'zh-cn';
}

export function renderNewsSitemap(
  publication: NewsPublication,
  articles: readonly NewsSitemapArticle[],
  now: Date,
): string {
  const language = newsLanguage(publication.locale);
  return renderXmlDocument(
    el(
      'urlset',
      { xmlns: SITEMAP_NS, 'xmlns:news': NEWS_SITEMAP_NS },
      newsSitemapArticles(articles, now).map((a) =>
        el(
          'url',
          {},
          el('loc', {}, normalizeUrl(a.loc)),
          el(
            'news:news',
            {},
            el('news:publication', {}, el('news:name', {}, publication.name), el('news:language', {}, language)),
            el('news:publication_date', {}, w3cDateTime(a.publishedAt)),
            el('news:title', {}, a.title),
          ),
        ),
      ),
    ),
  );
}
