import type { FastifyRequest } from 'fastify';
import { DatelineError } from '../../errors.ts';

/** A validated date-time string (or null) from a body; undefined stays undefined, meaning "leave as is". */
export function dateOf(value: unknown): Date | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const d = new Date(String(value));
  if (Number.isNaN(d.getTime())) throw new DatelineError('invalid-input', `"${String(value)}" is not a date-time`);
  return d;
}

export function requiredDateOf(value: unknown, field: string): Date {
  const d = dateOf(value);
  if (!d) throw new DatelineError('invalid-input', `${field} is required`, { details: { field } });
  return d;
}

/**
 * The revision the caller read, from `If-Match: "r<revision>"` (the ETag of
 * the story) or from `expectedRevision` in the body. `If-Match: *` and no
 * header at all both give undefined.
 */
export function expectedRevisionOf(req: FastifyRequest, bodyValue?: unknown): number | undefined {
  const header = req.headers['if-match'];
  if (typeof header === 'string' && header.trim() !== '*') {
    const m = /^\s*(?:W\/)?"r(\d{1,10})"\s*$/.exec(header);
    if (!m) throw new DatelineError('invalid-input', 'If-Match must be the ETag of the story, e.g. "r3"', { details: { header: 'If-Match' } });
    return Number(m[1]);
  }
  return typeof bodyValue === 'number' ? bodyValue : undefined;
}

/** Saves of a story's content must say which revision they edited, so a newer save is never overwritten unseen. */
export function requireExpectedRevision(req: FastifyRequest, bodyValue?: unknown): number {
  const revision = expectedRevisionOf(req, bodyValue);
  if (revision === undefined) {
    throw new DatelineError('invalid-input', 'send If-Match with the ETag you loaded (or expectedRevision) so a newer save is not overwritten', {
      details: { header: 'If-Match' },
    });
  }
  return revision;
}

export function limitOf(value: unknown, fallback = 50): number {
  return typeof value === 'number' ? value : fallback;
}
