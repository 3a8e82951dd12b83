import { requirePermission } from '../accounts/require-permission.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../domain/actor.ts';
import type { Series } from '../domain/media.ts';
import { plainText } from '../domain/sanitize-html.ts';
import { keys } from '../domain/surrogate-keys.ts';
import { DatelineError } from '../errors.ts';
import type { ChangeEvent } from '../events/change-event.ts';
import type { ServiceContext } from '../service-context.ts';
import { countSeriesUses, deleteSeriesRow, updateSeriesRow } from '../store/repositories/series-admin-repository.ts';
import { findSeriesById, insertSeries } from '../store/repositories/series-repository.ts';
import { readSiteSettings, writeSiteSettings } from '../store/repositories/settings-repository.ts';
import { isUniqueViolation } from '../store/repositories/unique-violation.ts';
import { changeEventOf } from './change-event-of.ts';
import { requireName, requireSlug } from './require-slug.ts';

export interface SeriesInput {
  readonly name?: string;
  readonly slug?: string;
  readonly description?: string | null;
}

const taken = (slug: string | undefined) => new DatelineError('conflict', `there is already a series "${slug ?? ''}"`, { details: { field: 'slug' } });
const description = (d: string | null | undefined) => (d === undefined ? undefined : d === null ? null : plainText(d).slice(0, 2000) || null);

export async function createSeries(ctx: ServiceContext, actor: Actor, input: SeriesInput): Promise<Series> {
  requirePermission(actor, 'curation.manage');
  const name = requireName(plainText(input.name ?? ''));
  const slug = requireSlug(input.slug, name);
  const now = ctx.now();
  try {
    const series = await ctx.store.transaction(async (trx) => {
      const created = await insertSeries(trx, { slug, name, description: description(input.description) ?? null });
      await recordAudit(trx, actor, now, { action: 'series.create', targetType: 'series', targetId: created.id, details: { slug, name } });
      return created;
    });
    await ctx.bus.publish([changeEventOf('series.changed', series.id, [keys.series(series.id)], now)]);
    return series;
  } catch (e) {
    if (isUniqueViolation(e)) throw taken(slug);
    throw e;
  }
}

/** Renames or re-describes a series; the featured-series setting follows a new slug. */
export async function updateSeries(ctx: ServiceContext, actor: Actor, id: number, input: SeriesInput): Promise<Series> {
  requirePermission(actor, 'curation.manage');
  const now = ctx.now();
  const name = input.name === undefined ? undefined : requireName(plainText(input.name));
  try {
    const { series, events } = await ctx.store.transaction(async (trx) => {
      const before = await findSeriesById(trx, id);
      if (!before) throw new DatelineError('not-found', `no series with id ${id}`);
      const slug = input.slug === undefined ? undefined : requireSlug(input.slug, name ?? before.name);
      await updateSeriesRow(trx, id, { name, slug, description: description(input.description) });
      const out: ChangeEvent[] = [changeEventOf('series.changed', id, [keys.series(id), keys.videos], now)];
      if (slug !== undefined && slug !== before.slug) {
        const settings = await readSiteSettings(trx);
        if (settings.featuredSeriesSlug === before.slug) {
          await writeSiteSettings(trx, { ...settings, featuredSeriesSlug: slug });
          out.push(changeEventOf('settings.changed', null, [keys.settings], now));
        }
      }
      await recordAudit(trx, actor, now, { action: 'series.update', targetType: 'series', targetId: id, details: { name, slug } });
      return { series: (await findSeriesById(trx, id))!, events: out };
    });
    await ctx.bus.publish(events);
    return series;
  } catch (e) {
    if (isUniqueViolation(e)) throw taken(input.slug);
    throw e;
  }
}

/** Only an empty series can go: stories and videos would otherwise lose their place in it silently. */
export async function deleteSeries(ctx: ServiceContext, actor: Actor, id: number): Promise<void> {
  requirePermission(actor, 'curation.manage');
  const now = ctx.now();
  await ctx.store.transaction(async (trx) => {
    const before = await findSeriesById(trx, id);
    if (!before) throw new DatelineError('not-found', `no series with id ${id}`);
    const uses = await countSeriesUses(trx, id);
    if (uses > 0) throw new DatelineError('conflict', `the series still has ${uses} stories or videos; move them first`);
    await deleteSeriesRow(trx, id);
    await recordAudit(trx, actor, now, { action: 'series.delete', targetType: 'series', targetId: id, details: { slug: before.slug } });
  });
  await ctx.bus.publish([changeEventOf('series.changed', id, [keys.series(id)], now)]);
}
