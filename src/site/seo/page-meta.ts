import type { ResponsiveImage } from '../../media/responsive-image.ts';
import type { FeedLink } from './feed-links.ts';
import type { JsonLd } from './json-ld.ts';

/** Open Graph facts particular to a story. */
export interface ArticleMeta {
  readonly publishedAt: Date;
  readonly modifiedAt: Date;
  readonly section: string;
  readonly tags: readonly string[];
}

/** What a page tells browsers, search engines and social networks about itself. */
export interface PageMeta {
  /** The page's own title; the layout adds the site name. Null on the home page. */
  readonly title: string | null;
  readonly description: string | null;
  /**
   * Path of the page's canonical URL. Null marks a page search engines
   * should not index (search results, error pages): it gets `noindex` and no
   * social card.
   */
  readonly canonicalPath: string | null;
  readonly ogType: 'website' | 'article' | 'video.other' | 'profile';
  readonly image: ResponsiveImage | null;
  readonly article?: ArticleMeta;
  /** Feeds of this page's own list (section, tag, series) beyond the site-wide ones. */
  readonly feeds?: readonly FeedLink[];
  readonly jsonLd?: readonly JsonLd[];
}
