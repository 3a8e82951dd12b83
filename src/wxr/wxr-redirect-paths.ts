import type { WxrItem } from './wxr-document.ts';

export type RedirectSource = { readonly path: string } | { readonly unusable: string };

/** A permalink as the path a redirect can answer: the site matches paths that end with a slash, without a query. */
function pathOf(link: string): RedirectSource {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return { unusable: `old link ${link} is not a URL` };
  }
  if (url.search) return { unusable: `old link ${url.pathname}${url.search} names the post in its query string, which a redirect cannot match` };
  if (url.pathname === '/' || url.pathname === '') return { unusable: `old link ${link} is the site's front page` };
  return { path: url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/` };
}

/**
 * The paths a post was reachable at on the old site: its permalink, and the
 * same with any earlier slug WordPress kept (`_wp_old_slug`) in place of the
 * current one.
 */
export function wxrRedirectSources(item: WxrItem): RedirectSource[] {
  if (!item.link) return [];
  const current = pathOf(item.link);
  const out: RedirectSource[] = [current];
  const oldSlug = item.meta.get('_wp_old_slug')?.trim();
  if ('path' in current && oldSlug && item.postName && current.path.includes(`/${item.postName}/`)) {
    out.push({ path: current.path.replace(`/${item.postName}/`, `/${encodeURIComponent(oldSlug)}/`) });
  }
  return out;
}
