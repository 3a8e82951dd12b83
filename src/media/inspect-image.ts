import type sharp from 'sharp';
import { loadSharp } from './load-sharp.ts';
import { MediaError } from './media-error.ts';
import { sniffImageFormat, type ImageFormat } from './image-format.ts';
import { checkByteLimit, DEFAULT_IMAGE_LIMITS, type ImageLimits } from './image-limits.ts';

export interface ImageInspection {
  readonly format: ImageFormat;
  /** Of the first frame, before EXIF orientation is applied. */
  readonly width: number;
  readonly height: number;
}

/**
 * What an untrusted file really is, read from its headers only: nothing is
 * decoded yet, so a bomb is refused before it costs memory. The file's name
 * and declared type play no part.
 */
export async function inspectImage(bytes: Uint8Array, limits: ImageLimits = DEFAULT_IMAGE_LIMITS): Promise<ImageInspection> {
  checkByteLimit(bytes.byteLength, limits);
  const sniffed = sniffImageFormat(bytes);
  if (sniffed === null) throw new MediaError('unsupported-type', 'not a JPEG, PNG, WebP, AVIF or GIF image');

  const sharp = await loadSharp();
  let metadata: sharp.Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: limits.maxPixels }).metadata();
  } catch (error) {
    throw sharpFailure(error);
  }

  const format = decodedFormat(metadata);
  if (format !== sniffed) throw new MediaError('unsupported-type', `decodes as ${metadata.format ?? 'nothing known'}, not an accepted image`);
  const { width, height } = metadata;
  if (!width || !height) throw new MediaError('corrupt', 'the image has no dimensions');
  if (width * height > limits.maxPixels) throw tooManyPixels(width, height, limits);
  return { format, width, height };
}

function decodedFormat(metadata: sharp.Metadata): ImageFormat | null {
  switch (metadata.format) {
    case 'jpeg':
    case 'png':
    case 'webp':
    case 'gif':
      return metadata.format;
    // HEIF is a container: AV1 inside is AVIF; HEVC (HEIC) is not accepted.
    case 'heif':
      return metadata.compression === 'av1' ? 'avif' : null;
    default:
      return null;
  }
}

function tooManyPixels(width: number, height: number, limits: ImageLimits): MediaError {
  return new MediaError('too-many-pixels', `the image is ${width}×${height} pixels; the limit is ${limits.maxPixels}`);
}

/** Sharp reports by message only; these are the ones its loaders use. */
export function sharpFailure(error: unknown): MediaError {
  const message = error instanceof Error ? error.message : String(error);
  if (/exceeds pixel limit/i.test(message)) return new MediaError('too-many-pixels', message, { cause: error });
  if (/unsupported image format/i.test(message)) return new MediaError('unsupported-type', message, { cause: error });
  return new MediaError('corrupt', `the image does not decode: ${message}`, { cause: error });
}
