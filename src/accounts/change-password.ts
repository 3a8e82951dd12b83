import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../domain/actor.ts';
import { passwordProblem } from '../domain/password-policy.ts';
import { DatelineError } from '../errors.ts';
import type { ServiceContext } from '../service-context.ts';
import { deleteUserSessions } from '../store/repositories/session-repository.ts';
import { findCredentials, findUserById, setPasswordHash } from '../store/repositories/user-repository.ts';
import { admitLoginAttempt, loginFailed, loginSucceeded } from './login-throttle.ts';
import { hashPassword, verifyPassword } from './password-hashing.ts';

/**
 * A signed-in person replaces their own password, proving they know the
 * current one (a borrowed session must not be enough). Wrong guesses count
 * like failed sign-ins. Every other session of theirs ends.
 */
export async function changeOwnPassword(
  ctx: ServiceContext,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; keepSessionIdHash?: string },
): Promise<void> {
  if (!actor.principal) throw new DatelineError('forbidden', 'only a signed-in person can change their own password');
  const user = await findUserById(ctx.store.db, actor.principal.userId);
  if (!user || user.disabled) throw new DatelineError('unauthorized', 'the account is not active');
  const problem = passwordProblem(input.newPassword, user.email);
  if (problem) throw new DatelineError('invalid-input', problem, { details: { field: 'newPassword' } });
  if (input.newPassword === input.currentPassword) {
    throw new DatelineError('invalid-input', 'the new password must differ from the current one', { details: { field: 'newPassword' } });
  }
  const db = ctx.store.db;
  const attempt = await admitLoginAttempt(db, user.email, actor.ip, ctx.now());
  const credentials = await findCredentials(db, user.email);
  if (!credentials || !(await verifyPassword(credentials.passwordHash, input.currentPassword))) {
    await loginFailed(db, attempt, ctx.now());
    throw new DatelineError('invalid-input', 'the current password is wrong', { details: { field: 'currentPassword' } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const now = ctx.now();
  await ctx.store.transaction(async (trx) => {
    await loginSucceeded(trx, attempt, now);
    await setPasswordHash(trx, user.id, passwordHash, false, now);
    const ended = await deleteUserSessions(trx, user.id, input.keepSessionIdHash);
    await recordAudit(trx, actor, now, { action: 'user.change-password', targetType: 'user', targetId: user.id, details: { otherSessionsEnded: ended } });
  });
}
