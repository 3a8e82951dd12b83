import type { MediaAsset } from '../../../domain/media.ts';
import { responsiveImageFor } from '../../../media/responsive-image-for.ts';

/**
 * A picture with URLs the newsroom can show it at: the whole picture (for
 * setting the focal point, which needs the uncropped frame) and the card
 * crop readers see, which moves with the focal point.
 */
export function presentMedia(a: MediaAsset) {
  return {
    id: a.id,
    mimeType: a.mimeType,
    width: a.width,
    height: a.height,
    bytes: a.bytes,
    alt: a.alt,
    caption: a.caption,
    credit: a.credit,
    focal: { x: a.focal.x, y: a.focal.y },
    wire: a.wireProvider !== null,
    createdAt: a.createdAt.toISOString(),
    url: responsiveImageFor(a, { sizes: '100vw', maxWidth: 960 }).src,
    cardUrl: responsiveImageFor(a, { sizes: '320px', crop: 'thumb', maxWidth: 640 }).src,
  };
}
