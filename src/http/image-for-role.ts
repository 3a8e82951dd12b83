import type { MediaAsset } from '../domain/media.ts';
import type { ResponsiveImage } from '../media/responsive-image.ts';
import type { ImageRole } from '../site-data/read-context.ts';

type Builder = (asset: MediaAsset, options: { sizes: string; crop?: 'thumb' | 'square' | 'social'; maxWidth?: number }) => ResponsiveImage;

/** How big each kind of image is drawn on our pages, so browsers pick the smallest file that is sharp. */
export function imageForRole(build: Builder) {
  return (asset: MediaAsset, role: ImageRole): ResponsiveImage => {
    switch (role) {
      case 'lead':
        return build(asset, { sizes: '(min-width: 1040px) 680px, 100vw' });
      case 'card':
        return build(asset, { sizes: '(min-width: 1040px) 320px, (min-width: 640px) 50vw, 100vw', crop: 'thumb' });
      case 'thumb':
        return build(asset, { sizes: '160px', crop: 'thumb', maxWidth: 640 });
      case 'logo':
        return build(asset, { sizes: '240px', maxWidth: 640 });
    }
  };
}
