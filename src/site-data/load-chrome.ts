import { findMediaById } from '../store/repositories/media-repository.ts';
import type { SiteChrome } from '../site/view-models.ts';
import type { ReadContext } from './read-context.ts';

export async function loadChrome(ctx: ReadContext): Promise<SiteChrome> {
  const logoAsset = ctx.settings.logoMediaId !== null ? await findMediaById(ctx.db, ctx.settings.logoMediaId) : null;
  return {
    settings: ctx.settings,
    logo: logoAsset ? { ...ctx.image(logoAsset, 'logo'), alt: ctx.settings.name } : null,
    navSections: ctx.sections.top().map((s) => ({ name: s.name, path: s.path })),
    now: ctx.now,
  };
}
