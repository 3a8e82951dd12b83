import { absoluteUrl, urls } from '../urls.ts';
import type { SiteChrome } from '../view-models.ts';
import type { JsonLd } from './json-ld.ts';
import { publisherJsonLd } from './publisher-json-ld.ts';

/** The site itself, with its search, for the home page. */
export function websiteJsonLd(chrome: SiteChrome): JsonLd {
  const { settings } = chrome;
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: settings.name,
    url: absoluteUrl(settings.baseUrl, urls.home()),
    publisher: publisherJsonLd(chrome),
    potentialAction: {
      '@type': 'SearchAction',
      // The placeholder must stay literal, so it is not passed through urls.search's encoding.
      target: `${absoluteUrl(settings.baseUrl, urls.search())}?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  };
}
