import type sharp from 'sharp';
import { sharpFailure } from './inspect-image.ts';
import { loadSharp } from './load-sharp.ts';
import { STORED_FORMAT, type ImageFormat, type StoredImageFormat } from './image-format.ts';
import type { ImageLimits } from './image-limits.ts';

export interface NormalizedImage {
  readonly bytes: Buffer;
  readonly format: StoredImageFormat;
  readonly width: number;
  readonly height: number;
}

/**
 * The one form an original is kept in: upright (EXIF orientation applied),
 * first frame only, sRGB, and with no EXIF, GPS, XMP, IPTC or ICC data left,
 * since camera metadata can reveal where a source was. sharp writes none of
 * it unless asked, so encoding afresh strips it all.
 */
export async function normalizeImage(bytes: Uint8Array, format: ImageFormat, limits: ImageLimits): Promise<NormalizedImage> {
  const stored = STORED_FORMAT[format];
  const sharp = await loadSharp();
  try {
    const pipeline = sharp(bytes, { limitInputPixels: limits.maxPixels, pages: 1 }).autoOrient();
    const { data, info } = await encodeOriginal(pipeline, stored).toBuffer({ resolveWithObject: true });
    return { bytes: data, format: stored, width: info.width, height: info.height };
  } catch (error) {
    throw sharpFailure(error);
  }
}

/** High quality: every rendition is made from this copy, so losses here show everywhere. */
function encodeOriginal(pipeline: sharp.Sharp, format: StoredImageFormat): sharp.Sharp {
  switch (format) {
    case 'jpeg':
      return pipeline.jpeg({ quality: 92 });
    case 'png':
      return pipeline.png({ compressionLevel: 6 });
    case 'webp':
      return pipeline.webp({ quality: 92 });
    case 'avif':
      return pipeline.avif({ quality: 80, effort: 2 });
  }
}
