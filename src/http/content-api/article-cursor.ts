import { DatelineError } from '../../errors.ts';

/** Opaque keyset cursor: stable under inserts, unlike page offsets. */
export function encodeCursor(c: { publishedAt: number; id: number }): string {
  return Buffer.from(`${c.publishedAt}:${c.id}`).toString('base64url');
}

export function decodeCursor(raw: string): { publishedAt: number; id: number } {
  const m = /^(\d{1,15}):(\d{1,12})$/.exec(Buffer.from(raw, 'base64url').toString());
  if (!m) throw new DatelineError('invalid-input', 'cursor is not one this API gave out', { details: { field: 'cursor' } });
  return { publishedAt: Number(m[1]), id: Number(m[2]) };
}
