import { requirePermission } from '../accounts/require-permission.ts';
import type { Actor } from '../domain/actor.ts';
import type { Article } from '../domain/article.ts';
import type { Permission } from '../domain/roles.ts';
import { DatelineError } from '../errors.ts';
import type { ChangeEvent } from '../events/change-event.ts';
import type { ServiceContext } from '../service-context.ts';
import type { Executor } from '../store/database.ts';
import { lockArticleRow } from '../store/repositories/article-lock.ts';
import { findArticleById } from '../store/repositories/article-repository.ts';
import { isUniqueViolation } from '../store/repositories/unique-violation.ts';
import { articleAccess } from './article-access.ts';

/** Inside a transaction: takes the story's row for this save and reads it. */
export async function lockArticle(db: Executor, id: number): Promise<Article> {
  if (!(await lockArticleRow(db, id))) throw new DatelineError('not-found', `no article with id ${id}`);
  return (await findArticleById(db, id))!;
}

/** The caller edited `expected`; anything newer in the store means someone else saved first. */
export function requireRevision(article: Article, expected: number | undefined): void {
  if (expected !== undefined && expected !== article.revision) {
    throw new DatelineError('conflict', `the story was saved by someone else (revision ${article.revision}, you edited ${expected}); reload it`, {
      details: { currentRevision: article.revision },
    });
  }
}

/**
 * The frame of an editor's change to one story: in one transaction, lock
 * its row, check the actor may do `permission` to it and started from its
 * current revision, then `apply` (which writes, audits and names the
 * change); announce the change after commit. Two saves that raced past
 * each other collide on the revision number; the second is told to reload.
 */
export async function changeArticle(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  check: { readonly permission: Permission; readonly expectedRevision: number | undefined },
  apply: (trx: Executor, now: Date) => Promise<{ article: Article; event: ChangeEvent }>,
): Promise<Article> {
  const now = ctx.now();
  try {
    const { article, event } = await ctx.store.transaction(async (trx) => {
      const before = await lockArticle(trx, id);
      requirePermission(actor, check.permission, await articleAccess(trx, before));
      requireRevision(before, check.expectedRevision);
      return apply(trx, now);
    });
    await ctx.bus.publish([event]);
    return article;
  } catch (e) {
    if (isUniqueViolation(e)) throw new DatelineError('conflict', 'the story was saved by someone else at the same moment; reload it');
    throw e;
  }
}
