import { requirePermission } from '../accounts/require-permission.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../domain/actor.ts';
import { plainText } from '../domain/sanitize-html.ts';
import { isValidSectionPath } from '../domain/slug.ts';
import { keys } from '../domain/surrogate-keys.ts';
import type { Section } from '../domain/taxonomy.ts';
import { DatelineError } from '../errors.ts';
import type { ServiceContext } from '../service-context.ts';
import { urls } from '../site/urls.ts';
import type { Executor } from '../store/database.ts';
import { upsertRedirect } from '../store/repositories/redirect-repository.ts';
import {
  countSectionUses, deleteSectionRow, listPublishedArticlePaths, updateSectionRow,
} from '../store/repositories/section-admin-repository.ts';
import { findSectionById, insertSection, listSections } from '../store/repositories/section-repository.ts';
import { isUniqueViolation } from '../store/repositories/unique-violation.ts';
import { changeEventOf } from './change-event-of.ts';
import { requireName, requireSlug } from './require-slug.ts';

export interface SectionInput {
  readonly name?: string;
  readonly slug?: string;
  /** null: a top-level section. */
  readonly parentId?: number | null;
  readonly description?: string | null;
  readonly position?: number;
}

/** The section tree is in every page's navigation: a change purges every page (all carry the settings key). */
const sectionKeys = (ids: readonly number[]) => [keys.settings, keys.front, ...ids.map(keys.section)];

function requirePath(path: string): string {
  if (!isValidSectionPath(path)) {
    throw new DatelineError('invalid-input', `"${path.split('/')[0]}" is a path the site uses itself; choose another slug`, { details: { field: 'slug' } });
  }
  return path;
}

async function requireParent(db: Executor, parentId: number | null | undefined): Promise<Section | null> {
  if (parentId === null || parentId === undefined) return null;
  const parent = await findSectionById(db, parentId);
  if (!parent) throw new DatelineError('invalid-input', `no section with id ${parentId}`, { details: { field: 'parentId' } });
  return parent;
}

const taken = () => new DatelineError('conflict', 'there is already a section at that path', { details: { field: 'slug' } });
const cleanDescription = (d: string | null | undefined) => (d === undefined ? undefined : d === null ? null : plainText(d).slice(0, 2000) || null);

export async function createSection(ctx: ServiceContext, actor: Actor, input: SectionInput): Promise<Section> {
  requirePermission(actor, 'sections.manage');
  const name = requireName(plainText(input.name ?? ''));
  const slug = requireSlug(input.slug, name);
  const now = ctx.now();
  try {
    const section = await ctx.store.transaction(async (trx) => {
      const parent = await requireParent(trx, input.parentId);
      const path = requirePath(parent ? `${parent.path}/${slug}` : slug);
      const created = await insertSection(trx, {
        slug, path, name, parentId: parent?.id ?? null, description: cleanDescription(input.description) ?? null, position: input.position ?? 0,
      });
      await recordAudit(trx, actor, now, { action: 'section.create', targetType: 'section', targetId: created.id, details: { path, name } });
      return created;
    });
    await ctx.bus.publish([changeEventOf('sections.changed', section.id, sectionKeys([section.id]), now)]);
    return section;
  } catch (e) {
    if (isUniqueViolation(e)) throw taken();
    throw e;
  }
}

/**
 * Renames, re-describes, reorders or moves a section. A new slug or parent
 * moves the whole subtree: every path below changes, and the old section and
 * story URLs redirect to the new ones so no link or search result breaks.
 */
export async function updateSection(ctx: ServiceContext, actor: Actor, id: number, input: SectionInput): Promise<Section> {
  requirePermission(actor, 'sections.manage');
  const now = ctx.now();
  try {
    const { section, touched } = await ctx.store.transaction(async (trx) => {
      const before = await findSectionById(trx, id);
      if (!before) throw new DatelineError('not-found', `no section with id ${id}`);
      const name = input.name === undefined ? undefined : requireName(plainText(input.name));
      const slug = input.slug === undefined ? before.slug : requireSlug(input.slug, name ?? before.name);
      const all = await listSections(trx);
      const subtree = all.filter((s) => s.id === id || s.path.startsWith(`${before.path}/`));
      const parentId = input.parentId === undefined ? before.parentId : input.parentId;
      if (parentId !== null && subtree.some((s) => s.id === parentId)) {
        throw new DatelineError('invalid-input', 'a section cannot move inside itself', { details: { field: 'parentId' } });
      }
      const parent = await requireParent(trx, parentId);
      const path = requirePath(parent ? `${parent.path}/${slug}` : slug);
      await updateSectionRow(trx, id, { name, slug, parentId, path, description: cleanDescription(input.description), position: input.position });
      if (path !== before.path) await moveSubtree(trx, subtree, before.path, path, now);
      await recordAudit(trx, actor, now, {
        action: 'section.update', targetType: 'section', targetId: id,
        details: { name, ...(path !== before.path ? { path: { from: before.path, to: path } } : {}) },
      });
      return { section: (await findSectionById(trx, id))!, touched: subtree.map((s) => s.id) };
    });
    await ctx.bus.publish([changeEventOf('sections.changed', id, sectionKeys(touched), now)]);
    return section;
  } catch (e) {
    if (isUniqueViolation(e)) throw taken();
    throw e;
  }
}

async function moveSubtree(db: Executor, subtree: readonly Section[], from: string, to: string, now: Date): Promise<void> {
  const rename = (p: string) => to + p.slice(from.length);
  for (const s of subtree) {
    if (s.path !== from) await updateSectionRow(db, s.id, { path: rename(s.path) });
    await upsertRedirect(db, urls.section(s.path), urls.section(rename(s.path)), now);
  }
  const pathOf = new Map(subtree.map((s) => [s.id, s.path]));
  for (const a of await listPublishedArticlePaths(db, subtree.map((s) => s.id))) {
    const old = pathOf.get(a.section_id)!;
    await upsertRedirect(db, urls.article(old, a.slug), urls.article(rename(old), a.slug), now);
  }
}

/** Only an empty section can go: stories, videos and subsections would otherwise be left without a home. */
export async function deleteSection(ctx: ServiceContext, actor: Actor, id: number): Promise<void> {
  requirePermission(actor, 'sections.manage');
  const now = ctx.now();
  await ctx.store.transaction(async (trx) => {
    const before = await findSectionById(trx, id);
    if (!before) throw new DatelineError('not-found', `no section with id ${id}`);
    const uses = await countSectionUses(trx, id);
    if (uses.articles + uses.videos + uses.children > 0) {
      throw new DatelineError('conflict', `the section still holds ${uses.articles} stories, ${uses.videos} videos and ${uses.children} subsections`, {
        details: uses,
      });
    }
    await deleteSectionRow(trx, id);
    await recordAudit(trx, actor, now, { action: 'section.delete', targetType: 'section', targetId: id, details: { path: before.path } });
  });
  await ctx.bus.publish([changeEventOf('sections.changed', id, sectionKeys([id]), now)]);
}
