import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { MediaAsset } from '../src/domain/media.ts';
import { DiskMediaStore } from '../src/media/disk-media-store.ts';
import { ingestImage } from '../src/media/ingest-image.ts';
import { offeredWidths } from '../src/media/plan-rendition.ts';
import { RenditionService } from '../src/media/rendition-service.ts';
import { RENDITION_FORMATS, RENDITION_WIDTHS, type RenditionFormat, type RenditionVariant } from '../src/media/rendition-variant.ts';

export interface RenditionsBenchOptions {
  /** Generated photos to render; default 3. */
  readonly photos?: number;
  /** Their size; default 3000×2000, a typical newsroom camera export scaled down. */
  readonly width?: number;
  readonly height?: number;
}

export interface RenditionsBenchResult {
  /** Renditions made per second over the whole run, all formats and widths, cold store. */
  readonly renditionsPerSecond: number;
  readonly renditions: number;
  readonly seconds: number;
  /** Per-format rates, to see which encoder dominates. */
  readonly perFormat: Readonly<Record<RenditionFormat, { readonly renditions: number; readonly perSecond: number }>>;
  /** Served from the store on a second pass: what every request after the first costs. */
  readonly reusedPerSecond: number;
  readonly sourceSize: string;
}

/**
 * Makes every width rendition, in every format, of a few generated photos
 * through the real pipeline (disk store, queue of one, sharp), and reports
 * the rate. Photo generation and ingest are not timed.
 */
export async function benchRenditions(options: RenditionsBenchOptions = {}): Promise<RenditionsBenchResult> {
  const count = options.photos ?? 3;
  const width = options.width ?? 3000;
  const height = options.height ?? 2000;
  const dir = await mkdtemp(join(tmpdir(), 'dateline-bench-'));
  try {
    const store = new DiskMediaStore(dir);
    const assets: MediaAsset[] = [];
    for (let i = 0; i < count; i++) {
      const image = await ingestImage(store, await generatedPhoto(width, height, i));
      assets.push({
        id: i + 1,
        ...image,
        alt: '',
        caption: null,
        credit: null,
        focal: { x: 0.5, y: 0.5 },
        wireProvider: null,
        wireGuid: null,
        createdAt: new Date(0),
      });
    }
    const service = new RenditionService({ store });
    const jobs = assets.flatMap((asset) =>
      RENDITION_FORMATS.flatMap((format) =>
        offeredWidths(RENDITION_WIDTHS, asset.width).map((w): [MediaAsset, RenditionVariant] => [asset, { kind: 'width', width: w, format }]),
      ),
    );

    const perFormatSeconds: Record<RenditionFormat, number> = { avif: 0, webp: 0, jpeg: 0 };
    const perFormatCount: Record<RenditionFormat, number> = { avif: 0, webp: 0, jpeg: 0 };
    const started = performance.now();
    for (const [asset, variant] of jobs) {
      const t0 = performance.now();
      await service.ensure(asset, variant);
      perFormatSeconds[variant.format] += (performance.now() - t0) / 1000;
      perFormatCount[variant.format] += 1;
    }
    const seconds = (performance.now() - started) / 1000;

    const reuseStarted = performance.now();
    await Promise.all(jobs.map(([asset, variant]) => service.ensure(asset, variant)));
    const reuseSeconds = (performance.now() - reuseStarted) / 1000;

    const perFormat = Object.fromEntries(
      RENDITION_FORMATS.map((f) => [f, { renditions: perFormatCount[f], perSecond: round(perFormatCount[f] / perFormatSeconds[f]) }]),
    ) as RenditionsBenchResult['perFormat'];
    return {
      renditionsPerSecond: round(jobs.length / seconds),
      renditions: jobs.length,
      seconds: round(seconds),
      perFormat,
      reusedPerSecond: round(jobs.length / reuseSeconds),
      sourceSize: `${width}x${height}`,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Smooth noise tinted per photo, so encoders see photo-like detail and no two photos share a content address. */
async function generatedPhoto(width: number, height: number, seed: number): Promise<Buffer> {
  const noise = await sharp({ create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
    .png()
    .toBuffer();
  return sharp(noise)
    .blur(2.5)
    .tint({ r: 128 + ((seed * 53) % 128), g: 128 + ((seed * 97) % 128), b: 160 })
    .jpeg({ quality: 90 })
    .toBuffer();
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
