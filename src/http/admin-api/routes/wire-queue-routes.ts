import { discardWireStory } from '../../../newsroom/discard-wire-story.ts';
import { setArticleStatus } from '../../../newsroom/set-article-status.ts';
import { DatelineError } from '../../../errors.ts';
import { findArticleById } from '../../../store/repositories/article-repository.ts';
import { defineRoutes } from '../admin-route.ts';
import { deskArticlePage } from '../desk-article-page.ts';
import { deskArticleView } from '../desk-article-view.ts';
import { schema } from '../json-schema.ts';
import { expectedRevisionOf } from '../request-values.ts';

/** Held wire stories: arrived from an agency and waiting for an editor's decision, as drafts. */
export const wireQueueRoutes = defineRoutes([
  {
    method: 'GET',
    url: '/wire/queue',
    operationId: 'listWireQueue',
    summary: 'Held wire stories, newest first. Edit one with PATCH /articles/{id}.',
    tag: 'wire',
    access: 'wire.manage',
    query: schema.object({ limit: schema.integer({ min: 1, max: 100 }), cursor: schema.string({ max: 100 }) }),
    async handle({ ctx, query }) {
      return deskArticlePage(ctx, { origin: 'wire', status: 'draft' }, query);
    },
  },
  {
    method: 'POST',
    url: '/wire/queue/:id/publish',
    operationId: 'publishWireStory',
    summary: 'Publish a held wire story now.',
    tag: 'wire',
    access: 'wire.manage',
    headers: [{ name: 'If-Match', description: 'When sent, refused if the story changed since you loaded it.' }],
    async handle({ ctx, actor, req, params }) {
      const held = await findArticleById(ctx.store.db, params.id);
      if (!held || held.origin.kind !== 'wire' || held.status !== 'draft') throw new DatelineError('not-found', `no held wire story with id ${params.id}`);
      const article = await setArticleStatus(ctx, actor, params.id, { kind: 'publish' }, { expectedRevision: expectedRevisionOf(req) });
      return { data: await deskArticleView(ctx.store.db, article, ctx.now()) };
    },
  },
  {
    method: 'POST',
    url: '/wire/queue/:id/discard',
    operationId: 'discardWireStory',
    summary: 'Throw a held wire story away; later versions from the agency do not bring it back.',
    tag: 'wire',
    access: 'wire.manage',
    async handle({ ctx, actor, params }) {
      const article = await discardWireStory(ctx, actor, params.id);
      return { data: await deskArticleView(ctx.store.db, article, ctx.now()) };
    },
  },
]);
