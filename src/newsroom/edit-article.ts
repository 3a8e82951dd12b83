import { requirePermission } from '../accounts/require-permission.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type Actor, revisionActor } from '../domain/actor.ts';
import type { Article } from '../domain/article.ts';
import { DatelineError } from '../errors.ts';
import type { ServiceContext } from '../service-context.ts';
import { isUniqueViolation } from '../store/repositories/unique-violation.ts';
import type { PublicNote } from './article-input.ts';
import { articleAccess } from './article-access.ts';
import { checkArticleLinks } from './check-article-links.ts';
import { lockArticle, requireRevision } from './lock-article.ts';
import { type ArticleChanges, applyArticleUpdate } from './update-article.ts';

export interface EditOptions {
  /** The revision the editor started from; required by the admin API so nobody overwrites a newer save unknowingly. */
  readonly expectedRevision?: number;
  /** An update or correction note: moves the public Updated time. */
  readonly note?: PublicNote;
}

/** Saves an editor's changes as a new revision, checking who may touch this story. */
export async function editArticle(ctx: ServiceContext, actor: Actor, id: number, changes: ArticleChanges, options: EditOptions = {}): Promise<Article> {
  const now = ctx.now();
  try {
    const { article, event } = await ctx.store.transaction(async (trx) => {
      const before = await lockArticle(trx, id);
      requirePermission(actor, 'article.edit', await articleAccess(trx, before));
      requireRevision(before, options.expectedRevision);
      await checkArticleLinks(trx, changes);
      const saved = await applyArticleUpdate(trx, id, changes, { actor: revisionActor(actor), expectedRevision: options.expectedRevision, note: options.note }, now);
      await recordAudit(trx, actor, now, {
        action: 'article.update',
        targetType: 'article',
        targetId: id,
        details: { revision: saved.article.revision, fields: Object.keys(changes).sort(), ...(options.note ? { note: options.note.kind } : {}) },
      });
      return saved;
    });
    await ctx.bus.publish([event]);
    return article;
  } catch (e) {
    // Two saves that raced past each other collide on the revision number; the second is the one to reload.
    if (isUniqueViolation(e)) throw new DatelineError('conflict', 'the story was saved by someone else at the same moment; reload it');
    throw e;
  }
}
