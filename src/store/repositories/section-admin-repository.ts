import type { Executor } from '../database.ts';

export async function updateSectionRow(
  db: Executor,
  id: number,
  changes: { slug?: string; path?: string; name?: string; parentId?: number | null; description?: string | null; position?: number },
): Promise<void> {
  const set = {
    ...(changes.slug !== undefined ? { slug: changes.slug } : {}),
    ...(changes.path !== undefined ? { path: changes.path } : {}),
    ...(changes.name !== undefined ? { name: changes.name } : {}),
    ...(changes.parentId !== undefined ? { parent_id: changes.parentId } : {}),
    ...(changes.description !== undefined ? { description: changes.description } : {}),
    ...(changes.position !== undefined ? { position: changes.position } : {}),
  };
  if (Object.keys(set).length === 0) return;
  await db.updateTable('sections').set(set).where('id', '=', id).execute();
}

/** What still points at a section: it may only be removed when nothing does. */
export async function countSectionUses(db: Executor, id: number): Promise<{ articles: number; videos: number; children: number }> {
  const n = (r: { n: number }) => Number(r.n);
  const [articles, videos, children] = await Promise.all([
    db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).where('section_id', '=', id).executeTakeFirstOrThrow().then(n),
    db.selectFrom('videos').select((eb) => eb.fn.countAll<number>().as('n')).where('section_id', '=', id).executeTakeFirstOrThrow().then(n),
    db.selectFrom('sections').select((eb) => eb.fn.countAll<number>().as('n')).where('parent_id', '=', id).executeTakeFirstOrThrow().then(n),
  ]);
  return { articles, videos, children };
}

export async function deleteSectionRow(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('sections').where('id', '=', id).execute();
}

/** Slug and section path of every story in these sections that ever went out: each needs a redirect when the path moves. */
export async function listPublishedArticlePaths(db: Executor, sectionIds: readonly number[]) {
  if (sectionIds.length === 0) return [];
  return db
    .selectFrom('articles')
    .select(['id', 'slug', 'section_id'])
    .where('section_id', 'in', [...sectionIds])
    .where('published_at', 'is not', null)
    .execute();
}
