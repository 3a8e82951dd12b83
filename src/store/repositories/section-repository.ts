import type { Section } from '../../domain/taxonomy.ts';
import type { Executor } from '../database.ts';

type SectionRow = { id: number; slug: string; path: string; name: string; parent_id: number | null; description: string | null; position: number };

const toSection = (r: SectionRow): Section =>
  Object.freeze({ id: r.id, slug: r.slug, path: r.path, name: r.name, parentId: r.parent_id, description: r.description, position: r.position });

export async function listSections(db: Executor): Promise<Section[]> {
  const rows = await db.selectFrom('sections').selectAll().orderBy('position').orderBy('path').execute();
  return rows.map(toSection);
}

export async function findSectionByPath(db: Executor, path: string): Promise<Section | null> {
  const r = await db.selectFrom('sections').selectAll().where('path', '=', path).executeTakeFirst();
  return r ? toSection(r) : null;
}

export async function findSectionById(db: Executor, id: number): Promise<Section | null> {
  const r = await db.selectFrom('sections').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toSection(r) : null;
}

export async function insertSection(
  db: Executor,
  s: { slug: string; path: string; name: string; parentId: number | null; description?: string | null; position?: number },
): Promise<Section> {
  const r = await db
    .insertInto('sections')
    .values({ slug: s.slug, path: s.path, name: s.name, parent_id: s.parentId, description: s.description ?? null, position: s.position ?? 0 })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSection(r);
}
