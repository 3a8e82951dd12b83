import type { ResponsiveImage } from '../../media/responsive-image.ts';
import { html, type SafeHtml } from '../html.ts';

/**
 * How urgently the browser should fetch the image: `priority` for the one
 * image that is the page's largest paint (lead photo, top story), `eager`
 * for small above-the-fold art (logo), `lazy` for everything else.
 */
export type ImageLoading = 'priority' | 'eager' | 'lazy';

export interface PictureOptions {
  readonly loading?: ImageLoading;
  /** Replaces the asset's own alt text where the context names the image differently (video thumbnails). */
  readonly alt?: string;
  /** The slot width in this layout, when it differs from the asset's default `sizes`. */
  readonly sizes?: string;
}

/**
 * `<picture>` with AVIF/WebP sources and a JPEG `<img>` fallback. Width and
 * height are always set so the layout does not shift while images arrive.
 */
export function renderPicture(image: ResponsiveImage, options: PictureOptions = {}): SafeHtml {
  const sizes = options.sizes ?? image.sizes;
  const loading = options.loading ?? 'lazy';
  const jpeg = image.sources.find((s) => s.type === 'image/jpeg');
  const sources = image.sources
    .filter((s) => s.type !== 'image/jpeg')
    .map((s) => html`<source type="${s.type}" srcset="${s.srcset}" sizes="${sizes}">`);
  const srcset = jpeg ? html` srcset="${jpeg.srcset}" sizes="${sizes}"` : '';
  const fetch =
    loading === 'priority' ? html` fetchpriority="high"` : loading === 'lazy' ? html` loading="lazy" decoding="async"` : '';
  return html`<picture>${sources}<img src="${image.src}"${srcset} alt="${options.alt ?? image.alt}" width="${image.width}" height="${image.height}"${fetch}></picture>`;
}
