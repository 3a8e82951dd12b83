/**
 * Every way the media pipeline refuses or fails, by a stable code. Callers
 * branch on `code` (the HTTP layer maps each to a status once); the message
 * is for logs and editors, never parsed.
 */
export const MEDIA_ERROR_CODES = {
  'too-large': 'The file is larger than the byte limit.',
  'too-many-pixels': 'The image declares more pixels than the pixel limit (a decompression bomb or an oversized scan).',
  'unsupported-type': 'The content does not decode as an accepted image or video format, whatever its name or declared type.',
  corrupt: 'The content starts like an accepted format but does not decode cleanly.',
  'invalid-key': 'A media-store key or content address is malformed or unsafe.',
  'not-found': 'The original that a rendition needs is not in the media store.',
  'unknown-rendition': 'The rendition requested is not one this asset offers (width, crop box or focal point).',
  busy: 'The rendition queue is full; retry later.',
  'storage-failed': 'The media store could not read or write.',
  'ffmpeg-missing': 'ffmpeg/ffprobe are not installed, so video posters and durations cannot be made.',
  timeout: 'An external tool took longer than allowed and was stopped.',
} as const;

export type MediaErrorCode = keyof typeof MEDIA_ERROR_CODES;

export class MediaError extends Error {
  override readonly name = 'MediaError';
  readonly code: MediaErrorCode;

  constructor(code: MediaErrorCode, message: string = MEDIA_ERROR_CODES[code], options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export function isMediaError(value: unknown, code?: MediaErrorCode): value is MediaError {
  return value instanceof MediaError && (code === undefined || value.code === code);
}
