import { requirePermission } from '../accounts/require-permission.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type Actor, revisionActor } from '../domain/actor.ts';
import type { Article } from '../domain/article.ts';
import type { Permission } from '../domain/roles.ts';
import { DatelineError } from '../errors.ts';
import type { ServiceContext } from '../service-context.ts';
import { isUniqueViolation } from '../store/repositories/unique-violation.ts';
import { articleAccess } from './article-access.ts';
import { applyStatusChange, type StatusAction } from './change-article-status.ts';
import { lockArticle, requireRevision } from './lock-article.ts';

/** Taking a story down for good or for now is an editor's call; putting it up is also the author's. */
export function permissionFor(action: StatusAction['kind']): Permission {
  if (action === 'kill') return 'article.kill';
  if (action === 'withhold') return 'article.withhold';
  return 'article.publish';
}

/** Publish, schedule, unpublish, withhold or kill, for a person with the right to. */
export async function setArticleStatus(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  action: StatusAction,
  options: { expectedRevision?: number } = {},
): Promise<Article> {
  const now = ctx.now();
  try {
    const { article, event } = await ctx.store.transaction(async (trx) => {
      const before = await lockArticle(trx, id);
      requirePermission(actor, permissionFor(action.kind), await articleAccess(trx, before));
      requireRevision(before, options.expectedRevision);
      const changed = await applyStatusChange(trx, id, action, revisionActor(actor), now);
      await recordAudit(trx, actor, now, {
        action: `article.${action.kind}`,
        targetType: 'article',
        targetId: id,
        details: { revision: changed.article.revision, ...(action.kind === 'schedule' ? { at: action.at.toISOString() } : {}) },
      });
      return changed;
    });
    await ctx.bus.publish([event]);
    return article;
  } catch (e) {
    if (isUniqueViolation(e)) throw new DatelineError('conflict', 'the story was saved by someone else at the same moment; reload it');
    throw e;
  }
}
