import { recordAudit } from '../audit/record-audit.ts';
import { type Actor, revisionActor } from '../domain/actor.ts';
import type { Article } from '../domain/article.ts';
import type { Permission } from '../domain/roles.ts';
import type { ServiceContext } from '../service-context.ts';
import { applyStatusChange, type StatusAction } from './change-article-status.ts';
import { changeArticle } from './lock-article.ts';

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
  return changeArticle(ctx, actor, id, { permission: permissionFor(action.kind), expectedRevision: options.expectedRevision }, async (trx, now) => {
    const changed = await applyStatusChange(trx, id, action, revisionActor(actor), now);
    await recordAudit(trx, actor, now, {
      action: `article.${action.kind}`,
      targetType: 'article',
      targetId: id,
      details: { revision: changed.article.revision, ...(action.kind === 'schedule' ? { at: action.at.toISOString() } : {}) },
    });
    return changed;
  });
}
