import { findMediaById } from '../store/repositories/media-repository.ts';
import type { SiteChrome } from '../site/view-models.ts';
import { type ReadContext, sharedValue } from './read-context.ts';

export async function loadChrome(ctx: ReadContext): Promise<SiteChrome> {
  const logoId = ctx.settings.logoMediaId;
  // The same on every page: kept until the next change.
  const logoAsset = logoId !== null ? await sharedValue(ctx, `media:${logoId}`, () => findMediaById(ctx.db, logoId)) : null;
  return {
    settings: ctx.settings,
    logo: logoAsset ? { ...ctx.image(logoAsset, 'logo'), alt: ctx.settings.name } : null,
    navSections: ctx.sections.top().map((s) => ({ name: s.name, path: s.path })),
    now: ctx.now,
  };
}
