import type { Series } from '../../domain/media.ts';
import type { Executor } from '../database.ts';

export async function updateSeriesRow(db: Executor, id: number, changes: Partial<Omit<Series, 'id'>>): Promise<void> {
  const set = {
    ...(changes.slug !== undefined ? { slug: changes.slug } : {}),
    ...(changes.name !== undefined ? { name: changes.name } : {}),
    ...(changes.description !== undefined ? { description: changes.description } : {}),
  };
  if (Object.keys(set).length === 0) return;
  await db.updateTable('series').set(set).where('id', '=', id).execute();
}

/** How many stories and videos belong to the series. */
export async function countSeriesUses(db: Executor, id: number): Promise<number> {
  const [a, v] = await Promise.all([
    db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).where('series_id', '=', id).executeTakeFirstOrThrow(),
    db.selectFrom('videos').select((eb) => eb.fn.countAll<number>().as('n')).where('series_id', '=', id).executeTakeFirstOrThrow(),
  ]);
  return Number(a.n) + Number(v.n);
}

export async function deleteSeriesRow(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('series').where('id', '=', id).execute();
}
