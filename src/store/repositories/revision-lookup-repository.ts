import type { Executor } from '../database.ts';
import type { RevisionRecord } from './revision-repository.ts';
import { toDate } from './time-columns.ts';

export async function findRevision(db: Executor, articleId: number, revision: number): Promise<RevisionRecord | null> {
  const r = await db
    .selectFrom('article_revisions')
    .selectAll()
    .where('article_id', '=', articleId)
    .where('revision', '=', revision)
    .executeTakeFirst();
  return r
    ? Object.freeze({ articleId: r.article_id, revision: r.revision, createdAt: toDate(r.created_at), actor: r.actor, snapshot: JSON.parse(r.snapshot) })
    : null;
}

/** The revision list without the snapshots: cheap enough for a long history. */
export async function listRevisionHeaders(db: Executor, articleId: number) {
  const rows = await db
    .selectFrom('article_revisions')
    .select(['revision', 'created_at', 'actor'])
    .where('article_id', '=', articleId)
    .orderBy('revision', 'desc')
    .execute();
  return rows.map((r) => Object.freeze({ revision: r.revision, createdAt: toDate(r.created_at), actor: r.actor }));
}
