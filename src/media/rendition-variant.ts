import type { FocalPoint } from '../domain/media.ts';

export type RenditionFormat = 'avif' | 'webp' | 'jpeg';

/** Best first: the order `<picture>` sources are offered in. */
export const RENDITION_FORMATS: readonly RenditionFormat[] = Object.freeze(['avif', 'webp', 'jpeg'] as const);

export const RENDITION_EXTENSION: Readonly<Record<RenditionFormat, string>> = Object.freeze({ avif: 'avif', webp: 'webp', jpeg: 'jpg' });

export const RENDITION_MIME_TYPE: Readonly<Record<RenditionFormat, 'image/avif' | 'image/webp' | 'image/jpeg'>> = Object.freeze({
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
});

/** The only widths made: a fixed ladder keeps the number of files per picture small and CDN hit rates high. */
export const RENDITION_WIDTHS: readonly number[] = Object.freeze([320, 640, 960, 1280, 1920]);

export type CropBox = 'thumb' | 'square' | 'social';

export interface CropBoxSpec {
  readonly aspectWidth: number;
  readonly aspectHeight: number;
  readonly widths: readonly number[];
}

export const CROP_BOXES: Readonly<Record<CropBox, CropBoxSpec>> = Object.freeze({
  thumb: Object.freeze({ aspectWidth: 16, aspectHeight: 9, widths: RENDITION_WIDTHS }),
  square: Object.freeze({ aspectWidth: 1, aspectHeight: 1, widths: RENDITION_WIDTHS }),
  // The card size Facebook, LinkedIn and X recommend; 600 wide for small previews.
  social: Object.freeze({ aspectWidth: 1200, aspectHeight: 630, widths: Object.freeze([600, 1200]) }),
});

/**
 * A focal point in thousandths of width and height. Crops are named by it, so
 * moving an asset's focal point gives its crops new URLs instead of changing
 * what an immutable URL shows.
 */
export interface FocalPermille {
  readonly x: number;
  readonly y: number;
}

export interface WidthVariant {
  readonly kind: 'width';
  readonly width: number;
  readonly format: RenditionFormat;
}

export interface CropVariant {
  readonly kind: 'crop';
  readonly box: CropBox;
  readonly width: number;
  readonly focal: FocalPermille;
  readonly format: RenditionFormat;
}

export type RenditionVariant = WidthVariant | CropVariant;

export function focalPermille(focal: FocalPoint): FocalPermille {
  const scale = (v: number) => (Number.isFinite(v) ? Math.min(1000, Math.max(0, Math.round(v * 1000))) : 500);
  return { x: scale(focal.x), y: scale(focal.y) };
}

/** The ladder of widths a variant may have. */
export function widthsOf(variant: RenditionVariant): readonly number[] {
  return variant.kind === 'crop' ? CROP_BOXES[variant.box].widths : RENDITION_WIDTHS;
}

/** The file name of a variant without extension: `w640` or `thumb-w640-f500-333`. */
export function variantName(variant: RenditionVariant): string {
  if (variant.kind === 'width') return `w${variant.width}`;
  return `${variant.box}-w${variant.width}-f${variant.focal.x}-${variant.focal.y}`;
}
