/** First path segments the site owns; a section may not take one of them. */
export const RESERVED_SEGMENTS: ReadonlySet<string> = new Set([
  'admin', 'api', 'assets', 'author', 'feed', 'healthz', 'media', 'page', 'robots.txt',
  'search', 'series', 'sitemap.xml', 'news-sitemap.xml', 'sitemaps', 'tag', 'video', 'beacon',
]);

/** URL-safe slug from any text: lower case ASCII letters, digits and single hyphens. */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.length > maxLength ? slug.slice(0, maxLength).replace(/-[^-]*$/, '') : slug;
  return cut || 'story';
}

export function isValidSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= 120;
}

export function isValidSectionPath(path: string): boolean {
  const parts = path.split('/');
  return parts.every(isValidSlug) && !RESERVED_SEGMENTS.has(parts[0]);
}
