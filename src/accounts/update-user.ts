import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../domain/actor.ts';
import type { User } from '../domain/user.ts';
import { DatelineError } from '../errors.ts';
import type { ServiceContext } from '../service-context.ts';
import { deleteUserSessions } from '../store/repositories/session-repository.ts';
import { countOtherActiveAdministrators, findUserById, updateUserRow } from '../store/repositories/user-repository.ts';
import { cleanName, requireAuthor, requireRole } from './add-user.ts';
import { requireUser } from './find-user.ts';
import { requirePermission } from './require-permission.ts';

export interface UserChanges {
  readonly name?: string;
  readonly role?: string;
  readonly authorId?: number | null;
  readonly disabled?: boolean;
}

/**
 * Changes a person's name, role, byline or access. Disabling ends their
 * sessions at once (their tokens stop working too: every use checks the
 * account). The last active administrator can be neither demoted nor
 * disabled, or nobody could run the site any more.
 */
export async function updateUser(ctx: ServiceContext, actor: Actor, idOrEmail: number | string, changes: UserChanges): Promise<User> {
  requirePermission(actor, 'users.manage');
  const now = ctx.now();
  return ctx.store.transaction(async (trx) => {
    const before = await requireUser(trx, idOrEmail);
    const role = changes.role !== undefined ? requireRole(changes.role) : undefined;
    const name = changes.name !== undefined ? cleanName(changes.name, before.name) : undefined;
    const authorId = changes.authorId !== undefined ? await requireAuthor(trx, changes.authorId) : undefined;
    const losesAdmin = before.role === 'administrator' && !before.disabled && ((role !== undefined && role !== 'administrator') || changes.disabled === true);
    if (losesAdmin && (await countOtherActiveAdministrators(trx, before.id)) === 0) {
      throw new DatelineError('conflict', 'this is the last active administrator; make someone else an administrator first');
    }
    const disabledAt = changes.disabled === undefined || changes.disabled === before.disabled ? undefined : changes.disabled ? now : null;
    await updateUserRow(trx, before.id, { name, role, authorId, disabledAt });
    if (disabledAt) await deleteUserSessions(trx, before.id);
    const details: Record<string, unknown> = {};
    if (role !== undefined && role !== before.role) details.role = { from: before.role, to: role };
    if (name !== undefined && name !== before.name) details.name = { from: before.name, to: name };
    if (authorId !== undefined && authorId !== before.authorId) details.authorId = { from: before.authorId, to: authorId };
    const action = disabledAt ? 'user.disable' : disabledAt === null ? 'user.enable' : 'user.update';
    await recordAudit(trx, actor, now, { action, targetType: 'user', targetId: before.id, details });
    return (await findUserById(trx, before.id))!;
  });
}
