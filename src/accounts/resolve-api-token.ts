import type { TokenScope } from '../domain/token-scopes.ts';
import type { User } from '../domain/user.ts';
import type { ServiceContext } from '../service-context.ts';
import { findApiTokenByHash, touchApiToken } from '../store/repositories/api-token-repository.ts';
import { findUserById } from '../store/repositories/user-repository.ts';
import { looksLikeApiToken } from './api-token-format.ts';
import { digestSecret } from './secret-token.ts';

export interface ActiveToken {
  readonly tokenId: number;
  readonly name: string;
  readonly scopes: readonly TokenScope[];
  readonly user: User;
}

/** Recording each use would be a write per request; once a minute says enough about when it was last used. */
const TOUCH_EVERY_MS = 60_000;

/** The live token for a bearer value, or null (malformed, unknown, revoked, expired, or its user disabled). */
export async function resolveApiToken(ctx: ServiceContext, bearer: string): Promise<ActiveToken | null> {
  if (!looksLikeApiToken(bearer)) return null;
  const db = ctx.store.db;
  const token = await findApiTokenByHash(db, digestSecret(bearer));
  const now = ctx.now();
  if (!token || token.revokedAt !== null || (token.expiresAt !== null && token.expiresAt.getTime() <= now.getTime())) return null;
  const user = await findUserById(db, token.userId);
  if (!user || user.disabled) return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= TOUCH_EVERY_MS) await touchApiToken(db, token.id, now);
  return { tokenId: token.id, name: token.name, scopes: token.scopes, user };
}
