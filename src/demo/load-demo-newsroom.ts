import { HOUR_MS, bucketStart } from '../domain/trending-score.ts';
import { slugify } from '../domain/slug.ts';
import type { MediaAsset } from '../domain/media.ts';
import { ingestImage } from '../media/ingest-image.ts';
import type { MediaStore } from '../media/media-store.ts';
import { insertArticle } from '../newsroom/create-article.ts';
import type { ServiceContext } from '../service-context.ts';
import type { Executor } from '../store/database.ts';
import { insertAuthor } from '../store/repositories/author-repository.ts';
import { insertList, replaceListEntries } from '../store/repositories/curated-list-repository.ts';
import { insertMediaAsset } from '../store/repositories/media-repository.ts';
import { addPageViews } from '../store/repositories/page-view-repository.ts';
import { findSectionByPath, insertSection } from '../store/repositories/section-repository.ts';
import { insertSeries } from '../store/repositories/series-repository.ts';
import { writeSiteSettings } from '../store/repositories/settings-repository.ts';
import { insertVideo } from '../store/repositories/video-repository.ts';
import { renderDemoImage, renderStationLogo } from './demo-image.ts';
import { demoNewsroom } from './demo-newsroom.ts';
import { makeDemoClip } from './make-demo-clip.ts';
import { validateDemoNewsroom } from './validate-demo-newsroom.ts';
import type { DemoImage, DemoNewsroom, DemoStory, DemoWireStory } from './demo-types.ts';

/** Where demo videos play from: one short clip in the media store (see make-demo-clip.ts). */
export const DEMO_CLIP_PATH = '/media/files/demo-clip.mp4';

const paragraphsToHtml = (paragraphs: readonly string[]) =>
  paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`).join('\n');

/** Draws and stores every picture, two at a time (one per core). */
async function storeImages(media: MediaStore, images: readonly DemoImage[]) {
  const out = new Map<string, { image: DemoImage; stored: Awaited<ReturnType<typeof ingestImage>> }>();
  const queue = [...images];
  const worker = async () => {
    for (let image = queue.shift(); image; image = queue.shift()) {
      out.set(image.key, { image, stored: await ingestImage(media, await renderDemoImage(image)) });
    }
  };
  await Promise.all([worker(), worker()]);
  return out;
}

export interface DemoLoadReport {
  readonly stories: number;
  readonly wireStories: number;
  readonly videos: number;
  readonly images: number;
  /** Whether ffmpeg drew the clip the demo videos play. */
  readonly clip: boolean;
}

/**
 * Fills an empty store with the demo newsroom, with times relative to now
 * so the site looks freshly updated. Pictures are drawn locally first; the
 * records then go in in one transaction, so a failure leaves the store empty.
 */
export async function loadDemoNewsroom(
  ctx: ServiceContext,
  media: MediaStore,
  options: { readonly baseUrl?: string; readonly demo?: DemoNewsroom } = {},
): Promise<DemoLoadReport> {
  const demo = options.demo ?? demoNewsroom;
  const problems = validateDemoNewsroom(demo);
  if (problems.length > 0) throw new Error(`demo newsroom data is broken: ${problems.join('; ')}`);
  const now = ctx.now();
  const ago = (hours: number) => new Date(now.getTime() - hours * HOUR_MS);
  const images = await storeImages(media, demo.images);
  const logo = await ingestImage(media, await renderStationLogo(demo.settings.site.name));
  const clip = await makeDemoClip(media);

  await ctx.store.transaction(async (trx) => {
    const assetIds = new Map<string, number>();
    const addAsset = async (db: Executor, key: string): Promise<number | null> => {
      const found = assetIds.get(key);
      if (found !== undefined) return found;
      const entry = images.get(key);
      if (!entry) return null;
      const { image, stored } = entry;
      const asset: MediaAsset = await insertMediaAsset(db, {
        storageKey: stored.storageKey, mimeType: stored.mimeType, width: stored.width, height: stored.height, bytes: stored.bytes,
        alt: image.alt, caption: image.caption, credit: image.credit, focal: image.focal,
        wireProvider: image.wire?.provider ?? null, wireGuid: image.wire?.guid ?? null,
      });
      assetIds.set(key, asset.id);
      return asset.id;
    };

    for (const s of demo.sections) {
      const parentPath = s.path.includes('/') ? s.path.slice(0, s.path.lastIndexOf('/')) : null;
      const parent = parentPath ? await findSectionByPath(trx, parentPath) : null;
      await insertSection(trx, {
        slug: s.path.split('/').pop()!, path: s.path, name: s.name, parentId: parent?.id ?? null, description: s.description,
        position: demo.sections.indexOf(s),
      });
    }
    const authorIds = new Map<string, number>();
    for (const a of demo.authors) authorIds.set(a.key, (await insertAuthor(trx, { slug: slugify(a.name), name: a.name, title: a.title, bio: a.bio })).id);
    const seriesIds = new Map<string, number>();
    for (const s of demo.series) seriesIds.set(s.key, (await insertSeries(trx, { slug: s.slug, name: s.name, description: s.description })).id);

    const logoAsset = await insertMediaAsset(trx, {
      storageKey: logo.storageKey, mimeType: logo.mimeType, width: logo.width, height: logo.height, bytes: logo.bytes,
      alt: demo.settings.site.name, caption: null, credit: null, focal: { x: 0.5, y: 0.5 }, wireProvider: null, wireGuid: null,
    });
    await writeSiteSettings(trx, { ...demo.settings.site, baseUrl: options.baseUrl ?? demo.settings.site.baseUrl, logoMediaId: logoAsset.id });

    const storyIds = new Map<string, number>();
    const addStory = async (story: DemoStory | DemoWireStory) => {
      const section = await findSectionByPath(trx, story.sectionPath);
      if (!section) throw new Error(`demo story ${story.key} names unknown section ${story.sectionPath}`);
      const wire = 'agency' in story ? story : null;
      const { article } = await insertArticle(
        trx,
        {
          headline: story.headline,
          dek: story.dek,
          sectionId: section.id,
          byline: story.byline ?? null,
          authorIds: story.authorKeys.map((k) => authorIds.get(k)).filter((id): id is number => id !== undefined),
          tagNames: story.tags,
          dateline: story.datelinePlace ? { place: story.datelinePlace, source: wire?.agency.source ?? null } : null,
          bodyHtml: paragraphsToHtml(story.paragraphs),
          leadMediaId: story.imageKey ? await addAsset(trx, story.imageKey) : null,
          seriesId: story.seriesKey ? seriesIds.get(story.seriesKey) ?? null : null,
          rights: wire
            ? { copyrightNotice: wire.agency.copyrightNotice, copyrightHolder: wire.agency.copyrightHolder, usageTerms: wire.agency.usageTerms }
            : undefined,
        },
        {
          status: 'published',
          publishedAt: ago(story.publishedHoursAgo),
          createdAt: ago(story.publishedHoursAgo),
          updatedAt: story.updatedHoursAgo !== undefined ? ago(story.updatedHoursAgo) : null,
          updateNote: story.updateNote ?? null,
          correctionNote: story.correctionNote ?? null,
          origin: wire ? { kind: 'wire', provider: wire.agency.provider, guid: wire.guid, version: wire.version, etag: null } : { kind: 'local' },
          actor: null,
        },
        now,
      );
      storyIds.set(story.key, article.id);
    };
    for (const story of demo.stories) await addStory(story);
    for (const story of demo.wireStories) await addStory(story);

    for (const v of demo.videos) {
      const section = v.sectionPath ? await findSectionByPath(trx, v.sectionPath) : null;
      await insertVideo(trx, {
        slug: slugify(v.title), title: v.title, description: v.description, thumbnailMediaId: await addAsset(trx, v.posterImageKey),
        sourceUrl: DEMO_CLIP_PATH, durationSeconds: v.durationSeconds, publishedAt: ago(v.publishedHoursAgo),
        seriesId: v.seriesKey ? seriesIds.get(v.seriesKey) ?? null : null, sectionId: section?.id ?? null,
      });
    }
    for (const l of demo.lists) {
      const list = await insertList(trx, { slug: l.slug, name: l.name });
      await replaceListEntries(trx, list.id, l.storyKeys.map((k) => ({ articleId: storyIds.get(k)! })).filter((e) => e.articleId !== undefined));
    }
    const hour = bucketStart(now.getTime());
    await addPageViews(
      trx,
      demo.views.flatMap((plan) =>
        plan.counts.map((c) => ({ articleId: storyIds.get(plan.storyKey)!, bucketStart: hour - c.hoursAgo * HOUR_MS, views: c.views })),
      ).filter((c) => c.articleId !== undefined),
    );
  });
  return { stories: demo.stories.length, wireStories: demo.wireStories.length, videos: demo.videos.length, images: images.size, clip };
}
