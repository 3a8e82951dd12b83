import type { PageInfo } from '../site/view-models.ts';

export const PAGE_SIZE = 20;
/** Deep pages cost a scan each; nobody reads page 500 of a section, crawlers use the sitemap. */
export const MAX_PAGE = 250;

export function pageInfo(page: number, total: number, size = PAGE_SIZE): PageInfo {
  return { page, totalPages: Math.max(1, Math.ceil(total / size)) };
}

/** A page number from the URL is valid when it is within the list (page 1 always is). */
export function pageExists(page: number, total: number, size = PAGE_SIZE): boolean {
  return page >= 1 && page <= MAX_PAGE && (page === 1 || (page - 1) * size < total);
}
