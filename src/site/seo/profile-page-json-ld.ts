import { resolveUrl } from '../resolve-url.ts';
import { absoluteUrl, urls } from '../urls.ts';
import type { AuthorView, SiteChrome } from '../view-models.ts';
import { compact, type JsonLd } from './json-ld.ts';

/** ProfilePage for an author: ties the byline's name to the station as the employer. */
export function profilePageJsonLd(chrome: SiteChrome, view: AuthorView): JsonLd {
  const { baseUrl, name } = chrome.settings;
  const url = absoluteUrl(baseUrl, urls.author(view.author.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url,
    mainEntity: compact({
      '@type': 'Person',
      name: view.author.name,
      jobTitle: view.author.title,
      description: view.author.bio,
      url,
      image: view.photo ? resolveUrl(baseUrl, view.photo.src) : null,
      worksFor: { '@type': 'NewsMediaOrganization', name },
    }),
  };
}
