import { recordAudit } from '../audit/record-audit.ts';
import { type Actor, revisionActor } from '../domain/actor.ts';
import type { Article } from '../domain/article.ts';
import type { ServiceContext } from '../service-context.ts';
import type { PublicNote } from './article-input.ts';
import { checkArticleLinks } from './check-article-links.ts';
import { changeArticle } from './lock-article.ts';
import { type ArticleChanges, applyArticleUpdate } from './update-article.ts';

export interface EditOptions {
  /** The revision the editor started from; required by the admin API so nobody overwrites a newer save unknowingly. */
  readonly expectedRevision?: number;
  /** An update or correction note: moves the public Updated time. */
  readonly note?: PublicNote;
}

/** Saves an editor's changes as a new revision, checking who may touch this story. */
export async function editArticle(ctx: ServiceContext, actor: Actor, id: number, changes: ArticleChanges, options: EditOptions = {}): Promise<Article> {
  return changeArticle(ctx, actor, id, { permission: 'article.edit', expectedRevision: options.expectedRevision }, async (trx, now) => {
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
}
