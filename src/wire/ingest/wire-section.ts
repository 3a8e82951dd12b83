import { isValidSectionPath } from '../../domain/slug.ts';
import type { Section } from '../../domain/taxonomy.ts';
import { DatelineError } from '../../errors.ts';
import type { Executor } from '../../store/database.ts';
import { findSectionByPath, insertSection } from '../../store/repositories/section-repository.ts';

/**
 * The section a new wire story goes to: the one a subject rule names, else
 * the source's default. A rule naming a section that does not exist is a
 * configuration slip: the story goes to the default and the receipt says
 * so. The default section is created when missing, so a fresh store can
 * take wire copy before anyone has set sections up.
 */
export async function wireSection(
  db: Executor,
  rulePath: string | null,
  defaultPath: string,
  problems: string[],
): Promise<{ section: Section; created: boolean }> {
  if (rulePath !== null) {
    const ruled = await findSectionByPath(db, rulePath);
    if (ruled) return { section: ruled, created: false };
    problems.push(`subject rule names section "${rulePath}", which does not exist; placed in "${defaultPath}"`);
  }
  const found = await findSectionByPath(db, defaultPath);
  if (found) return { section: found, created: false };
  return { section: await createSectionPath(db, defaultPath), created: true };
}

async function createSectionPath(db: Executor, path: string): Promise<Section> {
  if (!isValidSectionPath(path)) throw new DatelineError('config', `the wire section "${path}" is not a valid section path`);
  const parts = path.split('/');
  let parentId: number | null = null;
  let section: Section | null = null;
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    const slug = parts[i - 1];
    const name = slug.charAt(0).toUpperCase() + slug.slice(1).replace(/-/g, ' ');
    section = (await findSectionByPath(db, prefix)) ?? (await insertSection(db, { slug, path: prefix, name, parentId }));
    parentId = section.id;
  }
  return section!;
}
