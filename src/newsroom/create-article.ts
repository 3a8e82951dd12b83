import type { Article } from '../domain/article.ts';
import { plainText, sanitizeBodyHtml } from '../domain/sanitize-html.ts';
import { DatelineError } from '../errors.ts';
import type { ServiceContext } from '../service-context.ts';
import type { Executor } from '../store/database.ts';
import { insertArticleRow } from '../store/repositories/article-repository.ts';
import { findSectionById } from '../store/repositories/section-repository.ts';
import type { ArticleFields, CreateArticleOptions } from './article-input.ts';
import { articleKeys } from './article-keys.ts';
import { articleChangeKind, articleEvent } from './change-events.ts';
import { recordRevision } from './record-revision.ts';
import { saveArticleLinks } from './save-article-links.ts';
import { uniqueSlug } from './unique-slug.ts';
import type { ChangeEvent } from '../events/change-event.ts';

export function requireHeadline(headline: string): string {
  const clean = plainText(headline);
  if (!clean) throw new DatelineError('invalid-input', 'a story needs a headline', { details: { field: 'headline' } });
  if (clean.length > 300) throw new DatelineError('invalid-input', 'the headline is longer than 300 characters', { details: { field: 'headline' } });
  return clean;
}

const optionalText = (s: string | null | undefined): string | null => {
  if (s === null || s === undefined) return null;
  return plainText(s) || null;
};

/** Inside an open transaction: inserts the story, its links and its first revision. */
export async function insertArticle(
  db: Executor,
  fields: ArticleFields,
  options: CreateArticleOptions,
  now: Date,
): Promise<{ article: Article; event: ChangeEvent }> {
  const headline = requireHeadline(fields.headline);
  if (!(await findSectionById(db, fields.sectionId))) {
    throw new DatelineError('invalid-input', `no section with id ${fields.sectionId}`, { details: { field: 'sectionId' } });
  }
  const slug = await uniqueSlug(db, fields.sectionId, fields.slug || headline);
  const origin = options.origin ?? { kind: 'local' as const };
  const publishedAt = options.status === 'published' ? (options.publishedAt ?? now) : (options.publishedAt ?? null);
  const id = await insertArticleRow(db, {
    slug,
    section_id: fields.sectionId,
    headline,
    dek: optionalText(fields.dek),
    byline: optionalText(fields.byline),
    dateline_place: fields.dateline ? plainText(fields.dateline.place) || null : null,
    dateline_source: fields.dateline?.source ? plainText(fields.dateline.source) : null,
    body_html: sanitizeBodyHtml(fields.bodyHtml),
    lead_media_id: fields.leadMediaId ?? null,
    series_id: fields.seriesId ?? null,
    status: options.status,
    language: fields.language ?? 'en',
    published_at: publishedAt ? publishedAt.getTime() : null,
    updated_at: options.updatedAt ? options.updatedAt.getTime() : null,
    edited_at: now.getTime(),
    created_at: (options.createdAt ?? now).getTime(),
    embargo_until: fields.embargoUntil ? fields.embargoUntil.getTime() : null,
    expires_at: fields.expiresAt ? fields.expiresAt.getTime() : null,
    update_note: optionalText(options.updateNote),
    correction_note: optionalText(options.correctionNote),
    origin: origin.kind,
    wire_provider: origin.kind === 'wire' ? origin.provider : null,
    wire_guid: origin.kind === 'wire' ? origin.guid : null,
    wire_version: origin.kind === 'wire' ? origin.version : null,
    wire_etag: origin.kind === 'wire' ? origin.etag : null,
    copyright_notice: optionalText(fields.rights?.copyrightNotice),
    copyright_holder: optionalText(fields.rights?.copyrightHolder),
    usage_terms: optionalText(fields.rights?.usageTerms),
    revision: 1,
  });
  await saveArticleLinks(db, id, { tagNames: fields.tagNames, authorIds: fields.authorIds });
  const article = await recordRevision(db, id, options.actor, now);
  const event = articleEvent(articleChangeKind(null, article, now), article, await articleKeys(db, article), now);
  return { article, event };
}

/** Creates a story in one transaction and announces it after commit. */
export async function createArticle(ctx: ServiceContext, fields: ArticleFields, options: CreateArticleOptions): Promise<Article> {
  const now = ctx.now();
  const { article, event } = await ctx.store.transaction((trx) => insertArticle(trx, fields, options, now));
  await ctx.bus.publish([event]);
  return article;
}
