import type { Series } from '../../domain/media.ts';
import type { Executor } from '../database.ts';

export async function findSeriesBySlug(db: Executor, slug: string): Promise<Series | null> {
  const r = await db.selectFrom('series').selectAll().where('slug', '=', slug).executeTakeFirst();
  return r ? Object.freeze({ ...r }) : null;
}

export async function findSeriesById(db: Executor, id: number): Promise<Series | null> {
  const r = await db.selectFrom('series').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? Object.freeze({ ...r }) : null;
}

export async function listSeries(db: Executor): Promise<Series[]> {
  return (await db.selectFrom('series').selectAll().orderBy('name').execute()).map((r) => Object.freeze({ ...r }));
}

export async function insertSeries(db: Executor, s: Omit<Series, 'id'>): Promise<Series> {
  const r = await db.insertInto('series').values({ slug: s.slug, name: s.name, description: s.description }).returningAll().executeTakeFirstOrThrow();
  return Object.freeze({ ...r });
}
