import { html, type SafeHtml } from '../html.ts';
import { urls } from '../urls.ts';
import type { SiteChrome } from '../view-models.ts';
import { renderPicture } from './picture.ts';
import { renderSearchForm } from './search-form.ts';

/**
 * Masthead, search and the section menu. `activeSection` is the top-level
 * section path the page belongs to; its menu link is marked current.
 */
export function renderSiteHeader(chrome: SiteChrome, activeSection: string | null): SafeHtml {
  // Settings, logo and menu are shared objects, replaced when they change (see load-chrome).
  if (!last || last.settings !== chrome.settings || last.logo !== chrome.logo || last.nav !== chrome.navSections) {
    last = { settings: chrome.settings, logo: chrome.logo, nav: chrome.navSections, byActive: new Map() };
  }
  let out = last.byActive.get(activeSection);
  if (!out) {
    out = build(chrome, activeSection);
    last.byActive.set(activeSection, out);
  }
  return out;
}

/** The header last drawn, by active section: the same on every page until the chrome changes. */
let last: { settings: SiteChrome['settings']; logo: SiteChrome['logo']; nav: SiteChrome['navSections']; byActive: Map<string | null, SafeHtml> } | null = null;

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
