import { slugify } from '../domain/slug.ts';
import type { Executor } from '../store/database.ts';
import { slugTaken } from '../store/repositories/article-repository.ts';

/** The wanted slug, or the first free `slug-2`, `slug-3`... in the section. */
export async function uniqueSlug(db: Executor, sectionId: number, wanted: string, exceptId?: number): Promise<string> {
  const base = slugify(wanted);
  let candidate = base;
  for (let n = 2; await slugTaken(db, sectionId, candidate, exceptId); n++) candidate = `${base}-${n}`;
  return candidate;
}
