import { addListEntry, removeListEntry, setListEntries, updateListEntry } from '../../../newsroom/edit-list-entries.ts';
import { createCuratedList, deleteCuratedList, updateCuratedList } from '../../../newsroom/save-curated-list.ts';
import type { CuratedEntry } from '../../../domain/curation.ts';
import { DatelineError } from '../../../errors.ts';
import type { ServiceContext } from '../../../service-context.ts';
import { findArticlesByIds } from '../../../store/repositories/article-repository.ts';
import { findListById, listAllEntries } from '../../../store/repositories/curated-list-admin-repository.ts';
import { listCuratedLists } from '../../../store/repositories/curated-list-repository.ts';
import { defineRoutes } from '../admin-route.ts';
import { schema } from '../json-schema.ts';
import { presentEntry, presentList } from '../presenters/present-curation.ts';
import { dateOf } from '../request-values.ts';

const ENTRY = schema.object(
  { articleId: schema.integer(), pinned: schema.boolean('Keeps its place when stories are added at the top.'), expiresAt: schema.nullableDateTime('Drops out of the list by itself at this time.') },
  ['articleId'],
);

async function entriesView(ctx: ServiceContext, entries: readonly CuratedEntry[]) {
  const headlines = new Map((await findArticlesByIds(ctx.store.db, entries.map((e) => e.articleId))).map((a) => [a.id, a.headline]));
  const now = ctx.now();
  return entries.map((e) => presentEntry(e, now, headlines.get(e.articleId) ?? null));
}

async function listView(ctx: ServiceContext, id: number) {
  const list = await findListById(ctx.store.db, id);
  if (!list) throw new DatelineError('not-found', `no list with id ${id}`);
  return { data: { ...presentList(list), entries: await entriesView(ctx, await listAllEntries(ctx.store.db, id)) } };
}

type EntryBody = { articleId: number; pinned?: boolean; expiresAt?: string | null };

export const listRoutes = defineRoutes([
  {
    method: 'GET', url: '/lists', operationId: 'listCuratedLists', summary: 'Curated lists.', tag: 'lists', access: 'curation.manage',
    async handle({ ctx }) {
      return { data: (await listCuratedLists(ctx.store.db)).map(presentList) };
    },
  },
  {
    method: 'POST', url: '/lists', operationId: 'createCuratedList', summary: 'Create a curated list.', tag: 'lists', access: 'curation.manage', status: 201,
    body: schema.object({ name: schema.string({ min: 1, max: 200 }), slug: schema.string({ min: 1, max: 120 }) }, ['name']),
    async handle({ ctx, actor, body }) {
      const list = await createCuratedList(ctx, actor, body as { name: string; slug?: string });
      return listView(ctx, list.id);
    },
  },
  {
    method: 'GET', url: '/lists/:id', operationId: 'getCuratedList', summary: 'A list with all its entries, expired ones marked.', tag: 'lists',
    access: 'curation.manage',
    async handle({ ctx, params }) {
      return listView(ctx, params.id);
    },
  },
  {
    method: 'PATCH', url: '/lists/:id', operationId: 'updateCuratedList', summary: 'Rename a list or change its slug.', tag: 'lists', access: 'curation.manage',
    body: schema.object({ name: schema.string({ min: 1, max: 200 }), slug: schema.string({ min: 1, max: 120 }) }),
    async handle({ ctx, actor, params, body }) {
      await updateCuratedList(ctx, actor, params.id, body as { name?: string; slug?: string });
      return listView(ctx, params.id);
    },
  },
  {
    method: 'DELETE', url: '/lists/:id', operationId: 'deleteCuratedList', summary: 'Delete a list.', tag: 'lists', access: 'curation.manage', status: 204,
    async handle({ ctx, actor, params }) {
      await deleteCuratedList(ctx, actor, params.id);
      return null;
    },
  },
  {
    method: 'PUT', url: '/lists/:id/entries', operationId: 'setListEntries', summary: 'Replace the entries in this order (reorder by drag and drop).',
    tag: 'lists', access: 'curation.manage',
    body: schema.object({ entries: schema.array(ENTRY, 200) }, ['entries']),
    async handle({ ctx, actor, params, body }) {
      const entries = (body as { entries: EntryBody[] }).entries.map((e) => ({ articleId: e.articleId, pinned: e.pinned, expiresAt: dateOf(e.expiresAt) }));
      await setListEntries(ctx, actor, params.id, entries);
      return listView(ctx, params.id);
    },
  },
  {
    method: 'POST', url: '/lists/:id/entries', operationId: 'addListEntry', summary: 'Add a story at the top; pinned entries keep their places.',
    tag: 'lists', access: 'curation.manage', status: 201, body: ENTRY,
    async handle({ ctx, actor, params, body }) {
      const e = body as EntryBody;
      await addListEntry(ctx, actor, params.id, { articleId: e.articleId, pinned: e.pinned, expiresAt: dateOf(e.expiresAt) });
      return listView(ctx, params.id);
    },
  },
  {
    method: 'PATCH', url: '/lists/:id/entries/:articleId', operationId: 'updateListEntry', summary: 'Pin or unpin an entry, set its expiry, or move it.',
    tag: 'lists', access: 'curation.manage',
    body: schema.object({ pinned: schema.boolean(), expiresAt: schema.nullableDateTime(), position: schema.integer({ min: 0, max: 1000, description: '0 is the top.' }) }),
    async handle({ ctx, actor, params, body }) {
      const b = body as { pinned?: boolean; expiresAt?: string | null; position?: number };
      await updateListEntry(ctx, actor, params.id, params.articleId, { pinned: b.pinned, expiresAt: dateOf(b.expiresAt), position: b.position });
      return listView(ctx, params.id);
    },
  },
  {
    method: 'DELETE', url: '/lists/:id/entries/:articleId', operationId: 'removeListEntry', summary: 'Take a story out of a list.', tag: 'lists',
    access: 'curation.manage',
    async handle({ ctx, actor, params }) {
      await removeListEntry(ctx, actor, params.id, params.articleId);
      return listView(ctx, params.id);
    },
  },
]);
