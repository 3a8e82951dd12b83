import type { MediaAsset } from '../domain/media.ts';
import type { SiteSettings } from '../domain/site-settings.ts';
import type { ChangeBus } from '../events/change-bus.ts';
import type { ResponsiveImage } from '../media/responsive-image.ts';
import type { ImageRole, ReadContext } from '../site-data/read-context.ts';
import { SectionIndex } from '../site-data/section-index.ts';
import { loadSharedRails } from '../site-data/load-rails.ts';
import { listSections } from '../store/repositories/section-repository.ts';
import { readSiteSettings } from '../store/repositories/settings-repository.ts';
import type { Store } from '../store/store.ts';
import { rankTrending } from '../trending/rank-trending.ts';

const TRENDING_TTL_MS = 60_000;
const TRENDING_POOL = 30;
/** Enough for every tag's and section's related stories on a large site. */
const SHARED_MAX = 5_000;

export type ImageBuilder = (asset: MediaAsset, role: ImageRole) => ResponsiveImage;

/**
 * Builds the per-request read context. Settings and the section tree change
 * rarely and are read on every page, so they are kept in memory until a
 * change event says otherwise; trending is re-ranked at most once a minute.
 */
export class ReadContextFactory {
  private settings: Promise<SiteSettings> | null = null;
  private sections: Promise<SectionIndex> | null = null;
  private trending: { at: number; ids: Promise<readonly number[]> } | null = null;
  private rails: { at: number; value: ReturnType<ReadContext['sharedRails']> } | null = null;
  private readonly values = new Map<string, { at: number; value: Promise<unknown> }>();

  constructor(
    private readonly store: Store,
    private readonly image: ImageBuilder,
    private readonly publicUrl: string | undefined,
    bus: ChangeBus,
  ) {
    bus.subscribe((e) => {
      // Any change may show in a rail (a video, a list, a killed story); rails are cheap to rebuild once.
      this.rails = null;
      this.values.clear();
      if (e.kind === 'settings.changed') this.settings = null;
      if (e.kind === 'sections.changed') this.sections = null;
      if (e.kind === 'trending.changed' || e.kind === 'article.killed' || e.kind === 'article.unpublished') this.trending = null;
    });
  }

  /** Drops everything cached, e.g. after another node changed the store. */
  invalidate(): void {
    this.settings = null;
    this.sections = null;
    this.trending = null;
    this.rails = null;
    this.values.clear();
  }

  private loadSettings(): Promise<SiteSettings> {
    this.settings ??= readSiteSettings(this.store.db)
      .then((s) => (this.publicUrl ? Object.freeze({ ...s, baseUrl: this.publicUrl }) : s))
      .catch((e) => {
        this.settings = null;
        throw e;
      });
    return this.settings;
  }

  private loadSections(): Promise<SectionIndex> {
    this.sections ??= listSections(this.store.db)
      .then((all) => new SectionIndex(all))
      .catch((e) => {
        this.sections = null;
        throw e;
      });
    return this.sections;
  }

  async create(now: Date): Promise<ReadContext> {
    const [settings, sections] = await Promise.all([this.loadSettings(), this.loadSections()]);
    const ctx: ReadContext = {
      db: this.store.db,
      dialect: this.store.dialect,
      now,
      settings,
      sections,
      image: this.image,
      trendingIds: () => this.trendingIds(now, settings.trendingHalfLifeHours),
      sharedRails: () => this.sharedRails(ctx),
      shared: (key, load) => this.shared(now.getTime(), key, load),
    };
    return ctx;
  }

  /** Rails shared by every page, rebuilt after any change or once trending is due a new rank. */
  private sharedRails(ctx: ReadContext): ReturnType<ReadContext['sharedRails']> {
    const t = ctx.now.getTime();
    if (!this.rails || t - this.rails.at > TRENDING_TTL_MS || t < this.rails.at) {
      const value = loadSharedRails(ctx);
      value.catch(() => (this.rails = null));
      this.rails = { at: t, value };
    }
    return this.rails.value;
  }

  /**
   * Values read on many pages, kept like the shared rails: until any change
   * (a change event clears them all) and at most a minute, since a rail may
   * list stories ranked by time.
   */
  private shared<T>(t: number, key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.values.get(key);
    if (hit && t - hit.at <= TRENDING_TTL_MS && t >= hit.at) return hit.value as Promise<T>;
    if (this.values.size >= SHARED_MAX) this.values.clear();
    const value = load();
    const entry = { at: t, value };
    value.catch(() => {
      if (this.values.get(key) === entry) this.values.delete(key);
    });
    this.values.set(key, entry);
    return value;
  }

  private trendingIds(now: Date, halfLifeHours: number): Promise<readonly number[]> {
    if (!this.trending || now.getTime() - this.trending.at > TRENDING_TTL_MS) {
      const ids = rankTrending(this.store.db, now, halfLifeHours, TRENDING_POOL).then((r) => r.map((e) => e.articleId));
      ids.catch(() => (this.trending = null));
      this.trending = { at: now.getTime(), ids };
    }
    return this.trending.ids;
  }
}
