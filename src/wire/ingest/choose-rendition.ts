import type { WireRendition } from '../wire-item.ts';

/** Widest picture worth keeping: the site's largest rendition is 2400 px wide. */
export const DEFAULT_MAX_PICTURE_WIDTH = 4096;

/**
 * The rendition to download or show: the largest `image/*` one within the
 * width and byte limits. Renditions that declare no type count only when
 * none declares an image type (the content is checked after download
 * anyway); ones that declare another type (NITF captions, PDFs) never do.
 */
export function chooseRendition(
  renditions: readonly WireRendition[],
  limits: { readonly maxWidth: number; readonly maxBytes: number },
): WireRendition | null {
  const fits = (r: WireRendition) =>
    /^https?:\/\//i.test(r.href) && (r.width === null || r.width <= limits.maxWidth) && (r.bytes === null || r.bytes <= limits.maxBytes);
  const typed = renditions.filter((r) => r.mimeType?.toLowerCase().startsWith('image/') && fits(r));
  const candidates = typed.length > 0 ? typed : renditions.filter((r) => r.mimeType === null && fits(r));
  if (candidates.length === 0) return null;
  // Unknown sizes rank below known ones: a "thumbnail" with no width is no reason to skip the 2000 px one.
  const area = (r: WireRendition) => (r.width ?? 0) * (r.height ?? r.width ?? 0) || (r.bytes ?? 0) / 1e9;
  return [...candidates].sort((a, b) => area(b) - area(a))[0];
}
