import type { SocialAccounts } from '../../domain/site-settings.ts';
import { formatDateTime } from '../format/date-time.ts';
import { html, type SafeHtml } from '../html.ts';
import { safeUrl } from '../safe-url.ts';
import { urls } from '../urls.ts';
import type { SiteChrome } from '../view-models.ts';
import { LastDrawn } from './last-drawn.ts';

const SOCIAL_NAMES: Readonly<Record<keyof SocialAccounts, string>> = {
  facebook: 'Facebook',
  x: 'X',
  instagram: 'Instagram',
  youtube: 'YouTube',
};

/** Settings may hold a bare X handle; links need a URL. */
function socialUrl(network: keyof SocialAccounts, value: string): string | null {
  const handle = /^@([A-Za-z0-9_]{1,15})$/.exec(value.trim());
  if (network === 'x' && handle) return `https://x.com/${handle[1]}`;
  return safeUrl(value);
}

/** The footer is the same on every page until the chrome changes or the year turns. */
const drawnFooter = new LastDrawn<SafeHtml>();

export function renderSiteFooter(chrome: SiteChrome): SafeHtml {
  const year = formatDateTime(chrome.now, chrome.settings, 'year');
  return drawnFooter.get([chrome.settings, chrome.navSections, year], () => build(chrome, year));
}

function build(chrome: SiteChrome, year: string): SafeHtml {
  const { settings } = chrome;
  const social = (Object.keys(SOCIAL_NAMES) as (keyof SocialAccounts)[]).flatMap((network) => {
    const value = settings.social[network];
    const href = value ? socialUrl(network, value) : null;
    return href ? [html`<li><a href="${href}" rel="me">${SOCIAL_NAMES[network]}</a></li>`] : [];
  });
  return html`<footer class="site-footer"><div class="wrap"><nav aria-label="Footer"><ul>${chrome.navSections.map(
    (s) => html`<li><a href="${urls.section(s.path)}">${s.name}</a></li>`,
  )}<li><a href="${urls.videoHub()}">Video</a></li><li><a href="${urls.search()}">Search</a></li><li><a href="${urls.feed()}">RSS feed</a></li></ul></nav>${
    social.length > 0 ? html`<p>Follow ${settings.name}:</p><ul>${social}</ul>` : ''
  }<p>© ${year} ${settings.name}. All rights reserved.</p></div></footer>`;
}
