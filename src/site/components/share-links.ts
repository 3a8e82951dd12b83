import { html, type SafeHtml } from '../html.ts';

export interface ShareTarget {
  /** Absolute canonical URL of the page. */
  readonly url: string;
  readonly title: string;
  /** Optional line for the email body, above the link. */
  readonly summary: string | null;
}

/** Share URLs are plain links to each network's own share page: no widget, no third-party script. */
export function shareUrls(target: ShareTarget): { facebook: string; x: string; email: string } {
  const url = encodeURIComponent(target.url);
  const body = target.summary ? `${target.summary}\n\n${target.url}` : target.url;
  return {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${url}`,
    x: `https://x.com/intent/post?url=${url}&text=${encodeURIComponent(target.title)}`,
    // encodeURIComponent, not URLSearchParams: mail clients read "+" literally, not as a space.
    email: `mailto:?subject=${encodeURIComponent(target.title)}&body=${encodeURIComponent(body)}`,
  };
}

/**
 * "Share this story": network links that open in a new tab (the reader keeps
 * the story), and a copy-link control. The URL field is always there, so
 * readers without script or clipboard access can still copy by hand; the
 * button appears only when the page script finds the Clipboard API.
 */
export function renderShareLinks(target: ShareTarget, noun: 'story' | 'video' = 'story'): SafeHtml {
  const links = shareUrls(target);
  const newTab = html`<span class="visually-hidden"> (opens in a new tab)</span>`;
  const fieldId = 'share-url';
  const statusId = 'share-status';
  return html`<section class="share"><h2>Share this ${noun}</h2><ul>
<li><a href="${links.facebook}" target="_blank" rel="noopener noreferrer">Facebook${newTab}</a></li>
<li><a href="${links.x}" target="_blank" rel="noopener noreferrer">X${newTab}</a></li>
<li><a href="${links.email}">Email</a></li>
</ul><div class="copy-link"><label for="${fieldId}">Link to this ${noun}</label><input id="${fieldId}" type="url" value="${target.url}" readonly><button type="button" data-copy-from="${fieldId}" data-copy-status="${statusId}" hidden>Copy link</button><span id="${statusId}" role="status"></span></div></section>`;
}
