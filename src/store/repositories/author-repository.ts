import type { Author } from '../../domain/taxonomy.ts';
import type { Executor } from '../database.ts';

export async function findAuthorBySlug(db: Executor, slug: string): Promise<Author | null> {
  const r = await db.selectFrom('authors').selectAll().where('slug', '=', slug).executeTakeFirst();
  return r ? Object.freeze({ ...r }) : null;
}

export async function findAuthorsByIds(db: Executor, ids: readonly number[]): Promise<Author[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('authors').selectAll().where('id', 'in', [...ids]).execute();
  const byId = new Map(rows.map((r) => [r.id, Object.freeze({ ...r })]));
  return ids.map((id) => byId.get(id)).filter((a): a is Author => a !== undefined);
}

export async function listAuthors(db: Executor): Promise<Author[]> {
  return (await db.selectFrom('authors').selectAll().orderBy('name').execute()).map((r) => Object.freeze({ ...r }));
}

export async function insertAuthor(db: Executor, a: Omit<Author, 'id'>): Promise<Author> {
  const r = await db.insertInto('authors').values({ slug: a.slug, name: a.name, title: a.title, bio: a.bio }).returningAll().executeTakeFirstOrThrow();
  return Object.freeze({ ...r });
}
