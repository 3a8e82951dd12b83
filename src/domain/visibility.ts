import type { Article, LifecycleState } from './article.ts';

type Timed = Pick<Article, 'status' | 'publishedAt' | 'updatedAt' | 'embargoUntil' | 'expiresAt'>;

/**
 * The one rule for who sees a story. Pure: the clock is an argument.
 * The store applies the same rule in SQL (see `publicArticleFilter`), and a
 * test keeps the two in step.
 */
export function lifecycleState(a: Timed, now: Date): LifecycleState {
  if (a.status === 'killed') return 'killed';
  if (a.status === 'withheld') return 'withheld';
  if (a.status === 'draft') return 'draft';
  const t = now.getTime();
  if (a.embargoUntil && a.embargoUntil.getTime() > t) return 'embargoed';
  if (!a.publishedAt || a.publishedAt.getTime() > t) return 'scheduled';
  if (a.expiresAt && a.expiresAt.getTime() <= t) return 'expired';
  if (a.updatedAt && a.updatedAt.getTime() > a.publishedAt.getTime()) return 'updated';
  return 'published';
}

export function isPublic(a: Timed, now: Date): boolean {
  const s = lifecycleState(a, now);
  return s === 'published' || s === 'updated';
}

/** What a public URL answers for a story that is not public: gone for good, or simply not there. */
export function publicAnswer(a: Timed, now: Date): 'ok' | 'gone' | 'not-found' {
  const s = lifecycleState(a, now);
  if (s === 'published' || s === 'updated') return 'ok';
  if (s === 'killed') return 'gone';
  return 'not-found';
}

/**
 * The next instant at which the story's visibility changes by itself
 * (schedule, embargo lift, expiry), or null. The scheduler uses it to purge
 * caches and fire webhooks on time.
 */
export function nextVisibilityChange(a: Timed, now: Date): Date | null {
  if (a.status !== 'published') return null;
  const t = now.getTime();
  const candidates = [a.publishedAt, a.embargoUntil, a.expiresAt].filter(
    (d): d is Date => d !== null && d.getTime() > t,
  );
  if (candidates.length === 0) return null;
  return new Date(Math.min(...candidates.map((d) => d.getTime())));
}
