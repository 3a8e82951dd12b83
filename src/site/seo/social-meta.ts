import { html, type SafeHtml } from '../html.ts';
import { resolveUrl } from '../resolve-url.ts';
import type { SiteChrome } from '../view-models.ts';
import type { PageMeta } from './page-meta.ts';
import { xHandle } from './x-handle.ts';

function meta(property: string, content: string | null): SafeHtml | '' {
  return content ? html`<meta property="${property}" content="${content}">
` : '';
}

/** Open Graph ("en-US" → "en_US") locale. */
function ogLocale(locale: string): string {
  return locale.replace('-', '_');
}

/**
 * Open Graph and Twitter card tags. X reads the Open Graph title,
 * description and image, so only the card type, site handle and image alt
 * are repeated under `twitter:`.
 */
export function renderSocialMeta(chrome: SiteChrome, page: PageMeta, url: string): SafeHtml {
  const { settings } = chrome;
  const image = page.image;
  const handle = settings.social.x ? xHandle(settings.social.x) : null;
  const article = page.article;
  return html`${meta('og:site_name', settings.name)}${meta('og:type', page.ogType)}${meta('og:title', page.title ?? settings.name)}${meta(
    'og:description',
    page.description,
  )}${meta('og:url', url)}${meta('og:locale', ogLocale(settings.locale))}${
    image
      ? html`${meta('og:image', resolveUrl(settings.baseUrl, image.src))}${meta('og:image:width', String(image.width))}${meta(
          'og:image:height',
          String(image.height),
        )}${meta('og:image:alt', image.alt)}`
      : ''
  }${
    article
      ? html`${meta('article:published_time', article.publishedAt.toISOString())}${meta(
          'article:modified_time',
          article.modifiedAt.toISOString(),
        )}${meta('article:section', article.section)}${article.tags.map((t) => meta('article:tag', t))}`
      : ''
  }<meta name="twitter:card" content="${image ? 'summary_large_image' : 'summary'}">
${handle ? html`<meta name="twitter:site" content="${handle}">
` : ''}${image && image.alt ? html`<meta name="twitter:image:alt" content="${image.alt}">
` : ''}`;
}
