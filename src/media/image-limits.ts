import { MediaError } from './media-error.ts';

/** What one image may weigh. The pixel limit is what stops decompression bombs: a few KB can declare gigapixels. */
export interface ImageLimits {
  readonly maxBytes: number;
  readonly maxPixels: number;
}

export const DEFAULT_IMAGE_LIMITS: ImageLimits = Object.freeze({
  maxBytes: 25 * 1024 * 1024,
  maxPixels: 50_000_000,
});

export function imageLimits(overrides: Partial<ImageLimits> = {}): ImageLimits {
  const limits = { ...DEFAULT_IMAGE_LIMITS, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`image limit ${name} must be a positive integer, got ${value}`);
  }
  return Object.freeze(limits);
}

export function checkByteLimit(size: number, limits: ImageLimits): void {
  if (size > limits.maxBytes) {
    throw new MediaError('too-large', `the file is ${size} bytes; the limit is ${limits.maxBytes}`);
  }
}
