import { focalCrop, type Region, type Size } from './focal-crop.ts';
import { CROP_BOXES, type CropBox, type FocalPermille, type RenditionVariant } from './rendition-variant.ts';

export interface RenditionPlan {
  /** The part of the original to use, or null for the whole picture. */
  readonly crop: Region | null;
  readonly width: number;
  readonly height: number;
}

/**
 * The exact geometry of a rendition, computed without touching pixels: the
 * renderer follows it, and srcset width descriptors and `<img>` dimensions
 * come from it, so markup and files always agree. Never upscales.
 */
export function planRendition(source: Size, variant: RenditionVariant): RenditionPlan {
  if (variant.kind === 'width') {
    const width = Math.min(variant.width, source.width);
    return { crop: null, width, height: Math.max(1, Math.round((source.height * width) / source.width)) };
  }
  const crop = cropRegion(source, variant.box, variant.focal);
  const width = Math.min(variant.width, crop.width);
  return { crop, width, height: Math.max(1, Math.round(width / aspectOf(variant.box))) };
}

export function cropRegion(source: Size, box: CropBox, focal: FocalPermille): Region {
  return focalCrop(source, aspectOf(box), { x: focal.x / 1000, y: focal.y / 1000 });
}

function aspectOf(box: CropBox): number {
  return CROP_BOXES[box].aspectWidth / CROP_BOXES[box].aspectHeight;
}

/**
 * The ladder widths worth offering for a source this wide: every rung below
 * it and the first rung at or above it (which renders at the source width),
 * capped by `maxWidth`. Always at least one.
 */
export function offeredWidths(ladder: readonly number[], sourceWidth: number, maxWidth?: number): number[] {
  const capped = maxWidth === undefined ? ladder : ladder.filter((w) => w <= maxWidth);
  const candidates = capped.length > 0 ? capped : ladder.slice(0, 1);
  const offered: number[] = [];
  for (const width of candidates) {
    offered.push(width);
    if (width >= sourceWidth) break;
  }
  return offered;
}

/** How wide the part of the original a variant draws on is; it decides which ladder rungs are worth making. */
export function sourceWidthFor(source: Size, variant: RenditionVariant): number {
  return variant.kind === 'crop' ? cropRegion(source, variant.box, variant.focal).width : source.width;
}
