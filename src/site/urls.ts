/**
 * Every public path the site serves, built in one place. Paths end with a
 * slash; absolute URLs are `baseUrl + path`.
 */
export const urls = {
  home: () => '/',
  article: (sectionPath: string, slug: string) => `/${sectionPath}/${slug}/`,
  section: (sectionPath: string, page = 1) => (page > 1 ? `/${sectionPath}/page/${page}/` : `/${sectionPath}/`),
  tag: (slug: string, page = 1) => (page > 1 ? `/tag/${slug}/page/${page}/` : `/tag/${slug}/`),
  author: (slug: string, page = 1) => (page > 1 ? `/author/${slug}/page/${page}/` : `/author/${slug}/`),
  series: (slug: string, page = 1) => (page > 1 ? `/series/${slug}/page/${page}/` : `/series/${slug}/`),
  videoHub: (page = 1) => (page > 1 ? `/video/page/${page}/` : '/video/'),
  video: (slug: string) => `/video/${slug}/`,
  search: (q?: string) => (q ? `/search?q=${encodeURIComponent(q)}` : '/search'),
  feed: () => '/feed/',
  atomFeed: () => '/feed/atom/',
  jsonFeed: () => '/feed/json/',
  sectionFeed: (sectionPath: string) => `/${sectionPath}/feed/`,
  tagFeed: (slug: string) => `/tag/${slug}/feed/`,
  seriesFeed: (slug: string) => `/series/${slug}/feed/`,
  sitemapIndex: () => '/sitemap.xml',
  sitemapPart: (kind: string, n: number) => `/sitemaps/${kind}-${n}.xml`,
  newsSitemap: () => '/news-sitemap.xml',
  robots: () => '/robots.txt',
  beacon: () => '/beacon',
  stylesheet: () => '/assets/site.css',
  /** A page of search results; the query travels in the query string because it is free text. */
  searchPage: (q: string, page = 1) =>
    page > 1 ? `/search?q=${encodeURIComponent(q)}&page=${page}` : `/search?q=${encodeURIComponent(q)}`,
} as const;

export function absoluteUrl(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/+$/, '') + path;
}
