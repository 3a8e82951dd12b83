import { findMediaById } from '../store/repositories/media-repository.ts';
import type { MediaAsset } from '../domain/media.ts';
import type { SiteSettings } from '../domain/site-settings.ts';
import type { ResponsiveImage } from '../media/responsive-image.ts';
import type { SiteChrome } from '../site/view-models.ts';
import type { SectionIndex } from './section-index.ts';
import { type ReadContext, sharedValue } from './read-context.ts';

export async function loadChrome(ctx: ReadContext): Promise<SiteChrome> {
  const logoId = ctx.settings.logoMediaId;
  // The same on every page: kept until the next change.
  const logoAsset = logoId !== null ? await sharedValue(ctx, `media:${logoId}`, () => findMediaById(ctx.db, logoId)) : null;
  return {
    settings: ctx.settings,
    logo: logoAsset ? logoImage(ctx, logoAsset) : null,
    navSections: navSections(ctx.sections),
    now: ctx.now,
  };
}

/*
 * The same objects for as long as the section tree, settings and logo are
 * unchanged (they are replaced on change), so that the header and footer can
 * reuse their markup for every page drawn from them.
 */
const navBySections = new WeakMap<SectionIndex, SiteChrome['navSections']>();
const logoByAsset = new WeakMap<MediaAsset, { settings: SiteSettings; logo: ResponsiveImage & { alt: string } }>();

function navSections(sections: SectionIndex): SiteChrome['navSections'] {
  let nav = navBySections.get(sections);
  if (!nav) {
    nav = Object.freeze(sections.top().map((s) => Object.freeze({ name: s.name, path: s.path })));
    navBySections.set(sections, nav);
  }
  return nav;
}

function logoImage(ctx: ReadContext, asset: MediaAsset): ResponsiveImage & { alt: string } {
  const hit = logoByAsset.get(asset);
  if (hit && hit.settings === ctx.settings) return hit.logo;
  const logo = { ...ctx.image(asset, 'logo'), alt: ctx.settings.name };
  logoByAsset.set(asset, { settings: ctx.settings, logo });
  return logo;
}
