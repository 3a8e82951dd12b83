import { DatelineError } from '../../errors.ts';

/** An opaque keyset cursor for the newsroom's story list: the (edited_at, id) of the last row seen. */
export function encodeDeskCursor(editedAt: Date, id: number): string {
  return Buffer.from(`${editedAt.getTime()}.${id}`, 'utf8').toString('base64url');
}

export function decodeDeskCursor(cursor: string): { editedAt: number; id: number } {
  const m = /^(\d{1,15})\.(\d{1,12})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new DatelineError('invalid-input', 'the cursor is not one this API gave out', { details: { field: 'cursor' } });
  return { editedAt: Number(m[1]), id: Number(m[2]) };
}
