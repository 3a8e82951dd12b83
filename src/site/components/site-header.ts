import { html, type SafeHtml } from '../html.ts';
import { urls } from '../urls.ts';
import type { SiteChrome } from '../view-models.ts';
import { LastDrawn } from './last-drawn.ts';
import { renderPicture } from './picture.ts';
import { renderSearchForm } from './search-form.ts';

/**
 * Masthead, search and the section menu. `activeSection` is the top-level
 * section path the page belongs to; its menu link is marked current.
 */
export function renderSiteHeader(chrome: SiteChrome, activeSection: string | null): SafeHtml {
  // Settings, logo and menu are shared objects, replaced when they change (see load-chrome).
  const byActive = drawnHeaders.get([chrome.settings, chrome.logo, chrome.navSections], () => new Map<string | null, SafeHtml>());
  let out = byActive.get(activeSection);
  if (!out) {
    out = build(chrome, activeSection);
    byActive.set(activeSection, out);
  }
  return out;
}

/** The headers drawn from the current chrome, by active section. */
const drawnHeaders = new LastDrawn<Map<string | null, SafeHtml>>();

function build(chrome: SiteChrome, activeSection: string | null): SafeHtml {
  const { settings, logo } = chrome;
  // The logo is the link's only content, so its alt is the station's name.
  const brand = logo ? renderPicture(logo, { loading: 'eager', alt: settings.name, sizes: '12rem' }) : settings.name;
  const items = chrome.navSections.map((s) => {
    const current = activeSection !== null && s.path === activeSection;
    return html`<li><a href="${urls.section(s.path)}"${current ? html` aria-current="true"` : ''}>${s.name}</a></li>`;
  });
  return html`<header class="site-header"><div class="masthead"><div><a class="brand" href="${urls.home()}">${brand}</a>${
    settings.tagline ? html`<p class="tagline">${settings.tagline}</p>` : ''
  }</div>${renderSearchForm({ id: 'site-search', label: 'Site' })}</div><nav class="site-nav" aria-label="Sections"><ul><li><a href="${urls.home()}">Home</a></li>${items}<li><a href="${urls.videoHub()}">Video</a></li></ul></nav></header>`;
}
