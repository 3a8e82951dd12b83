import { isoDuration } from '../format/duration.ts';
import { resolveUrl } from '../resolve-url.ts';
import { absoluteUrl, urls } from '../urls.ts';
import type { SiteChrome, VideoView } from '../view-models.ts';
import { compact, type JsonLd } from './json-ld.ts';
import { publisherJsonLd } from './publisher-json-ld.ts';

/** VideoObject: what search engines need to list the video with its poster, date and length. */
export function videoObjectJsonLd(chrome: SiteChrome, video: VideoView): JsonLd {
  const { baseUrl } = chrome.settings;
  // Search engines fetch `contentUrl` themselves; a progressive file serves them better than a playlist.
  const file = video.sources.find((s) => s.mimeType === 'video/mp4') ?? video.sources[0];
  return compact({
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    '@id': absoluteUrl(baseUrl, urls.video(video.slug)),
    url: absoluteUrl(baseUrl, urls.video(video.slug)),
    name: video.title,
    // Required by search engines; the title is the honest fallback when the newsroom wrote none.
    description: video.description?.trim() ? video.description : video.title,
    thumbnailUrl: video.poster ? [resolveUrl(baseUrl, video.poster.src)] : null,
    uploadDate: video.publishedAt.toISOString(),
    duration: video.durationSeconds && video.durationSeconds > 0 ? isoDuration(video.durationSeconds) : null,
    contentUrl: file ? resolveUrl(baseUrl, file.url) : null,
    publisher: publisherJsonLd(chrome),
  });
}
