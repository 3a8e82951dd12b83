import type { Article } from '../../../domain/article.ts';
import { lifecycleState } from '../../../domain/visibility.ts';
import { urls } from '../../../site/urls.ts';
import { iso } from './iso.ts';

/** The strong validator of a story's current revision, for If-Match. */
export const articleEtag = (a: Article) => `"r${a.revision}"`;

/** A story as the newsroom sees it: every field, its lifecycle state now, and who owns it. */
export function presentDeskArticle(a: Article, extra: { sectionPath: string | null; ownerUserId: number | null; tagNames: readonly string[] }, now: Date) {
  return {
    id: a.id,
    revision: a.revision,
    etag: articleEtag(a),
    state: lifecycleState(a, now),
    status: a.status,
    headline: a.headline,
    dek: a.dek,
    slug: a.slug,
    sectionId: a.sectionId,
    path: extra.sectionPath === null ? null : urls.article(extra.sectionPath, a.slug),
    byline: a.byline,
    authorIds: [...a.authorIds],
    tags: [...extra.tagNames],
    dateline: a.dateline,
    bodyHtml: a.bodyHtml,
    leadMediaId: a.leadMediaId,
    seriesId: a.seriesId,
    language: a.language,
    rights: a.rights,
    publishedAt: iso(a.publishedAt),
    updatedAt: iso(a.updatedAt),
    editedAt: a.editedAt.toISOString(),
    createdAt: a.createdAt.toISOString(),
    embargoUntil: iso(a.embargoUntil),
    expiresAt: iso(a.expiresAt),
    updateNote: a.updateNote,
    correctionNote: a.correctionNote,
    origin: a.origin,
    ownerUserId: extra.ownerUserId,
  };
}
