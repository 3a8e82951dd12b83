import { recordAudit } from '../audit/record-audit.ts';
import { type Actor, revisionActor } from '../domain/actor.ts';
import type { Article, Dateline, Rights } from '../domain/article.ts';
import { DatelineError } from '../errors.ts';
import type { ServiceContext } from '../service-context.ts';
import type { Executor } from '../store/database.ts';
import { findAuthorsByIds } from '../store/repositories/author-repository.ts';
import { findMediaById } from '../store/repositories/media-repository.ts';
import { findRevision } from '../store/repositories/revision-lookup-repository.ts';
import { findSectionById } from '../store/repositories/section-repository.ts';
import { findSeriesById } from '../store/repositories/series-repository.ts';
import { findTagsByIds } from '../store/repositories/tag-repository.ts';
import { changeArticle } from './lock-article.ts';
import { type ArticleChanges, applyArticleUpdate } from './update-article.ts';

const dateOrNull = (v: unknown) => (typeof v === 'string' ? new Date(v) : null);
const numberOrNull = (v: unknown) => (typeof v === 'number' ? v : null);
const textOrNull = (v: unknown) => (typeof v === 'string' ? v : null);

/**
 * The content of an old revision as changes to the current story. Links to
 * things that have since gone (a section, a photo, a series) are left as
 * they are now rather than restored into a dangling reference.
 */
async function changesFromSnapshot(db: Executor, s: Readonly<Record<string, unknown>>): Promise<ArticleChanges> {
  const sectionId = numberOrNull(s.sectionId);
  const leadMediaId = numberOrNull(s.leadMediaId);
  const seriesId = numberOrNull(s.seriesId);
  const tagIds = Array.isArray(s.tagIds) ? (s.tagIds as number[]) : [];
  const authorIds = Array.isArray(s.authorIds) ? (s.authorIds as number[]) : [];
  const changes: { -readonly [K in keyof ArticleChanges]: ArticleChanges[K] } = {
    headline: String(s.headline ?? ''),
    dek: textOrNull(s.dek),
    byline: textOrNull(s.byline),
    dateline: (s.dateline as Dateline | null) ?? null,
    bodyHtml: String(s.bodyHtml ?? ''),
    language: typeof s.language === 'string' ? s.language : undefined,
    rights: (s.rights as Rights | undefined) ?? undefined,
    embargoUntil: dateOrNull(s.embargoUntil),
    expiresAt: dateOrNull(s.expiresAt),
    tagNames: (await findTagsByIds(db, tagIds)).map((t) => t.name),
    authorIds: (await findAuthorsByIds(db, authorIds)).map((a) => a.id),
  };
  if (typeof s.slug === 'string') changes.slug = s.slug;
  if (sectionId !== null && (await findSectionById(db, sectionId))) changes.sectionId = sectionId;
  if (leadMediaId === null || (await findMediaById(db, leadMediaId))) changes.leadMediaId = leadMediaId;
  if (seriesId === null || (await findSeriesById(db, seriesId))) changes.seriesId = seriesId;
  return changes;
}

/**
 * Brings back the content of an earlier revision as a new revision: history
 * is never rewritten, and the restore itself can be undone the same way.
 * Publication state and public notes stay as they are now.
 */
export async function restoreRevision(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  revision: number,
  options: { expectedRevision?: number } = {},
): Promise<Article> {
  return changeArticle(ctx, actor, id, { permission: 'article.edit', expectedRevision: options.expectedRevision }, async (trx, now) => {
    const old = await findRevision(trx, id, revision);
    if (!old) throw new DatelineError('not-found', `story ${id} has no revision ${revision}`);
    const changes = await changesFromSnapshot(trx, old.snapshot);
    const saved = await applyArticleUpdate(trx, id, changes, { actor: revisionActor(actor) }, now);
    await recordAudit(trx, actor, now, {
      action: 'article.restore', targetType: 'article', targetId: id, details: { restored: revision, revision: saved.article.revision },
    });
    return saved;
  });
}
