import type { Article } from '../api/types.ts';

/** What the editor's fields hold; text fields are strings even when the story has no value. */
export interface StoryForm {
  headline: string;
  dek: string;
  slug: string;
  sectionId: number;
  byline: string;
  authorIds: number[];
  tags: string;
  datelinePlace: string;
  datelineSource: string;
  bodyHtml: string;
  leadMediaId: number | null;
  seriesId: number | null;
}

export const EMPTY_FORM: StoryForm = {
  headline: '', dek: '', slug: '', sectionId: 0, byline: '', authorIds: [], tags: '', datelinePlace: '', datelineSource: '', bodyHtml: '', leadMediaId: null, seriesId: null,
};

export function formOf(a: Article): StoryForm {
  return {
    headline: a.headline,
    dek: a.dek ?? '',
    slug: a.slug,
    sectionId: a.sectionId,
    byline: a.byline ?? '',
    authorIds: [...a.authorIds],
    tags: a.tags.join(', '),
    datelinePlace: a.dateline?.place ?? '',
    datelineSource: a.dateline?.source ?? '',
    bodyHtml: a.bodyHtml,
    leadMediaId: a.leadMediaId,
    seriesId: a.seriesId,
  };
}

/** Why the story cannot be saved yet, or null: the API needs a headline and a section before anything else. */
export function missingForSave(f: StoryForm): string | null {
  if (f.headline.trim() === '' && f.sectionId === 0) return 'Give the story a headline and a section to start saving it.';
  if (f.headline.trim() === '') return 'Give the story a headline to start saving it.';
  if (f.sectionId === 0) return 'Choose a section to start saving the story.';
  return null;
}

/**
 * The body of a create or edit request. The slug is sent only once someone
 * typed one: until then the server derives it from the headline.
 */
export function requestBodyOf(f: StoryForm, slugTouched: boolean): Record<string, unknown> {
  const place = f.datelinePlace.trim();
  return {
    headline: f.headline.trim(),
    dek: f.dek.trim() || null,
    ...(slugTouched && f.slug.trim() ? { slug: f.slug.trim() } : {}),
    sectionId: f.sectionId,
    byline: f.byline.trim() || null,
    authorIds: f.authorIds,
    tags: [...new Set(f.tags.split(',').map((t) => t.trim()).filter((t) => t !== ''))],
    dateline: place ? { place, source: f.datelineSource.trim() || null } : null,
    bodyHtml: f.bodyHtml,
    leadMediaId: f.leadMediaId,
    seriesId: f.seriesId,
  };
}

/** A story readers can see right now: its edits go live on save, so they are saved on purpose, not automatically. */
export const isLive = (a: Article | null) => a !== null && (a.state === 'published' || a.state === 'updated');
