import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RESERVED_SEGMENTS } from '../../domain/slug.ts';
import { keys } from '../../domain/surrogate-keys.ts';
import { DatelineError } from '../../errors.ts';
import { SITE_CSS, SITE_CSS_VERSION } from '../../site/assets/site-css.ts';
import { renderArticlePage } from '../../site/pages/article-page.ts';
import { renderAuthorPage } from '../../site/pages/author-page.ts';
import { renderGonePage } from '../../site/pages/gone-page.ts';
import { renderHomePage } from '../../site/pages/home-page.ts';
import { renderNotFoundPage } from '../../site/pages/not-found-page.ts';
import { loadSearchView } from '../../search/load-search-view.ts';
import { renderSearchPage } from '../../site/pages/search-page.ts';
import { renderSectionPage } from '../../site/pages/section-page.ts';
import { renderSeriesPage } from '../../site/pages/series-page.ts';
import { renderTagPage } from '../../site/pages/tag-page.ts';
import { renderVideoHubPage } from '../../site/pages/video-hub-page.ts';
import { renderVideoPage } from '../../site/pages/video-page.ts';
import { urls } from '../../site/urls.ts';
import { findRedirect } from '../../store/repositories/redirect-repository.ts';
import type { RailsView, SiteChrome } from '../../site/view-models.ts';
import { loadArticlePage } from '../../site-data/load-article-page.ts';
import { loadChrome } from '../../site-data/load-chrome.ts';
import { loadHome, loadNotFound } from '../../site-data/load-home.ts';
import { type Loaded, loadAuthorPage, loadSectionPage, loadSeriesPage, loadTagPage, loadVideoHub } from '../../site-data/load-listing-pages.ts';
import { loadRails } from '../../site-data/load-rails.ts';
import { loadVideoPage } from '../../site-data/load-video-page.ts';
import type { ReadContext } from '../../site-data/read-context.ts';
import { distributionRoutes, sendFeed } from './distribution-routes.ts';
import { resolveSitePath } from './resolve-site-path.ts';

export interface SiteRouteOptions {
  readonly readContext: () => Promise<ReadContext>;
  readonly tag: (reply: FastifyReply, keys: Iterable<string>) => void;
}

/** Public pages may be kept a minute by browsers and longer by a CDN that purges by key. */
export const PAGE_CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=30';

const sendHtml = (reply: FastifyReply, body: string) =>
  reply.header('cache-control', PAGE_CACHE_CONTROL).type('text/html; charset=utf-8').send(body);

function pageNumber(raw: string | undefined): number {
  if (raw === undefined) return 1;
  if (!/^[1-9]\d{0,3}$/.test(raw) || raw === '1') throw new DatelineError('not-found', 'no such page');
  return Number(raw);
}

/** The 404 and 410 pages, in the site's own look. */
export async function renderErrorPage(readContext: () => Promise<ReadContext>, _req: FastifyRequest, status: 404 | 410): Promise<string> {
  const ctx = await readContext();
  const chrome = await loadChrome(ctx);
  const { latest } = await loadNotFound(ctx);
  return status === 410 ? renderGonePage(chrome, { notice: null, latest }) : renderNotFoundPage(chrome, { latest });
}

async function listing<T>(
  opts: SiteRouteOptions,
  reply: FastifyReply,
  load: (ctx: ReadContext) => Promise<Loaded<T>>,
  render: (chrome: SiteChrome, view: T, rails: RailsView) => string,
) {
  const ctx = await opts.readContext();
  const loaded = await load(ctx);
  if (loaded.kind === 'not-found') throw new DatelineError('not-found', 'no such page');
  const pageKeys = new Set(loaded.keys);
  const [chrome, rails] = await Promise.all([loadChrome(ctx), loadRails(ctx, null, pageKeys)]);
  opts.tag(reply, pageKeys);
  return sendHtml(reply, render(chrome, loaded.view, rails));
}

/** Every public HTML page. Paths end with a slash; a path without one is redirected to it. */
export async function siteRoutes(app: FastifyInstance, opts: SiteRouteOptions): Promise<void> {
  await app.register(distributionRoutes, opts);

  app.get('/', async (_req, reply) => {
    const ctx = await opts.readContext();
    const [chrome, home] = await Promise.all([loadChrome(ctx), loadHome(ctx)]);
    opts.tag(reply, home.keys);
    return sendHtml(reply, renderHomePage(chrome, home.view));
  });

  app.get('/assets/site.css', async (req, reply) => {
    const versioned = (req.query as { v?: string }).v === SITE_CSS_VERSION;
    return reply
      .header('cache-control', versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=300')
      .type('text/css; charset=utf-8')
      .send(SITE_CSS);
  });

  const paged = (base: string) => [base, `${base}page/:page/`];
  for (const path of paged('/tag/:slug/'))
    app.get(path, (req, reply) => {
      const p = req.params as { slug: string; page?: string };
      return listing(opts, reply, (ctx) => loadTagPage(ctx, p.slug, pageNumber(p.page)), renderTagPage);
    });
  for (const path of paged('/author/:slug/'))
    app.get(path, (req, reply) => {
      const p = req.params as { slug: string; page?: string };
      return listing(opts, reply, (ctx) => loadAuthorPage(ctx, p.slug, pageNumber(p.page)), renderAuthorPage);
    });
  for (const path of paged('/series/:slug/'))
    app.get(path, (req, reply) => {
      const p = req.params as { slug: string; page?: string };
      return listing(opts, reply, (ctx) => loadSeriesPage(ctx, p.slug, pageNumber(p.page)), renderSeriesPage);
    });
  for (const path of paged('/video/'))
    app.get(path, async (req, reply) => {
      const n = pageNumber((req.params as { page?: string }).page);
      return listing(opts, reply, (ctx) => loadVideoHub(ctx, n), (chrome, view) => renderVideoHubPage(chrome, view));
    });
  app.get('/video/:slug/', (req, reply) =>
    listing(opts, reply, (ctx) => loadVideoPage(ctx, (req.params as { slug: string }).slug), renderVideoPage),
  );

  app.get('/search', async (req, reply) => {
    const { q, page } = req.query as { q?: unknown; page?: unknown };
    const query = typeof q === 'string' ? q.slice(0, 200) : '';
    const ctx = await opts.readContext();
    const loaded = await loadSearchView(ctx, query, pageNumber(typeof page === 'string' ? page : undefined));
    if (loaded.kind === 'not-found') throw new DatelineError('not-found', 'no such page');
    const chrome = await loadChrome(ctx);
    // Results change with every publish, kill and unpublish, and no purge names a query: never cache them.
    return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(renderSearchPage(chrome, loaded.view));
  });

  // Sections nest to any depth, so their fronts, pages, feeds and stories share one dispatcher.
  app.get('/*', async (req, reply) => {
    const path = req.url.split('?')[0];
    // Paths under the site's own prefixes (api, admin, media...) are never sections or stories.
    if (RESERVED_SEGMENTS.has(path.split('/')[1] ?? '')) throw new DatelineError('not-found', `no route for GET ${path}`);
    if (!path.endsWith('/')) {
      const query = req.url.slice(path.length);
      return reply.redirect(`${path}/${query}`, 301);
    }
    const ctx = await opts.readContext();
    const target = resolveSitePath(ctx.sections, path);
    switch (target.kind) {
      case 'section':
        return listing(opts, reply, (c) => loadSectionPage(c, target.path, target.page), renderSectionPage);
      case 'section-feed':
        return sendFeed(opts, reply, { kind: 'section', path: target.path }, 'rss', urls.sectionFeed(target.path));
      case 'article': {
        const result = await loadArticlePage(ctx, target.sectionPath, target.slug);
        if (result.kind === 'redirect') return reply.redirect(result.location, 301);
        if (result.kind === 'gone') {
          opts.tag(reply, result.keys);
          throw new DatelineError('gone', 'this story has been removed');
        }
        if (result.kind === 'not-found') throw new DatelineError('not-found', 'no such story');
        const chrome = await loadChrome(ctx);
        opts.tag(reply, [...result.keys, keys.settings]);
        return sendHtml(reply, renderArticlePage(chrome, result.article, result.rails));
      }
      case 'none': {
        const to = await findRedirect(ctx.db, path);
        if (to) return reply.redirect(to, 301);
        throw new DatelineError('not-found', 'no such page');
      }
    }
  });
}
