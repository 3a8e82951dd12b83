import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../domain/actor.ts';
import type { User } from '../domain/user.ts';
import type { ServiceContext } from '../service-context.ts';
import { deleteUserSessions } from '../store/repositories/session-repository.ts';
import { setPasswordHash } from '../store/repositories/user-repository.ts';
import { requireUser } from './find-user.ts';
import { oneTimePassword } from './one-time-password.ts';
import { hashPassword } from './password-hashing.ts';
import { requirePermission } from './require-permission.ts';

/**
 * Replaces a forgotten password with a one-time one (returned once, to be
 * handed over) and ends every session of the account, in case the reset is
 * about a stolen one.
 */
export async function resetPassword(ctx: ServiceContext, actor: Actor, idOrEmail: number | string): Promise<{ user: User; oneTimePassword: string }> {
  requirePermission(actor, 'users.manage');
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const now = ctx.now();
  const user = await ctx.store.transaction(async (trx) => {
    const found = await requireUser(trx, idOrEmail);
    await setPasswordHash(trx, found.id, passwordHash, true, now);
    const ended = await deleteUserSessions(trx, found.id);
    await recordAudit(trx, actor, now, { action: 'user.reset-password', targetType: 'user', targetId: found.id, details: { sessionsEnded: ended } });
    return Object.freeze({ ...found, mustChangePassword: true });
  });
  return { user, oneTimePassword: password };
}
