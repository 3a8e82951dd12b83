import { requirePermission } from '../accounts/require-permission.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../domain/actor.ts';
import type { CuratedEntry } from '../domain/curation.ts';
import { addAtTop, type ListSlot, moveTo } from '../domain/curated-order.ts';
import { keys } from '../domain/surrogate-keys.ts';
import { DatelineError } from '../errors.ts';
import type { ServiceContext } from '../service-context.ts';
import type { Executor } from '../store/database.ts';
import { findArticlesByIds } from '../store/repositories/article-repository.ts';
import { replaceListEntries } from '../store/repositories/curated-list-repository.ts';
import { findListById, listAllEntries } from '../store/repositories/curated-list-admin-repository.ts';
import { changeEventOf } from './change-event-of.ts';

export interface EntryInput {
  readonly articleId: number;
  readonly pinned?: boolean;
  readonly expiresAt?: Date | null;
}

const MAX_ENTRIES = 200;

async function requireArticles(db: Executor, ids: readonly number[]): Promise<void> {
  const found = new Set((await findArticlesByIds(db, ids)).map((a) => a.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new DatelineError('invalid-input', `no article with id ${missing.join(', ')}`, { details: { field: 'articleId' } });
}

const toSlot = (e: CuratedEntry): ListSlot => ({ articleId: e.articleId, pinned: e.pinned, expiresAt: e.expiresAt });

/**
 * Every change to a list's entries reads the whole list, rearranges it and
 * writes it back in one transaction, so positions never collide or skip.
 */
async function rearrange(
  ctx: ServiceContext,
  actor: Actor,
  listId: number,
  action: string,
  change: (slots: ListSlot[], db: Executor) => Promise<ListSlot[]>,
  details: Record<string, unknown>,
): Promise<CuratedEntry[]> {
  requirePermission(actor, 'curation.manage');
  const now = ctx.now();
  const entries = await ctx.store.transaction(async (trx) => {
    if (!(await findListById(trx, listId))) throw new DatelineError('not-found', `no list with id ${listId}`);
    const next = await change((await listAllEntries(trx, listId)).map(toSlot), trx);
    if (next.length > MAX_ENTRIES) throw new DatelineError('too-large', `a list holds at most ${MAX_ENTRIES} entries`);
    await replaceListEntries(trx, listId, next);
    await recordAudit(trx, actor, now, { action, targetType: 'list', targetId: listId, details });
    return listAllEntries(trx, listId);
  });
  await ctx.bus.publish([changeEventOf('list.changed', listId, [keys.list(listId)], now)]);
  return entries;
}

/** Adds a story at the top (pinned entries keep their places); one already listed moves up instead. */
export function addListEntry(ctx: ServiceContext, actor: Actor, listId: number, input: EntryInput): Promise<CuratedEntry[]> {
  return rearrange(ctx, actor, listId, 'list.add-entry', async (slots, db) => {
    await requireArticles(db, [input.articleId]);
    return addAtTop(slots, { articleId: input.articleId, pinned: input.pinned ?? false, expiresAt: input.expiresAt ?? null });
  }, { articleId: input.articleId });
}

/** Pins, unpins, sets or clears the expiry of, or moves one entry. */
export function updateListEntry(
  ctx: ServiceContext,
  actor: Actor,
  listId: number,
  articleId: number,
  input: { pinned?: boolean; expiresAt?: Date | null; position?: number },
): Promise<CuratedEntry[]> {
  return rearrange(ctx, actor, listId, 'list.update-entry', async (slots) => {
    if (!slots.some((s) => s.articleId === articleId)) throw new DatelineError('not-found', `story ${articleId} is not in list ${listId}`);
    const updated = slots.map((s) =>
      s.articleId === articleId
        ? { ...s, ...(input.pinned !== undefined ? { pinned: input.pinned } : {}), ...(input.expiresAt !== undefined ? { expiresAt: input.expiresAt } : {}) }
        : s,
    );
    return input.position === undefined ? updated : moveTo(updated, articleId, input.position);
  }, { articleId, ...input, expiresAt: input.expiresAt?.toISOString() ?? input.expiresAt });
}

export function removeListEntry(ctx: ServiceContext, actor: Actor, listId: number, articleId: number): Promise<CuratedEntry[]> {
  return rearrange(ctx, actor, listId, 'list.remove-entry', async (slots) => {
    if (!slots.some((s) => s.articleId === articleId)) throw new DatelineError('not-found', `story ${articleId} is not in list ${listId}`);
    return slots.filter((s) => s.articleId !== articleId);
  }, { articleId });
}

/** Replaces the whole list in the order given: the drag-and-drop save. */
export function setListEntries(ctx: ServiceContext, actor: Actor, listId: number, input: readonly EntryInput[]): Promise<CuratedEntry[]> {
  return rearrange(ctx, actor, listId, 'list.reorder', async (_slots, db) => {
    const ids = input.map((e) => e.articleId);
    if (new Set(ids).size !== ids.length) throw new DatelineError('invalid-input', 'a story can be in a list only once', { details: { field: 'entries' } });
    await requireArticles(db, ids);
    return input.map((e) => ({ articleId: e.articleId, pinned: e.pinned ?? false, expiresAt: e.expiresAt ?? null }));
  }, { articleIds: input.map((e) => e.articleId) });
}
