import type { FeedChannel, FeedEntry } from '../../src/site/feeds/feed-input.ts';
import { absoluteUrl, urls } from '../../src/site/urls.ts';

export const SITE_URL = 'https://www.riverbend-gazette.test';

export function buildChannel(overrides: Partial<FeedChannel> = {}): FeedChannel {
  return {
    title: 'Riverbend Gazette',
    description: 'News from the Riverbend valley',
    siteUrl: SITE_URL,
    pagePath: urls.home(),
    feedPath: urls.feed(),
    language: 'en-US',
    updatedAt: new Date('2031-03-14T18:45:00Z'),
    imageUrl: absoluteUrl(SITE_URL, '/media/logo-600.png'),
    ...overrides,
  };
}

let sequence = 0;

/** A fresh, unique public story; overrides win. */
export function buildEntry(overrides: Partial<FeedEntry> = {}): FeedEntry {
  sequence += 1;
  const url = absoluteUrl(SITE_URL, urls.article('news/local', `ferry-timetable-change-${sequence}`));
  return {
    id: url,
    url,
    title: `Ferry timetable changes for the spring season (${sequence})`,
    summary: 'The river ferry adds two evening crossings from April.',
    contentHtml: '<p>The <a href="https://ferries.riverbend.test/">river ferry</a> will add two crossings.</p>',
    publishedAt: new Date(Date.UTC(2031, 2, 14, 9, 0, sequence % 60)),
    updatedAt: null,
    authors: ['Mara Quill'],
    categories: ['Local'],
    ...overrides,
  };
}

/** Characters XML 1.0 forbids, as they arrive in pasted or badly converted copy. */
export const ILLEGAL_XML_CHARS = '\u0000\u0001\u0008\u000B\u000C\u001B\u001F\uFFFE\uFFFF\uD800';

export const HOSTILE_TITLE = `Council <script>alert("x")</script> & "friends" ]]> vote 'yes' &amp; more${ILLEGAL_XML_CHARS} 🚢`;
export const HOSTILE_BODY =
  `<p>Tom &amp; Jerry ]]> first</p><![CDATA[ nested ]]><p>second ]]> and ]]]]> third</p>${ILLEGAL_XML_CHARS}<p>end</p>`;
