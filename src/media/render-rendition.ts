import { sharpFailure } from './inspect-image.ts';
import { loadSharp } from './load-sharp.ts';
import type { RenditionPlan } from './plan-rendition.ts';
import type { RenditionFormat } from './rendition-variant.ts';

/**
 * Makes one rendition from a normalised original. Encoder settings were
 * chosen by measurement on this kind of machine: AVIF at effort 2 is ~15×
 * faster than the default 4 for a few percent more bytes; mozjpeg costs ~2×
 * the time of plain libjpeg but saves ~10% on the format most bytes are
 * served in.
 */
export async function renderRendition(
  original: Uint8Array,
  plan: RenditionPlan,
  format: RenditionFormat,
  maxPixels: number,
): Promise<Buffer> {
  const sharp = await loadSharp();
  try {
    // Ingested originals are already upright; this covers any put in the store by other means.
    let pipeline = sharp(original, { limitInputPixels: maxPixels }).autoOrient();
    if (plan.crop) pipeline = pipeline.extract(plan.crop);
    // Both sides are given, from the plan, so the file matches the srcset descriptors to the pixel.
    pipeline = pipeline.resize(plan.width, plan.height, { fit: 'fill' });
    switch (format) {
      case 'avif':
        return await pipeline.avif({ quality: 50, effort: 2 }).toBuffer();
      case 'webp':
        return await pipeline.webp({ quality: 75, effort: 4 }).toBuffer();
      case 'jpeg':
        // JPEG has no alpha: transparent PNGs go onto white, as pages are.
        return await pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true }).toBuffer();
    }
  } catch (error) {
    throw sharpFailure(error);
  }
}
