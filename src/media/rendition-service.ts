import type { MediaAsset } from '../domain/media.ts';
import { DEFAULT_IMAGE_LIMITS, type ImageLimits } from './image-limits.ts';
import { sharpFailure } from './inspect-image.ts';
import { loadSharp } from './load-sharp.ts';
import { JobQueue } from './job-queue.ts';
import { MediaError } from './media-error.ts';
import type { MediaStore } from './media-store.ts';
import { originalHash } from './original-key.ts';
import { offeredWidths, planRendition, sourceWidthFor } from './plan-rendition.ts';
import { renderRendition } from './render-rendition.ts';
import { renditionKey } from './rendition-path.ts';
import { focalPermille, RENDITION_MIME_TYPE, widthsOf, type RenditionVariant } from './rendition-variant.ts';

/** What a rendition needs of an asset: where its original is, and its current focal point. */
export type RenditionSource = Pick<MediaAsset, 'storageKey' | 'focal'>;

export interface Rendition {
  readonly key: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
  /** True when this call encoded it; false when it came from the store. */
  readonly created: boolean;
}

export interface RenditionStats {
  /** Renditions encoded and stored. */
  readonly rendered: number;
  /** Requests answered from the store. */
  readonly reused: number;
  /** Requests that joined a job already under way for the same rendition. */
  readonly joined: number;
}

export interface RenditionServiceOptions {
  readonly store: MediaStore;
  /** Defaults to one job at a time. Pass the same queue to `ingestImage` to bound all image work together. */
  readonly queue?: JobQueue;
  readonly limits?: ImageLimits;
}

/**
 * Makes renditions on first request and keeps them: each is encoded once,
 * stored under a key derived from the original's content address and the
 * variant, and served from the store after that. Concurrent requests for the
 * same rendition share one job.
 */
export class RenditionService {
  readonly store: MediaStore;
  readonly queue: JobQueue;
  private readonly limits: ImageLimits;
  private readonly inFlight = new Map<string, Promise<Rendition>>();
  private counts = { rendered: 0, reused: 0, joined: 0 };

  constructor(options: RenditionServiceOptions) {
    this.store = options.store;
    this.queue = options.queue ?? new JobQueue();
    this.limits = options.limits ?? DEFAULT_IMAGE_LIMITS;
  }

  /**
   * The rendition, from the store or made now. A stored one is served even if
   * the asset's focal point has moved since, so URLs already in caches keep
   * working; a new one is only made for the asset's current focal point and
   * for widths worth offering, so URL guessing cannot fill the store.
   * Refusals: `unknown-rendition`, `not-found`, `busy`.
   */
  ensure(source: RenditionSource, variant: RenditionVariant): Promise<Rendition> {
    let key: string;
    try {
      key = renditionKey(originalHash(source.storageKey), variant);
    } catch (error) {
      return Promise.reject(error);
    }
    const pending = this.inFlight.get(key);
    if (pending) {
      this.counts.joined += 1;
      return pending;
    }
    const job = this.fetchOrMake(key, source, variant).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, job);
    return job;
  }

  stats(): RenditionStats {
    return { ...this.counts };
  }

  private async fetchOrMake(key: string, source: RenditionSource, variant: RenditionVariant): Promise<Rendition> {
    const stored = await this.store.get(key);
    if (stored) {
      this.counts.reused += 1;
      return { key, contentType: stored.contentType, bytes: stored.bytes, created: false };
    }
    if (variant.kind === 'crop') {
      const current = focalPermille(source.focal);
      if (current.x !== variant.focal.x || current.y !== variant.focal.y) {
        throw new MediaError('unknown-rendition', `focal point ${variant.focal.x},${variant.focal.y} is not the asset's`);
      }
    }
    return this.queue.run(() => this.make(key, source, variant));
  }

  private async make(key: string, source: RenditionSource, variant: RenditionVariant): Promise<Rendition> {
    const original = await this.store.get(source.storageKey);
    if (original === null) throw new MediaError('not-found', `original ${source.storageKey} is not in the media store`);
    const size = await imageSize(original.bytes, this.limits.maxPixels);
    if (!offeredWidths(widthsOf(variant), sourceWidthFor(size, variant)).includes(variant.width)) {
      throw new MediaError('unknown-rendition', `width ${variant.width} is more than this picture offers`);
    }
    const bytes = await renderRendition(original.bytes, planRendition(size, variant), variant.format, this.limits.maxPixels);
    const contentType = RENDITION_MIME_TYPE[variant.format];
    await this.store.put(key, bytes, contentType);
    this.counts.rendered += 1;
    return { key, contentType, bytes, created: true };
  }
}

/** Read from the original itself (upright) rather than trusted from the database row. */
async function imageSize(bytes: Uint8Array, maxPixels: number): Promise<{ width: number; height: number }> {
  try {
    const sharp = await loadSharp();
    const metadata = await sharp(bytes, { limitInputPixels: maxPixels }).metadata();
    const { width, height } = metadata.autoOrient ?? metadata;
    if (!width || !height) throw new MediaError('corrupt', 'the original has no dimensions');
    return { width, height };
  } catch (error) {
    throw error instanceof MediaError ? error : sharpFailure(error);
  }
}
