import type { Executor } from '../store/database.ts';
import { insertSession } from '../store/repositories/session-repository.ts';
import { digestSecret, randomSecret } from './secret-token.ts';
import { SESSION_POLICY } from './session-policy.ts';

export interface NewSession {
  /** The cookie value; exists only here and in the browser. */
  readonly sessionId: string;
  /** Sent back by the browser in a header on every change (cookies alone are not enough). */
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

export async function createSession(db: Executor, userId: number, now: Date, userAgent: string | null): Promise<NewSession> {
  const sessionId = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = new Date(now.getTime() + SESSION_POLICY.absoluteMs);
  await insertSession(db, { idHash: digestSecret(sessionId), userId, csrfToken, now, expiresAt, userAgent: userAgent?.slice(0, 300) ?? null });
  return { sessionId, csrfToken, expiresAt };
}
