import type { Article, ArticleOrigin } from '../domain/article.ts';
import { plainText, sanitizeBodyHtml } from '../domain/sanitize-html.ts';
import { DatelineError } from '../errors.ts';
import type { ChangeEvent } from '../events/change-event.ts';
import type { ServiceContext } from '../service-context.ts';
import type { ArticleRowUpdate, Executor } from '../store/database.ts';
import { findArticleById, updateArticleRow } from '../store/repositories/article-repository.ts';
import { upsertRedirect } from '../store/repositories/redirect-repository.ts';
import { findSectionById } from '../store/repositories/section-repository.ts';
import { urls } from '../site/urls.ts';
import type { ArticleFields, PublicNote } from './article-input.ts';
import { articleKeys } from './article-keys.ts';
import { articleChangeKind, articleEvent } from './change-events.ts';
import { requireHeadline } from './create-article.ts';
import { recordRevision } from './record-revision.ts';
import { saveArticleLinks } from './save-article-links.ts';
import { uniqueSlug } from './unique-slug.ts';

export type ArticleChanges = Partial<ArticleFields>;

export interface UpdateArticleOptions {
  readonly actor: string | null;
  /** The revision the caller edited; a newer one in the store means someone else saved first. */
  readonly expectedRevision?: number;
  readonly note?: PublicNote;
  /** A new wire version replacing the wire-owned fields. */
  readonly origin?: ArticleOrigin;
}

const text = (s: string | null | undefined) => (s === null || s === undefined ? null : plainText(s) || null);

async function articlePath(db: Executor, sectionId: number, slug: string): Promise<string | null> {
  const section = await findSectionById(db, sectionId);
  return section ? urls.article(section.path, slug) : null;
}

function rowChanges(c: ArticleChanges): ArticleRowUpdate {
  const u: ArticleRowUpdate = {};
  if (c.headline !== undefined) u.headline = requireHeadline(c.headline);
  if (c.dek !== undefined) u.dek = text(c.dek);
  if (c.byline !== undefined) u.byline = text(c.byline);
  if (c.dateline !== undefined) {
    u.dateline_place = c.dateline ? plainText(c.dateline.place) || null : null;
    u.dateline_source = c.dateline?.source ? plainText(c.dateline.source) : null;
  }
  if (c.bodyHtml !== undefined) u.body_html = sanitizeBodyHtml(c.bodyHtml);
  if (c.leadMediaId !== undefined) u.lead_media_id = c.leadMediaId;
  if (c.seriesId !== undefined) u.series_id = c.seriesId;
  if (c.language !== undefined) u.language = c.language;
  if (c.rights !== undefined) {
    if (c.rights.copyrightNotice !== undefined) u.copyright_notice = text(c.rights.copyrightNotice);
    if (c.rights.copyrightHolder !== undefined) u.copyright_holder = text(c.rights.copyrightHolder);
    if (c.rights.usageTerms !== undefined) u.usage_terms = text(c.rights.usageTerms);
  }
  if (c.embargoUntil !== undefined) u.embargo_until = c.embargoUntil ? c.embargoUntil.getTime() : null;
  if (c.expiresAt !== undefined) u.expires_at = c.expiresAt ? c.expiresAt.getTime() : null;
  return u;
}

/** Inside an open transaction: saves the changes as a new revision. */
export async function applyArticleUpdate(
  db: Executor,
  id: number,
  changes: ArticleChanges,
  options: UpdateArticleOptions,
  now: Date,
): Promise<{ article: Article; event: ChangeEvent }> {
  const before = await findArticleById(db, id);
  if (!before) throw new DatelineError('not-found', `no article with id ${id}`);
  if (options.expectedRevision !== undefined && options.expectedRevision !== before.revision) {
    throw new DatelineError('conflict', `the story was saved by someone else (revision ${before.revision}, you edited ${options.expectedRevision}); reload it`, {
      details: { currentRevision: before.revision },
    });
  }
  if (before.status === 'killed' && options.origin === undefined) {
    throw new DatelineError('conflict', 'a killed story cannot be edited');
  }
  const u = rowChanges(changes);
  const sectionId = changes.sectionId ?? before.sectionId;
  if (changes.sectionId !== undefined && !(await findSectionById(db, sectionId))) {
    throw new DatelineError('invalid-input', `no section with id ${sectionId}`, { details: { field: 'sectionId' } });
  }
  if (changes.slug !== undefined || changes.sectionId !== undefined) {
    u.section_id = sectionId;
    u.slug = await uniqueSlug(db, sectionId, changes.slug || before.slug, id);
  }
  if (options.note) {
    const at = (options.note.at ?? now).getTime();
    u.updated_at = at;
    if (options.note.kind === 'correction') u.correction_note = text(options.note.text);
    else u.update_note = text(options.note.text);
  }
  if (options.origin?.kind === 'wire') {
    u.wire_version = options.origin.version;
    u.wire_etag = options.origin.etag;
  }
  u.edited_at = now.getTime();
  u.revision = before.revision + 1;
  await updateArticleRow(db, id, u);
  await saveArticleLinks(db, id, { tagNames: changes.tagNames, authorIds: changes.authorIds });

  const oldPath = await articlePath(db, before.sectionId, before.slug);
  const newPath = await articlePath(db, sectionId, (u.slug as string | undefined) ?? before.slug);
  // Readers and search engines that know the old URL of a story that went out keep finding it.
  if (before.publishedAt && oldPath && newPath && oldPath !== newPath) await upsertRedirect(db, oldPath, newPath, now);

  const article = await recordRevision(db, id, options.actor, now);
  const keys = new Set([...(await articleKeys(db, before)), ...(await articleKeys(db, article))]);
  return { article, event: articleEvent(articleChangeKind(before, article, now), article, [...keys], now) };
}

export async function updateArticle(ctx: ServiceContext, id: number, changes: ArticleChanges, options: UpdateArticleOptions): Promise<Article> {
  const now = ctx.now();
  const { article, event } = await ctx.store.transaction((trx) => applyArticleUpdate(trx, id, changes, options, now));
  await ctx.bus.publish([event]);
  return article;
}
