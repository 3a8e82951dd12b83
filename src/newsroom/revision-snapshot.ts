import type { Article } from '../domain/article.ts';

/** A revision keeps the whole story as it was saved, in JSON-friendly form. */
export function revisionSnapshot(a: Article): Record<string, unknown> {
  return {
    ...a,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    updatedAt: a.updatedAt?.toISOString() ?? null,
    editedAt: a.editedAt.toISOString(),
    createdAt: a.createdAt.toISOString(),
    embargoUntil: a.embargoUntil?.toISOString() ?? null,
    expiresAt: a.expiresAt?.toISOString() ?? null,
  };
}
