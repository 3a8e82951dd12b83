import type { MediaAsset } from '../domain/media.ts';
import type { SiteSettings } from '../domain/site-settings.ts';
import type { ResponsiveImage } from '../media/responsive-image.ts';
import type { Executor } from '../store/database.ts';
import type { StoreDialect } from '../store/store-dialect.ts';
import type { SectionIndex } from './section-index.ts';
import type { SharedRails } from './load-rails.ts';

export type ImageRole = 'lead' | 'card' | 'thumb' | 'logo';

/** What every page loader reads with: one clock reading, so a page is consistent with itself. */
export interface ReadContext {
  readonly db: Executor;
  /** Which store `db` belongs to, for the few reads that differ by store (full-text search). */
  readonly dialect: StoreDialect;
  readonly now: Date;
  readonly settings: SiteSettings;
  readonly sections: SectionIndex;
  readonly image: (asset: MediaAsset, role: ImageRole) => ResponsiveImage;
  /** Most-read public story ids right now, best first (ranked at most once a minute). */
  readonly trendingIds: () => Promise<readonly number[]>;
  /** The page-independent rails, kept until the next change (see ReadContextFactory). */
  readonly sharedRails: () => Promise<{ readonly rails: SharedRails; readonly keys: readonly string[] }>;
  /**
   * A value that depends only on the store (not on the page asked for),
   * kept under `key` until the next change, like the shared rails. Absent,
   * `load` runs every time.
   */
  readonly shared?: <T>(key: string, load: () => Promise<T>) => Promise<T>;
}

/** `ctx.shared` when the context keeps values, else a plain load. */
export function sharedValue<T>(ctx: ReadContext, key: string, load: () => Promise<T>): Promise<T> {
  return ctx.shared ? ctx.shared(key, load) : load();
}
