import { html, type SafeHtml } from '../html.ts';
import { absoluteUrl, urls } from '../urls.ts';

export interface FeedLink {
  readonly title: string;
  readonly path: string;
  readonly type: 'application/rss+xml' | 'application/atom+xml' | 'application/feed+json';
}

/** The site-wide feeds, advertised on every page so feed readers find them from any URL. */
export function siteFeedLinks(siteName: string): FeedLink[] {
  return [
    { title: siteName, path: urls.feed(), type: 'application/rss+xml' },
    { title: `${siteName} (Atom)`, path: urls.atomFeed(), type: 'application/atom+xml' },
    { title: `${siteName} (JSON Feed)`, path: urls.jsonFeed(), type: 'application/feed+json' },
  ];
}

export function renderFeedLinks(baseUrl: string, feeds: readonly FeedLink[]): SafeHtml {
  return html`${feeds.map(
    (f) => html`<link rel="alternate" type="${f.type}" title="${f.title}" href="${absoluteUrl(baseUrl, f.path)}">
`,
  )}`;
}
