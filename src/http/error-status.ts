import type { ErrorCode } from '../errors.ts';

/** The one place where failure codes become HTTP statuses. */
export const ERROR_STATUS: Readonly<Record<ErrorCode, number>> = Object.freeze({
  'invalid-input': 400,
  'not-found': 404,
  gone: 410,
  conflict: 409,
  unauthorized: 401,
  forbidden: 403,
  'too-large': 413,
  'rate-limited': 429,
  'unsupported-media': 415,
  'store-unavailable': 503,
  'store-too-new': 503,
  config: 500,
});
