import { DatelineError } from '../errors.ts';

/**
 * The one opaque keyset cursor of both APIs: the (time, id) of the last row
 * seen. Stable under inserts, unlike page offsets.
 */
export function encodeKeysetCursor(at: number, id: number): string {
  return Buffer.from(`${at}:${id}`).toString('base64url');
}

export function decodeKeysetCursor(raw: string): { at: number; id: number } {
  const m = /^(\d{1,15}):(\d{1,12})$/.exec(Buffer.from(raw, 'base64url').toString());
  if (!m) throw new DatelineError('invalid-input', 'cursor is not one this API gave out', { details: { field: 'cursor' } });
  return { at: Number(m[1]), id: Number(m[2]) };
}

/** Rows read with `limit + 1`: the page to answer with, and the cursor of the next one when there is more. */
export function keysetPage<T extends { readonly id: number }>(rows: readonly T[], limit: number, at: (row: T) => number | null) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const lastAt = last ? at(last) : null;
  return { items, nextCursor: rows.length > limit && last && lastAt !== null ? encodeKeysetCursor(lastAt, last.id) : null };
}
