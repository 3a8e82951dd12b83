import type { ResponsiveImage } from '../../media/responsive-image.ts';
import { resolveUrl } from '../resolve-url.ts';
import { compact, type JsonLd } from './json-ld.ts';

export function imageJsonLd(baseUrl: string, image: ResponsiveImage, caption: string | null = null, credit: string | null = null): JsonLd {
  return compact({
    '@type': 'ImageObject',
    url: resolveUrl(baseUrl, image.src),
    width: image.width,
    height: image.height,
    caption,
    creditText: credit,
  });
}
