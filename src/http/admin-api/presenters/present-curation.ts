import type { CuratedEntry, CuratedList } from '../../../domain/curation.ts';
import type { Series, Video } from '../../../domain/media.ts';
import type { Section } from '../../../domain/taxonomy.ts';
import { iso } from './iso.ts';

export function presentEntry(e: CuratedEntry, now: Date, headline: string | null) {
  return {
    articleId: e.articleId,
    headline,
    position: e.position,
    pinned: e.pinned,
    expiresAt: iso(e.expiresAt),
    expired: e.expiresAt !== null && e.expiresAt.getTime() <= now.getTime(),
  };
}

export const presentList = (l: CuratedList) => ({ id: l.id, slug: l.slug, name: l.name });

export const presentSeries = (s: Series) => ({ id: s.id, slug: s.slug, name: s.name, description: s.description });

export const presentSection = (s: Section) => ({
  id: s.id, slug: s.slug, path: s.path, name: s.name, parentId: s.parentId, description: s.description, position: s.position,
});

export const presentVideo = (v: Video) => ({
  id: v.id,
  slug: v.slug,
  title: v.title,
  description: v.description,
  thumbnailMediaId: v.thumbnailMediaId,
  sourceUrl: v.sourceUrl,
  durationSeconds: v.durationSeconds,
  publishedAt: v.publishedAt.toISOString(),
  seriesId: v.seriesId,
  sectionId: v.sectionId,
});
