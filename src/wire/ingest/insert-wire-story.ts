import type { Article, ArticleOrigin } from '../../domain/article.ts';
import { keys } from '../../domain/surrogate-keys.ts';
import type { Section } from '../../domain/taxonomy.ts';
import type { ChangeEvent } from '../../events/change-event.ts';
import { articleChangeKind, articleEvent } from '../../newsroom/change-events.ts';
import { requireHeadline } from '../../newsroom/create-article.ts';
import { revisionSnapshot } from '../../newsroom/revision-snapshot.ts';
import { uniqueSlug } from '../../newsroom/unique-slug.ts';
import type { ArticleRow, Executor } from '../../store/database.ts';
import { insertArticleRow, rowToArticle, setArticleTags } from '../../store/repositories/article-repository.ts';
import { insertRevision } from '../../store/repositories/revision-repository.ts';
import { findSectionById } from '../../store/repositories/section-repository.ts';
import { ensureTags } from '../../store/repositories/tag-repository.ts';
import type { WireStoryFields } from './map-wire-item.ts';

export interface NewWireStory {
  readonly fields: WireStoryFields;
  readonly section: Section;
  readonly tagNames: readonly string[];
  readonly status: 'published' | 'draft';
  readonly publishedAt: Date | null;
  readonly origin: Extract<ArticleOrigin, { kind: 'wire' }>;
}

/**
 * Inside the item's transaction: a first version becomes a story, with its
 * tags and first revision, in as few statements as the store allows (wire
 * copy arrives by the thousand). The fields are final: the parser already
 * sanitized the body and reduced every other field to plain text, so they
 * are not cleaned a second time here. The row itself is written the same
 * way `insertArticle` writes an editor's story.
 */
export async function insertWireStory(db: Executor, s: NewWireStory, now: Date): Promise<{ article: Article; event: ChangeEvent }> {
  const headline = requireHeadline(s.fields.headline);
  const f = s.fields;
  const values: Omit<ArticleRow, 'id'> = {
    slug: await uniqueSlug(db, s.section.id, headline),
    section_id: s.section.id,
    headline,
    dek: f.dek,
    byline: f.byline,
    dateline_place: f.dateline?.place ?? null,
    dateline_source: f.dateline?.source ?? null,
    body_html: f.bodyHtml,
    lead_media_id: f.leadMediaId,
    series_id: null,
    status: s.status,
    language: f.language,
    published_at: s.publishedAt?.getTime() ?? null,
    updated_at: null,
    edited_at: now.getTime(),
    created_at: now.getTime(),
    embargo_until: f.embargoUntil?.getTime() ?? null,
    expires_at: f.expiresAt?.getTime() ?? null,
    update_note: null,
    correction_note: null,
    origin: 'wire',
    wire_provider: s.origin.provider,
    wire_guid: s.origin.guid,
    wire_version: s.origin.version,
    wire_etag: s.origin.etag,
    copyright_notice: f.rights.copyrightNotice,
    copyright_holder: f.rights.copyrightHolder,
    usage_terms: f.rights.usageTerms,
    revision: 1,
  };
  const row: ArticleRow = { ...values, id: await insertArticleRow(db, values) };
  const tagIds = s.tagNames.length > 0 ? await ensureTags(db, s.tagNames) : [];
  if (tagIds.length > 0) await setArticleTags(db, row.id, tagIds);
  const article = rowToArticle(row, tagIds, []);
  await insertRevision(db, { articleId: article.id, revision: 1, createdAt: now, actor: null, snapshot: revisionSnapshot(article) });
  return { article, event: articleEvent(articleChangeKind(null, article, now), article, await newStoryKeys(db, article, s.section), now) };
}

/** `articleKeys` for a story that is in no list yet, starting from the section already at hand. */
async function newStoryKeys(db: Executor, article: Article, section: Section): Promise<string[]> {
  const out = new Set<string>([keys.article(article.id), keys.front, keys.latest, keys.section(section.id)]);
  for (let parentId = section.parentId; parentId !== null; ) {
    out.add(keys.section(parentId));
    parentId = (await findSectionById(db, parentId))?.parentId ?? null;
  }
  for (const id of article.tagIds) out.add(keys.tag(id));
  return [...out];
}
