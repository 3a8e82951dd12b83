import { keys } from '../domain/surrogate-keys.ts';
import { listPublicSummaries } from '../store/repositories/article-repository.ts';
import { listPublicVideos } from '../store/repositories/video-repository.ts';
import type { HomeView, NotFoundView } from '../site/view-models.ts';
import type { ReadContext } from './read-context.ts';
import { storySummaries, videoSummaries } from './story-summaries.ts';

const TOP = 7;
const PER_SECTION = 4;

export async function loadHome(ctx: ReadContext): Promise<{ view: HomeView; keys: readonly string[] }> {
  const pageKeys = new Set<string>([keys.front, keys.latest, keys.videos, keys.trending, keys.settings]);
  const topArticles = await listPublicSummaries(ctx.db, ctx.now, {}, { limit: TOP });
  const shown = topArticles.map((a) => a.id);
  const tops = ctx.sections.top();
  const [topStories, blocks, videos, shared] = await Promise.all([
    storySummaries(ctx, topArticles, 'lead'),
    Promise.all(
      tops.map(async (s) => {
        pageKeys.add(keys.section(s.id));
        const articles = await listPublicSummaries(ctx.db, ctx.now, { sectionIds: ctx.sections.subtreeIds(s.id), excludeIds: shown }, { limit: PER_SECTION });
        return { section: ctx.sections.link(s.id), stories: await storySummaries(ctx, articles) };
      }),
    ),
    listPublicVideos(ctx.db, ctx.now, {}, { limit: 8 }).then((v) => videoSummaries(ctx, v)),
    ctx.sharedRails(),
  ]);
  for (const k of shared.keys) pageKeys.add(k);
  const { trending, dontMiss } = shared.rails;
  return {
    view: { topStories, sectionBlocks: blocks.filter((b) => b.stories.length > 0), videos, trending, dontMiss },
    keys: [...pageKeys],
  };
}

export async function loadNotFound(ctx: ReadContext): Promise<NotFoundView> {
  return { latest: await storySummaries(ctx, await listPublicSummaries(ctx.db, ctx.now, {}, { limit: 5 })) };
}
