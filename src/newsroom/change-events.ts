import type { Article } from '../domain/article.ts';
import { isPublic } from '../domain/visibility.ts';
import type { ChangeEvent, ChangeKind } from '../events/change-event.ts';

/** Names a saved change by what a reader sees: it appeared, changed, vanished or was killed. */
export function articleChangeKind(before: Article | null, after: Article, now: Date): ChangeKind {
  const was = before !== null && isPublic(before, now);
  const is = isPublic(after, now);
  if (after.status === 'killed' && before?.status !== 'killed') return 'article.killed';
  if (!was && is) return 'article.published';
  if (was && !is) return 'article.unpublished';
  if (was && is) return 'article.updated';
  return 'article.changed';
}

export function articleEvent(kind: ChangeKind, article: Article, keys: readonly string[], at: Date): ChangeEvent {
  return Object.freeze({ kind, id: article.id, keys: Object.freeze([...keys]), at });
}
