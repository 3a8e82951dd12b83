import { absoluteUrl } from '../urls.ts';
import { newestFirst, type FeedChannel, type FeedEntry } from './feed-input.ts';
import { MEDIA_RSS_NS, mediaContent } from './media-rss.ts';
import { normalizeUrl } from './normalize-url.ts';
import { w3cDateTime } from './w3c-datetime.ts';
import { cdata, el, renderXmlDocument, type XmlElement } from './xml-element.ts';

/**
 * Atom 1.0 (RFC 4287). Headlines and summaries are `type="text"` so a reader
 * never interprets them as markup; the body is `type="html"`.
 *
 * Written directly rather than with the `feed` package, which marks plain-text
 * titles as HTML, derives enclosure types from the URL's file extension and
 * writes attribute values (category terms, image URLs) without escaping.
 */
export function renderAtom(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  const feedUrl = normalizeUrl(absoluteUrl(channel.siteUrl, channel.feedPath));
  const root = el(
    'feed',
    { xmlns: 'http://www.w3.org/2005/Atom', 'xmlns:media': MEDIA_RSS_NS, 'xml:lang': channel.language },
    // The feed's own URL is its id: stable, unique, and an IRI as RFC 4287 requires.
    el('id', {}, feedUrl),
    el('title', { type: 'text' }, channel.title),
    el('subtitle', { type: 'text' }, channel.description),
    el('updated', {}, w3cDateTime(channel.updatedAt)),
    el('link', {
      rel: 'alternate',
      type: 'text/html',
      href: normalizeUrl(absoluteUrl(channel.siteUrl, channel.pagePath)),
    }),
    el('link', { rel: 'self', type: 'application/atom+xml', href: feedUrl }),
    channel.imageUrl !== undefined && el('logo', {}, normalizeUrl(channel.imageUrl)),
    newestFirst(entries).map((entry) => atomEntry(entry, channel.title)),
  );
  return renderXmlDocument(root);
}

function atomEntry(entry: FeedEntry, publisher: string): XmlElement {
  const image = entry.image;
  // RFC 4287 requires an author on every entry that lacks one at feed level; unsigned copy is the station's.
  const authors = entry.authors.length > 0 ? entry.authors : [publisher];
  return el(
    'entry',
    {},
    el('id', {}, entry.id),
    el('title', { type: 'text' }, entry.title),
    el('link', { rel: 'alternate', type: 'text/html', href: normalizeUrl(entry.url) }),
    el('published', {}, w3cDateTime(entry.publishedAt)),
    el('updated', {}, w3cDateTime(entry.updatedAt ?? entry.publishedAt)),
    authors.map((name) => el('author', {}, el('name', {}, name))),
    entry.categories.map((name) => el('category', { term: name })),
    entry.summary !== null && el('summary', { type: 'text' }, entry.summary),
    el('content', { type: 'html' }, cdata(entry.contentHtml)),
    image && el('link', { rel: 'enclosure', type: image.mimeType, length: image.bytes, href: normalizeUrl(image.url) }),
    image && mediaContent(image),
  );
}
