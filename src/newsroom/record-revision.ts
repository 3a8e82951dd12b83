import type { Article } from '../domain/article.ts';
import type { Executor } from '../store/database.ts';
import { findArticleById } from '../store/repositories/article-repository.ts';
import { insertRevision } from '../store/repositories/revision-repository.ts';
import { revisionSnapshot } from './revision-snapshot.ts';

/** Reads the saved story back and keeps it as a revision; returns it. */
export async function recordRevision(db: Executor, articleId: number, actor: string | null, at: Date): Promise<Article> {
  const saved = await findArticleById(db, articleId);
  if (!saved) throw new Error(`article ${articleId} vanished inside its own transaction`);
  await insertRevision(db, { articleId, revision: saved.revision, createdAt: at, actor, snapshot: revisionSnapshot(saved) });
  return saved;
}
