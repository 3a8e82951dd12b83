import type { MediaAsset } from '../domain/media.ts';
import { originalHash } from './original-key.ts';
import { offeredWidths, planRendition, sourceWidthFor } from './plan-rendition.ts';
import { renditionPath } from './rendition-path.ts';
import {
  CROP_BOXES,
  focalPermille,
  RENDITION_FORMATS,
  RENDITION_MIME_TYPE,
  RENDITION_WIDTHS,
  type CropBox,
  type RenditionFormat,
  type RenditionVariant,
} from './rendition-variant.ts';
import type { ImageSource, ResponsiveImage } from './responsive-image.ts';

export interface ResponsiveImageOptions {
  /** The `sizes` attribute, passed through. */
  readonly sizes: string;
  /** A fixed-aspect crop around the focal point instead of the whole picture. */
  readonly crop?: CropBox;
  /** The widest rendition worth offering in this slot, in pixels. */
  readonly maxWidth?: number;
}

/** `src` for browsers without `srcset`: big enough to look right, small enough for the slow phones such browsers run on. */
const FALLBACK_MAX_WIDTH = 1200;

/**
 * Everything a page needs to show one picture: URLs for each format and
 * width, and the pixel size of `src`. Pure arithmetic over the asset record;
 * renditions are made when first requested.
 */
export function responsiveImageFor(asset: MediaAsset, options: ResponsiveImageOptions): ResponsiveImage {
  const hash = originalHash(asset.storageKey);
  const focal = focalPermille(asset.focal);
  const variantOf = (width: number, format: RenditionFormat): RenditionVariant =>
    options.crop === undefined ? { kind: 'width', width, format } : { kind: 'crop', box: options.crop, width, focal, format };

  const ladder = options.crop === undefined ? RENDITION_WIDTHS : CROP_BOXES[options.crop].widths;
  const widths = offeredWidths(ladder, sourceWidthFor(asset, variantOf(ladder[0], 'jpeg')), options.maxWidth);

  const sources: ImageSource[] = RENDITION_FORMATS.map((format) => ({
    type: RENDITION_MIME_TYPE[format],
    srcset: widths
      .map((width) => {
        const variant = variantOf(width, format);
        return `${renditionPath(hash, variant)} ${planRendition(asset, variant).width}w`;
      })
      .join(', '),
  }));

  const fallbackWidth = [...widths].reverse().find((w) => w <= FALLBACK_MAX_WIDTH) ?? widths[0];
  const fallback = variantOf(fallbackWidth, 'jpeg');
  const plan = planRendition(asset, fallback);
  return {
    alt: asset.alt,
    width: plan.width,
    height: plan.height,
    src: renditionPath(hash, fallback),
    sources,
    sizes: options.sizes,
  };
}
