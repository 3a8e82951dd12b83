/**
 * What every feed format is rendered from: plain data, already public and
 * already sanitized. Paths come from `urls` in `../urls.ts`.
 */

/** The feed as a whole. One channel value per document: `feedPath` is that document's own path. */
export interface FeedChannel {
  readonly title: string;
  /** Plain text. */
  readonly description: string;
  /** Public base URL of the site, e.g. `https://www.example-station.test`. */
  readonly siteUrl: string;
  /** The HTML page the feed mirrors: `urls.home()`, `urls.section(path)`, `urls.tag(slug)`... */
  readonly pagePath: string;
  /** Path of this feed document: `urls.feed()`, `urls.atomFeed()`, `urls.jsonFeed()`... */
  readonly feedPath: string;
  /** BCP 47, e.g. `en-US`. */
  readonly language: string;
  /** Latest change to anything in the feed. */
  readonly updatedAt: Date;
  /** Absolute URL of the station's logo. */
  readonly imageUrl?: string;
}

export interface FeedImage {
  /** Absolute URL of the rendition to syndicate. */
  readonly url: string;
  readonly mimeType: string;
  readonly width: number;
  readonly height: number;
  /** Size of that rendition; RSS enclosures need it, so without it only media:content is written. */
  readonly bytes?: number;
}

export interface FeedEntry {
  /** Stable forever: the article URL, or a `tag:` URI when URLs may change. */
  readonly id: string;
  /** Absolute public URL. */
  readonly url: string;
  /** Plain text headline. */
  readonly title: string;
  /** Plain text standfirst, or null when the story has none. */
  readonly summary: string | null;
  /** Sanitized HTML body. */
  readonly contentHtml: string;
  readonly publishedAt: Date;
  /** Public update or correction time; null when never updated. */
  readonly updatedAt: Date | null;
  /** Display names, in byline order. */
  readonly authors: readonly string[];
  /** Section and tag names. */
  readonly categories: readonly string[];
  readonly image?: FeedImage;
}

/** Newest first by publication; ties broken by id so output is stable between renders. */
export function newestFirst(entries: readonly FeedEntry[]): FeedEntry[] {
  return [...entries].sort(
    (a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
