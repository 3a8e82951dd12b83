import { DEFAULT_SITE_SETTINGS, type SiteSettings } from '../../domain/site-settings.ts';
import type { Executor } from '../database.ts';

const KEY = 'site';

export async function readSiteSettings(db: Executor): Promise<SiteSettings> {
  const r = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  if (!r) return DEFAULT_SITE_SETTINGS;
  const stored = JSON.parse(r.value) as Partial<SiteSettings>;
  return Object.freeze({
    ...DEFAULT_SITE_SETTINGS,
    ...stored,
    social: Object.freeze({ ...DEFAULT_SITE_SETTINGS.social, ...(stored.social ?? {}) }),
  });
}

export async function writeSiteSettings(db: Executor, settings: SiteSettings): Promise<void> {
  const value = JSON.stringify(settings);
  await db
    .insertInto('settings')
    .values({ key: KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
