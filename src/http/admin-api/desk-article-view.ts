import type { Article } from '../../domain/article.ts';
import type { Executor } from '../../store/database.ts';
import { findArticleOwners } from '../../store/repositories/article-owner-repository.ts';
import { listSections } from '../../store/repositories/section-repository.ts';
import { findTagsByIds } from '../../store/repositories/tag-repository.ts';
import { presentDeskArticle } from './presenters/present-desk-article.ts';

/** Presents stories with what the newsroom needs beside them: section path, owner and tag names. */
export async function deskArticleViews(db: Executor, articles: readonly Article[], now: Date) {
  if (articles.length === 0) return [];
  const [sections, owners, tags] = await Promise.all([
    listSections(db),
    findArticleOwners(db, articles.map((a) => a.id)),
    findTagsByIds(db, [...new Set(articles.flatMap((a) => a.tagIds))]),
  ]);
  const pathOf = new Map(sections.map((s) => [s.id, s.path]));
  const tagName = new Map(tags.map((t) => [t.id, t.name]));
  return articles.map((a) =>
    presentDeskArticle(
      a,
      {
        sectionPath: pathOf.get(a.sectionId) ?? null,
        ownerUserId: owners.get(a.id) ?? null,
        tagNames: a.tagIds.map((id) => tagName.get(id)).filter((n): n is string => n !== undefined),
      },
      now,
    ),
  );
}

export async function deskArticleView(db: Executor, article: Article, now: Date) {
  return (await deskArticleViews(db, [article], now))[0];
}
