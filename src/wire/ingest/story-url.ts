import type { Article } from '../../domain/article.ts';
import { urls } from '../../site/urls.ts';
import type { Executor } from '../../store/database.ts';
import { findSectionById } from '../../store/repositories/section-repository.ts';

/**
 * The path a story has on the public site, or null for a draft (held for an
 * editor, never published): embargoed, withheld and killed stories keep
 * their address, which answers 404 or 410 until (or unless) they are public.
 */
export function storyUrl(status: string, sectionPath: string, slug: string): string | null {
  return status === 'draft' ? null : urls.article(sectionPath, slug);
}

export async function articleUrl(db: Executor, article: Article): Promise<string | null> {
  if (article.status === 'draft') return null;
  const section = await findSectionById(db, article.sectionId);
  return section ? storyUrl(article.status, section.path, article.slug) : null;
}
