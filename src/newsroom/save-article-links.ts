import type { Executor } from '../store/database.ts';
import { setArticleAuthors, setArticleTags } from '../store/repositories/article-repository.ts';
import { ensureTags } from '../store/repositories/tag-repository.ts';

export async function saveArticleLinks(
  db: Executor,
  articleId: number,
  links: { tagNames?: readonly string[]; authorIds?: readonly number[] },
): Promise<void> {
  if (links.tagNames) await setArticleTags(db, articleId, await ensureTags(db, links.tagNames));
  if (links.authorIds) await setArticleAuthors(db, articleId, links.authorIds);
}
