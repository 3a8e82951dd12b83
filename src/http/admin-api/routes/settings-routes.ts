import { type SettingsChanges, updateSiteSettings } from '../../../newsroom/save-site-settings.ts';
import { readSiteSettings } from '../../../store/repositories/settings-repository.ts';
import { defineRoutes } from '../admin-route.ts';
import { schema } from '../json-schema.ts';

const handle = schema.text(200);

export const settingsRoutes = defineRoutes([
  {
    method: 'GET', url: '/settings', operationId: 'getSettings', summary: 'Site settings.', tag: 'settings', access: 'settings.manage',
    async handle({ ctx }) {
      return { data: await readSiteSettings(ctx.store.db) };
    },
  },
  {
    method: 'PATCH', url: '/settings', operationId: 'updateSettings', summary: 'Change some site settings; the others keep their values.', tag: 'settings',
    access: 'settings.manage',
    body: schema.object({
      name: schema.string({ min: 1, max: 100 }),
      tagline: schema.string({ max: 200 }),
      baseUrl: schema.string({ min: 1, max: 300, description: 'Public base URL without a trailing slash.' }),
      timeZone: schema.string({ min: 1, max: 64, description: 'IANA zone: America/Chicago.' }),
      locale: schema.string({ min: 2, max: 35, description: 'BCP 47: en-US.' }),
      logoMediaId: schema.nullableId(),
      social: schema.object({ facebook: handle, x: handle, instagram: handle, youtube: handle }),
      dontMissListSlug: schema.text(120, 'Slug of the curated list shown as "Don\'t Miss".'),
      featuredSeriesSlug: schema.text(120, 'Slug of the series featured in the article rail.'),
      trendingHalfLifeHours: { type: 'number', minimum: 0.25, maximum: 168 },
    }),
    async handle({ ctx, actor, body }) {
      return { data: await updateSiteSettings(ctx, actor, body as SettingsChanges) };
    },
  },
]);
