import { MediaError } from './media-error.ts';

/**
 * Keys are lowercase slash-separated segments. A segment may not start with a
 * dot, which rules out `.` and `..` (no escaping the store's root) and leaves
 * dot-names free for a store's own bookkeeping files. Lowercase only, so two
 * keys never collide on a case-insensitive file system.
 */
const SEGMENT = /^[a-z0-9][a-z0-9._-]*$/;
const MAX_KEY_LENGTH = 512;
const MAX_SEGMENT_LENGTH = 200;

export function isSafeMediaKey(key: string): boolean {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  return key.split('/').every((segment) => segment.length <= MAX_SEGMENT_LENGTH && SEGMENT.test(segment));
}

export function assertSafeMediaKey(key: string): void {
  if (!isSafeMediaKey(key)) throw new MediaError('invalid-key', `unsafe media key: ${JSON.stringify(key).slice(0, 120)}`);
}
