import { PASSWORD_MAX_LENGTH } from '../domain/password-policy.ts';
import { isPlausibleEmail, normalizeEmail, type User, userActor } from '../domain/user.ts';
import { DatelineError } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { ServiceContext } from '../service-context.ts';
import { deleteExpiredSessions } from '../store/repositories/session-repository.ts';
import { findCredentials, setPasswordHash, touchLastLogin } from '../store/repositories/user-repository.ts';
import { createSession, type NewSession } from './create-session.ts';
import { SESSION_POLICY } from './session-policy.ts';
import { admitLoginAttempt, loginFailed, loginSucceeded } from './login-throttle.ts';
import { hashPassword, needsRehash, verifyAgainstNothing, verifyPassword } from './password-hashing.ts';

export interface SignInInput {
  readonly email: string;
  readonly password: string;
  readonly ip: string | null;
  readonly userAgent: string | null;
}

/** One answer for every failure, so the response never tells which part was wrong or whether the account exists. */
const refused = () => new DatelineError('unauthorized', 'wrong email or password');

/**
 * Checks a password and opens a session. Attempts are counted outside any
 * transaction: a failed sign-in must leave its mark.
 */
export async function signIn(ctx: ServiceContext, input: SignInInput): Promise<{ user: User; session: NewSession }> {
  const email = normalizeEmail(input.email);
  if (email === '' || input.password === '' || input.password.length > PASSWORD_MAX_LENGTH * 4) throw refused();
  const db = ctx.store.db;
  const attempt = await admitLoginAttempt(db, email, input.ip, ctx.now());
  const credentials = await findCredentials(db, email);
  const ok = credentials ? await verifyPassword(credentials.passwordHash, input.password) : await verifyAgainstNothing(input.password);
  const now = ctx.now();
  if (!credentials || !ok || credentials.user.disabled) {
    const locked = await loginFailed(db, attempt, now);
    // People sometimes type their password into the address field: only something shaped like an address is kept.
    const label = isPlausibleEmail(email) ? email : '(not an email address)';
    await recordAudit(db, { principal: null, label, via: 'session', ip: input.ip }, now, {
      action: 'session.sign-in-failed',
      targetType: credentials ? 'user' : undefined,
      targetId: credentials?.user.id,
      details: { locked, ...(credentials?.user.disabled ? { disabled: true } : {}) },
    });
    throw refused();
  }
  const user = credentials.user;
  const rehashed = needsRehash(credentials.passwordHash) ? await hashPassword(input.password) : null;
  const session = await ctx.store.transaction(async (trx) => {
    await loginSucceeded(trx, attempt, now);
    if (rehashed) await setPasswordHash(trx, user.id, rehashed, user.mustChangePassword, now);
    await touchLastLogin(trx, user.id, now);
    // Sessions abandoned without signing out would otherwise pile up.
    await deleteExpiredSessions(trx, now, new Date(now.getTime() - SESSION_POLICY.idleMs));
    const opened = await createSession(trx, user.id, now, input.userAgent);
    await recordAudit(trx, userActor(user, 'session', input.ip), now, { action: 'session.sign-in', targetType: 'user', targetId: user.id });
    return opened;
  });
  return { user: Object.freeze({ ...user, lastLoginAt: now }), session };
}
