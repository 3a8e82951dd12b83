import type { FocalPoint } from '../domain/media.ts';

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Region extends Size {
  readonly left: number;
  readonly top: number;
}

/**
 * The largest region of the given aspect ratio (width / height) that fits the
 * image, centred on the focal point and slid back inside the edges. The
 * focal point is always inside the region: when sliding moves the centre
 * away from it, it is because the point lies near the edge the region now
 * touches.
 */
export function focalCrop(source: Size, aspect: number, focal: FocalPoint): Region {
  const width = Math.max(1, Math.min(source.width, Math.round(source.height * aspect)));
  const height = Math.max(1, Math.min(source.height, Math.round(source.width / aspect)));
  const clamp01 = (v: number) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0.5);
  const left = Math.round(clamp01(focal.x) * source.width - width / 2);
  const top = Math.round(clamp01(focal.y) * source.height - height / 2);
  return {
    left: Math.min(source.width - width, Math.max(0, left)),
    top: Math.min(source.height - height, Math.max(0, top)),
    width,
    height,
  };
}
