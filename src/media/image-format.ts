/** The image formats an upload or a wire picture may be. */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif';

/** How each accepted format is kept once normalised: GIFs keep their first frame, losslessly, as PNG. */
export const STORED_FORMAT: Readonly<Record<ImageFormat, StoredImageFormat>> = Object.freeze({
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  avif: 'avif',
  gif: 'png',
});

export type StoredImageFormat = Exclude<ImageFormat, 'gif'>;

export const MIME_TYPE: Readonly<Record<ImageFormat, string>> = Object.freeze({
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
});

export const EXTENSION: Readonly<Record<ImageFormat, string>> = Object.freeze({
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  avif: 'avif',
  gif: 'gif',
});

/**
 * The format the first bytes announce, or null. A cheap gate before sharp
 * sees the bytes: it keeps libvips' SVG, PDF, TIFF and other loaders (and
 * their parsers' attack surface) away from anything uploaded.
 */
export function sniffImageFormat(bytes: Uint8Array): ImageFormat | null {
  const ascii = (from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1');
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (bytes.length >= 6 && (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a')) return 'gif';
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  // AVIF is an ISO-BMFF file whose `ftyp` box names an AVIF brand, major or compatible.
  if (bytes.length >= 16 && ascii(4, 8) === 'ftyp') {
    const boxSize = Buffer.from(bytes.subarray(0, 4)).readUInt32BE(0);
    const brands = ascii(8, Math.min(Math.max(boxSize, 16), bytes.length, 256));
    for (let i = 0; i + 4 <= brands.length; i += 4) {
      if (i === 4) continue; // minor version, not a brand
      const brand = brands.slice(i, i + 4);
      if (brand === 'avif' || brand === 'avis') return 'avif';
    }
  }
  return null;
}
