import type { ArticleFields } from '../../newsroom/article-input.ts';
import type { ArticleChanges } from '../../newsroom/update-article.ts';
import { type JsonSchema, schema } from './json-schema.ts';
import { dateOf } from './request-values.ts';

const SLUG = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** Every field an editor sets on a story; the same list serves create and edit. */
const FIELDS: Record<string, JsonSchema> = {
  headline: schema.string({ min: 1, max: 300 }),
  dek: schema.text(1000),
  slug: schema.string({ min: 1, max: 120, pattern: SLUG }),
  sectionId: schema.integer(),
  byline: schema.text(300),
  authorIds: schema.array(schema.integer(), 20),
  tags: schema.array(schema.string({ min: 1, max: 100 }), 50),
  dateline: schema.nullable(schema.object({ place: schema.string({ min: 1, max: 100 }), source: schema.text(100) }, ['place'])),
  bodyHtml: schema.string({ max: 500_000, description: 'HTML; sanitized on save (allow-listed tags only).' }),
  leadMediaId: schema.nullableId(),
  seriesId: schema.nullableId(),
  language: schema.string({ min: 2, max: 35, pattern: '^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$' }),
  rights: schema.object({ copyrightNotice: schema.text(500), copyrightHolder: schema.text(300), usageTerms: schema.text(2000) }),
  embargoUntil: schema.nullableDateTime('Nothing of the story is public before this instant.'),
  expiresAt: schema.nullableDateTime('The story leaves the site at this instant.'),
};

export const createArticleSchema = schema.object(FIELDS, ['headline', 'sectionId']);

export const editArticleSchema = schema.object({
  ...FIELDS,
  note: schema.object(
    { kind: schema.enum(['update', 'correction']), text: schema.string({ min: 1, max: 2000 }) },
    ['kind', 'text'],
  ),
  expectedRevision: schema.integer({ description: 'The revision you edited; alternatively send If-Match.' }),
});

interface ArticleBody {
  headline?: string;
  dek?: string | null;
  slug?: string;
  sectionId?: number;
  byline?: string | null;
  authorIds?: number[];
  tags?: string[];
  dateline?: { place: string; source?: string | null } | null;
  bodyHtml?: string;
  leadMediaId?: number | null;
  seriesId?: number | null;
  language?: string;
  rights?: { copyrightNotice?: string | null; copyrightHolder?: string | null; usageTerms?: string | null };
  embargoUntil?: string | null;
  expiresAt?: string | null;
}

/** The body's fields, leaving out what was not sent (on an edit, "not sent" means "keep"). */
export function articleChangesOf(raw: unknown): ArticleChanges {
  const b = raw as ArticleBody;
  const out: { -readonly [K in keyof ArticleChanges]: ArticleChanges[K] } = {};
  if (b.headline !== undefined) out.headline = b.headline;
  if (b.dek !== undefined) out.dek = b.dek;
  if (b.slug !== undefined) out.slug = b.slug;
  if (b.sectionId !== undefined) out.sectionId = b.sectionId;
  if (b.byline !== undefined) out.byline = b.byline;
  if (b.authorIds !== undefined) out.authorIds = b.authorIds;
  if (b.tags !== undefined) out.tagNames = b.tags;
  if (b.dateline !== undefined) out.dateline = b.dateline ? { place: b.dateline.place, source: b.dateline.source ?? null } : null;
  if (b.bodyHtml !== undefined) out.bodyHtml = b.bodyHtml;
  if (b.leadMediaId !== undefined) out.leadMediaId = b.leadMediaId;
  if (b.seriesId !== undefined) out.seriesId = b.seriesId;
  if (b.language !== undefined) out.language = b.language;
  if (b.rights !== undefined) out.rights = b.rights;
  if (b.embargoUntil !== undefined) out.embargoUntil = dateOf(b.embargoUntil);
  if (b.expiresAt !== undefined) out.expiresAt = dateOf(b.expiresAt);
  return out;
}

export function articleFieldsOf(raw: unknown): ArticleFields {
  const changes = articleChangesOf(raw);
  return { ...changes, headline: changes.headline ?? '', sectionId: changes.sectionId ?? 0, bodyHtml: changes.bodyHtml ?? '' };
}
