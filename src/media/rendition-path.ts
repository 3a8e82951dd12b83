import {
  RENDITION_EXTENSION,
  variantName,
  widthsOf,
  type CropBox,
  type RenditionFormat,
  type RenditionVariant,
} from './rendition-variant.ts';

export const MEDIA_PATH_PREFIX = '/media/';

export interface ParsedRenditionPath {
  /** sha256 of the original, as in its storage key. */
  readonly hash: string;
  readonly variant: RenditionVariant;
}

/** `/media/<sha256>/<variant>.<ext>`: immutable, so it can be cached for a year. */
export function renditionPath(hash: string, variant: RenditionVariant): string {
  return `${MEDIA_PATH_PREFIX}${hash}/${variantName(variant)}.${RENDITION_EXTENSION[variant.format]}`;
}

/** The store key a rendition is kept under; it mirrors its URL path. */
export function renditionKey(hash: string, variant: RenditionVariant): string {
  return `renditions/${hash}/${variantName(variant)}.${RENDITION_EXTENSION[variant.format]}`;
}

// Numbers without leading zeros, so each rendition has exactly one spelling.
const NUMBER = '(0|[1-9][0-9]{0,4})';
const PATH = new RegExp(
  `^/media/([0-9a-f]{64})/(?:(thumb|square|social)-)?w${NUMBER}(?:-f${NUMBER}-${NUMBER})?\\.(avif|webp|jpg)$`,
);
const FORMAT_BY_EXTENSION: Readonly<Record<string, RenditionFormat>> = { avif: 'avif', webp: 'webp', jpg: 'jpeg' };

/**
 * Reads a rendition URL path strictly: only ladder widths, known crop boxes
 * with a focal point in 0..1000, and known formats. Anything else is null,
 * so the route answers 404 without doing any image work.
 */
export function parseRenditionPath(path: string): ParsedRenditionPath | null {
  const match = PATH.exec(path);
  if (match === null) return null;
  const [, hash, box, widthText, fx, fy, extension] = match;
  const format = FORMAT_BY_EXTENSION[extension];
  const width = Number(widthText);
  let variant: RenditionVariant;
  if (box === undefined) {
    if (fx !== undefined) return null;
    variant = { kind: 'width', width, format };
  } else {
    if (fx === undefined || fy === undefined) return null;
    const focal = { x: Number(fx), y: Number(fy) };
    if (focal.x > 1000 || focal.y > 1000) return null;
    variant = { kind: 'crop', box: box as CropBox, width, focal, format };
  }
  if (!widthsOf(variant).includes(width)) return null;
  return { hash, variant };
}
