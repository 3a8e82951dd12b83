/**
 * Emitted after a write that a reader can see has committed. Caches purge by
 * `keys`; webhooks and other nodes listen too.
 */
export type ChangeKind =
  | 'article.published'
  | 'article.updated'
  | 'article.unpublished'
  | 'article.killed'
  | 'article.changed'
  | 'video.changed'
  | 'list.changed'
  | 'series.changed'
  | 'settings.changed'
  | 'sections.changed'
  | 'media.changed'
  | 'trending.changed';

export interface ChangeEvent {
  readonly kind: ChangeKind;
  /** The record's id, when the change is about one. */
  readonly id: number | null;
  readonly keys: readonly string[];
  readonly at: Date;
}
