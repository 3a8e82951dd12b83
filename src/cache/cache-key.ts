/**
 * Query parameters that campaign and click tracking add to links: UTM tags,
 * and the click ids of Facebook, Google, Microsoft, X, Instagram, Mailchimp
 * and Yandex. No page reads them, and a story shared on social media arrives
 * with a different value on every click.
 */
const TRACKING_PARAM = /^(?:utm_[a-z0-9_]*|fbclid|gclid|gbraid|wbraid|dclid|msclkid|twclid|igshid|mc_cid|mc_eid|yclid)$/i;

/**
 * The URL a request's answer is cached under: its own without tracking
 * parameters, so the readers of a shared story all get the one cached page
 * (the others, order included, are left as they are). Mirrors
 * `ops/varnish/dateline.vcl`.
 */
export function cacheKey(url: string): string {
  const q = url.indexOf('?');
  if (q === -1) return url;
  const kept = url
    .slice(q + 1)
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING_PARAM.test(pair.split('=', 1)[0]));
  return kept.length === 0 ? url.slice(0, q) : `${url.slice(0, q)}?${kept.join('&')}`;
}
