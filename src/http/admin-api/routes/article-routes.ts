import { createDraft } from '../../../newsroom/create-draft.ts';
import { editArticle } from '../../../newsroom/edit-article.ts';
import { setArticleStatus } from '../../../newsroom/set-article-status.ts';
import type { ArticleStatus } from '../../../domain/article.ts';
import type { PublicNote } from '../../../newsroom/article-input.ts';
import { type AdminCall, defineRoutes } from '../admin-route.ts';
import { articleChangesOf, articleFieldsOf, createArticleSchema, editArticleSchema } from '../article-body.ts';
import { deskArticlePage } from '../desk-article-page.ts';
import { articleAnswer } from '../article-answer.ts';
import { schema } from '../json-schema.ts';
import { expectedRevisionOf, requireExpectedRevision, requiredDateOf } from '../request-values.ts';

const IF_MATCH_REQUIRED = [{ name: 'If-Match', description: 'The ETag of the story as you loaded it ("r<revision>"); or send expectedRevision.', required: false }];
const IF_MATCH_OPTIONAL = [{ name: 'If-Match', description: 'When sent, the change is refused if the story has been saved since.', required: false }];

const statusRoute = (kind: 'publish' | 'unpublish' | 'withhold' | 'kill', summary: string, access: 'article.publish' | 'article.withhold' | 'article.kill') => ({
  method: 'POST' as const,
  url: `/articles/:id/${kind}`,
  operationId: `${kind}Article`,
  summary,
  tag: 'articles',
  access,
  headers: IF_MATCH_OPTIONAL,
  async handle(call: AdminCall) {
    await setArticleStatus(call.ctx, call.actor, call.params.id, { kind }, { expectedRevision: expectedRevisionOf(call.req) });
    return articleAnswer(call, call.params.id);
  },
});

export const articleRoutes = defineRoutes([
  {
    method: 'GET',
    url: '/articles',
    operationId: 'listArticles',
    summary: 'Stories in every state, most recently saved first; filter by status, section, origin, owner, credited author or headline words.',
    tag: 'articles',
    access: 'article.read',
    query: schema.object({
      status: schema.enum(['draft', 'published', 'withheld', 'killed']),
      sectionId: schema.integer(),
      origin: schema.enum(['local', 'wire']),
      mine: schema.boolean('Only stories you created.'),
      authorId: schema.integer({ description: 'Only stories credited to this byline record.' }),
      q: schema.string({ max: 200 }),
      limit: schema.integer({ min: 1, max: 100 }),
      cursor: schema.string({ max: 100 }),
    }),
    async handle({ ctx, actor, query }) {
      return deskArticlePage(
        ctx,
        {
          status: query.status as ArticleStatus | undefined,
          sectionId: query.sectionId as number | undefined,
          origin: query.origin as 'local' | 'wire' | undefined,
          ownerUserId: query.mine === true ? actor.principal?.userId ?? -1 : undefined,
          authorId: query.authorId as number | undefined,
          text: query.q as string | undefined,
        },
        query,
      );
    },
  },
  {
    method: 'POST',
    url: '/articles',
    operationId: 'createArticle',
    summary: 'Start a story as a draft; it is yours, and credited to your byline unless you name authors.',
    tag: 'articles',
    access: 'article.create',
    body: createArticleSchema,
    status: 201,
    async handle(call) {
      const article = await createDraft(call.ctx, call.actor, articleFieldsOf(call.body));
      return articleAnswer(call, article.id);
    },
  },
  {
    method: 'GET',
    url: '/articles/:id',
    operationId: 'getArticle',
    summary: 'One story with every field; the ETag header names its revision for If-Match.',
    tag: 'articles',
    access: 'article.read',
    async handle(call) {
      return articleAnswer(call, call.params.id);
    },
  },
  {
    method: 'PATCH',
    url: '/articles/:id',
    operationId: 'editArticle',
    summary: 'Save changes as a new revision. An update or correction note moves the public Updated time; a new slug or section leaves a redirect.',
    tag: 'articles',
    access: 'article.edit',
    body: editArticleSchema,
    headers: IF_MATCH_REQUIRED,
    async handle(call) {
      const body = call.body as { note?: PublicNote; expectedRevision?: number };
      const expectedRevision = requireExpectedRevision(call.req, body.expectedRevision);
      const note = body.note ? { kind: body.note.kind, text: body.note.text } : undefined;
      await editArticle(call.ctx, call.actor, call.params.id, articleChangesOf(call.body), { expectedRevision, note });
      return articleAnswer(call, call.params.id);
    },
  },
  statusRoute('publish', 'Publish now (a story that went out before keeps its first-published time).', 'article.publish'),
  {
    method: 'POST',
    url: '/articles/:id/schedule',
    operationId: 'scheduleArticle',
    summary: 'Publish at a future time; the story goes live on time, across restarts.',
    tag: 'articles',
    access: 'article.publish',
    headers: IF_MATCH_OPTIONAL,
    body: schema.object({ at: schema.dateTime('When the story goes live.') }, ['at']),
    async handle(call) {
      const at = requiredDateOf((call.body as { at: string }).at, 'at');
      await setArticleStatus(call.ctx, call.actor, call.params.id, { kind: 'schedule', at }, { expectedRevision: expectedRevisionOf(call.req) });
      return articleAnswer(call, call.params.id);
    },
  },
  statusRoute('unpublish', 'Take the story back to draft: off the site until published again.', 'article.publish'),
  statusRoute('withhold', 'Take the story off every public surface for now; it may return.', 'article.withhold'),
  statusRoute('kill', 'Remove the story for good: its URL answers 410 Gone.', 'article.kill'),
]);
