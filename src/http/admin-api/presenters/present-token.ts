import type { ApiTokenInfo } from '../../../store/repositories/api-token-repository.ts';
import { iso } from './iso.ts';

/** A token without its secret: the value is shown only in the answer that created it. */
export function presentToken(t: ApiTokenInfo, now: Date) {
  const expired = t.expiresAt !== null && t.expiresAt.getTime() <= now.getTime();
  return {
    id: t.id,
    name: t.name,
    hint: t.hint,
    userId: t.userId,
    scopes: [...t.scopes],
    createdAt: t.createdAt.toISOString(),
    createdBy: t.createdBy,
    expiresAt: iso(t.expiresAt),
    lastUsedAt: iso(t.lastUsedAt),
    revokedAt: iso(t.revokedAt),
    active: t.revokedAt === null && !expired,
  };
}
