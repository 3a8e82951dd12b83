import { compareRevisions } from '../../../newsroom/compare-revisions.ts';
import { restoreRevision } from '../../../newsroom/restore-revision.ts';
import { DatelineError } from '../../../errors.ts';
import type { Executor } from '../../../store/database.ts';
import { findRevision, listRevisionHeaders } from '../../../store/repositories/revision-lookup-repository.ts';
import { findUsersByIds } from '../../../store/repositories/user-repository.ts';
import { defineRoutes } from '../admin-route.ts';
import { articleAnswer, requireArticle } from '../article-answer.ts';
import { schema } from '../json-schema.ts';
import { requireExpectedRevision } from '../request-values.ts';

/** Revisions record the saving user's id; the newsroom reads names. */
async function actorsOf(db: Executor, actors: readonly (string | null)[]) {
  const ids = actors.filter((a): a is string => a !== null && /^\d+$/.test(a)).map(Number);
  const users = await findUsersByIds(db, ids);
  return (actor: string | null) => {
    if (actor === null || !/^\d+$/.test(actor)) return null;
    const u = users.get(Number(actor));
    return { userId: Number(actor), name: u?.name ?? null, email: u?.email ?? null };
  };
}

const IF_MATCH_REQUIRED = [{ name: 'If-Match', description: 'The ETag of the story as you loaded it ("r<revision>").', required: true }];

export const revisionRoutes = defineRoutes([
  {
    method: 'GET',
    url: '/articles/:id/revisions',
    operationId: 'listRevisions',
    summary: 'Every saved revision of a story, newest first, with who saved it.',
    tag: 'revisions',
    access: 'article.read',
    async handle({ ctx, params }) {
      await requireArticle(ctx.store.db, params.id);
      const headers = await listRevisionHeaders(ctx.store.db, params.id);
      const who = await actorsOf(ctx.store.db, headers.map((h) => h.actor));
      return { data: headers.map((h) => ({ revision: h.revision, createdAt: h.createdAt.toISOString(), savedBy: who(h.actor) })) };
    },
  },
  {
    method: 'GET',
    url: '/articles/:id/revisions/:revision',
    operationId: 'getRevision',
    summary: 'One revision: the whole story as it was saved then.',
    tag: 'revisions',
    access: 'article.read',
    async handle({ ctx, params }) {
      const found = await findRevision(ctx.store.db, params.id, params.revision);
      if (!found) throw new DatelineError('not-found', `story ${params.id} has no revision ${params.revision}`);
      const who = await actorsOf(ctx.store.db, [found.actor]);
      return { data: { revision: found.revision, createdAt: found.createdAt.toISOString(), savedBy: who(found.actor), article: found.snapshot } };
    },
  },
  {
    method: 'GET',
    url: '/articles/:id/diff',
    operationId: 'diffRevisions',
    summary: 'What changed between two revisions: fields, and the body paragraph by paragraph.',
    tag: 'revisions',
    access: 'article.read',
    query: schema.object({ from: schema.integer(), to: schema.integer() }, ['from', 'to']),
    async handle({ ctx, params, query }) {
      return { data: await compareRevisions(ctx.store.db, params.id, query.from as number, query.to as number) };
    },
  },
  {
    method: 'POST',
    url: '/articles/:id/revisions/:revision/restore',
    operationId: 'restoreRevision',
    summary: 'Bring back an earlier revision\'s content as a new revision (publication state stays as it is).',
    tag: 'revisions',
    access: 'article.edit',
    headers: IF_MATCH_REQUIRED,
    async handle(call) {
      const expectedRevision = requireExpectedRevision(call.req);
      await restoreRevision(call.ctx, call.actor, call.params.id, call.params.revision, { expectedRevision });
      return articleAnswer(call, call.params.id);
    },
  },
]);
