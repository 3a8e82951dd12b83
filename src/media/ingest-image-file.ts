import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_IMAGE_LIMITS, checkByteLimit } from './image-limits.ts';
import { ingestImage, type IngestedImage, type IngestImageOptions } from './ingest-image.ts';
import type { MediaStore } from './media-store.ts';

/**
 * `ingestImage` for a file on disk (an upload spooled to a temp file, a
 * downloaded wire picture). The size is checked before reading, so an
 * oversized file never enters memory. The file's name is not consulted.
 */
export async function ingestImageFile(store: MediaStore, path: string, options: IngestImageOptions = {}): Promise<IngestedImage> {
  const limits = options.limits ?? DEFAULT_IMAGE_LIMITS;
  const { size } = await stat(path);
  checkByteLimit(size, limits);
  return ingestImage(store, await readFile(path), options);
}
