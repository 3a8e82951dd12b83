import { html, jsonLdScript, type SafeHtml } from '../html.ts';
import { absoluteUrl } from '../urls.ts';
import type { SiteChrome } from '../view-models.ts';
import { renderFeedLinks, siteFeedLinks } from './feed-links.ts';
import type { PageMeta } from './page-meta.ts';
import { renderSocialMeta } from './social-meta.ts';

/** Search results and browser tabs cut titles near this length; social cards keep the full headline. */
export const MAX_TITLE_LENGTH = 70;

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > max / 2 ? atWord : cut}…`;
}

/**
 * "Headline | KX News"; the home page reads "KX News | Local news". A long
 * headline drops the site name first, then is shortened at a word.
 */
export function documentTitle(chrome: SiteChrome, page: Pick<PageMeta, 'title'>): string {
  const { name, tagline } = chrome.settings;
  if (page.title === null) return shorten(tagline ? `${name} | ${tagline}` : name, MAX_TITLE_LENGTH);
  const full = `${page.title} | ${name}`;
  return full.length <= MAX_TITLE_LENGTH ? full : shorten(page.title, MAX_TITLE_LENGTH);
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
