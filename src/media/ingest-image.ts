import { createHash } from 'node:crypto';
import { MIME_TYPE, type StoredImageFormat } from './image-format.ts';
import { DEFAULT_IMAGE_LIMITS, type ImageLimits } from './image-limits.ts';
import { inspectImage } from './inspect-image.ts';
import type { JobQueue } from './job-queue.ts';
import type { MediaStore } from './media-store.ts';
import { normalizeImage } from './normalize-image.ts';
import { originalKey } from './original-key.ts';

export interface IngestedImage {
  /** `<sha256>.<ext>`: the value for `MediaAsset.storageKey`. */
  readonly storageKey: string;
  readonly sha256: string;
  readonly format: StoredImageFormat;
  readonly mimeType: string;
  readonly width: number;
  readonly height: number;
  /** Size of the stored, normalised original. */
  readonly bytes: number;
  /** False when the same picture was already stored (same normalised bytes). */
  readonly created: boolean;
}

export interface IngestImageOptions {
  readonly limits?: ImageLimits;
  /** Shares the rendition queue, so a burst of uploads cannot starve page serving of threads. */
  readonly queue?: JobQueue;
}

/**
 * Takes in an uploaded or downloaded image: checks what it decodes as and
 * how big it is, normalises it (upright, metadata stripped) and stores it
 * under its content address. Refusals are `MediaError`s: `too-large`,
 * `too-many-pixels`, `unsupported-type`, `corrupt`.
 */
export async function ingestImage(store: MediaStore, bytes: Uint8Array, options: IngestImageOptions = {}): Promise<IngestedImage> {
  const limits = options.limits ?? DEFAULT_IMAGE_LIMITS;
  const inspected = await inspectImage(bytes, limits);
  const work = () => normalizeImage(bytes, inspected.format, limits);
  const image = options.queue ? await options.queue.run(work) : await work();

  const sha256 = createHash('sha256').update(image.bytes).digest('hex');
  const storageKey = originalKey(sha256, image.format);
  const mimeType = MIME_TYPE[image.format];
  const created = !(await store.has(storageKey));
  if (created) await store.put(storageKey, image.bytes, mimeType);
  return { storageKey, sha256, format: image.format, mimeType, width: image.width, height: image.height, bytes: image.bytes.byteLength, created };
}
