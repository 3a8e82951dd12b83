import { BEACON_SCRIPT, COPY_LINK_SCRIPT } from '../inline-scripts.ts';
import { html, raw, type SafeHtml } from '../html.ts';

/** The copy-link enhancement for pages with share links. */
export function copyLinkScript(): SafeHtml {
  return html`<script>${raw(COPY_LINK_SCRIPT)}</script>`;
}

/** The page-view beacon; the id rides in a data attribute so the script text never changes. */
export function pageViewBeacon(articleId: number): SafeHtml {
  return html`<script data-article-id="${articleId}">${raw(BEACON_SCRIPT)}</script>`;
}
