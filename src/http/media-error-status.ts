import type { MediaErrorCode } from '../media/media-error.ts';

/** Media pipeline refusals as HTTP statuses, next to ERROR_STATUS and mapped in the same handler. */
export const MEDIA_ERROR_STATUS: Readonly<Record<MediaErrorCode, number>> = Object.freeze({
  'too-large': 413,
  'too-many-pixels': 413,
  'unsupported-type': 415,
  corrupt: 415,
  'invalid-key': 404,
  'not-found': 404,
  'unknown-rendition': 404,
  busy: 503,
  'storage-failed': 500,
  'ffmpeg-missing': 503,
  timeout: 504,
});
