import { absoluteUrl } from '../urls.ts';
import { newestFirst, type FeedChannel, type FeedEntry } from './feed-input.ts';
import { escapeHtml } from '../html.ts';
import { MEDIA_RSS_NS, mediaContent } from './media-rss.ts';
import { normalizeUrl } from './normalize-url.ts';
import { cdata, el, renderXmlDocument, type XmlElement } from './xml-element.ts';

/**
 * RSS 2.0 with the extensions readers rely on: atom:link rel=self,
 * content:encoded for the body, dc:creator for bylines (RSS's own <author>
 * must be an e-mail address) and media:content for the lead image.
 *
 * Written directly rather than with the `feed` package: its XML layer leaves
 * `&` and `<` unescaped in attribute values, splits only the first `]]>` of a
 * CDATA section and turns a literal `&amp;` in text into `&`, so hostile copy
 * breaks the document or changes it; it also marks every guid as not a
 * permalink and writes bylines into <author>.
 */
export function renderRss(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  const pageUrl = normalizeUrl(absoluteUrl(channel.siteUrl, channel.pagePath));
  const root = el(
    'rss',
    {
      version: '2.0',
      'xmlns:atom': 'http://www.w3.org/2005/Atom',
      'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
      'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      'xmlns:media': MEDIA_RSS_NS,
    },
    el(
      'channel',
      {},
      el('title', {}, channel.title),
      el('link', {}, pageUrl),
      el('description', {}, channel.description),
      el('language', {}, channel.language),
      el('lastBuildDate', {}, rfc822Date(channel.updatedAt)),
      el('atom:link', {
        href: normalizeUrl(absoluteUrl(channel.siteUrl, channel.feedPath)),
        rel: 'self',
        type: 'application/rss+xml',
      }),
      channel.imageUrl !== undefined &&
        el(
          'image',
          {},
          el('url', {}, normalizeUrl(channel.imageUrl)),
          el('title', {}, channel.title),
          el('link', {}, pageUrl),
        ),
      newestFirst(entries).map(rssItem),
    ),
  );
  return renderXmlDocument(root);
}

function rssItem(entry: FeedEntry): XmlElement {
  const url = normalizeUrl(entry.url);
  const permalink = entry.id === entry.url;
  const image = entry.image;
  return el(
    'item',
    {},
    el('title', {}, entry.title),
    el('link', {}, url),
    el('guid', { isPermaLink: String(permalink) }, permalink ? url : entry.id),
    el('pubDate', {}, rfc822Date(entry.publishedAt)),
    // <description> is HTML by convention, so the plain-text summary is escaped as HTML first.
    entry.summary !== null && el('description', {}, cdata(escapeHtml(entry.summary))),
    el('content:encoded', {}, cdata(entry.contentHtml)),
    entry.authors.map((name) => el('dc:creator', {}, name)),
    entry.categories.map((name) => el('category', {}, name)),
    image && mediaContent(image),
    // An enclosure must state its length; without a known size only media:content is honest.
    image?.bytes !== undefined &&
      el('enclosure', { url: normalizeUrl(image.url), length: image.bytes, type: image.mimeType }),
  );
}

/** RFC 822 date as RSS 2.0 requires, in GMT: `Wed, 01 May 2024 14:30:00 GMT`. */
function rfc822Date(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  return date.toUTCString();
}
