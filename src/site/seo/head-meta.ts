import { html, jsonLdScript, type SafeHtml } from '../html.ts';
import { absoluteUrl } from '../urls.ts';
import type { SiteChrome } from '../view-models.ts';
import { renderFeedLinks, siteFeedLinks } from './feed-links.ts';
import type { PageMeta } from './page-meta.ts';
import { renderSocialMeta } from './social-meta.ts';

/** "Headline | KX News"; the home page reads "KX News | Local news". */
export function documentTitle(chrome: SiteChrome, page: Pick<PageMeta, 'title'>): string {
  const { name, tagline } = chrome.settings;
  if (page.title === null) return tagline ? `${name} | ${tagline}` : name;
  return `${page.title} | ${name}`;
}

/**
 * Everything in `<head>` that describes the page: description, robots,
 * canonical link, feeds, social cards and JSON-LD.
 */
export function renderHeadMeta(chrome: SiteChrome, page: PageMeta): SafeHtml {
  const { baseUrl, name } = chrome.settings;
  const canonical = page.canonicalPath === null ? null : absoluteUrl(baseUrl, page.canonicalPath);
  // Large previews let search and news surfaces show the lead photo full width.
  const robots = canonical ? 'max-image-preview:large' : 'noindex';
  return html`${page.description ? html`<meta name="description" content="${page.description}">
` : ''}<meta name="robots" content="${robots}">
${canonical ? html`<link rel="canonical" href="${canonical}">
` : ''}${renderFeedLinks(baseUrl, [...siteFeedLinks(name), ...(page.feeds ?? [])])}${
    canonical ? renderSocialMeta(chrome, page, canonical) : ''
  }${(page.jsonLd ?? []).map((node) => html`${jsonLdScript(node)}
`)}`;
}
