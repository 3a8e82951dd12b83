import type { Article } from '../domain/article.ts';
import { keys } from '../domain/surrogate-keys.ts';
import type { Executor } from '../store/database.ts';
import { listsContainingArticle } from '../store/repositories/curated-list-repository.ts';
import { findSectionById } from '../store/repositories/section-repository.ts';

/** Every surrogate key of a page that can show this story. */
export async function articleKeys(db: Executor, article: Article): Promise<string[]> {
  // No trending key: a page showing this story in a rail carries the story's own key instead.
  const out = new Set<string>([keys.article(article.id), keys.front, keys.latest]);
  let sectionId: number | null = article.sectionId;
  while (sectionId !== null) {
    out.add(keys.section(sectionId));
    const section = await findSectionById(db, sectionId);
    sectionId = section?.parentId ?? null;
  }
  for (const id of article.tagIds) out.add(keys.tag(id));
  for (const id of article.authorIds) out.add(keys.author(id));
  if (article.seriesId !== null) out.add(keys.series(article.seriesId));
  for (const id of await listsContainingArticle(db, article.id)) out.add(keys.list(id));
  return [...out];
}
