import type { Executor } from '../database.ts';
import { toDate } from './time-columns.ts';

export interface RevisionRecord {
  readonly articleId: number;
  readonly revision: number;
  readonly createdAt: Date;
  readonly actor: string | null;
  readonly snapshot: Readonly<Record<string, unknown>>;
}

export async function insertRevision(
  db: Executor,
  r: { articleId: number; revision: number; createdAt: Date; actor: string | null; snapshot: unknown },
): Promise<void> {
  await db
    .insertInto('article_revisions')
    .values({ article_id: r.articleId, revision: r.revision, created_at: r.createdAt.getTime(), actor: r.actor, snapshot: JSON.stringify(r.snapshot) })
    .execute();
}

export async function listRevisions(db: Executor, articleId: number): Promise<RevisionRecord[]> {
  const rows = await db.selectFrom('article_revisions').selectAll().where('article_id', '=', articleId).orderBy('revision', 'desc').execute();
  return rows.map((r) =>
    Object.freeze({ articleId: r.article_id, revision: r.revision, createdAt: toDate(r.created_at), actor: r.actor, snapshot: JSON.parse(r.snapshot) }),
  );
}
