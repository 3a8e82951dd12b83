import { requirePermission } from '../accounts/require-permission.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type Actor, revisionActor } from '../domain/actor.ts';
import type { Article } from '../domain/article.ts';
import type { ServiceContext } from '../service-context.ts';
import { insertArticleOwner } from '../store/repositories/article-owner-repository.ts';
import type { ArticleFields } from './article-input.ts';
import { checkArticleLinks } from './check-article-links.ts';
import { insertArticle } from './create-article.ts';

/**
 * A new story from the newsroom always starts as a draft: going public is
 * its own decision (publish, schedule), with its own permission. The person
 * who writes it owns it, and is credited when they have a byline and named
 * nobody else.
 */
export async function createDraft(ctx: ServiceContext, actor: Actor, fields: ArticleFields): Promise<Article> {
  requirePermission(actor, 'article.create');
  const now = ctx.now();
  const principal = actor.principal;
  const credited = fields.authorIds === undefined && principal?.authorId ? { ...fields, authorIds: [principal.authorId] } : fields;
  const { article, event } = await ctx.store.transaction(async (trx) => {
    await checkArticleLinks(trx, credited);
    const created = await insertArticle(trx, credited, { status: 'draft', actor: revisionActor(actor) }, now);
    if (principal) await insertArticleOwner(trx, created.article.id, principal.userId);
    await recordAudit(trx, actor, now, {
      action: 'article.create', targetType: 'article', targetId: created.article.id, details: { headline: created.article.headline },
    });
    return created;
  });
  await ctx.bus.publish([event]);
  return article;
}
