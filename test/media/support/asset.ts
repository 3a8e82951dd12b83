import type { FocalPoint, MediaAsset } from '../../../src/domain/media.ts';
import type { IngestedImage } from '../../../src/media/ingest-image.ts';

let nextId = 1;

/** A media asset row for an ingested image, as the store would return it. */
export function assetFor(image: Pick<IngestedImage, 'storageKey' | 'mimeType' | 'width' | 'height' | 'bytes'>, overrides: Partial<MediaAsset> = {}): MediaAsset {
  return {
    id: nextId++,
    storageKey: image.storageKey,
    mimeType: image.mimeType,
    width: image.width,
    height: image.height,
    bytes: image.bytes,
    alt: 'A council meeting',
    caption: null,
    credit: null,
    focal: { x: 0.5, y: 0.5 } satisfies FocalPoint,
    wireProvider: null,
    wireGuid: null,
    createdAt: new Date('2024-05-01T12:00:00Z'),
    ...overrides,
  };
}
