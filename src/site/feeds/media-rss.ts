import type { FeedImage } from './feed-input.ts';
import { normalizeUrl } from './normalize-url.ts';
import { el, type XmlElement } from './xml-element.ts';

/** Media RSS: the lead-image element Feedly, Inoreader and news apps read, in RSS and Atom alike. */
export const MEDIA_RSS_NS = 'http://search.yahoo.com/mrss/';

export function mediaContent(image: FeedImage): XmlElement {
  return el('media:content', {
    url: normalizeUrl(image.url),
    type: image.mimeType,
    medium: 'image',
    width: image.width,
    height: image.height,
    fileSize: image.bytes,
  });
}
