import { slugify } from '../../domain/slug.ts';
import type { Tag } from '../../domain/taxonomy.ts';
import type { Executor } from '../database.ts';

export async function findTagBySlug(db: Executor, slug: string): Promise<Tag | null> {
  const r = await db.selectFrom('tags').selectAll().where('slug', '=', slug).executeTakeFirst();
  return r ? Object.freeze({ ...r }) : null;
}

export async function findTagsByIds(db: Executor, ids: readonly number[]): Promise<Tag[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('tags').selectAll().where('id', 'in', [...ids]).execute();
  const byId = new Map(rows.map((r) => [r.id, Object.freeze({ ...r })]));
  return ids.map((id) => byId.get(id)).filter((t): t is Tag => t !== undefined);
}

export async function listTags(db: Executor): Promise<Tag[]> {
  return (await db.selectFrom('tags').selectAll().orderBy('name').execute()).map((r) => Object.freeze({ ...r }));
}

/** Finds tags by name, creating the missing ones; returns ids in the order given. */
export async function ensureTags(db: Executor, names: readonly string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of names) {
    const clean = name.trim();
    if (!clean) continue;
    const slug = slugify(clean);
    const found = await db.selectFrom('tags').select('id').where('slug', '=', slug).executeTakeFirst();
    if (found) {
      ids.push(found.id);
      continue;
    }
    const r = await db.insertInto('tags').values({ slug, name: clean }).returning('id').executeTakeFirstOrThrow();
    ids.push(r.id);
  }
  return [...new Set(ids)];
}
