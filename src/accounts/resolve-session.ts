import type { User } from '../domain/user.ts';
import type { ServiceContext } from '../service-context.ts';
import { deleteSession, findSession, touchSession } from '../store/repositories/session-repository.ts';
import { findUserById } from '../store/repositories/user-repository.ts';
import { digestSecret } from './secret-token.ts';
import { SESSION_POLICY } from './session-policy.ts';

export interface ActiveSession {
  readonly user: User;
  /** Digest of the session id, to name the session without holding its secret. */
  readonly idHash: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

/** The live session for a cookie value, or null (unknown, expired, idle too long, or its user disabled). */
export async function resolveSession(ctx: ServiceContext, sessionId: string): Promise<ActiveSession | null> {
  if (!SESSION_ID.test(sessionId)) return null;
  const idHash = digestSecret(sessionId);
  const session = await findSession(ctx.store.db, idHash);
  if (!session) return null;
  const now = ctx.now().getTime();
  if (session.expiresAt <= now || session.lastSeenAt + SESSION_POLICY.idleMs <= now) {
    await deleteSession(ctx.store.db, idHash);
    return null;
  }
  const user = await findUserById(ctx.store.db, session.userId);
  if (!user || user.disabled) return null;
  if (now - session.lastSeenAt >= SESSION_POLICY.touchEveryMs) await touchSession(ctx.store.db, idHash, ctx.now());
  return { user, idHash, csrfToken: session.csrfToken, expiresAt: new Date(session.expiresAt) };
}

/** Signs out: the session row goes, so the cookie is worthless even if it was copied. */
export async function endSession(ctx: ServiceContext, sessionId: string): Promise<void> {
  if (SESSION_ID.test(sessionId)) await deleteSession(ctx.store.db, digestSecret(sessionId));
}
