import type { ServiceContext } from '../../service-context.ts';
import { type DeskArticleFilter, listDeskArticles } from '../../store/repositories/desk-article-repository.ts';
import { decodeKeysetCursor, keysetPage } from '../keyset-cursor.ts';
import { deskArticleViews } from './desk-article-view.ts';
import { limitOf } from './request-values.ts';

/** One page of the newsroom's story list (or the wire queue), most recently saved first. */
export async function deskArticlePage(
  ctx: ServiceContext,
  filter: Omit<DeskArticleFilter, 'before'>,
  query: { readonly limit?: unknown; readonly cursor?: unknown },
) {
  const limit = limitOf(query.limit, 50);
  const cursor = typeof query.cursor === 'string' ? decodeKeysetCursor(query.cursor) : undefined;
  const rows = await listDeskArticles(ctx.store.db, { ...filter, before: cursor && { editedAt: cursor.at, id: cursor.id } }, limit + 1);
  const { items, nextCursor } = keysetPage(rows, limit, (a) => a.editedAt.getTime());
  return { data: await deskArticleViews(ctx.store.db, items, ctx.now()), nextCursor };
}
