import { absoluteUrl } from '../urls.ts';
import { newestFirst, type FeedChannel, type FeedEntry } from './feed-input.ts';
import { normalizeUrl } from './normalize-url.ts';
import { w3cDateTime } from './w3c-datetime.ts';
import { stripInvalidXmlChars } from './xml-escape.ts';

/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).
 *
 * Built directly rather than with the `feed` package, which still writes
 * version 1 (singular `author`, no `language`) and passes an image object
 * where the spec wants a URL string.
 */
export function renderJsonFeed(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: normalizeUrl(absoluteUrl(channel.siteUrl, channel.pagePath)),
    feed_url: normalizeUrl(absoluteUrl(channel.siteUrl, channel.feedPath)),
    description: channel.description,
    icon: channel.imageUrl === undefined ? undefined : normalizeUrl(channel.imageUrl),
    language: channel.language,
    items: newestFirst(entries).map(jsonItem),
  };
  // JSON could carry control characters, but the same story must read the same in every format.
  return JSON.stringify(feed, (_key, value: unknown) => (typeof value === 'string' ? stripInvalidXmlChars(value) : value));
}

function jsonItem(entry: FeedEntry) {
  return {
    id: entry.id,
    url: normalizeUrl(entry.url),
    title: entry.title,
    summary: entry.summary ?? undefined,
    content_html: entry.contentHtml,
    image: entry.image === undefined ? undefined : normalizeUrl(entry.image.url),
    date_published: w3cDateTime(entry.publishedAt),
    date_modified: entry.updatedAt === null ? undefined : w3cDateTime(entry.updatedAt),
    authors: entry.authors.length > 0 ? entry.authors.map((name) => ({ name })) : undefined,
    tags: entry.categories.length > 0 ? [...entry.categories] : undefined,
  };
}
