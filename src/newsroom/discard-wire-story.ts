import { requirePermission } from '../accounts/require-permission.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type Actor, revisionActor } from '../domain/actor.ts';
import type { Article } from '../domain/article.ts';
import { DatelineError } from '../errors.ts';
import type { ServiceContext } from '../service-context.ts';
import { applyStatusChange } from './change-article-status.ts';
import { articleEvent } from './change-events.ts';
import { lockArticle } from './lock-article.ts';

/**
 * Throws a held wire story away. It is killed rather than deleted: the
 * record and its receipts stay for audit, and because a kill is terminal a
 * later version from the agency cannot bring it back without an editor.
 * Nothing public changed, so the change is announced as a plain change (caches
 * purge) and not as a kill (webhooks stay quiet).
 */
export async function discardWireStory(ctx: ServiceContext, actor: Actor, id: number): Promise<Article> {
  requirePermission(actor, 'wire.manage');
  const now = ctx.now();
  const { article, keys } = await ctx.store.transaction(async (trx) => {
    const before = await lockArticle(trx, id);
    if (before.origin.kind !== 'wire' || before.status !== 'draft') {
      throw new DatelineError('conflict', 'only a held wire story can be discarded; take a published one down with withhold or kill');
    }
    const { article: killed, event } = await applyStatusChange(trx, id, { kind: 'kill' }, revisionActor(actor), now);
    await recordAudit(trx, actor, now, {
      action: 'wire.discard', targetType: 'article', targetId: id,
      details: { provider: before.origin.provider, guid: before.origin.guid, version: before.origin.version, headline: before.headline },
    });
    return { article: killed, keys: event.keys };
  });
  await ctx.bus.publish([articleEvent('article.changed', article, keys, now)]);
  return article;
}
