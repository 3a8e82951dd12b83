import { requirePermission } from '../accounts/require-permission.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../domain/actor.ts';
import type { CuratedList } from '../domain/curation.ts';
import { plainText } from '../domain/sanitize-html.ts';
import { keys } from '../domain/surrogate-keys.ts';
import { DatelineError } from '../errors.ts';
import type { ChangeEvent } from '../events/change-event.ts';
import type { ServiceContext } from '../service-context.ts';
import { insertList } from '../store/repositories/curated-list-repository.ts';
import { deleteListRow, findListById, updateListRow } from '../store/repositories/curated-list-admin-repository.ts';
import { readSiteSettings, writeSiteSettings } from '../store/repositories/settings-repository.ts';
import { isUniqueViolation } from '../store/repositories/unique-violation.ts';
import { changeEventOf } from './change-event-of.ts';
import { requireName, requireSlug } from './require-slug.ts';

const taken = (slug: string) => new DatelineError('conflict', `there is already a list "${slug}"`, { details: { field: 'slug' } });

export async function createCuratedList(ctx: ServiceContext, actor: Actor, input: { name: string; slug?: string }): Promise<CuratedList> {
  requirePermission(actor, 'curation.manage');
  const name = requireName(plainText(input.name));
  const slug = requireSlug(input.slug, name);
  const now = ctx.now();
  try {
    const list = await ctx.store.transaction(async (trx) => {
      const created = await insertList(trx, { slug, name });
      await recordAudit(trx, actor, now, { action: 'list.create', targetType: 'list', targetId: created.id, details: { slug, name } });
      return created;
    });
    await ctx.bus.publish([changeEventOf('list.changed', list.id, [keys.list(list.id)], now)]);
    return list;
  } catch (e) {
    if (isUniqueViolation(e)) throw taken(slug);
    throw e;
  }
}

/**
 * Renames a list. When the site features it by slug ("Don't Miss"), the
 * setting follows the new slug, so the rail does not vanish.
 */
export async function updateCuratedList(ctx: ServiceContext, actor: Actor, id: number, input: { name?: string; slug?: string }): Promise<CuratedList> {
  requirePermission(actor, 'curation.manage');
  const now = ctx.now();
  const name = input.name === undefined ? undefined : requireName(plainText(input.name));
  try {
    const { list, events } = await ctx.store.transaction(async (trx) => {
      const before = await findListById(trx, id);
      if (!before) throw new DatelineError('not-found', `no list with id ${id}`);
      const slug = input.slug === undefined ? undefined : requireSlug(input.slug, name ?? before.name);
      await updateListRow(trx, id, { name, slug });
      const out: ChangeEvent[] = [changeEventOf('list.changed', id, [keys.list(id)], now)];
      if (slug !== undefined && slug !== before.slug) {
        const settings = await readSiteSettings(trx);
        if (settings.dontMissListSlug === before.slug) {
          await writeSiteSettings(trx, { ...settings, dontMissListSlug: slug });
          out.push(changeEventOf('settings.changed', null, [keys.settings], now));
        }
      }
      await recordAudit(trx, actor, now, { action: 'list.update', targetType: 'list', targetId: id, details: { name, slug } });
      return { list: (await findListById(trx, id))!, events: out };
    });
    await ctx.bus.publish(events);
    return list;
  } catch (e) {
    if (isUniqueViolation(e)) throw taken(input.slug ?? '');
    throw e;
  }
}

export async function deleteCuratedList(ctx: ServiceContext, actor: Actor, id: number): Promise<void> {
  requirePermission(actor, 'curation.manage');
  const now = ctx.now();
  await ctx.store.transaction(async (trx) => {
    const before = await findListById(trx, id);
    if (!before) throw new DatelineError('not-found', `no list with id ${id}`);
    await deleteListRow(trx, id);
    await recordAudit(trx, actor, now, { action: 'list.delete', targetType: 'list', targetId: id, details: { slug: before.slug, name: before.name } });
  });
  await ctx.bus.publish([changeEventOf('list.changed', id, [keys.list(id)], now)]);
}
