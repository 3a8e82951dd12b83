import { MediaError } from './media-error.ts';
import { EXTENSION, type StoredImageFormat } from './image-format.ts';

const ORIGINAL_KEY = /^([0-9a-f]{64})\.(jpg|png|webp|avif)$/;

/** An original's key: the sha256 of its normalised bytes plus extension, as `MediaAsset.storageKey` holds it. */
export function originalKey(sha256: string, format: StoredImageFormat): string {
  const key = `${sha256}.${EXTENSION[format]}`;
  if (!ORIGINAL_KEY.test(key)) throw new MediaError('invalid-key', `not a sha256 hex digest: ${sha256}`);
  return key;
}

/** The content address inside an original's key. */
export function originalHash(storageKey: string): string {
  const match = ORIGINAL_KEY.exec(storageKey);
  if (match === null) throw new MediaError('invalid-key', `not an original's storage key: ${storageKey}`);
  return match[1];
}
