/**
 * The only script the public site runs: two short inline scripts, the same
 * bytes on every page, so the HTTP layer can allow exactly them in a
 * Content-Security-Policy by hash (`INLINE_SCRIPT_HASHES`). Per-page values
 * travel in data attributes, never in the script text.
 */
import { createHash } from 'node:crypto';
import { urls } from './urls.ts';

/**
 * Reveals the "Copy link" buttons where the Clipboard API exists. Without
 * script, or on a page served without it, the read-only URL field beside the
 * button is the way to copy.
 */
export const COPY_LINK_SCRIPT = `(function () {
  var clip = navigator.clipboard;
  if (!clip) return;
  document.querySelectorAll('[data-copy-from]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-copy-from'));
    var status = document.getElementById(button.getAttribute('data-copy-status'));
    if (!field) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      clip.writeText(field.value).then(function () {
        if (status) status.textContent = 'Link copied';
      }, function () {
        field.select();
      });
    });
  });
})();`;

/**
 * Counts one page view for trending: the story id and nothing else, no
 * cookie. A page the browser prerenders is counted only if it is shown.
 */
export const BEACON_SCRIPT = `(function (script) {
  var articleId = Number(script.getAttribute('data-article-id'));
  function send() {
    if (navigator.sendBeacon) navigator.sendBeacon('${urls.beacon()}', JSON.stringify({ id: articleId }));
  }
  if (document.prerendering) document.addEventListener('prerenderingchange', send, { once: true });
  else send();
})(document.currentScript);`;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** CSP source expressions (`'sha256-…'`) for every inline script the site emits. */
export const INLINE_SCRIPT_HASHES: readonly string[] = Object.freeze([COPY_LINK_SCRIPT, BEACON_SCRIPT].map(sha256));
