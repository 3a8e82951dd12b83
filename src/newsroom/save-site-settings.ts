import { requirePermission } from '../accounts/require-permission.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../domain/actor.ts';
import { plainText } from '../domain/sanitize-html.ts';
import type { SiteSettings, SocialAccounts } from '../domain/site-settings.ts';
import { keys } from '../domain/surrogate-keys.ts';
import { DatelineError } from '../errors.ts';
import type { ServiceContext } from '../service-context.ts';
import type { Executor } from '../store/database.ts';
import { findListBySlug } from '../store/repositories/curated-list-repository.ts';
import { findMediaById } from '../store/repositories/media-repository.ts';
import { findSeriesBySlug } from '../store/repositories/series-repository.ts';
import { readSiteSettings, writeSiteSettings } from '../store/repositories/settings-repository.ts';
import { changeEventOf } from './change-event-of.ts';

export type SettingsChanges = Partial<Omit<SiteSettings, 'social'>> & { readonly social?: Partial<SocialAccounts> };

const invalid = (field: string, message: string) => new DatelineError('invalid-input', message, { details: { field } });

function text(field: string, raw: string, max: number, required: boolean): string {
  const value = plainText(raw);
  if ((required && !value) || value.length > max) throw invalid(field, `${field} must have ${required ? 1 : 0} to ${max} characters`);
  return value;
}

function baseUrl(raw: string): string {
  try {
    const u = new URL(raw);
    if ((u.protocol === 'http:' || u.protocol === 'https:') && !u.search && !u.hash && !u.username) return u.toString().replace(/\/+$/, '');
  } catch {
    // Falls through to the one error below.
  }
  throw invalid('baseUrl', 'baseUrl must be an http(s) URL without query or fragment');
}

function timeZone(raw: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: raw }).resolvedOptions().timeZone;
  } catch {
    throw invalid('timeZone', `"${raw}" is not a time zone (use an IANA name such as America/Chicago)`);
  }
}

function locale(raw: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(raw);
    if (canonical) return canonical;
  } catch {
    // Falls through to the one error below.
  }
  throw invalid('locale', `"${raw}" is not a language tag (use one such as en-US)`);
}

function social(current: SocialAccounts, changes: Partial<SocialAccounts>): SocialAccounts {
  const out = { ...current };
  for (const k of ['facebook', 'x', 'instagram', 'youtube'] as const) {
    const v = changes[k];
    if (v === undefined) continue;
    out[k] = v === null || v.trim() === '' ? null : text(`social.${k}`, v, 200, true);
  }
  return Object.freeze(out);
}

async function validated(db: Executor, current: SiteSettings, c: SettingsChanges): Promise<SiteSettings> {
  const next: { -readonly [K in keyof SiteSettings]: SiteSettings[K] } = { ...current };
  if (c.name !== undefined) next.name = text('name', c.name, 100, true);
  if (c.tagline !== undefined) next.tagline = text('tagline', c.tagline, 200, false);
  if (c.baseUrl !== undefined) next.baseUrl = baseUrl(c.baseUrl);
  if (c.timeZone !== undefined) next.timeZone = timeZone(c.timeZone);
  if (c.locale !== undefined) next.locale = locale(c.locale);
  if (c.social !== undefined) next.social = social(current.social, c.social);
  if (c.logoMediaId !== undefined) {
    if (c.logoMediaId !== null && !(await findMediaById(db, c.logoMediaId))) throw invalid('logoMediaId', `no image with id ${c.logoMediaId}`);
    next.logoMediaId = c.logoMediaId;
  }
  if (c.dontMissListSlug !== undefined) {
    if (c.dontMissListSlug !== null && !(await findListBySlug(db, c.dontMissListSlug))) throw invalid('dontMissListSlug', `no list "${c.dontMissListSlug}"`);
    next.dontMissListSlug = c.dontMissListSlug;
  }
  if (c.featuredSeriesSlug !== undefined) {
    if (c.featuredSeriesSlug !== null && !(await findSeriesBySlug(db, c.featuredSeriesSlug))) {
      throw invalid('featuredSeriesSlug', `no series "${c.featuredSeriesSlug}"`);
    }
    next.featuredSeriesSlug = c.featuredSeriesSlug;
  }
  if (c.trendingHalfLifeHours !== undefined) {
    const h = c.trendingHalfLifeHours;
    if (!Number.isFinite(h) || h < 0.25 || h > 168) throw invalid('trendingHalfLifeHours', 'trendingHalfLifeHours must be from 0.25 to 168');
    next.trendingHalfLifeHours = h;
  }
  return Object.freeze(next);
}

/** Changes some site settings; the rest keep their values. Every page shows settings, so every page is purged. */
export async function updateSiteSettings(ctx: ServiceContext, actor: Actor, changes: SettingsChanges): Promise<SiteSettings> {
  requirePermission(actor, 'settings.manage');
  const now = ctx.now();
  const settings = await ctx.store.transaction(async (trx) => {
    const current = await readSiteSettings(trx);
    const next = await validated(trx, current, changes);
    await writeSiteSettings(trx, next);
    const changed = (Object.keys(changes) as (keyof SiteSettings)[]).filter((k) => JSON.stringify(current[k]) !== JSON.stringify(next[k]));
    await recordAudit(trx, actor, now, { action: 'settings.update', targetType: 'settings', details: { fields: changed.sort() } });
    return next;
  });
  await ctx.bus.publish([changeEventOf('settings.changed', null, [keys.settings], now)]);
  return settings;
}
