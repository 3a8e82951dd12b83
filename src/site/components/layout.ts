import { SITE_CSS_VERSION } from '../assets/site-css.ts';
import { html, type SafeHtml } from '../html.ts';
import { documentTitle, renderHeadMeta } from '../seo/head-meta.ts';
import type { PageMeta } from '../seo/page-meta.ts';
import { urls } from '../urls.ts';
import type { SiteChrome } from '../view-models.ts';
import { renderSiteFooter } from './site-footer.ts';
import { renderSiteHeader } from './site-header.ts';

export interface LayoutContent {
  readonly main: SafeHtml;
  /** The side column (`<aside>`); the main column takes the full width without one. */
  readonly aside?: SafeHtml | '';
  /** Top-level section path whose menu link is marked current. */
  readonly activeSection?: string | null;
  /** Inline scripts, placed last in `<body>` so they never delay the first paint. */
  readonly scripts?: readonly SafeHtml[];
}

/** The top-level part of a section path: `news` for `news/national-world`. */
export function topLevelSection(path: string): string {
  return path.split('/')[0];
}

/** A complete HTML document in the site's chrome. */
export function renderLayout(chrome: SiteChrome, page: PageMeta, content: LayoutContent): string {
  const { settings } = chrome;
  const aside = content.aside ?? '';
  return html`<!DOCTYPE html>
<html lang="${settings.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${documentTitle(chrome, page)}</title>
<link rel="stylesheet" href="${urls.stylesheet()}?v=${SITE_CSS_VERSION}">
${renderHeadMeta(chrome, page)}</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
${renderSiteHeader(chrome, content.activeSection ?? null)}
<div class="page${aside ? ' with-rail' : ''}">
<main id="main">
${content.main}
</main>
${aside}
</div>
${renderSiteFooter(chrome)}
${content.scripts ?? []}
</body>
</html>
`.toString();
}
