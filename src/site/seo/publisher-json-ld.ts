import { resolveUrl } from '../resolve-url.ts';
import { safeUrl } from '../safe-url.ts';
import { absoluteUrl, urls } from '../urls.ts';
import type { SiteChrome } from '../view-models.ts';
import { compact, type JsonLd } from './json-ld.ts';

/** The station as publisher, with its logo: search engines show it beside the station's stories. */
export function publisherJsonLd(chrome: SiteChrome): JsonLd {
  const { settings, logo } = chrome;
  const sameAs = Object.values(settings.social)
    .map((u) => (u ? safeUrl(u) : null))
    .filter((u): u is string => u !== null && /^https?:/.test(u));
  return compact({
    '@type': 'NewsMediaOrganization',
    name: settings.name,
    url: absoluteUrl(settings.baseUrl, urls.home()),
    logo: logo
      ? { '@type': 'ImageObject', url: resolveUrl(settings.baseUrl, logo.src), width: logo.width, height: logo.height }
      : null,
    sameAs,
  });
}
