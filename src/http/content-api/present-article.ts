import type { Article } from '../../domain/article.ts';
import type { MediaAsset } from '../../domain/media.ts';
import type { Author, Tag } from '../../domain/taxonomy.ts';
import type { ResponsiveImage } from '../../media/responsive-image.ts';
import { absoluteUrl, urls } from '../../site/urls.ts';
import type { SectionIndex } from '../../site-data/section-index.ts';

export interface ArticleRelations {
  readonly sections: SectionIndex;
  readonly baseUrl: string;
  readonly tags: ReadonlyMap<number, Tag>;
  readonly authors: ReadonlyMap<number, Author>;
  readonly media: ReadonlyMap<number, MediaAsset>;
  readonly image: (asset: MediaAsset) => ResponsiveImage;
}

/** The public JSON shape of a story. Internal fields (edit times, wire notes, revision) stay out. */
export function presentArticle(a: Article, r: ArticleRelations, withBody: boolean) {
  const section = r.sections.get(a.sectionId);
  const path = section ? urls.article(section.path, a.slug) : null;
  const lead = a.leadMediaId !== null ? r.media.get(a.leadMediaId) : undefined;
  return {
    id: a.id,
    url: path ? absoluteUrl(r.baseUrl, path) : null,
    path,
    headline: a.headline,
    dek: a.dek,
    byline: a.byline,
    authors: a.authorIds.map((id) => r.authors.get(id)).filter((x) => x).map((x) => ({ slug: x!.slug, name: x!.name })),
    section: section ? { path: section.path, name: section.name } : null,
    tags: a.tagIds.map((id) => r.tags.get(id)).filter((x) => x).map((x) => ({ slug: x!.slug, name: x!.name })),
    dateline: a.dateline,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    updatedAt: a.updatedAt && a.publishedAt && a.updatedAt > a.publishedAt ? a.updatedAt.toISOString() : null,
    updateNote: a.updateNote,
    correctionNote: a.correctionNote,
    language: a.language,
    source: a.origin.kind === 'wire' ? { provider: a.origin.provider, guid: a.origin.guid, version: a.origin.version } : { provider: 'local' },
    rights: { copyrightNotice: a.rights.copyrightNotice, usageTerms: a.rights.usageTerms },
    leadImage: lead ? { ...r.image(lead), caption: lead.caption, credit: lead.credit } : null,
    ...(withBody ? { bodyHtml: a.bodyHtml } : {}),
  };
}
