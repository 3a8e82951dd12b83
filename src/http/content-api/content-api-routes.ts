import type { FastifyInstance, FastifyReply, onRequestHookHandler } from 'fastify';
import { keys } from '../../domain/surrogate-keys.ts';
import { isPublic, publicAnswer } from '../../domain/visibility.ts';
import { DatelineError } from '../../errors.ts';
import { searchArticles } from '../../search/search-articles.ts';
import { searchIndexFor } from '../../search/search-index-for.ts';
import { parseSearchQuery } from '../../search/search-query.ts';
import { loadTrending } from '../../site-data/load-rails.ts';
import type { ReadContext } from '../../site-data/read-context.ts';
import { videoSummaries } from '../../site-data/story-summaries.ts';
import { urls } from '../../site/urls.ts';
import { findArticleById, findArticlesByGuid, findArticlesByIds, listPublicArticles } from '../../store/repositories/article-repository.ts';
import { findListBySlug, listCuratedLists, listEntries } from '../../store/repositories/curated-list-repository.ts';
import { findSeriesBySlug, listSeries } from '../../store/repositories/series-repository.ts';
import { findTagBySlug } from '../../store/repositories/tag-repository.ts';
import { listPublicVideos } from '../../store/repositories/video-repository.ts';
import { decodeKeysetCursor, keysetPage } from '../keyset-cursor.ts';
import { loadArticleRelations } from './load-article-relations.ts';
import { presentArticle } from './present-article.ts';

export interface ContentApiOptions {
  readonly readContext: () => Promise<ReadContext>;
  /** Marks a response with the surrogate keys of what it shows, for the page cache and a CDN. */
  readonly tag: (reply: FastifyReply, keys: Iterable<string>) => void;
  /** Runs before every content-API request: checks the caller's key when keys are required. */
  readonly guard?: onRequestHookHandler;
}

type Query = Record<string, string | undefined>;

function limitOf(q: Query, fallback = 20, max = 100): number {
  if (q.limit === undefined) return fallback;
  const n = Number(q.limit);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new DatelineError('invalid-input', `limit must be a whole number from 1 to ${max}`, { details: { field: 'limit' } });
  }
  return n;
}

function idOf(raw: string): number {
  if (!/^\d{1,12}$/.test(raw)) throw new DatelineError('not-found', 'no such article');
  return Number(raw);
}

/** The read-only content API under /api/v1: public data only, JSON. */
export async function contentApiRoutes(app: FastifyInstance, opts: ContentApiOptions): Promise<void> {
  if (opts.guard) app.addHook('onRequest', opts.guard);
  app.get('/articles', async (req, reply) => {
    const q = req.query as Query;
    const ctx = await opts.readContext();
    const pageKeys = new Set<string>([keys.latest]);
    if (q.guid !== undefined) {
      const found = (await findArticlesByGuid(ctx.db, q.guid)).filter((a) => isPublic(a, ctx.now));
      found.forEach((a) => pageKeys.add(keys.article(a.id)));
      const rel = await loadArticleRelations(ctx, found);
      opts.tag(reply, pageKeys);
      return { data: found.map((a) => presentArticle(a, rel, true)), nextCursor: null };
    }
    const limit = limitOf(q);
    const filter: Parameters<typeof listPublicArticles>[2] & { sectionIds?: number[]; tagId?: number; seriesId?: number } = {};
    if (q.section !== undefined) {
      const s = ctx.sections.find(q.section);
      if (!s) throw new DatelineError('invalid-input', `no section "${q.section}"`, { details: { field: 'section' } });
      filter.sectionIds = ctx.sections.subtreeIds(s.id);
      pageKeys.add(keys.section(s.id));
    }
    if (q.tag !== undefined) {
      const t = await findTagBySlug(ctx.db, q.tag);
      if (!t) throw new DatelineError('invalid-input', `no tag "${q.tag}"`, { details: { field: 'tag' } });
      filter.tagId = t.id;
      pageKeys.add(keys.tag(t.id));
    }
    if (q.series !== undefined) {
      const s = await findSeriesBySlug(ctx.db, q.series);
      if (!s) throw new DatelineError('invalid-input', `no series "${q.series}"`, { details: { field: 'series' } });
      filter.seriesId = s.id;
      pageKeys.add(keys.series(s.id));
    }
    let since: Date | undefined;
    if (q.since !== undefined) {
      since = new Date(q.since);
      if (Number.isNaN(since.getTime())) throw new DatelineError('invalid-input', 'since must be an ISO 8601 time', { details: { field: 'since' } });
    }
    const cursor = q.cursor ? decodeKeysetCursor(q.cursor) : undefined;
    const articles = await listPublicArticles(
      ctx.db,
      ctx.now,
      { ...filter, since, before: cursor && { publishedAt: cursor.at, id: cursor.id } },
      { limit: limit + 1 },
    );
    const { items, nextCursor } = keysetPage(articles, limit, (a) => a.publishedAt?.getTime() ?? null);
    const rel = await loadArticleRelations(ctx, items);
    opts.tag(reply, pageKeys);
    return { data: items.map((a) => presentArticle(a, rel, false)), nextCursor };
  });

  app.get('/articles/:id', async (req, reply) => {
    const ctx = await opts.readContext();
    const article = await findArticleById(ctx.db, idOf((req.params as { id: string }).id));
    const answer = article ? publicAnswer(article, ctx.now) : 'not-found';
    if (article) opts.tag(reply, [keys.article(article.id)]);
    if (answer === 'gone') throw new DatelineError('gone', 'this story has been removed');
    if (answer !== 'ok' || !article) throw new DatelineError('not-found', 'no such article');
    const rel = await loadArticleRelations(ctx, [article]);
    return { data: presentArticle(article, rel, true) };
  });

  app.get('/sections', async (_req, reply) => {
    const ctx = await opts.readContext();
    opts.tag(reply, [keys.settings]);
    return {
      data: ctx.sections.all.map((s) => ({ path: s.path, name: s.name, description: s.description, parent: s.parentId !== null ? ctx.sections.get(s.parentId)?.path ?? null : null })),
    };
  });

  app.get('/videos', async (req, reply) => {
    const q = req.query as Query;
    const ctx = await opts.readContext();
    const limit = limitOf(q);
    let seriesId: number | undefined;
    if (q.series !== undefined) {
      const s = await findSeriesBySlug(ctx.db, q.series);
      if (!s) throw new DatelineError('invalid-input', `no series "${q.series}"`, { details: { field: 'series' } });
      seriesId = s.id;
    }
    const page = q.page === undefined ? 1 : Number(q.page);
    if (!Number.isInteger(page) || page < 1 || page > 1000) throw new DatelineError('invalid-input', 'page must be a whole number from 1 to 1000', { details: { field: 'page' } });
    const videos = await listPublicVideos(ctx.db, ctx.now, { seriesId }, { limit, offset: (page - 1) * limit });
    const summaries = await videoSummaries(ctx, videos);
    opts.tag(reply, [keys.videos]);
    return {
      data: summaries.map((v, i) => ({
        id: v.id, slug: v.slug, title: v.title, description: videos[i].description, publishedAt: v.publishedAt.toISOString(),
        durationSeconds: v.durationSeconds, url: videos[i].sourceUrl, thumbnail: v.thumbnail,
      })),
    };
  });

  app.get('/series', async (_req, reply) => {
    const ctx = await opts.readContext();
    opts.tag(reply, [keys.settings]);
    return { data: (await listSeries(ctx.db)).map((s) => ({ slug: s.slug, name: s.name, description: s.description })) };
  });

  app.get('/lists', async (_req, reply) => {
    const ctx = await opts.readContext();
    opts.tag(reply, [keys.settings]);
    return { data: (await listCuratedLists(ctx.db)).map((l) => ({ slug: l.slug, name: l.name })) };
  });

  app.get('/lists/:slug', async (req, reply) => {
    const ctx = await opts.readContext();
    const list = await findListBySlug(ctx.db, (req.params as { slug: string }).slug);
    if (!list) throw new DatelineError('not-found', 'no such list');
    const entries = await listEntries(ctx.db, list.id, ctx.now);
    const articles = (await findArticlesByIds(ctx.db, entries.map((e) => e.articleId))).filter((a) => isPublic(a, ctx.now));
    const rel = await loadArticleRelations(ctx, articles);
    opts.tag(reply, [keys.list(list.id), ...articles.map((a) => keys.article(a.id))]);
    return { data: { slug: list.slug, name: list.name, articles: articles.map((a) => presentArticle(a, rel, false)) } };
  });

  app.get('/search', async (req, reply) => {
    const q = req.query as Query;
    if (typeof q.q !== 'string' || parseSearchQuery(q.q).terms.length === 0) {
      throw new DatelineError('invalid-input', 'q must hold at least one word to search for', { details: { field: 'q' } });
    }
    const limit = limitOf(q);
    const page = q.page === undefined ? 1 : Number(q.page);
    if (!Number.isInteger(page) || page < 1 || page > 250) throw new DatelineError('invalid-input', 'page must be a whole number from 1 to 250', { details: { field: 'page' } });
    const ctx = await opts.readContext();
    const found = await searchArticles(ctx.db, searchIndexFor(ctx.dialect), q.q, ctx.now, { limit, offset: (page - 1) * limit });
    const rel = await loadArticleRelations(ctx, found.results.map((r) => r.article));
    // Results change with every publish, kill and unpublish, and no purge names a query: never cache them.
    reply.header('cache-control', 'no-store');
    return {
      data: found.results.map((r) => ({ ...presentArticle(r.article, rel, false), snippetHtml: r.snippet.toString() })),
      total: found.total,
      page,
      nextPage: page * limit < found.total ? page + 1 : null,
    };
  });

  app.get('/trending', async (req, reply) => {
    const ctx = await opts.readContext();
    const shown = new Set<string>();
    const stories = await loadTrending(ctx, shown, limitOf(req.query as Query, 10, 30));
    opts.tag(reply, shown);
    return {
      data: stories.map((s, rank) => ({ rank: rank + 1, id: s.id, headline: s.headline, path: urls.article(s.section.path, s.slug), publishedAt: s.publishedAt.toISOString() })),
    };
  });
}
