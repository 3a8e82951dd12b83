import { sql } from 'kysely';
import { keys } from '../domain/surrogate-keys.ts';
import { publicArticleFilter } from '../store/repositories/article-repository.ts';
import { SITEMAP_MAX_URLS, sitemapPartSlice, type SitemapKind, type SitemapSource, type SitemapUrl } from '../site/feeds/sitemap.ts';
import { NEWS_WINDOW_MS, type NewsSitemapArticle } from '../site/feeds/news-sitemap.ts';
import { absoluteUrl, urls } from '../site/urls.ts';
import type { ReadContext } from './read-context.ts';

export const SITEMAP_KEYS = [keys.latest, keys.videos, keys.settings] as const;

/** Parts of the article sitemap in id order, so a story keeps its part as new ones arrive. */
async function articleParts(ctx: ReadContext): Promise<SitemapSource> {
  const numbered = ctx.db
    .selectFrom('articles')
    .where(publicArticleFilter(ctx.now.getTime()))
    .select([sql<number>`row_number() over (order by articles.id)`.as('rn'), sql<number>`coalesce(articles.updated_at, articles.published_at)`.as('changed')])
    .as('numbered');
  const rows = await ctx.db
    .selectFrom(numbered)
    .select([sql<number>`(numbered.rn - 1) / ${sql.lit(SITEMAP_MAX_URLS)}`.as('part'), sql<number>`max(numbered.changed)`.as('lastmod'), sql<number>`count(*)`.as('n')])
    .groupBy(sql`(numbered.rn - 1) / ${sql.lit(SITEMAP_MAX_URLS)}`)
    .orderBy('part')
    .execute();
  return {
    kind: 'articles',
    count: rows.reduce((n, r) => n + Number(r.n), 0),
    lastmods: rows.map((r) => (r.lastmod === null ? null : new Date(Number(r.lastmod)))),
  };
}

async function count(ctx: ReadContext, table: 'tags' | 'authors' | 'series'): Promise<number> {
  const r = await ctx.db.selectFrom(table).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function loadSitemapSources(ctx: ReadContext): Promise<SitemapSource[]> {
  const videos = await ctx.db.selectFrom('videos').select(sql<number>`count(*)`.as('n')).where('published_at', '<=', ctx.now.getTime()).executeTakeFirstOrThrow();
  return [
    await articleParts(ctx),
    { kind: 'sections', count: ctx.sections.all.length, lastmods: [] },
    { kind: 'tags', count: await count(ctx, 'tags'), lastmods: [] },
    { kind: 'authors', count: await count(ctx, 'authors'), lastmods: [] },
    { kind: 'series', count: await count(ctx, 'series'), lastmods: [] },
    { kind: 'videos', count: Number(videos.n), lastmods: [] },
  ];
}

/** The URLs of part `n` of one kind, or null when that part does not exist. */
export async function loadSitemapPart(ctx: ReadContext, kind: SitemapKind, n: number): Promise<SitemapUrl[] | null> {
  const { offset, limit } = sitemapPartSlice(n);
  const base = ctx.settings.baseUrl;
  let out: SitemapUrl[];
  switch (kind) {
    case 'articles': {
      const rows = await ctx.db
        .selectFrom('articles')
        .innerJoin('sections', 'sections.id', 'articles.section_id')
        .where(publicArticleFilter(ctx.now.getTime()))
        .select(['articles.slug', 'sections.path', 'articles.published_at', 'articles.updated_at'])
        .orderBy('articles.id')
        .limit(limit)
        .offset(offset)
        .execute();
      out = rows.map((r) => ({ loc: absoluteUrl(base, urls.article(r.path, r.slug)), lastmod: new Date(Number(r.updated_at ?? r.published_at)) }));
      break;
    }
    case 'sections':
      out = ctx.sections.all.slice(offset, offset + limit).map((s) => ({ loc: absoluteUrl(base, urls.section(s.path)), lastmod: null }));
      break;
    case 'tags':
    case 'authors':
    case 'series': {
      const rows = await ctx.db.selectFrom(kind).select('slug').orderBy('id').limit(limit).offset(offset).execute();
      const path = kind === 'tags' ? urls.tag : kind === 'authors' ? urls.author : urls.series;
      out = rows.map((r) => ({ loc: absoluteUrl(base, path(r.slug)), lastmod: null }));
      break;
    }
    case 'videos': {
      const rows = await ctx.db.selectFrom('videos').select(['slug', 'published_at']).where('published_at', '<=', ctx.now.getTime()).orderBy('id').limit(limit).offset(offset).execute();
      out = rows.map((r) => ({ loc: absoluteUrl(base, urls.video(r.slug)), lastmod: new Date(Number(r.published_at)) }));
      break;
    }
  }
  return out.length > 0 || n === 1 ? out : null;
}

export async function loadNewsSitemapArticles(ctx: ReadContext): Promise<NewsSitemapArticle[]> {
  const rows = await ctx.db
    .selectFrom('articles')
    .innerJoin('sections', 'sections.id', 'articles.section_id')
    .where(publicArticleFilter(ctx.now.getTime()))
    .where('articles.published_at', '>=', ctx.now.getTime() - NEWS_WINDOW_MS)
    .select(['articles.slug', 'articles.headline', 'sections.path', 'articles.published_at'])
    .orderBy('articles.published_at', 'desc')
    .limit(1000)
    .execute();
  return rows.map((r) => ({ loc: absoluteUrl(ctx.settings.baseUrl, urls.article(r.path, r.slug)), title: r.headline, publishedAt: new Date(Number(r.published_at)) }));
}
