import type { FastifyInstance, FastifyReply } from 'fastify';
import { renderAtom } from '../../site/feeds/atom.ts';
import { renderJsonFeed } from '../../site/feeds/json-feed.ts';
import { renderNewsSitemap } from '../../site/feeds/news-sitemap.ts';
import { renderRobotsTxt } from '../../site/feeds/robots.ts';
import { renderRss } from '../../site/feeds/rss.ts';
import { isSitemapKind, renderSitemapIndex, renderSitemapPart, sitemapIndex } from '../../site/feeds/sitemap.ts';
import { urls } from '../../site/urls.ts';
import { type FeedScope, loadFeed } from '../../site-data/load-feed.ts';
import { loadNewsSitemapArticles, loadSitemapPart, loadSitemapSources, SITEMAP_KEYS } from '../../site-data/load-sitemaps.ts';
import type { ReadContext } from '../../site-data/read-context.ts';
import { DatelineError } from '../../errors.ts';
import { keys } from '../../domain/surrogate-keys.ts';

export type FeedFormat = 'rss' | 'atom' | 'json';

export interface DistributionOptions {
  readonly readContext: () => Promise<ReadContext>;
  readonly tag: (reply: FastifyReply, keys: Iterable<string>) => void;
}

const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** Renders one feed of a scope in a format; shared by the fixed routes and section paths. */
export async function sendFeed(opts: DistributionOptions, reply: FastifyReply, scope: FeedScope, format: FeedFormat, feedPath: string) {
  const ctx = await opts.readContext();
  const feed = await loadFeed(ctx, scope);
  if (!feed) throw new DatelineError('not-found', 'no such feed');
  opts.tag(reply, feed.keys);
  const channel = { ...feed.channel, feedPath };
  const body = format === 'rss' ? renderRss(channel, feed.entries) : format === 'atom' ? renderAtom(channel, feed.entries) : renderJsonFeed(channel, feed.entries);
  return reply.type(FEED_TYPES[format]).send(body);
}

/** Feeds, sitemaps and robots.txt: what aggregators, apps and crawlers read. */
export async function distributionRoutes(app: FastifyInstance, opts: DistributionOptions): Promise<void> {
  app.get('/feed/', (_req, reply) => sendFeed(opts, reply, { kind: 'all' }, 'rss', urls.feed()));
  app.get('/feed/atom/', (_req, reply) => sendFeed(opts, reply, { kind: 'all' }, 'atom', urls.atomFeed()));
  app.get('/feed/json/', (_req, reply) => sendFeed(opts, reply, { kind: 'all' }, 'json', urls.jsonFeed()));
  app.get('/tag/:slug/feed/', (req, reply) => {
    const { slug } = req.params as { slug: string };
    return sendFeed(opts, reply, { kind: 'tag', slug }, 'rss', urls.tagFeed(slug));
  });
  app.get('/series/:slug/feed/', (req, reply) => {
    const { slug } = req.params as { slug: string };
    return sendFeed(opts, reply, { kind: 'series', slug }, 'rss', urls.seriesFeed(slug));
  });

  app.get('/sitemap.xml', async (_req, reply) => {
    const ctx = await opts.readContext();
    opts.tag(reply, SITEMAP_KEYS);
    return reply.type('application/xml; charset=utf-8').send(renderSitemapIndex(sitemapIndex(ctx.settings.baseUrl, await loadSitemapSources(ctx))));
  });

  app.get('/sitemaps/:file', async (req, reply) => {
    const m = /^([a-z]+)-([1-9]\d{0,5})\.xml$/.exec((req.params as { file: string }).file);
    if (!m || !isSitemapKind(m[1])) throw new DatelineError('not-found', 'no such sitemap');
    const ctx = await opts.readContext();
    const part = await loadSitemapPart(ctx, m[1], Number(m[2]));
    if (!part) throw new DatelineError('not-found', 'no such sitemap');
    opts.tag(reply, SITEMAP_KEYS);
    return reply.type('application/xml; charset=utf-8').send(renderSitemapPart(part));
  });

  app.get('/news-sitemap.xml', async (_req, reply) => {
    const ctx = await opts.readContext();
    opts.tag(reply, [SITEMAP_KEYS[0]]);
    const body = renderNewsSitemap({ name: ctx.settings.name, locale: ctx.settings.locale }, await loadNewsSitemapArticles(ctx), ctx.now);
    return reply.type('application/xml; charset=utf-8').send(body);
  });

  app.get('/robots.txt', async (_req, reply) => {
    const ctx = await opts.readContext();
    opts.tag(reply, [keys.settings]);
    return reply.type('text/plain; charset=utf-8').send(renderRobotsTxt(ctx.settings.baseUrl));
  });
}
