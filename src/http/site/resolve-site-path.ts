import type { SectionIndex } from '../../site-data/section-index.ts';

export type SitePathTarget =
  | { readonly kind: 'section'; readonly path: string; readonly page: number }
  | { readonly kind: 'section-feed'; readonly path: string }
  | { readonly kind: 'article'; readonly sectionPath: string; readonly slug: string }
  | { readonly kind: 'none' };

/**
 * What a path under a section names: `/news/local/` (front),
 * `/news/local/page/2/`, `/news/local/feed/`, or `/news/local/<slug>/` (a
 * story, found or not). Reserved words win over slugs.
 */
export function resolveSitePath(sections: SectionIndex, path: string): SitePathTarget {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !/^[a-z0-9][a-z0-9-]*$/.test(p))) return { kind: 'none' };
  const joined = parts.join('/');
  if (sections.find(joined)) return { kind: 'section', path: joined, page: 1 };
  const last = parts[parts.length - 1];
  const head = parts.slice(0, -1).join('/');
  if (last === 'feed' && sections.find(head)) return { kind: 'section-feed', path: head };
  if (parts.length >= 3 && parts[parts.length - 2] === 'page' && /^[1-9]\d{0,3}$/.test(last) && last !== '1') {
    const sectionPath = parts.slice(0, -2).join('/');
    if (sections.find(sectionPath)) return { kind: 'section', path: sectionPath, page: Number(last) };
  }
  if (parts.length >= 2 && sections.find(head)) return { kind: 'article', sectionPath: head, slug: last };
  return { kind: 'none' };
}
